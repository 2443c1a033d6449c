"""What the caller says about the units of work it starts (no SQLAlchemy: the gui
imports this at start-up).

* :func:`describing` — the intent's text the activity log records ("Move Pilot go-live");
* :func:`expecting` — the row versions the caller read: a unit of work that would
  change such a row at another version is refused (``store.activity.StaleEdit``);
* :func:`undoing` — an undo or redo of this store's own step: every row it changes
  must still be as this store left it.

They are context variables, so they hold for the thread (or task) that set them.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator, Mapping

__all__ = ["describing", "expecting", "undoing"]

_INTENT: contextvars.ContextVar[str] = contextvars.ContextVar("oa_activity_intent", default="")
# (table, id) -> the row version the caller read: a unit of work that changes such a
# row at another version is refused (expecting()).
_EXPECTED: contextvars.ContextVar[Mapping[tuple[str, int], int] | None] = contextvars.ContextVar(
    "oa_activity_expected", default=None
)
# True while an undo (or redo) of this store's own step runs: every row it changes must
# be at the version this store left it at (undoing()).
_UNDOING: contextvars.ContextVar[bool] = contextvars.ContextVar("oa_activity_undo", default=False)


@contextlib.contextmanager
def describing(text: str) -> Iterator[None]:
    """Units of work started inside record ``text`` as their intent ("Move Pilot go-live")."""
    token = _INTENT.set(text[:300])
    try:
        yield
    finally:
        _INTENT.reset(token)


@contextlib.contextmanager
def expecting(versions: Mapping[tuple[str, int], int]) -> Iterator[None]:
    """Units of work started inside refuse (:class:`StaleEdit`) to change a row of
    ``versions`` ((table, id) -> the version the caller read) that is at another
    version now: the gui passes the versions its views read."""
    token = _EXPECTED.set(dict(versions))
    try:
        yield
    finally:
        _EXPECTED.reset(token)


@contextlib.contextmanager
def undoing() -> Iterator[None]:
    """Units of work started inside undo (or redo) this store's own step: each row
    they change must still be as this store left it, or :class:`StaleEdit` says who
    changed it since."""
    token = _UNDOING.set(True)
    try:
        yield
    finally:
        _UNDOING.reset(token)
