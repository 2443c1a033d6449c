"""The Gantt chart widget: painting, date mapping, drags, keyboard, virtualisation."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QLocale, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollBar

from oa_desk.domain import colours
from oa_desk.domain.calendar import WorkCalendar
from oa_desk.domain.enums import DependencyType, Phase, TaskKind
from oa_desk.domain.health import Health
from oa_desk.gui.timeline.gantt import (
    NOMINAL_PX_PER_DAY,
    ChartLink,
    ChartRow,
    GanttChart,
    LinkIndex,
    ZoomLevel,
    level_for_scale,
)
from tests.gantt_data import synthetic_plan

D = dt.date
MONDAY = D(2025, 3, 3)
TODAY = D(2025, 3, 12)


def _rows() -> list[ChartRow]:
    return [
        ChartRow(1, "准备阶段", TaskKind.SUMMARY, Phase.PREPARE, MONDAY, D(2025, 3, 14), 30, 0),
        ChartRow(2, "需求调研", TaskKind.TASK, Phase.PREPARE, MONDAY, D(2025, 3, 7), 40, 1),
        ChartRow(
            3, "系统配置", TaskKind.TASK, Phase.PREPARE, D(2025, 3, 10), D(2025, 3, 14), 0, 1, True
        ),
        ChartRow(
            4, "试点上线", TaskKind.MILESTONE, Phase.IMPLEMENT, D(2025, 3, 17), D(2025, 3, 17), 0, 1
        ),
        ChartRow(5, "未排期任务", TaskKind.TASK, Phase.IMPLEMENT, None, None, 0, 1),
        ChartRow(
            6,
            "全员培训",
            TaskKind.TASK,
            Phase.IMPLEMENT,
            D(2025, 2, 24),
            D(2025, 2, 28),
            50,
            1,
            late=True,
            baseline_start=D(2025, 2, 17),
            baseline_finish=D(2025, 2, 21),
        ),
    ]


LINKS = [
    ChartLink(2, 3, DependencyType.FS, critical=True),
    ChartLink(3, 4, DependencyType.FS),
    ChartLink(6, 2, DependencyType.SS),
]


class Recorder:
    """Every signal the chart emits, in order."""

    def __init__(self, chart: GanttChart) -> None:
        self.events: list[tuple[Any, ...]] = []
        chart.move_requested.connect(lambda i, d: self.events.append(("move", i, d)))
        chart.resize_requested.connect(lambda i, d: self.events.append(("resize", i, d)))
        chart.link_requested.connect(lambda a, b: self.events.append(("link", a, b)))
        chart.task_clicked.connect(lambda i, m: self.events.append(("click", i)))
        chart.activated.connect(lambda i: self.events.append(("activated", i)))


@pytest.fixture
def chart(qtbot: Any) -> Iterator[GanttChart]:
    widget = GanttChart()
    qtbot.addWidget(widget)
    widget.resize(900, 400)
    widget.set_row_height(24)
    widget.set_header_height(40)
    widget.set_today(TODAY)
    widget.set_calendar(WorkCalendar("1111100"))
    widget.set_data(_rows(), LINKS)
    widget.set_zoom(ZoomLevel.DAYS)
    _show(qtbot, widget)
    widget.scroll_to_date(MONDAY - dt.timedelta(days=7))
    yield widget
    widget.close()


def _show(qtbot: Any, chart: GanttChart) -> None:
    """Show and wait for the first paint (offscreen, "exposed" can come before it)."""
    chart.show()
    qtbot.waitUntil(lambda: chart.renderer.stats.paints > 0)


def _bar_centre_y(chart: GanttChart, row: int) -> int:
    r = chart.renderer
    return chart.row_y(row) + r.bar_top + r.bar_height // 2


def _bar(chart: GanttChart, task_id: int) -> tuple[int, int]:
    ext = chart.bar_rect_x(task_id)
    assert ext is not None
    return ext


def _drag(qtbot: Any, chart: GanttChart, start: QPoint, end: QPoint, **kw: Any) -> None:
    vp = chart.viewport()
    mods = kw.get("modifier", Qt.KeyboardModifier.NoModifier)
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, mods, start)
    middle = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    qtbot.mouseMove(vp, middle)
    qtbot.mouseMove(vp, end)
    if kw.get("escape"):
        qtbot.keyClick(chart, Qt.Key.Key_Escape)
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, mods, end)


# -- painting ------------------------------------------------------------------------


def test_paints_bars_and_chinese_labels(chart: GanttChart) -> None:
    image = chart.viewport().grab().toImage()
    stats = chart.renderer.stats
    assert stats.bars_drawn == 5  # every scheduled row; the unscheduled one draws nothing
    assert stats.links_drawn == 3
    texts = {text for _x, _y, text in stats.labels}
    assert {"准备阶段", "需求调研", "系统配置", "试点上线", "全员培训"} <= texts
    # the label's pixels really are painted (text colour somewhere right of the bar)
    x, y, _ = next(label for label in stats.labels if label[2] == "需求调研")
    text = chart.palette().color(QPalette.ColorRole.Text)
    assert any(
        _close(image.pixelColor(px, py), text)
        for px in range(x, x + 60)
        for py in range(y - 14, y + 2)
    )
    # the bar's progress fill uses the phase colour
    x0, _ = _bar(chart, 2)
    y = _bar_centre_y(chart, 1)
    assert _close(image.pixelColor(x0 + 3, y), QColor(colours.PHASE[Phase.PREPARE]))


def _close(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    return (
        abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) <= tolerance
    )


def test_labels_keep_apart_from_the_links_at_months_zoom(chart: GanttChart) -> None:
    """A link turns down a few pixels after its bar's end: the bar's label (and the
    plate it is painted on) starts past that turn, so the arrow stays whole and the
    label readable."""
    from oa_desk.gui.timeline.gantt.links import STUB

    chart.set_zoom(ZoomLevel.MONTHS)
    chart.scroll_to_date(D(2025, 2, 1))
    image = chart.viewport().grab().toImage()
    labels = {text: (x, y) for x, y, text in chart.renderer.stats.labels}
    link = chart.renderer.style.link_brush.color()
    for pred, name in ((2, "需求调研"), (3, "系统配置")):  # FS links leave these bars' ends
        _x0, x1 = _bar(chart, pred)
        x, _y = labels[name]
        assert x - 2 > x1 + STUB, name  # the plate starts right of the arrow's turn
        turn_y = _bar_centre_y(chart, chart.renderer.row_of[pred]) + 5
        assert any(
            _close(image.pixelColor(px, turn_y), link, 60) for px in (x1 + STUB, x1 + STUB - 1)
        )


def test_dark_palette_is_followed(chart: GanttChart) -> None:
    palette = QPalette(chart.palette())
    palette.setColor(QPalette.ColorRole.Base, QColor("#202020"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    chart.setPalette(palette)
    image = chart.viewport().grab().toImage()
    # an empty spot of a working day below the rows
    x = chart.x_of(D(2025, 3, 4)) + 3
    y = chart.row_y(len(_rows())) + 30
    assert _close(image.pixelColor(x, y), QColor("#202020"), 30)


def test_selected_rows_are_highlighted(chart: GanttChart) -> None:
    x = chart.x_of(D(2025, 3, 25)) + 5  # a working day with no bar in rows 1 and 2
    before = chart.viewport().grab().toImage()
    chart.set_selected({3})
    after = chart.viewport().grab().toImage()
    y_selected, y_other = chart.row_y(2) + 2, chart.row_y(1) + 2
    assert before.pixelColor(x, y_selected) != after.pixelColor(x, y_selected)
    assert before.pixelColor(x, y_other) == after.pixelColor(x, y_other)


def test_time_scale_labels_follow_the_locale(chart: GanttChart) -> None:
    chart.set_zoom(ZoomLevel.MONTHS)
    chart.scroll_to_date(D(2025, 1, 1))
    chart.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    chart.viewport().grab()
    english = {text for _x, text in chart.renderer.stats.header}
    assert {"Mar", "Apr"} <= english
    chart.setLocale(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    chart.viewport().grab()
    chinese = {text for _x, text in chart.renderer.stats.header}
    assert {"3月", "4月"} <= chinese


@pytest.mark.parametrize(
    ("level", "expected"),
    [
        (ZoomLevel.DAYS, {"3", "4", "5"}),  # days of the month
        (ZoomLevel.WEEKS, {"W10", "W11"}),  # ISO weeks
        (ZoomLevel.QUARTERS, {"Q1", "Q2", "2025"}),  # quarters under years
    ],
)
def test_two_tier_header_per_zoom(chart: GanttChart, level: ZoomLevel, expected: set[str]) -> None:
    chart.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    chart.set_zoom(level)
    chart.scroll_to_date(D(2025, 2, 20) if level != ZoomLevel.QUARTERS else D(2024, 12, 1))
    chart.viewport().grab()
    assert expected <= {text for _x, text in chart.renderer.stats.header}


# -- dates and zoom ------------------------------------------------------------------


@pytest.mark.parametrize("level", list(ZoomLevel))
def test_x_and_date_map_both_ways(chart: GanttChart, level: ZoomLevel) -> None:
    chart.set_zoom(level)
    assert chart.zoom() == level
    ppd = NOMINAL_PX_PER_DAY[level]
    assert chart.px_per_day() == ppd
    chart.scroll_to_date(D(2025, 1, 1))
    one = dt.timedelta(days=1)
    for x in range(0, chart.viewport().width(), 37):
        day = chart.date_at(x)
        assert chart.x_of(day) <= x < chart.x_of(day + one)
    for offset in range(0, 120, 7):
        day = D(2025, 1, 1) + dt.timedelta(days=offset)
        x = chart.x_of(day)
        if not 0 <= x < chart.viewport().width():
            continue
        assert abs(chart.x_of(day + one) - x - ppd) < 1
        if ppd >= 1:  # a day is at least a pixel: the mapping is exact both ways
            assert chart.date_at(x) == day
            assert chart.date_at(x - 1) == day - one


def test_zoom_to_fit_shows_the_whole_plan(chart: GanttChart) -> None:
    first, last = D(2025, 2, 17), D(2025, 3, 17)  # including the late task's baseline
    chart.zoom_to_fit()
    width = chart.viewport().width()
    assert chart.x_of(first) >= 0 and chart.x_of(last + dt.timedelta(days=1)) <= width
    assert chart.zoom() == level_for_scale(chart.px_per_day())
    # a two-year plan needs a coarse scale and still fits
    rows, links = synthetic_plan(300, span_days=700)
    chart.set_data(rows, links)
    chart.zoom_to_fit()
    starts = [r.start for r in rows if r.start]
    finishes = [r.baseline_finish or r.finish for r in rows if r.finish]
    lo = min(min(starts), *(r.baseline_start for r in rows if r.baseline_start))
    hi = max(max(r.finish for r in rows if r.finish), *(f for f in finishes if f))
    assert chart.x_of(lo) >= 0
    assert chart.x_of(hi + dt.timedelta(days=1)) <= width
    assert chart.zoom() in (ZoomLevel.MONTHS, ZoomLevel.QUARTERS)


def test_level_for_scale_picks_the_finest_readable_header() -> None:
    assert level_for_scale(24) == ZoomLevel.DAYS
    assert level_for_scale(6) == ZoomLevel.WEEKS
    assert level_for_scale(2) == ZoomLevel.MONTHS
    assert level_for_scale(0.3) == ZoomLevel.QUARTERS


def test_plus_and_minus_keys_zoom(chart: GanttChart, qtbot: Any) -> None:
    seen: list[str] = []
    chart.zoom_changed.connect(seen.append)
    chart.set_zoom(ZoomLevel.WEEKS)
    qtbot.keyClick(chart, Qt.Key.Key_Minus)
    assert chart.zoom() == ZoomLevel.MONTHS
    qtbot.keyClick(chart, Qt.Key.Key_Plus)
    qtbot.keyClick(chart, Qt.Key.Key_Plus)
    assert chart.zoom() == ZoomLevel.DAYS
    assert seen == ["weeks", "months", "weeks", "days"]


def test_arrow_keys_scroll(chart: GanttChart, qtbot: Any) -> None:
    bar = chart.horizontalScrollBar()
    before = bar.value()
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert bar.value() > before
    chart.set_data(synthetic_plan(500)[0], [])
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    assert chart.vertical_offset() == chart.row_height()
    qtbot.keyClick(chart, Qt.Key.Key_Up)
    assert chart.vertical_offset() == 0


def test_wheel_moves_the_trees_scrollbar(chart: GanttChart) -> None:
    tree_bar = QScrollBar(Qt.Orientation.Vertical)
    tree_bar.setRange(0, 10_000)
    tree_bar.setSingleStep(24)
    tree_bar.valueChanged.connect(chart.set_vertical_offset)
    chart.set_vertical_scrollbar(tree_bar)
    pos = QPointF(100, 100)
    wheel = QWheelEvent(
        pos,
        chart.viewport().mapToGlobal(pos),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(chart.viewport(), wheel)
    assert tree_bar.value() == 24 * QApplication.wheelScrollLines()
    assert chart.vertical_offset() == tree_bar.value()


def test_scroll_to_date_puts_the_date_in_view(chart: GanttChart) -> None:
    far = D(2026, 6, 1)  # outside the plan: the range grows to include it
    chart.scroll_to_date(far)
    assert 0 <= chart.x_of(far) < chart.viewport().width()


# -- gestures ------------------------------------------------------------------------


def test_drag_bar_emits_one_move_snapped_to_a_working_day(chart: GanttChart, qtbot: Any) -> None:
    seen = Recorder(chart)
    x0, _ = _bar(chart, 2)
    y = _bar_centre_y(chart, 1)
    ppd = chart.px_per_day()
    # five days later is a Saturday: the start goes on to Monday
    _drag(qtbot, chart, QPoint(x0 + 30, y), QPoint(x0 + 30 + round(5 * ppd), y))
    assert seen.events == [("move", 2, D(2025, 3, 10))]


def test_drag_against_the_edge_scrolls_and_keeps_counting(chart: GanttChart, qtbot: Any) -> None:
    seen = Recorder(chart)
    vp = chart.viewport()
    bar = chart.horizontalScrollBar()
    x0, _ = _bar(chart, 2)
    y = _bar_centre_y(chart, 1)
    qtbot.mousePress(
        vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x0 + 5, y)
    )
    qtbot.mouseMove(vp, QPoint(x0 + 40, y))
    edge = QPoint(vp.width() - 3, y)
    qtbot.mouseMove(vp, edge)
    before = bar.value()  # nothing scrolls until the auto-scroll timer runs
    qtbot.waitUntil(lambda: bar.value() >= before + 200)
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, edge)
    # the dragged distance includes what was scrolled under the pointer
    moved_days = (edge.x() + bar.value() - (x0 + 5 + before)) / chart.px_per_day()
    assert len(seen.events) == 1 and seen.events[0][:2] == ("move", 2)
    new_start = seen.events[0][2]
    assert new_start.weekday() < 5
    scrolled_days = (bar.value() - before) / chart.px_per_day()
    assert (new_start - MONDAY).days >= scrolled_days
    assert abs((new_start - MONDAY).days - moved_days) <= 3  # snapping skips weekends


def test_drag_preview_is_drawn_until_release(chart: GanttChart, qtbot: Any) -> None:
    vp = chart.viewport()
    x0, _ = _bar(chart, 2)
    y = _bar_centre_y(chart, 1)
    qtbot.mousePress(
        vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x0 + 30, y)
    )
    qtbot.mouseMove(vp, QPoint(x0 + 30 + 48, y))
    assert chart.is_dragging()
    assert chart.cursor_shape() == Qt.CursorShape.ClosedHandCursor
    qtbot.mouseRelease(
        vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x0 + 78, y)
    )
    assert not chart.is_dragging()


def test_drag_right_end_emits_one_resize(chart: GanttChart, qtbot: Any) -> None:
    seen = Recorder(chart)
    _, x1 = _bar(chart, 2)
    y = _bar_centre_y(chart, 1)
    ppd = chart.px_per_day()
    _drag(qtbot, chart, QPoint(x1 - 2, y), QPoint(x1 - 2 + round(4 * ppd), y))
    assert seen.events == [("resize", 2, D(2025, 3, 11))]


def test_resize_onto_a_weekend_snaps_back_to_friday(chart: GanttChart, qtbot: Any) -> None:
    seen = Recorder(chart)
    _, x1 = _bar(chart, 2)
    y = _bar_centre_y(chart, 1)
    # Friday + 2 days = Sunday -> back to Friday: nothing changed, no signal
    _drag(qtbot, chart, QPoint(x1 - 2, y), QPoint(x1 - 2 + round(2 * chart.px_per_day()), y))
    assert seen.events == []


def test_drag_from_link_handle_onto_another_bar_emits_one_link(
    chart: GanttChart, qtbot: Any
) -> None:
    seen = Recorder(chart)
    _, x1 = _bar(chart, 2)
    y = _bar_centre_y(chart, 1)
    target_x0, _ = _bar(chart, 6)
    _drag(qtbot, chart, QPoint(x1 + 8, y), QPoint(target_x0 + 10, _bar_centre_y(chart, 5)))
    assert seen.events == [("link", 2, 6)]


def test_ctrl_drag_from_a_bar_body_links(chart: GanttChart, qtbot: Any) -> None:
    seen = Recorder(chart)
    x0, _ = _bar(chart, 3)
    m0, m1 = _bar(chart, 4)
    _drag(
        qtbot,
        chart,
        QPoint(x0 + 10, _bar_centre_y(chart, 2)),
        QPoint((m0 + m1) // 2, _bar_centre_y(chart, 3)),
        modifier=Qt.KeyboardModifier.ControlModifier,
    )
    assert seen.events == [("link", 3, 4)]


def test_link_dropped_on_empty_space_or_itself_does_nothing(chart: GanttChart, qtbot: Any) -> None:
    seen = Recorder(chart)
    x0, x1 = _bar(chart, 2)
    y = _bar_centre_y(chart, 1)
    _drag(qtbot, chart, QPoint(x1 + 8, y), QPoint(x1 + 300, y))
    _drag(qtbot, chart, QPoint(x1 + 8, y), QPoint(x0 + 5, y))
    assert seen.events == []


def test_escape_cancels_a_drag(chart: GanttChart, qtbot: Any) -> None:
    seen = Recorder(chart)
    x0, _ = _bar(chart, 2)
    y = _bar_centre_y(chart, 1)
    _drag(qtbot, chart, QPoint(x0 + 30, y), QPoint(x0 + 150, y), escape=True)
    assert seen.events == []
    assert not chart.is_dragging()


def test_summary_bars_are_not_dragged(chart: GanttChart, qtbot: Any) -> None:
    seen = Recorder(chart)
    x0, _ = _bar(chart, 1)
    y = _bar_centre_y(chart, 0)
    _drag(qtbot, chart, QPoint(x0 + 30, y), QPoint(x0 + 150, y))
    assert seen.events == [("click", 1)]  # a press and release in the row: a click


def test_click_selects_and_double_click_activates(chart: GanttChart, qtbot: Any) -> None:
    seen = Recorder(chart)
    vp = chart.viewport()
    x = chart.x_of(D(2025, 4, 1))  # anywhere in the row, even off the bar
    qtbot.mouseClick(
        vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, chart.row_y(2) + 5)
    )
    assert seen.events == [("click", 3)]
    qtbot.mouseDClick(
        vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, chart.row_y(4) + 5)
    )
    assert ("activated", 5) in seen.events
    assert not [e for e in seen.events if e[0] in ("move", "resize", "link")]


def test_clicks_carry_the_modifiers(chart: GanttChart, qtbot: Any) -> None:
    got: list[tuple[int, Any]] = []
    chart.task_clicked.connect(lambda i, m: got.append((i, m)))
    x = chart.x_of(D(2025, 4, 1))
    qtbot.mouseClick(
        chart.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ShiftModifier,
        QPoint(x, chart.row_y(1) + 5),
    )
    assert got == [(2, Qt.KeyboardModifier.ShiftModifier)]


def test_cursor_shape_per_hover_zone(chart: GanttChart, qtbot: Any) -> None:
    vp = chart.viewport()
    x0, x1 = _bar(chart, 2)
    y = _bar_centre_y(chart, 1)
    qtbot.mouseMove(vp, QPoint(x0 + 20, y))
    assert chart.cursor_shape() == Qt.CursorShape.OpenHandCursor
    qtbot.mouseMove(vp, QPoint(x1 - 1, y))
    assert chart.cursor_shape() == Qt.CursorShape.SizeHorCursor
    qtbot.mouseMove(vp, QPoint(x1 + 8, y))
    assert chart.cursor_shape() == Qt.CursorShape.CrossCursor
    s0, _ = _bar(chart, 1)
    qtbot.mouseMove(vp, QPoint(s0 + 20, _bar_centre_y(chart, 0)))
    assert chart.cursor_shape() == Qt.CursorShape.ArrowCursor  # summary: not draggable


def test_tooltip_text_has_name_dates_duration_and_progress(chart: GanttChart) -> None:
    chart.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    text = chart.tooltip_text(1)
    assert "需求调研" in text
    assert "Duration: 5 working days" in text
    assert "Progress: 40%" in text
    assert "2025-03-03" in text and "2025-03-07" in text  # one date format everywhere
    assert "Late" in chart.tooltip_text(5)
    assert "Not scheduled" in chart.tooltip_text(4)


def test_status_colours_follow_the_one_health_rule(chart: GanttChart) -> None:
    # The rule itself is tested in tests/unit/test_health.py; here: the chart asks it,
    # as of its today (the status date) and on its calendar.
    r = chart.renderer
    rows = _rows()
    assert r.status(rows[5]) == Health.RED  # finished 28 Feb, half done: overdue
    # 3..21 March, 12 March the status date: 7 of 15 working days gone (46 % expected)
    behind = ChartRow(9, "x", TaskKind.TASK, Phase.PREPARE, MONDAY, D(2025, 3, 21), 20, 1)
    assert r.status(behind) == Health.AMBER
    far_behind = ChartRow(9, "x", TaskKind.TASK, Phase.PREPARE, MONDAY, D(2025, 3, 21), 0, 1)
    assert r.status(far_behind) == Health.RED
    on_track = ChartRow(9, "x", TaskKind.TASK, Phase.PREPARE, MONDAY, D(2025, 3, 21), 60, 1)
    assert r.status(on_track) == Health.GREEN
    done = ChartRow(9, "x", TaskKind.TASK, Phase.PREPARE, MONDAY, D(2025, 3, 7), 100, 1)
    assert r.status(done) == Health.DONE
    future = ChartRow(9, "x", TaskKind.TASK, Phase.PREPARE, D(2025, 4, 1), D(2025, 4, 30), 0, 1)
    assert r.status(future) == Health.GREEN
    slipped = ChartRow(
        9,
        "x",
        TaskKind.TASK,
        Phase.PREPARE,
        D(2025, 4, 1),
        D(2025, 4, 30),
        0,
        1,
        baseline_start=D(2025, 4, 1),
        baseline_finish=D(2025, 4, 25),
    )
    assert r.status(slipped) == Health.AMBER
    # six working days away: green; a holiday on Friday the 14th brings it within five
    milestone = ChartRow(9, "m", TaskKind.MILESTONE, Phase.PREPARE, D(2025, 3, 19), None, 0, 1)
    assert r.status(milestone) == Health.GREEN
    chart.set_calendar(WorkCalendar(exceptions={D(2025, 3, 14): False}))
    assert r.status(milestone) == Health.AMBER
    chart.set_today(D(2025, 3, 20))
    assert r.status(milestone) == Health.RED
    with pytest.raises(ValueError, match="colour mode"):
        chart.set_colour_mode("rainbow")


def test_status_mode_paints_rag_colours_with_a_second_signal(chart: GanttChart) -> None:
    rows = [
        ChartRow(1, "done", TaskKind.TASK, Phase.PREPARE, MONDAY, D(2025, 3, 7), 100, 0),
        ChartRow(2, "late", TaskKind.TASK, Phase.PREPARE, MONDAY, D(2025, 3, 7), 0, 0, late=True),
        ChartRow(3, "behind", TaskKind.TASK, Phase.PREPARE, MONDAY, D(2025, 3, 21), 20, 0),
    ]
    chart.set_data(rows, [])
    chart.set_colour_mode("status")
    image = chart.viewport().grab().toImage()

    def pixels(task_id: int) -> list[QColor]:
        x0, x1 = _bar(chart, task_id)
        y = _bar_centre_y(chart, task_id - 1)
        return [image.pixelColor(x, y) for x in range(x0 + 2, x1 - 2)]

    green, red = QColor(colours.RAG["green"]), QColor(colours.RAG["red"])
    assert all(_close(c, green) for c in pixels(1))  # done: solid green
    late = pixels(2)
    assert any(_close(c, red, 60) for c in late) or any(c.red() > c.green() + 40 for c in late)
    assert len({c.rgb() for c in late}) > 1  # hatched, not a flat colour
    # amber: the outline is dashed, so the top edge alternates amber and background
    x0, x1 = _bar(chart, 3)
    top = chart.row_y(2) + chart.renderer.bar_top
    edge = [image.pixelColor(x, top) for x in range(x0 + 2, x1 - 2)]
    amber = QColor(colours.RAG["amber"])
    assert any(_close(c, amber) for c in edge) and not all(_close(c, amber) for c in edge)


def test_update_rows_changes_dates_in_place(chart: GanttChart) -> None:
    moved = ChartRow(
        2, "需求调研", TaskKind.TASK, Phase.PREPARE, D(2025, 3, 10), D(2025, 3, 14), 40, 1
    )
    chart.update_rows([moved])
    assert chart.rows()[1] is moved
    assert _bar(chart, 2)[0] == chart.x_of(D(2025, 3, 10))


# -- only what is visible is painted ------------------------------------------------


class CountingRows(list[ChartRow]):
    """A row list that counts item reads, to prove paints do not walk every row."""

    reads = 0

    def __getitem__(self, index: Any) -> Any:
        CountingRows.reads += 1
        return super().__getitem__(index)

    def __iter__(self) -> Iterator[ChartRow]:
        raise AssertionError("a paint iterated over all rows")


def test_only_visible_rows_and_nearby_links_are_painted(qtbot: Any) -> None:
    chart = GanttChart()
    qtbot.addWidget(chart)
    chart.resize(1200, 700)
    rows, links = synthetic_plan(100_000, links_per_task=1.5)
    chart.set_data(rows, links)
    chart.set_zoom(ZoomLevel.DAYS)
    _show(qtbot, chart)
    middle = 50_000
    chart.set_vertical_offset(middle * chart.row_height())
    start = rows[middle].start
    assert start is not None
    chart.scroll_to_date(start)
    counting = CountingRows(chart.renderer.rows)
    chart.renderer.rows = counting
    CountingRows.reads = 0
    chart.viewport().repaint()
    stats = chart.renderer.stats
    visible = (chart.viewport().height() - chart.header_height()) // chart.row_height() + 1
    assert 0 < stats.rows_visited <= visible
    assert stats.bars_drawn > 0
    assert stats.links_drawn > 0
    assert stats.links_considered < 1_000  # of 150,000
    assert CountingRows.reads <= stats.rows_visited + 2 * stats.links_considered
    labels = {text for _x, _y, text in stats.labels}
    assert rows[middle].name in labels and rows[middle + 5].name in labels


def test_link_index_matches_a_full_scan() -> None:
    rnd = random.Random(7)
    n = 5_000
    row_of = {i + 1: i for i in range(n)}
    links = []
    for _ in range(8_000):
        a = rnd.randrange(n)
        step = rnd.randint(1, 3_000) if rnd.random() < 0.1 else rnd.randint(-20, 20)
        b = max(0, min(n - 1, a + step))
        links.append(ChartLink(a + 1, b + 1, DependencyType.FS))
    index = LinkIndex(links, row_of)
    for _ in range(200):
        r0 = rnd.randrange(n)
        r1 = min(n - 1, r0 + rnd.randint(0, 60))
        found = sorted((e[2], e[3]) for e in index.query(r0, r1))
        expected = sorted(
            (row_of[link.pred], row_of[link.succ])
            for link in links
            if link.pred != link.succ
            and min(row_of[link.pred], row_of[link.succ]) <= r1
            and max(row_of[link.pred], row_of[link.succ]) >= r0
        )
        assert found == expected


def test_links_to_hidden_rows_are_skipped() -> None:
    index = LinkIndex([ChartLink(1, 99, DependencyType.FS)], {1: 0, 2: 1})
    assert index.count == 0


def test_the_calendar_drives_shading_and_snapping(chart: GanttChart, qtbot: Any) -> None:
    # a holiday on Monday 10 March, and Saturday 15 March a make-up working day
    chart.set_calendar(WorkCalendar(exceptions={D(2025, 3, 10): False, D(2025, 3, 15): True}))
    image = chart.viewport().grab().toImage()
    y = chart.row_y(len(_rows())) + 30  # below the rows: only the background and shading

    def colour(day: dt.date) -> QColor:
        return image.pixelColor(chart.x_of(day) + 3, y)

    working = colour(D(2025, 3, 11))
    assert colour(D(2025, 3, 10)) != working  # the holiday is shaded
    assert colour(D(2025, 3, 16)) != working  # so is the Sunday
    assert colour(D(2025, 3, 15)) == working  # not the make-up Saturday
    seen = Recorder(chart)
    x0, _ = _bar(chart, 2)
    y = _bar_centre_y(chart, 1)
    _drag(qtbot, chart, QPoint(x0 + 30, y), QPoint(x0 + 30 + round(5 * chart.px_per_day()), y))
    assert seen.events == [("move", 2, D(2025, 3, 11))]  # Sat -> Mon is a holiday -> Tue
    assert chart.calendar().is_working_ordinal(D(2025, 3, 15).toordinal())


def test_renderer_paints_into_an_image(chart: GanttChart) -> None:
    image = QImage(600, 300, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    chart.renderer.paint(painter, 600, 300, chart.horizontalScrollBar().value(), 0)
    painter.end()
    assert chart.renderer.stats.bars_drawn >= 4


def test_leave_clears_the_hover_handle(chart: GanttChart, qtbot: Any) -> None:
    vp = chart.viewport()
    x0, x1 = _bar(chart, 2)
    y = _bar_centre_y(chart, 1)
    # the link handle is a small circle right of the bar's end
    area = (x1 + 2, y - 7, 14, 14)
    before = vp.grab().toImage().copy(*area)
    qtbot.mouseMove(vp, QPoint(x0 + 10, y))
    hovered = vp.grab().toImage().copy(*area)
    assert hovered != before  # the handle shows while the bar is hovered
    QApplication.sendEvent(vp, QEvent(QEvent.Type.Leave))
    left = vp.grab().toImage().copy(*area)
    assert left == before  # and is gone once the pointer left the chart
