"""MS Project XML (MSPDI) export and import of the plan's schedule.

``export_mspdi(store, path, shown_baseline=None)`` writes tasks, outline,
links, progress, constraints, baselines (and which one is drawn under the
bars, a view setting the caller passes) and the calendar. ``import_mspdi(store,
path, replace=False)`` reads them into the plan in one unit of work: it
refuses a plan that already has tasks unless ``replace`` (which deletes the
plan's tasks, with their links, baselines, RACI entries and requirement
links), validates everything (format, outline, loops) before writing, and on
any error leaves the plan untouched; its report names the baseline the file
shows, for the caller to show. The command line wires them as
``oa-desk export PLAN FILE.xml`` and ``oa-desk import PLAN FILE.xml [--replace]``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import cast

from sqlalchemy import Date, Enum, Table, delete, func, insert, select, update
from sqlalchemy.orm import Session

from oa_desk.domain.calendar import ExceptionDay
from oa_desk.domain.changes import Changes
from oa_desk.domain.enums import ConstraintType, Phase, TaskKind
from oa_desk.domain.errors import Notice
from oa_desk.domain.schedule import LinkSpec, Scheduler, TaskSpec, paused_gc
from oa_desk.exchange.mspdi import (
    MAX_BASELINES,
    MsBaseline,
    MsLink,
    MspdiDocument,
    MspdiError,
    MsTask,
    read_mspdi,
    write_mspdi,
)
from oa_desk.exchange.target import check_output
from oa_desk.services.mspdi_fit import (
    MovedTask,
    fit_durations,
    moved_tasks,
    other_end_constraints,
    task_label,
)
from oa_desk.services.schedule import ensure_calendar, finish_edit, load_calendar
from oa_desk.services.schedule.data import plan_data_of
from oa_desk.services.schedule.records import LinkState, TaskState
from oa_desk.store import models as m
from oa_desk.store.activity import note_written
from oa_desk.store.bulk import session_writer
from oa_desk.store.planfile import PlanStore

__all__ = ["ExportReport", "ImportReport", "MspdiError", "export_mspdi", "import_mspdi"]

_TASK = cast(Table, m.Task.__table__)
_DEP = cast(Table, m.Dependency.__table__)
_EXC = cast(Table, m.CalendarException.__table__)
_CAL = cast(Table, m.Calendar.__table__)
_BASE = cast(Table, m.Baseline.__table__)
_ROWS = cast(Table, m.BaselineTask.__table__)
_PLAN = cast(Table, m.Plan.__table__)
# The task columns an import writes, in the order of its rows (the last six from
# _Lookups.fields).
_TASK_COLUMNS = (
    "id",
    "parent_id",
    "seq",
    "name",
    "kind",
    "duration",
    "progress",
    "constraint_type",
    "constraint_date",
    "start",
    "finish",
    "notes",
    "deliverable",
    "acceptance",
    "phase",
    "owner_id",
    "department_id",
    "wave_id",
)


@dataclass(frozen=True)
class ExportReport:
    tasks: int
    links: int
    baselines: int
    exceptions: int
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportReport:
    tasks: int
    links: int
    baselines: int
    exceptions: int
    changes: Changes = field(default_factory=Changes)
    warnings: tuple[str, ...] = ()
    # The plan's baseline the file draws under the bars (its shown one, else the
    # lowest-numbered), None when it has no baseline.
    shown_baseline: int | None = None
    # Every task whose dates in the plan are not the file's, and why (also in warnings).
    moved: tuple[MovedTask, ...] = ()


# -- export ------------------------------------------------------------------------------


def _outline(rows: list[tuple[int, int | None, int]]) -> list[tuple[int, int]]:
    """(task id, level) in outline order from (id, parent, seq) rows."""
    kids: dict[int | None, list[tuple[int, int]]] = {}
    for tid, parent, seq in rows:
        kids.setdefault(parent, []).append((seq, tid))
    out: list[tuple[int, int]] = []
    stack = [(tid, 1) for _, tid in sorted(kids.get(None, []), reverse=True)]
    while stack:
        tid, level = stack.pop()
        out.append((tid, level))
        stack.extend((c, level + 1) for _, c in sorted(kids.get(tid, []), reverse=True))
    return out


def _document(session: Session, shown_baseline: int | None) -> tuple[MspdiDocument, list[str]]:
    warnings: list[str] = []
    t = _TASK.c
    rows = session.execute(
        select(
            t.id,
            t.parent_id,
            t.seq,
            t.name,
            t.kind,
            t.duration,
            t.start,
            t.finish,
            t.progress,
            t.constraint_type,
            t.constraint_date,
            t.notes,
            t.phase,
            t.deliverable,
            t.acceptance,
            t.owner_id,
            t.department_id,
            t.wave_id,
        )
    ).all()
    people = _names(session, m.Person)
    departments = _names(session, m.Department)
    waves = _names(session, m.Wave)
    by_id = {r.id: r for r in rows}
    has_kids = {r.parent_id for r in rows if r.parent_id is not None}
    baselines = session.execute(
        select(_BASE.c.id, _BASE.c.name, _BASE.c.created_at).order_by(
            _BASE.c.created_at, _BASE.c.id
        )
    ).all()
    if len(baselines) > MAX_BASELINES:
        warnings.append(
            Notice(
                "baselines_left_out",
                f"MS Project keeps 11 baselines; the {len(baselines) - MAX_BASELINES} oldest "
                "were left out",
                count=len(baselines) - MAX_BASELINES,
            )
        )
        baselines = baselines[-MAX_BASELINES:]
    number_of = {b.id: n for n, b in enumerate(baselines)}
    saved: dict[int, list[tuple[int, dt.date | None, dt.date | None]]] = {}
    if number_of:
        r_ = _ROWS.c
        for row in session.execute(
            select(r_.baseline_id, r_.task_id, r_.start, r_.finish).where(
                r_.baseline_id.in_(number_of)
            )
        ):
            saved.setdefault(row.task_id, []).append(
                (number_of[row.baseline_id], row.start, row.finish)
            )
    tasks = []
    for tid, level in _outline([(r.id, r.parent_id, r.seq) for r in rows]):
        r = by_id[tid]
        kind = TaskKind.SUMMARY if tid in has_kids else TaskKind(r.kind)
        if kind == TaskKind.SUMMARY and tid not in has_kids:
            kind = TaskKind.TASK  # an empty summary is an ordinary task to MS Project
        tasks.append(
            MsTask(
                uid=tid,
                name=r.name,
                level=level,
                kind=kind,
                duration=0 if kind == TaskKind.MILESTONE else r.duration,
                start=r.start,
                finish=r.finish,
                progress=r.progress,
                constraint=ConstraintType(r.constraint_type),
                constraint_date=r.constraint_date,
                notes=r.notes,
                baselines=tuple(sorted(saved.get(tid, []))),
                owner=people.get(r.owner_id, ""),
                phase=str(r.phase),
                department=departments.get(r.department_id, ""),
                wave=waves.get(r.wave_id, ""),
                deliverable=r.deliverable,
                acceptance=r.acceptance,
            )
        )
    d = _DEP.c
    links = [
        MsLink(x.predecessor_id, x.successor_id, x.type, x.lag)
        for x in session.execute(select(d.predecessor_id, d.successor_id, d.type, d.lag))
    ]
    plan = session.execute(select(_PLAN.c.name, _PLAN.c.start_date)).first()
    cal = load_calendar(session)
    exceptions = []
    cal_id = session.execute(select(_PLAN.c.calendar_id)).scalar()
    cal_name, preset = "", None
    if cal_id is not None:
        cal_name, preset = session.execute(
            select(_CAL.c.name, _CAL.c.preset).where(_CAL.c.id == cal_id)
        ).one()
        exceptions = [
            ExceptionDay(e.day, e.working, e.name)
            for e in session.execute(
                select(_EXC.c.day, _EXC.c.working, _EXC.c.name)
                .where(_EXC.c.calendar_id == cal_id)
                .order_by(_EXC.c.day)
            )
        ]
    doc = MspdiDocument(
        name=plan.name if plan else "",
        start=plan.start_date if plan else None,
        weekdays=cal.weekdays,
        exceptions=exceptions,
        tasks=tasks,
        links=links,
        baselines=[MsBaseline(number_of[b.id], b.name, b.created_at) for b in baselines],
        shown_baseline=number_of.get(shown_baseline) if shown_baseline is not None else None,
        calendar_name=cal_name or "",
        calendar_preset=preset,
    )
    return doc, warnings


def _names(
    session: Session, model: type[m.Person] | type[m.Department] | type[m.Wave]
) -> dict[int | None, str]:
    return {i: n for i, n in session.execute(select(model.id, model.name))}


def export_mspdi(
    store: PlanStore, path: Path | str, *, shown_baseline: int | None = None
) -> ExportReport:
    """Write the plan's schedule to ``path`` as MS Project XML.

    ``shown_baseline`` is the baseline the Timeline shows; the file marks it as
    the one MS Project draws (none when ``None``).
    """
    check_output(path)
    store.refuse_if_unsound(f"cannot export to {Path(path).name}")
    with store.read() as session:
        doc, warnings = _document(session, shown_baseline)
    write_mspdi(doc, Path(path))
    return ExportReport(
        len(doc.tasks), len(doc.links), len(doc.baselines), len(doc.exceptions), tuple(warnings)
    )


# -- import ------------------------------------------------------------------------------


def _specs(
    doc: MspdiDocument, first_id: int, durations: list[int]
) -> tuple[list[TaskSpec], list[LinkSpec], dict[int, int]]:
    """The document as scheduler input, with the plan ids the tasks will get."""
    ids = {t.uid: first_id + k for k, t in enumerate(doc.tasks)}
    parents: list[int] = []
    specs = []
    for t, duration in zip(doc.tasks, durations, strict=True):
        del parents[t.level - 1 :]
        parent = parents[-1] if parents else None
        specs.append(
            TaskSpec(
                ids[t.uid],
                parent,
                t.kind,
                duration,
                t.constraint,
                t.constraint_date,
                t.progress,
                t.name,
            )
        )
        parents.append(ids[t.uid])
    links = [LinkSpec(ids[x.pred], ids[x.succ], x.type, x.lag) for x in doc.links]
    return specs, links, ids


def _insert(
    session: Session, table: Table, columns: Sequence[str], rows: Sequence[Sequence[object]]
) -> None:
    """Insert many rows of one shape (values in ``columns`` order) in the session's
    transaction, at the driver's speed."""
    if not rows:
        return
    writer = session_writer(session)
    if writer is None:
        session.connection().execute(
            insert(table), [dict(zip(columns, r, strict=True)) for r in rows]
        )
        return
    # In the form the plan file stores them (what SQLAlchemy would bind), a column at
    # a time through one lookup per distinct value: dates as ISO text, enumerations
    # as their codes (the driver binds a str subclass through its slow adaptation
    # path: 0.18 s on a large file's tasks and links).
    by_column: list[Sequence[object]] | None = None
    for k, name in enumerate(columns):
        kind = table.c[name].type
        if not isinstance(kind, Date | Enum):
            continue
        if by_column is None:
            by_column = list(zip(*rows, strict=True))
        values = by_column[k]
        stored: dict[object, object] = {v: _stored(v) for v in set(values) if v is not None}
        stored[None] = None
        by_column[k] = [stored[v] for v in values]
    if by_column is not None:
        rows = list(zip(*by_column, strict=True))
    writer.insert(table.name, columns, rows)
    # The driver's executemany is not SQLAlchemy's: tell the activity log what it wrote
    # (new rows, at the version a row is inserted at: the rows give none).
    ids = cast(list[int], [r[0] for r in rows]) if columns[0] == "id" else []
    note_written(session.connection(), table.name, ids, inserted="row_version" not in columns)


