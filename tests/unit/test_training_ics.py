"""Sessions to .ics: parsed back by icalendar with the zone, the times and the UIDs."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from pathlib import Path

import icalendar

from oa_desk.exchange.ics import IcsSession, by_trainer, calendar_bytes, write_ics

SESSIONS = [
    IcsSession(
        7,
        "流程审批；实操, 进阶",
        dt.datetime(2026, 12, 8, 9, 0),
        dt.datetime(2026, 12, 8, 11, 30),
        "https://meeting.example.com/j/123",
        "王文轩",
        "wang@example.com",
    ),
    IcsSession(
        8,
        "OA 日常办公操作入门",
        dt.datetime(2026, 12, 9, 14, 0),
        dt.datetime(2026, 12, 9, 16, 0),
        "多功能厅",
        status="cancelled",
        description="带笔记本电脑" * 20,
    ),
]


def test_the_calendar_parses_back_with_its_zone_and_wall_clock_times(tmp_path: Path) -> None:
    path = tmp_path / "training.ics"
    assert write_ics(path, SESSIONS, name="培训") == 2
    raw = path.read_bytes()
    assert b"\r\n" in raw and all(len(line) <= 75 for line in raw.split(b"\r\n"))
    cal = icalendar.Calendar.from_ical(raw)
    zones = [c for c in cal.walk("VTIMEZONE")]
    assert [str(z["TZID"]) for z in zones] == ["Asia/Shanghai"]
    events = cal.walk("VEVENT")
    assert [str(e["UID"]) for e in events] == [
        "training-session-7@oa-desk.local",
        "training-session-8@oa-desk.local",
    ]
    first = events[0]
    start = first.decoded("DTSTART")
    assert start == dt.datetime(2026, 12, 8, 9, 0, tzinfo=zoneinfo.ZoneInfo("Asia/Shanghai"))
    assert start.astimezone(dt.UTC).hour == 1
    assert first["DTSTART"].params["TZID"] == "Asia/Shanghai"
    assert str(first["SUMMARY"]) == "流程审批；实操, 进阶"
    assert str(first["URL"]) == "https://meeting.example.com/j/123"
    assert first["ORGANIZER"].params["CN"] == "王文轩"
    assert str(events[1]["STATUS"]) == "CANCELLED"
    assert str(events[1]["DESCRIPTION"]) == "带笔记本电脑" * 20


def test_another_zone_and_one_calendar_per_trainer() -> None:
    cal = icalendar.Calendar.from_ical(calendar_bytes(SESSIONS, zone="Asia/Hong_Kong"))
    assert str(cal.walk("VTIMEZONE")[0]["TZID"]) == "Asia/Hong_Kong"
    assert list(by_trainer(SESSIONS)) == ["王文轩"]


def test_oa_desk_export_plan_to_ics_and_one_trainers_sessions(tmp_path: Path) -> None:
    from oa_desk.cli import main
    from oa_desk.services.demo import generate_demo

    plan = tmp_path / "demo.oadesk"
    generate_demo(plan, scale=1)
    out = tmp_path / "培训.ics"
    assert main(["export", str(plan), str(out)]) == 0
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert events and all(e["DTSTART"].params["TZID"] == "Asia/Shanghai" for e in events)
    trainer = next(e["ORGANIZER"].params["CN"] for e in events if "ORGANIZER" in e)
    one = tmp_path / "one.ics"
    assert main(["export", str(plan), str(one), "--trainer", str(trainer)]) == 0
    mine = icalendar.Calendar.from_ical(one.read_bytes()).walk("VEVENT")
    assert 0 < len(mine) < len(events)
    assert {e["ORGANIZER"].params["CN"] for e in mine} == {trainer}
