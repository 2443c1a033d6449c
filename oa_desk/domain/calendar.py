"""Working calendars: working weekdays plus exceptions, with O(1) working-day arithmetic.

A :class:`WorkCalendar` maps every date to a *working-day ordinal*: the number
of working days between a fixed origin and that date. Working day number ``k``
is ``date_of(k)``; a working day ``d`` is ``date_of(ordinal(d))``. Adding,
subtracting and counting working days is then integer arithmetic on ordinals.
The tables behind both directions are precomputed over a span of dates and
extended on demand (geometrically, so extension costs amortised O(1)).

Conventions used throughout the scheduler (see :mod:`oa_desk.domain.schedule`):

* ``ordinal(d)`` counts the working days strictly before ``d``. For a working
  day that is its own number; for a non-working day it is the number of the
  next working day, so a start date on a holiday moves to the next working day.
* A task of ``n`` working days that starts on working day ``s`` occupies
  ``s .. s+n-1``; its *finish boundary* is ``s+n`` (exclusive), and its finish
  date (inclusive) is ``date_of(s+n-1)``. ``finish_boundary(d)`` converts an
  inclusive finish date back.

Presets (:data:`PRESETS`, :func:`preset_exceptions`) come from the ``holidays``
package, imported only when a preset is asked for, because it is heavy.

China's holidays and make-up working days (调休) live in one place,
:func:`china_exceptions`: the package's statutory holidays and the make-up days
it knows, plus :data:`CN_MAKEUP_WORKDAYS` for years an installed package may
lack. The State Council announces each year's arrangement in November; a year
that neither knows yet is added by importing the official list (see
``exchange/holidays.py``) or typing its days. Each stored exception day says
where it came from (:class:`DaySource`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

# Re-exported: calendar days name their source.
from oa_desk.domain.enums import DaySource as DaySource

DEFAULT_WEEKDAYS = "1111100"  # Monday..Friday
_MIN_EXTENT = 3 * 366  # days covered by a first table when no span is given


def parse_weekdays(mask: str) -> tuple[bool, ...]:
    """Check a Monday..Sunday mask of ``"0"``/``"1"`` and return it as booleans."""
    if len(mask) != 7 or set(mask) - {"0", "1"}:
        raise ValueError(f"working weekdays must be 7 characters of 0 and 1, not {mask!r}")
    if "1" not in mask:
        raise ValueError("a calendar needs at least one working weekday")
    return tuple(c == "1" for c in mask)


class WorkCalendar:
    """A working calendar: a weekday mask plus dated exceptions.

    ``exceptions`` maps a date to ``True`` (a make-up working day, such as a 调休
    Saturday) or ``False`` (a holiday). ``span`` is the range of dates the
    tables should cover at once (the plan's span); anything outside it is
    added when first used. Instances are immutable in what they describe;
    the tables grow behind the scenes, so sharing one across threads needs
    ``ensure`` to be called first for the range in use.
    """

    __slots__ = (
        "_cum",
        "_days",
        "_exc",
        "_exceptions",
        "_hi",
        "_k_lo",
        "_lo",
        "_mask",
        "_origin",
        "_weekdays",
    )

    def __init__(
        self,
        weekdays: str = DEFAULT_WEEKDAYS,
        exceptions: Mapping[dt.date, bool] | Iterable[tuple[dt.date, bool]] = (),
        *,
        span: tuple[dt.date, dt.date] | None = None,
    ) -> None:
        self._mask = parse_weekdays(weekdays)
        self._weekdays = weekdays
        items = exceptions.items() if isinstance(exceptions, Mapping) else exceptions
        exc = {day: bool(working) for day, working in items}
        self._exceptions: Mapping[dt.date, bool] = MappingProxyType(exc)
        self._exc = {day.toordinal(): working for day, working in exc.items()}
        if span is None:
            today = dt.date.today()
            span = (today - dt.timedelta(days=366), today + dt.timedelta(days=2 * 366))
        lo, hi = span[0].toordinal(), span[1].toordinal()
        if hi < lo:
            lo, hi = hi, lo
        self._origin = lo
        self._lo = 0
        self._hi = 0
        self._cum: list[int] = []
        self._days: list[dt.date] = []
        self._k_lo = 0
        self._build(lo - 7, max(hi + 7, lo + _MIN_EXTENT))

    # -- description -----------------------------------------------------------

    @property
    def weekdays(self) -> str:
        """Monday..Sunday mask, ``"1"`` for a working day."""
        return self._weekdays

    @property
    def exceptions(self) -> Mapping[dt.date, bool]:
        """Read-only map of exception dates: ``True`` working, ``False`` holiday."""
        return self._exceptions

    def is_working(self, day: dt.date) -> bool:
        x = day.toordinal()
        working = self._exc.get(x)
        if working is None:
            return self._mask[(x - 1) % 7]
        return working

    def __repr__(self) -> str:
        return f"WorkCalendar({self._weekdays!r}, {len(self._exc)} exceptions)"

    # -- tables ----------------------------------------------------------------

    def _working_at(self, x: int) -> bool:
        working = self._exc.get(x)
        return self._mask[(x - 1) % 7] if working is None else working

    def _build(self, lo: int, hi: int) -> None:
        """(Re)build the tables to cover day numbers ``lo .. hi`` (inclusive)."""
        lo = min(lo, self._origin)
        flags = [self._working_at(x) for x in range(lo, hi + 2)]
        cum = [0] * len(flags)
        count = 0
        for i, working in enumerate(flags):
            cum[i] = count
            count += working
        base = cum[self._origin - lo]
        self._cum = [c - base for c in cum]
        self._lo, self._hi = lo, hi
        self._k_lo = self._cum[0]
        fromordinal = dt.date.fromordinal
        self._days = [fromordinal(lo + i) for i, working in enumerate(flags[:-1]) if working]
        # self._days[k - _k_lo] is working day k; _k_lo is the ordinal of the first one.

    def _extend_days(self, lo: int, hi: int) -> None:
        width = self._hi - self._lo
        lo = min(lo, self._lo - width) - 7 if lo < self._lo else self._lo
        hi = max(hi, self._hi + width) + 7 if hi > self._hi else self._hi
        self._build(lo, hi)

    def ensure(self, first: dt.date, last: dt.date) -> None:
        """Make sure the tables cover ``first .. last`` (for callers on other threads)."""
        lo, hi = first.toordinal(), last.toordinal()
        if lo < self._lo or hi > self._hi:
            self._extend_days(lo, hi)

    def ensure_ordinals(self, lo: int, hi: int) -> None:
        """Make sure working days ``lo .. hi`` can be turned into dates without growing."""
        while lo < self._k_lo:
            self._extend_days(self._lo - 1, self._hi)
        while hi >= self._k_lo + len(self._days):
            self._extend_days(self._lo, self._hi + 1)

    # -- ordinals --------------------------------------------------------------

    def ordinal(self, day: dt.date) -> int:
        """Working days strictly before ``day`` (counted from the calendar's origin).

        For a working day this is its own number; for a non-working day it is
        the number of the next working day.
        """
        i = day.toordinal() - self._lo
        if i < 0 or i > self._hi - self._lo:
            self.ensure(day, day)
            i = day.toordinal() - self._lo
        return self._cum[i]

    def finish_boundary(self, finish: dt.date) -> int:
        """The exclusive end ordinal of a task whose last day (inclusive) is ``finish``.

        A finish on a non-working day counts as the working day before it.
        """
        return self.ordinal(finish + dt.timedelta(days=1))

    def date_of(self, k: int) -> dt.date:
        """Working day number ``k`` (the inverse of :meth:`ordinal` on working days)."""
        i = k - self._k_lo
        if i < 0 or i >= len(self._days):
            self.ensure_ordinals(k, k)
            i = k - self._k_lo
        return self._days[i]

    def dates_of(self, ordinals: Iterable[int]) -> list[dt.date]:
        """Many ordinals to dates at once (the tables grow first if needed)."""
        ks = list(ordinals)
        if ks:
            self.ensure_ordinals(min(ks), max(ks))
        days, k_lo = self._days, self._k_lo
        return [days[k - k_lo] for k in ks]

    # -- arithmetic ----------------------------------------------------------------

    def next_working_day(self, day: dt.date) -> dt.date:
        """``day`` itself when it is a working day, else the first working day after it."""
        return self.date_of(self.ordinal(day))

    def previous_working_day(self, day: dt.date) -> dt.date:
        """``day`` itself when it is a working day, else the last working day before it."""
        return self.date_of(self.finish_boundary(day) - 1)

    def add_working_days(self, day: dt.date, n: int) -> dt.date:
        """The working day ``n`` working days after ``day`` (before it when ``n < 0``).

        A non-working ``day`` first moves to the next working day, so adding 0
        to a Saturday gives the Monday after it.
        """
        return self.date_of(self.ordinal(day) + n)

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days in ``[start, end)``; negative when ``end`` is before ``start``."""
        return self.ordinal(end) - self.ordinal(start)

    def count_working_days(self, first: dt.date, last: dt.date) -> int:
        """Working days from ``first`` to ``last``, both included (0 if ``last < first``)."""
        return max(0, self.finish_boundary(last) - self.ordinal(first))

    def finish_date(self, start: dt.date, duration: int) -> dt.date:
        """Inclusive finish date of a task of ``duration`` working days starting ``start``.

        A milestone (duration 0) finishes on its (working) start day.
        """
        s = self.ordinal(start)
        return self.date_of(s + duration - 1 if duration > 0 else s)

    # -- by day ordinal --------------------------------------------------------------
    # The same arithmetic on day ordinals (``date.toordinal()``), without building
    # dates: for painters and drags that walk many days (the Gantt's shading and
    # snapping). A "day ordinal" here is the proleptic Gregorian day number, not
    # the working-day ordinal of :meth:`ordinal`.

    def _cum_at(self, x: int) -> int:
        i = x - self._lo
        if i < 0 or i > self._hi - self._lo:
            self._extend_days(x, x)
            i = x - self._lo
        return self._cum[i]

    def ordinal_at(self, day: int) -> int:
        """:meth:`ordinal` of the day with day ordinal ``day``: working days before it."""
        return self._cum_at(day)

    def is_working_ordinal(self, day: int) -> bool:
        """Whether the day with ordinal ``day`` is a working day (O(1), no tables)."""
        working = self._exc.get(day)
        if working is None:
            return self._mask[(day - 1) % 7]
        return working

    def next_working_ordinal(self, day: int) -> int:
        """``day`` itself when it is a working day, else the first working day after it."""
        return self.date_of(self._cum_at(day)).toordinal()

    def previous_working_ordinal(self, day: int) -> int:
        """``day`` itself when it is a working day, else the last working day before it."""
        return self.date_of(self._cum_at(day + 1) - 1).toordinal()

    def add_working_days_ordinal(self, day: int, n: int) -> int:
        """The working day ``n`` working days after ``day`` (before it when ``n < 0``),
        as :meth:`add_working_days`: a non-working ``day`` first moves forward."""
        return self.date_of(self._cum_at(day) + n).toordinal()

    def count_working_days_ordinal(self, first: int, last: int) -> int:
        """Working days from ``first`` to ``last``, both included (0 if ``last < first``)."""
        return max(0, self._cum_at(last + 1) - self._cum_at(first))


# -- presets from the holidays package ---------------------------------------------


@dataclass(frozen=True, slots=True)
class CalendarPreset:
    """A country calendar preset: the ``holidays`` code and its working week."""

    code: str  # the holidays package's country code
    name: str  # English name; the gui translates it
    weekdays: str = DEFAULT_WEEKDAYS


@dataclass(frozen=True, slots=True)
class ExceptionDay:
    """One calendar exception: a holiday or a make-up working day."""

    day: dt.date
    working: bool
    name: str
    source: DaySource = DaySource.PRESET


# Office weeks are Monday..Friday in all of these. (The holidays package counts
# only Sunday as Hong Kong's weekend, which is the statutory rest day, not the
# office week that an OA rollout plans with.)
PRESETS: Mapping[str, CalendarPreset] = MappingProxyType(
    {
        p.code: p
        for p in (
            CalendarPreset("CN", "China (mainland), with make-up working days"),
            CalendarPreset("US", "United States"),
            CalendarPreset("GB", "United Kingdom"),
            CalendarPreset("DE", "Germany"),
            CalendarPreset("JP", "Japan"),
            CalendarPreset("SG", "Singapore"),
            CalendarPreset("HK", "Hong Kong"),
        )
    }
)


def preset_exceptions(
    code: str, years: Iterable[int], *, language: str | None = None
) -> list[ExceptionDay]:
    """The holidays (and for China the make-up working days) of a preset, sorted by day.

    ``language`` is a holidays-package language code (``"zh_CN"``, ``"en_US"``…)
    for the holiday names; one the package does not offer for the country
    falls back to the country's default. Raises ``KeyError`` for an unknown code.
    """
    import holidays  # heavy: loaded only when a preset is applied

    preset = PRESETS[code.upper()]
    year_list = sorted(set(years))
    if not year_list:
        return []
    if preset.code == "CN":
        return china_exceptions(year_list, language=language)
    lang = _language(preset.code, language)
    table = holidays.country_holidays(preset.code, years=year_list, language=lang)
    return [ExceptionDay(day, False, str(name)) for day, name in sorted(table.items())]


def _language(code: str, language: str | None) -> str | None:
    """``language`` if the holidays package names ``code``'s holidays in it, else None."""
    import holidays

    cls = holidays.country_holidays(code).__class__
    supported = getattr(cls, "supported_languages", ())
    return language if language in supported else None


# -- China: holidays and make-up working days (调休) in one place ---------------------

# Official make-up working days (调休) from the State Council's notices on the
# holiday arrangements (国务院办公厅关于部分节假日安排的通知), with the festival
# each pays for. The holidays package carries them too (``weekend_workdays``)
# for the years it knows; this table keeps them for an installed package too old
# to know them. Add a year here when its notice is out; until then users import
# the official list or type the days.
CN_MAKEUP_WORKDAYS: Mapping[dt.date, str] = MappingProxyType(
    {
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
)

# Holiday names that are swapped days off, not festivals; suffixes of moved holidays.
_DAY_OFF_MARKERS = ("调休", "休息日", "Day off")
_OBSERVED_SUFFIXES = ("（补假）", " (observed)")


def china_exceptions(years: Iterable[int], *, language: str | None = None) -> list[ExceptionDay]:
    """Mainland China's holidays and make-up working days for ``years``, sorted by day.

    Holidays come from the ``holidays`` package (statutory days, and the swapped
    days off of the years whose arrangement it knows); make-up working days are
    the package's plus :data:`CN_MAKEUP_WORKDAYS`, each named after the festival
    it pays for ("调休上班（春节）"). ``language`` names them (``"zh_CN"`` by
    default; ``"en_US"`` gives "Make-up working day (National Day)"). This is the
    one source of China's calendar: the CN preset and the demo plan use it.
    """
    import holidays  # heavy: loaded only when China's calendar is asked for

    wanted = set(years)
    if not wanted:
        return []
    lang = _language("CN", language) or "zh_CN"
    table = holidays.country_holidays("CN", years=sorted(wanted), language=lang)
    chinese = lang.startswith("zh")
    out: dict[dt.date, ExceptionDay] = {
        day: ExceptionDay(day, False, str(name)) for day, name in table.items()
    }
    festivals = sorted(
        (day, _festival(str(name)))
        for day, name in table.items()
        if not any(marker in str(name) for marker in _DAY_OFF_MARKERS)
    )
    makeup = set(getattr(table, "weekend_workdays", ())) | set(CN_MAKEUP_WORKDAYS)
    for day in sorted(d for d in makeup if d.year in wanted):
        festival = CN_MAKEUP_WORKDAYS.get(day) if chinese else None
        if festival is None:
            festival = _paid_for(day, table.items(), festivals)
        if chinese:
            name = f"调休上班（{festival}）" if festival else "调休上班"
        else:
            name = f"Make-up working day ({festival})" if festival else "Make-up working day"
        out[day] = ExceptionDay(day, True, name)
    return [out[d] for d in sorted(out)]


def _festival(name: str) -> str:
    for suffix in _OBSERVED_SUFFIXES:
        name = name.replace(suffix, "")
    return name


def _paid_for(
    day: dt.date,
    named: Iterable[tuple[dt.date, object]],
    festivals: list[tuple[dt.date, str]],
) -> str:
    """The festival a make-up working day pays for: the one nearest the day off it
    was swapped with (the package names that day "休息日（由 2026-01-04 调休）")."""
    marks = (day.isoformat(), f"{day.month:02d}/{day.day:02d}/{day.year}")
    swapped = [d for d, n in named if any(mark in str(n) for mark in marks)]
    anchor = swapped[0] if swapped else day
    near = min(festivals, key=lambda f: abs((f[0] - anchor).days), default=None)
    return near[1] if near else ""
