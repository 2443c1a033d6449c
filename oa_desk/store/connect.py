"""Connecting to a team plan's server: URLs, what went wrong, a test, the keyring.

The gui's File › Connect to Team Plan… builds its URL here from host, port,
database and user (:func:`build_url`); a URL is remembered (recent plans,
settings) only without its password (:func:`public_url`). A failure to connect
is told apart by kind (:func:`server_error`): a refused password, a server that
cannot be reached, no such database, a database with no plan in it (the gui
then offers to publish one), and a connection lost in the middle of a unit of
work (:func:`lost_connection`).

A password typed by the user lives in the URL in memory only, or in the OS
keyring when the optional ``keyring`` package is installed and the user asks
(:func:`save_password`); never in settings or a log.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

from oa_desk.store.errors import PlanErrorKind, PlanFileError
from oa_desk.store.server_errors import lost_connection, server_error
from oa_desk.store.teamplan import (
    KEYRING_SERVICE,
    _url,
    keyring_user,
    make_server_engine,
    safe_url,
    schema_revision,
)

__all__ = [
    "ProbeResult",
    "build_url",
    "keyring_available",
    "lost_connection",
    "probe",
    "public_url",
    "save_password",
    "server_error",
    "split_url",
    "with_password",
]

DEFAULT_PORT = 5432
# How long a connection attempt may take before the server counts as unreachable.
CONNECT_TIMEOUT_SECONDS = 5


def build_url(host: str, port: int, database: str, user: str) -> str:
    """The team plan's URL (no password) from the dialog's fields."""
    from sqlalchemy.engine import URL

    url = URL.create(
        "postgresql",
        username=user.strip() or None,
        host=host.strip() or None,
        port=port if port and port != DEFAULT_PORT else None,
        database=database.strip() or None,
    )
    return url.render_as_string(hide_password=False)


@dataclass(frozen=True)
class UrlParts:
    host: str
    port: int
    database: str
    user: str


def split_url(url: str) -> UrlParts:
    """The dialog's fields from a URL (the password, if any, is not among them)."""
    parsed = _url(url)
    return UrlParts(
        parsed.host or "localhost",
        parsed.port or DEFAULT_PORT,
        parsed.database or "",
        parsed.username or "",
    )


def public_url(url: str) -> str:
    """``url`` without its password at all: what settings and recent plans keep."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url.replace("postgres://", "postgresql://", 1))
    # URL.set() takes None for "unchanged": the password is dropped by _replace
    bare = parsed._replace(password=None, drivername=parsed.get_backend_name())
    return bare.render_as_string(hide_password=False)


def with_password(url: str, password: str) -> str:
    """``url`` carrying ``password`` (kept in memory only), or as it is for an empty one."""
    from sqlalchemy.engine import make_url

    if not password:
        return url
    return make_url(url).set(password=password).render_as_string(hide_password=False)


@dataclass(frozen=True)
class ProbeResult:
    """What a test connection found: the server's version and the plan's format."""

    server_version: str
    revision: str | None  # None: the database holds no plan
    tables: int

    @property
    def has_plan(self) -> bool:
        return self.revision is not None

    @property
    def empty(self) -> bool:
        return self.tables == 0


def probe(url: str) -> ProbeResult:
    """Connect to ``url`` once and look: raises the PlanFileError that says what is wrong."""
    from sqlalchemy import inspect, text
    from sqlalchemy.exc import DBAPIError

    try:
        engine = make_server_engine(url, pool_size=1, connect_timeout=CONNECT_TIMEOUT_SECONDS)
    except ValueError as exc:
        raise PlanFileError(PlanErrorKind.IO, "<server URL>", detail=str(exc)) from exc
    try:
        with engine.connect() as conn:
            shown = str(conn.execute(text("SHOW server_version")).scalar_one())
            version = shown.split(" ", 1)[0]  # "16.4 (Debian 16.4-1)": the number
            revision = schema_revision(conn)
            tables = len(inspect(conn).get_table_names())
            conn.rollback()
    except DBAPIError as exc:
        raise server_error(exc, safe_url(url)) from exc
    finally:
        engine.dispose()
    return ProbeResult(version, revision, tables)


def _keyring() -> Any | None:
    try:
        return importlib.import_module("keyring")
    except ImportError:
        return None


def keyring_available() -> bool:
    """True when the optional ``keyring`` package is installed with a usable backend."""
    module = _keyring()
    if module is None:
        return False
    try:
        backend = module.get_keyring()
        priority = getattr(backend, "priority", 1)
        return bool(priority is None or priority > 0)
    except Exception:  # a broken backend is no backend
        return False


def save_password(url: str, password: str) -> bool:
    """Keep ``password`` for ``url`` in the OS keyring; False when there is none."""
    module = _keyring()
    if module is None or not password:
        return False
    try:
        module.set_password(KEYRING_SERVICE, keyring_user(_url(url)), password)
    except Exception:  # no backend, locked, refused: the password is just not kept
        return False
    return True
