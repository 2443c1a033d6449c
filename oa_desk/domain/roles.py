"""Who may change what: the four roles of a team plan and the kinds each may change.

A plan file's user owns it. On a team plan the server says which role its user
has (``store/roles.py`` makes them PostgreSQL roles and GRANTs each its tables),
and the gui offers only what the role allows: an action whose feature changes a
kind the role may not change is disabled, with a tooltip saying why
(:func:`may_change`). The server enforces the same map whatever a client does.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from types import MappingProxyType

from oa_desk.domain.changes import ChangeKind
from oa_desk.domain.errors import Refusal


class Role(StrEnum):
    OWNER = "owner"  # everything, and the plan's roles (oa-desk grant)
    EDITOR = "editor"  # every part of the plan
    SUPPORT_DESK = "support_desk"  # the hotline and the trainers: tickets, KB, feedback, attendance
    READ_ONLY = "read_only"  # looks, changes nothing


# The log of who did what is written by every unit of work, whoever runs it.
_LOG = frozenset({ChangeKind.ACTIVITY, ChangeKind.ACTIVITY_ITEM})
_EVERYTHING = frozenset(ChangeKind) - {ChangeKind.TASK_OUTLINE}
SUPPORT_DESK_KINDS = frozenset(
    {
        ChangeKind.TICKET,
        ChangeKind.TICKET_EVENT,
        ChangeKind.KB_ARTICLE,
        ChangeKind.KB_ARTICLE_TICKET,
        ChangeKind.KB_TAG,
        ChangeKind.KB_ARTICLE_TAG,
        ChangeKind.FEEDBACK_ROUND,
        ChangeKind.ENROLLMENT,  # attendance, scores and ratings
    }
)

ALLOWED: Mapping[Role, frozenset[ChangeKind]] = MappingProxyType(
    {
        Role.OWNER: _EVERYTHING,
        Role.EDITOR: _EVERYTHING,
        Role.SUPPORT_DESK: SUPPORT_DESK_KINDS | _LOG,
        Role.READ_ONLY: frozenset(),
    }
)


def may_change(role: Role | str, kinds: Iterable[ChangeKind]) -> bool:
    """True when ``role`` may change every one of ``kinds`` (the tables an intent
    writes); a view-level kind (the outline) goes with its table."""
    allowed = ALLOWED[Role(role)]
    wanted = {ChangeKind.TASK if k is ChangeKind.TASK_OUTLINE else k for k in kinds}
    return wanted <= allowed


def writes_anything(role: Role | str) -> bool:
    """False for a role that may change nothing (the plan opens read-only)."""
    return bool(ALLOWED[Role(role)] - _LOG)


class NotAllowed(Refusal):
    """The server refused a change the user's role does not allow (nothing changed).
    ``params``: ``user``, ``role`` and ``detail`` (the server's words)."""

    def __init__(self, user: str, role: str, detail: str) -> None:
        super().__init__(
            "not_allowed",
            f"{user} ({role}) may not make this change: {detail}",
            user=user,
            role=role,
            detail=detail,
        )
