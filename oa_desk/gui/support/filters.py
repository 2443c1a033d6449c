"""The ticket list's filters as plain data, and the saved filters kept in the user's
settings (JSON: a name for each filter)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from oa_desk.domain.enums import OPEN_TICKET_STATUSES, TicketPriority, TicketStatus, TicketType
from oa_desk.services.support_board import TicketFilter, TicketQuery

OPEN = "open"  # the status filter's "every open ticket"
MAX_SAVED = 50


@dataclass(frozen=True)
class FilterState:
    """What the filter bar shows; "" or None is "any"."""

    status: str = ""  # a TicketStatus value, OPEN, or ""
    priority: str = ""
    type: str = ""
    department_id: int | None = None
    wave_id: int | None = None
    assignee_id: int | None = None
    breached: bool | None = None
    text: str = ""

    def query(self, sort: str, descending: bool) -> TicketQuery:
        statuses: frozenset[TicketStatus] = frozenset()
        if self.status == OPEN:
            statuses = frozenset(OPEN_TICKET_STATUSES)
        elif self.status in TicketStatus._value2member_map_:
            statuses = frozenset({TicketStatus(self.status)})
        f = TicketFilter(
            statuses=statuses,
            priorities=frozenset({TicketPriority(self.priority)})
            if self.priority in TicketPriority._value2member_map_
            else frozenset(),
            types=frozenset({TicketType(self.type)})
            if self.type in TicketType._value2member_map_
            else frozenset(),
            department_id=self.department_id,
            wave_id=self.wave_id,
            assignee_id=self.assignee_id,
            text=self.text,
        )
        return TicketQuery(f, self.breached, sort, descending)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Any) -> FilterState:
        """A saved filter; anything malformed (a hand-edited file) is left out."""
        if not isinstance(data, dict):
            return cls()

        def text(key: str) -> str:
            value = data.get(key, "")
            return value[:200] if isinstance(value, str) else ""

        def ident(key: str) -> int | None:
            value = data.get(key)
            return value if isinstance(value, int) and not isinstance(value, bool) else None

        breached = data.get("breached")
        return cls(
            status=text("status"),
            priority=text("priority"),
            type=text("type"),
            department_id=ident("department_id"),
            wave_id=ident("wave_id"),
            assignee_id=ident("assignee_id"),
            breached=breached if isinstance(breached, bool) else None,
            text=text("text"),
        )


def load_saved(raw: str) -> dict[str, FilterState]:
    try:
        data = json.loads(raw or "{}")
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k)[:100]: FilterState.from_json(v) for k, v in list(data.items())[:MAX_SAVED]}


def dump_saved(saved: dict[str, FilterState]) -> str:
    items = list(saved.items())[-MAX_SAVED:]
    return json.dumps({k: v.to_json() for k, v in items}, ensure_ascii=False)
