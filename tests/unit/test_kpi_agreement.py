"""The weekly report workbook and the dashboard judge each KPI by the same rule
(``domain.kpis.state`` and ``domain.kpis.rag``).

The workbook had a rule of its own (green from 90 % of the way, amber below,
whatever the due date): the demo's KPIs were all 黄 Amber on the Summary while
the dashboard PDF drew them all red. Here one plan goes through both real paths
as of one status date, and every KPI must come out the same colour.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from oa_desk.domain.enums import KpiCategory, KpiDirection
from oa_desk.exchange.report import RAG_LABEL
from oa_desk.services import dashboard_data, excel
from oa_desk.store import models as m
from oa_desk.store.planfile import create_plan, open_plan

D = dt.date
STATUS = D(2026, 6, 1)

# name, direction, baseline, target, due, measurements: one goal per state
GOALS = [
    ("已达成", KpiDirection.INCREASE, 10.0, 50.0, D(2026, 12, 31), [(D(2026, 5, 1), 55.0)]),
    (
        "进度正常",
        KpiDirection.INCREASE,
        0.0,
        100.0,
        D(2026, 7, 1),
        [(D(2026, 1, 1), 0.0), (D(2026, 5, 30), 85.0)],
    ),
    (
        "落后",
        KpiDirection.INCREASE,
        0.0,
        100.0,
        D(2026, 7, 1),
        [(D(2026, 1, 1), 0.0), (D(2026, 5, 30), 40.0)],
    ),
    ("已逾期", KpiDirection.DECREASE, 5.0, 1.5, D(2026, 5, 1), [(D(2026, 4, 20), 3.0)]),
    ("未测量", KpiDirection.INCREASE, 0.0, 90.0, D(2026, 12, 31), []),
]


def test_report_and_dashboard_agree_on_every_kpi(tmp_path: Path) -> None:
    path = tmp_path / "p.oadesk"
    create_plan(path, name="KPI 一致", start=D(2026, 1, 5), go_live=D(2026, 9, 30))
    store = open_plan(path, snapshot=False)
    try:
        with store.write() as s:
            plan = s.get(m.Plan, 1)
            assert plan is not None
            plan.status_date = STATUS
            for name, direction, base, target, due, points in GOALS:
                goal = m.Goal(
                    name=name,
                    category=KpiCategory.ADOPTION,
                    direction=direction,
                    baseline=base,
                    target=target,
                    due=due,
                )
                s.add(goal)
                s.flush()
                for day, value in points:
                    s.add(m.KpiMeasurement(goal_id=goal.id, day=day, value=value))
        bars = {b.name: b.rag for b in dashboard_data.kpi_bars(store)}
        book = tmp_path / "report.xlsx"
        excel.write_report(store, book)  # as of the plan's status date, as the dashboard
    finally:
        store.close()
    rows = openpyxl.load_workbook(book)["概要 Summary"].iter_rows(values_only=True)
    report = {r[0]: r[6] for r in rows if r and r[0] in bars}
    assert set(report) == set(bars)
    for name, rag in bars.items():
        assert report[name] == (RAG_LABEL[rag] if rag else "—"), name
    assert [bars[g[0]] for g in GOALS] == ["green", "green", "amber", "red", None]
