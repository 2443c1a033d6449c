"""Task links in a plan workbook: the Tasks sheet's predecessor texts become rows of
the dependency table to add, change or delete (the Dependencies sheet edits them too,
but an import may not edit both)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from oa_desk.domain import checks
from oa_desk.domain.links import Predecessor
from oa_desk.exchange.changeset import Insert, NewRow, TableChanges, Update
from oa_desk.exchange.current import CurrentTable
from oa_desk.exchange.plan_import.state import (
    Finals,
    ParsedSheet,
    WorkbookImport,
    task_label,
)
from oa_desk.exchange.problems import ProblemCode
from oa_desk.exchange.sheets import column_letter
from oa_desk.exchange.spec import sheet_by_table

__all__ = ["predecessor_changes", "same_link"]


def same_link(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Two link rows of the same tasks agree on their type and lag."""

    def kind(v: Any) -> str:
        return str(getattr(v, "value", v))

    return kind(a.get("type")) == kind(b.get("type")) and (a.get("lag") or 0) == (b.get("lag") or 0)


def _by_successor(current: CurrentTable) -> dict[Any, dict[int, tuple[int, str, int]]]:
    """successor -> predecessor -> (dependency id, type, lag) as the plan has them."""
    pred, succ, kind, lag = (
        current.pos(k) for k in ("predecessor_id", "successor_id", "type", "lag")
    )
    out: dict[Any, dict[int, tuple[int, str, int]]] = defaultdict(dict)
    for dep_id, r in current.rows.items():
        out[r[succ]][r[pred]] = (dep_id, r[kind], r[lag])
    return out


def predecessor_changes(state: WorkbookImport, parsed: ParsedSheet, finals: Finals) -> None:
    """Turn edited predecessor texts into dependency rows to add, change or delete."""
    dep_spec = sheet_by_table("dependency")
    by_succ = _by_successor(state.current["dependency"])
    seeded = state.seeded.get("task", {})
    task_ids = state.alive_ids("task") | seeded.keys()
    edited = TableChanges("dependency", dep_spec.title, {c.key: c for c in dep_spec.columns})
    for row in parsed.rows:
        entry = finals.get(row.ref)
        if entry is None or "predecessors" not in entry[1]:
            continue
        wanted: tuple[Predecessor, ...] = entry[1]["predecessors"]
        old = by_succ.get(row.ref, {})
        shown = {p: (k, lag) for p, (_i, k, lag) in old.items()}
        if {p.task_id: (p.type, p.lag) for p in wanted} == shown and len(wanted) == len(shown):
            continue
        raw = row.raw[parsed.cols["predecessors"]]
        own = row.sheet_id if row.sheet_id is not None else row.ref
        bad = dict(checks.link_findings(own, wanted, task_ids))
        for finding in bad.values():
            code = ProblemCode(finding.code.value)
            state.cell_error(parsed, row, "predecessors", raw, code, finding.params or None)
        kept: set[int | NewRow] = set()
        for index, item in enumerate(wanted):
            if index in bad:
                continue
            pred: int | NewRow = seeded.get(item.task_id, item.task_id)
            kept.add(pred)
            if pred in old:
                dep_id, old_kind, old_lag = old[pred]
                fields: dict[str, tuple[Any, Any]] = {}
                if item.type != old_kind:
                    fields["type"] = (old_kind, item.type.value)
                if item.lag != old_lag:
                    fields["lag"] = (old_lag, item.lag)
                if fields:
                    edited.updates.append(Update(dep_id, row.excel_row, fields, f"{pred}→"))
            else:
                values = {
                    "predecessor_id": pred,
                    "successor_id": row.ref,
                    "type": item.type.value,
                    "lag": item.lag,
                }
                edited.inserts.append(
                    Insert(
                        row.excel_row,
                        values,
                        NewRow("dependency"),
                        f"#{item.task_id} → {task_label(row)}",
                    )
                )
        for pred, (dep_id, _k, _l) in old.items():
            if pred not in kept:
                edited.forced_deletes.append(dep_id)
    if not (edited.inserts or edited.updates or edited.forced_deletes):
        return
    sheet_changes = state.preview.tables.get("dependency")
    if sheet_changes is not None and (
        sheet_changes.inserts or sheet_changes.updates or sheet_changes.deletes
    ):
        state.preview.error(
            parsed.name,
            None,
            column_letter(parsed.cols["predecessors"]),
            "前置任务 Predecessors",
            "",
            ProblemCode.LINKS_EDITED_TWICE,
        )
        return
    edited.missing = sheet_changes.missing if sheet_changes is not None else []
    edited.delete_missing = False
    state.preview.tables["dependency"] = edited
