"""Chart builders: plain data in, a matplotlib Figure out, no Qt, Chinese labels render."""

from __future__ import annotations

import datetime as dt
import io
import sys

from oa_desk.charts import progress
from oa_desk.charts.style import ChartStyle
from oa_desk.domain.metrics import ProgressSeries

D0 = dt.date(2026, 3, 2)


def _series(**changes: object) -> ProgressSeries:
    days = tuple(D0 + dt.timedelta(days=7 * k) for k in range(10))
    values = dict(
        days=days,
        planned=tuple(k / 9 for k in range(10)),
        baseline=tuple(min(1.0, k / 7) for k in range(10)),
        baseline_name="基线 1",
        status_date=days[5],
        expected=5 / 9,
        actual=0.4,
        go_live=days[8],
    )
    values.update(changes)
    return ProgressSeries(**values)  # type: ignore[arg-type]


def _texts() -> progress.ProgressTexts:
    return progress.ProgressTexts(
        planned="计划进度", baseline="基线 {name}", actual="实际 {percent}",
        expected="应完成 {percent}", go_live="上线", empty="尚无已排期的任务",
    )  # fmt: skip


def test_builds_the_planned_baseline_and_actual_lines_with_chinese_labels() -> None:
    fig = progress.build(_series(), ChartStyle(background="#101010", text="#EEEEEE"), _texts())
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert labels == ["计划进度", "基线 基线 1", "实际 40%", "应完成 56%"]
    assert fig.get_facecolor()[:3] == (16 / 255, 16 / 255, 16 / 255)  # the palette's, not white
    out = io.BytesIO()
    fig.savefig(out, format="png")  # raises on a missing glyph (warnings are errors)
    assert out.getvalue()[:8] == b"\x89PNG\r\n\x1a\n"


def test_no_baseline_and_no_tasks() -> None:
    fig = progress.build(_series(baseline=None), ChartStyle(), _texts())
    assert len(fig.axes[0].get_legend().get_texts()) == 3
    empty = progress.build(
        ProgressSeries((), (), None, "", D0, 0.0, 0.0, None), ChartStyle(), _texts()
    )
    assert [t.get_text() for t in empty.axes[0].texts] == ["尚无已排期的任务"]


def test_chinese_renders_without_missing_glyph_warnings() -> None:
    # pytest turns warnings into errors: a missing CJK glyph ("Glyph 35745 missing
    # from font DejaVu Sans") fails this draw, as it did before the fallback list.
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    fig = progress.build(_series(), ChartStyle(), _texts())
    FigureCanvasAgg(fig).draw()


def test_chart_builders_import_no_qt() -> None:
    import subprocess

    code = (
        "import sys, oa_desk.charts.progress as p, oa_desk.services.progress;"
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_plan_of_one_day_draws_without_a_singular_axis() -> None:
    # A single one-day task gave identical x limits (a warning, an error here).
    one = _series(days=(D0,), planned=(1.0,), baseline=None, status_date=D0, go_live=None)
    fig = progress.build(one, ChartStyle(), _texts())
    low, high = fig.axes[0].get_xlim()
    assert high - low >= 7
