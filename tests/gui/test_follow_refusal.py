"""A schedule edit refused because a communication following its milestone would go
before the plan's start reads in the window's language, naming both and the dates."""

from __future__ import annotations

import datetime as dt
from typing import Any

from oa_desk.gui.messages import describe
from oa_desk.services.schedule import ScheduleEditError


def _refusal() -> ScheduleEditError:
    return ScheduleEditError(
        "communication_before_start", "english", title="启动会通知", milestone="召开项目启动会",
        offset=-2, day=dt.date(2026, 1, 3), start=dt.date(2026, 1, 5), communication_id=1,
    )  # fmt: skip


def test_the_refusal_in_english_and_chinese(window: Any, qtbot: Any) -> None:
    text = describe(_refusal())
    assert "“启动会通知”" in text and "(-2 days)" in text
    assert "2026-01-03" in text and "before the plan starts (2026-01-05)" in text
    window.set_language("zh_CN")
    qtbot.waitUntil(lambda: window.menu_file.title() == "文件(&F)")
    text = describe(_refusal())
    assert "启动会通知" in text and "召开项目启动会" in text and "-2" in text
    assert "2026-01-03" in text and "2026-01-05" in text and "计划" in text
    window.set_language("en")
