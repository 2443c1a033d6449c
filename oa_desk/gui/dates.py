"""One way to write a date everywhere in the gui: ISO 8601, ``2026-06-12``.

Tables, the Gantt's tags and tooltips, dialogs and date editors all write
dates like this, in both languages: unambiguous (``6/12/26`` is June 12 in
one country and December 6 in another), the form Chinese business documents
use (GB/T 7408) and the form the Excel exports and imports read. Month and
weekday *names* (the Gantt's time scale) still follow the UI language.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

# The display format of every QDateEdit.
DATE_EDIT_FORMAT = "yyyy-MM-dd"


def format_date(day: dt.date | None) -> str:
    """``2026-06-12``; the empty string for no date."""
    return day.isoformat() if day is not None else ""


def format_span(first: dt.date | None, last: dt.date | None) -> str:
    """``2026-06-01 – 2026-06-12`` (one day: that day)."""
    if first is None or last is None:
        return format_date(first or last)
    return format_date(first) if first == last else f"{format_date(first)} – {format_date(last)}"


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_long_date(day: dt.date, chinese: bool) -> str:
    """A date for print, where a reader wants words: ``2026年1月2日`` or ``2 Jan 2026``.

    Fixed forms, not the system's locale data (which gives "2 01 2026" on some
    systems): the PDF export's header and go-live tag use them.
    """
    if chinese:
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def format_datetime(moment: dt.datetime) -> str:
    """``2026-06-12 14:05`` in the computer's local time."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return local.strftime("%Y-%m-%d %H:%M")


def to_qdate(day: dt.date) -> QDate:
    """A date as a date editor holds it."""
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    """A date editor's date as a plain date."""
    return dt.date(day.year(), day.month(), day.day())
