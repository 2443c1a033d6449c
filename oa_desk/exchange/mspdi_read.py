"""Reading MS Project XML (MSPDI) into an :class:`MspdiDocument`.

A plain UTF-8 file (no DTD) is checked by expat and its large sections (tasks,
assignments) read straight from its bytes (:mod:`oa_desk.exchange.mspdi_parse`,
:mod:`oa_desk.exchange.mspdi_scan`); the rest, or a whole file of another shape,
is read as a tree. Either way each
task is one :class:`~oa_desk.exchange.mspdi_scan.Item`, its fields and children
by local name, and one conversion reads it. Dates are the file's own; durations
and lags are converted by the file's ``MinutesPerDay`` and working week, elapsed
units by the calendar, and whatever whole working days cannot hold is rounded
with a warning naming the task (see :mod:`oa_desk.exchange.mspdi` for the mapping).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from oa_desk.domain import checks
from oa_desk.domain.calendar import ExceptionDay
from oa_desk.domain.enums import ConstraintType, TaskKind
from oa_desk.domain.errors import Notice
from oa_desk.domain.schedule import paused_gc
from oa_desk.exchange.mspdi_model import (
    CONSTRAINT_END,
    CONSTRAINT_FROM_MS,
    EXACT_CONSTRAINTS,
    EXTENDED_FIELDS,
    LINK_FROM_MS,
    MAX_BASELINES,
    MINUTES_PER_DAY,
    PI_TARGET,
    MsBaseline,
    MsLink,
    MspdiDocument,
    MspdiError,
    MsTask,
)
from oa_desk.exchange.mspdi_parse import namespace, parse, tree_items
from oa_desk.exchange.mspdi_recurring import MAX_OCCURRENCES, Recurrence, expand
from oa_desk.exchange.mspdi_scan import Item, Record, xml_text

__all__ = ["read_mspdi"]

Fields = Record
_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?.*)?$")
_DURATION = re.compile(
    r"^-?P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)D)?"
    r"(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$"
)
# DurationFormat / LagFormat codes in elapsed time (m, h, d, w, mo; the 3x are "estimated").
_ELAPSED = {4, 6, 8, 10, 12, 36, 38, 40, 42, 44}
_PERCENT = {19, 20, 51, 52}
_MINUTES_PER_ELAPSED_DAY = 1440

# Where in the file a problem is, in the English message.
_PLACES = {
    "task": "task {}",
    "task_uid": "task UID {}",
    "link": "task UID {}, predecessor link",
    "calendar": "calendar UID {}",
}


def _working_days(n: int) -> str:
    return "1 working day" if abs(n) == 1 else f"{n} working days"


def _half_up(x: float) -> int:
    return int(x + 0.5) if x >= 0 else -int(-x + 0.5)


def _amount(minutes: float) -> Notice:
    """A duration for a warning: ``1 h``, ``30 min``."""
    if minutes and minutes % 60 == 0:
        return Notice("hours", f"{minutes / 60:g} h", hours=f"{minutes / 60:g}")
    return Notice("minutes", f"{minutes:g} min", minutes=f"{minutes:g}")


class _Reader:
    def __init__(self, path: Path, ns: str) -> None:
        self.path = path
        self.ns = ns
        self.where: tuple[str, object] | None = None
        self.minutes_per_day = MINUTES_PER_DAY
        self.working_per_week = 5
        self.day_starts = dt.time(8, 0)
        # Dates and times, durations in minutes, by their text as in the file.
        self._seen: dict[bytes | str, tuple[dt.date, dt.time]] = {}
        self._minutes: dict[bytes | str, float] = {}

    def fail(self, code: str, what: str, **params: Any) -> MspdiError:
        place = f" ({_PLACES[self.where[0]].format(self.where[1])})" if self.where else ""
        return MspdiError(
            code,
            f"{self.path.name}: {what}{place}",
            file=self.path.name,
            place=self.where,
            **params,
        )

    def child(self, el: ET.Element, name: str) -> ET.Element | None:
        return el.find(self.ns + name)

    def children(self, el: ET.Element | None, name: str) -> list[ET.Element]:
        return [] if el is None else el.findall(self.ns + name)

    def text(self, el: ET.Element | Fields, name: str) -> str | None:
        if isinstance(el, dict):
            value = el.get(name)
            if value is None:
                return None
            return (value if isinstance(value, str) else xml_text(value)).strip()
        raw = el.findtext(self.ns + name)
        return None if raw is None else raw.strip()

    def num(self, f: Fields, name: str, default: int | None = None) -> int:
        """:meth:`int_` of a record, the usual cases first: plain digits, or no field."""
        value = f.get(name)
        if value is None:
            if default is not None:
                return default
        else:
            try:
                return int(value)
            except ValueError:  # empty, a decimal, not a number: the careful path
                pass
        return self.int_(f, name, default)

    def int_(self, el: ET.Element | Fields, name: str, default: int | None = None) -> int:
        raw = self.text(el, name)
        if not raw:
            if default is None:
                raise self.fail("missing", f"<{name}> is missing", element=name)
            return default
        try:
            return int(raw)
        except ValueError:
            pass
        try:
            return int(float(raw))
        except (ValueError, OverflowError):
            raise self.fail(
                "not_number", f"<{name}> is not a number: {raw!r}", element=name, value=raw
            ) from None

    def datetime_(self, el: ET.Element | Fields, name: str) -> tuple[dt.date, dt.time] | None:
        as_in_file = el.get(name) if isinstance(el, dict) else None
        if as_in_file is not None:  # most dates of a plan recur: read each text once
            known = self._seen.get(as_in_file)
            if known is not None:
                return known
        raw = self.text(el, name)
        if not raw:
            return None
        value = self._datetime(name, raw)
        if len(self._seen) < 100_000:
            self._seen[as_in_file if as_in_file is not None else raw] = value
        return value

    def _datetime(self, name: str, raw: str) -> tuple[dt.date, dt.time]:
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

    def too_long(self, name: str, raw: object, days: int) -> MspdiError:
        return self.fail(
            "duration_range",
            f"<{name}> {raw!r} is {days} working days, more than {checks.DURATION_MAX}",
            element=name,
            value=raw,
            high=checks.DURATION_MAX,
        )

    def date_(self, el: ET.Element | Fields, name: str) -> dt.date | None:
        value = self.datetime_(el, name)
        return value[0] if value else None

    def finish_day(
        self, finish: tuple[dt.date, dt.time] | None, start: dt.date | None
    ) -> dt.date | None:
        """The inclusive finish day: a finish at or before the day's start ends the day before."""
        if finish is None:
            return None
        day, time = finish
        if start is not None and day > start and time <= self.day_starts:
            return day - dt.timedelta(days=1)
        return day

    def minutes(self, el: ET.Element | Fields, name: str) -> float:
        as_in_file = el.get(name) if isinstance(el, dict) else None
        if as_in_file is not None:
            known = self._minutes.get(as_in_file)
            if known is None:
                known = self._minutes[as_in_file] = self._read_minutes(el, name)
            return known
        return self._read_minutes(el, name)

    def _read_minutes(self, el: ET.Element | Fields, name: str) -> float:
        raw = self.text(el, name)
        if not raw:
            return 0.0
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
        return max(0.0, d * 1440 + h * 60 + mi + s / 60)


