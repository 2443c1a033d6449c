"""Excel use cases: export, templates, imports (preview then apply), the weekly report.

Each function is one user intent. Reads run in one read session (one
consistent view of the plan); an import's apply runs in one write
transaction, so it lands whole or not at all, and cancelling (``job.cancel()``)
or any error leaves the plan unchanged. Files are written beside their target
and renamed into place.

The layers meet here: ``exchange`` reads and writes files and knows nothing of
the database; ``store`` reads and writes rows. A preview reads the file, reads
what the import says it needs (``Reads``) from the plan as plain data, and lets
exchange compare; an apply writes the preview's rows through
``store.bulk_write``.

For the gui: run these on a worker thread with a :class:`~oa_desk.exchange.progress.Job`
whose callback forwards :class:`~oa_desk.exchange.progress.ProgressUpdate` to a
progress dialog, and whose ``cancel()`` the dialog's Cancel button calls.
"""

from __future__ import annotations

import datetime as dt
import gc
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from oa_desk.domain.calendar import WorkCalendar
from oa_desk.domain.changes import Changes
from oa_desk.exchange.changeset import (
    ImportPreview,
    StalePreview,
    TableChanges,
)
from oa_desk.exchange.current import CurrentPlan, CurrentTable, Reads, department_paths
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
from oa_desk.exchange.target import check_output
from oa_desk.services.excel_preview import (
    english_reason,
    english_severity,
    preview_labels,
    preview_lines,
    write_error_workbook,
)
from oa_desk.services.excel_schedule import reschedule_task_edits
from oa_desk.store import bulk_write, table_rows
from oa_desk.store.planfile import PlanStore

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from oa_desk.exchange.plan_rows import PlanContext
    from oa_desk.exchange.workbook import SheetRows

__all__ = [
    "apply_import",
    "apply_preview",
    "check_file",
    "english_reason",
    "english_severity",
    "export_workbook",
    "is_plan_workbook",
    "plan_sheets",
    "preview_foreign_import",
    "preview_labels",
    "preview_lines",
    "preview_workbook_import",
    "propose_foreign_mapping",
    "read_foreign",
    "write_error_workbook",
    "write_report",
    "write_template",
]

_PLAN_KEYS = tuple(k for k, _z, _e in PLAN_FIELDS)


