"""What the demo generator builds on: its sizes, the organisation's entities, shared state.

Every build step (``organisation``, ``people``, ``team``, ``schedule``...) is a
function of one :class:`Demo`: it reads what earlier steps built and adds its
own rows to :attr:`Demo.rows`. The steps run in a fixed order and draw every
random number from :attr:`Demo.rng`, so the same seed gives the same plan.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from oa_desk.domain.enums import Readiness
from oa_desk.services.demo import data_company
from oa_desk.services.demo.wbs import Wbs
from oa_desk.services.demo.workdays import WorkDays

# The demo company's clocks: Beijing time (China has one zone and no daylight saving).
BEIJING = dt.timezone(dt.timedelta(hours=8), "CST")
# Day 0 of a demo plan generated with ``anchor=ANCHOR`` (a Monday); a demo generated
# for a day starts on the Monday that puts its status date on that day (see
# :func:`anchor_for`), so a new user opens a rollout in flight.
ANCHOR = dt.date(2026, 1, 5)
# The working-day table reaches this far past day 0; the largest demo ends well before.
TABLE_DAYS = 1089

Row = tuple[object, ...]
# person(department id, title, tier code) -> the new person's id
PersonFn = Callable[[int | None, str, str], int]

CN_NUM = "一二三四五六七八九十"


# -- sizes ------------------------------------------------------------------------


@dataclass(frozen=True)
class Profile:
    companies: int  # the headquarters plus subsidiaries
    people: int
    tickets: int
    optional_units: tuple[int, int]  # how many optional departments a subsidiary adds


def profile(scale: int, large: bool) -> Profile:
    if large:
        return Profile(companies=240, people=56_000, tickets=21_000, optional_units=(4, 6))
    return Profile(
        companies=1 + round(1.6 * (scale - 1)),
        people=800 * scale,
        tickets=320 * scale,
        optional_units=(2, 5),
    )


# -- the organisation ---------------------------------------------------------------


@dataclass(eq=False)
class Dept:
    id: int
    parent: int | None
    seq: int
    name: str
    code: str
    head: int | None = None
    headcount: int = 0
    wave: int | None = None  # the wave says whether it is a pilot and when it plans to go live
    readiness: Readiness = Readiness.NOT_STARTED
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
            self.readiness.value,
            self.actual,
        )


@dataclass(eq=False)
class Company:
    idx: int
    name: str
    is_hq: bool
    dept_id: int
    code: str
    site: str  # where its training rooms are
    executives: list[int] = field(default_factory=list)  # person ids, the chief first
    units: list[Unit] = field(default_factory=list)
    it_person: int = 0
    gm_stakeholder: int = 0


@dataclass(eq=False)
class Unit:
    """A first-level department: the unit that goes live as a whole (with its sections)."""

    company: Company
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
class Wave:
    idx: int
    wave_id: int
    name: str
    units: list[Unit] = field(default_factory=list)
    mobilise: int = 0  # task ids
    gate: int = 0
    golive: int = 0
    summary: int = 0


@dataclass(eq=False)
class Group:
    """The units of one company in one wave, which share a kickoff and key-user training."""

    wave: Wave
    company: Company
    units: list[Unit]
    label: str
    kick: int = 0
    ktrain: int = 0


# -- the generator's state -------------------------------------------------------------


class Demo:
    """Everything the build steps share; rows per table accumulate in :attr:`rows`."""

    def __init__(self, sizes: Profile, rng: random.Random, anchor: dt.date = ANCHOR) -> None:
        self.p = sizes
        self.rng = rng
        self.offer = rng.choice(data_company.OA_OFFERS)
        self.im_name, self.im_channel = rng.choice(data_company.IM_PLATFORMS)
        self.plan_name = f"{data_company.GROUP_SHORT} OA 系统推广项目"
        self.anchor = anchor  # day 0: the plan's first day, a Monday
        self.wd = work_days(anchor)
        self.exceptions = self.wd.exceptions
        self.rows: dict[str, list[Row]] = {}
        self.depts: list[Dept] = []
        self.companies: list[Company] = []
        self.units: list[Unit] = []
        self.waves: list[Wave] = []
        self.groups: list[Group] = []
        self.person_dept: list[int | None] = [None]  # index = person id
        self.person_name: list[str] = [""]
        self.person_active: list[bool] = [False]
        self.person_rows: list[Row] = []
        self.vendor_people: list[int] = []
        self.wbs = Wbs()
        self.t: dict[str, int] = {}  # named project-level tasks
        self.status = 0  # working-day index of the status date
        self.end = 0  # working-day index after the last task
        self.live_wave = 1  # the last wave live at the status date
        self.status_date = ANCHOR
        self.go_live_date = ANCHOR
        # The project team (person ids) and their stakeholder ids, set by ``team``.
        self.sponsor = self.pm = self.it_lead = self.hr_lead = self.hr_trainer = 0
        self.it_team: list[int] = []
        self.sh_person: dict[int, int] = {}  # person id -> stakeholder id
        self.sh_sponsor = self.sh_pm = self.sh_it = self.sh_hr = self.sh_vendor = 0
        self.sh_steering: list[int] = []

    def move_to(self, anchor: dt.date, today: dt.date | None = None) -> None:
        """Start the plan on ``anchor`` instead, and put the status date on the last
        working day on or before ``today`` when that is within a week after the status
        day the schedule chose.

        Only the schedule's working-day numbers exist yet (no step before
        ``schedule.task_rows`` turned one into a date), so this renumbers nothing:
        the same days of work simply fall on other dates.
        """
        if anchor != self.anchor:
            self.anchor = anchor
            self.wd = work_days(anchor)
            self.exceptions = self.wd.exceptions
        if today is not None:  # the last working day on or before today
            index = self.wd.index_on_or_after(today)
            if index >= len(self.wd.days) or self.wd.days[index] > today:
                index -= 1
            if self.status <= index < self.status + 5:
                self.status = index
        self.status_date = self.wd.days[self.status]
        self.go_live_date = self.wd.days[self.wbs.tasks[self.t["full"]].s]

    def im(self, text: str) -> str:
        """``text`` with "{im}" replaced by the company's messaging platform."""
        return text.replace("{im}", self.im_name)

    def retitle(self, pid: int, title: str) -> None:
        row = self.person_rows[pid - 1]
        self.person_rows[pid - 1] = (*row[:4], title, *row[5:])

    def random_name(self) -> str:
        s = self.rng.choice(data_company.SURNAMES)[0]
        g = "".join(c[0] for c in self.rng.sample(data_company.GIVEN_MALE, 2))
        return s + g


