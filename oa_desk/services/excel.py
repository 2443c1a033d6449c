"""Excel use cases: export, templates, imports (preview then apply), the weekly report.

Each function is one user intent. Reads run in one read session (one
consistent view of the plan); an import's apply runs in one write
transaction, so it lands whole or not at all, and cancelling (``job.cancel()``)
or any error leaves the plan unchanged. Files are written beside their target
and renamed into place.

For the gui: run these on a worker thread with a :class:`~oa_desk.exchange.progress.Job`
whose callback forwards :class:`~oa_desk.exchange.progress.ProgressUpdate` to a
progress dialog, and whose ``cancel()`` the dialog's Cancel button calls.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from oa_desk.domain.changes import Changes
from oa_desk.exchange.changeset import ImportPreview, apply_preview
from oa_desk.exchange.mapping import ColumnMapping, ImportKind
from oa_desk.exchange.progress import Job, ensure_job
from oa_desk.exchange.safety import (
    RefusalReason,
    SpreadsheetKind,
    SpreadsheetRefused,
    check_spreadsheet,
)
from oa_desk.exchange.sheets import RawSheet
from oa_desk.exchange.spec import PLAN_FIELDS, SHEETS, SheetSpec, sheet_by_table
from oa_desk.store.planfile import PlanStore

__all__ = [
    "apply_import",
    "check_file",
    "export_workbook",
    "preview_foreign_import",
    "preview_lines",
    "preview_workbook_import",
    "propose_foreign_mapping",
    "read_foreign",
    "write_error_workbook",
    "write_template",
]


def _raw(session: Session) -> sqlite3.Connection:
    """The sqlite3 connection under a session (inside the session's transaction)."""
    conn: Any = session.connection().connection.driver_connection
    return conn  # type: ignore[no-any-return]


@contextmanager
def _reading(store: PlanStore) -> Iterator[sqlite3.Connection]:
    with store.read() as session:
        yield _raw(session)


def export_workbook(store: PlanStore, path: Path | str, *, job: Job | None = None) -> int:
    """Write the whole plan to one .xlsx (About + one sheet per entity); return rows written."""
    from oa_desk.exchange.plan_rows import PlanContext
    from oa_desk.exchange.workbook import SheetRows, write_plan_workbook

    job = ensure_job(job)
    job.stage("Reading the plan")
    with _reading(store) as conn:
        ctx = PlanContext.load(conn)
        keys = [k for k, _z, _e in PLAN_FIELDS]
        row = conn.execute(f"SELECT {', '.join(keys)} FROM plan WHERE id = 1").fetchone()
        plan = dict(zip(keys, row, strict=True)) if row else {}
        for key in ("start_date", "target_go_live"):
            if plan.get(key):
                import datetime as dt

                plan[key] = dt.date.fromisoformat(plan[key][:10])
        sheets = [SheetRows(spec, ctx.sheet_rows(spec), ctx.row_count(spec)) for spec in SHEETS]
        write_plan_workbook(path, plan, sheets, job)
        return sum(s.count for s in sheets)


def write_template(path: Path | str, tables: Sequence[str] | None = None) -> None:
    """Blank sheets (all, or the named tables) with the workbook's headers and drop-downs."""
    from oa_desk.exchange.workbook import write_template as write

    specs: list[SheetSpec] = (
        [sheet_by_table(t) for t in tables] if tables is not None else list(SHEETS)
    )
    write(path, specs)


def check_file(path: Path | str) -> SpreadsheetKind:
    """Safety pre-check of a file the user picked (raises SpreadsheetRefused)."""
    return check_spreadsheet(path)


def preview_workbook_import(
    store: PlanStore,
    path: Path | str,
    *,
    delete_missing: bool = False,
    job: Job | None = None,
) -> ImportPreview:
    """What importing a plan workbook would change; writes nothing.

    Raises :class:`SpreadsheetRefused` for an unsafe or unreadable file.
    """
    from oa_desk.exchange.plan_import import preview_plan_workbook

    kind = check_spreadsheet(path)
    if kind is not SpreadsheetKind.XLSX:
        raise SpreadsheetRefused(RefusalReason.NOT_ZIP, path)
    with _reading(store) as conn:
        return preview_plan_workbook(conn, path, delete_missing=delete_missing, job=job)


def apply_import(store: PlanStore, preview: ImportPreview, *, job: Job | None = None) -> Changes:
    """Write an error-free preview in one transaction; all or nothing.

    Raises ValueError if the preview has errors, StalePreview if the plan
    changed since the preview, Cancelled if the job was cancelled: in every
    case the plan is unchanged.
    """
    if not preview.ok:
        raise ValueError("the import has errors; nothing was written")
    job = ensure_job(job)
    with store.bulk() as conn:
        changes = apply_preview(conn, preview, job)
        job.check()  # a cancel during the last chunk still rolls everything back
    return changes


# ---------------------------------------------------------------------------
# Foreign sheets


def read_foreign(path: Path | str) -> list[RawSheet]:
    """Check and read a foreign .xlsx or CSV for the mapping dialog (merged cells filled).

    Raises :class:`SpreadsheetRefused` for an unsafe or unreadable file.
    """
    from oa_desk.exchange.sheets import fill_merged, read_sheets

    sheets = read_sheets(path)
    for sheet in sheets:
        fill_merged(sheet)
    return sheets


def propose_foreign_mapping(
    sheets: Sequence[RawSheet],
    kind: ImportKind | str,
    *,
    sheet: str | None = None,
    saved: ColumnMapping | None = None,
) -> ColumnMapping:
    """The proposed (or remembered) mapping: best-matching sheet, header row, columns.

    ``saved`` is a mapping the user confirmed earlier for the same layout
    (look it up by ``layout_signature`` of the header row, or just pass the
    last one for this kind): its columns are found again by header text.
    """
    from oa_desk.exchange.mapping import (
        find_header_row,
        propose_mapping,
        reuse_mapping,
    )

    kind = ImportKind(kind)
    candidates = [s for s in sheets if sheet is None or s.name == sheet] or list(sheets)
    best = max(
        candidates,
        key=lambda s: len(propose_mapping(s, kind).columns) if find_header_row(s, kind) else -1,
    )
    if saved is not None and saved.kind is kind:
        return reuse_mapping(best, saved)
    return propose_mapping(best, kind)


def preview_foreign_import(
    store: PlanStore,
    path: Path | str,
    kind: ImportKind | str,
    mapping: ColumnMapping | None = None,
    *,
    job: Job | None = None,
) -> ImportPreview:
    """What importing a foreign sheet as ``kind`` would change; writes nothing.

    Without ``mapping`` the automatic one is used (the command line does this).
    """
    from oa_desk.exchange.foreign import preview_foreign
    from oa_desk.exchange.sheets import number_formats

    job = ensure_job(job)
    job.stage("Reading the file")
    path = Path(path)
    sheets = read_foreign(path)
    kind = ImportKind(kind)
    if mapping is None:
        mapping = propose_foreign_mapping(sheets, kind)
    sheet = next((s for s in sheets if s.name == mapping.sheet), sheets[0])
    formats: dict[int, str] = {}
    if sheet.encoding is None and "employee_no" in mapping.columns:
        formats = number_formats(path, sheet.name, mapping.header_row + 200)
    with _reading(store) as conn:
        return preview_foreign(conn, sheet, mapping, source=path, number_formats=formats, job=job)


# ---------------------------------------------------------------------------
# Showing a preview


def _shown(value: Any) -> str:
    from oa_desk.exchange.changeset import NewRow
    from oa_desk.exchange.normalize import cell_text

    if value is None or value == "":
        return "(blank)"
    if isinstance(value, NewRow):
        return "(new)"
    if isinstance(value, frozenset | tuple | list):
        return ", ".join(sorted(_shown(v) for v in value)) or "(none)"
    return cell_text(value)


def preview_lines(preview: ImportPreview, *, detail: int = 20) -> list[str]:
    """The preview as plain text lines (for ``oa-desk import`` and logs).

    Counts first, then up to ``detail`` changes per table (old → new per
    field), then every error and warning with sheet, cell, column, value, reason.
    """
    lines = [
        f"Import of {preview.source.name} ({preview.kind}): "
        f"{preview.inserted} to add, {preview.updated} to change, "
        f"{preview.deleted} to delete, {preview.missing} not in the file, "
        f"{len(preview.errors)} errors, {len(preview.warnings)} warnings."
    ]
    for name, table in preview.tables.items():
        lines.append(
            f"{table.title}: {len(table.inserts)} to add, {len(table.updates)} to change, "
            f"{len(table.deletes)} to delete, {len(table.missing)} not in the file"
        )
        shown = 0
        for ins in table.inserts[:detail]:
            lines.append(f"  + row {ins.row}: {ins.label}")
            shown += 1
        for upd in table.updates[: max(detail - shown, 0)]:
            changes = "; ".join(
                f"{_field_name(table.columns, k)}: {_shown(a)} → {_shown(b)}"
                for k, (a, b) in upd.fields.items()
            )
            lines.append(f"  ~ #{upd.id} {upd.label}: {changes}")
        more = len(table.inserts) + len(table.updates) - detail
        if more > 0:
            lines.append(f"  … and {more} more")
        deleting = set(table.deletes)
        for ident, label in table.missing[:detail]:
            verb = "delete" if ident in deleting else "not in the file (kept)"
            lines.append(f"  - #{ident} {label}: {verb}")
        del name
    for key, (old, new) in preview.plan_fields.items():
        lines.append(f"Plan {key}: {_shown(old)} → {_shown(new)}")
    lines.extend(preview.notes)
    lines.extend(str(p) for p in preview.problems)
    return lines


def _field_name(columns: Any, key: str) -> str:
    col = columns.get(key)
    return col.header if col is not None else key


def write_error_workbook(preview: ImportPreview, path: Path | str) -> None:
    """Every problem of a preview as a workbook the user can sort, filter and fix from."""
    from openpyxl import Workbook

    from oa_desk.exchange.cells import safe_value
    from oa_desk.exchange.workbook import HEADER_FILL, HEADER_FONT, atomic_save

    wb = Workbook(write_only=True)
    ws: Any = wb.create_sheet("问题 Problems")
    headers = [
        "级别 Severity",
        "工作表 Sheet",
        "行 Row",
        "列 Column",
        "列标题 Header",
        "值 Value",
        "原因 Reason",
    ]
    for letter, width in zip("ABCDEFG", (10, 22, 8, 8, 24, 24, 80), strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A2"
    from openpyxl.cell import WriteOnlyCell

    cells = []
    for text in headers:
        cell = WriteOnlyCell(ws, text)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cells.append(cell)
    ws.append(cells)
    for p in preview.problems:
        ws.append(
            [
                p.severity.value,
                safe_value(ws, p.sheet),
                p.row,
                p.column,
                safe_value(ws, p.header or ""),
                safe_value(ws, p.value),
                safe_value(ws, p.reason),
            ]
        )
    ws.auto_filter.ref = f"A1:G{max(len(preview.problems) + 1, 2)}"
    with atomic_save(Path(path)) as tmp:
        wb.save(tmp)
