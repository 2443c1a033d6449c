"""MS Project XML files keep their dates: durations, lags, baselines and calendars.

Each file is written here by hand, reproducing one case of the public sample
files (MPXJ's test data, GanttProject exports) that went wrong before.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from oa_desk.domain.enums import ConstraintType, TaskKind
from oa_desk.exchange.mspdi import MspdiError, read_mspdi
from oa_desk.exchange.mspdi_recurring import MAX_OCCURRENCES, Recurrence, expand
from oa_desk.services.mspdi import ImportReport, import_mspdi
from oa_desk.store import models as m
from oa_desk.store.planfile import PlanStore, create_plan, open_plan

D = dt.date


def _xml(tasks: str, calendar_extra: str = "", header: str = "") -> str:
    weekdays = "".join(
        f"<WeekDay><DayType>{d}</DayType><DayWorking>{int(1 < d < 7)}</DayWorking></WeekDay>"
        for d in range(1, 8)
    )
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Project xmlns="http://schemas.microsoft.com/project">
 <Name>sample</Name>
 <StartDate>2003-03-03T08:00:00</StartDate>
 <CalendarUID>1</CalendarUID>
 <DefaultStartTime>08:00:00</DefaultStartTime>
 <MinutesPerDay>480</MinutesPerDay>
 {header}
 <Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar>
  <WeekDays>{weekdays}</WeekDays>{calendar_extra}</Calendar></Calendars>
 <Tasks>
  <Task><UID>0</UID><ID>0</ID><Name>sample</Name><OutlineLevel>0</OutlineLevel></Task>
  {tasks}
 </Tasks>
</Project>"""


def _task(
    uid: int,
    name: str,
    start: str,
    finish: str,
    duration: str,
    fmt: int = 7,
    extra: str = "",
    milestone: int = 0,
) -> str:
    return (
        f"<Task><UID>{uid}</UID><ID>{uid}</ID><Name>{name}</Name><OutlineLevel>1</OutlineLevel>"
        f"<Start>{start}</Start><Finish>{finish}</Finish><Duration>{duration}</Duration>"
        f"<DurationFormat>{fmt}</DurationFormat><Milestone>{milestone}</Milestone>"
        f"<Summary>0</Summary>{extra}</Task>"
    )


def _link(pred: int, lag: int, fmt: int, type_: int = 1) -> str:
    return (
        f"<PredecessorLink><PredecessorUID>{pred}</PredecessorUID><Type>{type_}</Type>"
        f"<LinkLag>{lag}</LinkLag><LagFormat>{fmt}</LagFormat></PredecessorLink>"
    )


def _import(tmp_path: Path, text: str) -> tuple[PlanStore, dict[str, m.Task], list[str]]:
    xml = tmp_path / "file.xml"
    xml.write_text(text, encoding="utf-8")
    create_plan(tmp_path / "p.oadesk", name="p", start=D(2003, 3, 3), go_live=D(2004, 6, 30))
    store = open_plan(tmp_path / "p.oadesk")
    report = import_mspdi(store, xml)
    with store.read() as session:
        tasks = {t.name: t for t in session.scalars(select(m.Task))}
        session.expunge_all()
    return store, tasks, list(report.warnings)


def test_the_finish_comes_from_the_file_not_from_the_duration(tmp_path: Path) -> None:
    # MPXJ sample: "Second Task" finishes 2003-03-18 though its Duration says 2 days.
    tasks = _task(1, "First Task", "2003-03-03T08:00:00", "2003-03-07T17:00:00", "PT40H0M0S")
    tasks += _task(2, "Second Task", "2003-03-10T08:00:00", "2003-03-18T17:00:00", "PT16H0M0S")
    store, got, warnings = _import(tmp_path, _xml(tasks))
    store.close()
    assert (got["First Task"].start, got["First Task"].finish) == (D(2003, 3, 3), D(2003, 3, 7))
    second = got["Second Task"]
    assert (second.start, second.finish, second.duration) == (D(2003, 3, 10), D(2003, 3, 18), 7)
    assert any("'Second Task'" in w and "7 working days" in w for w in warnings)


