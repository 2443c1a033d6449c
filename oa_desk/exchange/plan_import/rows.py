"""Step 3 of a plan-workbook import: each row's values, checked, and how they differ.

Every cell is read by its column's converter (or resolved as a reference),
every row is checked against the rules of its sheet (``oa_desk.domain.checks``
through :attr:`SheetSpec.checks`) and the unique keys, and becomes an insert,
an update of the fields that differ, or nothing.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from oa_desk.domain import checks
from oa_desk.exchange.changeset import (
    Insert,
    NewRow,
    Severity,
    TableChanges,
    Update,
    same_value,
)
from oa_desk.exchange.convert import converter, split_list
from oa_desk.exchange.current import CurrentTable
from oa_desk.exchange.normalize import CellError, cell_text, parse_int, parse_predecessors
from oa_desk.exchange.plan_import import links, tree
from oa_desk.exchange.plan_import.keys import resolve
from oa_desk.exchange.plan_import.state import (
    PARENT_COL,
    SEQ_COL,
    Finals,
    ParsedSheet,
    SheetRow,
    WorkbookImport,
    label,
)
from oa_desk.exchange.problems import ProblemCode
from oa_desk.exchange.sheets import column_letter
from oa_desk.exchange.spec import ColType, Column, SheetSpec

__all__ = ["diff_sheet"]

WARNING = Severity.WARNING


def _tree_cols(spec: SheetSpec) -> dict[str, Column]:
    if not spec.tree:
        return {}
    return {"parent_id": PARENT_COL, "seq": SEQ_COL}


def _stored(spec: SheetSpec, key: str) -> bool:
    if key in ("parent_id", "seq") and spec.tree:
        return True
    if key in spec.link_table:
        return True
    try:
        return spec.column(key).is_table_column
    except KeyError:
        return False


def _must_be_given(col: Column) -> bool:
    """Text the row cannot do without: a name, a number, a title (no default)."""
    return col.kind is ColType.TEXT and not col.nullable and col.default is None


def _read_cell(state: WorkbookImport, col: Column, row: SheetRow, raw: Any, conv: Any) -> Any:
    if col.kind is ColType.REF:
        return resolve(state, col, raw)
    if col.kind is ColType.LINKS:
        return frozenset(resolve(state, col, part) for part in split_list(raw))
    if col.kind is ColType.PREDECESSORS:
        return tuple(parse_predecessors(raw))
    if col.kind is ColType.OUTLINE:
        level = parse_int(raw)
        if level is None or level < 1:
            raise CellError(ProblemCode.OUTLINE_LEVEL_INVALID)
        state.levels[row.ref] = level
        return level
    return conv(raw)


def _read_row(
    state: WorkbookImport, parsed: ParsedSheet, row: SheetRow, convs: Mapping[str, Any]
) -> dict[str, Any] | None:
    """A row's values by column, or None when a cell is wrong (each one reported)."""
    spec = parsed.spec
    values: dict[str, Any] = {}
    ok = True
    for key, index in parsed.cols.items():
        if key == "id":
            continue
        col = spec.column(key)
        raw = row.raw[index]
        if parsed.no_value and (row.excel_row - 1, index) in parsed.no_value:
            # Never read as blank (a default): the plan keeps its value.
            if row.id is None:
                state.cell_error(parsed, row, key, raw, ProblemCode.FORMULA_WITHOUT_VALUE_NEW)
                ok = False
            else:
                state.cell_error(
                    parsed, row, key, raw, ProblemCode.FORMULA_WITHOUT_VALUE, severity=WARNING
                )
            continue
        try:
            value = _read_cell(state, col, row, raw, convs.get(key))
        except CellError as exc:
            state.cell_error(parsed, row, key, raw, exc.code, exc.params)
            ok = False
            continue
        if _must_be_given(col) and checks.required(key, value) is not None:
            state.cell_error(parsed, row, key, raw, ProblemCode.VALUE_REQUIRED)
            ok = False
            continue
        if value is None and not col.nullable and col.is_table_column:
            if col.default is None:
                state.cell_error(parsed, row, key, raw, ProblemCode.VALUE_REQUIRED)
                ok = False
                continue
            value = col.default
        values[key] = value
    return values if ok else None


def _current_links(state: WorkbookImport, spec: SheetSpec, key: str) -> dict[int, frozenset[Any]]:
    link_table, _own, _other = spec.link_table[key]
    out: dict[int, set[Any]] = defaultdict(set)
    for own_id, other_id in state.plan.links.get(link_table, ()):
        out[own_id].add(other_id)
    return {k: frozenset(v) for k, v in out.items()}


def _merged(
    spec: SheetSpec, current: CurrentTable, row_id: int | None, values: Mapping[str, Any]
) -> dict[str, Any]:
    """The row as it will be: the plan's values (or the defaults), then the sheet's."""
    if row_id is None:
        merged = {c.key: c.default for c in spec.table_columns}
    else:
        merged = current.values(row_id)
    merged.update(values)
    merged["id"] = row_id
    return merged


def _carry_finish(old: Mapping[str, Any], values: dict[str, Any]) -> None:
    """A task whose start alone was edited moves: its finish keeps the distance.

    The service then sets the finish in working days and reschedules the
    successors (``oa_desk.services.excel_schedule``); this keeps the row's own
    check (finish before start) from refusing a plain move.
    """
    start, finish = values.get("start"), values.get("finish")
    if not isinstance(start, dt.date) or start == old.get("start"):
        return
    if finish != old.get("finish") or values.get("duration", old.get("duration")) != old.get(
        "duration"
    ):
        return
    if isinstance(old.get("start"), dt.date) and isinstance(finish, dt.date):
        values["finish"] = start + (finish - old["start"])


