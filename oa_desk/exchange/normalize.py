"""Turning what people type into spreadsheets into clean typed values.

Every ``parse_*`` function takes a raw cell value as a reader gives it (str,
float, int, bool, date, datetime, time or None) and returns the typed value,
or raises :class:`CellError` whose code says what was expected. Free text
is only trimmed; codes, numbers, dates and employee numbers are also NFKC
normalised so that full-width digits and letters (１２３, ＡＢＣ) read as ASCII.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum
from typing import TypeVar

from oa_desk.domain import checks
from oa_desk.domain import links as links_notation
from oa_desk.exchange.cell_text import _TRIM, cell_text, clean_code
from oa_desk.exchange.problems import ProblemCode, check_params, english, params_as_text

__all__ = [
    "CellError",
    "cell_text",
    "clean_code",
    "clean_text",
    "employee_no_key",
    "excel_serial_to_datetime",
    "parse_bool",
    "parse_date",
    "parse_datetime",
    "parse_employee_no",
    "parse_enum",
    "parse_float",
    "parse_int",
    "parse_predecessors",
    "raise_finding",
    "unprotected",
    "zero_padded",
    "zeroless_index",
]

Raw = object
E = TypeVar("E", bound=StrEnum)


class CellError(ValueError):
    """A cell whose value cannot be read: why as a code and its parameters.

    ``str()`` is the English sentence (:data:`~oa_desk.exchange.problems.ENGLISH`);
    the preview keeps ``code`` and ``params`` so the gui can say it in the user's
    language.
    """

    def __init__(self, code: ProblemCode, /, **params: object) -> None:
        self.code = code
        self.params: Mapping[str, str] = params_as_text(params)
        check_params(code, self.params)
        super().__init__(english(code, self.params))

    def again(self) -> CellError:
        """The same error as a new exception (to raise a remembered one once more)."""
        return CellError(self.code, **self.params)


# Whitespace people leave around values, including the ideographic space and NBSP.
_EXCEL_EPOCH = dt.datetime(1899, 12, 30)


def clean_text(value: Raw) -> str:
    """Free text: surrounding spaces (also full-width and non-breaking) removed."""
    return (value if type(value) is str else cell_text(value)).strip(_TRIM)


def excel_serial_to_datetime(serial: float) -> dt.datetime:
    """An Excel date serial (1900 system; Excel's phantom 1900-02-29 accounted for)."""
    if not math.isfinite(serial) or serial < 1 or serial > 2958465:
        raise CellError(ProblemCode.NOT_A_DATE_SERIAL, value=serial)
    if serial < 61:
        serial += 1  # serials before 1900-03-01 count the non-existent 1900-02-29
    # Round to the millisecond: serials carry binary noise.
    return _EXCEL_EPOCH + dt.timedelta(milliseconds=round(serial * 86_400_000))


_DATE_PATTERNS = (
    # 2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日, 2026-3-5 10:30[:00]
    re.compile(
        r"(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
        r"(?:[ T]+(?P<H>\d{1,2})[:時时点](?P<M>\d{1,2})(?:[:分](?P<S>\d{1,2}(?:\.\d+)?))?秒?)?"
    ),
    # 20260305
    re.compile(r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})"),
)


# A weekday written beside a date: 星期四, 周四, 礼拜四, Thu, Thursday; in brackets or not
# (full-width round brackets are half-width after NFKC; 【】 and 〔〕 stay).
# Monday is 0, as date.weekday() counts.
_ZH_DAYS = "一二三四五六日"
_EN_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(
    r"[(\[【〔]?\s*(?:(?P<zh>星期|礼拜|周)(?P<zd>[一二三四五六日天])"
    r"|\b(?P<en>mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?"
    r"|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?(?![a-z]))\s*[)\]】〕]?",
    re.IGNORECASE,
)


def _weekday(match: re.Match[str]) -> tuple[int, str]:
    """The weekday a match names (Monday 0) and how to name another in its style."""
    if match["zh"]:
        return _ZH_DAYS.index(match["zd"].replace("天", "日")), match["zh"]
    return next(i for i, day in enumerate(_EN_DAYS) if day.startswith(match["en"].lower())), ""


def _without_weekday(text: str) -> tuple[str, re.Match[str] | None]:
    """``text`` without one weekday at its start, end or before the time of day."""
    found = list(_WEEKDAY.finditer(text))
    if len(found) != 1:
        return text, None
    match = found[0]
    rest = (text[: match.start()] + " " + text[match.end() :]).strip(" ,，、" + _TRIM)
    return re.sub(r"\s+", " ", rest), match


def _parse_date_text(text: str) -> dt.datetime:
    text = unicodedata.normalize("NFKC", text).strip(_TRIM)
    rest, weekday = _without_weekday(text)
    if weekday is None or not rest:
        return _parse_plain_date_text(text)
    try:
        moment = _parse_plain_date_text(rest)
    except CellError as exc:
        raise CellError(exc.code, **{**exc.params, "value": text}) from None
    day, style = _weekday(weekday)
    if moment.weekday() != day:
        if style:
            written, actual = weekday["zh"] + weekday["zd"], style + _ZH_DAYS[moment.weekday()]
        else:
            written, actual = _EN_DAYS[day].title(), _EN_DAYS[moment.weekday()].title()
        raise CellError(
            ProblemCode.WEEKDAY_MISMATCH,
            value=text,
            date=moment.date().isoformat(),
            actual=actual,
            weekday=written,
        )
    return moment


