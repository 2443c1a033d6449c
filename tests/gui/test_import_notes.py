"""The MS Project import's notes read in the window's language: a Chinese window lists
what moved, and why, in Chinese; an English one the importer's own sentences."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

from oa_desk.domain.errors import Notice
from oa_desk.gui.main_window import MainWindow
from oa_desk.gui.timeline.import_notes import _templates, notes_text
from oa_desk.store.planfile import create_plan

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [
    ROOT / "oa_desk/exchange/mspdi_read.py",
    ROOT / "oa_desk/services/mspdi.py",
    ROOT / "oa_desk/services/mspdi_fit.py",
]

_XML = """<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project">
 <Name>notes</Name><StartDate>2026-03-02T08:00:00</StartDate><MinutesPerDay>480</MinutesPerDay>
 <Resources><Resource><UID>1</UID><Name>王五</Name></Resource></Resources>
 <Tasks>
  <Task><UID>0</UID><Name>notes</Name><OutlineLevel>0</OutlineLevel></Task>
  <Task><UID>1</UID><Name>评审会</Name><OutlineLevel>1</OutlineLevel>
   <Start>2026-03-02T08:00:00</Start><Finish>2026-03-11T17:00:00</Finish>
   <Duration>PT64H0M0S</Duration><DurationFormat>7</DurationFormat>
   <Milestone>1</Milestone><Summary>0</Summary></Task>
  <Task><UID>2</UID><Name>培训</Name><OutlineLevel>1</OutlineLevel>
   <Start>2026-03-13T08:00:00</Start><Finish>2026-03-13T17:00:00</Finish>
   <Duration>PT8H0M0S</Duration><DurationFormat>7</DurationFormat><Summary>0</Summary>
   <PredecessorLink><PredecessorUID>1</PredecessorUID><Type>1</Type>
    <LinkLag>2400</LinkLag><LagFormat>5</LagFormat></PredecessorLink></Task>
 </Tasks>
 <Assignments><Assignment><TaskUID>2</TaskUID><ResourceUID>1</ResourceUID></Assignment>
 </Assignments>
</Project>"""


def test_every_code_the_importer_writes_has_a_sentence(qapp: Any) -> None:
    codes = set()
    for source in SOURCES:
        text = source.read_text(encoding="utf-8")
        codes |= set(re.findall(r'Notice\(\s*"(\w+)"', text))
        for pair in re.findall(r'"(\w+)"\s+if why == "is not in the plan"\s+else "(\w+)"', text):
            codes |= set(pair)
    assert len(codes) > 40 and "moved" in codes and "name_ambiguous" in codes
    assert codes <= set(_templates()), codes - set(_templates())


def test_a_chinese_window_lists_the_notes_in_chinese(
    window: MainWindow, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    xml = tmp_path / "评审.xml"
    xml.write_text(_XML, encoding="utf-8")
    path = tmp_path / "计划.oadesk"
    create_plan(path, name="计划", start=dt.date(2026, 3, 2), go_live=dt.date(2026, 6, 1))
    assert window.open_path(path)
    window.show_page("timeline")
    page = window.page("timeline")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(xml), ""))
    window.translations.apply("zh_CN")
    report = page.files.import_mspdi()
    assert report is not None
    notes = page.files.notes_box
    assert notes is not None and notes.isVisible()
    shown = notes.detailedText()
    english = "\n".join(report.warnings)
    # the milestone with 64 hours of work, the lag of 4 hours, the owner the plan lacks
    assert "moved" in english and "a lag of 4 h" in english and "is not in the plan" in english
    assert "任务“评审会”（UID 1）日期有变" in shown
    assert "标为里程碑，但工期为 64 小时：计划中的里程碑只占一天" in shown
    assert "4 小时 的延隔" in shown and "按 1 个工作日读入" in shown
    assert "负责人“王五”不在计划中" in shown
    assert not re.search(r"[a-z]{4,} [a-z]{4,}", shown.replace("MS Project", ""))  # no English
    assert len(shown.splitlines()) == len(report.warnings)
    notes.close()
    window.translations.apply("en")
    assert notes_text(report.warnings) == english  # English: the importer's own sentences


def test_a_note_of_an_unknown_code_or_without_one_is_shown_in_english(
    window: MainWindow,
) -> None:
    window.translations.apply("zh_CN")
    try:
        unknown = Notice("no_such_code", "a sentence")
        known = Notice("summary_spans", "a summary spans its subtasks")
        assert notes_text([unknown, "plain text", known]).splitlines() == [
            "a sentence",
            "plain text",
            "摘要任务的日期由其子任务决定",
        ]
    finally:
        window.translations.apply("en")


def test_an_export_that_leaves_baselines_out_says_so(
    window: MainWindow, tmp_path: Path, qtbot: Any
) -> None:
    # MS Project keeps eleven baselines; the twelfth plan baseline was left out silently.
    from oa_desk.services.baselines import save_baseline

    path = tmp_path / "计划.oadesk"
    create_plan(path, name="计划", start=dt.date(2026, 3, 2), go_live=dt.date(2026, 6, 1))
    assert window.open_path(path)
    window.show_page("timeline")
    page = window.page("timeline")
    page.insert_task()
    doc = window.doc
    assert doc is not None
    for k in range(12):
        save_baseline(doc.store, f"基线 {k + 1}")
    window.translations.apply("zh_CN")
    target = tmp_path / "计划.xml"
    page.files.pick_save_file = lambda *_a: str(target)
    page.export_mspdi()
    qtbot.waitUntil(lambda: page.files.notes_box is not None and page.files.notes_box.isVisible())
    box = page.files.notes_box
    assert box is not None and target.is_file()
    assert box.windowTitle() == "导出说明"
    assert "最早的 1 条未导出" in box.detailedText()
    box.close()
