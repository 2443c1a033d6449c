"""Step 1 of a plan-workbook import: which sheet is which, their headers, their ids."""

from __future__ import annotations

from collections.abc import Iterable

from oa_desk.exchange.changeset import NewRow, Severity
from oa_desk.exchange.convert import normalise_header
from oa_desk.exchange.normalize import CellError, cell_text, parse_int
from oa_desk.exchange.plan_import.state import ParsedSheet, SheetRow, WorkbookImport
from oa_desk.exchange.problems import ProblemCode
from oa_desk.exchange.sheets import RawSheet, column_letter
from oa_desk.exchange.spec import SHEETS, Column, SheetSpec
from oa_desk.exchange.workbook import ABOUT_TITLE

__all__ = ["csv_sheet_spec", "is_plan_workbook_layout", "match_sheets", "parse_sheet"]

_ID_HEADER = "编号 ID"


def match_sheets(sheets: Iterable[RawSheet]) -> tuple[dict[str, RawSheet], RawSheet | None]:
    """The file's sheets by the table they hold, and its About sheet (if any)."""
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


_TITLE_ROWS = 5  # rows a user may put above a sheet's header (a title, a note)


def header_index(sheet: RawSheet) -> int:
    """The row (from 0) of a sheet's header: the first of its top rows with the ID
    column (a title typed above the header moves it down), else the first row."""
    wanted = normalise_header(_ID_HEADER)
    for index, row in enumerate(sheet.rows[: _TITLE_ROWS + 1]):
        if any(normalise_header(c) == wanted for c in row if isinstance(c, str)):
            return index
    return 0


def csv_sheet_spec(sheet: RawSheet) -> SheetSpec | None:
    """The plan-workbook sheet a CSV holds, told by its header row; None for another file.

    A sheet saved as CSV (Excel's, LibreOffice's or WPS's "Save As CSV") keeps its
    headers but not its name. It is that sheet when its header row has the ID column
    and at least half of the sheet's other columns (the one matching most wins).
    """
    header = {
        normalise_header(h) for h in (sheet.rows[header_index(sheet)] if sheet.rows else []) if h
    }
    if normalise_header(_ID_HEADER) not in header:
        return None
    best: tuple[int, SheetSpec] | None = None
    for spec in SHEETS:
        cols = [c for c in spec.columns if c.key != "id"]
        hits = sum(
            1 for c in cols if header & {normalise_header(n) for n in (c.header, c.zh, c.en) if n}
        )
        if hits * 2 >= len(cols) and (best is None or hits > best[0]):
            best = (hits, spec)
    return best[1] if best else None


def is_plan_workbook_layout(sheet_names: Iterable[str]) -> bool:
    """Whether sheets named so are (part of) an OA Desk plan workbook."""
    found, about = match_sheets(RawSheet(name, []) for name in sheet_names)
    return bool(found) or about is not None


def _columns(
    state: WorkbookImport, spec: SheetSpec, sheet: RawSheet, at: int
) -> dict[str, int] | None:
    """Column key -> index from the header row (``at``, from 0); None when there is
    no ID column."""
    header = sheet.rows[at] if sheet.rows else []
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
            state.preview.error(
                sheet.name,
                at + 1,
                column_letter(index),
                cell_text(text),
                "",
                ProblemCode.UNKNOWN_COLUMN,
                severity=Severity.WARNING,
            )
        elif found.key in cols:
            state.preview.error(
                sheet.name,
                at + 1,
                column_letter(index),
                found.header,
                "",
                ProblemCode.DUPLICATE_COLUMN,
            )
        elif found.imported:
            cols[found.key] = index
    if "id" not in cols:
        state.preview.error(sheet.name, at + 1, None, _ID_HEADER, "", ProblemCode.ID_COLUMN_MISSING)
        return None
    return cols


_MAX_ID = 2**31 - 1  # an id PostgreSQL's integer column holds


def parse_sheet(state: WorkbookImport, spec: SheetSpec, sheet: RawSheet) -> None:
    """Read a sheet's header and each row's ID: the rows it edits and the rows it adds."""
    at = header_index(sheet)
    cols = _columns(state, spec, sheet, at)
    if cols is None:
        return
    header_len = len(sheet.rows[at]) if sheet.rows else 0
    parsed = ParsedSheet(spec, sheet.name, cols, no_value=sheet.no_value)
    current = state.current[spec.table]
    seen: dict[int, int] = {}
    id_index = cols["id"]
    imported_idx = list(cols.values())
    for r, raw in enumerate(sheet.rows[at + 1 :], start=at + 2):
        if all(raw[i] in ("", None) for i in imported_idx if i < len(raw)):
            continue
        if len(raw) < header_len:
            raw = list(raw) + [""] * (header_len - len(raw))
        letter = column_letter(id_index)
        try:
            row_id = parse_int(raw[id_index]) if raw[id_index] != "" else None
        except CellError as exc:
            state.preview.error(
                sheet.name, r, letter, _ID_HEADER, raw[id_index], exc.code, exc.params
            )
            continue
        if row_id is None:
            parsed.rows.append(SheetRow(r, None, NewRow(spec.table), raw))
            continue
        if (
            row_id not in current.rows
            and not current.rows
            and row_id not in seen
            and 0 < row_id <= _MAX_ID
        ):
            # The plan has no rows of this table (a new plan seeded from a workbook):
            # the row is added, and references to its ID name it.
            seen[row_id] = r
            token = NewRow(spec.table, wanted=row_id)
            state.seeded.setdefault(spec.table, {})[row_id] = token
            parsed.rows.append(SheetRow(r, None, token, raw, sheet_id=row_id))
            continue
        if row_id not in current.rows and row_id not in seen:
            state.preview.error(
                sheet.name,
                r,
                letter,
                _ID_HEADER,
                raw[id_index],
                ProblemCode.ID_NOT_IN_PLAN,
                {"id": row_id},
            )
            continue
        if row_id in seen:
            state.preview.error(
                sheet.name,
                r,
                letter,
                _ID_HEADER,
                raw[id_index],
                ProblemCode.DUPLICATE_ID,
                {"id": row_id, "row": seen[row_id]},
            )
            continue
        seen[row_id] = r
        parsed.rows.append(SheetRow(r, row_id, None, raw))
    state.parsed[spec.table] = parsed
