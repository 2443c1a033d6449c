"""The demo's training: layered courses (leadership, key users, end users), sessions in
free rooms of each site or online, and enrollments with attendance, scores and ratings."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

from oa_desk.domain.enums import Attendance, AudienceTier, CourseFormat
from oa_desk.services.demo import data_company, data_training
from oa_desk.services.demo.state import Company, Demo, Row
from oa_desk.store.bulk import stored_datetime

LEAD, KEY, END = AudienceTier.LEADERSHIP, AudienceTier.KEY_USER, AudienceTier.END_USER


SELF_STUDY = frozenset({CourseFormat.VIDEO, CourseFormat.MANUAL, CourseFormat.FAQ})
CAPACITY = {CourseFormat.LECTURE: 120, CourseFormat.SMALL_CLASS: 25, CourseFormat.HANDS_ON: 40}


def site_labs(company: Company) -> tuple[str, ...]:
    """The computer training rooms of a site: three at headquarters, two elsewhere."""
    return ("计算机培训教室 A", "计算机培训教室 B", "计算机培训教室 C")[: 3 if company.is_hq else 2]


def training_days(end_users: int, labs: int) -> int:
    """Working days a department's end-user training takes: the lecture, the hands-on
    sessions (``labs`` rooms in parallel) and small classes, two half-days a day."""
    halves = (
        math.ceil(end_users / 120)
        + math.ceil(math.ceil(end_users / 40) / labs)
        + math.ceil(end_users * 0.25 / 25)
    )
    return min(6, max(1, math.ceil(halves / 2)))


class Rooms:
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


def build(demo: Demo) -> None:
    """Courses, and per group and unit the sessions and enrollments of every tier."""
    rng, tasks, wd, status = demo.rng, demo.wbs.tasks, demo.wd, demo.status
    rnd, gauss = rng.random, rng.gauss
    course_rows: list[Row] = []
    courses: list[tuple[int, data_training.CourseSpec]] = []
    for cid, spec in enumerate(data_training.COURSES, 1):
        course_rows.append(
            (
                cid,
                spec.name,
                spec.tier.value,
                spec.format.value,
                spec.hours,
                spec.pass_mark,
                demo.im(spec.description),
            )
        )
        courses.append((cid, spec))
    demo.rows["course"] = course_rows
    # Within a tier, so the figures stay those of the tier's courses: the organisation
    # course needs the process one first, the expenses course the basics.
    demo.rows["course_prerequisite"] = [(5, 3), (7, 6)]
    sessions: list[Row] = []
    enrol: list[Row] = []
    now = wd.midnight[status] + _T1800
    active = demo.person_active
    present, late = Attendance.PRESENT.value, Attendance.LATE.value
    excused, absent = Attendance.EXCUSED.value, Attendance.ABSENT.value
    rooms = Rooms()

    def run(
        cid: int,
        spec: data_training.CourseSpec,
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
        self_study = spec.format in SELF_STUDY
        if self_study:
            cap = max(len(chosen), 50)
            chunks = [chosen]
        else:
            cap = CAPACITY[spec.format]
            chunks = [chosen[i : i + cap] for i in range(0, len(chosen), cap)]
        full_day = spec.hours > 3.5
        after = cursor
        for chunk in chunks:
            sid = len(sessions) + 1
            if self_study:
                day = cursor // 2
                starts = wd.midnight[day] + _T0900
                ends = wd.midnight[day + 9] + _T1800  # open for two weeks
                where = f"{data_company.LEARN_URL}{cid}"
            else:
                where, half = rooms.book(site, halls, cursor, 2 if full_day else 1)
                day = half // 2
                starts = wd.midnight[day] + (_T1400 if half % 2 else _T0900)
                ends = starts + dt.timedelta(hours=spec.hours + (1 if full_day else 0))
                after = max(after, half + (2 if full_day else 1))
            sessions.append(
                (
                    sid,
                    cid,
                    stored_datetime(starts),
                    stored_datetime(ends),
                    where,
                    trainer,
                    cap,
                    wave_id,
                    "planned" if starts >= now else "held",
                )
            )
            invited = wd.days[day] - dt.timedelta(days=3 + int(rnd() * 5))
            invited_s = invited.isoformat() if invited <= demo.status_date else None
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

    vendor_trainers = demo.vendor_people
    hq_execs = demo.companies[0].executives
    for g in demo.groups:
        company = g.company
        site = company.site
        wave_id = g.wave.wave_id
        labs = site_labs(company)
        kt = tasks[g.ktrain]
        leaders = [p for u in g.units for p in u.leaders]
        if g.units is demo.groups[0].units or not company.is_hq:
            # Executives train with their company's first group.
            leaders = (hq_execs if company.is_hq else company.executives) + leaders
        keys = [p for u in g.units for p in u.key_users + u.admins]
        trainer_v = vendor_trainers[g.wave.idx % len(vendor_trainers)]
        halls: tuple[str, ...]
        lead_cursor = key_cursor = 2 * kt.s
        for cid, spec in courses:
            if spec.tier is LEAD:
                halls = ("多功能厅",) if spec.format is CourseFormat.LECTURE else ("第一会议室",)
                lead_cursor = run(cid, spec, leaders, lead_cursor, site, halls, trainer_v, wave_id)
            elif spec.tier is KEY:
                halls = labs if spec.format is CourseFormat.HANDS_ON else ("第二会议室",)
                key_cursor = run(cid, spec, keys, key_cursor, site, halls, trainer_v, wave_id)
        for u in g.units:
            cursor = 2 * tasks[u.train].s
            for cid, spec in courses:
                if spec.tier is not END:
                    continue
                if spec.format is CourseFormat.HANDS_ON:
                    trainer, halls = company.it_person, labs
                elif spec.format is CourseFormat.LECTURE:
                    trainer, halls = u.key_users[0], ("多功能厅",)
                else:
                    trainer, halls = u.key_users[0], (f"{u.name}会议室",)
                cursor = run(cid, spec, u.end_users, cursor, site, halls, trainer, wave_id)
    demo.rows["training_session"] = sessions
    demo.rows["enrollment"] = enrol
