"""Holiday lists for a year the holidays package does not know: reading and importing.

Reading (.ics, .xlsx, CSV) is checked as untrusted input; importing is one
calendar edit whose undo restores the calendar exactly, sources included.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from oa_desk.domain.calendar import DaySource, ExceptionDay
from oa_desk.exchange.holidays import (
    MAX_FILE_BYTES,
    HolidayFileRefused,
    HolidayProblemCode,
    parse_ics,
    read_holidays,
)
from oa_desk.services import holidays as service
from oa_desk.services import schedule
from oa_desk.store.planfile import PlanStore, create_plan, open_plan

D = dt.date

ICS_2027 = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//OA Desk tests//CN 2027//ZH
BEGIN:VEVENT
UID:1
DTSTART;VALUE=DATE:20270101
DTEND;VALUE=DATE:20270102
SUMMARY:元旦
END:VEVENT
BEGIN:VEVENT
UID:2
DTSTART;VALUE=DATE:20270205
DTEND;VALUE=DATE:20270212
SUMMARY:春节
 假期
END:VEVENT
BEGIN:VEVENT
UID:3
DTSTART;VALUE=DATE:20270213
SUMMARY:春节调休上班
END:VEVENT
END:VCALENDAR
"""


def _ics(*events: str) -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\n{e}\r\nEND:VEVENT\r\n" for e in events)
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{body}END:VCALENDAR\r\n".encode()


# -- reading -----------------------------------------------------------------------------


def test_ics_all_day_events_become_days_off_and_make_up_days(tmp_path: Path) -> None:
    path = tmp_path / "中国节假日2027.ics"
    path.write_text(ICS_2027, encoding="utf-8")
    found = read_holidays(path)
    assert found.problems == ()
    assert found.years == (2027,)
    days = {d.day: d for d in found.days}
    assert days[D(2027, 1, 1)].working is False
    # DTEND is exclusive: 5 to 11 February, seven days off; a folded summary line joins.
    assert [d for d in days if d.month == 2 and not days[d].working] == [
        D(2027, 2, n) for n in range(5, 12)
    ]
    assert days[D(2027, 2, 5)].name == "春节假期"
    assert days[D(2027, 2, 13)].working is True  # "班" in the summary: a make-up day
    assert {d.source for d in found.days} == {DaySource.IMPORT}


def test_ics_problems_are_reported_by_line_and_refuse_the_list() -> None:
    found = parse_ics(
        _ics(
            "DTSTART:20270301T090000\r\nSUMMARY:项目会议",
            "DTSTART;VALUE=DATE:20270101\r\nRRULE:FREQ=YEARLY\r\nSUMMARY:元旦",
            "DTSTART;VALUE=DATE:18991231\r\nSUMMARY:太早",
            "DTSTART;VALUE=DATE:20270230\r\nSUMMARY:没有这天",
            "DTSTART;VALUE=DATE:20270601\r\nDTEND;VALUE=DATE:20270801\r\nSUMMARY:暑假",
            "DTSTART;VALUE=DATE:20270501\r\nSUMMARY:劳动节",
            "DTSTART;VALUE=DATE:20270501\r\nSUMMARY:上班",
        ),
        name="bad.ics",
    )
    codes = [p.code for p in found.problems]
    assert codes == [
        HolidayProblemCode.TIMED_EVENT,
        HolidayProblemCode.REPEATING_EVENT,
        HolidayProblemCode.OUT_OF_RANGE,
        HolidayProblemCode.NOT_A_DATE,
        HolidayProblemCode.EVENT_TOO_LONG,
        HolidayProblemCode.CONFLICT,
    ]
    timed = found.problems[0]
    assert timed.row == 4 and timed.value == "项目会议"  # the DTSTART line
    assert "line 4" in str(timed) and "time of day" in str(timed)


def test_files_that_are_not_holiday_lists_are_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.ics"
    big.write_bytes(b"BEGIN:VCALENDAR\n" + b"X" * MAX_FILE_BYTES)
    not_ics = tmp_path / "notes.ics"
    not_ics.write_text("hello", encoding="utf-8")
    empty = tmp_path / "empty.ics"
    empty.write_bytes(_ics())
    doc = tmp_path / "holidays.docx"
    doc.write_bytes(b"PK\x03\x04")
    codes = {}
    for path in (big, not_ics, empty, doc, tmp_path / "missing.ics"):
        with pytest.raises(HolidayFileRefused) as info:
            read_holidays(path)
        codes[path.name] = info.value.code
    assert codes == {
        "big.ics": "too_large",
        "notes.ics": "not_a_calendar",
        "empty.ics": "no_days",
        "holidays.docx": "unknown_kind",
        "missing.ics": "unreadable",
    }


def test_too_many_days_are_refused() -> None:
    events = [
        f"DTSTART;VALUE=DATE:{(D(2000, 1, 1) + dt.timedelta(days=31 * i)):%Y%m%d}\r\n"
        f"DTEND;VALUE=DATE:{(D(2000, 1, 1) + dt.timedelta(days=31 * i + 31)):%Y%m%d}\r\n"
        "SUMMARY:假"
        for i in range(130)
    ]
    with pytest.raises(HolidayFileRefused) as info:
        parse_ics(_ics(*events), name="decades.ics")
    assert info.value.code == "too_many_days"


