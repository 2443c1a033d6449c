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
from oa_desk.exchange.progress import Job, ensure_job
from oa_desk.exchange.safety import (
    RefusalReason,
    SpreadsheetKind,
    SpreadsheetRefused,
    check_spreadsheet,
)
from oa_desk.exchange.spec import PLAN_FIELDS, SHEETS, SheetSpec, sheet_by_table
from oa_desk.store.planfile import PlanStore

__all__ = [
    "apply_import",
    "export_workbook",
    "preview_workbook_import",
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
