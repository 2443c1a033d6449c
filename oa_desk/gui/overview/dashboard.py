"""The Overview's dashboard: schedule health, training by tier, support, top risks, KPI
progress and the adoption curve per department, and the PDF status report.

The page's own numbers paint first. Then the dashboard reads each chart's figures
(``services.dashboard_data``) on a worker thread (:mod:`.background`), one chart
after another, and as each answer comes back hands a builder to its
:class:`FigureView`, which draws once it is painted; so the window never waits for
a large plan's figures, and a change re-reads only the charts whose tables it
touched. Every read carries a ticket: a change (or another plan) moves the chart's
ticket on, and an answer read before it is dropped.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtGui import QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.icons import icon
from oa_desk.gui.overview import report_words
from oa_desk.gui.overview.background import BackgroundReads
from oa_desk.gui.widgets.figure_view import FigureView

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from oa_desk.charts.dashboard import DashboardTexts
    from oa_desk.charts.status_report import ReportTexts
    from oa_desk.charts.style import ChartStyle
    from oa_desk.gui.features import Shell
    from oa_desk.store.planfile import PlanStore

__all__ = ["CHART_NAMES", "DASHBOARD_KINDS", "DashboardCharts"]

FIRST_READ_DELAY_MS = 60  # after the dashboard first painted: the page's numbers are up
# Not painted yet (a slow start, or scrolled out of view): the window paints first,
# before the worker imports the services and competes for the interpreter.
UNPAINTED_READ_DELAY_MS = 1000
log = logging.getLogger(__name__)
CHART_NAMES = ("schedule", "tiers", "support", "risks", "kpis", "adoption")

# Which changes make a chart read its figures again.
DASHBOARD_KINDS: dict[str, frozenset[ChangeKind]] = {
    "schedule": frozenset(
        {
            ChangeKind.TASK,
            ChangeKind.DEPENDENCY,
            ChangeKind.BASELINE,
            ChangeKind.CALENDAR,
            ChangeKind.CALENDAR_EXCEPTION,
            ChangeKind.PLAN,
        }
    ),
    "tiers": frozenset(
        {
            ChangeKind.PERSON,
            ChangeKind.DEPARTMENT,
            ChangeKind.COURSE,
            ChangeKind.TRAINING_SESSION,
            ChangeKind.ENROLLMENT,
        }
    ),
    "support": frozenset(
        {ChangeKind.TICKET, ChangeKind.TICKET_EVENT, ChangeKind.CALENDAR, ChangeKind.PLAN}
    ),
    "risks": frozenset({ChangeKind.RISK, ChangeKind.PLAN}),
    "kpis": frozenset({ChangeKind.GOAL, ChangeKind.KPI_MEASUREMENT, ChangeKind.PLAN}),
    "adoption": frozenset(
        {
            ChangeKind.ADOPTION_SNAPSHOT,
            ChangeKind.DEPARTMENT,
            ChangeKind.WAVE,
            ChangeKind.GOAL,
        }
    ),
}
ALL_KINDS = frozenset().union(*DASHBOARD_KINDS.values())


def _reader(name: str) -> Callable[[PlanStore, dt.date], Any]:
    """The service function that reads one chart's figures (imported on first use)."""
    from oa_desk.services import dashboard_data as data

    readers: dict[str, Callable[[PlanStore, dt.date], Any]] = {
        "schedule": data.schedule_health,
        "tiers": lambda store, _as_of: data.tier_coverage(store),
        "support": data.support_figures,
        "risks": lambda store, _as_of: data.risk_bars(store),
        "kpis": lambda store, _as_of: data.kpi_bars(store),
        "adoption": lambda store, _as_of: data.adoption_curves(store),
    }
    return readers[name]


def _read(name: str, store: PlanStore, as_of: dt.date) -> Any:
    return _reader(name)(store, as_of)