def _read_pi(root: ET.Element, doc: MspdiDocument) -> None:
    for pi in root:
        is_pi: bool = pi.tag is ET.ProcessingInstruction  # type: ignore[comparison-overlap]
        if not (is_pi and (pi.text or "").startswith(PI_TARGET)):
            continue
        payload = (pi.text or "")[len(PI_TARGET) :].strip()
        try:
            data = json.loads(payload)
            names = {b["number"]: b for b in data.get("baselines", [])}
            shown = data.get("shown")
            doc.shown_baseline = shown if isinstance(shown, int) else None
            preset = data.get("calendar_preset")
            doc.calendar_preset = preset[:10] if isinstance(preset, str) and preset else None
        except (ValueError, TypeError, KeyError, AttributeError):
            doc.warnings.append(
                Notice("baseline_names", "the baseline names in the file could not be read")
            )
            names = {}
        doc.baselines = [
            MsBaseline(
                int(n),
                str(b.get("name") or f"Baseline {n}"),
                dt.datetime.fromisoformat(b["created"]) if b.get("created") else None,
            )
            for n, b in sorted(names.items())
        ]


def _extended_fields(r: _Reader, root: ET.Element) -> dict[int, str]:
    """FieldID -> MsTask attribute, for the fields whose alias names one of ours."""
    by_alias = {alias.casefold(): attr for attr, _, _, alias in EXTENDED_FIELDS}
    out = {}
    for ea in r.children(r.child(root, "ExtendedAttributes"), "ExtendedAttribute"):
        alias = (r.text(ea, "Alias") or "").casefold()
        field_id = r.text(ea, "FieldID") or ""
        if field_id.isdigit() and alias in by_alias:
            out[int(field_id)] = by_alias[alias]
    return out


