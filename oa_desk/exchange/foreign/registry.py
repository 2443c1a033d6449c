"""The foreign import kinds, in the order the gui offers them: one line per kind.

A new kind (sign-in sheets, tickets, holiday lists) is a module beside these
that defines ``KIND`` (its fields, the table it fills, what it reads, how it
builds its preview), an :class:`~oa_desk.exchange.foreign.base.ImportKind`
member, and a line here. The gui names each kind (``gui/excel/texts.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from oa_desk.exchange.foreign import (
    adoption,
    departments,
    feedback,
    people,
    requirements,
    tasks,
    usage,
)
from oa_desk.exchange.foreign.base import FieldSpec, ForeignKind, ImportKind

__all__ = ["KINDS", "field_specs", "kind_of"]

KINDS: Mapping[ImportKind, ForeignKind] = MappingProxyType(
    {
        m.KIND.kind: m.KIND
        for m in (people, departments, requirements, tasks, adoption, usage, feedback)
    }
)


def kind_of(kind: ImportKind) -> ForeignKind:
    return KINDS[kind]


def field_specs(kind: ImportKind) -> tuple[FieldSpec, ...]:
    """The fields the mapping dialog offers for ``kind``, in display order."""
    return KINDS[kind].fields
