"""MS Project XML (MSPDI) in and out, between a file and plain data.

MS Project, ProjectLibre and GanttProject all read and write this format.
This module only converts: :func:`read_mspdi` parses a file into an
:class:`MspdiDocument` and :func:`write_mspdi` writes one; the services in
``oa_desk.services.mspdi`` move documents in and out of a plan in one unit
of work. Nothing here touches the database.

Mapping
-------
* Tasks keep their outline (OutlineLevel, OutlineNumber and WBS ``1.2.3``);
  a project summary task (UID 0) is written and skipped when read.
* Durations are working days of 8 hours (``PT16H0M0S`` = 2 days); starts are
  written at 08:00 and (inclusive) finishes at 17:00 of their day.
* Links: MSPDI ``Type`` 0 = FF, 1 = FS, 2 = SF, 3 = SS; ``LinkLag`` is in
  tenths of a minute (one working day = 4800) with ``LagFormat`` 7 (days).
* Constraints: ASAP 0, must start on 2, start no earlier than 4, finish no
  later than 7. Others are read as the nearest of these, with a warning.
* Baselines become ``Baseline`` elements numbered 0-10. MSPDI has no names
  for them, so the names (and the calendar's holidays preset) ride along in
  an ``<?oa-desk …?>`` processing instruction, which other programs ignore.
* Owners are resources with one assignment per task; phase, department,
  wave, deliverable and acceptance are Text1..Text5 with aliases in the
  project's ExtendedAttributes, read back by alias.
* Reading keeps the file's dates; durations and lags in minutes, hours,
  elapsed units and percent are converted by the file's MinutesPerDay and
  working week (see :mod:`oa_desk.exchange.mspdi_read`).
* The calendar: working weekdays (08:00-12:00, 13:00-17:00) and one
  exception per day, written both as an ``Exceptions`` entry (Project 2007+)
  and as a ``WeekDay`` with ``DayType`` 0 (older readers), as MS Project does.

Reading goes through ``defusedxml``: a DTD, entity declarations (XML bombs)
and external references are refused, and every problem raises
:class:`MspdiError` with a message saying what is wrong and where.
"""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET
from pathlib import Path

from oa_desk.domain.calendar import parse_weekdays
from oa_desk.domain.enums import ConstraintType, TaskKind
from oa_desk.exchange.mspdi_model import (
    CONSTRAINT_TO_MS,
    EXTENDED_FIELDS,
    LAG_UNITS_PER_DAY,
    LINK_TO_MS,
    MAX_BASELINES,
    MINUTES_PER_DAY,
    NS,
    PI_TARGET,
    MsBaseline,
    MsLink,
    MspdiDocument,
    MspdiError,
    MsTask,
)
from oa_desk.exchange.mspdi_read import read_mspdi

__all__ = [
    "LAG_UNITS_PER_DAY",
    "MAX_BASELINES",
    "MINUTES_PER_DAY",
    "MsBaseline",
    "MsLink",
    "MsTask",
    "MspdiDocument",
    "MspdiError",
    "read_mspdi",
    "write_mspdi",
]


# -- writing ------------------------------------------------------------------------------


def _hours(days: int) -> str:
    return f"PT{days * MINUTES_PER_DAY // 60}H0M0S"


def _at(day: dt.date, time: str) -> str:
    return f"{day.isoformat()}T{time}"


def _sub(parent: ET.Element, tag: str, text: object) -> ET.Element:
    el = ET.SubElement(parent, tag)
    el.text = str(text)
    return el


def _working_times(parent: ET.Element) -> None:
    times = ET.SubElement(parent, "WorkingTimes")
    for a, b in (("08:00:00", "12:00:00"), ("13:00:00", "17:00:00")):
        wt = ET.SubElement(times, "WorkingTime")
        _sub(wt, "FromTime", a)
        _sub(wt, "ToTime", b)


def _outline_numbers(tasks: list[MsTask]) -> list[str]:
    counters: list[int] = []
    out = []
    for t in tasks:
        del counters[t.level :]
        while len(counters) < t.level:
            counters.append(0)
        counters[t.level - 1] += 1
        out.append(".".join(str(c) for c in counters))
    return out


