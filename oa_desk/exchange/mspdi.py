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
  for them, so the names ride along in an ``<?oa-desk …?>`` processing
  instruction, which other programs ignore.
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
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from oa_desk.domain import checks
from oa_desk.domain.calendar import ExceptionDay, parse_weekdays
from oa_desk.domain.enums import ConstraintType, DependencyType, TaskKind
from oa_desk.domain.errors import Refusal

__all__ = [
    "MsBaseline",
    "MsLink",
    "MsTask",
    "MspdiDocument",
    "MspdiError",
    "read_mspdi",
    "write_mspdi",
]

NS = "http://schemas.microsoft.com/project"
MINUTES_PER_DAY = 480
LAG_UNITS_PER_DAY = MINUTES_PER_DAY * 10  # LinkLag is in tenths of a minute
MAX_BASELINES = 11  # Baseline, Baseline1 .. Baseline10
# A file larger than this is refused before parsing (200 MB of XML took 925 MB to load);
# MS Project's own files of 20,000 tasks are a few tens of MB.
MAX_FILE_BYTES = 200 * 1024 * 1024
_PI_TARGET = "oa-desk"

_LINK_TO_MS = {
    DependencyType.FF: 0,
    DependencyType.FS: 1,
    DependencyType.SF: 2,
    DependencyType.SS: 3,
}
_LINK_FROM_MS = {v: k for k, v in _LINK_TO_MS.items()}
_CONSTRAINT_TO_MS = {
    ConstraintType.ASAP: 0,
    ConstraintType.MSO: 2,
    ConstraintType.SNET: 4,
    ConstraintType.FNLT: 7,
}
# MS Project constraints we do not have, read as the nearest one we do.
_CONSTRAINT_FROM_MS = {
    0: ConstraintType.ASAP,
    1: ConstraintType.ASAP,  # as late as possible
    2: ConstraintType.MSO,
    3: ConstraintType.FNLT,  # must finish on
    4: ConstraintType.SNET,
    5: ConstraintType.SNET,  # start no later than
    6: ConstraintType.SNET,  # finish no earlier than
    7: ConstraintType.FNLT,
}
_EXACT_CONSTRAINTS = {0, 2, 4, 7}


class MspdiError(Refusal):
    """The file cannot be read as MS Project XML; the message says what and where.

    ``code`` and ``params`` say the same for translation: ``params["file"]`` is
    the file name and, for a problem inside the file, ``params["place"]`` is
    ``(kind, value)`` with kind ``task`` (a position), ``task_uid``, ``link``
    (the successor's UID) or ``calendar`` (a UID).
    """


@dataclass(frozen=True, slots=True)
class MsTask:
    """One task of the outline; ``level`` 1 is the top (the project summary is 0)."""

    uid: int
    name: str
    level: int
    kind: TaskKind
    duration: int  # working days
    start: dt.date | None = None
    finish: dt.date | None = None  # inclusive
    progress: int = 0
    constraint: ConstraintType = ConstraintType.ASAP
    constraint_date: dt.date | None = None
    notes: str = ""
    baselines: tuple[tuple[int, dt.date | None, dt.date | None], ...] = ()  # number, start, finish


@dataclass(frozen=True, slots=True)
class MsLink:
    pred: int  # task UIDs
    succ: int
    type: DependencyType = DependencyType.FS
    lag: int = 0  # working days, negative = lead


@dataclass(frozen=True, slots=True)
class MsBaseline:
    number: int
    name: str
    created: dt.datetime | None = None


