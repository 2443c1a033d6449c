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


class Notice(str):
    """A note for the user, such as what an import had to change: the English
    sentence itself (the command line prints it, the log keeps it), with a stable
    ``code`` and the ``params`` the gui needs to say it in the user's language.

    A param may be a Notice itself (the reason inside "task X moved: ..."); the
    sentence is made by the caller, so English plurals stay right.
    """

    code: str
    params: dict[str, Any]

    def __new__(cls, code: str, text: str, **params: Any) -> Notice:
        self = super().__new__(cls, text)
        self.code = code
        self.params = params
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (_notice, (self.code, str(self), self.params))


def _notice(code: str, text: str, params: dict[str, Any]) -> Notice:
    return Notice(code, text, **params)