def _owners(r: _Reader, root: ET.Element, assignments: list[Item]) -> dict[int, str]:
    """Task UID -> the name of its first assigned resource."""
    names = {}
    for res in r.children(r.child(root, "Resources"), "Resource"):
        name = r.text(res, "Name")
        if name:
            names[r.int_(res, "UID", -1)] = name
    owners: dict[int, str] = {}
    if not names:
        return owners
    for a in assignments:
        name = names.get(r.num(a.fields, "ResourceUID", -65535))
        if name:
            owners.setdefault(r.num(a.fields, "TaskUID", -1), name)
    return owners


def read_mspdi(source: Path | str) -> MspdiDocument:
    """Read an MSPDI file; raise :class:`MspdiError` for anything unreadable.

    The cyclic garbage collector is paused meanwhile: a 20,000-task file makes
    over a million elements, none in a cycle, and the collector's passes over
    them took two thirds of the time.
    """
    with paused_gc():
        return _read(Path(source))


def _read(path: Path) -> MspdiDocument:
    root, scanned = parse(path)
    r = _Reader(path, namespace(root))

    def items(section: str) -> list[Item]:
        found = scanned.get(section)
        return tree_items(root, r.ns, section) if found is None else found

    doc = MspdiDocument(name=r.text(root, "Name") or r.text(root, "Title") or "")
    r.minutes_per_day = r.int_(root, "MinutesPerDay", MINUTES_PER_DAY) or MINUTES_PER_DAY
    default_start = r.text(root, "DefaultStartTime")
    if default_start and re.match(r"^\d{2}:\d{2}", default_start):
        r.day_starts = dt.time(int(default_start[:2]) % 24, int(default_start[3:5]) % 60)
    doc.start = r.date_(root, "StartDate")
    doc.finish = r.date_(root, "FinishDate")
    _read_pi(root, doc)
    _read_calendar(r, root, doc)
    r.working_per_week = doc.weekdays.count("1") or 5
    extended = _extended_fields(r, root)
    owners = _owners(r, root, items("Assignments"))
    seen_numbers: set[int] = set()
    uids: set[int] = set()
    pending: list[tuple[int, Item]] = []
    last_level = 0
    outline: list[tuple[Item, int, int]] = []
    for position, item in enumerate(items("Tasks"), 1):
        r.where = ("task", position)
        f = item.fields
        uid = r.num(f, "UID")
        r.where = ("task_uid", uid)
        if r.num(f, "IsNull", 0):
            continue
        level = r.num(f, "OutlineLevel", 1)
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
        outline.append((item, uid, level))
    doc.tasks = []
    for i, (item, uid, level) in enumerate(outline):
        r.where = ("task_uid", uid)
        # A task followed by deeper ones is a summary whatever its Summary flag says.
        parent = i + 1 < len(outline) and outline[i + 1][2] > level
        owner = owners[uid][:100] if uid in owners else ""
        task = _read_task(r, item, uid, level, doc, extended, seen_numbers, parent, owner)
        doc.tasks.append(task)
        if "PredecessorLink" in item.children:
            pending.append((uid, item))
    by_uid = {t.uid: t for t in doc.tasks}
    for uid, item in pending:
        r.where = ("link", uid)
        for pl in item.children["PredecessorLink"]:
            link = _read_link(r, pl, by_uid, uid, doc)
            if link is not None:
                doc.links.append(link)
    known = {b.number for b in doc.baselines}
    for number in sorted(seen_numbers - known):
        doc.baselines.append(
            MsBaseline(number, "Baseline" if number == 0 else f"Baseline {number}")
        )
    doc.baselines.sort(key=lambda b: b.number)
    doc.baselines = [b for b in doc.baselines if b.number in seen_numbers or b.number in known]
    r.where = None
    return doc


