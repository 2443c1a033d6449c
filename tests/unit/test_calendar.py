"""Working calendars: ordinals, arithmetic, exceptions and presets."""

from __future__ import annotations

import datetime as dt

import pytest

from oa_desk.domain.calendar import (
    CN_MAKEUP_WORKDAYS,
    PRESETS,
    DaySource,
    WorkCalendar,
    china_exceptions,
    parse_weekdays,
    preset_exceptions,
)

D = dt.date


def test_weekday_mask_is_checked() -> None:
    assert parse_weekdays("1111100") == (True,) * 5 + (False,) * 2
    for bad in ("111110", "11111000", "11111x0", "0000000"):
        with pytest.raises(ValueError):
            WorkCalendar(bad)


def test_ordinals_round_trip_and_round_forward() -> None:
    cal = WorkCalendar(span=(D(2025, 1, 1), D(2025, 1, 31)))
    fri, sat, mon = D(2025, 1, 3), D(2025, 1, 4), D(2025, 1, 6)
    assert cal.ordinal(sat) == cal.ordinal(mon) == cal.ordinal(fri) + 1
    assert cal.date_of(cal.ordinal(fri)) == fri
    assert cal.next_working_day(sat) == mon
    assert cal.previous_working_day(sat) == fri
    assert cal.finish_boundary(fri) == cal.ordinal(mon)
    assert cal.finish_boundary(sat) == cal.ordinal(mon)  # finish on Saturday = Friday


def test_arithmetic() -> None:
    cal = WorkCalendar(span=(D(2025, 1, 1), D(2025, 1, 31)))
    assert cal.add_working_days(D(2025, 1, 3), 1) == D(2025, 1, 6)
    assert cal.add_working_days(D(2025, 1, 6), -1) == D(2025, 1, 3)
    assert cal.add_working_days(D(2025, 1, 4), 0) == D(2025, 1, 6)
    assert cal.working_days_between(D(2025, 1, 6), D(2025, 1, 13)) == 5
    assert cal.working_days_between(D(2025, 1, 13), D(2025, 1, 6)) == -5
    assert cal.count_working_days(D(2025, 1, 6), D(2025, 1, 10)) == 5
    assert cal.count_working_days(D(2025, 1, 10), D(2025, 1, 6)) == 0
    assert cal.finish_date(D(2025, 1, 9), 3) == D(2025, 1, 13)
    assert cal.finish_date(D(2025, 1, 9), 0) == D(2025, 1, 9)


def test_tables_extend_on_demand_both_ways() -> None:
    cal = WorkCalendar(span=(D(2025, 1, 1), D(2025, 1, 31)))
    k = cal.ordinal(D(2025, 1, 6))
    far = cal.add_working_days(D(2025, 1, 6), 5000)
    assert cal.ordinal(far) == k + 5000
    early = cal.add_working_days(D(2025, 1, 6), -5000)
    assert cal.ordinal(early) == k - 5000
    assert cal.ordinal(D(2025, 1, 6)) == k  # the origin never moves
    # Agrees with a day-by-day count.
    count = sum(1 for i in range((far - early).days) if (early + dt.timedelta(i)).weekday() < 5)
    assert cal.working_days_between(early, far) == count


def test_holidays_and_make_up_days() -> None:
    # China 2025 National Day: 1-8 October off; Sunday 28 Sept and Saturday 11 Oct worked.
    exceptions = {D(2025, 10, d): False for d in range(1, 9)}
    exceptions |= {D(2025, 9, 28): True, D(2025, 10, 11): True}
    cal = WorkCalendar("1111100", exceptions, span=(D(2025, 9, 1), D(2025, 10, 31)))
    assert cal.is_working(D(2025, 9, 28))  # a Sunday
    assert not cal.is_working(D(2025, 10, 1))
    assert cal.add_working_days(D(2025, 9, 26), 1) == D(2025, 9, 28)
    assert cal.add_working_days(D(2025, 9, 30), 1) == D(2025, 10, 9)
    assert cal.add_working_days(D(2025, 10, 10), 1) == D(2025, 10, 11)
    assert cal.count_working_days(D(2025, 9, 29), D(2025, 10, 12)) == 5  # 29, 30, 9, 10, 11


def test_china_preset_has_make_up_working_days() -> None:
    days = preset_exceptions("CN", [2025], language="zh_CN")
    by_day = {e.day: e for e in days}
    assert by_day[D(2025, 10, 1)].working is False
    assert by_day[D(2025, 9, 28)].working is True
    # Each make-up day names the festival it pays for (issue 8: one China calendar,
    # the demo's naming, so the preset and the demo plan agree).
    assert by_day[D(2025, 9, 28)].name == "调休上班（国庆节、中秋节）"
    assert by_day[D(2025, 1, 26)].working is True  # Spring Festival make-up Sunday
    assert all(e.day.year == 2025 for e in days)


@pytest.mark.parametrize("code", sorted(PRESETS))
def test_every_preset_has_holidays(code: str) -> None:
    days = preset_exceptions(code, [2025, 2026])
    assert len([e for e in days if not e.working]) >= 8
    assert days == sorted(days, key=lambda e: e.day)
    assert {e.day.year for e in days} == {2025, 2026}


def test_unknown_preset_and_language_fallback() -> None:
    with pytest.raises(KeyError):
        preset_exceptions("XX", [2025])
    assert preset_exceptions("US", [2025], language="xx_XX")  # falls back, still named
    assert preset_exceptions("US", []) == []


def test_china_exceptions_have_holidays_and_make_up_days() -> None:
    days = {e.day: e for e in china_exceptions([2026])}
    assert (days[D(2026, 2, 17)].working, days[D(2026, 2, 17)].name) == (False, "春节")
    assert days[D(2026, 10, 1)].working is False
    # 调休: Saturday 14 February 2026 is a working day that pays for the Spring Festival.
    assert (days[D(2026, 2, 14)].working, days[D(2026, 2, 14)].name) == (True, "调休上班（春节）")
    assert days[D(2026, 9, 20)].working is True
    assert all(day.year == 2026 for day in days)
    assert {e.source for e in days.values()} == {DaySource.PRESET}
    english = {e.day: e.name for e in china_exceptions([2026], language="en_US")}
    assert english[D(2026, 9, 20)] == "Make-up working day (National Day)"


def test_china_preset_is_china_exceptions() -> None:
    assert preset_exceptions("CN", [2025, 2026], language="zh_CN") == china_exceptions(
        [2025, 2026], language="zh_CN"
    )


def test_china_make_up_days_survive_a_package_that_lacks_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An older holidays package without 2025's 调休 still gives them, from our table."""
    import holidays

    real = holidays.country_holidays

    def without_workdays(*args: object, **kw: object) -> object:
        table = real(*args, **kw)  # type: ignore[arg-type]
        table.weekend_workdays = set()  # type: ignore[attr-defined]
        return table

    monkeypatch.setattr(holidays, "country_holidays", without_workdays)
    working = {e.day: e.name for e in china_exceptions([2025]) if e.working}
    assert working == {
        day: f"调休上班（{festival}）"
        for day, festival in CN_MAKEUP_WORKDAYS.items()
        if day.year == 2025
    }