def _parse_plain_date_text(text: str) -> dt.datetime:
    for pattern in _DATE_PATTERNS:
        match = pattern.fullmatch(text)
        if match:
            parts = match.groupdict()
            try:
                seconds = float(parts.get("S") or 0)
                return dt.datetime(
                    int(parts["y"]),
                    int(parts["m"]),
                    int(parts["d"]),
                    int(parts.get("H") or 0),
                    int(parts.get("M") or 0),
                    int(seconds),
                    round((seconds % 1) * 1_000_000),
                )
            except ValueError:
                raise CellError(ProblemCode.NOT_A_REAL_DATE, value=text) from None
    try:  # ISO forms with a T, timezone-free
        return dt.datetime.fromisoformat(text)
    except ValueError:
        pass
    try:
        number = float(text)
    except ValueError:
        raise CellError(ProblemCode.NOT_A_DATE, value=text) from None
    return excel_serial_to_datetime(number)


def parse_datetime(value: Raw) -> dt.datetime | None:
    """A date and time from a real date cell, a serial number or text; None when blank.

    A day outside :data:`oa_desk.domain.checks.DATE_RANGE` is refused here, so
    that every import (plan workbook, foreign sheets, CSV) refuses it with its cell.
    """
    moment = _parse_datetime(value)
    if moment is not None:
        raise_finding(checks.date_in_range("date", moment))
    return moment


def _parse_datetime(value: Raw) -> dt.datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    if isinstance(value, bool):
        raise CellError(ProblemCode.NOT_A_DATE, value=value)
    if isinstance(value, int | float):
        return excel_serial_to_datetime(float(value))
    if isinstance(value, str):
        if not value.strip(_TRIM):
            return None
        return _parse_date_text(value)
    raise CellError(ProblemCode.NOT_A_DATE, value=cell_text(value))


def parse_date(value: Raw, *, bounded: bool = True) -> dt.date | None:
    """A calendar date (any time of day is dropped); None when blank.

    ``bounded=False`` skips the plan's date range, for a reader that judges
    the range itself (holiday lists say which years they cover).
    """
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        if bounded:
            raise_finding(checks.date_in_range("date", value))
        return value
    moment = parse_datetime(value) if bounded else _parse_datetime(value)
    return moment.date() if moment is not None else None


_NUMBER_TEXT = re.compile(r"[+-]?(\d+(,\d{3})*|\d*)(\.\d*)?([eE][+-]?\d+)?%?")


def parse_float(value: Raw) -> float | None:
    """A number from a number cell or number-as-text ("1,234.5", "８５", "85%"); None if blank."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise CellError(ProblemCode.NOT_A_NUMBER, value=value)
    if isinstance(value, int | float):
        if isinstance(value, float) and not math.isfinite(value):
            raise CellError(ProblemCode.NOT_A_NUMBER, value=value)
        return float(value)
    if isinstance(value, str):
        text = clean_code(value)
        if not text:
            return None
        if not _NUMBER_TEXT.fullmatch(text) or not any(c.isdigit() for c in text):
            raise CellError(ProblemCode.NOT_A_NUMBER, value=value)
        if text.endswith("%"):
            return float(text[:-1].replace(",", "")) / 100
        return float(text.replace(",", ""))
    raise CellError(ProblemCode.NOT_A_NUMBER, value=cell_text(value))


def parse_int(value: Raw) -> int | None:
    """A whole number; "12.0" is fine, "12.5" is not. None when blank."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    number = parse_float(value)
    if number is None:
        return None
    if not number.is_integer():
        raise CellError(ProblemCode.NOT_A_WHOLE_NUMBER, value=cell_text(value))
    return int(number)


_TRUE = {"true", "yes", "y", "1", "是", "对", "√", "✓", "✔", "有", "x", "t"}
_FALSE = {"false", "no", "n", "0", "否", "错", "×", "✗", "无", "f", "不是"}


