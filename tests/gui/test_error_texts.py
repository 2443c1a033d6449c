"""Refusals raised below the gui reach the user in their language, naming what and where."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

from oa_desk.exchange import mspdi as mspdi_format
from oa_desk.exchange.mspdi import MspdiError, read_mspdi
from oa_desk.gui import messages
from oa_desk.gui.main_window import MainWindow
from oa_desk.services import baselines, schedule
from oa_desk.services.baselines import BaselineError
from oa_desk.services.schedule import ScheduleEditError
from oa_desk.store.planfile import create_plan, open_plan

CJK = re.compile(r"[\u4e00-\u9fff]")
SAMPLE = {
    "file": "项目.xml",
    "detail": "Permission denied",
    "element": "Start",
    "value": "2026-13-40",
    "line": 3,
    "column": 7,
    "before": 1,
    "after": 3,
    "first": "2020-01-01",
    "last": "2040-01-01",
    "limit": 100,
    "name": "基线一",
    "baseline_id": 4,
    "task_id": 12,
    "day": dt.date(2027, 2, 10),
    "low": "1900-01-01",
    "high": "2200-12-31",
    "size": 250,
    "title": "上线通知",
    "milestone": "试点上线",
    "offset": -3,
    "start": dt.date(2027, 1, 4),
}


def _codes(path: Path, pattern: str) -> set[str]:
    return set(re.findall(pattern, path.read_text(encoding="utf-8")))


@pytest.fixture
def chinese(window: MainWindow, qtbot: Any) -> MainWindow:
    window.set_language("zh_CN")
    qtbot.waitUntil(lambda: window.menu_file.title() == "文件(&F)")
    return window


def _check(err: BaseException) -> str:
    text = messages.describe(err)
    assert text != str(err), f"{err!r} fell back to its English message"
    assert CJK.search(text), text
    assert "{" not in text, text
    return text


def test_every_ms_project_refusal_is_translated(chinese: MainWindow) -> None:
    # The reader lives in exchange/mspdi*.py (format, model, reader, recurrences).
    codes: set[str] = set()
    for source in Path(mspdi_format.__file__).parent.glob("mspdi*.py"):
        codes |= _codes(source, r'fail\(\s*"(\w+)"') | _codes(source, r'MspdiError\(\s*"(\w+)"')
    assert len(codes) >= 15
    for code in sorted(codes):
        for place in (None, ("task_uid", 7), ("link", 8), ("task", 5), ("calendar", 9)):
            text = _check(MspdiError(code, "english", **SAMPLE, place=place))
            assert "项目.xml" in text
            if place is not None and code in _codes(source, r'fail\(\s*"(\w+)"'):
                assert str(place[1]) in text  # where in the file: "（任务 UID 7）"


def test_every_baseline_and_calendar_refusal_is_translated(chinese: MainWindow) -> None:
    for cls, module in ((BaselineError, baselines), (ScheduleEditError, schedule)):
        source = Path(module.__file__)  # a module, or a package: all its modules
        files = sorted(source.parent.glob("*.py")) if source.name == "__init__.py" else [source]
        codes = set().union(*(_codes(f, rf'{cls.__name__}\(\s*"(\w+)"') for f in files))
        assert codes
        for code in sorted(codes):
            _check(cls(code, "english", **SAMPLE))


def test_real_refusals_in_chinese(chinese: MainWindow, tmp_path: Path) -> None:
    hostile = tmp_path / "炸弹.xml"
    hostile.write_text(
        '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaa">]><Project>&a;</Project>',
        encoding="utf-8",
    )
    with pytest.raises(MspdiError) as info:
        read_mspdi(hostile)
    assert "炸弹.xml" in _check(info.value)

    path = tmp_path / "计划.oadesk"
    create_plan(path, name="计划")
    with open_plan(path, snapshot=False) as store:
        baselines.save_baseline(store, "第一版")
        with pytest.raises(BaselineError) as base:
            baselines.save_baseline(store, "第一版")
        assert _check(base.value) == "已有名为“第一版”的基线，请换一个名称。"
        day = dt.date(2027, 2, 10)
        schedule.add_calendar_exception(store, day)
        with pytest.raises(ScheduleEditError) as cal:
            schedule.add_calendar_exception(store, day)
        assert _check(cal.value) == "2027-02-10 已在日历的例外日期列表中。"


def test_register_refusals_name_the_column_in_the_users_language(window: Any) -> None:
    from oa_desk.domain import checks
    from oa_desk.gui.messages import describe
    from oa_desk.services.records import RecordError

    err = RecordError(
        checks.Check.ABOVE_MAXIMUM.value, "x", table="risk", field="impact", high=5, value=6
    )
    assert describe(err) == "Impact cannot be more than 5."
    window.set_language("zh_CN")
    assert describe(err) == "“影响”不能大于 5。"
    window.set_language("en")
