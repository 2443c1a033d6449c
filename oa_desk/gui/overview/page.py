"""The Overview page: the plan's description (editable, undoable), its key figures, the
next milestones, the waves and the progress chart (drawn after the figures show).

Everything "as of" is as of the plan's status date (set here or on the Timeline's
toolbar; not set, today): the days to go-live, which milestones are overdue and
the progress chart's status line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.gui.dialogs import optional_date, set_optional_date, setup_optional_date
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.forms.ui_overview_page import Ui_OverviewPage
from oa_desk.gui.overview import operations
from oa_desk.gui.overview.dashboard import DashboardCharts
from oa_desk.gui.overview.model import MilestoneCol, MilestonesModel, WaveCol, WavesModel
from oa_desk.gui.roles import gate_fields
from oa_desk.gui.widgets.figure_view import FigureView
from oa_desk.services import plan as plan_service
from oa_desk.services.plan import Overview

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from oa_desk.charts.style import ChartStyle
    from oa_desk.domain.metrics import ProgressSeries
    from oa_desk.gui.features import Feature

# Changes that alter the progress chart (the rest only alter the figures).
CHART_KINDS = (
    ChangeKind.TASK,
    ChangeKind.BASELINE,
    ChangeKind.CALENDAR,
    ChangeKind.CALENDAR_EXCEPTION,
    ChangeKind.PLAN,
)


_TILE_HEIGHT = 220  # a tile shows a few lines of its list without scrolling


class OverviewPage(QWidget):
    """Shows one plan; edits are intents of ``overview.operations``."""

    reloaded = Signal()  # the figures shown were read again

    def __init__(
        self, parent: QWidget | None = None, *, today: Callable[[], dt.date] = dt.date.today
    ):
        super().__init__(parent)
        self.form = Ui_OverviewPage()
        # The form scrolls: with the features' tiles below it, it is taller than a window.
        self._content = QWidget()
        self.form.setupUi(self._content)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._today = today
        self._doc: PlanDocument | None = None
        self._overview: Overview | None = None
        self._stale = False
        self._style_figures()
        ui = self.form
        self._line_edits: dict[str, QLineEdit] = {
            "name": ui.nameEdit,
            "organisation": ui.organisationEdit,
            "oa_product": ui.productEdit,
            "vendor": ui.vendorEdit,
        }
        for field, edit in self._line_edits.items():
            edit.editingFinished.connect(lambda f=field, e=edit: self._commit(f, e.text()))
        for date_edit in (ui.startEdit, ui.goLiveEdit):
            setup_optional_date(date_edit, self.tr("Not set"))
        setup_optional_date(ui.statusDateEdit, self.tr("Today"))
        ui.startEdit.editingFinished.connect(
            lambda: self._commit("start_date", optional_date(ui.startEdit))
        )
        ui.goLiveEdit.editingFinished.connect(
            lambda: self._commit("target_go_live", optional_date(ui.goLiveEdit))
        )
        ui.statusDateEdit.editingFinished.connect(
            lambda: self._commit("status_date", optional_date(ui.statusDateEdit))
        )
        ui.descriptionEdit.installEventFilter(self)
        self.milestones = MilestonesModel(self)
        ui.milestonesTree.setModel(self.milestones)
        header = ui.milestonesTree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(MilestoneCol.NAME, QHeaderView.ResizeMode.Stretch)
        # A handful of rows: sizing to contents is cheap here.
        header.setSectionResizeMode(MilestoneCol.DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MilestoneCol.DUE, QHeaderView.ResizeMode.ResizeToContents)
        self.waves = WavesModel(self)
        ui.wavesTree.setModel(self.waves)
        waves = ui.wavesTree.header()
        waves.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        waves.setSectionResizeMode(WaveCol.NAME, QHeaderView.ResizeMode.Stretch)
        self.progress_chart = FigureView(ui.progressHost)
        self.progress_chart.setObjectName("progressChart")
        host_layout = QVBoxLayout(ui.progressHost)
        host_layout.setContentsMargins(0, 0, 0, 0)
        host_layout.addWidget(self.progress_chart)
        self._chart_stale = True
        self.dashboard = DashboardCharts(self._content)
        self.form.pageLayout.addWidget(self.dashboard)
        self._dashboard_doc: PlanDocument | None = None
        self._tiles: list[tuple[Feature, QWidget]] = []
        self._tiles_layout: QGridLayout | None = None
        self._field_labels = self._make_field_labels()
        self.set_document(None)

    def _make_field_labels(self) -> dict[str, str]:
        return {
            "name": self.tr("plan name"),
            "organisation": self.tr("organisation"),
            "oa_product": self.tr("OA product"),
            "vendor": self.tr("vendor"),
            "description": self.tr("description"),
            "start_date": self.tr("start date"),
            "target_go_live": self.tr("go-live date"),
            "status_date": self.tr("status date"),
        }

    def _style_figures(self) -> None:
        title = QFont(self.font())
        title.setPointSizeF(title.pointSizeF() * 1.8)
        title.setBold(True)
        self.form.titleLabel.setFont(title)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2.2)
        big.setBold(True)
        for label in self._value_labels():
            label.setFont(big)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for caption in (
            self.form.goLiveCaption,
            self.form.departmentsCaption,
            self.form.peopleCaption,
            self.form.tasksCaption,
            self.form.ticketsCaption,
        ):
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def _value_labels(self) -> tuple[QLabel, ...]:
        ui = self.form
        return (ui.goLiveValue, ui.departmentsValue, ui.peopleValue, ui.tasksValue, ui.ticketsValue)

    # -- document ---------------------------------------------------------------

    # -- the features' tiles ---------------------------------------------------------

    def add_tile(self, feature: Feature, tile: QWidget) -> None:
        """Show a feature's tile below the plan's own figures, two to a row."""
        if self._tiles_layout is None:
            self._tiles_layout = QGridLayout()
            self._tiles_layout.setHorizontalSpacing(12)
            self.form.pageLayout.addLayout(self._tiles_layout)
        count = len(self._tiles)
        tile.setMinimumHeight(max(tile.minimumSizeHint().height(), _TILE_HEIGHT))
        self._tiles_layout.addWidget(tile, count // 2, count % 2)
        self._tiles.append((feature, tile))
        tile.set_document(self._doc)  # type: ignore[attr-defined]

    def tiles(self) -> list[QWidget]:
        return [tile for _feature, tile in self._tiles]

    def set_document(self, doc: PlanDocument | None) -> None:
        self._doc = doc
        self._chart_stale = True
        for _feature, tile in self._tiles:
            tile.set_document(doc)  # type: ignore[attr-defined]
        f = self.form
        dates = (f.descriptionEdit, f.startEdit, f.goLiveEdit, f.statusDateEdit)
        gate_fields(doc, {ChangeKind.PLAN}, (*self._line_edits.values(), *dates))
        self.reload()

    def on_changed(self, changes: Changes) -> None:
        for feature, tile in self._tiles:
            if feature.wants(changes):
                tile.on_changed(changes)  # type: ignore[attr-defined]
        if changes.touches(*CHART_KINDS):
            self._chart_stale = True
        if self._dashboard_doc is not None:
            self.dashboard.on_changed(changes)
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        if self._doc is not None and not self.isVisible():
            # read when looked at: a plan reopened on another page must not wait for this
            self._stale = True
            return
        self._stale = False
        self._overview = (
            plan_service.load_overview(self._doc.store, today=self._today()) if self._doc else None
        )
        self._show()
        if self._chart_stale:
            self._chart_stale = False
            self._show_progress()
        if self._dashboard_doc is not self._doc:
            self._dashboard_doc = self._doc
            self.dashboard.set_document(self._doc, self.as_of())
        else:
            self.dashboard.set_as_of(self.as_of())
        self.reloaded.emit()

    def overview(self) -> Overview | None:
        return self._overview

    # -- showing ----------------------------------------------------------------

    def _show(self) -> None:
        ov = self._overview
        ui = self.form
        if ov is None:
            ui.titleLabel.setText(self.tr("No plan open"))
            ui.subtitleLabel.setText("")
            for label in self._value_labels():
                label.setText("—")
            self.milestones.set_rows((), self._today())
            self.waves.set_rows(())
            ui.wavesGroup.setVisible(False)
            return
        locale = QLocale()
        ui.titleLabel.setText(ov.name)
        parts = [p for p in (ov.organisation, ov.oa_product, ov.vendor) if p]
        ui.subtitleLabel.setText(" · ".join(parts))
        for field, edit in self._line_edits.items():
            value = getattr(ov, field)
            if edit.text() != value:
                edit.setText(value)
        if ui.descriptionEdit.toPlainText() != ov.description:
            ui.descriptionEdit.setPlainText(ov.description)
        set_optional_date(ui.startEdit, ov.start_date)
        set_optional_date(ui.goLiveEdit, ov.target_go_live)
        set_optional_date(ui.statusDateEdit, ov.status_date)
        days = ov.days_to_go_live(self.as_of())
        if days is None:
            ui.goLiveValue.setText("—")
            ui.goLiveCaption.setText(self.tr("no go-live date set"))
        elif days >= 0:
            ui.goLiveValue.setText(locale.toString(days))
            ui.goLiveCaption.setText(self.tr("days to go-live"))
        else:
            ui.goLiveValue.setText(locale.toString(-days))
            ui.goLiveCaption.setText(self.tr("days since go-live"))
        ui.departmentsValue.setText(locale.toString(ov.departments))
        ui.peopleValue.setText(locale.toString(ov.people))
        ui.tasksValue.setText(locale.toString(ov.tasks))
        ui.ticketsValue.setText(locale.toString(ov.open_tickets))
        self._show_milestones(ov)
        self._show_waves(ov)

    def as_of(self) -> dt.date:
        """The plan's status date, else today."""
        ov = self._overview
        return ov.as_of(self._today()) if ov is not None else self._today()

    def _show_milestones(self, ov: Overview) -> None:
        self.milestones.set_rows(ov.next_milestones, ov.as_of(self._today()))
        if not ov.next_milestones:
            self.form.milestonesSummary.setText(
                self.tr(
                    "No open milestones — add milestones such as the kickoff meeting or "
                    "the pilot go-live to the schedule."
                )
            )
        else:
            self.form.milestonesSummary.setText(
                self.tr("%n milestone(s) reached so far.", "", ov.milestones_done)
            )

    def _show_waves(self, ov: Overview) -> None:
        self.waves.set_rows(ov.waves)
        self.form.wavesGroup.setVisible(bool(ov.waves))

    # -- the progress chart ---------------------------------------------------------

    def _show_progress(self) -> None:
        """Give the chart its builder; it reads and draws after the figures have painted."""
        doc = self._doc
        if doc is None:
            self.progress_chart.set_builder(None)
            return
        store, today = doc.store, self.as_of()
        texts = self._progress_texts()
        loaded: list[ProgressSeries] = []

        def build(style: ChartStyle) -> Figure:
            from oa_desk.charts import progress
            from oa_desk.services.progress import load_progress

            if not loaded:
                loaded.append(load_progress(store, status_date=today))
            return progress.build(loaded[0], style, texts)

        self.progress_chart.set_builder(build)

    def _progress_texts(self) -> Any:
        from oa_desk.charts.progress import ProgressTexts

        return ProgressTexts(
            planned=self.tr("Planned (schedule)"),
            baseline=self.tr("Baseline {name}"),
            actual=self.tr("Actual {percent}"),
            expected=self.tr("Planned by now {percent}"),
            status_date=self.tr("Status date"),
            go_live=self.tr("Go-live"),
            empty=self.tr("No scheduled tasks yet — add tasks on the Timeline."),
            percent=self.tr("{value:.0f}%"),
        )

    # -- editing ----------------------------------------------------------------

    def _commit(self, field: str, value: Any) -> None:
        doc, ov = self._doc, self._overview
        if doc is None or ov is None or not doc.may_change({ChangeKind.PLAN}):
            return
        if isinstance(value, str):
            value = value.strip()
        old = getattr(ov, field)
        if value == old:
            return
        label = self._field_labels[field]
        if operations.edit_plan_field(doc, field, label, value) is None:
            self._show()  # refused (the window said why): put the stored value back

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.form.descriptionEdit and event.type() == QEvent.Type.FocusOut:
            self._commit("description", self.form.descriptionEdit.toPlainText())
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self._field_labels = self._make_field_labels()
            for date_edit in (self.form.startEdit, self.form.goLiveEdit):
                date_edit.setSpecialValueText(self.tr("Not set"))
            self.form.statusDateEdit.setSpecialValueText(self.tr("Today"))
            self._show()
            self._show_progress()  # the chart's words
        super().changeEvent(event)
