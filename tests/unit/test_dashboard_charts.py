"""The dashboard's arithmetic and chart builders, on plain data (no plan, no Qt)."""

from __future__ import annotations

import datetime as dt

import pytest

from oa_desk.charts import dashboard as charts
from oa_desk.charts.style import PRINT
from oa_desk.domain import dashboard as d
from oa_desk.domain.enums import AudienceTier

DAY = dt.date(2026, 6, 10)  # a Wednesday


def _fact(finish: dt.date | None, progress: int = 0, *, critical: bool = False,
          variance: int | None = None) -> d.TaskFacts:  # fmt: skip
    return d.TaskFacts(finish, progress, critical, finish if variance is not None else None,
                       variance)  # fmt: skip


def test_schedule_health_counts_late_slipping_and_variance() -> None:
    facts = [
        _fact(DAY - dt.timedelta(days=1)),  # late
        _fact(DAY - dt.timedelta(days=1), 100),  # done: not late
        _fact(DAY, critical=True, variance=3),  # critical and slipping
        _fact(DAY, 100, critical=True, variance=2),  # slipped but done: behind, not slipping
        _fact(DAY, variance=-1),
        _fact(DAY, variance=0),
        _fact(None),
    ]
    h = d.schedule_health(facts, DAY)
    assert (h.tasks, h.late, h.critical_slipping) == (7, 1, 1)
    assert (h.with_baseline, h.behind, h.on_baseline, h.ahead) == (4, 2, 1, 1)
    assert h.mean_variance == pytest.approx(1.0) and h.worst_variance == 3


def test_schedule_health_without_a_baseline_has_no_variance() -> None:
    h = d.schedule_health([_fact(DAY)], DAY)
    assert h.with_baseline == 0 and h.mean_variance is None and h.worst_variance is None


def test_weekly_counts_bucket_by_monday_and_ignore_other_weeks() -> None:
    weeks = [dt.date(2026, 6, 1), dt.date(2026, 6, 8)]
    days = [
        dt.date(2026, 6, 1),
        dt.date(2026, 6, 7),
        DAY,
        dt.date(2026, 6, 14),
        dt.date(2026, 5, 31),
    ]
    assert d.week_start(DAY) == dt.date(2026, 6, 8)
    assert d.weekly_counts(days, weeks) == [2, 2]


def test_adoption_curve_keeps_the_days_since_go_live() -> None:
    days = tuple(DAY + dt.timedelta(days=k) for k in range(4))
    curve = d.AdoptionCurve("财务部", days, (0.1, 0.2, 0.3, 0.4), go_live=days[2])
    kept = curve.after_go_live()
    assert kept.days == days[2:] and kept.rates == (0.3, 0.4)
    assert d.AdoptionCurve("x", days, (0.1,) * 4).after_go_live().days == days


def test_tier_share_is_none_when_nobody_is_required() -> None:
    assert d.TierCoverage(AudienceTier.END_USER, 0, 0, 0).passed_share is None
    assert d.TierCoverage(AudienceTier.END_USER, 4, 2, 1).passed_share == 0.25


FIGURES = d.DashboardFigures(
    DAY,
    d.schedule_health([_fact(DAY - dt.timedelta(days=2)), _fact(DAY, variance=2)], DAY),
    tuple(d.TierCoverage(t, 10, 6, 4) for t in AudienceTier),
    d.SupportFigures(5, 2, (dt.date(2026, 6, 1), dt.date(2026, 6, 8)), (3, 4), (1, 2)),
    (d.RiskBar("系统上线初期性能不稳定", 4, 5), d.RiskBar("关键用户没有时间", 2, 3)),
    (
        d.KpiBar("无纸化办公率", 0.6, "green"),
        d.KpiBar("审批周期", 1.3, "red"),
        d.KpiBar("x", None, None),
    ),
    (d.AdoptionCurve("财务部", (DAY, DAY + dt.timedelta(days=30)), (0.4, 0.8), DAY, 0.9),),
)
EMPTY = d.DashboardFigures(DAY, d.schedule_health([], DAY), (), d.SupportFigures(0, 0), (), (), ())
TEXTS = charts.DashboardTexts(empty="暂无数据", risks="主要风险")


@pytest.mark.parametrize(("name", "build"), charts.CHARTS)
def test_every_chart_draws_its_data_with_chinese_text(name: str, build: object) -> None:
    fig = build(getattr(FIGURES, name), PRINT, TEXTS)  # type: ignore[operator]
    fig.canvas.draw()
    words = " ".join(t.get_text() for t in fig.findobj(lambda o: hasattr(o, "get_text")))
    assert "暂无数据" not in words
    if name == "risks":
        assert "主要风险" in words and "系统上线初期性能不稳定" in words and "4×5" in words
    if name == "support":
        assert "5 open, 2 past SLA" in words
    if name == "kpis":
        assert "130%" in words and "—" in words  # beyond target is written, not measured is a dash
    if name == "adoption":
        assert "Target 90%" in words and "财务部" in words


@pytest.mark.parametrize(("name", "build"), charts.CHARTS)
def test_every_chart_says_when_there_is_nothing_to_show(name: str, build: object) -> None:
    fig = build(getattr(EMPTY, name), PRINT, TEXTS)  # type: ignore[operator]
    fig.canvas.draw()
    words = [t.get_text() for t in fig.findobj(lambda o: hasattr(o, "get_text"))]
    assert "暂无数据" in words


def test_the_training_legend_shows_the_colours_its_bars_have() -> None:
    """The legend's "Passed" swatch was purple while the passed bars were coloured per tier."""
    from matplotlib.colors import to_hex

    fig = charts.build_tiers(FIGURES.tiers, PRINT, TEXTS)
    (ax,) = fig.axes
    legend = ax.get_legend()
    swatches = {
        text.get_text(): to_hex(handle.get_facecolor())
        for text, handle in zip(legend.get_texts(), legend.legend_handles, strict=True)
    }
    for container in ax.containers:
        label = container.get_label()
        colours = {to_hex(bar.get_facecolor()) for bar in container}
        assert colours == {swatches[label]}, label
    assert len(set(swatches.values())) == 3  # required, trained, passed: three colours


def test_distinct_labels_add_the_parent_only_where_a_name_repeats() -> None:
    paths = ["集团/华东/产品研发部", "集团/华南/产品研发部", "集团/财务部", "A/X/Y", "B/X/Y"]
    assert d.distinct_labels(paths) == [
        "华东/产品研发部",
        "华南/产品研发部",
        "财务部",
        "A/X/Y",
        "B/X/Y",
    ]


def test_the_adoption_legend_tells_every_department_apart() -> None:
    """Three 产品研发部 in the legend, two departments both blue, the legend over the lines."""
    from matplotlib.colors import to_hex

    days = (DAY, DAY + dt.timedelta(days=30))
    names = [
        "华东/产品研发部",
        "华南/产品研发部",
        "华北/产品研发部",
        "人力资源部",
        "财务部",
        "法务部",
    ]
    curves = tuple(d.AdoptionCurve(n, days, (0.5, 0.8), DAY, 0.9) for n in names)
    fig = charts.build_adoption(curves, PRINT, TEXTS)
    fig.canvas.draw()
    (ax,) = fig.axes
    lines = [line for line in ax.get_lines() if line.get_label() in names]
    assert [line.get_label() for line in lines] == names
    assert len({to_hex(line.get_color()) for line in lines}) == len(names)
    legend = ax.get_legend().get_window_extent()
    assert legend.x0 >= ax.get_window_extent().x1  # beside the plot, not on it