def _label(task_name: str, uid: int) -> str:
    return f"task {task_name!r} (UID {uid})"


def _read_task(
    r: _Reader,
    item: Item,
    uid: int,
    level: int,
    doc: MspdiDocument,
    extended: dict[int, str],
    seen_numbers: set[int],
    parent: bool = False,
    owner: str = "",
) -> MsTask:
    f = item.fields
    name = r.text(f, "Name") or ""
    if len(name) > 300:
        doc.warnings.append(
            Notice("name_shortened", f"task UID {uid}: name shortened to 300 characters", uid=uid)
        )
        name = name[:300]
    minutes = r.minutes(f, "Duration")
    fmt = r.num(f, "DurationFormat", 7)
    flagged = r.num(f, "Milestone", -1)  # -1: no flag (an empty element is none)
    milestone = flagged == 1 or (flagged == -1 and minutes == 0)
    summary = bool(r.num(f, "Summary", 0))
    elapsed_days: float | None = None
    note: Notice | str = ""
    if fmt in _ELAPSED:
        elapsed_days = minutes / _MINUTES_PER_ELAPSED_DAY
        duration = _half_up(elapsed_days * r.working_per_week / 7)
    else:
        days = minutes / r.minutes_per_day
        duration = _half_up(days)
        if abs(days - duration) > 1e-6 and not milestone and not summary:
            duration = max(1, duration)
            amount = _amount(minutes)
            note = Notice(
                "duration_rounded",
                f"a duration of {amount} rounded to {_working_days(duration)}",
                amount=amount,
                days=duration,
            )
    if minutes > 0 and not milestone:
        duration = max(1, duration)
    if checks.duration(duration) is not None:
        raise r.too_long("Duration", r.text(f, "Duration"), duration)
    start = r.datetime_(f, "Start")
    start_day = start[0] if start else None
    finish = r.datetime_(f, "Finish")
    finish_day = r.finish_day(finish, start_day)
    ends_at_day_start = finish is not None and finish_day is not None and finish_day < finish[0]
    if (
        milestone
        and start_day is not None
        and (minutes == 0 or finish_day is None or finish_day < start_day)
    ):
        finish_day = start_day  # a flagged milestone with a duration keeps its finish
    code = r.num(f, "ConstraintType", 0)
    if code not in CONSTRAINT_FROM_MS:
        raise r.fail("constraint_type", f"unknown ConstraintType {code}", value=code)
    constraint = CONSTRAINT_FROM_MS[code]
    constraint_at = r.datetime_(f, "ConstraintDate")
    cdate = constraint_at[0] if constraint_at else None
    end = CONSTRAINT_END.get(code)
    if constraint_at and end == -1 and not milestone and constraint_at[1] <= r.day_starts:
        cdate = constraint_at[0] - dt.timedelta(days=1)  # a finish at 08:00: the day before
    if code not in EXACT_CONSTRAINTS:
        doc.warnings.append(
            Notice(
                "constraint_read_as",
                f"task UID {uid}: MS Project constraint type {code} read as {constraint.value}",
                uid=uid,
                ms_constraint=code,
                constraint=constraint,
            )
        )
    if constraint != ConstraintType.ASAP and cdate is None:
        doc.warnings.append(
            Notice(
                "constraint_no_date", f"task UID {uid}: constraint without a date dropped", uid=uid
            )
        )
        constraint = ConstraintType.ASAP
    progress = min(100, max(0, r.num(f, "PercentComplete", 0)))
    baselines = []
    for b in item.children.get("Baseline", ()):
        number = r.num(b, "Number", 0)
        if not 0 <= number < MAX_BASELINES:
            raise r.fail(
                "baseline_number", f"baseline number {number} is outside 0-10", value=number
            )
        seen_numbers.add(number)
        b_start = r.date_(b, "Start")
        b_finish = r.finish_day(r.datetime_(b, "Finish"), b_start)
        if b_start and b_finish and b_finish < b_start:
            doc.warnings.append(
                Notice(
                    "baseline_order",
                    f"{_label(name, uid)}: baseline {number} finishes ({b_finish}) before it "
                    f"starts ({b_start}); the task was left out of that baseline",
                    name=name,
                    uid=uid,
                    number=number,
                    start=b_start,
                    finish=b_finish,
                )
            )
            continue
        baselines.append((number, b_start, b_finish))
    values = {}
    for ea in item.children.get("ExtendedAttribute", ()):
        attr = extended.get(r.num(ea, "FieldID", -1))
        if attr:
            values[attr] = (r.text(ea, "Value") or "")[
                : 100 if attr in ("department", "wave") else 4000
            ]
    kind = TaskKind.SUMMARY if summary else (TaskKind.MILESTONE if milestone else TaskKind.TASK)
    if kind == TaskKind.MILESTONE and minutes > 0:
        amount = _amount(minutes)
        note = Notice(
            "milestone_duration",
            f"flagged as a milestone with a duration of {amount}",
            amount=amount,
        )
    # Read as its own flags say; a task with deeper ones below is a summary all the same
    # (its duration, elapsed days and note as read: the roll-up replaces them).
    read_as = kind
    if parent:
        kind = TaskKind.SUMMARY
    return MsTask(
        uid,
        name,
        level,
        kind,
        0 if read_as == TaskKind.MILESTONE else duration,
        start_day,
        finish_day,
        progress,
        constraint,
        cdate if constraint != ConstraintType.ASAP else None,
        r.text(f, "Notes") or "",
        tuple(baselines),
        owner=owner,
        elapsed_days=elapsed_days if read_as == TaskKind.TASK else None,
        duration_note=note if read_as != TaskKind.SUMMARY else "",
        ends_at_day_start=ends_at_day_start,
        ms_constraint=code if code in CONSTRAINT_END and constraint != ConstraintType.ASAP else 0,
        **values,
    )