def test_elapsed_durations_are_calendar_days(tmp_path: Path) -> None:
    # 1 elapsed week (168 elapsed hours, DurationFormat 10) from Monday 08:00.
    tasks = _task(
        1, "Elapsed week", "2003-03-03T08:00:00", "2003-03-10T08:00:00", "PT168H0M0S", fmt=10
    )
    tasks += _task(
        2, "Elapsed day", "2003-03-12T08:00:00", "2003-03-13T08:00:00", "PT24H0M0S", fmt=8
    )
    store, got, warnings = _import(tmp_path, _xml(tasks))
    store.close()
    week = got["Elapsed week"]
    assert (week.duration, week.start, week.finish) == (5, D(2003, 3, 3), D(2003, 3, 7))
    day = got["Elapsed day"]
    assert (day.duration, day.start, day.finish) == (1, D(2003, 3, 12), D(2003, 3, 12))
    assert any("'Elapsed week'" in w and "elapsed" in w for w in warnings)


def test_minute_and_hour_tasks_are_one_day_tasks_not_milestones(tmp_path: Path) -> None:
    tasks = _task(1, "One minute", "2003-03-03T08:00:00", "2003-03-03T08:01:00", "PT0H1M0S", fmt=3)
    tasks += _task(2, "One hour", "2003-03-04T08:00:00", "2003-03-04T09:00:00", "PT1H0M0S", fmt=5)
    tasks += _task(
        3, "Real milestone", "2003-03-05T08:00:00", "2003-03-05T08:00:00", "PT0H0M0S", milestone=1
    )
    store, got, warnings = _import(tmp_path, _xml(tasks))
    store.close()
    for name, day in (("One minute", D(2003, 3, 3)), ("One hour", D(2003, 3, 4))):
        t = got[name]
        assert (t.kind, t.duration, t.start, t.finish) == (TaskKind.TASK, 1, day, day)
        assert any(f"'{name}'" in w and "rounded to 1 working day" in w for w in warnings)
    assert got["Real milestone"].kind == TaskKind.MILESTONE


def test_lags_in_hours_elapsed_days_and_percent(tmp_path: Path) -> None:
    tasks = _task(1, "A", "2003-03-03T08:00:00", "2003-03-06T17:00:00", "PT32H0M0S")
    # 4 working hours after A (LinkLag in tenths of a minute, LagFormat 5 = hours)
    tasks += _task(
        2, "B", "2003-03-10T08:00:00", "2003-03-10T17:00:00", "PT8H0M0S", extra=_link(1, 2400, 5)
    )
    # 1 elapsed day after A (LagFormat 8): one calendar day, not three working days
    tasks += _task(
        3, "C", "2003-03-10T08:00:00", "2003-03-10T17:00:00", "PT8H0M0S", extra=_link(1, 14400, 8)
    )
    # 50 % of A's 4 days (LagFormat 19: LinkLag is the percent)
    tasks += _task(
        4, "E", "2003-03-11T08:00:00", "2003-03-11T17:00:00", "PT8H0M0S", extra=_link(1, 50, 19)
    )
    doc = read_mspdi(_write(tmp_path, _xml(tasks)))
    lags = {link.succ: link.lag for link in doc.links}
    assert lags == {2: 1, 3: 1, 4: 2}
    for name in ("'B'", "'C'", "'E'"):
        assert any(name in w and "lag" in w for w in doc.warnings), name


def _write(tmp_path: Path, text: str) -> Path:
    xml = tmp_path / "doc.xml"
    xml.write_text(text, encoding="utf-8")
    return xml


def test_a_split_task_keeps_its_overall_span(tmp_path: Path) -> None:
    # 2 days of work split over Monday..Thursday.
    tasks = _task(1, "Split", "2003-03-03T08:00:00", "2003-03-06T17:00:00", "PT16H0M0S")
    store, got, warnings = _import(tmp_path, _xml(tasks))
    store.close()
    split = got["Split"]
    assert (split.start, split.finish, split.duration) == (D(2003, 3, 3), D(2003, 3, 6), 4)
    assert any("'Split'" in w and "split task" in w for w in warnings)