class DashboardCharts(QGroupBox):
    """The dashboard's charts, two to a row, and the Export Status Report button."""

    loaded = Signal(str)  # a chart's figures were read (its name)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardGroup")
        self._doc: PlanDocument | None = None
        self._as_of = dt.date.today()
        self._shell: Shell | None = None
        self._pending: list[str] = []
        self._tickets = dict.fromkeys(CHART_NAMES, 0)  # moved on by every change
        self._reads = BackgroundReads()
        self._reads.done.finished.connect(self._read_done)
        self._painted = False  # the reads wait for the first paint (see _start)
        self.dropped = 0  # answers read before a change, thrown away (tests)
        self.figures: dict[str, Any] = {}
        self.load_ms: dict[str, float] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._load_pending)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("dashboardSummary")
        self.summary.setWordWrap(True)
        top.addWidget(self.summary, 1)
        self.export_button = QPushButton(icon("file-pdf"), "")
        self.export_button.setObjectName("exportReportButton")
        self.export_button.clicked.connect(lambda _c=False: self.export_dialog())
        self.export_button.setEnabled(False)  # until a plan is open
        top.addWidget(self.export_button)
        layout.addLayout(top)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        self.views: dict[str, FigureView] = {}
        for i, name in enumerate(CHART_NAMES):
            view = FigureView(self)
            view.setObjectName(f"{name}Chart")
            view.setMinimumHeight(240)
            grid.addWidget(view, i // 2, i % 2)
            self.views[name] = view
        layout.addLayout(grid)
        self._retranslate()

    def set_shell(self, shell: Shell) -> None:
        self._shell = shell

    # -- data -------------------------------------------------------------------------

    def set_document(self, doc: PlanDocument | None, as_of: dt.date) -> None:
        if doc is not self._doc and self._reads.busy():
            self._reads.drop_all()  # the old plan's store may close right after this
        for name in CHART_NAMES:
            self._tickets[name] += 1
        self._doc = doc
        self._as_of = as_of
        self.figures.clear()
        self.export_button.setEnabled(doc is not None)
        for view in self.views.values():
            view.set_builder(None)
        self._pending = list(CHART_NAMES) if doc is not None else []
        self._show_summary()
        self._start()

    def set_as_of(self, as_of: dt.date) -> None:
        """The status date moved: every "as of" figure is read again."""
        if as_of != self._as_of and self._doc is not None:
            self._as_of = as_of
            self._stale(("schedule", "support"))

    def on_changed(self, changes: Changes) -> None:
        if self._doc is None:
            return
        self._stale(name for name, kinds in DASHBOARD_KINDS.items() if changes.touches(*kinds))

    def _stale(self, names: Any) -> None:
        for name in names:
            self._tickets[name] += 1  # an answer on its way is now out of date
            if name not in self._pending:
                self._pending.append(name)
        self._start()

    def _start(self) -> None:
        """Read the pending figures a moment from now: after the page's numbers painted."""
        if self._pending and not self._timer.isActive():
            self._timer.start(FIRST_READ_DELAY_MS if self._painted else UNPAINTED_READ_DELAY_MS)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            if self._timer.isActive():  # waiting for this paint: read soon now
                self._timer.start(FIRST_READ_DELAY_MS)

    def load_all(self, timeout_s: float = 60.0) -> None:
        """Read every pending chart's figures and wait for them (tests and the benchmark)."""
        import time

        self._timer.stop()
        deadline = time.monotonic() + timeout_s
        self._load_pending()
        while self._reads.busy() and time.monotonic() < deadline:
            self._reads.pool.waitForDone(50)
            QCoreApplication.processEvents()  # the answers arrive as queued signals
        QCoreApplication.processEvents()

    def _load_pending(self) -> None:
        """Hand every pending chart's read to the worker, in order; they answer one by one."""
        doc = self._doc
        if doc is None or not self._pending:
            return
        if not self.isVisible():
            return  # a hidden dashboard reads when shown (showEvent)
        store, as_of = doc.store, self._as_of
        for name in self._pending:  # the services are imported on the worker, too
            self._reads.submit(
                name, self._tickets[name], functools.partial(_read, name, store, as_of)
            )
        self._pending.clear()

    def _read_done(
        self, name: str, ticket: int, figures: Any, error: BaseException | None, ms: float
    ) -> None:
        """One chart's answer, on the GUI thread: shown unless a change came since."""
        if self._doc is None or ticket != self._tickets.get(name):
            self.dropped += 1  # read before a change: its re-read is queued already
            return
        if error is not None:  # a plan the read fails on: say so, keep the rest
            log.warning("reading the %s chart failed: %s", name, error)
            self.views[name].set_builder(None)
            self.summary.setText(
                self.tr("Some charts could not be read: {reason}").format(reason=error)
            )
            return
        self.load_ms[name] = ms
        self.figures[name] = figures
        self._set_builder(name)
        if name == "schedule" or name == "support":
            self._show_summary()
        self.loaded.emit(name)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._start()

    def _set_builder(self, name: str) -> None:
        if name not in self.figures:
            return
        figures, texts = self.figures[name], self.chart_texts()

        def build(style: ChartStyle) -> Figure:
            from oa_desk.charts import dashboard

            return dict(dashboard.CHARTS)[name](figures, style, texts)

        self.views[name].set_builder(build)

    def _show_summary(self) -> None:
        """The numbers in words, before (and besides) the charts."""
        parts = []
        schedule = self.figures.get("schedule")
        if schedule is not None:
            parts.append(self.tr("%n task(s) late", "", schedule.late))
            parts.append(self.tr("%n critical task(s) slipping", "", schedule.critical_slipping))
        support = self.figures.get("support")
        if support is not None:
            parts.append(self.tr("%n open ticket(s)", "", support.open))
            parts.append(self.tr("%n past SLA", "", support.breached))
        self.summary.setText(" · ".join(parts))

    # -- words ------------------------------------------------------------------------

    def chart_texts(self) -> DashboardTexts:
        return report_words.chart_texts()

    def report_texts(self) -> ReportTexts:
        return report_words.report_texts()

    def report_captions(self, ov: Any) -> list[tuple[str, str]]:
        return report_words.report_captions(ov)

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Dashboard"))
        self.export_button.setText(self.tr("Export Status Report (PDF)…"))
        self.export_button.setToolTip(
            self.tr("Write the dashboard as an A4 PDF status report to send to the steering group")
        )
        for name in self.figures:
            self._set_builder(name)
        self._show_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- the PDF status report ----------------------------------------------------------

    def export_pdf(self, path: Path) -> int:
        """Write the status report to ``path`` (on the window's job runner when there is
        one); returns the pages written, 0 when it failed or was cancelled."""
        from oa_desk.services.status_report import write_status_report

        doc = self._doc
        if doc is None:
            return 0
        store, texts, as_of = doc.store, self.report_texts(), self._as_of

        def work(_job: object) -> int:
            return write_status_report(
                store, path, texts, captions=self.report_captions, today=as_of
            )

        if self._shell is None:
            return work(None)
        outcome = self._shell.jobs.run(
            self.tr("Exporting {name}").format(name=path.name),
            work,
            self,
            cancellable=False,
            reads_only=True,
        )
        if outcome.error is not None:
            self._shell.show_error(outcome.error)
            return 0
        pages = outcome.value or 0
        if pages:
            self._shell.show_status(
                self.tr("Saved {path} ({pages} pages)").format(path=path, pages=pages)
            )
        return pages

    def export_dialog(self) -> None:
        if self._doc is None:
            return
        where = getattr(self._doc.store, "path", None)
        stem = Path(where).stem if where else "status"
        suggestion = Path.home() / f"{stem}-{self._as_of.isoformat()}.pdf"
        filename, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export Status Report"),
            str(suggestion),
            self.tr("PDF files (*.pdf)"),
        )
        if not filename:
            return
        path = Path(filename)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.export_pdf(path)
