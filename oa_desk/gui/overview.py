"""The Overview page: the plan's description (editable, undoable) and its key figures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QTreeWidgetItem, QWidget

from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.domain.enums import GateDecision
from oa_desk.gui.dialogs import optional_date, set_optional_date, setup_optional_date
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.forms.ui_overview_page import Ui_OverviewPage
from oa_desk.gui.icons import icon
from oa_desk.services import plan as plan_service
from oa_desk.services.plan import Overview

# Kinds whose change alters what this page shows.
SHOWN_KINDS = (
    ChangeKind.PLAN,
    ChangeKind.DEPARTMENT,
    ChangeKind.PERSON,
    ChangeKind.TASK,
    ChangeKind.TICKET,
    ChangeKind.WAVE,
)


class OverviewPage(QWidget):
    """Shows one plan; edits go through the document's undo stack."""

    error = Signal(object)  # an exception to show the user
    status = Signal(str)  # a short message for the status bar
    reloaded = Signal()  # the figures shown were read again

    def __init__(
        self, parent: QWidget | None = None, *, today: Callable[[], dt.date] = dt.date.today
    ):
        super().__init__(parent)
        self._ui = Ui_OverviewPage()
        self._ui.setupUi(self)
        self._today = today
        self._doc: PlanDocument | None = None
        self._overview: Overview | None = None
        self._stale = False
        self._style_figures()
        ui = self._ui
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
        ui.startEdit.editingFinished.connect(
            lambda: self._commit("start_date", optional_date(ui.startEdit))
        )
        ui.goLiveEdit.editingFinished.connect(
            lambda: self._commit("target_go_live", optional_date(ui.goLiveEdit))
        )
        ui.descriptionEdit.installEventFilter(self)
        header = ui.milestonesTree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        waves = ui.wavesTree.header()
        waves.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        waves.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
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
        }

    def _style_figures(self) -> None:
        title = QFont(self.font())
        title.setPointSizeF(title.pointSizeF() * 1.8)
        title.setBold(True)
        self._ui.titleLabel.setFont(title)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2.2)
        big.setBold(True)
        for label in self._value_labels():
            label.setFont(big)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for caption in (
            self._ui.goLiveCaption,
            self._ui.departmentsCaption,
            self._ui.peopleCaption,
            self._ui.tasksCaption,
            self._ui.ticketsCaption,
        ):
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def _value_labels(self) -> tuple[QLabel, ...]:
        ui = self._ui
        return (ui.goLiveValue, ui.departmentsValue, ui.peopleValue, ui.tasksValue, ui.ticketsValue)

    # -- document ---------------------------------------------------------------

    def set_document(self, doc: PlanDocument | None) -> None:
        if self._doc is not None:
            self._doc.changed.disconnect(self.on_changed)
        self._doc = doc
        if doc is not None:
            doc.changed.connect(self.on_changed)
        editable = doc is not None and not doc.read_only
        for edit in self._line_edits.values():
            edit.setReadOnly(not editable)
        self._ui.descriptionEdit.setReadOnly(not editable)
        self._ui.startEdit.setReadOnly(not editable)
        self._ui.goLiveEdit.setReadOnly(not editable)
        self.reload()

    def on_changed(self, changes: Changes) -> None:
        if changes.touches(*SHOWN_KINDS):
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
        self.reloaded.emit()

    def overview(self) -> Overview | None:
        return self._overview

    # -- showing ----------------------------------------------------------------

    def _show(self) -> None:
        ov = self._overview
        ui = self._ui
        if ov is None:
            ui.titleLabel.setText(self.tr("No plan open"))
            ui.subtitleLabel.setText("")
            for label in self._value_labels():
                label.setText("—")
            ui.milestonesTree.clear()
            ui.wavesTree.clear()
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
        days = ov.days_to_go_live(self._today())
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

    def _show_milestones(self, ov: Overview) -> None:
        tree = self._ui.milestonesTree
        tree.clear()
        today = self._today()
        for ms in ov.next_milestones:
            if ms.day is None:
                when, due = self.tr("not scheduled"), ""
            else:
                when = ms.day.isoformat()
                delta = (ms.day - today).days
                if delta < 0:
                    due = self.tr("%n day(s) overdue", "", -delta)
                elif delta == 0:
                    due = self.tr("today")
                else:
                    due = self.tr("%n day(s)", "", delta)
            item = QTreeWidgetItem([ms.name, when, due])
            tree.addTopLevelItem(item)
        if not ov.next_milestones:
            self._ui.milestonesSummary.setText(
                self.tr(
                    "No open milestones — add milestones such as the kickoff meeting or "
                    "the pilot go-live to the schedule."
                )
            )
        else:
            self._ui.milestonesSummary.setText(
                self.tr("%n milestone(s) reached so far.", "", ov.milestones_done)
            )

    def gate_names(self) -> dict[GateDecision, str]:
        return {
            GateDecision.PENDING: self.tr("pending"),
            GateDecision.GO: self.tr("go"),
            GateDecision.GO_WITH_CONDITIONS: self.tr("go with conditions"),
            GateDecision.NO_GO: self.tr("no-go"),
        }

    def _show_waves(self, ov: Overview) -> None:
        tree = self._ui.wavesTree
        tree.clear()
        gates = self.gate_names()
        locale = QLocale()
        for wave in ov.waves:
            item = QTreeWidgetItem(
                [
                    wave.name,
                    locale.toString(wave.departments),
                    wave.planned_go_live.isoformat() if wave.planned_go_live else "",
                    wave.actual_go_live.isoformat() if wave.actual_go_live else self.tr("not yet"),
                    gates[wave.gate_decision],
                ]
            )
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if wave.is_pilot:
                item.setIcon(0, icon("flag"))
                item.setToolTip(0, self.tr("The pilot: departments that go live first"))
            tree.addTopLevelItem(item)
        self._ui.wavesGroup.setVisible(bool(ov.waves))

    # -- editing ----------------------------------------------------------------

    def _commit(self, field: str, value: Any) -> None:
        doc, ov = self._doc, self._overview
        if doc is None or ov is None or doc.read_only:
            return
        if isinstance(value, str):
            value = value.strip()
        old = getattr(ov, field)
        if value == old:
            return
        label = self._field_labels[field]
        try:
            doc.execute(
                self.tr("Edit {field}").format(field=label),
                lambda: plan_service.update_plan(doc.store, {field: value}),
                lambda: plan_service.update_plan(doc.store, {field: old}),
            )
        except Exception as exc:  # refused: show why and put the stored value back
            self._show()
            self.error.emit(exc)
            return
        self.status.emit(self.tr("Changed the {field}.").format(field=label))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._ui.descriptionEdit and event.type() == QEvent.Type.FocusOut:
            self._commit("description", self._ui.descriptionEdit.toPlainText())
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._ui.retranslateUi(self)
            self._field_labels = self._make_field_labels()
            for date_edit in (self._ui.startEdit, self._ui.goLiveEdit):
                date_edit.setSpecialValueText(self.tr("Not set"))
            self._show()
        super().changeEvent(event)