@dataclass
class MspdiDocument:
    """A project as MSPDI carries it; tasks in outline order."""

    name: str = ""
    start: dt.date | None = None
    finish: dt.date | None = None
    weekdays: str = "1111100"
    exceptions: list[ExceptionDay] = field(default_factory=list)
    tasks: list[MsTask] = field(default_factory=list)
    links: list[MsLink] = field(default_factory=list)
    baselines: list[MsBaseline] = field(default_factory=list)
    shown_baseline: int | None = None  # the number drawn under the bars, if any
    warnings: list[str] = field(default_factory=list)


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
    if doc.baselines:
        names = [
            {
                "number": b.number,
                "name": b.name,
                "created": b.created.isoformat() if b.created else None,
            }
            for b in doc.baselines
        ]
        payload = {"baselines": names, "shown": doc.shown_baseline}
        text = json.dumps(payload, ensure_ascii=True).replace(">", "\\u003e")
        root.append(ET.ProcessingInstruction(_PI_TARGET, text))
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
    calendars = ET.SubElement(root, "Calendars")
    cal = ET.SubElement(calendars, "Calendar")
    _sub(cal, "UID", 1)
    _sub(cal, "Name", "Standard")
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
        _sub(el, "ConstraintType", _CONSTRAINT_TO_MS[t.constraint])
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
            _sub(pl, "Type", _LINK_TO_MS[link.type])
            _sub(pl, "CrossProject", 0)
            _sub(pl, "LinkLag", link.lag * LAG_UNITS_PER_DAY)
            _sub(pl, "LagFormat", 7)
        for number_, b_start, b_finish in t.baselines:
            b = ET.SubElement(el, "Baseline")
            _sub(b, "Number", number_)
            if b_start:
                _sub(b, "Start", _at(b_start, "08:00:00"))
            if b_finish:
                _sub(b, "Finish", _at(b_finish, "08:00:00" if milestone else "17:00:00"))
            if b_start and b_finish and not milestone:
                _sub(b, "DurationFormat", 7)
    ET.indent(root, space=" ")
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        ET.ElementTree(root).write(tmp, encoding="UTF-8", xml_declaration=True)
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)


# -- reading ------------------------------------------------------------------------------


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(el: ET.Element, name: str) -> list[ET.Element]:
    return [c for c in el if _local(c.tag) == name]


def _child(el: ET.Element, name: str) -> ET.Element | None:
    for c in el:
        if _local(c.tag) == name:
            return c
    return None


def _text(el: ET.Element, name: str) -> str | None:
    c = _child(el, name)
    if c is None or c.text is None:
        return None
    return c.text.strip()


_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?.*)?$")
_DURATION = re.compile(
    r"^-?P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)D)?"
    r"(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$"
)


# Where in the file a problem is, in the English message.
_PLACES = {
    "task": "task {}",
    "task_uid": "task UID {}",
    "link": "task UID {}, predecessor link",
    "calendar": "calendar UID {}",
}


class _Reader:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.where: tuple[str, object] | None = None
        self.minutes_per_day = MINUTES_PER_DAY

    def fail(self, code: str, what: str, **params: Any) -> MspdiError:
        place = f" ({_PLACES[self.where[0]].format(self.where[1])})" if self.where else ""
        return MspdiError(
            code,
            f"{self.path.name}: {what}{place}",
            file=self.path.name,
            place=self.where,
            **params,
        )

    def int_(self, el: ET.Element, name: str, default: int | None = None) -> int:
        raw = _text(el, name)
        if raw is None or raw == "":
            if default is None:
                raise self.fail("missing", f"<{name}> is missing", element=name)
            return default
        try:
            return int(float(raw))
        except (ValueError, OverflowError):
            raise self.fail(
                "not_number", f"<{name}> is not a number: {raw!r}", element=name, value=raw
            ) from None

    def datetime_(self, el: ET.Element, name: str) -> tuple[dt.date, dt.time] | None:
        raw = _text(el, name)
        if not raw:
            return None
        match = _DATETIME.match(raw)
        if not match:
            raise self.fail("not_date", f"<{name}> is not a date: {raw!r}", element=name, value=raw)
        try:
            day = dt.date.fromisoformat(match.group(1))
            time = dt.time(int(match.group(2) or 0), int(match.group(3) or 0))
        except ValueError:
            raise self.fail(
                "not_date", f"<{name}> is not a date: {raw!r}", element=name, value=raw
            ) from None
        found = checks.date_in_range(name, day)
        if found is not None:
            raise self.fail(
                "date_range",
                f"<{name}> {raw!r} is outside the dates a plan holds "
                f"({found.params['low']} to {found.params['high']})",
                element=name,
                value=raw,
                low=found.params["low"],
                high=found.params["high"],
            )
        return day, time

    def date_(self, el: ET.Element, name: str) -> dt.date | None:
        value = self.datetime_(el, name)
        return value[0] if value else None

    def duration(self, el: ET.Element, name: str) -> int:
        raw = _text(el, name)
        if not raw:
            return 0
        match = _DURATION.match(raw)
        if not match:
            raise self.fail(
                "not_duration", f"<{name}> is not a duration: {raw!r}", element=name, value=raw
            )
        y, mo, d, h, mi, s = (float(g) if g else 0.0 for g in match.groups())
        if y or mo:
            raise self.fail(
                "years_months", f"<{name}> uses years or months: {raw!r}", element=name, value=raw
            )
        minutes = d * self.minutes_per_day + h * 60 + mi + s / 60
        days = max(0, round(minutes / self.minutes_per_day))
        if checks.duration(days) is not None:
            raise self.too_long(name, raw, days)
        return days

    def too_long(self, name: str, raw: object, days: int) -> MspdiError:
        return self.fail(
            "duration_range",
            f"<{name}> {raw!r} is {days} working days, more than {checks.DURATION_MAX}",
            element=name,
            value=raw,
            high=checks.DURATION_MAX,
        )


