"""What went wrong with a team plan's server, in kinds the user's messages tell apart.

A failure to connect (:func:`server_error`): a refused password, a server that
cannot be reached, no such database; and a connection lost in the middle of a
unit of work (:func:`lost_connection`). Each takes the server as it may be
shown (``teamplan.safe_url``: never a password).
"""

from __future__ import annotations

from oa_desk.store.errors import PlanErrorKind, PlanFileError

__all__ = ["lost_connection", "server_error"]


# Phrases of libpq's messages (English whatever the server's locale for these,
# which the client writes) and the kind of failure each one means.
_PHRASES: tuple[tuple[str, PlanErrorKind], ...] = (
    ("password authentication failed", PlanErrorKind.SERVER_AUTH),
    ("no password supplied", PlanErrorKind.SERVER_AUTH),
    ("authentication failed", PlanErrorKind.SERVER_AUTH),
    ('role "', PlanErrorKind.SERVER_AUTH),  # role "x" does not exist
    ("does not exist", PlanErrorKind.NO_DATABASE),  # database "x" does not exist
    ("connection refused", PlanErrorKind.SERVER_UNREACHABLE),
    ("could not translate host name", PlanErrorKind.SERVER_UNREACHABLE),
    ("name or service not known", PlanErrorKind.SERVER_UNREACHABLE),
    ("timeout expired", PlanErrorKind.SERVER_UNREACHABLE),
    ("no route to host", PlanErrorKind.SERVER_UNREACHABLE),
    ("network is unreachable", PlanErrorKind.SERVER_UNREACHABLE),
    ("no such file or directory", PlanErrorKind.SERVER_UNREACHABLE),  # a socket path
    ("the database system is shutting down", PlanErrorKind.SERVER_UNREACHABLE),
    ("the database system is starting up", PlanErrorKind.SERVER_UNREACHABLE),
)


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    lines = str(orig).strip().splitlines()
    return lines[0] if lines else type(orig).__name__


def server_error(exc: BaseException, shown: str) -> PlanFileError:
    """The PlanFileError for a failure to connect to the server ``shown`` (a URL
    without its password: ``teamplan.safe_url``)."""
    line = _first_line(exc)
    lowered = line.lower()
    kind = next((k for phrase, k in _PHRASES if phrase in lowered), PlanErrorKind.IO)
    return PlanFileError(kind, shown, detail=_reason(line))


def _reason(line: str) -> str:
    """libpq's reason without the address the message already names:
    'connection to server at "h", port 5432 failed: FATAL:  database "x" does not
    exist' -> 'database "x" does not exist'."""
    if "FATAL:" in line:
        return line.rsplit("FATAL:", 1)[1].strip()
    if " failed: " in line:
        return line.rsplit(" failed: ", 1)[1].strip()
    return line


def lost_connection(exc: BaseException, shown: str) -> PlanFileError | None:
    """A DISCONNECTED error when ``exc`` says the connection to the server broke
    (the server stopped, the backend was terminated, the network went), else None."""
    from sqlalchemy.exc import DBAPIError

    if not isinstance(exc, DBAPIError):
        return None
    if not exc.connection_invalidated:
        import psycopg

        if not isinstance(exc.orig, psycopg.OperationalError):
            return None
    return PlanFileError(PlanErrorKind.DISCONNECTED, shown, detail=_first_line(exc))
