"""Demo plan generator: a realistic OA rollout of an (invented) Chinese group company.

``generate_demo`` creates a new plan file and fills every table of the domain
model: the China working calendar with holidays and make-up working days (调休),
a department tree, the roster, the project team and stakeholders, goals with
KPI measurements, requirements per department, a WBS that follows the rollout
method (prepare → pilot → department waves → go-live support → optimise) with
dependencies and milestones, RACI, risks, publicity, courses with sessions and
attendance, go-live tickets with their events, the knowledge base, feedback
rounds and adoption snapshots.

The demo is a project in flight: everything is seen from a *status date* (some
waves are live, later ones are still being prepared), so progress, attendance,
ticket states and adoption figures all agree with it.

Determinism: every random choice comes from one ``random.Random(seed)`` and
every date from the fixed ``ANCHOR``; the same seed gives the same plan.

Speed: rows are built in memory as tuples with precomputed ids and written with
``executemany`` inside one ``PlanStore.bulk()`` transaction, stored exactly as
SQLAlchemy reads them back (dates ``YYYY-MM-DD``, datetimes
``YYYY-MM-DD HH:MM:SS.ffffff``, booleans 0/1, enumerations as their values).
"""

from __future__ import annotations

import datetime as dt
import gc
import math
import random
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from oa_desk.domain.enums import (
    SLA_HOURS,
    Attendance,
    AudienceTier,
    Cadence,
    Channel,
    CommStatus,
    ConstraintType,
    CourseFormat,
    DependencyType,
    Engagement,
    FeedbackChannel,
    Fit,
    GateDecision,
    KpiCategory,
    KpiDirection,
    OaModule,
    Phase,
    Priority,
    RaciRole,
    Readiness,
    RequirementStatus,
    RiskStatus,
    TaskKind,
    TeamRole,
    TicketChannel,
    TicketEventKind,
    TicketPriority,
    TicketStatus,
    TicketType,
)
from oa_desk.services import demo_data as data
from oa_desk.store.planfile import create_plan, open_plan

# Day 0 of every demo plan (a Monday); all dates derive from it.
ANCHOR = dt.date(2026, 1, 5)
# The working-day table reaches this far; the largest demo ends well before it.
_TABLE_END = dt.date(2028, 12, 29)

Row = tuple[object, ...]

_FS, _SS, _FF = DependencyType.FS, DependencyType.SS, DependencyType.FF
_PREP, _IMPL, _OPT = Phase.PREPARE.value, Phase.IMPLEMENT.value, Phase.OPTIMISE.value
_TASK, _SUMMARY, _MILESTONE = TaskKind.TASK.value, TaskKind.SUMMARY.value, TaskKind.MILESTONE.value
_LEAD, _KEY, _END = AudienceTier.LEADERSHIP, AudienceTier.KEY_USER, AudienceTier.END_USER
_R, _A, _C, _I = RaciRole.R.value, RaciRole.A.value, RaciRole.C.value, RaciRole.I.value
_CN_NUM = "一二三四五六七八九十"


@dataclass(frozen=True)
class DemoStats:
    """What ``generate_demo`` wrote: rows per table, their total and the wall time.

    ``phases`` splits ``seconds`` into building the rows in memory, creating the
    empty plan file and writing (inserts and commit).
    """

    path: Path
    rows: dict[str, int]
    seconds: float
    status_date: dt.date
    phases: dict[str, float] = field(default_factory=dict)

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())

    @property
    def rows_per_second(self) -> float:
        return self.total_rows / self.seconds if self.seconds > 0 else float("inf")


def generate_demo(
    path: Path | str,
    *,
    scale: int = 1,
    large: bool = False,
    seed: int = 0,
    overwrite: bool = False,
) -> DemoStats:
    """Create the demo plan at ``path``.

    Scale 1 is a mid-size company (about 15 departments, 800 people, 150 tasks);
    ``scale=N`` adds subsidiaries and grows everything roughly N-fold. ``large``
    (which overrides ``scale``) builds a group of 240 units with at least 20,000
    tasks, 30,000 dependencies, 50,000 people, 200,000 enrollments and 20,000
    tickets. Raises PlanFileError when ``path`` exists and ``overwrite`` is false.
    """
    if scale < 1:
        raise ValueError(f"scale must be at least 1, not {scale}")
    started = time.perf_counter()
    path = Path(path)
    # The rows are hundreds of thousands of tuples without reference cycles: the cyclic
    # garbage collector would only rescan them over and over (a third of the build time).
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        gen = _Generator(_profile(scale, large), random.Random(seed))
        gen.build()
        built = time.perf_counter()
        create_plan(
            path,
            name=gen.plan_name,
            organisation=data.GROUP_FULL,
            start=ANCHOR,
            go_live=gen.go_live_date,
            overwrite=overwrite,
        )
        store = open_plan(path, snapshot=False, background_check=False)
        try:
            created = time.perf_counter()
            with store.bulk() as conn:
                rows = gen.write(conn)
        finally:
            store.close()
        status_date = gen.status_date
        del gen
    finally:
        if gc_was_enabled:
            gc.enable()
    done = time.perf_counter()
    phases = {"build": built - started, "create": created - built, "write": done - created}
    return DemoStats(path, rows, done - started, status_date, phases)


# -- sizes ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Profile:
    companies: int  # the headquarters plus subsidiaries
    people: int
    tickets: int
    optional_units: tuple[int, int]  # how many optional departments a subsidiary adds


def _profile(scale: int, large: bool) -> _Profile:
    if large:
        return _Profile(companies=240, people=56_000, tickets=21_000, optional_units=(4, 6))
    return _Profile(
        companies=1 + round(1.6 * (scale - 1)),
        people=800 * scale,
        tickets=320 * scale,
        optional_units=(2, 5),
    )


# -- the China working calendar -------------------------------------------------------

# Official make-up working days (调休) from the State Council's notices on the
# holiday arrangements for 2025 and 2026 (国务院办公厅关于部分节假日安排的通知).
# The holidays package carries them as well (``China.weekend_workdays``) for the
# years it knows; this table keeps them when an older package lacks them. The
# 2027 arrangement was not yet published when this was written: for 2027 the
# package's statutory holidays are used and no make-up days are known.
_MAKEUP_WORKDAYS: dict[dt.date, str] = {
    dt.date(2025, 1, 26): "春节",
    dt.date(2025, 2, 8): "春节",
    dt.date(2025, 4, 27): "劳动节",
    dt.date(2025, 9, 28): "国庆节、中秋节",
    dt.date(2025, 10, 11): "国庆节、中秋节",
    dt.date(2026, 1, 4): "元旦",
    dt.date(2026, 2, 14): "春节",
    dt.date(2026, 2, 28): "春节",
    dt.date(2026, 5, 9): "劳动节",
    dt.date(2026, 9, 20): "国庆节",
    dt.date(2026, 10, 10): "国庆节",
}


def china_calendar_exceptions(years: Sequence[int]) -> dict[dt.date, tuple[bool, str]]:
    """Holidays (working False) and make-up working days (True) of mainland China."""
    import holidays  # loaded on first use: it is large

    cn = holidays.country_holidays("CN", years=list(years), language="zh_CN")
    out: dict[dt.date, tuple[bool, str]] = {day: (False, str(name)) for day, name in cn.items()}
    festivals = sorted(
        (day, str(name).replace("（补假）", ""))
        for day, name in cn.items()
        if "调休" not in str(name) and "休息日" not in str(name)
    )
    makeup = dict(_MAKEUP_WORKDAYS)
    for day in getattr(cn, "weekend_workdays", ()):
        if day not in makeup:
            # Name it after the festival nearest to the day off it pays for.
            swapped = [d for d, n in cn.items() if day.isoformat() in str(n)]
            anchor = swapped[0] if swapped else day
            near = min(festivals, key=lambda f: abs((f[0] - anchor).days), default=None)
            makeup[day] = near[1] if near else ""
    for day, festival in makeup.items():
        if day.year in years:
            out[day] = (True, f"调休上班（{festival}）" if festival else "调休上班")
    return out


class _WorkDays:
    """Working days from ANCHOR on: index i is the i-th working day."""

    def __init__(self, exceptions: dict[dt.date, tuple[bool, str]]) -> None:
        days: list[dt.date] = []
        day, one = ANCHOR, dt.timedelta(days=1)
        while day <= _TABLE_END:
            exc = exceptions.get(day)
            if exc[0] if exc else day.weekday() < 5:
                days.append(day)
            day += one
        self.days = days
        self.text = [d.isoformat() for d in days]
        self.index_of = {d: i for i, d in enumerate(days)}
        self.midnight = [dt.datetime(d.year, d.month, d.day) for d in days]

    def index_on_or_after(self, day: dt.date) -> int:
        import bisect

        return bisect.bisect_left(self.days, day)


def _ts(value: dt.datetime) -> str:
    """A datetime as SQLAlchemy's SQLite dialect stores it (always with microseconds)."""
    return value.isoformat(" ", "microseconds")


# -- the organisation ---------------------------------------------------------------


@dataclass(eq=False)
class _Dept:
    id: int
    parent: int | None
    seq: int
    name: str
    code: str
    head: int | None = None
    headcount: int = 0
    wave: int | None = None
    pilot: bool = False
    readiness: Readiness = Readiness.NOT_STARTED
    planned: str | None = None
    actual: str | None = None

    def row(self) -> Row:
        return (
            self.id,
            self.parent,
            self.seq,
            self.name,
            self.code,
            self.head,
            self.headcount,
            self.wave,
            self.pilot,
            self.readiness.value,
            self.planned,
            self.actual,
        )


@dataclass(eq=False)
class _Company:
    idx: int
    name: str
    is_hq: bool
    dept_id: int
    code: str
    site: str  # where its training rooms are
    executives: list[int] = field(default_factory=list)  # person ids, the chief first
    units: list[_Unit] = field(default_factory=list)
    it_person: int = 0
    gm_stakeholder: int = 0


@dataclass(eq=False)
class _Unit:
    """A first-level department: the unit that goes live as a whole (with its sections)."""

    company: _Company
    dept_id: int
    name: str
    type_key: str
    section_ids: list[int]
    weight: float
    people: list[int] = field(default_factory=list)  # person ids, sections included
    leaders: list[int] = field(default_factory=list)
    key_users: list[int] = field(default_factory=list)  # the designated 信息专员
    admins: list[int] = field(default_factory=list)  # IT staff: key-user tier too
    end_users: list[int] = field(default_factory=list)
    head: int = 0
    wave: int = 0
    head_sh: int = 0
    ku_sh: int = 0
    kick: int = 0  # task ids
    config: int = 0
    train: int = 0
    golive: int = 0


@dataclass(eq=False)
class _Wave:
    idx: int
    wave_id: int
    name: str
    units: list[_Unit] = field(default_factory=list)
    mobilise: int = 0  # task ids
    gate: int = 0
    golive: int = 0
    summary: int = 0


@dataclass(eq=False)
class _Group:
    """The units of one company in one wave, which share a kickoff and key-user training."""

    wave: _Wave
    company: _Company
    units: list[_Unit]
    label: str
    kick: int = 0
    ktrain: int = 0


# -- the WBS builder --------------------------------------------------------------


class _Task:
    __slots__ = (
        "acceptance",
        "children",
        "ctype",
        "d",
        "deliverable",
        "dept",
        "kind",
        "name",
        "notes",
        "owner",
        "parent",
        "phase",
        "s",
        "seq",
        "wave",
    )

    def __init__(
        self, name: str, parent: int | None, seq: int, phase: str, kind: str, d: int
    ) -> None:
        self.name = name
        self.parent = parent
        self.seq = seq
        self.phase = phase
        self.kind = kind
        self.s = 0
        self.d = d
        self.owner: int | None = None
        self.dept: int | None = None
        self.wave: int | None = None
        self.deliverable = ""
        self.acceptance = ""
        self.ctype = ConstraintType.ASAP.value
        self.notes = ""
        self.children: list[int] = []


Pred = tuple[int, DependencyType, int]


