"""Reading a plan workbook back (edited in Excel, WPS or LibreOffice) into a preview.

Rows with an ID update that row, rows without one are added, rows the sheet no
longer has are reported (and deleted only when asked). In a table the plan has
no rows of (a new plan copied or seeded from a workbook), a row with an ID is
added with that ID, and the references that name it find it. A sheet missing from the
file leaves its table alone. Task hierarchy comes from the outline level and
row order; predecessors ("12FS+2d, 15SS") and the Dependencies sheet both
describe links, and an import that edits both differently is refused.

Nothing here reads or writes the database. The service reads the file
(:func:`read_plan_workbook`), reads what :attr:`PlanWorkbook.reads` asks for from
the plan, then calls :func:`preview_plan_workbook` with it; the steps live in
``headers`` (sheets, columns, ids), ``keys`` (references), ``rows`` (values and
differences), ``tree``, ``links`` and ``about``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from oa_desk.exchange.changeset import ImportPreview
from oa_desk.exchange.current import CurrentPlan, Reads
from oa_desk.exchange.plan_import.about import PLAN_KEYS, read_about
from oa_desk.exchange.plan_import.headers import (
    csv_sheet_spec,
    is_plan_workbook_layout,
    match_sheets,
    parse_sheet,
)
from oa_desk.exchange.plan_import.keys import register_keys
from oa_desk.exchange.plan_import.rows import diff_sheet
from oa_desk.exchange.plan_import.state import WorkbookImport
from oa_desk.exchange.problems import ProblemCode
from oa_desk.exchange.progress import Job, ensure_job
from oa_desk.exchange.sheets import RawSheet, fill_merged, read_csv, read_xlsx
from oa_desk.exchange.spec import REF_KEYS, SHEETS, ColType, sheet_by_table

__all__ = [
    "PlanWorkbook",
    "csv_sheet_spec",
    "is_plan_workbook_layout",
    "preview_plan_workbook",
    "read_plan_csv",
    "read_plan_workbook",
]


@dataclass(frozen=True)
class PlanWorkbook:
    """A plan workbook as read from its file: its sheets by table, and its About sheet."""

    path: Path
    sheets: Mapping[str, RawSheet]
    about: RawSheet | None
    # Sheets found by their headers, their names not a plan sheet's (renamed): table ->
    # name; and the sheets that are no plan sheet at all (left out).
    by_headers: Mapping[str, str] = field(default_factory=dict)
    left_out: tuple[str, ...] = ()

    @property
    def reads(self) -> Reads:
        """What the preview needs from the plan: the tables of the sheets found (and those
        their readable keys and links come from), the ids their references name."""
        found = set(self.sheets)
        if not found:
            return Reads()
        tables = found | set(REF_KEYS)
        if "task" in found:
            tables.add("dependency")
        refs = {
            col.ref
            for table in found
            for col in sheet_by_table(table).columns
            if col.ref and col.kind in (ColType.REF, ColType.LINKS)
        }
        links = {link for table in found for link in sheet_by_table(table).link_table.values()}
        return Reads(
            frozenset(tables),
            frozenset(refs - tables),
            frozenset(links),
            (*PLAN_KEYS, "created_at"),
        )


def read_plan_workbook(
    path: Path | str, *, job: Job | None = None, sheets: list[RawSheet] | None = None
) -> PlanWorkbook:
    """Read a plan workbook's sheets (``path`` has passed the safety check)."""
    job = ensure_job(job)
    job.stage("Reading the workbook")
    every = sheets if sheets is not None else read_xlsx(path)
    found, about = match_sheets(every)
    by_headers: dict[str, str] = {}
    left_out = []
    for sheet in every:
        if sheet is about or any(sheet is s for s in found.values()):
            continue
        spec = csv_sheet_spec(sheet)  # a sheet renamed: its headers say which it is
        if spec is not None and spec.table not in found:
            found[spec.table] = sheet
            by_headers[spec.table] = sheet.name
        elif any(cell not in ("", None) for row in sheet.rows for cell in row):
            left_out.append(sheet.name)
    for sheet in found.values():
        fill_merged(sheet)  # a merged range shows its value in each of its cells
    return PlanWorkbook(Path(path), found, about, by_headers, tuple(left_out))


def read_plan_csv(path: Path | str, *, job: Job | None = None) -> PlanWorkbook:
    """A plan-workbook sheet saved as CSV, as a workbook of that one sheet.

    Its rows are matched by their ID column like the sheet's; a CSV whose
    headers are no plan-workbook sheet's gives a workbook of no sheets (which
    the preview reports as not a plan workbook).
    """
    job = ensure_job(job)
    job.stage("Reading the workbook")
    sheet = read_csv(path)
    spec = csv_sheet_spec(sheet)
    return PlanWorkbook(Path(path), {spec.table: sheet} if spec else {}, None)


def preview_plan_workbook(
    workbook: PlanWorkbook,
    plan: CurrentPlan,
    *,
    delete_missing: bool = False,
    job: Job | None = None,
) -> ImportPreview:
    """Compare a plan workbook with the plan (as ``workbook.reads`` asked); write nothing.

    ``delete_missing`` turns the rows a sheet no longer has into deletions.
    """
    job = ensure_job(job)
    state = WorkbookImport(plan, workbook.path, delete_missing, job)
    if not workbook.sheets:
        state.preview.error(
            workbook.path.name, None, None, None, "", ProblemCode.NOT_A_PLAN_WORKBOOK
        )
        return state.preview
    for spec in SHEETS:
        if spec.table in workbook.sheets:
            parse_sheet(state, spec, workbook.sheets[spec.table])
            if spec.table in workbook.by_headers:
                state.preview.note(
                    ProblemCode.NOTE_SHEET_BY_HEADERS,
                    {"name": workbook.by_headers[spec.table], "sheet": spec.title},
                )
        else:
            state.preview.note(ProblemCode.NOTE_SHEET_NOT_IN_FILE, {"sheet": spec.title})
    for name in workbook.left_out:
        state.preview.note(ProblemCode.NOTE_SHEET_LEFT_OUT, {"name": name})
    register_keys(state)
    for spec in SHEETS:
        if spec.table in state.parsed:
            diff_sheet(state, state.parsed[spec.table])
    read_about(state, workbook.about)
    for name in list(state.preview.tables):
        if not state.preview.tables[name] and not state.preview.tables[name].missing:
            del state.preview.tables[name]
    return state.preview