def _stored(value: object) -> object:
    """A date or enumeration member as the plan file stores it."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, StrEnum):
        return value.value
    return value


@dataclass
class _Lookups:
    """Names in the file matched to the plan's people, departments and waves."""

    people: dict[str, int | None]  # None: several with that name
    departments: dict[str, int | None]
    waves: dict[str, int | None]

    @classmethod
    def load(cls, session: Session) -> _Lookups:
        def by_name(
            model: type[m.Person] | type[m.Department] | type[m.Wave],
        ) -> dict[str, int | None]:
            out: dict[str, int | None] = {}
            for i, n in session.execute(select(model.id, model.name)):
                out[n] = None if n in out else i
            return out

        return cls(by_name(m.Person), by_name(m.Department), by_name(m.Wave))

    missing: dict[tuple[str, str, str], list[MsTask]] = field(default_factory=dict)

    # (phase, owner, department, wave) -> the columns they give, whether the phase is
    # unknown, and the names not matched: a plan's tasks share a few combinations.
    _known: dict[
        tuple[str, str, str, str],
        tuple[tuple[object, ...], bool, tuple[tuple[str, str, str], ...]],
    ] = field(default_factory=dict)

    def fields(self, t: MsTask, warnings: list[str]) -> tuple[object, ...]:
        """The task's (deliverable, acceptance, phase, owner_id, department_id, wave_id)."""
        names = (t.phase, t.owner, t.department, t.wave)
        known = self._known.get(names)
        if known is None:
            known = self._known[names] = self._match(*names)
        values, bad_phase, missing = known
        if bad_phase:
            warnings.append(
                Notice(
                    "unknown_phase",
                    f"{task_label(t)}: unknown phase {t.phase!r}; left as prepare",
                    name=t.name,
                    uid=t.uid,
                    phase=t.phase,
                )
            )
        for key in missing:
            self.missing.setdefault(key, []).append(t)
        return (t.deliverable, t.acceptance, *values)

    def _match(
        self, phase_text: str, owner: str, department: str, wave: str
    ) -> tuple[tuple[object, ...], bool, tuple[tuple[str, str, str], ...]]:
        phase: Phase | None = Phase.PREPARE
        bad_phase = False
        if phase_text:
            try:
                phase = Phase(phase_text.strip().lower())
            except ValueError:
                phase, bad_phase = Phase.PREPARE, True
        ids: list[int | None] = []
        missing = []
        for name, table, what in (
            (owner, self.people, "owner"),
            (department, self.departments, "department"),
            (wave, self.waves, "wave"),
        ):
            found = table.get(name, 0) if name else None
            ids.append(found or None)
            if name and not found:
                why = "is not in the plan" if found == 0 else "names several in the plan"
                missing.append((what, name, why))
        return (phase, *ids), bad_phase, tuple(missing)

    def warnings(self) -> list[Notice]:
        """One warning per name the plan could not match, naming its tasks."""
        out = []
        for (what, name, why), tasks in self.missing.items():
            shown = ", ".join(task_label(t) for t in tasks[:5])
            examples = ", ".join(f"{t.name!r} (UID {t.uid})" for t in tasks[:5])
            if len(tasks) > 5:
                shown += f" and {len(tasks) - 5} more"
            out.append(
                Notice(
                    "name_not_in_plan" if why == "is not in the plan" else "name_ambiguous",
                    f"{what} {name!r} {why}; left empty on {len(tasks)} tasks: {shown}",
                    field=what,
                    name=name,
                    count=len(tasks),
                    examples=examples,
                    more=max(0, len(tasks) - 5),
                )
            )
        return out