def test_baseline_dates_out_of_order_are_a_warning(tmp_path: Path) -> None:
    baseline = (
        "<Baseline><Number>0</Number><Start>2003-03-20T08:00:00</Start>"
        "<Finish>2003-03-10T17:00:00</Finish></Baseline>"
    )
    good = (
        "<Baseline><Number>0</Number><Start>2003-03-03T08:00:00</Start>"
        "<Finish>2003-03-04T17:00:00</Finish></Baseline>"
    )
    tasks = _task(
        1, "Backwards", "2003-03-03T08:00:00", "2003-03-04T17:00:00", "PT16H0M0S", extra=baseline
    )
    tasks += _task(2, "Fine", "2003-03-03T08:00:00", "2003-03-04T17:00:00", "PT16H0M0S", extra=good)
    store, got, warnings = _import(tmp_path, _xml(tasks))
    with store.read() as session:
        rows = session.execute(select(m.BaselineTask.task_id)).scalars().all()
    store.close()
    assert rows == [got["Fine"].id]
    assert any("'Backwards'" in w and "baseline 0" in w for w in warnings)


def _exception(name: str, type_: int, first: str, last: str, extra: str) -> str:
    return (
        f"<Exception><EnteredByOccurrences>{int('Occurrences' in extra)}</EnteredByOccurrences>"
        f"<TimePeriod><FromDate>{first}T00:00:00</FromDate><ToDate>{last}T23:59:00</ToDate>"
        f"</TimePeriod>{extra}<Name>{name}</Name><Type>{type_}</Type>"
        "<DayWorking>0</DayWorking></Exception>"
    )


def test_recurring_calendar_exceptions_are_expanded(tmp_path: Path) -> None:
    exceptions = "<Exceptions>"
    # every Friday, three times (weekly, DaysOfWeek bit 5 = Friday)
    exceptions += _exception(
        "Fridays",
        6,
        "2003-03-07",
        "2003-03-21",
        "<Occurrences>3</Occurrences><Period>1</Period><DaysOfWeek>32</DaysOfWeek>",
    )
    # New Year's day, 2004 to 2006 (yearly on a date: Month 0 = January)
    exceptions += _exception(
        "New Year", 2, "2004-01-01", "2006-01-01", "<Month>0</Month><MonthDay>1</MonthDay>"
    )
    # the first Monday of each month, April to June 2003 (monthly relative; MonthItem 4 = Monday)
    exceptions += _exception(
        "First Monday",
        5,
        "2003-04-01",
        "2003-06-30",
        "<Period>1</Period><MonthItem>4</MonthItem><MonthPosition>0</MonthPosition>",
    )
    exceptions += "</Exceptions>"
    tasks = _task(1, "A", "2003-03-03T08:00:00", "2003-03-03T17:00:00", "PT8H0M0S")
    doc = read_mspdi(_write(tmp_path, _xml(tasks, exceptions)))
    days = {(e.day, e.name) for e in doc.exceptions}
    assert days == {
        (D(2003, 3, 7), "Fridays"),
        (D(2003, 3, 14), "Fridays"),
        (D(2003, 3, 21), "Fridays"),
        (D(2004, 1, 1), "New Year"),
        (D(2005, 1, 1), "New Year"),
        (D(2006, 1, 1), "New Year"),
        (D(2003, 4, 7), "First Monday"),
        (D(2003, 5, 5), "First Monday"),
        (D(2003, 6, 2), "First Monday"),
    }
    assert not any("skipped" in w for w in doc.warnings)


def test_a_recurring_exception_over_decades_is_read_and_a_decade_of_days_is_not(
    tmp_path: Path,
) -> None:
    # MPXJ's calendar-exception-precedence-*.mpp: every other Friday, 550 times, from
    # 2023 to 2044. The file was refused whole ("spans more than ten years"), though
    # a recurring exception holds at most MAX_OCCURRENCES days whatever its range.
    fridays = _exception(
        "Fridays off",
        6,
        "2023-05-12",
        "2044-05-27",
        "<Occurrences>550</Occurrences><Period>2</Period><DaysOfWeek>32</DaysOfWeek>",
    )
    tasks = _task(1, "A", "2003-03-03T08:00:00", "2003-03-03T17:00:00", "PT8H0M0S")
    doc = read_mspdi(_write(tmp_path, _xml(tasks, f"<Exceptions>{fridays}</Exceptions>")))
    days = sorted(e.day for e in doc.exceptions)
    assert len(days) == 550 and days[0] == D(2023, 5, 12) and days[1] == D(2023, 5, 26)
    assert all(d.weekday() == 4 for d in days)
    # Every day of twenty years is still refused: that many rows is no calendar's.
    every_day = _exception("Closed", 1, "2003-01-01", "2023-01-01", "")
    with pytest.raises(MspdiError) as refused:
        read_mspdi(_write(tmp_path, _xml(tasks, f"<Exceptions>{every_day}</Exceptions>")))
    assert refused.value.code == "long_exception"


