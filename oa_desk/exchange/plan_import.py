"""Reading a plan workbook back (edited in Excel, WPS or LibreOffice) into a preview.

Rows with an ID update that row, rows without one are added, rows the sheet no
longer has are reported (and deleted only when asked). A sheet missing from the
file leaves its table alone. Task hierarchy comes from the outline level and
row order; predecessors ("12FS+2d, 15SS") and the Dependencies sheet both
describe links, and an import that edits both differently is refused.
Nothing is written here; :func:`oa_desk.exchange.changeset.apply_preview` does that.
"""

from __future__ import annotations

import contextlib
import itertools
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from oa_desk.domain import links as links_notation
from oa_desk.exchange.changeset import (
    ImportPreview,
    Insert,
    NewRow,
    Severity,
    TableChanges,
    Update,
    db_to_py,
    same_value,
    take_fingerprint,
)
from oa_desk.exchange.convert import converter, normalise_header, split_list
from oa_desk.exchange.normalize import CellError, cell_text, clean_code, parse_date, parse_int
from oa_desk.exchange.plan_rows import PlanContext
from oa_desk.exchange.problems import ProblemCode
from oa_desk.exchange.progress import Job, ensure_job
from oa_desk.exchange.sheets import RawSheet, column_letter, read_xlsx
from oa_desk.exchange.spec import (
    FORMAT_VERSION,
    PLAN_FIELDS,
    REF_KEYS,
    SHEETS,
    ColType,
    Column,
    SheetSpec,
    sheet_by_table,
)
from oa_desk.exchange.workbook import ABOUT_FORMAT, ABOUT_TITLE
from oa_desk.store import models

__all__ = ["is_plan_workbook_layout", "parse_predecessors", "preview_plan_workbook"]

PARENT_COL = Column("parent_id", "上级", "Parent", ColType.REF)
SEQ_COL = Column("seq", "顺序", "Order", ColType.INT, nullable=False, default=0)
_LABEL_KEYS = ("number", "employee_no", "name", "title", "question", "pain_point")
# Why a readable reference (REF_KEYS) finds nothing.
_NOT_FOUND: Mapping[str, ProblemCode] = {
    "person": ProblemCode.NO_PERSON_WITH_NUMBER,
    "ticket": ProblemCode.NO_TICKET_WITH_NUMBER,
    "department": ProblemCode.NO_DEPARTMENT_WITH_PATH,
}


def _title(table: str) -> str:
    """How a problem names a referenced table: its sheet's bilingual title."""
    return sheet_by_table(table).title


def parse_predecessors(text: Any) -> list[tuple[int, str, int]]:
    """ "12FS+2d, 15SS, 7" -> [(12, "FS", 2), (15, "SS", 0), (7, "FS", 0)]."""
    try:
        items = links_notation.parse_predecessors(cell_text(text))
    except links_notation.PredecessorSyntaxError as exc:
        raise CellError(
            ProblemCode.PREDECESSOR_SYNTAX, position=exc.position, item=exc.item
        ) from None
    return [(p.task_id, p.type.value, p.lag) for p in items]


@dataclass
class _Row:
    excel_row: int
    id: int | None
    token: NewRow | None
    raw: list[Any]

    @property
    def ref(self) -> int | NewRow:
        return self.id if self.id is not None else self.token  # type: ignore[return-value]


@dataclass
class _Sheet:
    spec: SheetSpec
    name: str  # the sheet's name in the file
    cols: dict[str, int]  # column key -> index in the sheet
    rows: list[_Row] = field(default_factory=list)


@dataclass
class _Current:
    """A table's rows in the plan: id -> tuple of every column of the table."""

    names: list[str]
    rows: dict[int, tuple[Any, ...]]

    def pos(self, key: str) -> int:
        return self.names.index(key)