def _file_start(doc: MspdiDocument, warnings: list[str]) -> dt.date | None:
    """Where the file's schedule starts: its project start, or its first task's start
    when a task starts before that (a file saved after its start date was moved, or
    one whose tasks are typed in: MPXJ's and MS Project's own samples hold such)."""
    first = min((t.start for t in doc.tasks if t.start is not None), default=None)
    if first is None or (doc.start is not None and doc.start <= first):
        return doc.start
    if doc.start is not None:
        warnings.append(
            Notice(
                "start_after_tasks",
                f"the file's project start {doc.start} is after its first task's start "
                f"{first}; the plan starts on {first}, so that every task keeps its dates",
                start=doc.start,
                first=first,
            )
        )
    return first


def import_mspdi(store: PlanStore, path: Path | str, *, replace: bool = False) -> ImportReport:
    """Read an MS Project XML file into the plan (all or nothing).

    Raises :class:`MspdiError` for an unreadable or hostile file,
    :class:`~oa_desk.domain.schedule.ScheduleError` for a schedule that
    cannot be made (a loop), and ``ValueError`` when the plan already has
    tasks and ``replace`` is false. The plan is unchanged after any error.
    Tasks the file starts later than their links allow keep their start with
    a *start no earlier than* constraint, as MS Project does for a typed start.
    """
    doc = read_mspdi(Path(path))  # parse and check before opening a transaction
    with paused_gc():  # tens of thousands of rows, none in a cycle
        return _import(store, doc, replace)


