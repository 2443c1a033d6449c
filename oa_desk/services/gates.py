"""Go/no-go gates: each department's gate computed from the plan (``domain.gates``), the
thresholds of a wave, the readiness checklist, and the decision taken (who, when).

Reads are one pass over the plan (``store.org``). The intents are register
edits through ``services.records`` (each checked first, undone exactly):
setting a wave's thresholds adds its ``wave_gate`` row the first time;
recording a decision adds or changes the department's ``gate_review``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import select

from oa_desk.domain.enums import GateDecision, ReadinessKind
from oa_desk.domain.errors import Refusal
from oa_desk.domain.gates import Gate, GateInputs, Thresholds, check_thresholds, evaluate
from oa_desk.services import records
from oa_desk.services.records import RecordEdit
from oa_desk.store import models
from oa_desk.store.org import (
    ItemRow,
    ReviewRow,
    department_rows,
    gate_data,
    item_rows,
    review_rows,
    thresholds_rows,
)
from oa_desk.store.planfile import PlanStore

__all__ = [
    "GateRefusal",
    "Gates",
    "add_item",
    "delete_item",
    "read_gates",
    "read_items",
    "record_decision",
    "revert",
    "set_item_done",
    "set_thresholds",
]

_THRESHOLD_FIELDS = tuple(f.name for f in fields(Thresholds))


class GateRefusal(Refusal):
    """``thresholds`` (``fields``: the contradicting ones), ``missing`` (``id``)."""


@dataclass(frozen=True)
class Gates:
    """Every department's gate, its wave's thresholds and the decision recorded."""

    gates: dict[int, Gate]
    thresholds: dict[int | None, Thresholds]  # by wave id (None: departments without a wave)
    reviews: dict[int, ReviewRow]

    def thresholds_of(self, wave_id: int | None) -> Thresholds:
        return self.thresholds.get(wave_id, Thresholds())


def _thresholds(row: Mapping[str, Any]) -> Thresholds:
    return Thresholds(**{k: int(row[k]) for k in _THRESHOLD_FIELDS})


def read_gates(store: PlanStore) -> Gates:
    with store.read() as session:
        conn = session.connection()
        data = gate_data(conn)
        limits: dict[int | None, Thresholds] = {
            wave: _thresholds(row) for wave, row in thresholds_rows(conn).items()
        }
        rows = department_rows(conn)
        reviews = review_rows(conn)
    waves = {d.id: d.wave_id for d in rows}
    children: dict[int | None, list[int]] = {}
    for d in rows:
        children.setdefault(d.parent_id, []).append(d.id)
    gates: dict[int, Gate] = {}
    for dep in data.counts:
        # A department goes live with its sub-departments: their figures are its own.
        subtree, todo = [], [dep]
        while todo:
            current = todo.pop()
            subtree.append(current)
            todo.extend(children.get(current, ()))
        counts = [data.counts[d] for d in subtree if d in data.counts]
        inputs = GateInputs(
            people=sum(c.people for c in counts),
            trained=sum(c.trained for c in counts),
            enrolled=sum(c.enrolled for c in counts),
            key_users=sum(c.key_users for c in counts),
            open_p1p2=sum(c.open_p1p2 for c in counts),
            items=sum(c.items for c in counts),
            items_done=sum(c.items_done for c in counts),
            has_training=data.has_training,
            has_support=data.has_support,
        )
        gates[dep] = evaluate(inputs, limits.get(waves.get(dep), Thresholds()))
    return Gates(gates, limits, reviews)


def read_items(store: PlanStore, department_id: int) -> list[ItemRow]:
    with store.read() as session:
        return item_rows(session.connection(), department_id)


# -- intents ------------------------------------------------------------------------------


def set_thresholds(store: PlanStore, wave_id: int, values: Mapping[str, int]) -> RecordEdit:
    """Change some of a wave's thresholds (the rest stay); contradictions are refused."""
    wg = models.WaveGate.__table__
    with store.read() as session:
        row = session.connection().execute(select(wg).where(wg.c.wave_id == wave_id)).mappings()
        current = row.first()
    base = _thresholds(dict(current)) if current is not None else Thresholds()
    merged = Thresholds(**{**{k: getattr(base, k) for k in _THRESHOLD_FIELDS}, **values})
    bad = check_thresholds(merged)
    if bad:
        raise GateRefusal(
            "thresholds", f"these thresholds contradict: {', '.join(bad)}", fields=bad
        )
    full = {k: getattr(merged, k) for k in _THRESHOLD_FIELDS}
    if current is None:
        return records.add_record(store, "wave_gate", {"wave_id": wave_id, **full})
    return records.update_record(store, "wave_gate", int(current["id"]), full)


def record_decision(
    store: PlanStore,
    department_id: int,
    decision: GateDecision,
    decided_on: dt.date | None,
    decided_by: str,
    notes: str = "",
) -> RecordEdit:
    """The go/no-go decision on a department's gate, with the day and who took it."""
    gr = models.GateReview.__table__
    values = {
        "decision": decision,
        "decided_on": decided_on,
        "decided_by": decided_by,
        "notes": notes,
    }
    with store.read() as session:
        existing = (
            session.connection()
            .execute(select(gr.c.id).where(gr.c.department_id == department_id))
            .scalar()
        )
    if existing is None:
        return records.add_record(store, "gate_review", {"department_id": department_id, **values})
    return records.update_record(store, "gate_review", int(existing), values)


def add_item(
    store: PlanStore, department_id: int, kind: ReadinessKind, title: str = ""
) -> RecordEdit:
    return records.add_record(
        store, "readiness_item", {"department_id": department_id, "kind": kind, "title": title}
    )


def set_item_done(
    store: PlanStore, item_id: int, done: bool, by_id: int | None, at: dt.datetime | None = None
) -> RecordEdit:
    """Tick (or untick) a checklist item; ticking says who and when."""
    when = (at or dt.datetime.now(dt.UTC)) if done else None
    return records.update_record(
        store,
        "readiness_item",
        item_id,
        {"done": done, "done_by_id": by_id if done else None, "done_at": when},
    )


def delete_item(store: PlanStore, item_id: int) -> RecordEdit:
    return records.delete_records(store, "readiness_item", [item_id])


def revert(store: PlanStore, undo: records.RecordUndo) -> Any:
    return records.revert_record_edit(store, undo)
