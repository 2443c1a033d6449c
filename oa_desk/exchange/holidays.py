"""Holiday lists from outside: an .ics calendar, a sheet or a CSV, to plain days.

For a year the ``holidays`` package does not know yet (China's arrangement is
announced each November), the user imports the official list. This module
turns such a file into :class:`~oa_desk.domain.calendar.ExceptionDay` values
(source ``import``); it has no database and no Qt.

* **.ics**: every all-day ``VEVENT`` is one day or a run of days (``DTEND`` is
  exclusive, as RFC 5545 says). A summary with "班" in it ("班", "上班",
  "调休上班") is a make-up working day; anything else is a day off.
* **.xlsx / .csv**: a header row with a date column (日期 / Date) and optionally
  a name column (名称 / 节日 / Name) and a working column (上班 / 是否上班 /
  Working: 是/否, yes/no, 班/休). Without a working column the name decides,
  as in a calendar file.

The file is untrusted: it is size-capped, every date must fall in 1900-2200,
an event spans at most a month, and the list holds at most ten years of days.
What cannot be read is reported line by line (row and column for a sheet),
and a list with any problem is refused whole.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from oa_desk.domain.calendar import DaySource, ExceptionDay
from oa_desk.domain.errors import Refusal
from oa_desk.exchange.convert import normalise_header
from oa_desk.exchange.normalize import CellError, clean_text, parse_bool, parse_date
from oa_desk.exchange.sheets import RawSheet, column_letter, detect_encoding, read_sheets

__all__ = [
    "FIRST_YEAR",
    "LAST_YEAR",
    "HolidayFileRefused",
    "HolidayList",
    "HolidayProblem",
    "HolidayProblemCode",
    "parse_ics",
    "read_holiday_sheets",
    "read_holidays",
]

FIRST_YEAR, LAST_YEAR = 1900, 2200
MAX_FILE_BYTES = 4 * 1024 * 1024  # a national calendar for decades is a few hundred KB
MAX_DAYS = 3660  # ten years of every single day
MAX_EVENT_DAYS = 31
MAX_PROBLEMS = 200  # reported; the list is refused anyway
SHEET_SUFFIXES = frozenset({".xlsx", ".xlsm", ".csv", ".txt", ".tsv"})
CALENDAR_SUFFIXES = frozenset({".ics", ".ical", ".ifb"})

_WORKING_WORDS = frozenset(
    {"班", "上班", "调休上班", "补班", "工作日", "work", "working", "workday"}
)
_OFF_WORDS = frozenset({"休", "休息", "放假", "假", "假日", "节假日", "off", "holiday", "dayoff"})
_DATE_HEADERS = frozenset({"日期", "date", "day", "日子", "公历日期"})
_NAME_HEADERS = frozenset({"名称", "节日", "节假日", "假日名称", "说明", "备注", "name", "holiday"})
_WORKING_HEADERS = frozenset(
    {"上班", "是否上班", "工作日", "是否工作日", "类型", "休班", "working", "workingday", "type"}
)


class HolidayProblemCode(StrEnum):
    """Why a line or cell of a holiday list cannot be used (the gui translates these)."""

    NOT_A_DATE = "not_a_date"  # {value}
    OUT_OF_RANGE = "out_of_range"  # {value}: before 1900 or after 2200
    TIMED_EVENT = "timed_event"  # {value}: the event's summary
    REPEATING_EVENT = "repeating_event"  # {value}
    EVENT_TOO_LONG = "event_too_long"  # {value}: days
    BAD_WORKING = "bad_working"  # {value}: not yes/no, 班/休
    CONFLICT = "conflict"  # {value}: the date, listed as a holiday and a working day


_ENGLISH: dict[HolidayProblemCode, str] = {
    HolidayProblemCode.NOT_A_DATE: "'{value}' is not a date",
    HolidayProblemCode.OUT_OF_RANGE: "{value} is outside the years 1900 to 2200",
    HolidayProblemCode.TIMED_EVENT: (
        "the event '{value}' has a time of day; a holiday list holds all-day events"
    ),
    HolidayProblemCode.REPEATING_EVENT: (
        "the event '{value}' repeats; list each holiday's dates instead"
    ),
    HolidayProblemCode.EVENT_TOO_LONG: "an event of {value} days is longer than a month",
    HolidayProblemCode.BAD_WORKING: "'{value}' is neither a working day nor a day off",
    HolidayProblemCode.CONFLICT: "{value} is listed both as a day off and as a working day",
}


@dataclass(frozen=True)
class HolidayProblem:
    """One unusable line (.ics) or cell (sheet): where, what it held, and why."""

    code: HolidayProblemCode
    row: int  # the .ics line, or the sheet's row as Excel numbers it
    value: str
    sheet: str = ""  # the sheet's name; empty for a calendar file
    column: str = ""  # the column letter; empty for a calendar file

    def __str__(self) -> str:
        where = f"{self.sheet} {self.column}{self.row}" if self.sheet else f"line {self.row}"
        return f"{where}: {_ENGLISH[self.code].format(value=self.value)}"


class HolidayFileRefused(Refusal):
    """The file as a whole is not a holiday list (codes: ``too_large``, ``not_a_calendar``,
    ``unknown_kind``, ``no_date_column``, ``no_days``, ``too_many_days``)."""


@dataclass(frozen=True)
class HolidayList:
    """The days read from a file (sorted), or the problems that stop it being used."""

    file_name: str
    days: tuple[ExceptionDay, ...]
    problems: tuple[HolidayProblem, ...] = ()

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(sorted({d.day.year for d in self.days}))


def read_holidays(path: Path | str) -> HolidayList:
    """Read a holiday list from an .ics calendar, an .xlsx workbook or a CSV file.

    Raises :class:`HolidayFileRefused` (or ``SpreadsheetRefused`` for an unsafe
    workbook) when the file as a whole cannot be used.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise HolidayFileRefused(
            "unreadable", f"{path.name}: {exc.strerror or exc}", name=path.name
        ) from exc
    if size > MAX_FILE_BYTES:
        raise HolidayFileRefused(
            "too_large",
            f"{path.name} is too large for a holiday list ({size // 1024} KB)",
            name=path.name,
            kb=size // 1024,
        )
    if suffix in CALENDAR_SUFFIXES:
        return parse_ics(path.read_bytes(), name=path.name)
    if suffix in SHEET_SUFFIXES:
        return read_holiday_sheets(read_sheets(path), name=path.name)
    raise HolidayFileRefused(
        "unknown_kind",
        f"{path.name} is neither a calendar (.ics) nor a sheet (.xlsx, .csv)",
        name=path.name,
    )


