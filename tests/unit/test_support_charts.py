"""Support figures and charts: plain tuples in, figures out (no Qt); the reads on a demo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from oa_desk.charts import support as charts
from oa_desk.charts.style import ChartStyle
from oa_desk.domain.enums import TicketPriority
from oa_desk.domain.support import CHINA_TZ, SlaLevel, SlaState, TicketSla
from oa_desk.domain.support_figures import RoundScore, daily_flow, sla_attainment
from oa_desk.store.planfile import PlanStore

DAY = dt.date(2026, 6, 10)


def _at(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=CHINA_TZ)


def test_daily_flow_counts_local_days_and_the_backlog() -> None:
    moments = [
        (_at(DAY - dt.timedelta(days=10)), None),  # before the window, still open
        (_at(DAY - dt.timedelta(days=10)), _at(DAY - dt.timedelta(days=9))),  # done before
        (_at(DAY - dt.timedelta(days=2)), _at(DAY - dt.timedelta(days=1))),
        (_at(DAY - dt.timedelta(days=2)), None),
        # 00:30 local on DAY is the day before in UTC: it counts on DAY
        (dt.datetime(2026, 6, 9, 16, 30, tzinfo=dt.UTC), None),
    ]
    flow = daily_flow(moments, last=DAY, days=5)
    assert flow.days[0] == DAY - dt.timedelta(days=4) and flow.days[-1] == DAY
    assert list(flow.opened) == [0, 0, 2, 0, 1]
    assert list(flow.closed) == [0, 0, 0, 1, 0]
    assert list(flow.backlog) == [1, 1, 3, 2, 3]
    assert daily_flow([], last=DAY).empty


def _state(level: SlaLevel, done: bool) -> SlaState:
    return SlaState(_at(DAY), 10, 20, done, level)


def test_sla_attainment_per_priority() -> None:
    ok = _state(SlaLevel.OK, False)
    slas = {
        1: TicketSla(ok, _state(SlaLevel.MET, True)),
        2: TicketSla(ok, _state(SlaLevel.BREACHED, True)),
        3: TicketSla(ok, _state(SlaLevel.BREACHED, False)),
        4: TicketSla(ok, _state(SlaLevel.WARNING, False)),
        5: TicketSla(ok, _state(SlaLevel.MET, True)),
    }
    priorities = {1: TicketPriority.P1, 2: TicketPriority.P1, 3: TicketPriority.P2}
    priorities |= {4: TicketPriority.P2, 5: TicketPriority.P4}
    sla = sla_attainment(priorities, slas)
    assert list(sla.met) == [1, 0, 0, 1]
    assert list(sla.missed) == [1, 0, 0, 0]
    assert list(sla.open_breached) == [0, 1, 0, 0]
    assert list(sla.open_ok) == [0, 1, 0, 0]
    assert sla.share_met(0) == 0.5 and sla.share_met(1) is None


TEXTS = charts.SupportTexts(
    flow="每日新建与关闭", opened="新建", closed="关闭", backlog="积压", sla="解决时限达成",
    met="按时", missed="超时", open_breached="未结已超时", open_ok="未结未超时",
    share_met="按时 {value:.0f}%", by_type="按类型", by_department="按部门",
    top_questions="高频问题", satisfaction="满意度", empty="暂无数据",
    labels={"question": "咨询", "bug": "缺陷"},
)  # fmt: skip


@pytest.mark.parametrize("style", [ChartStyle(), ChartStyle(background="#101010", text="#EEE")])
def test_every_chart_draws_with_chinese_labels_and_empty(style: ChartStyle) -> None:
    flow = daily_flow([(_at(DAY), None), (_at(DAY - dt.timedelta(days=3)), _at(DAY))], last=DAY)
    ok = _state(SlaLevel.OK, False)
    sla = sla_attainment({1: TicketPriority.P2}, {1: TicketSla(ok, _state(SlaLevel.MET, True))})
    rounds = [
        RoundScore("财务部", DAY - dt.timedelta(days=30), 3.6, 40),
        RoundScore("财务部", DAY, 4.2, 38),
        RoundScore("", DAY, 4.0, 10),
    ]
    figures = [
        charts.build_flow(flow, style, TEXTS),
        charts.build_backlog(flow, style, TEXTS),
        charts.build_sla(sla, style, TEXTS),
        charts.build_by_type([("question", 30), ("bug", 4)], style, TEXTS),
        charts.build_by_department([("人力资源部", 12), ("", 2)], style, TEXTS),
        charts.build_top_questions([("如何重置 OA 登录密码以及绑定手机号码？", 9)], style, TEXTS),
        charts.build_satisfaction(rounds, style, TEXTS),
    ]
    for fig in figures:
        FigureCanvasAgg(fig).draw()  # a missing CJK glyph would warn (an error here)
    assert [t.get_text() for t in figures[3].axes[0].get_yticklabels()] == ["咨询", "缺陷"]
    assert figures[5].axes[0].get_yticklabels()[0].get_text().endswith("…")
    assert figures[2].axes[0].texts[0].get_text() == " 按时 100%"
    assert figures[1].axes[0].texts[0].get_text() == " 1"  # the backlog today
    empties = [
        charts.build_flow(daily_flow([], last=DAY), style, TEXTS),
        charts.build_backlog(daily_flow([], last=DAY), style, TEXTS),
        charts.build_sla(sla_attainment({}, {}), style, TEXTS),
        charts.build_by_type([], style, TEXTS),
        charts.build_satisfaction([], style, TEXTS),
    ]
    for fig in empties:
        FigureCanvasAgg(fig).draw()
        assert fig.axes[0].texts[0].get_text() == "暂无数据"


def test_the_figures_of_a_demo_plan(tmp_path: Path) -> None:
    from oa_desk.services.demo import generate_demo
    from oa_desk.services.support_stats import support_figures
    from oa_desk.store.planfile import open_plan

    path = tmp_path / "demo.oadesk"
    generate_demo(path, scale=1)
    with open_plan(path, snapshot=False) as store:
        with store.read() as s:
            n = s.connection().exec_driver_sql("SELECT count(*) FROM ticket").scalar()
            status = s.connection().exec_driver_sql("SELECT status_date FROM plan").scalar()
        now = dt.datetime.combine(dt.date.fromisoformat(str(status)), dt.time(18), CHINA_TZ)
        figures = support_figures(store, now=now)
    assert n and sum(c for _t, c in figures.by_type) == n
    assert (
        sum(figures.sla.met)
        + sum(figures.sla.missed)
        + sum(figures.sla.open_ok)
        + sum(figures.sla.open_breached)
        == n
    )
    assert not figures.flow.empty and figures.flow.backlog[-1] >= 0
    assert figures.top_questions and figures.top_questions[0][1] >= figures.top_questions[-1][1]
    assert figures.rounds


def test_the_figures_read_the_same_on_both_engines(
    tmp_path: Path, open_on_engine: Callable[[Path], PlanStore]
) -> None:
    from oa_desk.domain.enums import TicketStatus
    from oa_desk.services import knowledge, records, support
    from oa_desk.services.support_stats import sla_cache, support_figures
    from oa_desk.store import models as m
    from oa_desk.store.planfile import create_plan

    path = tmp_path / "figures.oadesk"
    create_plan(path, name="图表", start=dt.date(2026, 3, 2))
    store = open_on_engine(path)
    try:
        with store.write() as s:
            s.add(m.Department(id=1, name="财务部"))
        created = dt.datetime(2026, 6, 8, 2, tzinfo=dt.UTC)  # 10:00 in Beijing, a Monday
        ids = []
        for i, title in enumerate(["无法登录", "报销单打不开", "打印格式错位"]):
            edit = support.create_ticket(
                store,
                {"title": title, "priority": "P2", "department_id": 1 if i else None},
                actor_id=None,
                now=created + dt.timedelta(days=i),
            )
            ids.extend(edit.ticket_ids)
        resolved = created + dt.timedelta(days=2, hours=3)
        for status in (TicketStatus.IN_PROGRESS, TicketStatus.RESOLVED):
            support.bulk_edit(store, ids[:1], actor_id=None, now=resolved, status=status)
        article = knowledge.save_article(store, None, {"question": "登录问题"}, today=DAY)
        knowledge.link_tickets(store, article.article_id, ids[:2])
        records.add_record(
            store, "feedback_round", {"department_id": 1, "day": DAY, "satisfaction": 4.2}
        )
        now = _at(DAY, 18)
        figures = support_figures(store, now=now)
        cached = support_figures(store, now=now, cache=sla_cache(store))
    finally:
        store.close()
    assert figures == cached
    assert sum(figures.flow.opened) == 3 and sum(figures.flow.closed) == 1
    assert figures.flow.backlog[-1] == 2
    assert dict(figures.by_type) == {"question": 3}
    assert dict(figures.by_department) == {"财务部": 2, "": 1}
    assert figures.top_questions == [("登录问题", 2)]
    assert [(r.department, r.satisfaction) for r in figures.rounds] == [("财务部", 4.2)]
    p2 = list(TicketPriority).index(TicketPriority.P2)
    done = figures.sla.met[p2] + figures.sla.missed[p2]
    assert done == 1 and figures.sla.open_breached[p2] + figures.sla.open_ok[p2] == 2


def test_round_day_labels_never_crowd() -> None:
    days = [
        DAY,
        DAY + dt.timedelta(days=28),
        DAY + dt.timedelta(days=41),
        DAY + dt.timedelta(days=42),
    ]
    assert charts._spread(days) == days[:3]
    assert charts._spread([]) == []