def write_mspdi(doc: MspdiDocument, target: Path | str) -> None:
    """Write ``doc`` as MSPDI to ``target`` (through a temporary file, then renamed)."""
    target = Path(target)
    ET.register_namespace("", NS)
    root = ET.Element("Project", {"xmlns": NS})
    if doc.baselines or doc.calendar_preset:
        names = [
            {
                "number": b.number,
                "name": b.name,
                "created": b.created.isoformat() if b.created else None,
            }
            for b in doc.baselines
        ]
        payload = {
            "baselines": names,
            "shown": doc.shown_baseline,
            "calendar_preset": doc.calendar_preset,
        }
        text = json.dumps(payload, ensure_ascii=True).replace(">", "\\u003e")
        root.append(ET.ProcessingInstruction(PI_TARGET, text))
    mask = parse_weekdays(doc.weekdays)
    start = doc.start or min((t.start for t in doc.tasks if t.start), default=dt.date.today())
    finish = doc.finish or max((t.finish for t in doc.tasks if t.finish), default=start)
    for tag, value in (
        ("SaveVersion", 14),
        ("Name", doc.name),
        ("Title", doc.name),
        ("ScheduleFromStart", 1),
        ("StartDate", _at(start, "08:00:00")),
        ("FinishDate", _at(finish, "17:00:00")),
        ("CalendarUID", 1),
        ("DefaultStartTime", "08:00:00"),
        ("DefaultFinishTime", "17:00:00"),
        ("MinutesPerDay", MINUTES_PER_DAY),
        ("MinutesPerWeek", MINUTES_PER_DAY * sum(mask)),
        ("DaysPerMonth", 20),
        ("DurationFormat", 7),
        ("HonorConstraints", 1),
    ):
        _sub(root, tag, value)
    attributes = ET.SubElement(root, "ExtendedAttributes")
    for _, field_id, field_name, alias in EXTENDED_FIELDS:
        ea = ET.SubElement(attributes, "ExtendedAttribute")
        _sub(ea, "FieldID", field_id)
        _sub(ea, "FieldName", field_name)
        _sub(ea, "Alias", alias)
    calendars = ET.SubElement(root, "Calendars")
    cal = ET.SubElement(calendars, "Calendar")
    _sub(cal, "UID", 1)
    _sub(cal, "Name", doc.calendar_name or "Standard")
    _sub(cal, "IsBaseCalendar", 1)
    _sub(cal, "BaseCalendarUID", -1)
    weekdays = ET.SubElement(cal, "WeekDays")
    for day_type in range(1, 8):  # 1 = Sunday .. 7 = Saturday
        working = mask[(day_type + 5) % 7]
        wd = ET.SubElement(weekdays, "WeekDay")
        _sub(wd, "DayType", day_type)
        _sub(wd, "DayWorking", int(working))
        if working:
            _working_times(wd)
    for e in doc.exceptions:  # the pre-2007 form, still read by older programs
        wd = ET.SubElement(weekdays, "WeekDay")
        _sub(wd, "DayType", 0)
        _sub(wd, "DayWorking", int(e.working))
        period = ET.SubElement(wd, "TimePeriod")
        _sub(period, "FromDate", _at(e.day, "00:00:00"))
        _sub(period, "ToDate", _at(e.day, "23:59:00"))
        if e.working:
            _working_times(wd)
    if doc.exceptions:
        exceptions = ET.SubElement(cal, "Exceptions")
        for e in doc.exceptions:
            ex = ET.SubElement(exceptions, "Exception")
            _sub(ex, "EnteredByOccurrences", 0)
            period = ET.SubElement(ex, "TimePeriod")
            _sub(period, "FromDate", _at(e.day, "00:00:00"))
            _sub(period, "ToDate", _at(e.day, "23:59:00"))
            _sub(ex, "Occurrences", 1)
            _sub(ex, "Name", e.name)
            _sub(ex, "Type", 1)
            _sub(ex, "DayWorking", int(e.working))
            if e.working:
                _working_times(ex)
    tasks = ET.SubElement(root, "Tasks")
    summary = ET.SubElement(tasks, "Task")
    for tag, value in (
        ("UID", 0),
        ("ID", 0),
        ("Name", doc.name),
        ("Type", 1),
        ("IsNull", 0),
        ("WBS", 0),
        ("OutlineNumber", 0),
        ("OutlineLevel", 0),
        ("Start", _at(start, "08:00:00")),
        ("Finish", _at(finish, "17:00:00")),
        ("DurationFormat", 7),
        ("Milestone", 0),
        ("Summary", 1),
    ):
        _sub(summary, tag, value)
    preds: dict[int, list[MsLink]] = {}
    for link in doc.links:
        preds.setdefault(link.succ, []).append(link)
    for number, (t, outline) in enumerate(
        zip(doc.tasks, _outline_numbers(doc.tasks), strict=True), 1
    ):
        el = ET.SubElement(tasks, "Task")
        milestone = t.kind == TaskKind.MILESTONE
        is_summary = t.kind == TaskKind.SUMMARY
        _sub(el, "UID", t.uid)
        _sub(el, "ID", number)
        _sub(el, "Name", t.name)
        # Project 2010+ reads Active and Manual only right after Name; elsewhere the
        # user's "new tasks: manually scheduled" default would win.
        _sub(el, "Active", 1)
        _sub(el, "Manual", 0)
        _sub(el, "Type", 1)  # fixed duration
        _sub(el, "IsNull", 0)
        _sub(el, "WBS", outline)
        _sub(el, "OutlineNumber", outline)
        _sub(el, "OutlineLevel", t.level)
        if t.start:
            _sub(el, "Start", _at(t.start, "08:00:00"))
        if t.finish:
            _sub(el, "Finish", _at(t.finish, "08:00:00" if milestone else "17:00:00"))
        _sub(el, "Duration", _hours(t.duration))
        _sub(el, "DurationFormat", 7)
        _sub(el, "Milestone", int(milestone))
        _sub(el, "Summary", int(is_summary))
        _sub(el, "PercentComplete", t.progress)
        _sub(el, "ConstraintType", CONSTRAINT_TO_MS[t.constraint])
        if t.constraint_date and t.constraint != ConstraintType.ASAP:
            time = (
                "17:00:00" if t.constraint == ConstraintType.FNLT and not milestone else "08:00:00"
            )
            _sub(el, "ConstraintDate", _at(t.constraint_date, time))
        if t.notes:
            _sub(el, "Notes", t.notes)
        for link in preds.get(t.uid, ()):
            pl = ET.SubElement(el, "PredecessorLink")
            _sub(pl, "PredecessorUID", link.pred)
            _sub(pl, "Type", LINK_TO_MS[link.type])
            _sub(pl, "CrossProject", 0)
            _sub(pl, "LinkLag", link.lag * LAG_UNITS_PER_DAY)
            _sub(pl, "LagFormat", 7)
        for attr, field_id, _, _ in EXTENDED_FIELDS:
            value = getattr(t, attr)
            if value:
                ea = ET.SubElement(el, "ExtendedAttribute")
                _sub(ea, "FieldID", field_id)
                _sub(ea, "Value", value)
        for number_, b_start, b_finish in t.baselines:
            b = ET.SubElement(el, "Baseline")
            _sub(b, "Number", number_)
            if b_start:
                _sub(b, "Start", _at(b_start, "08:00:00"))
            if b_finish:
                _sub(b, "Finish", _at(b_finish, "08:00:00" if milestone else "17:00:00"))
            if b_start and b_finish and not milestone:
                _sub(b, "DurationFormat", 7)
    _resources(root, doc.tasks)
    ET.indent(root, space=" ")
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        ET.ElementTree(root).write(tmp, encoding="UTF-8", xml_declaration=True)
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)


def _resources(root: ET.Element, tasks: list[MsTask]) -> None:
    """The owners as work resources, each task assigned to its owner (100 %)."""
    owners = sorted({t.owner for t in tasks if t.owner})
    if not owners:
        return
    uid_of = {name: k for k, name in enumerate(owners, 1)}
    resources = ET.SubElement(root, "Resources")
    for name, uid in uid_of.items():
        res = ET.SubElement(resources, "Resource")
        _sub(res, "UID", uid)
        _sub(res, "ID", uid)
        _sub(res, "Name", name)
        _sub(res, "Type", 1)  # work
        _sub(res, "IsNull", 0)
        _sub(res, "MaxUnits", "1.00")
    assignments = ET.SubElement(root, "Assignments")
    number = 0
    for t in tasks:
        if t.owner and t.kind != TaskKind.SUMMARY:
            number += 1
            a = ET.SubElement(assignments, "Assignment")
            _sub(a, "UID", number)
            _sub(a, "TaskUID", t.uid)
            _sub(a, "ResourceUID", uid_of[t.owner])
            _sub(a, "PercentWorkComplete", t.progress)
            _sub(a, "Units", 1)