def _read_link(
    r: _Reader, f: Fields, by_uid: dict[int, MsTask], uid: int, doc: MspdiDocument
) -> MsLink | None:
    pred = r.num(f, "PredecessorUID")
    if r.num(f, "CrossProject", 0):
        doc.warnings.append(
            Notice("cross_project", f"task UID {uid}: link to another project skipped", uid=uid)
        )
        return None
    if pred not in by_uid:
        raise r.fail(
            "unknown_predecessor",
            f"the predecessor UID {pred} is not a task of this file",
            value=pred,
        )
    type_code = r.num(f, "Type", 1)
    if type_code not in LINK_FROM_MS:
        raise r.fail("link_type", f"unknown link Type {type_code}", value=type_code)
    fmt = r.num(f, "LagFormat", 7)
    units = r.num(f, "LinkLag", 0)
    if not units:
        days = 0.0
    elif fmt in _PERCENT:  # LinkLag is the percent of the predecessor's duration
        days = by_uid[pred].duration * units / 100
        what = Notice(
            "lag_percent", f"a lag of {units}% of the predecessor's duration", percent=units
        )
    elif fmt in _ELAPSED:
        days = units / 10 / _MINUTES_PER_ELAPSED_DAY * r.working_per_week / 7
        amount = _amount(units / 10)
        what = Notice("lag_elapsed", f"an elapsed lag of {amount}", amount=amount)
    else:
        days = units / 10 / r.minutes_per_day
        amount = _amount(units / 10)
        what = Notice("lag_amount", f"a lag of {amount}", amount=amount)
    lag = _half_up(days)
    if checks.lag(lag) is not None:
        raise r.too_long("LinkLag", units, abs(lag))
    if days and (abs(days - lag) > 1e-6 or fmt in _PERCENT or fmt in _ELAPSED):
        name = by_uid[uid].name
        doc.warnings.append(
            Notice(
                "lag_read_as",
                f"{_label(name, uid)}: {what} (from UID {pred}) read as {_working_days(lag)}",
                name=name,
                uid=uid,
                lag=what,
                pred=pred,
                days=lag,
            )
        )
    return MsLink(pred, uid, LINK_FROM_MS[type_code], lag)


def _days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=k) for k in range((last - first).days + 1)]


# MSPDI recurrence Type -> rank (see _read_calendar); a plain exception ranks above all.
_RANKS = {6: 1, 4: 2, 5: 2, 2: 3, 3: 3, 1: 4, 7: 4}
_PLAIN = 5


