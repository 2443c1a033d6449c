"""Trees in a plan workbook: tasks from outline levels and row order, departments from
their parent column; order among siblings, loops, and names among siblings."""

from __future__ import annotations

import itertools
from collections import defaultdict
from typing import Any

from oa_desk.domain import checks
from oa_desk.exchange.changeset import NewRow, TableChanges
from oa_desk.exchange.current import CurrentTable
from oa_desk.exchange.plan_import.state import Finals, ParsedSheet, SheetRow, WorkbookImport
from oa_desk.exchange.problems import ProblemCode

__all__ = ["assign_seq", "place_rows", "sibling_names"]


def assign_seq(old: list[int | None]) -> list[int]:
    """Sibling order numbers: keep the plan's where the order is unchanged."""
    kept = [s for s in old if s is not None]
    if all(a < b for a, b in itertools.pairwise(kept)):
        out: list[int] = []
        prev = -1
        ok = True
        for i, seq in enumerate(old):
            if seq is not None:
                prev = seq
                out.append(seq)
                continue
            nxt = next((s for s in old[i + 1 :] if s is not None), None)
            candidate = prev + 1
            if nxt is not None and candidate >= nxt:
                ok = False
                break
            out.append(candidate)
            prev = candidate
        if ok:
            return out
    afresh = list(range(len(old)))
    if len(kept) == len(old) and len(set(kept)) == len(kept):
        # Rows moved among themselves: their own order numbers in the new order, when
        # that changes fewer rows (a swap of two changes those two, not every sibling).
        moved = sorted(kept)

        def changed(new: list[int]) -> int:
            return sum(a != b for a, b in zip(new, old, strict=True))

        if changed(moved) < changed(afresh):
            return moved
    return afresh


def _parent(
    parsed: ParsedSheet, row: SheetRow, values: dict[str, Any], current: CurrentTable
) -> Any:
    """A department row's parent after the import (the plan's when the sheet has no column)."""
    if "parent_id" in parsed.cols:
        return values.get("parent_id")
    if row.id is not None:
        return current.rows[row.id][current.pos("parent_id")]
    return None


def place_rows(
    state: WorkbookImport, parsed: ParsedSheet, finals: Finals, current: CurrentTable
) -> None:
    """Parent and order among siblings from outline levels (tasks) or parents (departments)."""
    spec = parsed.spec
    outline = "outline_level" in parsed.cols
    if spec.table == "task" and not outline:
        return
    seq_pos = current.pos("seq")
    stack: list[tuple[int, int | NewRow]] = []
    groups: dict[Any, list[int | NewRow]] = defaultdict(list)
    for row in parsed.rows:
        entry = finals.get(row.ref)
        if outline:
            level = state.levels.get(row.ref)
            if level is None:
                stack = []  # rows below a row without a level cannot be placed
                continue
            while stack and stack[-1][0] >= level:
                stack.pop()
            expected = stack[-1][0] + 1 if stack else 1
            if level > expected:
                state.cell_error(
                    parsed,
                    row,
                    "outline_level",
                    level,
                    ProblemCode.OUTLINE_LEVEL_JUMP,
                    {"level": level, "previous": expected - 1},
                )
                finals.pop(row.ref, None)
                stack.append((level, row.ref))
                continue
            parent = stack[-1][1] if stack else None
            stack.append((level, row.ref))
            if entry is None:
                continue
            entry[1].pop("outline_level", None)
            entry[1]["parent_id"] = parent
        else:
            if entry is None:
                continue
            parent = _parent(parsed, row, entry[1], current)
        groups[parent].append(row.ref)
    for _parent_ref, members in groups.items():
        old = [current.rows[m][seq_pos] if isinstance(m, int) else None for m in members]
        for ref, seq in zip(members, assign_seq(old), strict=True):
            finals[ref][1]["seq"] = seq
    if not outline:
        _department_cycles(state, parsed, finals, current)


def _department_cycles(
    state: WorkbookImport, parsed: ParsedSheet, finals: Finals, current: CurrentTable
) -> None:
    parent_pos = current.pos("parent_id")
    parents: dict[Any, Any] = {i: r[parent_pos] for i, r in current.rows.items()}
    for ref, (_r, values) in finals.items():
        if "parent_id" in values:
            parents[ref] = values["parent_id"]
    for row in parsed.rows:
        seen = {row.ref}
        node = parents.get(row.ref)
        while node is not None:
            if node in seen:
                state.cell_error(
                    parsed,
                    row,
                    "parent_id",
                    row.raw[parsed.cols["parent_id"]],
                    ProblemCode.DEPARTMENT_LOOP,
                )
                finals.pop(row.ref, None)
                break
            seen.add(node)
            node = parents.get(node)


def sibling_names(
    state: WorkbookImport,
    parsed: ParsedSheet,
    finals: Finals,
    changes: TableChanges,
    current: CurrentTable,
) -> None:
    """Two departments under one parent cannot share a name: an error naming both rows.

    Compared as the plan will be after the import: the sheet's rows with their
    new parent and name, and the plan's rows the sheet leaves alone (unless the
    import deletes them). Two such untouched rows are not this import's problem.
    """
    name_pos, parent_pos = current.pos("name"), current.pos("parent_id")
    deleted = set(changes.deletes)
    excel_rows: dict[int | NewRow, int] = {}
    items: list[tuple[int | NewRow, Any, str]] = []
    for row in parsed.rows:
        entry = finals.get(row.ref)
        if entry is None:
            continue
        values = entry[1]
        if "name" in values:
            name = values["name"]
        elif row.id is not None:
            name = current.rows[row.id][name_pos]
        else:
            continue
        excel_rows[row.ref] = row.excel_row
        items.append((row.ref, _parent(parsed, row, values, current), name or ""))
    for row_id, old in current.rows.items():
        if row_id not in excel_rows and row_id not in deleted:
            items.append((row_id, old[parent_pos], old[name_pos] or ""))
    names = {ref: name for ref, _parent_ref, name in items}
    by_ref = {row.ref: row for row in parsed.rows}
    for dup, first in checks.duplicate_siblings(items):
        row_of_dup, row_of_first = excel_rows.get(dup), excel_rows.get(first)
        if row_of_dup is not None:
            shown, other = dup, row_of_first
        elif row_of_first is not None:
            shown, other = first, None
        else:
            continue
        params: dict[str, object] = {"name": names[shown]}
        code = ProblemCode.SIBLING_NAME_TAKEN_ELSEWHERE
        if other is not None:
            code = ProblemCode.SIBLING_NAME_TAKEN
            params["row"] = other
        state.cell_error(parsed, by_ref[shown], "name", names[shown], code, params)