def test_overlapping_exceptions_hold_a_day_as_ms_project_ranks_them(tmp_path: Path) -> None:
    # MPXJ's calendar-exception-precedence-yearly.mpp: on 2023-05-12 a monthly working
    # exception (listed first) meets a yearly day off; the yearly one holds the day. A
    # plain exception beats a recurring one wherever it is listed.
    def working(text: str) -> str:
        return text.replace("<DayWorking>0</DayWorking>", "<DayWorking>1</DayWorking>")

    monthly = working(
        _exception(
            "12th",
            4,
            "2023-05-12",
            "2023-12-12",
            "<Occurrences>8</Occurrences><MonthDay>12</MonthDay>",
        )
    )
    yearly = _exception(
        "2nd Friday of May",
        3,
        "2023-05-12",
        "2028-05-12",
        "<Occurrences>6</Occurrences><MonthItem>8</MonthItem><MonthPosition>1</MonthPosition>"
        "<Month>4</Month>",
    )
    weekly = working(
        _exception(
            "Fridays",
            6,
            "2023-05-19",
            "2023-06-30",
            "<Occurrences>7</Occurrences><Period>1</Period><DaysOfWeek>32</DaysOfWeek>",
        )
    )
    plain = _exception("Closed", 1, "2023-06-02", "2023-06-02", "")
    tasks = _task(1, "A", "2023-05-08T08:00:00", "2023-05-08T17:00:00", "PT8H0M0S")
    calendar = f"<Exceptions>{monthly}{yearly}{weekly}{plain}</Exceptions>"
    doc = read_mspdi(_write(tmp_path, _xml(tasks, calendar)))
    held = {e.day: (e.working, e.name) for e in doc.exceptions}
    assert held[D(2023, 5, 12)] == (False, "2nd Friday of May")
    assert held[D(2023, 6, 12)] == (True, "12th")
    assert held[D(2023, 6, 2)] == (False, "Closed")  # a Friday of the weekly one too
    assert held[D(2023, 6, 9)] == (True, "Fridays")


def test_a_recurrence_longer_than_the_days_read_says_where_it_was_cut(tmp_path: Path) -> None:
    daily = _exception("Every other day", 1, "2003-01-01", "2060-12-31", "<Period>2</Period>")
    tasks = _task(1, "A", "2003-03-03T08:00:00", "2003-03-03T17:00:00", "PT8H0M0S")
    doc = read_mspdi(_write(tmp_path, _xml(tasks, f"<Exceptions>{daily}</Exceptions>")))
    assert len(doc.exceptions) == MAX_OCCURRENCES
    last = max(e.day for e in doc.exceptions)
    assert any(
        "'Every other day'" in w and f"first {MAX_OCCURRENCES} days" in w and str(last) in w
        for w in doc.warnings
    )


def test_expand_every_other_day_and_last_weekday() -> None:
    every_other = Recurrence(1, D(2024, 1, 1), D(2024, 1, 7), period=2)
    assert expand(every_other) == [D(2024, 1, d) for d in (1, 3, 5, 7)]
    # the last Friday of March, yearly relative (MonthItem 8 = Friday, MonthPosition 4 = last)
    last_friday = Recurrence(
        3, D(2024, 1, 1), D(2025, 12, 31), month=2, month_item=8, month_position=4
    )
    assert expand(last_friday) == [D(2024, 3, 29), D(2025, 3, 28)]
    assert expand(Recurrence(99, D(2024, 1, 1), D(2024, 1, 2))) == []


def _report(tmp_path: Path, text: str) -> ImportReport:
    """The import report of ``text`` imported into a new plan (closed again)."""
    xml = _write(tmp_path, text)
    create_plan(tmp_path / "p.oadesk", name="p", start=D(2003, 3, 3), go_live=D(2004, 6, 30))
    store = open_plan(tmp_path / "p.oadesk")
    try:
        return import_mspdi(store, xml)
    finally:
        store.close()


