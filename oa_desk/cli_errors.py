"""The command line's two refusals (their own module: the sub-command modules raise
them, and cli.py imports those modules)."""

from __future__ import annotations


class Refused(Exception):
    """The input was refused; the message says what and where. Exit status 1."""


class Usage(Exception):
    """The command line asked for something that cannot be done. Exit status 2."""