def _read_calendar(r: _Reader, root: ET.Element, doc: MspdiDocument) -> None:
    calendars = r.child(root, "Calendars")
    if calendars is None:
        return
    wanted = r.int_(root, "CalendarUID", 1)
    cals = r.children(calendars, "Calendar")
    cal = next((c for c in cals if r.int_(c, "UID", -1) == wanted), cals[0] if cals else None)
    if cal is None:
        return
    r.where = ("calendar", wanted)
    doc.calendar_name = (r.text(cal, "Name") or "")[:100]
    mask = list(doc.weekdays)
    # By day: the exception that holds it, and its rank. Where exceptions overlap, MS
    # Project (and MPXJ) let a plain one beat a recurring one, and among recurring ones
    # daily beat yearly, monthly and weekly in that order; of equals the later wins.
    found: dict[dt.date, tuple[int, ExceptionDay]] = {}

    def span(el: ET.Element, every_day: bool = True) -> tuple[dt.date, dt.date] | None:
        """The exception's first and last day; ``every_day``: it holds each day between,
        so at most ten years of them (a recurring one holds at most MAX_OCCURRENCES days,
        whatever its range: every other Friday until 2044 is a real calendar's)."""
        period = r.child(el, "TimePeriod")
        if period is None:
            return None
        first = r.date_(period, "FromDate")
        last = r.date_(period, "ToDate") or first
        if first is None or last is None:
            return None
        if every_day and (last - first).days > 3660:
            raise r.fail(
                "long_exception",
                f"an exception spans more than ten years ({first} to {last})",
                first=first,
                last=last,
            )
        return first, last

    def add(days: list[dt.date], working: bool, name: str, rank: int = _PLAIN) -> None:
        for day in days:
            held = found.get(day)
            if held is None or rank >= held[0]:
                found[day] = (rank, ExceptionDay(day, working, name[:100]))

    for ex in r.children(r.child(cal, "Exceptions"), "Exception"):
        kind = r.int_(ex, "Type", 1)
        name = r.text(ex, "Name") or ""
        working = bool(r.int_(ex, "DayWorking", 0))
        period = r.int_(ex, "Period", 1)
        dates = span(ex, every_day=kind == 1 and period <= 1)
        if dates is None:
            continue
        first, last = dates
        by_count = 1 if r.int_(ex, "EnteredByOccurrences", 0) else 0
        if kind == 1 and period <= 1:
            add(_days(first, last), working, name)
            continue
        occurrences = by_count * r.int_(ex, "Occurrences", 0)
        days = expand(
            Recurrence(
                type=kind,
                first=first,
                last=last,
                occurrences=occurrences,
                period=period,
                days_of_week=r.int_(ex, "DaysOfWeek", 0),
                month_day=r.int_(ex, "MonthDay", 1),
                month=r.int_(ex, "Month", 0),
                month_item=r.int_(ex, "MonthItem", 3),
                month_position=r.int_(ex, "MonthPosition", 0),
            )
        )
        if not days:
            doc.warnings.append(
                Notice(
                    "recurrence_unknown",
                    f"calendar exception {name!r}: recurrence type {kind} not understood; skipped",
                    name=name,
                    kind=kind,
                )
            )
        elif len(days) == MAX_OCCURRENCES and (not occurrences or occurrences > len(days)):
            doc.warnings.append(
                Notice(
                    "recurrence_cut",
                    f"calendar exception {name!r}: only its first {MAX_OCCURRENCES} days "
                    f"(to {days[-1]}) were read",
                    name=name,
                    count=MAX_OCCURRENCES,
                    last=days[-1],
                )
            )
        add(days, working, name, _PLAIN if len(days) == 1 else _RANKS.get(kind, 0))
    for wd in r.children(r.child(cal, "WeekDays"), "WeekDay"):
        day_type = r.int_(wd, "DayType", -1)
        working = bool(r.int_(wd, "DayWorking", 0))
        if 1 <= day_type <= 7:
            mask[(day_type + 5) % 7] = "1" if working else "0"
        elif day_type == 0:
            dates = span(wd)
            if dates is not None:
                first, last = dates
                add(_days(first, last), working, "", rank=-1)  # older writers' copy
    if "1" in mask:
        doc.weekdays = "".join(mask)
    else:
        doc.warnings.append(
            Notice(
                "no_working_weekday", "the calendar has no working weekday; Monday to Friday used"
            )
        )
    doc.exceptions = [found[d][1] for d in sorted(found)]
    r.where = None
