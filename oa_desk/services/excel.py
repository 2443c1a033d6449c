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

import gc
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from oa_desk.domain.calendar import WorkCalendar
from oa_desk.domain.changes import Changes
from oa_desk.exchange.changeset import ImportPreview, Problem, Severity, apply_preview
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
    "is_plan_workbook",
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


def _raw(session: Session) -> sqlite3.Connection:
    """The sqlite3 connection under a session (inside the session's transaction)."""
    conn: Any = session.connection().connection.driver_connection
    return conn  # type: ignore[no-any-return]


@contextmanager
def _reading(store: PlanStore) -> Iterator[sqlite3.Connection]:
    with store.read() as session:
        yield _raw(session)


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


def is_plan_workbook(path: Path | str) -> bool:
    """Whether a checked .xlsx holds sheets of an OA Desk plan workbook (by sheet names).

    The gui uses it to go straight to the preview for a plan workbook and to the
    column mapping for anything else. Only the workbook's sheet list is read.
    """
    from oa_desk.exchange.plan_import import is_plan_workbook_layout
    from oa_desk.exchange.sheets import sheet_names

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
    from oa_desk.exchange.plan_import import preview_plan_workbook

    kind = check_spreadsheet(path)
    if kind is not SpreadsheetKind.XLSX:
        raise SpreadsheetRefused(RefusalReason.NOT_ZIP, path)
    with _gc_paused(), _reading(store) as conn:
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
    with _gc_paused(), store.bulk() as conn:
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
    sheets: Sequence[RawSheet] | None = None,
) -> ImportPreview:
    """What importing a foreign sheet as ``kind`` would change; writes nothing.

    Without ``mapping`` the automatic one is used (the command line does this).
    ``sheets`` are the file's sheets as :func:`read_foreign` gave them, when the
    caller has read them already (the mapping dialog did): the file is not read twice.
    """
    from oa_desk.exchange.foreign import preview_foreign
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
        with _reading(store) as conn:
            return preview_foreign(
                conn, sheet, mapping, source=path, number_formats=formats, job=job
            )


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


def preview_labels(store: PlanStore) -> dict[str, dict[int, str]]:
    """How a preview names the rows its ids refer to: department paths, people.

    Keyed by table ("department", "person"); for showing old → new of a reference.
    """
    from oa_desk.exchange.plan_rows import department_paths

    with _reading(store) as conn:
        people = {
            ident: f"{number} {name}"
            for ident, number, name in conn.execute("SELECT id, employee_no, name FROM person")
        }
        return {"department": department_paths(conn), "person": people}


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
    lines.extend(note.text for note in preview.notes)
    lines.extend(str(p) for p in preview.problems)
    return lines


def _field_name(columns: Any, key: str) -> str:
    col = columns.get(key)
    return col.header if col is not None else key


def english_reason(problem: Problem) -> str:
    """A problem's reason in English: the default of :func:`write_error_workbook`."""
    return problem.reason


def english_severity(severity: Severity) -> str:
    return severity.value