def _import(store: PlanStore, doc: MspdiDocument, replace: bool) -> ImportReport:
    warnings = list(doc.warnings)
    with store.write() as session:
        conn = session.connection()
        existing = session.execute(select(func.count()).select_from(_TASK)).scalar_one()
        if existing and not replace:
            raise ValueError(
                f"the plan already has {existing} tasks; import with replace to overwrite them"
            )
        if replace:
            conn.execute(delete(_TASK).where(_TASK.c.parent_id.is_(None)))  # cascades down
            conn.execute(delete(_TASK))
            conn.execute(delete(_BASE))
        first_id = (session.execute(select(func.max(_TASK.c.id))).scalar() or 0) + 1
        # The calendar comes with the schedule.
        cal_id = ensure_calendar(session)
        conn.execute(delete(_EXC).where(_EXC.c.calendar_id == cal_id))
        cal_values: dict[str, object] = {"working_weekdays": doc.weekdays}
        if doc.calendar_name:
            cal_values["name"] = doc.calendar_name
        if doc.calendar_preset is not None:
            cal_values["preset"] = doc.calendar_preset
        conn.execute(update(_CAL).where(_CAL.c.id == cal_id).values(**cal_values))
        _insert(
            session,
            _EXC,
            ("calendar_id", "day", "working", "name"),
            [(cal_id, e.day, e.working, e.name) for e in doc.exceptions],
        )
        plan_start, go_live = session.execute(
            select(_PLAN.c.start_date, _PLAN.c.target_go_live)
        ).one()
        file_start = _file_start(doc, warnings)
        if file_start and (replace or not existing) and file_start != plan_start:
            if go_live is None or file_start <= go_live:
                conn.execute(update(_PLAN).values(start_date=file_start))
            else:
                warnings.append(
                    Notice(
                        "start_after_go_live",
                        f"the file starts on {file_start}, after the plan's go-live; "
                        "the plan start was left as it was",
                        start=file_start,
                    )
                )
        calendar = load_calendar(session, span=(file_start or dt.date.today(),) * 2)
        durations, fitted = fit_durations(doc, calendar)
        warnings.extend(fitted)
        warnings.extend(other_end_constraints(doc, durations, calendar))
        specs, links, ids = _specs(doc, first_id, durations)
        lookups = _Lookups.load(session)
        start = file_start or plan_start or dt.date.today()
        # Keep the file's starts: a task the links would start earlier gets an SNET.
        scheduler = Scheduler(specs, links, calendar, start)  # also refuses loops
        first = scheduler.result().dates()
        kept = 0
        seq: dict[int | None, int] = {}
        rows: list[tuple[object, ...]] = []
        stored: dict[int, TaskState] = {}
        fields, field_warnings = lookups.fields, list[str]()
        summary, milestone = TaskKind.SUMMARY, TaskKind.MILESTONE
        asap, snet = ConstraintType.ASAP, ConstraintType.SNET
        for k, (spec, t) in enumerate(zip(specs, doc.tasks, strict=True)):
            # A milestone is one day: a flagged one with a duration is on its finish.
            begins = (t.finish or t.start) if t.kind == milestone else t.start
            # A scheduled start is a working day: before the first working day on or
            # after the file's start exactly when before the file's start.
            if (
                begins is not None
                and spec.constraint == asap
                and t.kind != summary
                and first[spec.id][0] < begins
            ):
                spec = specs[k] = spec._replace(
                    constraint=snet, constraint_date=calendar.next_working_day(begins)
                )
                kept += 1
            tid, parent, kind, duration, constraint, constraint_date, progress, name = spec
            n = seq.get(parent, 0)
            seq[parent] = n + 1
            finish = t.finish
            if begins is not None and (finish or begins) < begins:
                finish = begins
            stored[tid] = TaskState(
                tid, kind, duration, progress, constraint, constraint_date, begins, finish
            )
            rows.append(
                (
                    tid,
                    parent,
                    n,
                    name,
                    kind,
                    duration,
                    progress,
                    constraint,
                    constraint_date,
                    begins,
                    finish,
                    t.notes,
                    *fields(t, field_warnings),
                )
            )
        if kept:
            warnings.append(
                Notice(
                    "kept_snet",
                    f"{kept} tasks kept their start dates as 'start no earlier than'",
                    count=kept,
                )
            )
        warnings.extend(field_warnings)
        warnings.extend(lookups.warnings())
        _insert(session, _TASK, _TASK_COLUMNS, rows)
        first_link = (session.execute(select(func.max(_DEP.c.id))).scalar() or 0) + 1
        link_ids = {
            (x.pred, x.succ): LinkState(first_link + k, x.pred, x.succ, x.type, x.lag)
            for k, x in enumerate(links)
        }
        # A LinkState is the row: (id, pred, succ, type, lag).
        _insert(
            session,
            _DEP,
            ("id", "predecessor_id", "successor_id", "type", "lag"),
            list(link_ids.values()),
        )
        base_ids: dict[int, int] = {}
        for b in doc.baselines:
            new = conn.execute(
                insert(_BASE).values(name=b.name[:100], created_at=b.created or dt.datetime.now())
            )
            assert new.inserted_primary_key is not None
            base_ids[b.number] = int(new.inserted_primary_key[0])
        base_rows = [
            (base_ids[n], ids[t.uid], s, f)
            for t in doc.tasks
            for n, s, f in t.baselines
            if n in base_ids
        ]
        # At the driver's speed too: through SQLAlchemy's per-value processing, the
        # 20,000 baseline rows of a large file took 0.2 s.
        _insert(session, _ROWS, ("baseline_id", "task_id", "start", "finish"), base_rows)
        shown: int | None = None
        if base_ids:  # the file's shown baseline, else MS Project's "Baseline" (lowest number)
            number = doc.shown_baseline if doc.shown_baseline in base_ids else min(base_ids)
            shown = base_ids[number]
        # The plan's tasks and links are the rows just written: not read back.
        data = plan_data_of(session, specs, stored, links, link_ids, calendar=calendar)
        # Nothing kept: the first pass scheduled these very inputs; its scheduler is
        # the full pass (the calendar is the same rows, whatever span it was built for).
        same = not kept and data.project_start == start
        result = finish_edit(session, data, scheduler=scheduler if same else None)
        final = {tid: (row.start, row.finish) for tid, row in data.stored.items()}
        moved = moved_tasks(doc, ids, final, calendar, {x.succ for x in links})
        warnings.extend(x.notice() for x in moved)
    return ImportReport(
        tasks=len(specs),
        links=len(links),
        baselines=len(doc.baselines),
        exceptions=len(doc.exceptions),
        changes=Changes.all() | result.changes,
        warnings=tuple(warnings),
        shown_baseline=shown,
        moved=tuple(moved),
    )
