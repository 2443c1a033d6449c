"""The base of refusals that the gui translates: a stable code and its parameters."""

from __future__ import annotations

from typing import Any


class Refusal(ValueError):
    """Something the user asked for was refused before anything changed.

    ``str()`` is the English sentence (the command line prints it); ``code``
    and ``params`` let the gui say the same in the user's language.
    """

    def __init__(self, code: str, message: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(message)
