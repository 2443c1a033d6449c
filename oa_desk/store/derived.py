"""Columns the store derives from others on every write: the pinyin keys of a name.

Whatever path writes a row (the ORM, the bulk inserts of the demo, the
imports' bulk writes, a row restored by undo), the derived columns follow the
columns they come from, so a search never misses a person written some other
way. :func:`derived` gives the values to add for a row (or the part of a row)
being written.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from oa_desk.domain.pinyin import name_keys

__all__ = ["DERIVED", "derived", "derives", "person_keys"]


def person_keys(values: Mapping[str, Any]) -> dict[str, Any]:
    name = values.get("name")
    if not isinstance(name, str):
        return {}
    full, initials = name_keys(name)
    return {"name_pinyin": full, "name_initials": initials}


# table -> (the columns it reads, how it derives)
DERIVED: Mapping[str, tuple[frozenset[str], Callable[[Mapping[str, Any]], dict[str, Any]]]] = {
    "person": (frozenset({"name"}), person_keys),
}


def derives(table: str, columns: object) -> bool:
    """True when writing ``columns`` of ``table`` changes derived columns."""
    rule = DERIVED.get(table)
    return rule is not None and not rule[0].isdisjoint(columns)  # type: ignore[arg-type]


def derived(table: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """The derived columns' values for a row being written (empty when none apply)."""
    rule = DERIVED.get(table)
    if rule is None or rule[0].isdisjoint(values):
        return {}
    return rule[1](values)