def parse_bool(value: Raw) -> bool | None:
    """Yes/no from TRUE/FALSE cells, 1/0, 是/否, Y/N, √/×; None when blank."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        if value in (0, 1):
            return bool(value)
        raise CellError(ProblemCode.NOT_YES_OR_NO, value=cell_text(value))
    text = clean_code(value).lower()
    if not text:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise CellError(ProblemCode.NOT_YES_OR_NO, value=cell_text(value))


def parse_enum(value: Raw, enum: type[E], labels: Mapping[str, E] | None = None) -> E | None:
    """An enumeration member from its code (any case, full-width allowed) or a label.

    ``labels`` maps extra spellings (lower case), such as Chinese names, to members.
    """
    if value is None:
        return None
    text = clean_code(value)
    if not text:
        return None
    key = text.lower()
    for member in enum:
        if member.value.lower() == key or member.name.lower() == key:
            return member
    if labels:
        found = labels.get(key)
        if found is not None:
            return found
    choices = ", ".join(m.value for m in enum)
    raise CellError(ProblemCode.NOT_ONE_OF, value=text, choices=choices)


# A whole number written with a decimal point: "12.0", "12.00" (a CSV or a text cell
# from a tool that read the column as numbers).
_WHOLE_WITH_POINT = re.compile(r"(\d+)\.0+")


def employee_no_key(value: Raw) -> str:
    """An employee number as the one text that names its person, from any source.

    The one rule for .xlsx and CSV alike:

    * text is kept as written (NFKC, trimmed): leading zeros are significant, so
      ``"0001"``, ``"01"`` and ``"1"`` are three employee numbers, as HR systems
      that pad their numbers mean them;
    * a number (an .xlsx number cell) is its whole-number text: ``1`` and ``1.0``
      are ``"1"``;
    * text that is a whole number with a decimal point, ``"1.0"`` or ``"1.00"``,
      is the same number written by a tool that read the column as numbers: ``"1"``.

    So ``1``, ``1.0``, ``"1"`` and ``"1.0"`` are one person in either format.
    """
    text = clean_code(value)
    match = _WHOLE_WITH_POINT.fullmatch(text)
    return match.group(1) if match else text


def parse_employee_no(value: Raw, width: int | None = None) -> tuple[str, bool]:
    """An employee number as text (see :func:`employee_no_key`), and whether it
    arrived as a number.

    A number cell loses leading zeros in Excel; when the column's number format
    shows a fixed width (``00000``) ``width`` pads it back. The flag lets the
    caller warn once per column.
    """
    if type(value) is str:
        key = employee_no_key(value)
        return key, key != clean_code(value)
    if isinstance(value, bool | dt.date | dt.time | dt.timedelta):
        # A date or time cell (Excel read "2020-01-01" or "1/2" as one): not a number
        # anyone was given; the user fixes the cell's format.
        raise CellError(ProblemCode.NOT_AN_EMPLOYEE_NO, value=cell_text(value))
    if isinstance(value, int | float):
        if isinstance(value, float) and not value.is_integer():
            raise CellError(ProblemCode.NOT_AN_EMPLOYEE_NO, value=value)
        text = str(int(value))
        if width:
            text = text.zfill(width)
        return text, True
    return clean_code(value), False


def zeroless_index(numbers: Iterable[object]) -> dict[str, list[str]]:
    """The plan's all-digit employee numbers by their digits without leading zeros
    (``"000101"`` under ``"101"``), for :func:`zero_padded`."""
    index: dict[str, list[str]] = {}
    for no in numbers:
        if type(no) is str and no.isdigit() and no.isascii():
            index.setdefault(no.lstrip("0"), []).append(no)
    return index


def zero_padded(text: str, index: Mapping[str, Sequence[str]]) -> str | None:
    """The plan's one employee number that ``text`` (digits the plan lacks) is once
    zero-padded (101 for 000101: Excel dropped the zeros); None when the plan has
    ``text``, none such or more than one. Zeros written in the file still count
    (0001 is not the plan's 1, nor 00125 its 000125: Excel drops every leading zero,
    never some; :func:`employee_no_key`). ``index`` is :func:`zeroless_index`."""
    if not text.isdigit() or not text.isascii() or text.startswith("0"):
        return None
    same = index.get(text, ())
    found = [no for no in same if len(no) > len(text)]
    if len(found) != 1 or text in same:
        return None
    return found[0]


# ="00123" (Excel's formula that keeps a CSV cell text) and '00123 (its text prefix).
_PROTECTED = re.compile(r'^\s*(?:=\s*"([^"]*)"|\'(.+))\s*$', re.DOTALL)


def unprotected(value: Raw) -> Raw:
    """A CSV cell as it was meant, without the wrapping that keeps its leading zeros:
    ``="00123"`` and ``'00123`` are 00123 (systems export codes and phone numbers so, for
    Excel to show them as text). Anything else is returned as it is."""
    if type(value) is not str or not value or value.lstrip()[:1] not in ("=", "'"):
        return value
    match = _PROTECTED.match(value)
    if match is None:
        return value
    return match.group(1) if match.group(1) is not None else match.group(2)


def parse_predecessors(value: Raw) -> list[links_notation.Predecessor]:
    """ "12FS+2d, 15SS, 7" as links (the notation of ``oa_desk.domain.links``).

    Raises CellError naming the item that cannot be read.
    """
    try:
        return links_notation.parse_predecessors(cell_text(value))
    except links_notation.PredecessorSyntaxError as exc:
        raise CellError(
            ProblemCode.PREDECESSOR_SYNTAX, position=exc.position, item=exc.item
        ) from None


def raise_finding(finding: checks.Finding | None) -> None:
    """Raise a broken rule of ``oa_desk.domain.checks`` as the cell's CellError."""
    if finding is not None:
        raise CellError(ProblemCode(finding.code.value), **finding.params)