def test_the_report_lists_every_task_the_import_moved(tmp_path: Path) -> None:
    # A starts on a Saturday; B's link to A needs a later start than the file gives it.
    tasks = _task(1, "Weekend start", "2003-03-08T08:00:00", "2003-03-10T17:00:00", "PT8H0M0S")
    tasks += _task(2, "Kept", "2003-03-03T08:00:00", "2003-03-03T17:00:00", "PT8H0M0S")
    tasks += _task(
        3,
        "Too early",
        "2003-03-04T08:00:00",
        "2003-03-04T17:00:00",
        "PT8H0M0S",
        extra=_link(2, 4800, 7),
    )
    report = _report(tmp_path, _xml(tasks))
    moved = {x.name: x for x in report.moved}
    assert set(moved) == {"Weekend start", "Too early"}
    assert moved["Weekend start"].start == D(2003, 3, 10)
    assert "non-working day" in moved["Weekend start"].reason
    assert moved["Too early"].start == D(2003, 3, 5)
    assert "links" in moved["Too early"].reason
    assert any("'Too early'" in w and "moved" in w for w in report.warnings)


def test_a_finish_inside_a_weekend_is_listed_and_a_monday_morning_finish_is_not(
    tmp_path: Path,
) -> None:
    # MPXJ's mspditimephased.xml: a task on its own 24-hour calendar works from Thursday
    # 09:00 to Sunday 12:00; the plan's Monday-to-Friday calendar ends it on Friday.
    tasks = _task(1, "24 hours", "2003-03-06T09:00:00", "2003-03-09T12:00:00", "PT75H0M0S")
    # A finish at the start of Monday is the end of Friday: the same working time.
    tasks += _task(2, "Monday 08:00", "2003-03-06T08:00:00", "2003-03-10T08:00:00", "PT16H0M0S")
    report = _report(tmp_path, _xml(tasks))
    moved = {x.name: x for x in report.moved}
    assert set(moved) == {"24 hours"}
    assert (moved["24 hours"].file_finish, moved["24 hours"].finish) == (
        D(2003, 3, 9),
        D(2003, 3, 7),
    )
    assert "ends it on a non-working day" in moved["24 hours"].reason
    assert any("'24 hours'" in w and "moved" in w for w in report.warnings)


def test_tasks_before_the_project_start_keep_their_dates(tmp_path: Path) -> None:
    # MPXJ's generated assignment-*.xml: the project's StartDate (2018-10-18) is years
    # after its tasks (2016-01-04); the plan started there and moved every task.
    tasks = _task(1, "Early", "2003-03-03T08:00:00", "2003-03-07T17:00:00", "PT40H0M0S")
    tasks += _task(
        2, "Next", "2003-03-10T08:00:00", "2003-03-11T17:00:00", "PT16H0M0S", extra=_link(1, 0, 7)
    )
    text = _xml(tasks).replace(
        "<StartDate>2003-03-03T08:00:00</StartDate>", "<StartDate>2003-06-02T08:00:00</StartDate>"
    )
    xml = _write(tmp_path, text)
    create_plan(tmp_path / "p.oadesk", name="p", start=D(2003, 6, 2), go_live=D(2004, 6, 30))
    store = open_plan(tmp_path / "p.oadesk")
    report = import_mspdi(store, xml)
    with store.read() as session:
        got = {t.name: (t.start, t.finish) for t in session.scalars(select(m.Task))}
        plan_start = session.scalars(select(m.Plan.start_date)).one()
    store.close()
    assert got["Early"] == (D(2003, 3, 3), D(2003, 3, 7))
    assert got["Next"] == (D(2003, 3, 10), D(2003, 3, 11))
    assert plan_start == D(2003, 3, 3)
    assert report.moved == ()
    assert any("project start 2003-06-02" in w and "2003-03-03" in w for w in report.warnings)


