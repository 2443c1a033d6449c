"""The Support page's charts: opened vs closed per day, the backlog, SLA attainment
by priority, tickets by type and by department, the questions asked most, satisfaction
by round. The figures are read once when the panel is first shown (or after a change
it cares about) and each chart is drawn by its FigureView when it is on screen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGridLayout, QScrollArea, QWidget

from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.widgets.figure_view import FigureView

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from oa_desk.charts.style import ChartStyle
    from oa_desk.charts.support import SupportTexts
    from oa_desk.domain.support import SlaCache
    from oa_desk.domain.support_figures import SupportFigures

__all__ = ["SHOWS", "SupportCharts"]

SHOWS = frozenset(
    {
        ChangeKind.TICKET,
        ChangeKind.TICKET_EVENT,
        ChangeKind.KB_ARTICLE,
        ChangeKind.KB_ARTICLE_TICKET,
        ChangeKind.FEEDBACK_ROUND,
        ChangeKind.DEPARTMENT,
        ChangeKind.CALENDAR,
        ChangeKind.PLAN,
    }
)
translate = QCoreApplication.translate


def support_texts() -> SupportTexts:
    from oa_desk.charts.support import SupportTexts
    from oa_desk.domain.enums import TicketType
    from oa_desk.exchange.labels import enum_label

    language = "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"
    return SupportTexts(
        flow=translate("SupportCharts", "Tickets opened and closed per day"),
        opened=translate("SupportCharts", "Opened"),
        closed=translate("SupportCharts", "Closed"),
        backlog=translate("SupportCharts", "Backlog"),
        sla=translate("SupportCharts", "Resolution SLA by priority"),
        met=translate("SupportCharts", "Met"),
        missed=translate("SupportCharts", "Missed"),
        open_breached=translate("SupportCharts", "Open, breached"),
        open_ok=translate("SupportCharts", "Open, in time"),
        share_met=translate("SupportCharts", "{value:.0f}% met"),
        by_type=translate("SupportCharts", "Tickets by type"),
        by_department=translate("SupportCharts", "Tickets by department"),
        no_department=translate("SupportCharts", "(no department)"),
        top_questions=translate("SupportCharts", "Questions asked most (linked tickets)"),
        satisfaction=translate("SupportCharts", "Satisfaction by round"),
        empty=translate("SupportCharts", "Nothing to show yet"),
        labels={c.value: enum_label(TicketType, c.value, language) for c in TicketType},
    )


class SupportCharts(QWidget):
    """Seven FigureViews in a scrolling grid, drawn lazily."""

    def __init__(
        self, parent: QWidget | None = None, *, now: Callable[[], dt.datetime] | None = None
    ) -> None:
        super().__init__(parent)
        self._doc: PlanDocument | None = None
        self._now = now or (lambda: dt.datetime.now(dt.UTC))
        self._stale = True
        self._figures: SupportFigures | None = None
        self._cache: SlaCache | None = None  # finished tickets' SLA, on this calendar
        outer = QGridLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        inner = QWidget(scroll)
        grid = QGridLayout(inner)
        self.views = [FigureView(inner) for _ in range(7)]
        for i, view in enumerate(self.views):
            view.setMinimumHeight(260)
            grid.addWidget(view, i // 2, i % 2)
        scroll.setWidget(inner)
        outer.addWidget(scroll)

    def set_document(self, doc: PlanDocument | None) -> None:
        self._doc = doc
        self._stale = True
        self._figures = None
        self._cache = None
        if doc is None:
            for view in self.views:
                view.set_builder(None)
        elif self.isVisible():
            self.refresh()

    def on_changed(self, changes: Changes) -> None:
        if changes.touches(ChangeKind.CALENDAR, ChangeKind.PLAN):
            self._cache = None  # due times move with the calendar
        if changes.touches(*SHOWS):
            self._stale = True
            if self.isVisible():
                self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self._doc is not None:
            self.refresh()

    def figures(self) -> SupportFigures | None:
        return self._figures

    def refresh(self) -> None:
        """Read the figures again and give every view its builder (drawn when shown)."""
        from oa_desk.charts import support as charts
        from oa_desk.services.support_stats import sla_cache, support_figures

        if self._doc is None:
            return
        self._stale = False
        if self._cache is None:
            self._cache = sla_cache(self._doc.store)
        data = self._figures = support_figures(self._doc.store, now=self._now(), cache=self._cache)
        texts = support_texts()
        builders: list[Callable[[ChartStyle], Figure]] = [
            lambda s: charts.build_flow(data.flow, s, texts),
            lambda s: charts.build_backlog(data.flow, s, texts),
            lambda s: charts.build_sla(data.sla, s, texts),
            lambda s: charts.build_by_type(data.by_type, s, texts),
            lambda s: charts.build_by_department(data.by_department, s, texts),
            lambda s: charts.build_top_questions(data.top_questions, s, texts),
            lambda s: charts.build_satisfaction(data.rounds, s, texts),
        ]
        for view, builder in zip(self.views, builders, strict=True):
            view.set_builder(builder)