def work_days(anchor: dt.date) -> WorkDays:
    """The working-day table of a demo starting on ``anchor``."""
    last = anchor + dt.timedelta(days=TABLE_DAYS)
    return WorkDays(anchor, last, range(anchor.year - 1, last.year + 1))


def anchor_for(status: int, today: dt.date) -> dt.date:
    """The Monday to start a demo on so that its working day number ``status`` (the
    status date) falls on ``today`` or in the week before it.

    China's holidays make the number of calendar days per working day vary by
    season, so the Monday is found by stepping whole weeks from an estimate.
    """
    from oa_desk.domain.calendar import DEFAULT_WEEKDAYS, WorkCalendar, china_exceptions

    years = range(today.year - 4, today.year + 2)
    exceptions = {e.day: e.working for e in china_exceptions(years, language="zh_CN")}
    calendar = WorkCalendar(
        DEFAULT_WEEKDAYS,
        exceptions,
        span=(dt.date(years[0], 1, 1), dt.date(years[-1], 12, 31)),
    )
    week = dt.timedelta(days=7)
    estimate = today - dt.timedelta(days=status * 7 // 5)
    anchor = estimate - dt.timedelta(days=estimate.weekday())
    for _ in range(12):
        # the first working day on or after the Monday is the plan's working day 0
        day = calendar.date_of(calendar.ordinal(anchor) + status)
        if day > today:
            anchor -= week
        elif (today - day).days >= 7:
            anchor += week
        else:
            break
    return anchor