def test_a_sheet_with_date_name_and_working_columns(tmp_path: Path) -> None:
    path = tmp_path / "2027放假安排.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "2027"
    ws.append(["国务院办公厅关于2027年部分节假日安排的通知"])
    ws.append(["日期", "名称", "是否上班"])
    ws.append([dt.datetime(2027, 10, 1), "国庆节", "否"])
    ws.append(["2027年10月2日", "国庆节", "休"])
    ws.append(["2027/9/26", "国庆节调休", "班"])
    ws.append([None, None, None])
    ws.append(["2027-10-09", "国庆节调休", "是"])
    wb.save(path)
    found = read_holidays(path)
    assert found.problems == ()
    assert [(d.day, d.working, d.name) for d in found.days] == [
        (D(2027, 9, 26), True, "国庆节调休"),
        (D(2027, 10, 1), False, "国庆节"),
        (D(2027, 10, 2), False, "国庆节"),
        (D(2027, 10, 9), True, "国庆节调休"),
    ]


def test_a_csv_without_a_working_column_and_its_problems(tmp_path: Path) -> None:
    path = tmp_path / "holidays.csv"
    path.write_text(
        "Date,Name\n2027-01-01,元旦\n2027-02-13,春节调休上班\nsoon,春节\n2301-01-01,很远\n",
        encoding="utf-8",
    )
    found = read_holidays(path)
    assert [(p.code, p.sheet, p.column, p.row, p.value) for p in found.problems] == [
        (HolidayProblemCode.NOT_A_DATE, "holidays", "A", 4, "soon"),
        (HolidayProblemCode.OUT_OF_RANGE, "holidays", "A", 5, "2301-01-01"),
    ]
    assert "holidays A4" in str(found.problems[0])
    assert [(d.day, d.working) for d in found.days] == [
        (D(2027, 1, 1), False),
        (D(2027, 2, 13), True),
    ]
    bad = tmp_path / "bad.csv"
    bad.write_text("日期,上班\n2027-01-01,也许\n", encoding="utf-8")
    assert [p.code for p in read_holidays(bad).problems] == [HolidayProblemCode.BAD_WORKING]
    headless = tmp_path / "headless.csv"
    headless.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(HolidayFileRefused) as info:
        read_holidays(headless)
    assert info.value.code == "no_date_column"


# -- importing -----------------------------------------------------------------------------


@pytest.fixture
def store(tmp_path: Path) -> Iterator[PlanStore]:
    path = tmp_path / "plan.oadesk"
    create_plan(path, name="节假日", start=D(2026, 3, 2), go_live=D(2027, 6, 30))
    with open_plan(path, snapshot=False) as s:
        yield s


def _days(store: PlanStore) -> dict[dt.date, tuple[bool, str, DaySource]]:
    return {d.day: (d.working, d.name, d.source) for d in service.calendar_days(store).days}


def test_import_replaces_the_presets_days_of_its_years_and_keeps_typed_days(
    store: PlanStore, tmp_path: Path
) -> None:
    schedule.apply_calendar_preset(store, "CN", [2026, 2027], language="zh_CN")
    schedule.add_calendar_exception(store, D(2027, 3, 15), False, "公司年会")
    before = _days(store)
    assert before[D(2027, 10, 1)][2] is DaySource.PRESET
    assert before[D(2027, 3, 15)][2] is DaySource.USER
    path = tmp_path / "cn2027.ics"
    path.write_text(ICS_2027, encoding="utf-8")
    found = service.read_holiday_file(path)
    result = service.import_holidays(store, found.days)
    after = _days(store)
    assert {d for d, (_w, _n, src) in after.items() if src is DaySource.IMPORT} == {
        d.day for d in found.days
    }
    # The preset's 2027 days the list does not name are gone; 2026's stay as they were.
    assert D(2027, 10, 1) not in after
    assert {d: v for d, v in after.items() if d.year == 2026} == {
        d: v for d, v in before.items() if d.year == 2026
    }
    assert after[D(2027, 3, 15)] == (False, "公司年会", DaySource.USER)
    assert result.changes  # the plan was told what changed
    schedule.revert(store, result.undo)
    assert _days(store) == before  # one undo step puts every day and source back


def test_calendar_sources_follow_preset_typing_and_editing(store: PlanStore) -> None:
    schedule.apply_calendar_preset(store, "CN", [2026], language="zh_CN")
    assert {src for _w, _n, src in _days(store).values()} == {DaySource.PRESET}
    edit = schedule.edit_calendar_exception(store, D(2026, 10, 1), name="国庆节（公司）")
    assert _days(store)[D(2026, 10, 1)] == (False, "国庆节（公司）", DaySource.USER)
    schedule.revert(store, edit.undo)
    assert _days(store)[D(2026, 10, 1)][2] is DaySource.PRESET
    schedule.add_calendar_exception(store, D(2026, 3, 3), True, "加班")
    assert _days(store)[D(2026, 3, 3)] == (True, "加班", DaySource.USER)


def test_importing_an_empty_selection_changes_nothing(store: PlanStore) -> None:
    schedule.add_calendar_exception(store, D(2027, 3, 15), False, "公司年会")
    before = _days(store)
    service.import_holidays(store, [])
    assert _days(store) == before
    day = ExceptionDay(D(2027, 3, 15), True, "补班", DaySource.IMPORT)
    service.import_holidays(store, [day])
    assert _days(store)[D(2027, 3, 15)] == (True, "补班", DaySource.IMPORT)