def write_error_workbook(
    preview: ImportPreview,
    path: Path | str,
    *,
    reason: Callable[[Problem], str] = english_reason,
    severity: Callable[[Severity], str] = english_severity,
) -> None:
    """Every problem of a preview as a workbook the user can sort, filter and fix from.

    ``reason`` and ``severity`` say a problem's reason and severity; by default
    in English, the gui passes functions that say them in the user's language
    (from each problem's ``code`` and ``params``).
    """
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
                severity(p.severity),
                safe_value(ws, p.sheet),
                p.row,
                p.column,
                safe_value(ws, p.header or ""),
                safe_value(ws, p.value),
                safe_value(ws, reason(p)),
            ]
        )
    ws.auto_filter.ref = f"A1:G{max(len(preview.problems) + 1, 2)}"
    with atomic_save(Path(path)) as tmp:
        wb.save(tmp)


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
) -> None:
    """Write the weekly status report workbook for ``today`` (default: the real today).

    The Gantt sheet shows the WBS down to the deepest level that keeps it at
    most ``gantt_rows`` rows (a report, not the full plan).
    """
    import datetime as dt
    from collections import defaultdict

    from oa_desk.exchange.changeset import db_to_py
    from oa_desk.exchange.plan_rows import department_paths, tree_order
    from oa_desk.exchange.report import GanttRow, ReportData, write_report_workbook
    from oa_desk.exchange.spec import ColType

    job = ensure_job(job)
    today = today or dt.date.today()
    job.stage("Reading the plan")

    def day(v: Any) -> Any:
        return db_to_py(v, ColType.DATE)

    cal = _plan_calendar(store)
    with _reading(store) as conn:
        name, org, go_live = conn.execute(
            "SELECT name, organisation, target_go_live FROM plan WHERE id = 1"
        ).fetchone()
        people = dict(conn.execute("SELECT id, name FROM person").fetchall())
        paths = department_paths(conn)
        tasks = {
            r[0]: r
            for r in conn.execute(
                "SELECT id, parent_id, seq, name, phase, kind, start, finish, progress, duration,"
                " baseline_finish FROM task"
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
                day(tasks[i][6]),
                day(tasks[i][7]),
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
                day(t[6]),
                t[8],
                _milestone_rag(day(t[6]), day(t[7]), t[8], today, day(t[10]), cal),
            )
            for t in sorted(tasks.values(), key=lambda t: t[6] or "9999")
            if t[5] == "milestone"
        ]
        kpis = []
        for gid, gname, unit, base, target, direction in conn.execute(
            "SELECT id, name, unit, baseline, target, direction FROM goal ORDER BY id"
        ):
            last = conn.execute(
                "SELECT value FROM kpi_measurement WHERE goal_id = ? ORDER BY day DESC LIMIT 1",
                (gid,),
            ).fetchone()
            actual = last[0] if last else None
            pct = None
            if actual is not None and base is not None and target is not None and target != base:
                pct = max(0.0, (actual - base) / (target - base))
            rag = "green" if pct is not None and pct >= 0.9 else "amber" if pct else "red"
            del direction
            kpis.append(
                (gname, unit, base, target, actual, pct, rag if pct is not None else "amber")
            )
        risks = [
            (title, cat, p, i, p * i, people.get(owner, ""), status, mitigation)
            for title, cat, p, i, owner, status, mitigation in conn.execute(
                "SELECT title, category, probability, impact, owner_id, status, mitigation"
                " FROM risk WHERE status NOT IN ('closed', 'mitigated')"
                " ORDER BY probability * impact DESC, id"
            )
        ]
        open_statuses = ("new", "assigned", "in_progress", "waiting")
        marks = ",".join("?" * len(open_statuses))
        open_tickets = []
        for number, title, prio, status, dept, assignee, created in conn.execute(
            "SELECT number, title, priority, status, department_id, assignee_id, created_at"
            f" FROM ticket WHERE status IN ({marks}) ORDER BY priority, created_at",
            open_statuses,
        ):
            at = db_to_py(created, ColType.DATETIME)
            open_tickets.append(
                (
                    number,
                    title,
                    prio,
                    status,
                    paths.get(dept, ""),
                    people.get(assignee, ""),
                    at,
                    (today - at.date()).days,
                )
            )
        created_by_week: dict[Any, int] = defaultdict(int)
        resolved_by_week: dict[Any, int] = defaultdict(int)
        for created, resolved in conn.execute("SELECT created_at, resolved_at FROM ticket"):
            c = db_to_py(created, ColType.DATETIME).date()
            created_by_week[c - dt.timedelta(days=c.weekday())] += 1
            if resolved:
                r = db_to_py(resolved, ColType.DATETIME).date()
                resolved_by_week[r - dt.timedelta(days=r.weekday())] += 1
        trend = []
        running = 0
        for week in sorted(set(created_by_week) | set(resolved_by_week)):
            running += created_by_week[week] - resolved_by_week[week]
            trend.append((week, created_by_week[week], resolved_by_week[week], running))
        coverage = []
        for dept, tier, n, enrolled, attended, passed in conn.execute(
            "SELECT p.department_id, p.tier, count(*),"
            " count(DISTINCT e.person_id),"
            " count(DISTINCT CASE WHEN e.attendance IN ('present', 'late') THEN e.person_id END),"
            " count(DISTINCT CASE WHEN e.passed THEN e.person_id END)"
            " FROM person p LEFT JOIN enrollment e ON e.person_id = p.id"
            " WHERE p.active GROUP BY p.department_id, p.tier ORDER BY p.department_id, p.tier"
        ):
            coverage.append((paths.get(dept, "(无部门 none)"), tier, n, enrolled, attended, passed))
        status_counts = dict(conn.execute("SELECT status, count(*) FROM ticket GROUP BY status"))
        overdue = conn.execute(
            f"SELECT count(*) FROM ticket WHERE status IN ({marks}) AND resolve_due < ?",
            (*open_statuses, f"{today.isoformat()} 00:00:00"),
        ).fetchone()[0]
        support = {
            "工单总数 Tickets": sum(status_counts.values()),
            "未结工单 Open": sum(status_counts.get(s, 0) for s in open_statuses),
            "超时未解决 Past resolve target": overdue,
            "知识库文章 KB articles": conn.execute("SELECT count(*) FROM kb_article").fetchone()[0],
        }
    reds = sum(1 for m in milestones if m[3] == "red")
    status = "red" if reds > 1 else "amber" if reds or any(r[4] >= 15 for r in risks) else "green"
    data = ReportData(
        name,
        org,
        today,
        day(go_live),
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
    )
    write_report_workbook(path, data, job)