# -- the list being collected -----------------------------------------------------------


class _Days:
    def __init__(self, name: str) -> None:
        self.name = name
        self.days: dict[dt.date, tuple[bool, list[str]]] = {}
        self.problems: list[HolidayProblem] = []

    def problem(self, code: HolidayProblemCode, row: int, value: Any, **where: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(HolidayProblem(code, row, str(value)[:80], **where))

    def add(self, day: dt.date, working: bool, label: str, row: int, **where: str) -> None:
        if not FIRST_YEAR <= day.year <= LAST_YEAR:
            self.problem(HolidayProblemCode.OUT_OF_RANGE, row, day.isoformat(), **where)
            return
        known = self.days.get(day)
        if known is None:
            if len(self.days) >= MAX_DAYS:
                raise HolidayFileRefused(
                    "too_many_days",
                    f"{self.name} lists more than {MAX_DAYS} days",
                    name=self.name,
                    limit=MAX_DAYS,
                )
            self.days[day] = (working, [label] if label else [])
        elif known[0] != working:
            self.problem(HolidayProblemCode.CONFLICT, row, day.isoformat(), **where)
        elif label and label not in known[1]:
            known[1].append(label)

    def result(self) -> HolidayList:
        days = tuple(
            ExceptionDay(day, working, "、".join(names)[:100], DaySource.IMPORT)
            for day, (working, names) in sorted(self.days.items())
        )
        if not days and not self.problems:
            raise HolidayFileRefused("no_days", f"{self.name} lists no days", name=self.name)
        return HolidayList(self.name, days, tuple(self.problems))


def _working_from_name(name: str) -> bool:
    """A calendar's convention: "班" in the title marks a make-up working day."""
    return "班" in name


# -- iCalendar ------------------------------------------------------------------------------

_ICS_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_ICS_DURATION = re.compile(r"^P(\d+)D$")


def _unfold(text: str) -> list[tuple[int, str]]:
    """Logical lines with the number of the physical line each starts on (RFC 5545 3.1)."""
    out: list[tuple[int, str]] = []
    for number, line in enumerate(text.splitlines(), 1):
        if line[:1] in (" ", "\t") and out:
            first, previous = out[-1]
            out[-1] = (first, previous + line[1:])
        else:
            out.append((number, line))
    return out


def _ics_text(value: str) -> str:
    return (
        value.replace("\\n", " ")
        .replace("\\N", " ")
        .replace("\\,", ",")
        .replace("\\;", ";")
        .replace("\\\\", "\\")
        .strip()
    )


def _ics_date(value: str) -> dt.date | None:
    match = _ICS_DATE.match(value.strip())
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def parse_ics(data: bytes, *, name: str) -> HolidayList:
    """The all-day events of an iCalendar file as days off and make-up working days."""
    text = data.decode(detect_encoding(data[:65536]), errors="replace").lstrip("\ufeff")
    if "BEGIN:VCALENDAR" not in text[:4096].upper():
        raise HolidayFileRefused(
            "not_a_calendar", f"{name} is not an iCalendar (.ics) file", name=name
        )
    out = _Days(name)
    event: dict[str, tuple[str, str, int]] | None = None
    start_line = 0
    for number, line in _unfold(text):
        upper = line.strip().upper()
        if upper == "BEGIN:VEVENT":
            event, start_line = {}, number
        elif upper == "END:VEVENT" and event is not None:
            _ics_event(out, event, start_line)
            event = None
        elif event is not None and ":" in line:
            head, _, value = line.partition(":")
            key, *params = head.split(";")
            event.setdefault(key.strip().upper(), (";".join(params).upper(), value, number))
    return out.result()


def _ics_event(out: _Days, event: dict[str, tuple[str, str, int]], start_line: int) -> None:
    summary = _ics_text(event.get("SUMMARY", ("", "", 0))[1])
    if "RRULE" in event:
        out.problem(HolidayProblemCode.REPEATING_EVENT, event["RRULE"][2], summary)
        return
    if "DTSTART" not in event:
        out.problem(HolidayProblemCode.NOT_A_DATE, start_line, "")
        return
    _params, value, line = event["DTSTART"]
    if "T" in value.upper():
        out.problem(HolidayProblemCode.TIMED_EVENT, line, summary or value)
        return
    first = _ics_date(value)
    if first is None:
        out.problem(HolidayProblemCode.NOT_A_DATE, line, value)
        return
    days = 1
    if "DTEND" in event:
        _p, end_value, end_line = event["DTEND"]
        end = _ics_date(end_value)
        if end is None:
            out.problem(HolidayProblemCode.NOT_A_DATE, end_line, end_value)
            return
        days = max(1, (end - first).days)
    elif "DURATION" in event:
        match = _ICS_DURATION.match(event["DURATION"][1].strip().upper())
        if match is None:
            out.problem(HolidayProblemCode.NOT_A_DATE, event["DURATION"][2], event["DURATION"][1])
            return
        days = max(1, int(match[1]))
    if days > MAX_EVENT_DAYS:
        out.problem(HolidayProblemCode.EVENT_TOO_LONG, line, days)
        return
    working = _working_from_name(summary)
    for offset in range(days):
        out.add(first + dt.timedelta(days=offset), working, summary, line)


# -- sheets and CSV ----------------------------------------------------------------------------


def read_holiday_sheets(sheets: list[RawSheet], *, name: str) -> HolidayList:
    """Days from the sheets that have a date column (the first such header row each)."""
    out = _Days(name)
    found = False
    for sheet in sheets:
        header = _header(sheet)
        if header is None:
            continue
        found = True
        row_index, cols = header
        for r in range(row_index + 1, len(sheet.rows)):
            _sheet_row(out, sheet, r, cols)
    if not found:
        raise HolidayFileRefused(
            "no_date_column",
            f"{name} has no date column (a header such as 日期 or Date)",
            name=name,
        )
    return out.result()


def _header(sheet: RawSheet) -> tuple[int, dict[str, int]] | None:
    """The first of a sheet's top rows that names a date column, with its columns."""
    for r, row in enumerate(sheet.rows[:20]):
        cols: dict[str, int] = {}
        for c, cell in enumerate(row):
            key = normalise_header(cell)
            for kind, names in (
                ("date", _DATE_HEADERS),
                ("name", _NAME_HEADERS),
                ("working", _WORKING_HEADERS),
            ):
                if key in names:
                    cols.setdefault(kind, c)
        if "date" in cols:
            return r, cols
    return None


def _sheet_row(out: _Days, sheet: RawSheet, r: int, cols: dict[str, int]) -> None:
    row = sheet.rows[r]

    def cell(kind: str) -> Any:
        c = cols.get(kind)
        return row[c] if c is not None and c < len(row) else ""

    raw_day = cell("date")
    if all(clean_text(v) == "" for v in row):
        return  # a blank row
    where = {"sheet": sheet.name}
    try:
        day = parse_date(raw_day, bounded=False)
    except CellError:
        day = None
    if day is None:
        letter = column_letter(cols["date"])
        out.problem(
            HolidayProblemCode.NOT_A_DATE, r + 1, clean_text(raw_day), column=letter, **where
        )
        return
    label = clean_text(cell("name"))
    working = _working(cell("working"), label) if "working" in cols else None
    if working is None and "working" in cols and clean_text(cell("working")):
        letter = column_letter(cols["working"])
        out.problem(
            HolidayProblemCode.BAD_WORKING,
            r + 1,
            clean_text(cell("working")),
            column=letter,
            **where,
        )
        return
    if working is None:
        working = _working_from_name(label)
    out.add(day, working, label, r + 1, column=column_letter(cols["date"]), **where)


def _working(value: Any, label: str) -> bool | None:
    """A working column's cell: yes/no (是/否), or 班/休 and their longer forms."""
    text = clean_text(value).lower().replace(" ", "")
    if not text:
        return _working_from_name(label)
    if text in _WORKING_WORDS:
        return True
    if text in _OFF_WORDS:
        return False
    try:
        return parse_bool(text)
    except CellError:
        return None