def _parse(path: Path) -> ET.Element:
    from defusedxml import DefusedXmlException, DTDForbidden, EntitiesForbidden
    from defusedxml.ElementTree import DefusedXMLParser

    parser = DefusedXMLParser(target=ET.TreeBuilder(insert_pis=True), forbid_dtd=True)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise MspdiError(
                "too_large",
                f"{path.name} was refused: it holds {size / 2**20:,.0f} MB, more than the "
                f"{MAX_FILE_BYTES // 2**20} MB an MS Project XML plan needs",
                file=path.name,
                size=round(size / 2**20),
                limit=MAX_FILE_BYTES // 2**20,
            )
        with path.open("rb") as f:
            parser.feed(f.read())
        root: ET.Element = parser.close()
    except OSError as exc:
        detail = exc.strerror or str(exc)
        raise MspdiError("io", f"{path.name}: {detail}", file=path.name, detail=detail) from None
    except DTDForbidden:
        raise MspdiError(
            "dtd",
            f"{path.name} was refused: it declares a DTD, which MS Project XML never needs "
            "and which can carry an XML bomb or an external entity",
            file=path.name,
        ) from None
    except EntitiesForbidden:
        raise MspdiError(
            "entities",
            f"{path.name} was refused: it declares XML entities (a possible XML bomb)",
            file=path.name,
        ) from None
    except DefusedXmlException:
        raise MspdiError(
            "external",
            f"{path.name} was refused: it refers to an external resource",
            file=path.name,
        ) from None
    except ET.ParseError as exc:
        line, column = exc.position
        reason = str(exc).split(":", 1)[0]
        raise MspdiError(
            "not_xml",
            f"{path.name} is not well-formed XML: {reason} at line {line}, column {column + 1}",
            file=path.name,
            line=line,
            column=column + 1,
        ) from None
    if _local(root.tag) != "Project":
        raise MspdiError(
            "not_project",
            f"{path.name} is XML but not MS Project XML: its root element is "
            f"<{_local(root.tag)}>, not <Project>",
            file=path.name,
            element=_local(root.tag),
        )
    return root