class _Wbs:
    """Tasks scheduled forward as they are added: every predecessor exists before its
    successor, so ids follow a topological order and there can be no cycle."""

    def __init__(self) -> None:
        self.tasks: list[_Task] = [_Task("", None, 0, _PREP, _SUMMARY, 0)]  # index = id
        self.deps: list[Row] = []
        self.raci: list[Row] = []
        self._seq: dict[int | None, int] = {}

    def _new(self, name: str, parent: int | None, phase: str, kind: str, d: int) -> int:
        seq = self._seq.get(parent, 0) + 1
        self._seq[parent] = seq
        tid = len(self.tasks)
        self.tasks.append(_Task(name, parent, seq, phase, kind, d))
        if parent is not None:
            self.tasks[parent].children.append(tid)
        return tid

    def summary(self, name: str, parent: int | None, phase: str) -> int:
        return self._new(name, parent, phase, _SUMMARY, 0)

    def add(
        self,
        name: str,
        parent: int,
        phase: str,
        d: int,
        preds: Sequence[Pred] = (),
        earliest: int = 0,
    ) -> int:
        """A task (d >= 1 working days) or a milestone (d == 0) as early as its links allow."""
        tid = self._new(name, parent, phase, _MILESTONE if d == 0 else _TASK, d)
        tasks, s = self.tasks, earliest
        for pid, kind, lag in preds:
            p = tasks[pid]
            if kind is _FS:
                c = p.s + p.d + lag
            elif kind is _SS:
                c = p.s + lag
            elif kind is _FF:
                c = p.s + p.d + lag - d
            else:  # SF
                c = p.s + lag - d
            if c > s:
                s = c
            self.deps.append((len(self.deps) + 1, pid, tid, kind.value, lag))
        tasks[tid].s = s
        return tid

    def close_all(self) -> None:
        """Roll every summary's span up from its children (children have larger ids)."""
        tasks = self.tasks
        for tid in range(len(tasks) - 1, 0, -1):
            if tasks[tid].kind == _SUMMARY:
                kids = [tasks[c] for c in tasks[tid].children]
                start = min(k.s for k in kids)
                end = max(k.s + max(k.d, 1) for k in kids)
                tasks[tid].s, tasks[tid].d = start, end - start

    def assign(
        self,
        tid: int,
        *,
        owner: int | None = None,
        dept: int | None = None,
        wave: int | None = None,
        deliverable: str = "",
        acceptance: str = "",
    ) -> None:
        t = self.tasks[tid]
        t.owner, t.dept, t.wave = owner, dept, wave
        t.deliverable, t.acceptance = deliverable, acceptance

    def racify(
        self, tid: int, a: int, r: Sequence[int] = (), c: Sequence[int] = (), i: Sequence[int] = ()
    ) -> None:
        """RACI rows for a task: one A, then R, C, I (a stakeholder keeps their first role)."""
        raci = self.raci
        seen = {a}
        raci.append((len(raci) + 1, tid, a, _A))
        for role, ids in ((_R, r), (_C, c), (_I, i)):
            for sid in ids:
                if sid and sid not in seen:
                    seen.add(sid)
                    raci.append((len(raci) + 1, tid, sid, role))


# -- the generator -------------------------------------------------------------------