def _match_sheets(sheets: Iterable[RawSheet]) -> tuple[dict[str, RawSheet], RawSheet | None]:
    wanted: dict[str, SheetSpec] = {}
    for spec in SHEETS:
        for name in (spec.title, spec.zh, spec.en, f"{spec.zh} {spec.en}"):
            wanted[normalise_header(name)] = spec
    found: dict[str, RawSheet] = {}
    about = None
    for sheet in sheets:
        key = normalise_header(sheet.name)
        if key in (normalise_header(ABOUT_TITLE), "about", "关于"):
            about = sheet
        elif key in wanted and wanted[key].table not in found:
            found[wanted[key].table] = sheet
    return found, about


def is_plan_workbook_layout(sheet_names: Iterable[str]) -> bool:
    """Whether sheets named so are (part of) an OA Desk plan workbook."""
    found, about = _match_sheets(RawSheet(name, []) for name in sheet_names)
    return bool(found) or about is not None


def _load_current(conn: sqlite3.Connection, spec: SheetSpec) -> _Current:
    table = models.Base.metadata.tables[spec.table]
    names = [c.name for c in table.columns]
    kinds = []
    for name in names:
        try:
            kinds.append(spec.column(name).kind)
        except KeyError:
            kinds.append(ColType.INT if name in ("seq", "parent_id") else ColType.TEXT)
    convert = [
        i for i, k in enumerate(kinds) if k in (ColType.DATE, ColType.DATETIME, ColType.BOOL)
    ]
    cols = ", ".join(f'"{n}"' for n in names)
    rows: dict[int, tuple[Any, ...]] = {}
    for raw in conn.execute(f'SELECT {cols} FROM "{spec.table}"'):
        if convert:
            items = list(raw)
            for i in convert:
                items[i] = db_to_py(items[i], kinds[i])
            raw = tuple(items)
        rows[raw[0]] = raw
    return _Current(names, rows)


