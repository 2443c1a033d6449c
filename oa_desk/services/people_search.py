"""Find people by name, pinyin, initials, employee number or e-mail (pickers, search)."""

from __future__ import annotations

from collections.abc import Sequence

from oa_desk.store.people_search import PersonHit, search_people
from oa_desk.store.planfile import PlanStore

__all__ = ["PersonHit", "find_people"]


def find_people(store: PlanStore, text: str, *, limit: int = 20) -> Sequence[PersonHit]:
    """Up to ``limit`` people matching what was typed (one read)."""
    with store.read() as session:
        return search_people(session.connection(), text, limit=limit)