class _Generator:
    def __init__(self, profile: _Profile, rng: random.Random) -> None:
        self.p = profile
        self.rng = rng
        offer = rng.choice(data.OA_OFFERS)
        self.offer = offer
        self.im_name, self.im_channel = rng.choice(data.IM_PLATFORMS)
        self.plan_name = f"{data.GROUP_SHORT} OA 系统推广项目"
        self.exceptions = china_calendar_exceptions(range(ANCHOR.year - 1, _TABLE_END.year + 1))
        self.wd = _WorkDays(self.exceptions)
        self.rows: dict[str, list[Row]] = {}
        self.baseline_rows: list[Row] = []  # (task id, start, finish) of the named baseline
        self.depts: list[_Dept] = []
        self.companies: list[_Company] = []
        self.units: list[_Unit] = []
        self.waves: list[_Wave] = []
        self.groups: list[_Group] = []
        self.person_dept: list[int | None] = [None]  # index = person id
        self.person_name: list[str] = [""]
        self.person_active: list[bool] = [False]
        self.person_rows: list[Row] = []
        self.wbs = _Wbs()
        self.t: dict[str, int] = {}  # named project-level tasks
        self.status = 0  # working-day index of the status date
        self.end = 0  # working-day index after the last task
        self.live_wave = 1  # the last wave live at the status date
        self.status_date = ANCHOR
        self.go_live_date = ANCHOR

    def _im(self, text: str) -> str:
        return text.replace("{im}", self.im_name)

    # -- build ------------------------------------------------------------------

    def build(self) -> None:
        self._organisation()
        self._people()
        self._assign_waves()
        self._team_and_stakeholders()
        self._schedule()
        self._finish_organisation()
        self._goals()
        self._requirements()
        self._risks()
        self._communications()
        self._training()
        self._tickets()
        self._feedback_and_adoption()

    def _organisation(self) -> None:
        rng, p = self.rng, self.p
        depts = self.depts

        def dept(parent: int | None, seq: int, name: str, code: str) -> int:
            did = len(depts) + 1
            depts.append(_Dept(did, parent, seq, name, code))
            return did

        def units_of(company: _Company, specs: Sequence[data.DeptSpec]) -> None:
            for seq, spec in enumerate(specs, 1):
                code = f"{company.code}-{seq:02d}"
                did = dept(company.dept_id, seq, spec.name, code)
                sections = [
                    dept(did, j, sec, f"{code}-{j:02d}") for j, sec in enumerate(spec.sections, 1)
                ]
                weight = data.DEPT_TYPES[spec.type_key].weight
                unit = _Unit(company, did, spec.name, spec.type_key, sections, weight)
                company.units.append(unit)
                self.units.append(unit)

        hq = _Company(0, "集团总部", True, dept(None, 1, "集团总部", "HQ"), "HQ", "集团总部")
        units_of(hq, data.HQ_DEPTS)
        self.companies.append(hq)

        cities = list(data.CITIES)
        rng.shuffle(cities)
        kinds = data.SUBSIDIARY_KINDS
        used: set[str] = set()
        for idx in range(1, p.companies):
            kind = rng.choices(kinds, weights=data.SUBSIDIARY_KIND_WEIGHTS)[0]
            suffix, always, optional = kind
            name = ""
            for city in cities:
                name = f"{city}{suffix}"
                if name not in used:
                    break
            else:  # every city has one of this kind already
                name = f"{cities[idx % len(cities)]}第{idx}{suffix}"
            used.add(name)
            code = f"S{idx:03d}"
            company = _Company(idx, name, False, dept(None, idx + 1, name, code), code, name)
            low, high = p.optional_units
            extra = rng.sample(optional, min(len(optional), rng.randint(low, high)))
            units_of(company, [*always, *sorted(extra, key=optional.index)])
            self.companies.append(company)

    def _people(self) -> None:
        rng, p = self.rng, self.p
        companies = self.companies
        # People per company: the headquarters has 800 (all of them at scale 1).
        hq_people = min(800, p.people)
        sizes = [hq_people]
        if len(companies) > 1:
            kind_w = {"分公司": 1.0, "生产基地": 1.6, "研发中心": 0.8}
            w = [
                next(v for k, v in kind_w.items() if c.name.endswith(k)) * rng.uniform(0.7, 1.3)
                for c in companies[1:]
            ]
            sizes += _split(p.people - hq_people, w)
        surnames = [s[0] for s in data.SURNAMES]
        surname_py = [s[1] for s in data.SURNAMES]
        cum: list[float] = []
        acc = 0.0
        for s in data.SURNAMES:
            acc += s[2]
            cum.append(acc)
        male, female = data.GIVEN_MALE, data.GIVEN_FEMALE
        # Some characters only start a given name (子轩, 晓静), never end one.
        male_end = [g for g in male if g[0] not in data.FIRST_ONLY]
        female_end = [g for g in female if g[0] not in data.FIRST_ONLY]
        n_male, n_female = len(male), len(female)
        n_male_end, n_female_end = len(male_end), len(female_end)
        emails: dict[str, int] = {}
        rnd = rng.random  # indexing with random() is several times faster than choice()
        prefixes = data.MOBILE_PREFIXES
        n_prefixes = len(prefixes)
        domain = data.MAIL_DOMAIN
        rows = self.person_rows
        pdept, pname, pactive = self.person_dept, self.person_name, self.person_active
        next_no = 100
        lead, key, end = _LEAD.value, _KEY.value, _END.value

        def person(dept_id: int | None, title: str, tier: str, email_domain: str = domain) -> int:
            nonlocal next_no
            pid = len(rows) + 1
            si = _pick(cum, rnd())
            pool: Sequence[tuple[str, str]]
            ends: Sequence[tuple[str, str]]
            if rnd() < 0.5:
                pool, n_pool, ends, n_ends = male, n_male, male_end, n_male_end
            else:
                pool, n_pool, ends, n_ends = female, n_female, female_end, n_female_end
            g2 = ends[int(rnd() * n_ends)]
            if rnd() < 0.25:
                given, gpy = g2[0], g2[1]
            else:
                g1 = pool[int(rnd() * n_pool)]
                given, gpy = g1[0] + g2[0], g1[1] + g2[1]
            name = surnames[si] + given
            py = surname_py[si] + gpy
            n = emails.get(py, 0) + 1
            emails[py] = n
            email = f"{py}{n if n > 1 else ''}@{email_domain}"
            phone = f"1{prefixes[int(rnd() * n_prefixes)]}{int(rnd() * 100_000_000):08d}"
            next_no += 1 if rnd() < 0.85 else 2 + int(rnd() * 3)
            active = tier != end or rnd() > 0.015
            rows.append((pid, f"{next_no:06d}", name, dept_id, title, email, phone, tier, active))
            pdept.append(dept_id)
            pname.append(name)
            pactive.append(active)
            return pid

        for company, size in zip(companies, sizes, strict=True):
            titles: Sequence[str] = data.HQ_EXECUTIVES if company.is_hq else data.SUB_EXECUTIVES
            execs = titles[: max(2, min(len(titles), size // 60))]
            company.executives = [person(company.dept_id, t, lead) for t in execs]
            rest = size - len(execs)
            unit_sizes = _split(rest, [u.weight * rng.uniform(0.8, 1.2) for u in company.units])
            for unit, n in zip(company.units, unit_sizes, strict=True):
                self._unit_people(unit, max(n, 3), person)
        # The vendor's consultants hold OA accounts but belong to no department.
        self.vendor_people = [
            person(None, f"实施顾问（{self.offer.vendor_short}）", key, self.offer.vendor_domain)
            for _ in range(3 + len(companies) // 40)
        ]
        for i, pid in enumerate(self.vendor_people, 1):
            row = rows[pid - 1]
            rows[pid - 1] = (pid, f"WB{i:04d}", *row[2:])

    def _unit_people(self, unit: _Unit, n: int, person: _PersonFn) -> None:
        rng = self.rng
        hq = unit.company.is_hq
        dtype = data.DEPT_TYPES[unit.type_key]
        head_title = "主任" if unit.type_key == "office" and hq else ("部长" if hq else "经理")
        if unit.name.endswith("中心"):
            head_title = "主任"
        lead, key, end = _LEAD.value, _KEY.value, _END.value
        staff_tier = key if unit.type_key == "it" else end
        unit.head = person(unit.dept_id, head_title, lead)
        unit.leaders.append(unit.head)
        left = n - 1
        if n >= 12:
            unit.leaders.append(person(unit.dept_id, "副" + head_title, lead))
            left -= 1
        # Sections take about two thirds of the people; the unit keeps the rest.
        slots: list[tuple[int, int]] = []  # (department id, people)
        if unit.section_ids:
            in_unit = max(1, left // 3)
            shares = _split(left - in_unit, [1.0] * len(unit.section_ids))
            slots.append((unit.dept_id, in_unit))
            slots += list(zip(unit.section_ids, shares, strict=True))
        else:
            slots.append((unit.dept_id, left))
        n_key = 1 if n < 40 else 2
        staff: list[int] = []
        for did, count in slots:
            if did != unit.dept_id and count > 0:
                chief = _section_chief(self.depts[did - 1].name)
                unit.leaders.append(person(did, chief, lead))
                count -= 1
            for _ in range(count):
                title = rng.choice(dtype.staff_titles)
                staff.append(person(did, title, key if n_key > 0 else staff_tier))
                if n_key > 0:
                    unit.key_users.append(staff[-1])
                    n_key -= 1
                elif staff_tier == key:
                    unit.admins.append(staff[-1])
                else:
                    unit.end_users.append(staff[-1])
        unit.people = unit.leaders + staff

    def _assign_waves(self) -> None:
        rng = self.rng
        hq, subs = self.companies[0], self.companies[1:]
        pilot = [u for u in hq.units if u.name in data.HQ_PILOT]
        rest = [u for u in hq.units if u.name not in data.HQ_PILOT]
        plan: list[list[_Unit]] = [pilot]
        if not subs:
            first = {"人力资源部", "信息技术部", "行政后勤部", "法务合规部"}
            plan.append([u for u in rest if u.name in first])
            plan.append([u for u in rest if u.name not in first])
        else:
            plan.append(rest)
            order = list(subs)
            rng.shuffle(order)
            n_waves = min(5, max(1, math.ceil(math.sqrt(len(subs)))))
            for chunk in _chunks(order, n_waves):
                plan.append([u for c in chunk for u in c.units])
        # The demo's status date falls a few weeks after this wave went live.
        self.live_wave = max(1, len(plan) - 3)
        for idx, units in enumerate(plan):
            name = "试点" if idx == 0 else f"第{_CN_NUM[idx - 1]}批"
            wave = _Wave(idx, idx + 1, name, units)
            for u in units:
                u.wave = idx
            self.waves.append(wave)
            # Groups: the units of one company in this wave, in company order.
            by_company: dict[int, list[_Unit]] = {}
            for u in units:
                by_company.setdefault(u.company.idx, []).append(u)
            for cidx in sorted(by_company):
                company = self.companies[cidx]
                if company.is_hq:
                    label = "试点部门" if idx == 0 else f"{name}部门"
                else:
                    label = company.name
                self.groups.append(_Group(wave, company, by_company[cidx], label))

    # -- project team and stakeholders ---------------------------------------------

    def _team_and_stakeholders(self) -> None:
        rng = self.rng
        hq = self.companies[0]
        units_by_name = {u.name: u for u in hq.units}
        it_unit, hr_unit = units_by_name["信息技术部"], units_by_name["人力资源部"]
        office = units_by_name["总裁办公室"]
        execs = hq.executives
        team: list[Row] = []
        duties = data.TEAM_DUTIES

        def member(pid: int, role: TeamRole, alloc: int, extra: str = "") -> None:
            team.append((len(team) + 1, pid, role.value, duties[role.value] + extra, alloc))

        self.sponsor = execs[1] if len(execs) > 1 else execs[0]
        member(self.sponsor, TeamRole.SPONSOR, 10)
        wanted = ("常务副总裁", "首席信息官", "财务总监", "副总裁")
        steering = [p for p in execs if self.person_rows[p - 1][4] in wanted][:4]
        for pid in steering:
            member(pid, TeamRole.STEERING, 10)
        # The project manager and the PMO sit in IT and the president's office.
        it_staff = it_unit.admins
        self.pm = it_staff[0]
        self._retitle(self.pm, "OA 项目经理")
        member(self.pm, TeamRole.PMO, 100, "（项目经理）")
        pmo = [p for p in office.end_users + office.key_users if p != self.pm][:2]
        for pid in pmo:
            member(pid, TeamRole.PMO, 80)
        self.it_team = it_staff[1:6]
        self.it_lead = self.it_team[0]
        for pid in self.it_team:
            member(pid, TeamRole.IT, rng.choice((50, 80, 100)))
        hq.it_person = self.it_lead
        self.hr_lead = hr_unit.head
        member(hr_unit.head, TeamRole.HR, 30)
        trainer = next(
            (p for p in hr_unit.end_users if self.person_rows[p - 1][4] == "培训专员"),
            hr_unit.end_users[0] if hr_unit.end_users else hr_unit.head,
        )
        if trainer != hr_unit.head:
            self._retitle(trainer, "培训专员")
            member(trainer, TeamRole.HR, 50, "（培训组织）")
        self.hr_trainer = trainer
        for company in self.companies[1:]:
            gm = company.executives[0]
            member(gm, TeamRole.BUSINESS_LEAD, 10, f"（{company.name}推广第一责任人）")
            it_unit_c = next((u for u in company.units if u.type_key == "it"), None)
            if it_unit_c is not None:
                company.it_person = it_unit_c.head
            else:
                office_c = company.units[0]
                company.it_person = (office_c.end_users or office_c.key_users)[0]
                self._retitle(company.it_person, "信息化专员")
            member(company.it_person, TeamRole.IT, 50, f"（{company.name}）")
        for unit in self.units:
            member(unit.head, TeamRole.BUSINESS_LEAD, 20)
            for ku in unit.key_users[:2]:
                member(ku, TeamRole.KEY_USER, 30)
        for pid in self.vendor_people:
            member(pid, TeamRole.VENDOR, 100)
        self.rows["team_member"] = team

        # Stakeholders: leadership, the project's core, unit heads and key users,
        # and a few parties outside the roster.
        stake: list[Row] = []
        self.sh_person: dict[int, int] = {}

        def stakeholder(
            pid: int | None,
            name: str,
            org: str,
            influence: int,
            interest: int,
            current: Engagement,
            desired: Engagement,
            live: bool,
        ) -> int:
            sid = len(stake) + 1
            adkar = _adkar(rng, current, live)
            cadence = (
                Cadence.WEEKLY
                if influence >= 4 and interest >= 4
                else Cadence.BIWEEKLY
                if influence >= 4 or interest >= 4
                else Cadence.MONTHLY
                if influence >= 3
                else Cadence.QUARTERLY
            )
            stake.append(
                (
                    sid,
                    pid,
                    name,
                    org,
                    influence,
                    interest,
                    current.value,
                    desired.value,
                    *adkar,
                    _strategy(influence, interest, current),
                    cadence.value,
                    None,  # last contact, filled in once the status date is known
                )
            )
            if pid is not None:
                self.sh_person[pid] = sid
            return sid

        pname = self.person_name
        lead_e, sup_e = Engagement.LEADING, Engagement.SUPPORTIVE
        self.sh_sponsor = stakeholder(
            self.sponsor, pname[self.sponsor], data.GROUP_SHORT, 5, 5, lead_e, lead_e, True
        )
        self.sh_steering = [
            stakeholder(p, pname[p], data.GROUP_SHORT, 5, 4, sup_e, lead_e, True) for p in steering
        ]
        self.sh_pm = stakeholder(
            self.pm, pname[self.pm], data.GROUP_SHORT, 3, 5, lead_e, lead_e, True
        )
        self.sh_it = stakeholder(
            self.it_lead, pname[self.it_lead], data.GROUP_SHORT, 3, 5, lead_e, lead_e, True
        )
        self.sh_hr = stakeholder(
            self.hr_lead, pname[self.hr_lead], data.GROUP_SHORT, 3, 4, sup_e, lead_e, True
        )
        vendor_pm = self.vendor_people[0]
        self.sh_vendor = stakeholder(
            vendor_pm, pname[vendor_pm], self.offer.vendor, 3, 5, lead_e, lead_e, True
        )
        for company in self.companies[1:]:
            gm = company.executives[0]
            live = company.units[0].wave <= self.live_wave
            cur = _engagement(rng, live)
            company.gm_stakeholder = stakeholder(
                gm, pname[gm], company.name, 4, 3, cur, lead_e, live
            )
        hq_name = data.GROUP_SHORT
        for unit in self.units:
            org = hq_name if unit.company.is_hq else unit.company.name
            live = unit.wave <= self.live_wave
            cur = _engagement(rng, live)
            if unit.head in self.sh_person:
                unit.head_sh = self.sh_person[unit.head]
            else:
                unit.head_sh = stakeholder(
                    unit.head,
                    pname[unit.head],
                    org,
                    rng.choice((3, 4)),
                    rng.choice((2, 3, 4)),
                    cur,
                    sup_e if cur is not Engagement.LEADING else lead_e,
                    live,
                )
            ku = unit.key_users[0]
            unit.ku_sh = self.sh_person.get(ku) or stakeholder(
                ku, pname[ku], org, 2, rng.choice((4, 5)), rng.choice((sup_e, lead_e)), lead_e, live
            )
        for name, org, inf, intr, cur in (
            ("工会主席", f"{data.GROUP_SHORT}工会", 3, 3, Engagement.NEUTRAL),
            ("审计项目经理", "中诚会计师事务所（外部审计）", 2, 2, Engagement.UNAWARE),
        ):
            person_name = self._random_name()
            stakeholder(None, f"{person_name}（{name}）", org, inf, intr, cur, sup_e, False)
        self.rows["stakeholder"] = stake

    def _retitle(self, pid: int, title: str) -> None:
        row = self.person_rows[pid - 1]
        self.person_rows[pid - 1] = (*row[:4], title, *row[5:])

    def _random_name(self) -> str:
        s = self.rng.choice(data.SURNAMES)[0]
        g = "".join(c[0] for c in self.rng.sample(data.GIVEN_MALE, 2))
        return s + g

    # -- the schedule -----------------------------------------------------------------

    def _schedule(self) -> None:
        w, t = self.wbs, self.t
        self._wbs_rows(data.WBS_PREPARE)
        self._wbs_rows(data.WBS_TRAINING)
        for wave in self.waves:
            self._wave_tasks(wave, t["impl"])
        full = w.add("全面上线", t["impl"], _IMPL, 0, [(wv.golive, _FS, 0) for wv in self.waves])
        w.assign(full, owner=self.sponsor, acceptance="全部单位上线，线上审批占比 ≥ 90%")
        w.racify(full, self.sh_sponsor, (self.sh_pm,), self.sh_steering)
        w.tasks[full].ctype = ConstraintType.FNLT.value
        t["full"] = full
        self._wbs_rows(data.WBS_SUPPORT)
        w.close_all()
        tasks = w.tasks
        # The status date: a couple of weeks after the go-live of the last wave that is live.
        self.status = tasks[self.waves[self.live_wave].golive].s + 12
        self.status_date = self.wd.days[self.status]
        self.go_live_date = self.wd.days[tasks[full].s]
        self.end = max(tk.s + max(tk.d, 1) for tk in tasks[1:])

    def _wbs_rows(self, rows: Sequence[data.WbsRow]) -> None:
        """Add project-level WBS lines from the rollout method's table."""
        w, t = self.wbs, self.t
        owners = {
            "pm": self.pm,
            "it": self.it_lead,
            "hr": self.hr_lead,
            "vendor": self.vendor_people[0],
            "sponsor": self.sponsor,
        }
        roles: dict[str, Sequence[int]] = {
            "pm": (self.sh_pm,),
            "it": (self.sh_it,),
            "hr": (self.sh_hr,),
            "vendor": (self.sh_vendor,),
            "sponsor": (self.sh_sponsor,),
            "steering": self.sh_steering,
        }
        top_phase = {"prep": _PREP, "impl": _IMPL, "optimise": _OPT}
        for row in rows:
            name = row.name.replace("{product}", self.offer.product).replace("{im}", self.im_name)
            parent = t[row.parent] if row.parent else None
            phase = top_phase[row.key] if parent is None else w.tasks[parent].phase
            if row.days == -1:
                tid = w.summary(name, parent, phase)
            else:
                assert parent is not None
                preds = [_parse_pred(token, t) for token in row.preds.split()]
                days = row.days
                if days == data.SPAN:
                    # From the pilot's go-live (plus the first link's lag) to two weeks
                    # after the full go-live.
                    days = w.tasks[t["full"]].s + 10 - w.tasks[t["golive0"]].s - preds[0][2]
                earliest = 2 if row.key == "kickoff" else 0  # Wednesday of the first week
                tid = w.add(name, parent, phase, days, preds, earliest)
                if row.key == "kickoff":
                    w.tasks[tid].ctype = ConstraintType.MSO.value
            w.assign(
                tid, owner=owners[row.owner], deliverable=row.deliverable, acceptance=row.acceptance
            )
            raci: dict[str, list[int]] = {"A": [], "R": [], "C": [], "I": []}
            for part in row.raci.split():
                letter, who = part.split(":")
                raci[letter] = [sid for role in who.split(",") for sid in roles[role]]
            w.racify(tid, raci["A"][0], raci["R"], raci["C"], raci["I"])
            t[row.key] = tid

    def _wave_tasks(self, wave: _Wave, impl: int) -> None:
        rng, w, t = self.rng, self.wbs, self.t
        s_pm, s_it, s_sp, s_v = self.sh_pm, self.sh_it, self.sh_sponsor, self.sh_vendor
        groups = [g for g in self.groups if g.wave is wave]
        single = len(groups) == 1 and groups[0].company.is_hq
        if wave.idx == 0:
            title = f"试点推广（{'、'.join(u.name for u in wave.units)}）"
        elif single:
            title = f"{wave.name}部门推广（{len(wave.units)} 个部门）"
        else:
            title = f"{wave.name}单位推广（{len(groups)} 家单位）"
        ws = w.summary(title, impl, _IMPL)
        w.assign(ws, owner=self.pm, wave=wave.wave_id)
        w.racify(ws, s_pm)
        wave.summary = ws
        wid = wave.wave_id
        if wave.idx == 0:
            mob_name, preds = "试点启动会", [(t["ku_train"], _FS, 0)]
        elif wave.idx == 1:
            mob_name, preds = f"{wave.name}推广动员会", [(t["pilot_accept"], _FS, 0)]
        else:
            prev = self.waves[wave.idx - 1]
            mob_name, preds = f"{wave.name}推广动员会", [(prev.gate, _FS, 5)]
        mob = w.add(mob_name, ws, _IMPL, 0, preds)
        w.assign(mob, owner=self.pm, wave=wid)
        w.racify(mob, s_sp, (s_pm,), (), (s_it,))
        wave.mobilise = mob
        uat_ids: list[int] = []
        unit_tasks: dict[int, tuple[int, int]] = {}  # unit department -> its summary, training
        for g in groups:
            company = g.company
            gm_sh = company.gm_stakeholder or s_pm
            if single:
                parent, kick = ws, mob
            else:
                parent = w.summary(f"{company.name}推广", ws, _IMPL)
                w.assign(parent, owner=company.executives[0], dept=company.dept_id, wave=wid)
                w.racify(parent, gm_sh)
                kick = w.add(
                    f"{company.name}推广启动会", parent, _IMPL, 0, [(mob, _FS, rng.randint(0, 5))]
                )
                w.assign(kick, owner=company.executives[0], dept=company.dept_id, wave=wid)
                w.racify(kick, gm_sh, (company.gm_stakeholder,), (s_pm,), ())
                if rng.random() < 0.1:
                    w.tasks[kick].ctype = ConstraintType.SNET.value
                    w.tasks[kick].notes = "避开月末结账期，不早于该日启动。"
            g.kick = kick
            it_p = company.it_person
            it_sh = self.sh_person.get(it_p, s_it)
            ktrain = w.add(f"{g.label}信息专员培训", parent, _IMPL, 2, [(kick, _FS, 0)])
            w.assign(
                ktrain,
                owner=self.hr_trainer,
                dept=company.dept_id,
                wave=wid,
                acceptance="信息专员考核通过",
            )
            w.racify(ktrain, self.sh_hr, (s_v,), (it_sh,), ())
            g.ktrain = ktrain
            config = w.add(
                f"{g.label}流程模板配置",
                parent,
                _IMPL,
                rng.randint(3, 5),
                [(kick, _FS, 0), (t["signoff"], _FS, 0)],
            )
            w.assign(config, owner=it_p, dept=company.dept_id, wave=wid)
            w.racify(config, it_sh, (s_v,), (s_pm,), ())
            for u in g.units:
                us = w.summary(f"{u.name}推广上线", parent, _IMPL)
                w.assign(us, owner=u.head, dept=u.dept_id, wave=wid)
                w.racify(us, u.head_sh)
                ku = u.key_users[0]
                t1 = w.add(f"{u.name}业务需求调研", us, _IMPL, rng.randint(2, 4), [(kick, _FS, 0)])
                w.assign(t1, owner=ku, dept=u.dept_id, wave=wid, deliverable=f"{u.name}需求确认单")
                w.racify(t1, u.head_sh, (u.ku_sh,), (s_v,), ())
                t2 = w.add(
                    f"{u.name}流程梳理与表单配置",
                    us,
                    _IMPL,
                    rng.randint(4, 8),
                    [(t1, _FS, 0), (config, _FS, 0)],
                )
                w.assign(t2, owner=ku, dept=u.dept_id, wave=wid, deliverable="流程与表单配置清单")
                w.racify(t2, u.head_sh, (u.ku_sh, it_sh), (s_v,), ())
                t3 = w.add(f"{u.name}用户验收测试", us, _IMPL, rng.randint(2, 3), [(t2, _FS, 0)])
                w.assign(
                    t3,
                    owner=ku,
                    dept=u.dept_id,
                    wave=wid,
                    deliverable="UAT 测试报告",
                    acceptance="UAT 通过率 ≥ 95%",
                )
                w.racify(t3, u.head_sh, (u.ku_sh,), (it_sh,), (s_pm,))
                days = _training_days(len(u.end_users), len(_labs(company)))
                t4 = w.add(
                    f"{u.name}全员操作培训", us, _IMPL, days, [(t3, _SS, 1), (ktrain, _FS, 0)]
                )
                w.assign(
                    t4,
                    owner=ku,
                    dept=u.dept_id,
                    wave=wid,
                    acceptance="培训覆盖率 ≥ 90%，考核通过率 ≥ 85%",
                )
                w.racify(t4, u.head_sh, (u.ku_sh,), (), (self.sh_hr,))
                u.kick, u.config, u.train = kick, t2, t4
                uat_ids.append(t3)
                unit_tasks[u.dept_id] = (us, t4)
        gate_name = (
            "试点上线评审（Go/No-Go）" if wave.idx == 0 else f"{wave.name}上线评审（Go/No-Go）"
        )
        gate = w.add(gate_name, ws, _IMPL, 0, [(u3, _FS, 0) for u3 in uat_ids])
        w.assign(gate, owner=self.sponsor, wave=wid, acceptance="；".join(data.GATE_CRITERIA[:3]))
        w.racify(gate, s_sp, (s_pm,), self.sh_steering, ())
        wave.gate = gate
        group_golives: list[int] = []
        hq_supports: list[int] = []
        for g in groups:
            company = g.company
            gm_sh = company.gm_stakeholder or s_pm
            it_sh = self.sh_person.get(company.it_person, s_it)
            live_ms: list[int] = []
            supports: list[int] = []
            for u in g.units:
                us, t4 = unit_tasks[u.dept_id]
                ku = u.key_users[0]
                t5 = w.add(
                    f"{u.name}数据迁移与上线切换",
                    us,
                    _IMPL,
                    rng.randint(1, 2),
                    [(gate, _FS, 0), (t4, _FF, 0)],
                )
                w.assign(
                    t5,
                    owner=company.it_person,
                    dept=u.dept_id,
                    wave=wid,
                    acceptance="迁移数据核对无误",
                )
                w.racify(t5, u.head_sh, (it_sh,), (u.ku_sh,), ())
                t6 = w.add(f"{u.name}正式上线", us, _IMPL, 0, [(t5, _FS, 0)])
                w.assign(
                    t6, owner=u.head, dept=u.dept_id, wave=wid, acceptance="线上审批占比 ≥ 80%"
                )
                w.racify(t6, u.head_sh, (u.ku_sh,), (), (gm_sh, s_pm))
                t7 = w.add(f"{u.name}上线后跟踪支持", us, _IMPL, rng.randint(5, 10), [(t6, _FS, 0)])
                w.assign(t7, owner=ku, dept=u.dept_id, wave=wid)
                w.racify(t7, u.head_sh, (u.ku_sh,), (s_it,), ())
                u.golive = t6
                live_ms.append(t6)
                supports.append(t7)
            if single:
                group_golives += live_ms
                hq_supports += supports
                continue
            gparent = w.tasks[g.kick].parent
            assert gparent is not None
            golive = w.add(
                f"{company.name}全面上线", gparent, _IMPL, 0, [(m, _FS, 0) for m in live_ms]
            )
            w.assign(golive, owner=company.executives[0], dept=company.dept_id, wave=wid)
            w.racify(golive, gm_sh, (s_pm,), (), (s_sp,))
            close = w.add(
                f"{company.name}推广总结", gparent, _IMPL, 2, [(s7, _FS, 0) for s7 in supports]
            )
            w.assign(
                close,
                owner=company.executives[0],
                dept=company.dept_id,
                wave=wid,
                deliverable=f"{company.name}推广总结报告",
            )
            w.racify(close, gm_sh, (s_pm,), (), ())
            group_golives.append(golive)
        if wave.idx == 0:
            name = "试点上线运行"
        else:
            name = f"{wave.name}{'部门' if single else '单位'}正式上线"
        golive = w.add(name, ws, _IMPL, 0, [(m, _FS, 0) for m in group_golives])
        w.assign(golive, owner=self.sponsor, wave=wid)
        w.racify(golive, s_sp, (s_pm,), (), self.sh_steering)
        w.tasks[golive].ctype = ConstraintType.FNLT.value
        wave.golive = golive
        t[f"golive{wave.idx}"] = golive
        if wave.idx == 0:
            self._pilot_run(wave, ws, golive, hq_supports)
        elif single:
            close = w.add(
                f"{wave.name}部门推广总结", ws, _IMPL, 2, [(s7, _FS, 0) for s7 in hq_supports]
            )
            w.assign(close, owner=self.pm, wave=wid)
            w.racify(close, s_pm, (s_pm,), (), (s_sp,))

    def _pilot_run(self, wave: _Wave, ws: int, golive: int, supports: list[int]) -> None:
        """The pilot's run, evaluation and acceptance (which lets the waves start)."""
        w, t = self.wbs, self.t
        s_pm, s_sp = self.sh_pm, self.sh_sponsor
        wid = wave.wave_id
        track = w.add("试点运行跟踪与问题整改", ws, _IMPL, 10, [(golive, _FS, 0)])
        w.assign(track, owner=self.it_lead, wave=wid, acceptance="P1/P2 问题全部关闭")
        w.racify(track, self.sh_it, (self.sh_it, self.sh_vendor), (s_pm,), ())
        evaluate = w.add(
            "试点总结评估", ws, _IMPL, 3, [(track, _FS, 0), *((s7, _FS, 0) for s7 in supports)]
        )
        w.assign(evaluate, owner=self.pm, wave=wid, deliverable="《试点总结评估报告》")
        w.racify(evaluate, s_pm, (s_pm,), (self.sh_it,), (s_sp,))
        accept = w.add("试点验收通过", ws, _IMPL, 0, [(evaluate, _FS, 0)])
        w.assign(
            accept, owner=self.sponsor, wave=wid, acceptance="线上审批占比 ≥ 80%，用户满意度 ≥ 4.0"
        )
        w.racify(accept, s_sp, (s_pm,), self.sh_steering, ())
        t["pilot_track"], t["pilot_eval"], t["pilot_accept"] = track, evaluate, accept

    # -- state as of the status date ------------------------------------------------

    def _readiness(self, unit: _Unit) -> Readiness:
        tasks, status = self.wbs.tasks, self.status
        golive = tasks[unit.golive].s
        if golive < status - 20:
            return Readiness.STABLE
        if golive < status:
            return Readiness.LIVE
        if tasks[self.waves[unit.wave].gate].s < status:
            return Readiness.READY
        if tasks[unit.kick].s <= status:
            return Readiness.PREPARING
        return Readiness.NOT_STARTED

    def _finish_organisation(self) -> None:
        rng, tasks, text, status = self.rng, self.wbs.tasks, self.wd.text, self.status
        depts = self.depts
        direct = [0] * (len(depts) + 1)
        for did in self.person_dept[1:]:
            if did is not None:
                direct[did] += 1
        for unit in self.units:
            readiness = self._readiness(unit)
            golive = tasks[unit.golive].s
            heads = {unit.dept_id: unit.head}
            for pid in unit.leaders:
                did = self.person_dept[pid]
                if did is not None and did != unit.dept_id:
                    heads.setdefault(did, pid)
            for did in (unit.dept_id, *unit.section_ids):
                dep = depts[did - 1]
                dep.head, dep.headcount = heads.get(did), direct[did]
                dep.wave, dep.pilot = self.waves[unit.wave].wave_id, unit.wave == 0
                dep.readiness = readiness
                dep.planned = text[golive]
                dep.actual = text[golive] if golive < status else None
            # A department's headcount includes its sections' people.
            depts[unit.dept_id - 1].headcount += sum(direct[s] for s in unit.section_ids)
        order = list(Readiness)
        for company in self.companies:
            dep = depts[company.dept_id - 1]
            dep.head = company.executives[0]
            dep.headcount = direct[company.dept_id] + sum(
                depts[u.dept_id - 1].headcount for u in company.units
            )
            waves = {u.wave for u in company.units}
            dep.wave = self.waves[waves.pop()].wave_id if len(waves) == 1 else None
            dep.readiness = min(
                (depts[u.dept_id - 1].readiness for u in company.units), key=order.index
            )
            last = max(tasks[u.golive].s for u in company.units)
            dep.planned = text[last]
            dep.actual = text[last] if last < status else None
        self.rows["department"] = [d.row() for d in depts]

        # Waves and their go/no-go gates.
        wave_rows: list[Row] = []
        criteria = "\n".join(f"{i}. {c}" for i, c in enumerate(data.GATE_CRITERIA, 1))
        # One decided wave (after the pilot) went live with conditions.
        decided = [w.idx for w in self.waves[1:] if tasks[w.gate].s < status]
        conditional = rng.choice(decided) if decided else -1
        for wave in self.waves:
            ws, gate_t, live_t = tasks[wave.summary], tasks[wave.gate], tasks[wave.golive]
            if gate_t.s >= status:
                decision, notes = GateDecision.PENDING, ""
            elif wave.idx == conditional:
                decision = GateDecision.GO_WITH_CONDITIONS
                notes = "同意上线。遗留 3 个 P3 缺陷须在上线后两周内关闭，相关部门加开一场补训。"
            else:
                decision = GateDecision.GO
                notes = "各项准入条件均已满足，同意按计划上线。"
            wave_rows.append(
                (
                    wave.wave_id,
                    wave.name,
                    wave.idx,
                    1 if wave.idx == 0 else 0,
                    text[ws.s],
                    text[live_t.s],
                    text[live_t.s] if live_t.s < status else None,
                    criteria,
                    decision.value,
                    text[gate_t.s],
                    notes,
                )
            )
        self.rows["wave"] = wave_rows

        # Stakeholders were last contacted within their cadence before the status date.
        span = {"weekly": 5, "biweekly": 10, "monthly": 21, "quarterly": 60, "as_needed": 60}
        stake = self.rows["stakeholder"]
        for i, row in enumerate(stake):
            back = rng.randint(1, span[str(row[-2])])
            stake[i] = (*row[:-1], text[max(0, status - back)])

        # Tasks: progress as of the status date; a few started late against their baseline.
        task_rows: list[Row] = []
        base_s = [0] * len(tasks)
        base_f = [0] * len(tasks)
        for tid in range(len(tasks) - 1, 0, -1):
            tk = tasks[tid]
            if tk.kind == _SUMMARY:
                continue
            slip = rng.randint(1, 5) if tk.s < status and rng.random() < 0.12 else 0
            base_s[tid] = max(0, tk.s - slip)
            base_f[tid] = max(0, tk.s + max(tk.d, 1) - 1 - slip)
            if slip and not tk.notes:
                tk.notes = rng.choice(_SLIP_NOTES)
        for tid in range(len(tasks) - 1, 0, -1):  # children have larger ids than parents
            tk = tasks[tid]
            if tk.kind == _SUMMARY:
                kids = tk.children
                base_s[tid] = min(base_s[c] for c in kids)
                base_f[tid] = max(base_f[c] for c in kids)
        # Progress as of the status date; a summary's is its children's, weighted by duration.
        progress = [0] * len(tasks)
        for tid in range(len(tasks) - 1, 0, -1):
            tk = tasks[tid]
            s, d = tk.s, tk.d
            if tk.kind == _SUMMARY:
                work = [(progress[c], tasks[c].d) for c in tk.children if tasks[c].d]
                done = sum(pr * d for pr, d in work)
                progress[tid] = round(done / sum(d for _, d in work)) if work else 0
            elif tk.kind == _MILESTONE:
                progress[tid] = 100 if s < status else 0
            elif s + d <= status:
                progress[tid] = 100
            elif s < status:
                progress[tid] = min(95, max(5, round((status - s) * 100 / d / 5) * 5))
        for tid in range(1, len(tasks)):
            tk = tasks[tid]
            s, d = tk.s, tk.d
            end = s + max(d, 1)
            finish = text[end - 1] if d else text[s]
            cdate = None
            if tk.ctype != ConstraintType.ASAP.value:
                cdate = text[s] if tk.ctype != ConstraintType.FNLT.value else finish
            task_rows.append(
                (
                    tid,
                    tk.parent,
                    tk.seq,
                    tk.name,
                    tk.phase,
                    tk.kind,
                    text[s],
                    finish,
                    d,
                    progress[tid],
                    tk.owner,
                    tk.dept,
                    tk.wave,
                    tk.deliverable,
                    tk.acceptance,
                    tk.ctype,
                    cdate,
                    tk.notes,
                )
            )
            self.baseline_rows.append((tid, text[base_s[tid]], text[base_f[tid]]))
        self.rows["task"] = task_rows
        self.rows["dependency"] = self.wbs.deps
        self.rows["raci_entry"] = self.wbs.raci

    # -- goals and KPIs ----------------------------------------------------------------

    def _live_share(self, day: int) -> float:
        """Share of the roster in departments live by working day ``day``."""
        tasks = self.wbs.tasks
        live = sum(len(u.people) for u in self.units if tasks[u.golive].s <= day)
        return live / max(1, len(self.person_rows))

    def _goals(self) -> None:
        rng, wd, status, tasks = self.rng, self.wd, self.status, self.wbs.tasks
        finance = next(u for u in self.companies[0].units if u.type_key == "finance")
        office = self.companies[0].units[0]
        paper = round(len(self.person_rows) * 0.0016, 1)
        due = self.t["evaluate"]
        pilot_live = tasks[self.waves[0].golive].s
        inc, dec = KpiDirection.INCREASE, KpiDirection.DECREASE
        goals = (
            (
                "平均审批周期",
                KpiCategory.EFFICIENCY,
                "天",
                dec,
                5.2,
                1.5,
                self.pm,
                "从发起到办结的平均自然日，按 OA 流程日志统计；基线取纸质审批抽样。",
            ),
            (
                "无纸化办公率",
                KpiCategory.PAPERLESS,
                "%",
                inc,
                35.0,
                90.0,
                office.head,
                "线上办理的公文与审批单占全部单据的比例。",
            ),
            (
                "OA 活跃用户率",
                KpiCategory.ADOPTION,
                "%",
                inc,
                0.0,
                95.0,
                self.pm,
                "近 7 日登录过 OA 的员工占在职员工的比例，取自 OA 使用情况导出。",
            ),
            (
                "线上审批占比",
                KpiCategory.ADOPTION,
                "%",
                inc,
                20.0,
                95.0,
                self.pm,
                "已上线单位中通过 OA 完成的审批占全部审批的比例。",
            ),
            (
                "用户满意度",
                KpiCategory.SATISFACTION,
                "分",
                inc,
                3.2,
                4.3,
                self.hr_lead,
                "季度问卷 1-5 分均值；基线为原有办公方式的满意度调查。",
            ),
            (
                "办公打印纸张费用",
                KpiCategory.COST,
                "万元/月",
                dec,
                paper,
                round(paper * 0.3, 1),
                finance.head,
                "行政后勤部统计的每月纸张、硒鼓和快递费用。",
            ),
            (
                "最终用户培训覆盖率",
                KpiCategory.ADOPTION,
                "%",
                inc,
                0.0,
                100.0,
                self.hr_lead,
                "已参加操作培训并签到的员工占应培训人数的比例。",
            ),
            (
                "上线问题平均解决时长",
                KpiCategory.QUALITY,
                "小时",
                dec,
                None,
                24.0,
                self.it_lead,
                "服务台工单从提交到解决的平均小时数。",
            ),
        )
        goal_rows: list[Row] = []
        kpi_rows: list[Row] = []
        # Measured on the first working day of each month up to the status date.
        months: list[int] = []
        for year, month in ((y, m) for y in (2026, 2027, 2028) for m in range(1, 13)):
            idx = wd.index_on_or_after(dt.date(year, month, 1))
            if 0 < idx <= status:
                months.append(idx)
        total_people = max(1, len(self.person_rows))
        for gid, (name, cat, unit, direction, base, target, owner, desc) in enumerate(goals, 1):
            goal_rows.append(
                (
                    gid,
                    name,
                    cat.value,
                    unit,
                    direction.value,
                    base,
                    target,
                    owner,
                    wd.text[tasks[due].s],
                    desc,
                )
            )
            for day in months:
                share = self._live_share(day)
                if gid in (3, 4, 5, 8) and day <= pilot_live:
                    continue  # measured only once something is live
                noise = rng.uniform(0.9, 1.05)
                if gid == 1:
                    value = 5.2 - (5.2 - 1.5) * share * noise
                elif gid == 2:
                    value = 35 + (90 - 35) * share * noise
                elif gid == 3:
                    value = 95 * share * rng.uniform(0.82, 0.97)
                elif gid == 4:
                    value = 20 + 75 * share * noise
                elif gid == 5:
                    value = 3.5 + 0.7 * share + rng.uniform(-0.1, 0.1)
                elif gid == 6:
                    value = paper - (paper * 0.7) * share * noise
                elif gid == 7:
                    done = sum(
                        len(u.people)
                        for u in self.units
                        if tasks[u.train].s + tasks[u.train].d <= day
                    )
                    value = 100 * done / total_people * rng.uniform(0.92, 0.98)
                else:
                    value = 48 - 20 * share + rng.uniform(-3, 3)
                value = max(0.0, min(100.0, value)) if unit == "%" else max(0.0, value)
                if day <= pilot_live:
                    note = "纸质单据抽样统计" if gid in (1, 2) else ""
                else:
                    note = "取自 OA 系统月度使用情况导出" if rng.random() < 0.3 else ""
                kpi_rows.append((len(kpi_rows) + 1, gid, wd.text[day], round(value, 2), note))
        self.rows["goal"] = goal_rows
        self.rows["kpi_measurement"] = kpi_rows

    # -- requirements ------------------------------------------------------------------

    def _requirements(self) -> None:
        rng, tasks, text, status = self.rng, self.wbs.tasks, self.wd.text, self.status
        t = self.t
        interviews = tasks[t["interviews"]]
        survey = tasks[t["survey"]]
        research = (interviews.s, survey.s + survey.d - 1)
        req_rows: list[Row] = []
        links: list[Row] = []
        prio = (Priority.MUST, Priority.SHOULD, Priority.COULD)
        labels = _MODULE_LABELS
        for unit in self.units:
            dtype = data.DEPT_TYPES[unit.type_key]
            pains = rng.sample(dtype.pains, min(len(dtype.pains), rng.randint(2, 4)))
            if rng.random() < 0.35:
                pains.append(rng.choice(data.GENERIC_PAINS))
            state = self._readiness(unit)
            for pain in pains:
                fit = pain.fit
                if fit is Fit.STANDARD and rng.random() < 0.15:
                    fit = Fit.CONFIGURATION
                if fit is Fit.GAP:
                    priority = rng.choice((Priority.COULD, Priority.WONT))
                else:
                    priority = rng.choices(prio, weights=(45, 40, 15))[0]
                if fit is Fit.GAP:
                    status_v = rng.choice(
                        (
                            RequirementStatus.DEFERRED,
                            RequirementStatus.REJECTED,
                            RequirementStatus.ANALYSING,
                        )
                    )
                elif state in (Readiness.LIVE, Readiness.STABLE):
                    status_v = (
                        RequirementStatus.DONE
                        if fit is not Fit.CUSTOMISATION or rng.random() < 0.6
                        else RequirementStatus.IN_PROGRESS
                    )
                elif state in (Readiness.READY, Readiness.PREPARING):
                    status_v = rng.choice(
                        (RequirementStatus.ACCEPTED, RequirementStatus.IN_PROGRESS)
                    )
                else:
                    status_v = rng.choice(
                        (
                            RequirementStatus.NEW,
                            RequirementStatus.ANALYSING,
                            RequirementStatus.ACCEPTED,
                        )
                    )
                if unit.company.is_hq or tasks[unit.kick].s >= status:
                    day = rng.randint(*research)
                else:
                    day = min(status - 1, tasks[unit.kick].s + rng.randint(0, 3))
                raiser = unit.key_users[0] if rng.random() < 0.6 else unit.head
                rid = len(req_rows) + 1
                desc = f"{pain.detail}期望通过 OA {labels[pain.module]}实现线上办理。"
                req_rows.append(
                    (
                        rid,
                        unit.dept_id,
                        pain.pain,
                        desc,
                        pain.module.value,
                        priority.value,
                        fit.value,
                        status_v.value,
                        raiser,
                        text[day],
                    )
                )
                if status_v not in (RequirementStatus.REJECTED, RequirementStatus.DEFERRED):
                    links.append((rid, unit.config))
                if fit in (Fit.CUSTOMISATION, Fit.GAP):
                    links.append((rid, t["iteration"]))
        self.rows["requirement"] = req_rows
        self.rows["requirement_task"] = links

    # -- risks ---------------------------------------------------------------------------

    def _risks(self) -> None:
        rng, tasks, text, status, t = self.rng, self.wbs.tasks, self.wd.text, self.status, self.t
        owners = {
            "resistance": self.pm,
            "technical": self.it_lead,
            "data_migration": self.it_lead,
            "integration": self.it_lead,
            "resources": self.hr_lead,
            "schedule": self.pm,
            "vendor": self.pm,
            "security": self.it_lead,
            "other": self.pm,
        }
        rows: list[Row] = []
        raised_base = tasks[t["risk"]].s

        def add(spec: data.RiskSpec, task_id: int, raised: int, name: str = "") -> None:
            tk = tasks[task_id]
            end = tk.s + max(tk.d, 1)
            if spec.category.value == "schedule" and "春节" in spec.title:
                risk_status = RiskStatus.OCCURRED if end <= status else RiskStatus.OPEN
            elif end + 10 <= status:
                risk_status = rng.choice((RiskStatus.CLOSED, RiskStatus.MITIGATED))
            elif tk.s <= status:
                risk_status = RiskStatus.MONITORING
            else:
                risk_status = RiskStatus.OPEN
            closed = risk_status in (RiskStatus.CLOSED, RiskStatus.MITIGATED)
            review = min(end + 5, status) if closed else status + rng.randint(3, 15)
            fmt = {"c": name}
            rows.append(
                (
                    len(rows) + 1,
                    spec.title.format(**fmt),
                    _RISK_IMPACT[spec.category.value],
                    spec.category.value,
                    spec.probability,
                    spec.impact,
                    owners[spec.category.value],
                    spec.trigger.format(**fmt),
                    spec.mitigation.format(**fmt),
                    spec.contingency.format(**fmt),
                    risk_status.value,
                    text[review],
                    task_id,
                    text[min(raised, status)],
                )
            )

        last_live = self.wd.days[tasks[self.waves[-1].golive].s]
        for spec in data.RISKS:
            if "分支机构" in spec.title and len(self.companies) == 1:
                continue  # a single company has no branches
            if "年底" in spec.title and last_live.month < 11:
                spec = spec._replace(
                    title="月末结账期与上线时间冲突",
                    trigger="某批次上线日期落在月末最后三个工作日。",
                    mitigation="上线日期避开月末结账期，提前与财务部确认排期。",
                    contingency="将受影响部门调整到下月初上线，或先上线非财务流程。",
                )
            if spec.task_key == "pilot":
                task_id = self.waves[0].golive
            elif spec.task_key == "wave":
                task_id = self.waves[-1].golive if "年底" in spec.title else self.waves[1].mobilise
            else:
                task_id = t[spec.task_key]
            add(spec, task_id, raised_base + rng.randint(0, 3))
        kick_of = {g.company.idx: g.kick for g in self.groups if not g.company.is_hq}
        for company in self.companies[1:]:
            if rng.random() < 0.3:
                spec = rng.choice(data.SUB_RISKS)
                kick = kick_of[company.idx]
                add(spec, kick, tasks[kick].s - rng.randint(0, 5), company.name)
        self.rows["risk"] = rows

    # -- publicity -------------------------------------------------------------------------

    def _communications(self) -> None:
        rng, tasks, text, status, t = self.rng, self.wbs.tasks, self.wd.text, self.status, self.t
        im, im_ch = self.im_name, Channel(self.im_channel)
        rows: list[Row] = []
        everyone = len(self.person_rows)
        office = self.companies[0].units[0]
        pm = self.pm

        def add(
            title: str,
            channel: Channel,
            audience: str,
            message: str,
            day: int,
            milestone: int | None,
            size: int,
            owner: int = pm,
        ) -> None:
            day = max(0, day)
            if day < status - 2:
                comm = CommStatus.DONE if channel is Channel.MEETING else CommStatus.PUBLISHED
                actual: str | None = text[day + (1 if rng.random() < 0.15 else 0)]
                reach: int | None = round(size * rng.uniform(0.55, 0.95))
            elif day < status + 5:
                comm, actual, reach = CommStatus.PREPARED, None, None
            else:
                comm, actual, reach = CommStatus.PLANNED, None, None
            if rng.random() < 0.02 and comm is CommStatus.PLANNED:
                comm = CommStatus.CANCELLED
            rows.append(
                (
                    len(rows) + 1,
                    title,
                    channel.value,
                    audience,
                    message,
                    milestone,
                    text[day],
                    actual,
                    owner,
                    comm.value,
                    reach,
                )
            )

        kick = tasks[t["kickoff"]].s
        add(
            "项目启动会新闻稿",
            Channel.INTRANET,
            "全体员工",
            f"{data.GROUP_SHORT}正式启动 OA 系统推广项目，总裁亲自担任项目总发起人。",
            kick + 1,
            t["kickoff"],
            everyone,
            office.head,
        )
        add(
            "总裁致全体员工的一封信：拥抱数字化办公",
            Channel.EMAIL,
            "全体员工",
            "说明推广 OA 的意义、上线安排和对各级管理者的要求。",
            kick + 3,
            t["kickoff"],
            everyone,
            self.sponsor,
        )
        add(
            "OA 推广宣传海报张贴",
            Channel.POSTER,
            "各办公区、车间",
            "“告别纸质签字，审批一键办结”主题海报。",
            tasks[t["comm_plan"]].s + 5,
            None,
            everyone,
        )
        add(
            "“数字办公”公众号专栏开栏",
            Channel.WECHAT,
            "全体员工及家属",
            "每周一篇 OA 功能介绍和推广动态。",
            tasks[t["comm_plan"]].s + 8,
            None,
            everyone,
        )
        add(
            "领导层专题培训通知",
            Channel.EMAIL,
            "中高层管理者",
            "领导层专题培训的时间、地点和准备事项。",
            tasks[t["leader_train"]].s - 3,
            t["train_start"],
            60,
            self.hr_lead,
        )
        add(
            f"{im}工作台上线 OA 应用",
            im_ch,
            "全体员工",
            f"在{im}工作台即可处理 OA 待办，请完成账号绑定。",
            tasks[t["im"]].s + 6,
            None,
            everyone,
        )
        for wave in self.waves:
            golive, mob = tasks[wave.golive].s, tasks[wave.mobilise].s
            size = sum(len(u.people) for u in wave.units)
            who = "试点部门全体员工" if wave.idx == 0 else f"{wave.name}上线单位全体员工"
            mob_title = "试点启动会" if wave.idx == 0 else f"{wave.name}推广动员会"
            add(
                mob_title,
                Channel.MEETING,
                f"{wave.name}单位负责人和信息专员",
                "明确上线时间表、各单位职责和考核要求。",
                mob,
                wave.mobilise,
                40,
            )
            add(
                f"{wave.name}培训安排公告",
                Channel.BULLETIN,
                who,
                "培训场次、地点和报名方式，请各部门合理安排工作。",
                mob + 2,
                wave.mobilise,
                size,
                self.hr_lead,
            )
            add(
                f"{wave.name}上线通知",
                Channel.EMAIL,
                who,
                "上线时间、登录方式、服务热线和常见问题入口。",
                golive - 5,
                wave.golive,
                size,
            )
            add(
                f"{wave.name}上线倒计时推送",
                im_ch,
                who,
                "距离上线还有 3 天，请完成培训和账号绑定。",
                golive - 3,
                wave.golive,
                size,
            )
            add(
                f"{wave.name}上线答疑专场",
                Channel.MEETING,
                who,
                "现场解答上线后的常见问题，演示移动审批。",
                golive + 3,
                wave.golive,
                min(size, 200),
            )
            add(
                f"{wave.name}操作视频发布",
                Channel.VIDEO,
                who,
                "按岗位剪辑的 3 分钟操作短视频。",
                golive - 2,
                wave.golive,
                size,
            )
        for g in self.groups:
            if g.company.is_hq:
                continue
            golive = tasks[g.units[0].golive].s
            size = sum(len(u.people) for u in g.units)
            add(
                f"{g.company.name}OA 上线通知",
                Channel.EMAIL,
                f"{g.company.name}全体员工",
                f"{g.company.name}将于本周正式上线 OA，请参加培训并完成账号绑定。",
                golive - 4,
                g.units[0].golive,
                size,
                g.company.executives[0],
            )
        # A tip every two weeks from the pilot go-live to the full go-live.
        first, last = tasks[self.waves[0].golive].s, tasks[t["full"]].s
        for n, day in enumerate(range(first + 5, last + 10, 10), 1):
            add(
                f"OA 使用小贴士（第 {n} 期）",
                im_ch,
                "全体员工",
                rng.choice(_TIPS).replace("{im}", im),
                day,
                None,
                everyone,
            )
        full = tasks[t["full"]].s
        add(
            "全面上线喜报",
            Channel.INTRANET,
            "全体员工",
            "各单位已全部上线 OA 系统，感谢各部门和信息专员的付出。",
            full + 1,
            t["full"],
            everyone,
            office.head,
        )
        add(
            "优秀信息专员表彰通报",
            Channel.BULLETIN,
            "全体员工",
            "表彰在推广中表现突出的信息专员和先进部门。",
            full + 15,
            t["full"],
            everyone,
            self.hr_lead,
        )
        self.rows["communication"] = rows

    # -- training ------------------------------------------------------------------------

    def _training(self) -> None:
        rng, tasks, wd, status = self.rng, self.wbs.tasks, self.wd, self.status
        rnd, gauss = rng.random, rng.gauss
        course_rows: list[Row] = []
        courses: list[tuple[int, data.CourseSpec]] = []
        for cid, spec in enumerate(data.COURSES, 1):
            course_rows.append(
                (
                    cid,
                    spec.name,
                    spec.tier.value,
                    spec.format.value,
                    spec.hours,
                    spec.pass_mark,
                    self._im(spec.description),
                )
            )
            courses.append((cid, spec))
        self.rows["course"] = course_rows
        sessions: list[Row] = []
        enrol: list[Row] = []
        now = wd.midnight[status] + _T1800
        active = self.person_active
        present, late = Attendance.PRESENT.value, Attendance.LATE.value
        excused, absent = Attendance.EXCUSED.value, Attendance.ABSENT.value
        rooms = _Rooms()

        def run(
            cid: int,
            spec: data.CourseSpec,
            people: list[int],
            cursor: int,
            site: str,
            halls: Sequence[str],
            trainer: int,
            wave_id: int,
        ) -> int:
            """Sessions of one course for ``people`` from half-day ``cursor`` on, in free
            rooms of ``halls``; returns the half-day after the last session."""
            chosen = [p for p in people if active[p] and (spec.share >= 1 or rnd() < spec.share)]
            if not chosen:
                return cursor
            self_study = spec.format in _SELF_STUDY
            if self_study:
                cap = max(len(chosen), 50)
                chunks = [chosen]
            else:
                cap = _CAPACITY[spec.format]
                chunks = [chosen[i : i + cap] for i in range(0, len(chosen), cap)]
            full_day = spec.hours > 3.5
            after = cursor
            for chunk in chunks:
                sid = len(sessions) + 1
                if self_study:
                    day = cursor // 2
                    starts = wd.midnight[day] + _T0900
                    ends = wd.midnight[day + 9] + _T1800  # open for two weeks
                    where = f"{data.LEARN_URL}{cid}"
                else:
                    where, half = rooms.book(site, halls, cursor, 2 if full_day else 1)
                    day = half // 2
                    starts = wd.midnight[day] + (_T1400 if half % 2 else _T0900)
                    ends = starts + dt.timedelta(hours=spec.hours + (1 if full_day else 0))
                    after = max(after, half + (2 if full_day else 1))
                sessions.append((sid, cid, _ts(starts), _ts(ends), where, trainer, cap, wave_id))
                invited = wd.days[day] - dt.timedelta(days=3 + int(rnd() * 5))
                invited_s = invited.isoformat() if invited <= self.status_date else None
                pass_mark = spec.pass_mark
                if starts >= now:
                    base = len(enrol)
                    enrol.extend(
                        [
                            (base + i, sid, pid, invited_s, None, None, None, None)
                            for i, pid in enumerate(chunk, 1)
                        ]
                    )
                    continue
                for pid in chunk:
                    eid = len(enrol) + 1
                    r = rnd()
                    if self_study:
                        att = present if r < 0.82 else absent
                    else:
                        att = (
                            present
                            if r < 0.86
                            else late
                            if r < 0.92
                            else excused
                            if r < 0.96
                            else absent
                        )
                    score: float | None = None
                    passed: int | None = None
                    rating: int | None = None
                    if att is present or att is late:
                        if pass_mark is not None:
                            score = float(min(100, max(35, round(gauss(84, 9)))))
                            passed = 1 if score >= pass_mark else 0
                        if rnd() < 0.7:
                            q = rnd()
                            rating = 5 if q < 0.45 else 4 if q < 0.85 else 3 if q < 0.97 else 2
                    enrol.append((eid, sid, pid, invited_s, att, score, passed, rating))
            return after

        vendor_trainers = self.vendor_people
        hq_execs = self.companies[0].executives
        for g in self.groups:
            company = g.company
            site = company.site
            wave_id = g.wave.wave_id
            labs = _labs(company)
            kt = tasks[g.ktrain]
            leaders = [p for u in g.units for p in u.leaders]
            if g.units is self.groups[0].units or not company.is_hq:
                # Executives train with their company's first group.
                leaders = (hq_execs if company.is_hq else company.executives) + leaders
            keys = [p for u in g.units for p in u.key_users + u.admins]
            trainer_v = vendor_trainers[g.wave.idx % len(vendor_trainers)]
            halls: tuple[str, ...]
            lead_cursor = key_cursor = 2 * kt.s
            for cid, spec in courses:
                if spec.tier is _LEAD:
                    halls = (
                        ("多功能厅",) if spec.format is CourseFormat.LECTURE else ("第一会议室",)
                    )
                    lead_cursor = run(
                        cid, spec, leaders, lead_cursor, site, halls, trainer_v, wave_id
                    )
                elif spec.tier is _KEY:
                    halls = labs if spec.format is CourseFormat.HANDS_ON else ("第二会议室",)
                    key_cursor = run(cid, spec, keys, key_cursor, site, halls, trainer_v, wave_id)
            for u in g.units:
                cursor = 2 * tasks[u.train].s
                for cid, spec in courses:
                    if spec.tier is not _END:
                        continue
                    if spec.format is CourseFormat.HANDS_ON:
                        trainer, halls = company.it_person, labs
                    elif spec.format is CourseFormat.LECTURE:
                        trainer, halls = u.key_users[0], ("多功能厅",)
                    else:
                        trainer, halls = u.key_users[0], (f"{u.name}会议室",)
                    cursor = run(cid, spec, u.end_users, cursor, site, halls, trainer, wave_id)
        self.rows["training_session"] = sessions
        self.rows["enrollment"] = enrol

    # -- go-live support: tickets, events, knowledge base ----------------------------------

    def _tickets(self) -> None:
        rng, tasks, wd, status = self.rng, self.wbs.tasks, self.wd, self.status
        rnd = rng.random
        now = wd.midnight[status] + dt.timedelta(hours=18)
        templates = [
            t._replace(
                title=self._im(t.title),
                description=self._im(t.description),
                question=self._im(t.question),
                answer=self._im(t.answer),
                tags=self._im(t.tags),
            )
            for t in data.TICKET_TEMPLATES
        ]
        # Reporters: active people of the live units, with their unit.
        pool: list[tuple[int, _Unit]] = []
        for u in self.units:
            if tasks[u.golive].s < status:
                pool += [(p, u) for p in u.people if self.person_active[p]]
        specs: list[tuple[dt.datetime, int, _Unit, int]] = []
        n_templates = len(templates)
        if pool:
            n_pool = len(pool)
            for _ in range(self.p.tickets):
                pid, unit = pool[int(rnd() * n_pool)]
                live = tasks[unit.golive].s
                # Most tickets come in the first weeks after a department goes live.
                off = min(int(rng.expovariate(0.12)), status - live - 1)
                secs = 30_600 + int(rnd() * 34_200)  # 08:30 to 18:00
                created = wd.midnight[live + off] + dt.timedelta(seconds=secs)
                specs.append((created, pid, unit, int(rnd() * n_templates)))
        specs.sort(key=lambda s: (s[0], s[1]))
        tickets: list[Row] = []
        events: list[Row] = []
        links: list[Row] = []
        linked = [0] * (n_templates + 1)
        per_day: dict[dt.date, int] = {}
        pname = self.person_name
        prios = list(TicketPriority)
        prio_cum = {
            TicketType.INCIDENT: _cumulative((10, 40, 40, 10)),
            TicketType.BUG: _cumulative((3, 25, 57, 15)),
            TicketType.ACCESS: _cumulative((2, 20, 60, 18)),
            TicketType.SUGGESTION: _cumulative((0, 0, 30, 70)),
            TicketType.CHANGE_REQUEST: _cumulative((0, 5, 45, 50)),
        }
        default_cum = _cumulative((1, 12, 65, 22))
        tpl_cum = [prio_cum.get(tp.type, default_cum) for tp in templates]
        tpl_values = [(tp.type.value, tp.module.value) for tp in templates]
        channels = [c.value for c in TicketChannel]
        chan_cum = _cumulative((30, 15, 15, 35, 5))
        sla = [
            (dt.timedelta(hours=SLA_HOURS[p][0]), dt.timedelta(hours=SLA_HOURS[p][1]))
            for p in prios
        ]
        prio_v = [p.value for p in prios]
        minute, hour = dt.timedelta(minutes=1), dt.timedelta(hours=1)
        support_staff = [*self.it_team, *self.vendor_people]
        n_staff = len(support_staff)
        ev_created, ev_assigned = TicketEventKind.CREATED.value, TicketEventKind.ASSIGNED.value
        ev_status, ev_prio = TicketEventKind.STATUS.value, TicketEventKind.PRIORITY.value
        ev_comment = TicketEventKind.COMMENT.value
        st_new, st_asg = TicketStatus.NEW.value, TicketStatus.ASSIGNED.value
        st_prog, st_wait = TicketStatus.IN_PROGRESS.value, TicketStatus.WAITING.value
        st_res, st_closed = TicketStatus.RESOLVED.value, TicketStatus.CLOSED.value
        dispatcher = self.it_lead
        comments, n_comments = _TICKET_COMMENTS, len(_TICKET_COMMENTS)
        wave_ids = [w.wave_id for w in self.waves]
        # The resolution note: the first sentence of the article that answers it.
        resolution = [tp.answer.split("；")[0].split("。")[0] + "。" for tp in templates]

        day_index = wd.index_of  # working days by date
        opening, closing = dt.timedelta(hours=8, minutes=30), dt.timedelta(hours=18)

        def biz(at: dt.datetime, after: dt.datetime) -> dt.datetime:
            """``at`` moved into office hours of a working day, and later than ``after``."""
            if at <= after:
                at = after + minute * (1 + int(rnd() * 20))
            day = at.date()
            idx = day_index.get(day)
            since = at - wd.midnight[idx] if idx is not None else closing
            if idx is None or since >= closing:
                nxt = wd.index_on_or_after(day + dt.timedelta(days=1))
                return wd.midnight[nxt] + opening + minute * int(rnd() * 60)
            if since < opening:
                return wd.midnight[idx] + opening + minute * int(rnd() * 30)
            return at

        def ev(
            tid: int, at: dt.datetime, kind: str, actor: int | None, old: str, new: str, note: str
        ) -> None:
            events.append((len(events) + 1, tid, _ts(at), kind, actor, old, new, note))

        for tid, (created, reporter, unit, ti) in enumerate(specs, 1):
            tpl = templates[ti]
            day = created.date()
            n = per_day.get(day, 0) + 1
            per_day[day] = n
            pi = _pick(tpl_cum[ti], rnd())
            resp_sla, res_sla = sla[pi]
            if rnd() < 0.5:
                assignee = unit.key_users[0]
            elif not unit.company.is_hq and rnd() < 0.6:
                assignee = unit.company.it_person
            else:
                assignee = support_staff[int(rnd() * n_staff)]
            ev(tid, created, ev_created, reporter, "", st_new, "")
            status_v = st_new
            first_resp: dt.datetime | None = None
            resolved: dt.datetime | None = None
            closed: dt.datetime | None = None
            # Support works office hours: every step lands in them, in order.
            t1 = biz(created + resp_sla * (0.1 + 1.2 * rnd()), created)
            if t1 < now:
                first_resp = t1
                ev(tid, t1, ev_assigned, dispatcher, "", pname[assignee], "")
                status_v = st_asg
                t2 = biz(t1 + minute * (2 + int(rnd() * 38)), t1)
                if t2 < now:
                    ev(tid, t2, ev_status, assignee, st_asg, st_prog, "已联系用户，正在处理")
                    status_v = st_prog
                    res_at = biz(created + res_sla * (0.05 + 1.1 * rnd()), t2 + minute * 10)
                    step = res_at - t2
                    last = t2
                    if pi > 0 and rnd() < 0.04:
                        last = biz(t2 + step * 0.1, last)
                        if last < now:
                            ev(
                                tid,
                                last,
                                ev_prio,
                                assignee,
                                prio_v[pi],
                                prio_v[pi - 1],
                                "影响范围扩大，提升优先级",
                            )
                            pi -= 1
                    if rnd() < 0.18:
                        last = biz(t2 + step * 0.3, last)
                        if last < now:
                            ev(
                                tid,
                                last,
                                ev_status,
                                assignee,
                                st_prog,
                                st_wait,
                                "等待用户提供截图和操作步骤",
                            )
                            status_v = st_wait
                            last = biz(t2 + step * 0.6, last)
                            if last < now:
                                ev(
                                    tid,
                                    last,
                                    ev_status,
                                    reporter,
                                    st_wait,
                                    st_prog,
                                    "用户已补充信息",
                                )
                                status_v = st_prog
                    if rnd() < 0.25:
                        last = biz(t2 + step * 0.8, last)
                        if last < now:
                            ev(
                                tid,
                                last,
                                ev_comment,
                                assignee,
                                "",
                                "",
                                comments[int(rnd() * n_comments)],
                            )
                    res_at = biz(res_at, last)
                    if res_at < now and status_v == st_prog:
                        resolved = res_at
                        ev(tid, res_at, ev_status, assignee, status_v, st_res, resolution[ti])
                        status_v = st_res
                        cl = biz(res_at + hour * (2 + 70 * rnd()), res_at)
                        if cl < now:
                            closed = cl
                            ev(
                                tid,
                                cl,
                                ev_status,
                                reporter,
                                st_res,
                                st_closed,
                                "用户确认问题已解决",
                            )
                            status_v = st_closed
                        if rnd() < 0.4:
                            links.append((ti + 1, tid))
                            linked[ti + 1] += 1
            type_v, module_v = tpl_values[ti]
            # Service-level targets of the (final, possibly escalated) priority.
            response_due, resolve_due = created + sla[pi][0], created + sla[pi][1]
            tickets.append(
                (
                    tid,
                    f"OA{day:%Y%m%d}-{n:04d}",
                    tpl.title,
                    tpl.description,
                    type_v,
                    channels[_pick(chan_cum, rnd())],
                    prio_v[pi],
                    status_v,
                    unit.dept_id,
                    wave_ids[unit.wave],
                    reporter,
                    assignee if first_resp else None,
                    module_v,
                    _ts(created),
                    _ts(first_resp) if first_resp else None,
                    _ts(resolved) if resolved else None,
                    _ts(closed) if closed else None,
                    _ts(response_due),
                    _ts(resolve_due),
                )
            )
        # The knowledge base: one article per ticket template, then local support notes.
        kb_start = tasks[self.t["kb"]]
        articles: list[Row] = []
        for aid, tpl in enumerate(templates, 1):
            created_on = kb_start.s + rng.randint(0, max(0, kb_start.d - 1))
            updated = (
                created_on if not linked[aid] else max(created_on, status - rng.randint(1, 20))
            )
            views = linked[aid] * rng.randint(3, 12) + rng.randint(5, 80)
            articles.append(
                (
                    aid,
                    tpl.question,
                    tpl.answer,
                    tpl.module.value,
                    tpl.tags,
                    wd.text[created_on],
                    wd.text[updated],
                    views,
                )
            )
        for g in self.groups:
            if g.company.is_hq:
                continue
            kick = tasks[g.kick].s
            if kick >= status:
                continue
            it_name = pname[g.company.it_person]
            articles.append(
                (
                    len(articles) + 1,
                    f"{g.company.name}OA 问题找谁？",
                    f"{g.company.name}一线支持：各部门信息专员；技术问题请联系信息化负责人"
                    f"{it_name}，或拨打集团 OA 服务热线 400-820-6688（工作日 8:30-18:00）。",
                    OaModule.OTHER.value,
                    "支持,联系方式",
                    wd.text[kick],
                    wd.text[kick],
                    rng.randint(10, 300),
                )
            )
        self.rows["ticket"] = tickets
        self.rows["ticket_event"] = events
        self.rows["kb_article"] = articles
        self.rows["kb_article_ticket"] = links

    # -- feedback and adoption ---------------------------------------------------------

    def _feedback_and_adoption(self) -> None:
        rng, tasks, text, status = self.rng, self.wbs.tasks, self.wd.text, self.status
        feedback: list[Row] = []
        adoption: list[Row] = []
        comments = data.FEEDBACK_COMMENTS
        active = self.person_active
        for u in self.units:
            g = tasks[u.golive].s
            if g >= status:
                continue
            total = sum(1 for p in u.people if active[p])
            for n, (after, channel) in enumerate(
                ((10, FeedbackChannel.QUESTIONNAIRE), (30, None)), 1
            ):
                day = g + after
                if day >= status:
                    break
                if channel is None:
                    channel = rng.choices(list(FeedbackChannel), weights=(70, 10, 10, 10))[0]
                respondents = max(1, round(total * rng.uniform(0.55, 0.9)))
                if channel is not FeedbackChannel.QUESTIONNAIRE:
                    respondents = min(respondents, rng.randint(5, 15))
                sat = round(min(5.0, max(1.0, rng.uniform(3.3, 4.3) + 0.15 * n)), 2)
                picked = "；".join(rng.sample(comments, 3))
                feedback.append(
                    (
                        len(feedback) + 1,
                        u.dept_id,
                        text[day],
                        channel.value,
                        respondents,
                        sat,
                        picked,
                    )
                )
            week = 1
            while g + 5 * week - 1 < status:
                share = 0.97 - 0.6 * math.exp(-week / 2.5) + rng.uniform(-0.03, 0.03)
                active_users = min(total, max(0, round(total * share)))
                approvals = round(active_users * rng.uniform(2.5, 4.5))
                adoption.append(
                    (
                        len(adoption) + 1,
                        u.dept_id,
                        text[g + 5 * week - 1],
                        active_users,
                        total,
                        approvals,
                    )
                )
                week += 1
        # Company-wide forum rounds, one a month after the pilot went live.
        pilot = tasks[self.waves[0].golive].s
        for day in range(pilot + 20, status, 21):
            feedback.append(
                (
                    len(feedback) + 1,
                    None,
                    text[day],
                    FeedbackChannel.FORUM.value,
                    rng.randint(40, 160),
                    None,
                    "；".join(rng.sample(comments, 4)),
                )
            )
        self.rows["feedback_round"] = feedback
        self.rows["adoption_snapshot"] = adoption

    # -- write ----------------------------------------------------------------------------

    def write(self, conn: sqlite3.Connection) -> dict[str, int]:
        """Insert everything (the caller holds the transaction); rows written per table."""
        rows = self.rows
        counts: dict[str, int] = {}
        # Holidays of the plan's years and the next one (statutory days only where the
        # State Council has not yet published the make-up days).
        last_year = self.wd.days[self.end].year + 1
        conn.execute(
            "UPDATE calendar SET name = ?, working_weekdays = '1111100', preset = 'CN'"
            " WHERE id = 1",
            ("中国大陆工作日历（法定节假日与调休）",),
        )
        counts["calendar"] = 1
        exc = [
            (i, 1, day.isoformat(), 1 if working else 0, name)
            for i, (day, (working, name)) in enumerate(
                sorted(
                    (d, v) for d, v in self.exceptions.items() if ANCHOR.year <= d.year <= last_year
                ),
                1,
            )
        ]
        _insert(conn, "calendar_exception", ("id", "calendar_id", "day", "working", "name"), exc)
        counts["calendar_exception"] = len(exc)
        desc = (
            f"{data.GROUP_FULL}在集团总部和各分子公司推广{self.offer.product}。"
            f"按“准备 → 试点 → 分批推广 → 上线支持 → 持续优化”的方法推进："
            f"先在{'、'.join(data.HQ_PILOT)}试点，再分 {len(self.waves) - 1} 批上线。"
            f"移动端通过{self.im_name}接入。"
            f"本计划为演示数据，状态日期 {self.status_date.isoformat()}。"
        )
        conn.execute(
            "UPDATE plan SET name = ?, organisation = ?, oa_product = ?, vendor = ?,"
            " start_date = ?, target_go_live = ?, calendar_id = 1, description = ?,"
            " created_at = ? WHERE id = 1",
            (
                self.plan_name,
                data.GROUP_FULL,
                self.offer.product,
                self.offer.vendor,
                ANCHOR.isoformat(),
                self.go_live_date.isoformat(),
                desc,
                _ts(dt.datetime.combine(ANCHOR - dt.timedelta(days=7), dt.time(9, 30))),
            ),
        )
        counts["plan"] = 1
        heads = [(d.head, d.id) for d in self.depts if d.head is not None]
        departments = [(*r[:5], None, *r[6:]) for r in rows["department"]]
        for table, cols, table_rows in (
            ("wave", _COLS["wave"], rows["wave"]),
            ("department", _COLS["department"], departments),
            ("person", _COLS["person"], self.person_rows),
        ):
            _insert(conn, table, cols, table_rows)
            counts[table] = len(table_rows)
        # department.head_id and person.department_id point at each other: heads last.
        conn.executemany("UPDATE department SET head_id = ? WHERE id = ?", heads)
        for table in _ORDER:
            _insert(conn, table, _COLS[table], rows[table])
            counts[table] = len(rows[table])
        # The approved plan's dates, kept as a named baseline.
        conn.execute(
            "INSERT INTO baseline (id, name, created_at) VALUES (1, ?, ?)",
            ("立项基线", _ts(dt.datetime.combine(ANCHOR, dt.time(18, 0)))),
        )
        baseline_rows = self.baseline_rows
        conn.executemany(
            "INSERT INTO baseline_task (baseline_id, task_id, start, finish) VALUES (1, ?, ?, ?)",
            baseline_rows,
        )
        counts["baseline"] = 1
        counts["baseline_task"] = len(baseline_rows)
        return counts


# -- helpers ---------------------------------------------------------------------------

_SELF_STUDY = frozenset({CourseFormat.VIDEO, CourseFormat.MANUAL, CourseFormat.FAQ})
_CAPACITY = {CourseFormat.LECTURE: 120, CourseFormat.SMALL_CLASS: 25, CourseFormat.HANDS_ON: 40}


def _labs(company: _Company) -> tuple[str, ...]:
    """The computer training rooms of a site: three at headquarters, two elsewhere."""
    return ("计算机培训教室 A", "计算机培训教室 B", "计算机培训教室 C")[: 3 if company.is_hq else 2]


def _training_days(end_users: int, labs: int) -> int:
    """Working days a department's end-user training takes: the lecture, the hands-on
    sessions (``labs`` rooms in parallel) and small classes, two half-days a day."""
    halves = (
        math.ceil(end_users / 120)
        + math.ceil(math.ceil(end_users / 40) / labs)
        + math.ceil(end_users * 0.25 / 25)
    )
    return min(6, max(1, math.ceil(halves / 2)))


class _Rooms:
    """Half-day bookings of training rooms, so that no two sessions share a room."""

    def __init__(self) -> None:
        self._busy: set[tuple[str, str, int]] = set()

    def book(self, site: str, rooms: Sequence[str], half: int, length: int) -> tuple[str, int]:
        """The first free (room, half-day) at or after ``half``; ``length`` 2 is a full
        day (it starts in a morning)."""
        busy = self._busy
        while True:
            if length == 1 or half % 2 == 0:
                for room in rooms:
                    if all((site, room, half + i) not in busy for i in range(length)):
                        for i in range(length):
                            busy.add((site, room, half + i))
                        return f"{site}{room}", half
            half += 1


_T0900 = dt.timedelta(hours=9)
_T1400 = dt.timedelta(hours=14)
_T1800 = dt.timedelta(hours=18)

_COLS: dict[str, tuple[str, ...]] = {
    "wave": (
        "id",
        "name",
        "seq",
        "is_pilot",
        "planned_start",
        "planned_go_live",
        "actual_go_live",
        "gate_criteria",
        "gate_decision",
        "gate_date",
        "gate_notes",
    ),
    "department": (
        "id",
        "parent_id",
        "seq",
        "name",
        "code",
        "head_id",
        "headcount",
        "wave_id",
        "is_pilot",
        "readiness",
        "planned_go_live",
        "actual_go_live",
    ),
    "person": (
        "id",
        "employee_no",
        "name",
        "department_id",
        "title",
        "email",
        "phone",
        "tier",
        "active",
    ),
    "team_member": ("id", "person_id", "role", "responsibilities", "allocation"),
    "stakeholder": (
        "id",
        "person_id",
        "name",
        "organisation",
        "influence",
        "interest",
        "current_engagement",
        "desired_engagement",
        "adkar_awareness",
        "adkar_desire",
        "adkar_knowledge",
        "adkar_ability",
        "adkar_reinforcement",
        "strategy",
        "cadence",
        "last_contact",
    ),
    "goal": (
        "id",
        "name",
        "category",
        "unit",
        "direction",
        "baseline",
        "target",
        "owner_id",
        "due",
        "description",
    ),
    "kpi_measurement": ("id", "goal_id", "day", "value", "note"),
    "task": (
        "id",
        "parent_id",
        "seq",
        "name",
        "phase",
        "kind",
        "start",
        "finish",
        "duration",
        "progress",
        "owner_id",
        "department_id",
        "wave_id",
        "deliverable",
        "acceptance",
        "constraint_type",
        "constraint_date",
        "notes",
    ),
    "dependency": ("id", "predecessor_id", "successor_id", "type", "lag"),
    "raci_entry": ("id", "task_id", "stakeholder_id", "role"),
    "requirement": (
        "id",
        "department_id",
        "pain_point",
        "description",
        "module",
        "priority",
        "fit",
        "status",
        "raised_by_id",
        "raised_on",
    ),
    "requirement_task": ("requirement_id", "task_id"),
    "risk": (
        "id",
        "title",
        "description",
        "category",
        "probability",
        "impact",
        "owner_id",
        "trigger",
        "mitigation",
        "contingency",
        "status",
        "review_date",
        "task_id",
        "raised_on",
    ),
    "communication": (
        "id",
        "title",
        "channel",
        "audience",
        "message",
        "milestone_id",
        "planned_date",
        "actual_date",
        "owner_id",
        "status",
        "reach",
    ),
    "course": ("id", "name", "tier", "format", "duration_hours", "pass_mark", "description"),
    "training_session": (
        "id",
        "course_id",
        "starts_at",
        "ends_at",
        "location",
        "trainer_id",
        "capacity",
        "wave_id",
    ),
    "enrollment": (
        "id",
        "session_id",
        "person_id",
        "invited_on",
        "attendance",
        "score",
        "passed",
        "rating",
    ),
    "ticket": (
        "id",
        "number",
        "title",
        "description",
        "type",
        "channel",
        "priority",
        "status",
        "department_id",
        "wave_id",
        "reporter_id",
        "assignee_id",
        "module",
        "created_at",
        "first_response_at",
        "resolved_at",
        "closed_at",
        "response_due",
        "resolve_due",
    ),
    "ticket_event": (
        "id",
        "ticket_id",
        "at",
        "kind",
        "actor_id",
        "old_value",
        "new_value",
        "comment",
    ),
    "kb_article": (
        "id",
        "question",
        "answer",
        "module",
        "tags",
        "created_on",
        "updated_on",
        "views",
    ),
    "kb_article_ticket": ("article_id", "ticket_id"),
    "feedback_round": (
        "id",
        "department_id",
        "day",
        "channel",
        "respondents",
        "satisfaction",
        "comments",
    ),
    "adoption_snapshot": (
        "id",
        "department_id",
        "day",
        "active_users",
        "total_users",
        "online_approvals",
    ),
}

# Tables written after the roster, parents before children.
_ORDER = (
    "team_member",
    "stakeholder",
    "goal",
    "kpi_measurement",
    "task",
    "dependency",
    "raci_entry",
    "requirement",
    "requirement_task",
    "risk",
    "communication",
    "course",
    "training_session",
    "enrollment",
    "ticket",
    "ticket_event",
    "kb_article",
    "kb_article_ticket",
    "feedback_round",
    "adoption_snapshot",
)


def _insert(conn: sqlite3.Connection, table: str, cols: Sequence[str], rows: Sequence[Row]) -> None:
    marks = ", ".join("?" * len(cols))
    conn.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({marks})", rows)


_PersonFn = Callable[[int | None, str, str], int]


def _parse_pred(token: str, keys: dict[str, int]) -> Pred:
    """``key``, ``key:SS``, ``key:FF+10``: a predecessor by key, link type and lag."""
    key, _, link = token.partition(":")
    kind, _, lag = (link or "FS").partition("+")
    return keys[key], DependencyType(kind), int(lag or 0)


def _pick(cum: Sequence[float], r: float) -> int:
    """Index drawn from cumulative weights ``cum`` with ``r`` uniform in [0, 1)."""
    import bisect

    return bisect.bisect_right(cum, r * cum[-1])


def _cumulative(weights: Sequence[float]) -> list[float]:
    out: list[float] = []
    acc = 0.0
    for w in weights:
        acc += w
        out.append(acc)
    return out


def _split(total: int, weights: Sequence[float]) -> list[int]:
    """``total`` split in proportion to ``weights`` (largest remainders; sums exactly)."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    out = [int(x) for x in raw]
    order = sorted(range(len(raw)), key=lambda i: raw[i] - out[i], reverse=True)
    for i in order[: total - sum(out)]:
        out[i] += 1
    return out


def _chunks(items: Sequence[_Company], n: int) -> list[list[_Company]]:
    size, extra = divmod(len(items), n)
    out, start = [], 0
    for i in range(n):
        end = start + size + (1 if i < extra else 0)
        out.append(list(items[start:end]))
        start = end
    return [c for c in out if c]


def _section_chief(name: str) -> str:
    if name.endswith("车间"):
        return "车间主任"
    if name.endswith("科"):
        return "科长"
    if name.endswith("组"):
        return "组长"
    return "经理"


def _engagement(rng: random.Random, live: bool) -> Engagement:
    levels = list(Engagement)
    weights = (0, 5, 20, 50, 25) if live else (10, 12, 35, 33, 10)
    return rng.choices(levels, weights=weights)[0]


_ADKAR_BASE = {
    Engagement.UNAWARE: (1, 1, 1, 1, 1),
    Engagement.RESISTANT: (3, 1, 2, 2, 1),
    Engagement.NEUTRAL: (3, 2, 2, 2, 2),
    Engagement.SUPPORTIVE: (4, 4, 3, 3, 3),
    Engagement.LEADING: (5, 5, 4, 4, 4),
}


def _adkar(rng: random.Random, engagement: Engagement, live: bool) -> tuple[int, ...]:
    """Awareness, desire, knowledge, ability, reinforcement (1-5), from the engagement;
    people whose department is live have had the training, so know and can more."""
    out = []
    for i, base in enumerate(_ADKAR_BASE[engagement]):
        value = base + rng.choice((-1, 0, 0, 1)) + (1 if live and i in (2, 3) else 0)
        out.append(min(5, max(1, value)))
    return tuple(out)


def _strategy(influence: int, interest: int, engagement: Engagement) -> str:
    if influence >= 4 and interest >= 4:
        text = "重点管理：每周沟通推广进展，邀请参加指导委员会并在关键节点公开表态支持。"
    elif influence >= 4:
        text = "令其满意：定期汇报成果和风险，重大事项提前征求意见。"
    elif interest >= 4:
        text = "保持知情：发挥其积极性，邀请参与测试、培训和内部宣传。"
    else:
        text = "持续关注：通过通知公告和部门会议同步进展。"
    if engagement is Engagement.RESISTANT:
        text += "当前存在抵触，安排一对一沟通，了解顾虑并展示试点成效。"
    elif engagement is Engagement.UNAWARE:
        text += "尚不了解项目，先安排专题介绍。"
    return text


_MODULE_LABELS: dict[OaModule, str] = {
    OaModule.WORKFLOW: "流程审批",
    OaModule.DOCUMENTS: "公文与文档管理",
    OaModule.MEETINGS: "会议管理",
    OaModule.NOTICES: "通知公告",
    OaModule.ATTENDANCE: "考勤管理",
    OaModule.CONTRACTS: "合同管理",
    OaModule.ASSETS: "资产管理",
    OaModule.FINANCE: "费用管理",
    OaModule.PORTAL: "门户",
    OaModule.MOBILE: "移动办公",
    OaModule.OTHER: "扩展应用",
}

_RISK_IMPACT: dict[str, str] = {
    "resistance": "员工和管理者的接受程度决定推广成效，抵触会导致线上线下两套流程并行。",
    "technical": "系统不稳定会直接打击用户信心，并可能中断日常审批。",
    "data_migration": "数据不准确会导致审批人错误、历史单据无法查询。",
    "integration": "集成延期会使相关流程无法按计划上线。",
    "resources": "关键人员投入不足会拖慢配置、测试和一线支持。",
    "schedule": "进度延误会挤压后续批次的培训和上线时间。",
    "vendor": "厂商资源不稳定会影响交付质量和进度。",
    "security": "信息安全事件可能造成敏感数据泄露。",
    "other": "可能影响部分业务的线上办理。",
}

_SLIP_NOTES = (
    "受春节假期影响顺延。",
    "部门负责人出差，需求确认推迟。",
    "测试发现问题，整改后重新验收。",
    "与月末结账冲突，调整开始时间。",
    "厂商顾问到场推迟。",
)

_TIPS = (
    "出差时设置审批代理，流程不再积压。",
    "在{im}工作台即可处理待办，附件支持在线预览。",
    "发起流程时点击星标，把常用流程放到首页。",
    "忘记密码可在登录页通过手机验证码自助重置。",
    "报销时直接上传电子发票，系统自动查验查重。",
    "流程长时间无人审批？试试“催办”。",
    "通知公告可以查看已读情况并一键提醒。",
)

_TICKET_COMMENTS = (
    "已远程协助用户完成设置",
    "已转厂商二线支持分析",
    "已在知识库补充相关说明",
    "与用户电话确认了操作步骤",
    "同类问题已汇总到上线问题周报",
)