class _Importer:
    def __init__(
        self, conn: sqlite3.Connection, path: Path, delete_missing: bool, job: Job
    ) -> None:
        self.conn = conn
        self.job = job
        self.delete_missing = delete_missing
        self.preview = ImportPreview(Path(path), "workbook")
        self.ctx = PlanContext.load(conn)
        self.current: dict[str, _Current] = {}
        self.parsed: dict[str, _Sheet] = {}
        self.keymaps: dict[str, dict[str, int | NewRow]] = {}
        self.alive: dict[str, set[int]] = {}

    # -- phase 1: headers, ids, keys ------------------------------------------

    def parse_sheet(self, spec: SheetSpec, sheet: RawSheet) -> None:
        header = sheet.rows[0] if sheet.rows else []
        by_name: dict[str, Column] = {}
        for col in spec.columns:
            for name in (col.header, col.zh, col.en):
                if name:
                    by_name.setdefault(normalise_header(name), col)
        cols: dict[str, int] = {}
        for index, text in enumerate(header):
            if text in ("", None):
                continue
            found = by_name.get(normalise_header(text))
            if found is None:
                self.preview.error(
                    sheet.name,
                    1,
                    column_letter(index),
                    cell_text(text),
                    "",
                    ProblemCode.UNKNOWN_COLUMN,
                    severity=Severity.WARNING,
                )
            elif found.key in cols:
                self.preview.error(
                    sheet.name,
                    1,
                    column_letter(index),
                    found.header,
                    "",
                    ProblemCode.DUPLICATE_COLUMN,
                )
            elif found.imported:
                cols[found.key] = index
        if "id" not in cols:
            self.preview.error(
                sheet.name,
                1,
                None,
                "编号 ID",
                "",
                ProblemCode.ID_COLUMN_MISSING,
            )
            return
        parsed = _Sheet(spec, sheet.name, cols)
        current = self.current[spec.table]
        seen: dict[int, int] = {}
        id_index = cols["id"]
        imported_idx = list(cols.values())
        for r, raw in enumerate(sheet.rows[1:], start=2):
            if all(raw[i] in ("", None) for i in imported_idx if i < len(raw)):
                continue
            if len(raw) < len(header):
                raw = list(raw) + [""] * (len(header) - len(raw))
            try:
                row_id = parse_int(raw[id_index]) if raw[id_index] != "" else None
            except CellError as exc:
                self.preview.error(
                    sheet.name,
                    r,
                    column_letter(id_index),
                    "编号 ID",
                    raw[id_index],
                    exc.code,
                    exc.params,
                )
                continue
            if row_id is not None:
                if row_id not in current.rows:
                    self.preview.error(
                        sheet.name,
                        r,
                        column_letter(id_index),
                        "编号 ID",
                        raw[id_index],
                        ProblemCode.ID_NOT_IN_PLAN,
                        {"id": row_id},
                    )
                    continue
                if row_id in seen:
                    self.preview.error(
                        sheet.name,
                        r,
                        column_letter(id_index),
                        "编号 ID",
                        raw[id_index],
                        ProblemCode.DUPLICATE_ID,
                        {"id": row_id, "row": seen[row_id]},
                    )
                    continue
                seen[row_id] = r
                parsed.rows.append(_Row(r, row_id, None, raw))
            else:
                parsed.rows.append(_Row(r, None, NewRow(spec.table), raw))
        self.parsed[spec.table] = parsed

    def register_keys(self) -> None:
        """Readable keys (employee no., ticket no., department path) -> row, old and new."""
        for table in REF_KEYS:
            self.keymaps[table] = {str(k): i for i, k in self.ctx.keys.get(table, {}).items()}
        for table, field_key in (("person", "employee_no"), ("ticket", "number")):
            sheet = self.parsed.get(table)
            if sheet is None or field_key not in sheet.cols:
                continue
            index = sheet.cols[field_key]
            for row in sheet.rows:
                key = clean_code(row.raw[index])
                if key:
                    self.keymaps[table][key] = row.ref
        sheet = self.parsed.get("department")
        if sheet is not None and "name" in sheet.cols:
            parent_i = sheet.cols.get("parent_id")
            name_i = sheet.cols["name"]
            paths = self.ctx.keys.get("department", {})
            for row in sheet.rows:
                parent = _path_text(row.raw[parent_i]) if parent_i is not None else ""
                if parent.startswith("#"):
                    with contextlib.suppress(ValueError):
                        parent = paths.get(int(parent[1:]), parent)
                name = cell_text(row.raw[name_i]).strip()
                path = f"{parent}/{name}" if parent else name
                self.keymaps["department"][path] = row.ref
        for table, cur in self.current.items():
            alive = set(cur.rows)
            sheet = self.parsed.get(table)
            if sheet is not None and self.delete_missing:
                alive = {r.id for r in sheet.rows if r.id is not None}
            self.alive[table] = alive
        for table in ("person", "ticket", "department"):
            if table not in self.alive:
                ids = self.ctx.keys.get(table, {})
                self.alive[table] = set(ids)

    # -- phase 2: values, references, differences -----------------------------

    def resolve(self, col: Column, raw: Any) -> int | NewRow | None:
        target = col.ref or ""
        if raw in ("", None):
            return None
        if target in REF_KEYS:
            key = _path_text(raw) if target == "department" else clean_code(raw)
            if key.startswith("#"):
                ref_id = parse_int(key[1:])
                if ref_id is None or ref_id not in self._alive(target):
                    raise CellError(ProblemCode.NO_ROW_WITH_ID, id=key[1:], table=_title(target))
                return ref_id
            found = self.keymaps[target].get(key)
            if found is None:
                raise CellError(_NOT_FOUND[target], key=key)
            if isinstance(found, int) and found not in self._alive(target):
                raise CellError(ProblemCode.DELETED_BY_IMPORT, key=key)
            return found
        ref_id = parse_int(raw)
        if ref_id is None or ref_id not in self._alive(target):
            raise CellError(ProblemCode.NO_ROW_WITH_ID, id=cell_text(raw), table=_title(target))
        return ref_id

    def _alive(self, table: str) -> set[int]:
        found = self.alive.get(table)
        if found is None:
            found = self.alive[table] = {
                r[0] for r in self.conn.execute(f'SELECT id FROM "{table}"')
            }
        return found

    def diff_sheet(self, parsed: _Sheet) -> None:
        spec = parsed.spec
        current = self.current[spec.table]
        changes = self.preview.table(
            spec.table, spec.title, {c.key: c for c in spec.columns} | _tree_cols(spec)
        )
        changes.links = dict(spec.link_table)
        changes.delete_missing = self.delete_missing
        convs = {key: converter(spec.column(key)) for key in parsed.cols if key != "id"}
        pos = {name: i for i, name in enumerate(current.names)}
        link_current = {k: self._current_links(spec, k) for k in spec.link_table}
        self.job.stage(f"Checking {parsed.name}", len(parsed.rows))
        finals: dict[int | NewRow, tuple[int, dict[str, Any]]] = {}
        self.levels: dict[int | NewRow, int] = {}
        for row in parsed.rows:
            self.job.advance()
            values: dict[str, Any] = {}
            ok = True
            for key, index in parsed.cols.items():
                if key == "id":
                    continue
                col = spec.column(key)
                raw = row.raw[index]
                try:
                    if col.kind is ColType.REF:
                        value: Any = self.resolve(col, raw)
                    elif col.kind is ColType.LINKS:
                        value = frozenset(self.resolve(col, part) for part in split_list(raw))
                    elif col.kind is ColType.PREDECESSORS:
                        value = tuple(parse_predecessors(raw))
                    elif col.kind is ColType.OUTLINE:
                        value = parse_int(raw)
                        if value is None or value < 1:
                            raise CellError(ProblemCode.OUTLINE_LEVEL_INVALID)
                        self.levels[row.ref] = value
                    else:
                        value = convs[key](raw)
                except CellError as exc:
                    self._cell_error(parsed, row, key, raw, exc.code, exc.params)
                    ok = False
                    continue
                if value is None and not col.nullable and col.is_table_column:
                    if col.default is None:
                        self._cell_error(parsed, row, key, raw, ProblemCode.VALUE_REQUIRED)
                        ok = False
                        continue
                    value = col.default
                values[key] = value
            if ok:
                finals[row.ref] = (row.excel_row, values)
        if spec.tree:
            self._tree(parsed, finals, current)
        old_index = {r.id for r in parsed.rows if r.id is not None}
        for row in parsed.rows:
            if row.ref not in finals:
                continue
            excel_row, values = finals[row.ref]
            merged = self._merged(spec, current, pos, row.id, values)
            for check in spec.checks:
                problem = check(merged)
                if problem:
                    key = problem.column
                    self._cell_error(
                        parsed, row, key, merged.get(key), problem.code, problem.params
                    )
            if row.id is None:
                plain = {k: v for k, v in values.items() if _stored(spec, k)}
                changes.inserts.append(
                    Insert(excel_row, plain, row.token or NewRow(spec.table), _label(merged))
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
                changes.updates.append(Update(row.id, excel_row, fields, _label(merged)))
        for row_id in current.rows:
            if row_id not in old_index:
                merged = dict(zip(current.names, current.rows[row_id], strict=True))
                changes.missing.append((row_id, _label(merged)))
        self._check_unique(parsed, changes, current)
        if spec.table == "task" and "predecessors" in parsed.cols:
            self._predecessors(parsed, finals)

    def _merged(
        self,
        spec: SheetSpec,
        current: _Current,
        pos: Mapping[str, int],
        row_id: int | None,
        values: Mapping[str, Any],
    ) -> dict[str, Any]:
        if row_id is None:
            merged = {c.key: c.default for c in spec.table_columns}
        else:
            merged = dict(zip(current.names, current.rows[row_id], strict=True))
        merged.update(values)
        merged["id"] = row_id
        return merged

    def _cell_error(
        self,
        parsed: _Sheet,
        row: _Row,
        key: str,
        raw: Any,
        code: ProblemCode,
        params: Mapping[str, object] | None = None,
    ) -> None:
        index = parsed.cols.get(key)
        col = parsed.spec.column(key) if key in {c.key for c in parsed.spec.columns} else None
        self.preview.error(
            parsed.name,
            row.excel_row,
            column_letter(index) if index is not None else None,
            col.header if col else key,
            raw,
            code,
            params,
        )

    def _current_links(self, spec: SheetSpec, key: str) -> dict[int, frozenset[Any]]:
        link_table, own, other = spec.link_table[key]
        out: dict[int, set[Any]] = defaultdict(set)
        for own_id, other_id in self.conn.execute(f'SELECT "{own}", "{other}" FROM "{link_table}"'):
            out[own_id].add(other_id)
        return {k: frozenset(v) for k, v in out.items()}

    def _tree(
        self,
        parsed: _Sheet,
        finals: dict[int | NewRow, tuple[int, dict[str, Any]]],
        current: _Current,
    ) -> None:
        """Parent and order among siblings from outline levels (tasks) or parents (departments)."""
        spec = parsed.spec
        outline = "outline_level" in parsed.cols
        if spec.table == "task" and not outline:
            return
        parent_pos = current.pos("parent_id")
        seq_pos = current.pos("seq")
        stack: list[tuple[int, int | NewRow]] = []
        groups: dict[Any, list[int | NewRow]] = defaultdict(list)
        for row in parsed.rows:
            entry = finals.get(row.ref)
            if outline:
                level = self.levels.get(row.ref)
                if level is None:
                    stack = []  # rows below a row without a level cannot be placed
                    continue
                while stack and stack[-1][0] >= level:
                    stack.pop()
                expected = stack[-1][0] + 1 if stack else 1
                if level > expected:
                    self._cell_error(
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
                values = entry[1]
                parent = values.get("parent_id") if "parent_id" in parsed.cols else None
                if "parent_id" not in parsed.cols and row.id is not None:
                    parent = current.rows[row.id][parent_pos]
            groups[parent].append(row.ref)
        for _parent, members in groups.items():
            old = [current.rows[m][seq_pos] if isinstance(m, int) else None for m in members]
            for ref, seq in zip(members, _assign_seq(old), strict=True):
                finals[ref][1]["seq"] = seq
        if not outline:
            self._department_cycles(parsed, finals, current)

    def _department_cycles(
        self,
        parsed: _Sheet,
        finals: dict[int | NewRow, tuple[int, dict[str, Any]]],
        current: _Current,
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
                    self._cell_error(
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

    def _check_unique(self, parsed: _Sheet, changes: TableChanges, current: _Current) -> None:
        spec = parsed.spec
        if not spec.unique:
            return
        pos = {n: i for i, n in enumerate(current.names)}
        by_id = {u.id: u for u in changes.updates}
        deleted = set(changes.deletes)
        rows_of = {r.id: r.excel_row for r in parsed.rows if r.id is not None}
        for key_cols in spec.unique:
            seen: dict[tuple[Any, ...], int | None] = {}
            for row_id, old in current.rows.items():
                if row_id in deleted:
                    continue
                upd = by_id.get(row_id)
                key = tuple(
                    upd.fields[k][1] if upd and k in upd.fields else old[pos[k]] for k in key_cols
                )
                self._unique_one(parsed, key_cols, key, rows_of.get(row_id), seen)
            for ins in changes.inserts:
                key = tuple(ins.values.get(k) for k in key_cols)
                self._unique_one(parsed, key_cols, key, ins.row, seen)

    def _unique_one(
        self,
        parsed: _Sheet,
        key_cols: tuple[str, ...],
        key: tuple[Any, ...],
        excel_row: int | None,
        seen: dict[tuple[Any, ...], int | None],
    ) -> None:
        if any(k is None for k in key):
            return
        if isinstance(key[0], str):
            key = (key[0].casefold(), *key[1:]) if len(key_cols) == 1 else key
        if key in seen:
            other = seen[key]
            index = parsed.cols.get(key_cols[-1])
            headers = " + ".join(parsed.spec.column(k).header for k in key_cols)
            code = ProblemCode.NOT_UNIQUE if other else ProblemCode.NOT_UNIQUE_ELSEWHERE
            self.preview.error(
                parsed.name,
                excel_row,
                column_letter(index) if index is not None else None,
                headers,
                ", ".join(cell_text(k) for k in key),
                code,
                {"row": other} if other else None,
            )
        else:
            seen[key] = excel_row

    def _predecessors(
        self, parsed: _Sheet, finals: dict[int | NewRow, tuple[int, dict[str, Any]]]
    ) -> None:
        """Turn edited predecessor texts into dependency rows to add, change or delete."""
        dep_spec = next(s for s in SHEETS if s.table == "dependency")
        current = self.current.get("dependency") or _load_current(self.conn, dep_spec)
        by_succ: dict[Any, dict[int, tuple[int, str, int]]] = defaultdict(dict)
        for dep_id, pred, succ, kind, lag in (
            (r[0], r[1], r[2], r[3], r[4]) for r in current.rows.values()
        ):
            by_succ[succ][pred] = (dep_id, kind, lag)
        task_ids = self._alive("task")
        edited = TableChanges("dependency", dep_spec.title, {c.key: c for c in dep_spec.columns})
        for row in parsed.rows:
            entry = finals.get(row.ref)
            if entry is None or "predecessors" not in entry[1]:
                continue
            wanted = entry[1]["predecessors"]
            old = by_succ.get(row.ref, {})
            shown = {p: (k, lag) for p, (_i, k, lag) in old.items()}
            if {p: (k, lag) for p, k, lag in wanted} == shown and len(wanted) == len(shown):
                continue
            seen_preds: set[int] = set()
            for pred, kind, lag in wanted:
                problem: ProblemCode | None = None
                if pred not in task_ids:
                    problem = ProblemCode.PREDECESSOR_NO_TASK
                elif pred == row.ref:
                    problem = ProblemCode.DEPENDS_ON_ITSELF
                elif pred in seen_preds:
                    problem = ProblemCode.PREDECESSOR_TWICE
                if problem:
                    raw = row.raw[parsed.cols["predecessors"]]
                    params = {"id": pred} if problem is not ProblemCode.DEPENDS_ON_ITSELF else None
                    self._cell_error(parsed, row, "predecessors", raw, problem, params)
                    continue
                seen_preds.add(pred)
                if pred in old:
                    dep_id, old_kind, old_lag = old[pred]
                    fields: dict[str, tuple[Any, Any]] = {}
                    if kind != old_kind:
                        fields["type"] = (old_kind, kind)
                    if lag != old_lag:
                        fields["lag"] = (old_lag, lag)
                    if fields:
                        edited.updates.append(Update(dep_id, row.excel_row, fields, f"{pred}→"))
                else:
                    edited.inserts.append(
                        Insert(
                            row.excel_row,
                            {
                                "predecessor_id": pred,
                                "successor_id": row.ref,
                                "type": kind,
                                "lag": lag,
                            },
                            NewRow("dependency"),
                            f"{pred} → {_task_label(row)}",
                        )
                    )
            for pred, (dep_id, _k, _l) in old.items():
                if pred not in seen_preds:
                    edited.forced_deletes.append(dep_id)
        if not (edited.inserts or edited.updates or edited.forced_deletes):
            return
        sheet_changes = self.preview.tables.get("dependency")
        if sheet_changes is not None and (
            sheet_changes.inserts or sheet_changes.updates or sheet_changes.deletes
        ):
            self.preview.error(
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
        self.preview.tables["dependency"] = edited

    # -- the About sheet -------------------------------------------------------

    def about(self, sheet: RawSheet | None) -> None:
        if sheet is None:
            self.preview.note(ProblemCode.NOTE_NO_ABOUT_SHEET)
            return
        labels = {normalise_header(f"{zh} {en}"): key for key, zh, en in PLAN_FIELDS}
        labels.update({normalise_header(en): key for key, _zh, en in PLAN_FIELDS})
        version_label = normalise_header(ABOUT_FORMAT[1])
        plan = self.conn.execute(
            "SELECT " + ", ".join(k for k, _z, _e in PLAN_FIELDS) + " FROM plan WHERE id = 1"
        ).fetchone()
        if plan is None:
            return
        old = dict(zip([k for k, _z, _e in PLAN_FIELDS], plan, strict=True))
        for r, row in enumerate(sheet.rows[1:], start=2):
            if len(row) < 2:
                continue
            label = normalise_header(row[0])
            if label == version_label:
                version = parse_int(row[1]) if row[1] not in ("", None) else None
                if version is not None and version > FORMAT_VERSION:
                    self.preview.error(
                        sheet.name,
                        r,
                        "B",
                        ABOUT_FORMAT[1],
                        row[1],
                        ProblemCode.NEWER_FORMAT,
                        {"version": version, "supported": FORMAT_VERSION},
                    )
                continue
            key = labels.get(label)
            if key is None:
                continue
            try:
                if key in ("start_date", "target_go_live"):
                    new: Any = parse_date(row[1])
                    before: Any = db_to_py(old[key], ColType.DATE)
                else:
                    new = cell_text(row[1])
                    before = old[key]
            except CellError as exc:
                self.preview.error(
                    sheet.name, r, "B", cell_text(row[0]), row[1], exc.code, exc.params
                )
                continue
            if key == "name" and not new:
                self.preview.error(
                    sheet.name, r, "B", cell_text(row[0]), "", ProblemCode.PLAN_NAME_REQUIRED
                )
                continue
            if not same_value(before, new, ColType.TEXT):
                self.preview.plan_fields[key] = (before, new)
        start = self.preview.plan_fields.get("start_date", (None, old["start_date"]))[1]
        live = self.preview.plan_fields.get("target_go_live", (None, old["target_go_live"]))[1]
        start = db_to_py(start, ColType.DATE) if isinstance(start, str) else start
        live = db_to_py(live, ColType.DATE) if isinstance(live, str) else live
        if start is not None and live is not None and start > live:
            self.preview.error(
                sheet.name, None, "B", ABOUT_TITLE, "", ProblemCode.START_AFTER_GO_LIVE
            )


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


def _assign_seq(old: list[int | None]) -> list[int]:
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
    return list(range(len(old)))


def _label(values: Mapping[str, Any]) -> str:
    parts = []
    for key in _LABEL_KEYS:
        value = values.get(key)
        if value:
            parts.append(cell_text(value))
        if len(parts) == 2:
            break
    return " ".join(parts) or (f"#{values['id']}" if values.get("id") else "")


def _task_label(row: _Row) -> str:
    return f"#{row.id}" if row.id is not None else f"row {row.excel_row}"


def _path_text(value: Any) -> str:
    parts = re.split(r"\s*[/／\\>＞]\s*", clean_code(value))
    return "/".join(p for p in parts if p)


def preview_plan_workbook(
    conn: sqlite3.Connection,
    path: Path | str,
    *,
    delete_missing: bool = False,
    job: Job | None = None,
    sheets: list[RawSheet] | None = None,
) -> ImportPreview:
    """Compare a plan workbook with the plan behind ``conn``; write nothing.

    ``path`` must have passed the safety check (the service does it).
    ``delete_missing`` turns the rows a sheet no longer has into deletions.
    """
    job = ensure_job(job)
    path = Path(path)
    job.stage("Reading the workbook")
    raw_sheets = sheets if sheets is not None else read_xlsx(path)
    found, about = _match_sheets(raw_sheets)
    importer = _Importer(conn, path, delete_missing, job)
    if not found:
        importer.preview.error(
            path.name,
            None,
            None,
            None,
            "",
            ProblemCode.NOT_A_PLAN_WORKBOOK,
        )
        return importer.preview
    for spec in SHEETS:
        if spec.table in found or spec.table == "dependency":
            importer.current[spec.table] = _load_current(conn, spec)
    for spec in SHEETS:
        if spec.table in found:
            importer.parse_sheet(spec, found[spec.table])
        else:
            importer.preview.note(ProblemCode.NOTE_SHEET_NOT_IN_FILE, {"sheet": spec.title})
    importer.register_keys()
    for spec in SHEETS:
        if spec.table in importer.parsed:
            importer.diff_sheet(importer.parsed[spec.table])
    importer.about(about)
    for name in list(importer.preview.tables):
        if not importer.preview.tables[name] and not importer.preview.tables[name].missing:
            del importer.preview.tables[name]
    take_fingerprint(conn, importer.preview)
    return importer.preview
