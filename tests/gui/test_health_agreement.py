"""The Gantt's status colours and the weekly report's milestone RAG agree (domain/health.py).

Before the rule lived in one place, a milestone due in a week with no progress
was green on screen and amber in the report. Here one plan goes through both
real paths, the Timeline page's chart and ``write_report``, as of one status
date, and every milestone must come out the same colour.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl

from oa_desk.domain.enums import TaskKind
from oa_desk.exchange.report import RAG_LABEL
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.timeline.page import TimelinePage
from oa_desk.services import excel
from oa_desk.store import models as m
from oa_desk.store.planfile import PlanStore, create_plan, open_plan

D = dt.date
STATUS = D(2026, 3, 11)  # a Wednesday
HOLIDAY = D(2026, 3, 13)  # a Friday off: "due soon" counts working days


def _plan(path: Path) -> PlanStore:
    create_plan(path, name="健康一致", start=D(2026, 1, 5), go_live=D(2026, 6, 30))
    store = open_plan(path, snapshot=False)
    milestones = [
        # name, date, progress, baseline date
        ("已完成", D(2026, 3, 2), 100, None),  # done: green
        ("已逾期", D(2026, 3, 10), 0, None),  # red
        ("临近未就绪", D(2026, 3, 16), 0, None),  # 3 working days away, not ready: amber
        ("临近已就绪", D(2026, 3, 16), 60, None),  # ready enough: green
        ("假日后", D(2026, 3, 18), 0, None),  # 5 working days away only because of the holiday
        ("六日后", D(2026, 3, 19), 0, None),  # 6 working days away: green
        ("基线滑移", D(2026, 4, 15), 0, D(2026, 4, 10)),  # slipped: amber
        ("基线提前", D(2026, 4, 15), 0, D(2026, 4, 20)),  # ahead of the baseline: green
        ("远期", D(2026, 5, 20), 0, None),
        ("未排期", None, 0, None),
    ]
    with store.write() as s:
        s.add(m.CalendarException(calendar_id=1, day=HOLIDAY, working=False, name="假日"))
        for seq, (name, day, progress, _base) in enumerate(milestones):
            s.add(
                m.Task(
                    name=name,
                    seq=seq,
                    kind=TaskKind.MILESTONE,
                    start=day,
                    finish=day,
                    duration=0,
                    progress=progress,
                )
            )
        s.flush()
        baseline = m.Baseline(name="基线")
        s.add(baseline)
        s.flush()
        ids = {t.name: t.id for t in s.query(m.Task)}
        for name, _day, _progress, base in milestones:
            if base is not None:  # the shown (newest) baseline of the Timeline and the report
                s.add(
                    m.BaselineTask(
                        baseline_id=baseline.id, task_id=ids[name], start=base, finish=base
                    )
                )
    return store


def _report_colours(store: PlanStore, path: Path) -> dict[str, str]:
    excel.write_report(store, path, today=STATUS)
    label_to_rag = {label: rag for rag, label in RAG_LABEL.items()}
    rows = openpyxl.load_workbook(path)["概要 Summary"].iter_rows(values_only=True)
    for row in rows:
        if row and row[0] == "名称 Name":
            break
    colours = {}
    for row in rows:
        if not row or row[0] is None or row[3] not in label_to_rag:
            break
        colours[row[0]] = label_to_rag[row[3]]
    return colours


def _gantt_colours(store: PlanStore, qtbot: Any) -> dict[str, str]:
    page = TimelinePage(today=lambda: STATUS)
    qtbot.addWidget(page)
    page.set_document(PlanDocument(store))
    page.show()
    qtbot.waitUntil(lambda: len(page.chart.rows()) > 0)
    page.chart.set_colour_mode("status")
    return {row.name: page.chart.renderer.status(row).rag for row in page.chart.rows()}


def test_the_gantt_and_the_report_give_each_milestone_the_same_colour(
    tmp_path: Path, qtbot: Any
) -> None:
    store = _plan(tmp_path / "plan.oadesk")
    try:
        report = _report_colours(store, tmp_path / "report.xlsx")
        gantt = _gantt_colours(store, qtbot)
    finally:
        store.close()
    assert len(report) == 10
    assert report == gantt
    assert set(report.values()) == {"green", "amber", "red"}  # every colour is exercised
    # the cases where the plan's calendar and the baseline decide
    assert report["假日后"] == "amber" and report["六日后"] == "green"
    assert report["基线滑移"] == "amber" and report["基线提前"] == "green"
    assert report["临近未就绪"] == "amber" and report["已逾期"] == "red"
