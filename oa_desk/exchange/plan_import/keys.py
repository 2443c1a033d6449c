"""Step 2 of a plan-workbook import: readable keys, and references resolved through them.

A reference cell names its row by the target's readable key where it has one
(an employee number, a ticket number, a department path), else by ID; ``#12``
names any row by its ID. Keys of rows the file adds count too, so a new person
can be a new department's head in the same import.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from typing import Any

from oa_desk.exchange.changeset import NewRow
from oa_desk.exchange.normalize import (
    CellError,
    cell_text,
    clean_code,
    employee_no_key,
    parse_int,
    zero_padded,
    zeroless_index,
)
from oa_desk.exchange.plan_import.state import WorkbookImport, path_text, title
from oa_desk.exchange.problems import ProblemCode
from oa_desk.exchange.spec import REF_KEYS, Column

__all__ = ["register_keys", "resolve"]

# Why a readable reference (REF_KEYS) finds nothing.
_NOT_FOUND: Mapping[str, ProblemCode] = {
    "person": ProblemCode.NO_PERSON_WITH_NUMBER,
    "ticket": ProblemCode.NO_TICKET_WITH_NUMBER,
    "department": ProblemCode.NO_DEPARTMENT_WITH_PATH,
}


def register_keys(state: WorkbookImport) -> None:
    """Readable keys (employee no., ticket no., department path) -> row, old and new."""
    for table in REF_KEYS:
        state.keymaps[table] = {str(k): i for i, k in state.keys.get(table, {}).items()}
    for table, field_key in (("person", "employee_no"), ("ticket", "number")):
        sheet = state.parsed.get(table)
        if sheet is None or field_key not in sheet.cols:
            continue
        index = sheet.cols[field_key]
        for row in sheet.rows:
            raw = row.raw[index]
            key = employee_no_key(raw) if table == "person" else clean_code(raw)
            if key:
                state.keymaps[table][key] = row.ref
    sheet = state.parsed.get("department")
    if sheet is not None and "name" in sheet.cols:
        parent_i = sheet.cols.get("parent_id")
        name_i = sheet.cols["name"]
        paths = state.keys.get("department", {})
        for row in sheet.rows:
            parent = path_text(row.raw[parent_i]) if parent_i is not None else ""
            if parent.startswith("#"):
                with contextlib.suppress(ValueError):
                    parent = paths.get(int(parent[1:]), parent)
            name = cell_text(row.raw[name_i]).strip()
            path = f"{parent}/{name}" if parent else name
            state.keymaps["department"][path] = row.ref
    for table, cur in state.current.items():
        alive = set(cur.rows)
        sheet = state.parsed.get(table)
        if sheet is not None and state.delete_missing:
            alive = {r.id for r in sheet.rows if r.id is not None}
        state.alive[table] = alive


def _unpadded(state: WorkbookImport, key: str) -> int | NewRow | None:
    """The person an employee number names once its lost leading zeros are put back
    ("342" for "000342", as a CSV saved by LibreOffice leaves it): one person only."""
    people = state.keymaps.get("person", {})
    if state.zeroless is None:
        state.zeroless = zeroless_index(people)
    padded = zero_padded(key, state.zeroless)
    return people.get(padded) if padded is not None else None


def resolve(state: WorkbookImport, col: Column, raw: Any) -> int | NewRow | None:
    """The row a reference cell names (raises CellError when there is none)."""
    target = col.ref or ""
    if raw in ("", None):
        return None
    if target in REF_KEYS:
        key = path_text(raw) if target == "department" else clean_code(raw)
        if target == "person" and key not in state.keymaps[target]:
            key = employee_no_key(raw)  # "1.0" names employee no. "1"
        if key.startswith("#"):
            ref_id = parse_int(key[1:])
            seeded = state.seeded_row(target, ref_id) if ref_id is not None else None
            if seeded is not None:
                return seeded
            if ref_id is None or ref_id not in state.alive_ids(target):
                raise CellError(ProblemCode.NO_ROW_WITH_ID, id=key[1:], table=title(target))
            return ref_id
        found = state.keymaps[target].get(key)
        if found is None and target == "person":
            found = _unpadded(state, key)
        if found is None:
            raise CellError(_NOT_FOUND[target], key=key)
        if isinstance(found, int) and found not in state.alive_ids(target):
            raise CellError(ProblemCode.DELETED_BY_IMPORT, key=key)
        return found
    ref_id = parse_int(raw)
    seeded = state.seeded_row(target, ref_id) if ref_id is not None else None
    if seeded is not None:
        return seeded
    if ref_id is None or ref_id not in state.alive_ids(target):
        raise CellError(ProblemCode.NO_ROW_WITH_ID, id=cell_text(raw), table=title(target))
    return ref_id
