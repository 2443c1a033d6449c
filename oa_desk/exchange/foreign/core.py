"""Previews of imports from sheets OA Desk did not make (rosters, usage exports...).

Rows are matched to the plan by a natural key (employee number; department
path; department + date ...): a match updates only the mapped fields that
differ, anything else is added. Department paths such as 总部/财务部/会计科
match the tree or create the missing departments. Nothing is written here, and
nothing is read from the database: the plan's rows come in as a
:class:`~oa_desk.exchange.current.CurrentPlan` (see :func:`reads_for`).

This module is the machinery every kind shares (reading the mapped columns,
converting cells, looking people and departments up, merging by key); what
each kind does with its rows is its own module, found through
``oa_desk.exchange.foreign.registry``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from operator import itemgetter
from pathlib import Path
from typing import Any

from oa_desk.domain import checks
from oa_desk.exchange.changeset import (
    ImportPreview,
    Insert,
    NewRow,
    Severity,
    TableChanges,
    Update,
    same_value,
)
from oa_desk.exchange.convert import converter, normalise_header
from oa_desk.exchange.current import CurrentPlan, CurrentTable, Reads
from oa_desk.exchange.foreign.base import FieldSpec, ForeignKind, ImportKind, KeyedRow
from oa_desk.exchange.foreign.paths import DepartmentPaths
from oa_desk.exchange.foreign.registry import kind_of
from oa_desk.exchange.mapping import ColumnMapping
from oa_desk.exchange.normalize import (
    CellError,
    cell_text,
    clean_code,
    employee_no_key,
    parse_employee_no,
    unprotected,
    zero_padded,
    zeroless_index,
)
from oa_desk.exchange.problems import ProblemCode
from oa_desk.exchange.progress import Job, ensure_job
from oa_desk.exchange.schema import TABLES
from oa_desk.exchange.sheets import RawSheet, column_letter, zero_pad_width
from oa_desk.exchange.spec import ColType, Column, sheet_by_table
from oa_desk.exchange.summary_rows import is_summary_row

__all__ = ["ForeignImport", "is_summary_row", "preview_foreign", "reads_for"]

# Fields holding codes, numbers and addresses: full-width digits and letters to ASCII.
_CODE_LIKE = {"phone", "email", "code", "head", "raised_by", "owner", "ref", "wbs"}


def reads_for(kind: ImportKind | str) -> Reads:
    """What a preview of ``kind`` needs from the plan."""
    found = kind_of(ImportKind(kind))
    return Reads(frozenset({"department", "person", *found.reads}))


class ForeignImport:
    """One foreign sheet imported as one kind: the :class:`~.base.Context` kinds build with."""

    def __init__(
        self,
        kind: ForeignKind,
        plan: CurrentPlan,
        sheet: RawSheet,
        mapping: ColumnMapping,
        source: Path,
        formats: Mapping[int, str],
        job: Job,
    ) -> None:
        self.kind = kind
        self.plan = plan
        self.sheet = sheet
        self.mapping = mapping
        self.job = job
        self.preview = ImportPreview(source, mapping.kind.value)
        self.departments = DepartmentPaths(plan.table("department"), self.preview)
        self.fields: dict[str, FieldSpec] = {f.key: f for f in kind.fields}
        self.convs: dict[str, Callable[[Any], Any]] = {
            key: converter(
                Column(
                    key, f.zh, f.en, f.kind, enum=f.enum, low=0 if f.kind is ColType.INT else None
                ),
                verbatim_text=False,
            )
            for key, f in self.fields.items()
        }
        for key in _CODE_LIKE & set(self.convs):
            self.convs[key] = clean_code
        # A CSV keeps a code's leading zeros as ="00123" or '00123 (unprotected).
        self.protected = (
            (_CODE_LIKE | {"employee_no"}) & set(mapping.columns)
            if sheet.encoding is not None
            else set()
        )
        self.convs.update(kind.converters)
        columns = {c.name: c for c in TABLES[kind.table].columns}
        self.lengths = {
            k: length
            for k in mapping.columns
            if k in columns and (length := columns[k].length) is not None
        }
        self._people: dict[str, int] | None = None
        self._zeroless: dict[str, list[str]] | None = None
        self.number_warned: set[str] = set()
        self.required = [k for k, f in self.fields.items() if f.required and k in mapping.columns]
        col = mapping.columns.get("employee_no")
        self.employee_width = zero_pad_width(formats.get(col, "")) if col is not None else None
        # Excel row -> the mapped fields whose cell holds a formula with no value (saved
        # by a program that did not calculate it): never read as blank.
        self.no_value: dict[int, set[str]] = {}

    # -- Context: cells and problems -------------------------------------------

    def mapped(self, key: str) -> bool:
        return key in self.mapping.columns

    def problem(
        self,
        row: int,
        key: str | None,
        value: Any,
        code: ProblemCode,
        params: Mapping[str, object] | None = None,
        severity: Severity = Severity.ERROR,
    ) -> None:
        col = self.mapping.columns.get(key) if key else None
        header = self.mapping.headers.get(key, self.fields[key].label) if key else None
        self.preview.error(
            self.sheet.name,
            row,
            column_letter(col) if col is not None else None,
            header,
            value,
            code,
            params,
            severity,
        )

    def cell_problem(self, row: int, key: str | None, value: Any, exc: CellError) -> None:
        self.problem(row, key, value, exc.code, exc.params)

    def rows(self) -> list[tuple[int, dict[str, Any]]]:
        """(Excel row, raw value per mapped field) for each data row below the header."""
        header = [normalise_header(v) for v in self.sheet.rows[self.mapping.header_row - 1]]
        keys = list(self.mapping.columns)
        cols = list(self.mapping.columns.values())
        if not keys:
            return []
        probe_col = cols[0]
        probe = header[probe_col] if probe_col < len(header) else ""
        # ASCII text normalises to ASCII, so it can never repeat a non-ASCII header
        # such as 工号: skip normalising those cells (employee numbers) on every row.
        probe_ascii = probe.isascii()
        widest = max(cols)
        take = itemgetter(*cols) if len(cols) > 1 else (lambda r: (r[probe_col],))
        out = []
        skipped: list[int] = []
        for index in range(self.mapping.header_row, len(self.sheet.rows)):
            raw = self.sheet.rows[index]
            if len(raw) > widest:
                cells = take(raw)
            else:
                cells = tuple(raw[c] if c < len(raw) else "" for c in cols)
            first = cells[0]
            if not (first.strip() if type(first) is str else first is not None) and not any(
                v.strip() if type(v) is str else v is not None for v in cells
            ):
                continue  # blank in every mapped column
            if (
                isinstance(first, str)
                and (probe_ascii or not first.isascii())
                and normalise_header(first) == probe
                and [normalise_header(v) for v in raw] == header
            ):
                continue  # a header repeated on every printed page
            if is_summary_row(raw):
                skipped.append(index + 1)
                continue
            if self.sheet.no_value:
                no_value = self.sheet.no_value
                blank = {k for k, c in zip(keys, cols, strict=True) if (index, c) in no_value}
                if blank:
                    self.no_value[index + 1] = blank
            out.append((index + 1, dict(zip(keys, cells, strict=True))))
        if skipped:
            shown = ", ".join(map(str, skipped[:10])) + ("…" if len(skipped) > 10 else "")
            self.preview.note(
                ProblemCode.NOTE_SUMMARY_ROWS_SKIPPED, {"count": len(skipped), "rows": shown}
            )
        return out

    def convert(self, row: int, raw: dict[str, Any]) -> dict[str, Any] | None:
        values: dict[str, Any] = {}
        ok = True
        convs = self.convs
        protected = self.protected
        blank = self.no_value.get(row, ())
        for key, value in raw.items():
            if key in blank:
                # Not read as blank (a default, or "a value is required"): the user types it.
                self.problem(row, key, "", ProblemCode.FORMULA_WITHOUT_VALUE_NEW)
                ok = False
                continue
            if key in protected:
                value = unprotected(value)
            try:
                new = self.employee_no(row, value) if key == "employee_no" else convs[key](value)
            except CellError as exc:
                self.cell_problem(row, key, value, exc)
                ok = False
                continue
            values[key] = new
        for key in self.required:
            # checks.required, for text the converters have trimmed already
            if values.get(key) in (None, "") and key not in blank:
                if ok:
                    self.problem(row, key, raw.get(key, ""), ProblemCode.VALUE_REQUIRED)
                ok = False
        return values if ok else None

    def employee_no(self, row: int, value: Any) -> str:
        width = self.employee_width
        text, was_number = parse_employee_no(value, width)
        padded = self.zeros_matched(row, "employee_no", value, text)
        if padded is not None:
            return padded
        if was_number and not width and "employee_no" not in self.number_warned:
            self.number_warned.add("employee_no")
            self.problem(
                row,
                "employee_no",
                value,
                ProblemCode.EMPLOYEE_NO_AS_NUMBER,
                severity=Severity.WARNING,
            )
        return text

    def zeros_matched(self, row: int, key: str, value: Any, text: str) -> str | None:
        """The plan's one employee number that ``text`` is once zero-padded
        (:func:`~oa_desk.exchange.normalize.zero_padded`), with a warning naming the
        cell; None when there is not exactly one."""
        if self._zeroless is None:
            people = self.plan.table("person")
            number = people.pos("employee_no")
            self._zeroless = zeroless_index(r[number] for r in people.rows.values())
        found = zero_padded(text, self._zeroless)
        if found is None:
            return None
        self.problem(
            row,
            key,
            value,
            ProblemCode.EMPLOYEE_NO_ZEROS_MATCHED,
            {"value": text, "key": found},
            Severity.WARNING,
        )
        return found

    def converted(self) -> list[tuple[int, dict[str, Any]]]:
        out = []
        raw_rows = self.rows()
        self.job.stage(f"Checking {self.sheet.name}", len(raw_rows))
        for excel_row, raw in raw_rows:
            self.job.advance()
            values = self.convert(excel_row, raw)
            if values is not None:
                out.append((excel_row, values))
        return self._within_lengths(out)

    def _within_lengths(
        self, rows: list[tuple[int, dict[str, Any]]]
    ) -> list[tuple[int, dict[str, Any]]]:
        """The rows whose text fits its column (checks.text_fits); the others reported.

        A column at a time: one pass finds the longest text, and only a column
        holding one too long is looked at row by row.
        """
        for key, length in self.lengths.items():
            texts = (v.get(key) for _r, v in rows)
            if max((len(t) for t in texts if type(t) is str), default=0) <= length:
                continue
            kept = []
            for excel_row, values in rows:
                finding = checks.text_fits(key, values.get(key), length)
                if finding is None:
                    kept.append((excel_row, values))
                else:
                    code = ProblemCode(finding.code.value)
                    self.problem(excel_row, key, values[key], code, finding.params)
            rows = kept
        return rows

    # -- Context: the plan -------------------------------------------------------

    def current(self, table: str) -> CurrentTable:
        return self.plan.table(table)

    def changes(self, table: str) -> TableChanges:
        spec = sheet_by_table(table)
        return self.preview.table(table, spec.title, {c.key: c for c in spec.columns})

    def person(self, row: int, key: str, value: Any) -> int | None:
        if value in ("", None):
            return None
        if self._people is None:
            people = self.plan.table("person")
            number, name_pos = people.pos("employee_no"), people.pos("name")
            self._people = {}
            names: dict[str, list[int]] = defaultdict(list)
            for ident, r in people.rows.items():
                self._people[r[number]] = ident
                names[r[name_pos].strip()].append(ident)
            for name, ids in names.items():
                if len(ids) == 1 and name not in self._people:
                    self._people[name] = ids[0]
        text = clean_code(cell_text(value))
        found = self._people.get(text)
        if found is None:  # "1.0" names employee no. "1" (normalize.employee_no_key)
            found = self._people.get(employee_no_key(value))
        if found is None and (padded := self.zeros_matched(row, key, value, text)):
            found = self._people.get(padded)
        if found is None:
            self.problem(row, key, value, ProblemCode.NO_PERSON_NAMED, {"key": text})
        return found

    def department(self, row: int, key: str, value: Any) -> int | NewRow | None:
        try:
            return self.departments.resolve(value, row)
        except CellError as exc:
            self.cell_problem(row, key, value, exc)
            return None

    def merge(
        self,
        table: str,
        key_cols: tuple[str, ...],
        rows: list[KeyedRow],
        defaults: dict[str, Any],
    ) -> None:
        spec = sheet_by_table(table)
        cols = {c.key: c for c in spec.columns}
        changes = self.changes(table)
        current = self.plan.table(table)
        names = [c.key for c in spec.table_columns] + (["parent_id", "seq"] if spec.tree else [])
        pos = {n: current.pos(n) for n in dict.fromkeys(names) if n != "id"}
        key_pos = [pos[k] for k in key_cols]
        existing = {tuple(r[p] for p in key_pos): ident for ident, r in current.rows.items()}
        seen: dict[tuple[Any, ...], int] = {}
        self.job.stage(f"Matching {spec.title}", len(rows))
        label_keys = ("employee_no", "name", "pain_point")
        advance = self.job.advance
        for excel_row, values, key in rows:
            advance()
            if key in seen:
                self.problem(
                    excel_row,
                    next(iter(self.mapping.columns), None),
                    ", ".join(cell_text(k) for k in key if not isinstance(k, NewRow)),
                    ProblemCode.DUPLICATE_ROW,
                    {"row": seen[key], "table": spec.title},
                )
                continue
            seen[key] = excel_row
            label = " ".join(
                [v if type(v) is str else cell_text(v) for k in label_keys if (v := values.get(k))]
            ) or ", ".join(cell_text(k) for k in key if not isinstance(k, NewRow))
            ident = existing.get(key)
            if ident is None:
                changes.inserts.append(
                    Insert(excel_row, {**defaults, **values}, NewRow(table), label)
                )
                continue
            old = current.rows[ident]
            fields = {
                k: (old[pos[k]], v)
                for k, v in values.items()
                if k in pos
                and not same_value(old[pos[k]], v, cols[k].kind if k in cols else ColType.INT)
            }
            if fields:
                changes.updates.append(Update(ident, excel_row, fields, label))

    # -- the import ----------------------------------------------------------------

    def run(self) -> ImportPreview:
        missing = self.mapping.missing_required()
        if missing:
            for spec in missing:
                self.preview.error(
                    self.sheet.name,
                    self.mapping.header_row,
                    None,
                    spec.label,
                    "",
                    ProblemCode.COLUMN_NOT_MAPPED,
                    {"field": spec.label},
                )
            self.preview.sort_problems()
            return self.preview
        self.kind.build(self)
        if self.mapping.skip_invalid:
            left_out = self.preview.leave_out_invalid_rows()
            if left_out:
                shown = ", ".join(map(str, left_out[:10])) + ("…" if len(left_out) > 10 else "")
                self.preview.note(
                    ProblemCode.NOTE_ROWS_LEFT_OUT, {"count": len(left_out), "rows": shown}
                )
        for name in [n for n, t in self.preview.tables.items() if not t]:
            del self.preview.tables[name]
        self.preview.sort_problems()  # the preview and the error workbook list them so
        return self.preview


def preview_foreign(
    plan: CurrentPlan,
    sheet: RawSheet,
    mapping: ColumnMapping,
    *,
    source: Path,
    number_formats: Mapping[int, str] | None = None,
    job: Job | None = None,
) -> ImportPreview:
    """What importing ``sheet`` as ``mapping.kind`` would change; writes nothing.

    ``plan`` holds what :func:`reads_for` asks for ``mapping.kind``.
    """
    kind = kind_of(mapping.kind)
    runner = ForeignImport(
        kind, plan, sheet, mapping, source, number_formats or {}, ensure_job(job)
    )
    return runner.run()