def read_mspdi(source: Path | str) -> MspdiDocument:
    """Read an MSPDI file; raise :class:`MspdiError` for anything unreadable."""
    path = Path(source)
    root = _parse(path)
    r = _Reader(path)
    doc = MspdiDocument(name=_text(root, "Name") or _text(root, "Title") or "")
    r.minutes_per_day = r.int_(root, "MinutesPerDay", MINUTES_PER_DAY) or MINUTES_PER_DAY
    doc.start = r.date_(root, "StartDate")
    doc.finish = r.date_(root, "FinishDate")
    for pi in root:
        is_pi: bool = pi.tag is ET.ProcessingInstruction  # type: ignore[comparison-overlap]
        if is_pi and (pi.text or "").startswith(_PI_TARGET):
            payload = (pi.text or "")[len(_PI_TARGET) :].strip()
            try:
                data = json.loads(payload)
                names = {b["number"]: b for b in data.get("baselines", [])}
                shown = data.get("shown")
                doc.shown_baseline = shown if isinstance(shown, int) else None
            except (ValueError, TypeError, KeyError, AttributeError):
                doc.warnings.append("the baseline names in the file could not be read")
                names = {}
            doc.baselines = [
                MsBaseline(
                    int(n),
                    str(b.get("name") or f"Baseline {n}"),
                    dt.datetime.fromisoformat(b["created"]) if b.get("created") else None,
                )
                for n, b in sorted(names.items())
            ]
    _read_calendar(r, root, doc)
    tasks_el = _child(root, "Tasks")
    seen_numbers: set[int] = set()
    uids: set[int] = set()
    pending: list[tuple[int, ET.Element]] = []
    last_level = 0
    raw_tasks: list[MsTask] = []
    for position, el in enumerate(_children(tasks_el, "Task") if tasks_el is not None else [], 1):
        r.where = ("task", position)
        uid = r.int_(el, "UID")
        r.where = ("task_uid", uid)
        if r.int_(el, "IsNull", 0):
            continue
        level = r.int_(el, "OutlineLevel", 1)
        if level <= 0:
            continue  # the project summary task
        if uid in uids:
            raise r.fail("duplicate_uid", "the same UID appears twice")
        uids.add(uid)
        if level > last_level + 1:
            raise r.fail(
                "level_jump",
                f"OutlineLevel jumps from {last_level} to {level}",
                before=last_level,
                after=level,
            )
        last_level = level
        name = _text(el, "Name") or ""
        if len(name) > 300:
            doc.warnings.append(f"task UID {uid}: name shortened to 300 characters")
            name = name[:300]
        duration = r.duration(el, "Duration")
        milestone = bool(r.int_(el, "Milestone", 0)) or duration == 0
        summary = bool(r.int_(el, "Summary", 0))
        start = r.datetime_(el, "Start")
        finish = r.datetime_(el, "Finish")
        finish_day = finish[0] if finish else None
        if finish and start and finish[1] == dt.time(0, 0) and finish[0] > start[0]:
            finish_day = finish[0] - dt.timedelta(days=1)  # midnight ends the day before
        code = r.int_(el, "ConstraintType", 0)
        if code not in _CONSTRAINT_FROM_MS:
            raise r.fail("constraint_type", f"unknown ConstraintType {code}", value=code)
        constraint = _CONSTRAINT_FROM_MS[code]
        cdate = r.date_(el, "ConstraintDate")
        if code not in _EXACT_CONSTRAINTS:
            doc.warnings.append(
                f"task UID {uid}: MS Project constraint type {code} read as {constraint.value}"
            )
        if constraint != ConstraintType.ASAP and cdate is None:
            doc.warnings.append(f"task UID {uid}: constraint without a date dropped")
            constraint = ConstraintType.ASAP
        progress = min(100, max(0, r.int_(el, "PercentComplete", 0)))
        baselines = []
        for b in _children(el, "Baseline"):
            number = r.int_(b, "Number", 0)
            if not 0 <= number < MAX_BASELINES:
                raise r.fail(
                    "baseline_number", f"baseline number {number} is outside 0-10", value=number
                )
            seen_numbers.add(number)
            baselines.append((number, r.date_(b, "Start"), r.date_(b, "Finish")))
        kind = TaskKind.SUMMARY if summary else (TaskKind.MILESTONE if milestone else TaskKind.TASK)
        raw_tasks.append(
            MsTask(
                uid,
                name,
                level,
                kind,
                0 if kind == TaskKind.MILESTONE else duration,
                start[0] if start else None,
                finish_day,
                progress,
                constraint,
                cdate if constraint != ConstraintType.ASAP else None,
                _text(el, "Notes") or "",
                tuple(baselines),
            )
        )
        pending.append((uid, el))
    # A task followed by deeper ones is a summary whatever its Summary flag says.
    doc.tasks = [
        t
        if t.kind == TaskKind.SUMMARY
        or i + 1 >= len(raw_tasks)
        or raw_tasks[i + 1].level <= t.level
        else replace(t, kind=TaskKind.SUMMARY)
        for i, t in enumerate(raw_tasks)
    ]
    for uid, el in pending:
        for pl in _children(el, "PredecessorLink"):
            r.where = ("link", uid)
            pred = r.int_(pl, "PredecessorUID")
            if r.int_(pl, "CrossProject", 0):
                doc.warnings.append(f"task UID {uid}: link to another project skipped")
                continue
            if pred not in uids:
                raise r.fail(
                    "unknown_predecessor",
                    f"the predecessor UID {pred} is not a task of this file",
                    value=pred,
                )
            type_code = r.int_(pl, "Type", 1)
            if type_code not in _LINK_FROM_MS:
                raise r.fail("link_type", f"unknown link Type {type_code}", value=type_code)
            fmt = r.int_(pl, "LagFormat", 7)
            lag_units = r.int_(pl, "LinkLag", 0)
            if fmt in (19, 20):  # percent lags (LinkLag in tenths of a percent)
                doc.warnings.append(f"task UID {uid}: a lag in percent was read as 0 days")
                lag = 0
            else:
                lag = round(lag_units / (r.minutes_per_day * 10))
            if checks.lag(lag) is not None:
                raise r.too_long("LinkLag", lag_units, abs(lag))
            doc.links.append(MsLink(pred, uid, _LINK_FROM_MS[type_code], lag))
    known = {b.number for b in doc.baselines}
    for number in sorted(seen_numbers - known):
        doc.baselines.append(
            MsBaseline(number, "Baseline" if number == 0 else f"Baseline {number}")
        )
    doc.baselines.sort(key=lambda b: b.number)
    doc.baselines = [b for b in doc.baselines if b.number in seen_numbers or b.number in known]
    return doc