def test_a_milestone_flagged_on_a_task_with_a_duration_is_on_its_finish_and_listed(
    tmp_path: Path,
) -> None:
    # MPXJ's taskFlags-*.mpp: "Milestone: Yes" on a 64-hour task, 2013-09-02 to 09-11;
    # its finish was set to its start without a word.
    tasks = _task(
        1, "Review", "2003-03-03T08:00:00", "2003-03-12T17:00:00", "PT64H0M0S", milestone=1
    )
    xml = _write(tmp_path, _xml(tasks))
    create_plan(tmp_path / "p.oadesk", name="p", start=D(2003, 3, 3), go_live=D(2004, 6, 30))
    store = open_plan(tmp_path / "p.oadesk")
    report = import_mspdi(store, xml)
    with store.read() as session:
        task = session.scalars(select(m.Task)).one()
        session.expunge_all()
    store.close()
    assert (task.kind, task.start, task.finish) == (
        TaskKind.MILESTONE,
        D(2003, 3, 12),
        D(2003, 3, 12),
    )
    (moved,) = report.moved
    assert (moved.file_start, moved.file_finish) == (D(2003, 3, 3), D(2003, 3, 12))
    assert "64 h" in moved.reason and "finish" in moved.reason


def test_constraints_dated_on_the_other_end_keep_the_task_where_the_file_has_it(
    tmp_path: Path,
) -> None:
    # MPXJ's DurationTest8.mpp: finish no earlier than Friday 17:00 on a 5-day task was
    # read as start no earlier than that Friday, and the task moved four days later.
    def constrained(uid: int, name: str, code: int, date: str) -> str:
        return _task(
            uid,
            name,
            "2003-03-10T08:00:00",
            "2003-03-14T17:00:00",
            "PT40H0M0S",
            extra=f"<ConstraintType>{code}</ConstraintType><ConstraintDate>{date}</ConstraintDate>",
        )

    tasks = constrained(1, "FNET", 6, "2003-03-14T17:00:00")
    tasks += constrained(2, "MFO", 3, "2003-03-17T08:00:00")  # the start of Monday: Friday
    # A milestone at the start of Monday is on Monday, its must-finish-on too.
    tasks += _task(
        5,
        "Gate",
        "2003-03-17T08:00:00",
        "2003-03-17T08:00:00",
        "PT0H0M0S",
        milestone=1,
        extra="<ConstraintType>3</ConstraintType><ConstraintDate>2003-03-17T08:00:00</ConstraintDate>",
    )
    # MS Project schedules a start-no-later-than task as soon as its links let it.
    tasks += _task(4, "Before", "2003-03-03T08:00:00", "2003-03-07T17:00:00", "PT40H0M0S")
    tasks += constrained(3, "SNLT", 5, "2003-03-10T08:00:00").replace(
        "</Task>", _link(4, 0, 7) + "</Task>"
    )
    store, got, warnings = _import(tmp_path, _xml(tasks))
    store.close()
    expected = {
        "FNET": (ConstraintType.SNET, D(2003, 3, 10)),
        "MFO": (ConstraintType.MSO, D(2003, 3, 10)),
        "SNLT": (ConstraintType.FNLT, D(2003, 3, 14)),
    }
    for name, (kind, date) in expected.items():
        t = got[name]
        assert (t.start, t.finish) == (D(2003, 3, 10), D(2003, 3, 14)), name
        assert (t.constraint_type, t.constraint_date) == (kind, date), name
    gate = got["Gate"]
    assert (gate.start, gate.constraint_type, gate.constraint_date) == (
        D(2003, 3, 17),
        ConstraintType.MSO,
        D(2003, 3, 17),
    )
    assert any(
        "'MFO'" in w and "must finish on" in w and "must start on 2003-03-10" in w for w in warnings
    )
    assert not any("read as" in w for w in warnings)


def test_the_fast_parser_only_takes_files_without_a_dtd(tmp_path: Path) -> None:
    from oa_desk.exchange.mspdi_parse import plain_prolog as _plain_prolog

    body = _xml(_task(1, "A", "2003-03-03T08:00:00", "2003-03-03T17:00:00", "PT8H0M0S"))
    assert _plain_prolog(body.encode())
    commented = body.replace("<Project", "<!-- <!DOCTYPE x> --><?pi x?>\n<Project", 1)
    assert _plain_prolog(commented.encode())
    assert not _plain_prolog(body.replace("<Project", "<!DOCTYPE Project []><Project", 1).encode())
    utf16 = body.replace('encoding="UTF-8"', 'encoding="UTF-16"')
    assert not _plain_prolog(utf16.encode("utf-16"))
    path = tmp_path / "utf16.xml"
    path.write_bytes(utf16.encode("utf-16"))
    assert [t.name for t in read_mspdi(path).tasks] == ["A"]  # through defusedxml