_gc_lock = threading.Lock()
_gc_pauses = 0
_gc_resume = False


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while an import reads and compares.

    Reading a 50,000-row roster and building its preview keeps about a million
    objects alive (the sheet's cells, the rows to insert); each full pass of the
    collector scans all of them again, and those passes were 40% of the import
    (tests/benchmarks/bench_excel.py). Reference counting still frees everything
    as usual; only the search for reference cycles waits, and the collector is
    switched back on when the last pause ends (pauses nest, from any thread).
    """
    global _gc_pauses, _gc_resume
    with _gc_lock:
        if _gc_pauses == 0:
            _gc_resume = gc.isenabled()
            gc.disable()
        _gc_pauses += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pauses -= 1
            if _gc_pauses == 0 and _gc_resume:
                gc.enable()


def _current_plan(conn: Connection, reads: Reads) -> CurrentPlan:
    """What an import asked for, read from the plan as plain data."""
    tables = {}
    for name in sorted(reads.tables):
        rows = table_rows.read_table(conn, name)
        tables[name] = CurrentTable(rows.names, rows.rows)
    return CurrentPlan(
        tables=tables,
        ids={name: table_rows.read_ids(conn, name) for name in sorted(reads.ids)},
        links={
            link: table_rows.read_columns(conn, link, (own, other))
            for link, own, other in sorted(reads.links)
        },
        plan=table_rows.plan_fields(conn, reads.plan) if reads.plan else None,
    )


def _plan_context(conn: Connection) -> PlanContext:
    """The lookups the plan workbook shows ids through (keys, paths, trees, links)."""
    from oa_desk.exchange.plan_rows import CONTEXT_COLUMNS, PlanContext, link_tables

    lookups = {
        arg: table_rows.read_columns(conn, name, columns, order_by=("id",))
        for arg, (name, columns) in CONTEXT_COLUMNS.items()
    }
    pairs = {
        link: table_rows.read_columns(conn, link, (own, other), order_by=(own, other))
        for link, own, other in link_tables(SHEETS)
    }
    return PlanContext.build(**lookups, link_pairs=pairs)


@contextmanager
def plan_sheets(store: PlanStore) -> Iterator[tuple[dict[str, Any], list[SheetRows]]]:
    """The plan as its workbook shows it, inside one read: the About sheet's fields and
    each sheet's rows (streamed from the plan while they are written)."""
    from oa_desk.exchange.workbook import SheetRows

    with store.read() as session:
        conn = session.connection()
        ctx = _plan_context(conn)
        plan = table_rows.plan_fields(conn, (*_PLAN_KEYS, "created_at")) or {}
        sheets = [
            SheetRows(
                spec,
                ctx.sheet_rows(
                    spec,
                    table_rows.iter_rows(conn, spec.table, [c.key for c in spec.table_columns]),
                ),
                table_rows.count_rows(conn, spec.table),
            )
            for spec in SHEETS
        ]
        yield plan, sheets


def export_workbook(
    store: PlanStore, path: Path | str, *, job: Job | None = None, language: str | None = None
) -> int:
    """Write the whole plan to one .xlsx (About + one sheet per entity); return rows written.

    ``language`` ("zh_CN", "en") labels the enumeration cells and drop-downs (准备, not
    ``prepare``); None writes the codes. Both re-import.
    """
    from oa_desk.exchange.workbook import write_plan_workbook

    check_output(path)
    store.refuse_if_unsound(f"cannot export to {Path(path).name}")
    job = ensure_job(job)
    job.stage("Reading the plan")
    with plan_sheets(store) as (plan, sheets):
        write_plan_workbook(path, plan, sheets, job, language)
        return sum(s.count for s in sheets)


def write_template(
    path: Path | str, tables: Sequence[str] | None = None, *, language: str | None = None
) -> None:
    """Blank sheets (all, or the named tables) with the workbook's headers and drop-downs."""
    from oa_desk.exchange.workbook import write_template as write

    check_output(path)
    specs: list[SheetSpec] = (
        [sheet_by_table(t) for t in tables] if tables is not None else list(SHEETS)
    )
    write(path, specs, language)


def check_file(path: Path | str) -> SpreadsheetKind:
    """Safety pre-check of a file the user picked (raises SpreadsheetRefused)."""
    return check_spreadsheet(path)


def is_plan_workbook(path: Path | str) -> bool:
    """Whether a checked .xlsx holds sheets of an OA Desk plan workbook (by sheet names),
    or a CSV is one of its sheets (by its header row).

    The gui uses it to go straight to the preview for a plan workbook and to the
    column mapping for anything else. Only the workbook's sheet list is read.
    """
    from oa_desk.exchange.plan_import import csv_sheet_spec, is_plan_workbook_layout
    from oa_desk.exchange.sheets import read_csv, sheet_names

    if check_spreadsheet(path) is SpreadsheetKind.CSV:
        return csv_sheet_spec(read_csv(path)) is not None
    return is_plan_workbook_layout(sheet_names(path))


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
    from oa_desk.exchange.plan_import import (
        preview_plan_workbook,
        read_plan_csv,
        read_plan_workbook,
    )

    kind = check_spreadsheet(path)
    if kind not in (SpreadsheetKind.XLSX, SpreadsheetKind.CSV):
        raise SpreadsheetRefused(RefusalReason.NOT_ZIP, path)
    with _gc_paused():
        if kind is SpreadsheetKind.CSV:  # one sheet saved as CSV: matched by its ID column
            workbook = read_plan_csv(path, job=job)
        else:
            workbook = read_plan_workbook(path, job=job)
        with store.read() as session:
            conn = session.connection()
            plan = _current_plan(conn, workbook.reads)
            preview = preview_plan_workbook(workbook, plan, delete_missing=delete_missing, job=job)
            reschedule_task_edits(session, preview)
            preview.fingerprint = table_rows.fingerprint(conn, preview.tables)
            return preview


def _table_write(changes: TableChanges) -> bulk_write.TableWrite:
    rows = changes.insert_rows()
    inserted = frozenset(row["id"] for row in rows)
    links = [
        bulk_write.LinkWrite(link, own, other, changes.link_targets(key), inserted)
        for key, (link, own, other) in changes.links.items()
    ]
    return bulk_write.TableWrite(changes.table, rows, changes.update_rows(), changes.deletes, links)


def apply_preview(conn: Connection, preview: ImportPreview, job: Job) -> Changes:
    """Write ``preview`` through ``conn`` inside the caller's open write transaction.

    Raises :class:`StalePreview` when the plan changed since the preview; the
    caller rolls back on any error.
    """
    stale = table_rows.changed_tables(conn, preview.fingerprint)
    if stale:
        raise StalePreview(stale[0])
    preview.assign_ids(
        bulk_write.next_ids(conn, [n for n, t in preview.tables.items() if t.inserts])
    )
    writes = [_table_write(t) for t in preview.tables.values()]
    job.stage("Writing", bulk_write.write_units(writes))
    plan = {key: new for key, (_old, new) in preview.plan_fields.items()}
    return bulk_write.apply_writes(conn, writes, plan=plan, advance=job.advance)


def apply_import(store: PlanStore, preview: ImportPreview, *, job: Job | None = None) -> Changes:
    """Write an error-free preview in one transaction; all or nothing.

    Raises ValueError if the preview has errors, StalePreview if the plan
    changed since the preview, Cancelled if the job was cancelled: in every
    case the plan is unchanged.
    """
    if not preview.ok:
        raise ValueError("the import has errors; nothing was written")
    job = ensure_job(job)
    with _gc_paused(), store.write() as session:
        changes = apply_preview(session.connection(), preview, job)
        job.check()  # a cancel during the last chunk still rolls everything back
    return changes


# ---------------------------------------------------------------------------
# Foreign sheets


def read_foreign(path: Path | str) -> list[RawSheet]:
    """Check and read a foreign .xlsx or CSV for the mapping dialog (merged cells filled).

    Raises :class:`SpreadsheetRefused` for an unsafe or unreadable file.
    """
    from oa_desk.exchange.sheets import fill_merged, read_sheets

    with _gc_paused():
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
    best = max(  # a header on row 1 is index 0: "no header" is None, not falsy
        candidates,
        key=lambda s: (
            len(propose_mapping(s, kind).columns) if find_header_row(s, kind) is not None else -1
        ),
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
    sheets: Sequence[RawSheet] | None = None,
) -> ImportPreview:
    """What importing a foreign sheet as ``kind`` would change; writes nothing.

    Without ``mapping`` the automatic one is used (the command line does this).
    ``sheets`` are the file's sheets as :func:`read_foreign` gave them, when the
    caller has read them already (the mapping dialog did): the file is not read twice.
    """
    from oa_desk.exchange.foreign.core import preview_foreign, reads_for
    from oa_desk.exchange.mapping import same_layout_sheets
    from oa_desk.exchange.problems import ProblemCode
    from oa_desk.exchange.sheets import number_formats

    job = ensure_job(job)
    job.stage("Reading the file")
    path = Path(path)
    with _gc_paused():
        if sheets is None:
            sheets = read_foreign(path)
        kind = ImportKind(kind)
        if mapping is None:
            mapping = propose_foreign_mapping(sheets, kind)
        sheet = next((s for s in sheets if s.name == mapping.sheet), sheets[0])
        formats: dict[int, str] = {}
        if sheet.encoding is None and "employee_no" in mapping.columns:
            formats = number_formats(path, sheet.name, mapping.header_row + 200)
        with store.read() as session:
            conn = session.connection()
            plan = _current_plan(conn, reads_for(mapping.kind))
            preview = preview_foreign(
                plan, sheet, mapping, source=path, number_formats=formats, job=job
            )
            preview.fingerprint = table_rows.fingerprint(conn, preview.tables)
        alike = same_layout_sheets(sheets, mapping)
        if alike:  # one sheet per department: say which ones this import leaves out
            preview.note(
                ProblemCode.NOTE_SAME_SHEETS_LEFT_OUT,
                {"sheet": sheet.name, "sheets": ", ".join(alike)},
            )
        return preview


# ---------------------------------------------------------------------------
# The weekly report


def _plan_calendar(store: PlanStore) -> WorkCalendar:
    from oa_desk.services.schedule import load_calendar

    with store.read() as session:
        return load_calendar(session)


def _milestone_rag(
    start: Any, finish: Any, progress: int, today: Any, baseline_finish: Any, cal: WorkCalendar
) -> str:
    """A milestone's RAG: the Gantt's rule (domain/health.py), on the plan's calendar."""
    from oa_desk.domain.enums import TaskKind
    from oa_desk.domain.health import task_health

    return task_health(
        start=start,
        finish=finish,
        progress=progress,
        kind=TaskKind.MILESTONE,
        status_date=today,
        baseline_finish=baseline_finish,
        calendar=cal,
    ).health.rag


def write_report(
    store: PlanStore,
    path: Path | str,
    *,
    today: Any = None,
    gantt_rows: int = 3000,
    job: Job | None = None,
    language: str | None = "zh_CN",
) -> None:
    """Write the weekly status report workbook as of ``today`` (default: the plan's status date).

    The Gantt sheet shows the WBS down to the deepest level that keeps it at
    most ``gantt_rows`` rows (a report, not the full plan).
    """
    from collections import defaultdict

    from oa_desk.exchange.plan_rows import tree_order
    from oa_desk.exchange.report import GanttRow, ReportData, write_report_workbook
    from oa_desk.exchange.report_summary import rollup_coverage, summary_departments
    from oa_desk.store import report_reads

    check_output(path)
    store.refuse_if_unsound(f"cannot write the report {Path(path).name}")
    job = ensure_job(job)
    # As of the plan's status date (set by the PM; today when none is set).
    if today is None:
        from oa_desk.services.plan import status_date

        today = status_date(store)
    job.stage("Reading the plan")

    cal = _plan_calendar(store)
    with store.read() as session:
        conn = session.connection()
        baseline = report_reads.newest_baseline_finishes(conn)
        plan = table_rows.plan_fields(conn, ("name", "organisation", "target_go_live")) or {}
        name, org, go_live = (
            plan.get("name", ""),
            plan.get("organisation", ""),
            plan.get("target_go_live"),
        )
        people = dict(table_rows.read_columns(conn, "person", ("id", "name")))
        departments = table_rows.read_columns(conn, "department", ("id", "parent_id", "name"))
        paths = department_paths(departments)
        tasks = {
            r[0]: r
            for r in table_rows.read_columns(
                conn,
                "task",
                (
                    "id",
                    "parent_id",
                    "seq",
                    "name",
                    "phase",
                    "kind",
                    "start",
                    "finish",
                    "progress",
                    "duration",
                ),
            )
        }
        order = tree_order([(t[0], t[1], t[2]) for t in tasks.values()])
        depth = max((lvl for _i, lvl, _c in order), default=1)
        while depth > 1 and sum(1 for _i, lvl, _c in order if lvl <= depth) > gantt_rows:
            depth -= 1
        gantt = [
            GanttRow(
                i,
                code,
                lvl,
                tasks[i][3],
                tasks[i][4],
                tasks[i][5],
                tasks[i][6],
                tasks[i][7],
                tasks[i][8],
            )
            for i, lvl, code in order
            if lvl <= depth
        ][:gantt_rows]
        leaves = [t for t in tasks.values() if t[5] == "task"]
        weight = sum(max(t[9], 1) for t in leaves)
        progress = round(sum(max(t[9], 1) * t[8] for t in leaves) / weight) if weight else 0
        milestones = [
            (
                t[3],
                t[6],
                t[8],
                _milestone_rag(t[6], t[7], t[8], today, baseline.get(t[0]), cal),
            )
            for t in sorted(tasks.values(), key=lambda t: (t[6] is None, t[6] or dt.date.min))
            if t[5] == "milestone"
        ]
        baselines = dict(table_rows.read_columns(conn, "goal", ("id", "baseline")))
        risks = [
            (title, cat, p, i, p * i, people.get(owner, ""), status, mitigation)
            for title, cat, p, i, owner, status, mitigation in report_reads.open_risks(
                conn, ("closed", "mitigated")
            )
        ]
        open_statuses = ("new", "assigned", "in_progress", "waiting")
        open_tickets = [
            (
                number,
                title,
                prio,
                status,
                paths.get(dept, ""),
                people.get(assignee, ""),
                created,
                (today - created.date()).days,
            )
            for number, title, prio, status, dept, assignee, created in report_reads.open_tickets(
                conn, open_statuses
            )
        ]
        created_by_week: dict[Any, int] = defaultdict(int)
        resolved_by_week: dict[Any, int] = defaultdict(int)
        for created, resolved in table_rows.read_columns(
            conn, "ticket", ("created_at", "resolved_at")
        ):
            c = created.date()
            created_by_week[c - dt.timedelta(days=c.weekday())] += 1
            if resolved:
                r = resolved.date()
                resolved_by_week[r - dt.timedelta(days=r.weekday())] += 1
        trend = []
        running = 0
        for week in sorted(set(created_by_week) | set(resolved_by_week)):
            running += created_by_week[week] - resolved_by_week[week]
            trend.append((week, created_by_week[week], resolved_by_week[week], running))
        by_department = report_reads.training_coverage(conn)
        coverage_detail = [
            (paths.get(dept, "(无部门 none)"), tier, n, enrolled, attended, passed)
            for dept, tier, n, enrolled, attended, passed in by_department
        ]
        coverage = rollup_coverage(
            by_department, summary_departments(departments), paths, "(无部门 none)"
        )
        status_counts = report_reads.ticket_status_counts(conn)
        midnight = dt.datetime.combine(today, dt.time())
        support = {
            "工单总数 Tickets": sum(status_counts.values()),
            "未结工单 Open": sum(status_counts.get(s, 0) for s in open_statuses),
            "超时未解决 Past resolve target": report_reads.tickets_past_due(
                conn, open_statuses, midnight
            ),
            "知识库文章 KB articles": table_rows.count_rows(conn, "kb_article"),
        }
    from oa_desk.domain.kpis import rag as kpi_rag
    from oa_desk.services.dashboard import kpi_lines

    # The dashboard's rule and reading (domain.kpis), as of the report's day.
    kpis = [
        (k.name, k.unit, baselines.get(k.id), k.target, k.latest, k.progress, kpi_rag(k.state))
        for k in kpi_lines(store, today)
    ]
    reds = sum(1 for m in milestones if m[3] == "red")
    status = "red" if reds > 1 else "amber" if reds or any(r[4] >= 15 for r in risks) else "green"
    data = ReportData(
        name,
        org,
        today,
        go_live,
        status,
        progress,
        milestones,
        kpis,
        risks,
        support,
        gantt,
        coverage,
        open_tickets,
        trend,
        coverage_detail,
    )
    write_report_workbook(path, data, job, language)