def _read_calendar(r: _Reader, root: ET.Element, doc: MspdiDocument) -> None:
    calendars = _child(root, "Calendars")
    if calendars is None:
        return
    wanted = r.int_(root, "CalendarUID", 1)
    cals = _children(calendars, "Calendar")
    cal = next((c for c in cals if r.int_(c, "UID", -1) == wanted), cals[0] if cals else None)
    if cal is None:
        return
    r.where = ("calendar", wanted)
    mask = list(doc.weekdays)
    found: dict[dt.date, ExceptionDay] = {}

    def add_range(el: ET.Element, working: bool, name: str) -> None:
        period = _child(el, "TimePeriod")
        if period is None:
            return
        first = r.date_(period, "FromDate")
        last = r.date_(period, "ToDate") or first
        if first is None or last is None:
            return
        if (last - first).days > 3660:
            raise r.fail(
                "long_exception",
                f"an exception spans more than ten years ({first} to {last})",
                first=first,
                last=last,
            )
        day = first
        while day <= last:
            found.setdefault(day, ExceptionDay(day, working, name[:100]))
            day += dt.timedelta(days=1)

    exceptions = _child(cal, "Exceptions")
    for ex in _children(exceptions, "Exception") if exceptions is not None else []:
        kind = r.int_(ex, "Type", 1)
        name = _text(ex, "Name") or ""
        working = bool(r.int_(ex, "DayWorking", 0))
        if kind != 1:
            doc.warnings.append(f"recurring calendar exception {name!r} skipped")
            continue
        add_range(ex, working, name)
    weekdays = _child(cal, "WeekDays")
    for wd in _children(weekdays, "WeekDay") if weekdays is not None else []:
        day_type = r.int_(wd, "DayType", -1)
        working = bool(r.int_(wd, "DayWorking", 0))
        if 1 <= day_type <= 7:
            mask[(day_type + 5) % 7] = "1" if working else "0"
        elif day_type == 0:
            add_range(wd, working, "")
    if "1" in mask:
        doc.weekdays = "".join(mask)
    else:
        doc.warnings.append("the calendar has no working weekday; Monday to Friday used")
    doc.exceptions = [found[d] for d in sorted(found)]
    r.where = None