def diff_sheet(state: WorkbookImport, parsed: ParsedSheet) -> None:
    """Add the sheet's inserts and updates (and the rows it lacks) to the preview."""
    spec = parsed.spec
    current = state.current[spec.table]
    changes = state.preview.table(
        spec.table, spec.title, {c.key: c for c in spec.columns} | _tree_cols(spec)
    )
    changes.links = dict(spec.link_table)
    changes.letters = {key: column_letter(index) for key, index in parsed.cols.items()}
    changes.delete_missing = state.delete_missing
    convs = {key: converter(spec.column(key)) for key in parsed.cols if key != "id"}
    pos = {name: i for i, name in enumerate(current.names)}
    link_current = {k: _current_links(state, spec, k) for k in spec.link_table}
    state.job.stage(f"Checking {parsed.name}", len(parsed.rows))
    finals: Finals = {}
    state.levels = {}
    for row in parsed.rows:
        state.job.advance()
        values = _read_row(state, parsed, row, convs)
        if values is not None:
            finals[row.ref] = (row.excel_row, values)
    if spec.tree:
        tree.place_rows(state, parsed, finals, current)
    in_sheet = {r.id for r in parsed.rows if r.id is not None}
    # Links the Tasks sheet's predecessor texts add (read first): the Dependencies
    # sheet may list the same ones (a whole exported workbook seeding a plan).
    from_tasks = (
        {(i.values["predecessor_id"], i.values["successor_id"]): i for i in changes.inserts}
        if spec.table == "dependency"
        else {}
    )
    for row in parsed.rows:
        if row.ref not in finals:
            continue
        excel_row, values = finals[row.ref]
        if spec.table == "task" and row.id is not None:
            _carry_finish(current.values(row.id), values)
        merged = _merged(spec, current, row.id, values)
        for check in spec.checks:
            problem = check(merged)
            if problem:
                key = problem.column
                state.cell_error(parsed, row, key, merged.get(key), problem.code, problem.params)
        if row.id is None:
            plain = {k: v for k, v in values.items() if _stored(spec, k)}
            twin = from_tasks.get((plain.get("predecessor_id"), plain.get("successor_id")))
            if twin is not None:
                if not links.same_link(twin.values, plain):
                    state.cell_error(parsed, row, "type", "", ProblemCode.LINKS_EDITED_TWICE)
                elif row.token is not None and row.token.wanted is not None:
                    twin.token.wanted = row.token.wanted  # the link keeps the sheet's ID
                continue
            changes.inserts.append(
                Insert(excel_row, plain, row.token or NewRow(spec.table), label(merged))
            )
            continue
        old = current.rows[row.id]
        fields: dict[str, tuple[Any, Any]] = {}
        for key, new in values.items():
            if not _stored(spec, key):
                continue
            if key in spec.link_table:
                before = link_current[key].get(row.id, frozenset())
                if before != new:
                    fields[key] = (before, new)
                continue
            col = changes.columns[key]
            before = old[pos[key]]
            if not same_value(before, new, col.kind):
                fields[key] = (before, new)
        if fields:
            changes.updates.append(Update(row.id, excel_row, fields, label(merged)))
    for row_id in current.rows:
        if row_id not in in_sheet:
            changes.missing.append((row_id, label(current.values(row_id))))
    _check_unique(state, parsed, changes, current)
    if spec.table == "department":
        tree.sibling_names(state, parsed, finals, changes, current)
    if spec.table == "task" and "predecessors" in parsed.cols:
        links.predecessor_changes(state, parsed, finals)


def _check_unique(
    state: WorkbookImport, parsed: ParsedSheet, changes: TableChanges, current: CurrentTable
) -> None:
    spec = parsed.spec
    pos = {n: i for i, n in enumerate(current.names)}
    by_id = {u.id: u for u in changes.updates}
    deleted = set(changes.deletes)
    rows_of = {r.id: r.excel_row for r in parsed.rows if r.id is not None}
    for key_cols in spec.unique:
        if spec.tree and set(key_cols) == {"parent_id", "name"}:
            continue  # sibling names: tree.sibling_names says it better
        seen: dict[tuple[Any, ...], int | None] = {}
        for row_id, old in current.rows.items():
            if row_id in deleted:
                continue
            upd = by_id.get(row_id)
            key = tuple(
                upd.fields[k][1] if upd and k in upd.fields else old[pos[k]] for k in key_cols
            )
            _unique_one(state, parsed, key_cols, key, rows_of.get(row_id), seen)
        for ins in changes.inserts:
            key = tuple(ins.values.get(k) for k in key_cols)
            _unique_one(state, parsed, key_cols, key, ins.row, seen)


def _unique_one(
    state: WorkbookImport,
    parsed: ParsedSheet,
    key_cols: tuple[str, ...],
    key: tuple[Any, ...],
    excel_row: int | None,
    seen: dict[tuple[Any, ...], int | None],
) -> None:
    if any(k is None for k in key):
        return
    if isinstance(key[0], str):
        key = (key[0].casefold(), *key[1:]) if len(key_cols) == 1 else key
    if key not in seen:
        seen[key] = excel_row
        return
    other = seen[key]
    index = parsed.cols.get(key_cols[-1])
    headers = " + ".join(parsed.spec.column(k).header for k in key_cols)
    code = ProblemCode.NOT_UNIQUE if other else ProblemCode.NOT_UNIQUE_ELSEWHERE
    state.preview.error(
        parsed.name,
        excel_row,
        column_letter(index) if index is not None else None,
        headers,
        ", ".join(cell_text(k) for k in key),
        code,
        {"row": other} if other else None,
    )
