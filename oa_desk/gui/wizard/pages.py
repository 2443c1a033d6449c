"""The wizard's pages: organisation and go-live, departments, pilot and waves, summary."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QTreeWidgetItem, QWidget, QWizardPage

from oa_desk.domain.calendar import PRESETS
from oa_desk.exchange.department_list import entries_from_text
from oa_desk.gui.dates import from_qdate, to_qdate
from oa_desk.gui.forms.ui_rollout_basics_page import Ui_RolloutBasicsPage
from oa_desk.gui.forms.ui_rollout_departments_page import Ui_RolloutDepartmentsPage
from oa_desk.gui.forms.ui_rollout_summary_page import Ui_RolloutSummaryPage
from oa_desk.gui.forms.ui_rollout_waves_page import Ui_RolloutWavesPage
from oa_desk.services.rollout_template import (
    NO_HOLIDAYS,
    Fit,
    RolloutDraft,
    RolloutInputs,
    RolloutRefusal,
    clean_entries,
    draft_rollout,
    split_waves,
)
from oa_desk.services.rollout_template.inputs import department_key

if TYPE_CHECKING:
    from oa_desk.gui.document import PlanDocument

__all__ = ["BasicsPage", "DepartmentsPage", "SummaryPage", "WavesPage"]

PRODUCTS = ("泛微 e-cology", "致远 A8+", "蓝凌 EKP", "钉钉", "企业微信", "华天动力")


class BasicsPage(QWizardPage):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RolloutBasicsPage()
        self.ui.setupUi(self)
        ui = self.ui
        ui.productCombo.addItems(PRODUCTS)
        ui.productCombo.setCurrentIndex(0)
        today = dt.date.today()
        ui.startEdit.setDate(to_qdate(today))
        ui.goLiveEdit.setDate(to_qdate(today + dt.timedelta(days=240)))
        names = {
            "CN": self.tr("China (mainland), with make-up working days"),
            "US": self.tr("United States"),
            "GB": self.tr("United Kingdom"),
            "DE": self.tr("Germany"),
            "JP": self.tr("Japan"),
            "SG": self.tr("Singapore"),
            "HK": self.tr("Hong Kong"),
        }
        for code in PRESETS:
            ui.calendarCombo.addItem(names.get(code, code), code)
        ui.calendarCombo.addItem(self.tr("Monday to Friday, no holidays"), NO_HOLIDAYS)
        ui.languageCombo.addItem(self.tr("Chinese (简体中文)"), "zh_CN")
        ui.languageCombo.addItem(self.tr("English"), "en")
        ui.languageCombo.setCurrentIndex(1 if language == "en" else 0)
        ui.organisationEdit.textChanged.connect(lambda _t: self.completeChanged.emit())
        ui.startEdit.dateChanged.connect(lambda _d: self.completeChanged.emit())
        ui.goLiveEdit.dateChanged.connect(lambda _d: self.completeChanged.emit())
        self.completeChanged.connect(self._show_problem)
        self._show_problem()

    def organisation(self) -> str:
        return self.ui.organisationEdit.text().strip()

    def product(self) -> str:
        return self.ui.productCombo.currentText().strip()

    def start(self) -> dt.date:
        return from_qdate(self.ui.startEdit.date())

    def go_live(self) -> dt.date:
        return from_qdate(self.ui.goLiveEdit.date())

    def calendar(self) -> str:
        return str(self.ui.calendarCombo.currentData())

    def language(self) -> str:
        return str(self.ui.languageCombo.currentData())

    def _problem(self) -> str:
        if not self.organisation():
            return self.tr("Give the organisation's name.")
        if self.go_live() <= self.start():
            return self.tr("The go-live date must be after the start.")
        return ""

    def _show_problem(self) -> None:
        self.ui.problemLabel.setText(self._problem())

    def isComplete(self) -> bool:
        return not self._problem()


class DepartmentsPage(QWizardPage):
    def __init__(self, doc: PlanDocument | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RolloutDepartmentsPage()
        self.ui.setupUi(self)
        self._doc = doc
        self._file_problem = ""
        ui = self.ui
        ui.fromPlanButton.setEnabled(doc is not None)
        ui.fromPlanButton.clicked.connect(self.take_from_plan)
        ui.fromFileButton.clicked.connect(self._choose_file)
        ui.departmentsEdit.textChanged.connect(self._changed)
        self._changed()

    def names(self) -> tuple[str, ...]:
        return clean_entries(entries_from_text(self.ui.departmentsEdit.toPlainText()))[0]

    def headcounts(self) -> tuple[int, ...]:
        """Per department, when a second column gives them (else empty)."""
        return clean_entries(entries_from_text(self.ui.departmentsEdit.toPlainText()))[1]

    def set_names(self, names: list[str] | tuple[str, ...]) -> None:
        self.ui.departmentsEdit.setPlainText("\n".join(names))

    def set_entries(self, entries: list[tuple[str, int]]) -> None:
        """Names, each with its headcount after a tab when it is known."""
        lines = [f"{name}\t{count}" if count else name for name, count in entries]
        self.ui.departmentsEdit.setPlainText("\n".join(lines))

    def take_from_plan(self) -> None:
        from oa_desk.services.rollout_template import plan_departments

        if self._doc is not None:
            self.set_entries(plan_departments(self._doc.store))

    def _choose_file(self) -> None:
        filename, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Departments from a File"),
            "",
            self.tr("Department lists (*.txt *.csv *.xlsx);;All files (*)"),
        )
        if filename:
            self.take_from_file(Path(filename))

    def take_from_file(self, path: Path) -> None:
        from oa_desk.exchange.department_list import read_department_entries
        from oa_desk.exchange.safety import SpreadsheetRefused
        from oa_desk.gui import messages

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            entries = read_department_entries(path)
        except (SpreadsheetRefused, OSError) as exc:
            self._file_problem = messages.describe(exc)
            self._changed()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._file_problem = ""
        self.set_entries(entries)

    def _duplicates(self) -> list[str]:
        seen: set[str] = set()
        dupes: list[str] = []
        for name in self.names():
            key = department_key(name)
            if key in seen and name not in dupes:
                dupes.append(name)
            seen.add(key)
        return dupes

    def _problem(self) -> str:
        names = self.names()
        if len(names) < 2:
            return self.tr("Give at least two departments: a pilot and one wave.")
        dupes = self._duplicates()
        if dupes:
            return self.tr("Listed more than once: {names}").format(names=", ".join(dupes))
        return ""

    def _changed(self) -> None:
        n = len(self.names())
        self.ui.countLabel.setText(self.tr("%n department(s)", "", n))
        self.ui.problemLabel.setText(self._file_problem or self._problem())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self._problem()


class WavesPage(QWizardPage):
    def __init__(self, departments: DepartmentsPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RolloutWavesPage()
        self.ui.setupUi(self)
        self._departments = departments
        self._chosen: set[str] = set()  # department keys ticked as the pilot
        self.ui.pilotSpin.valueChanged.connect(lambda _v: self.refresh())
        self.ui.wavesSpin.valueChanged.connect(lambda _v: self.refresh())
        self.ui.previewTree.itemChanged.connect(self._ticked)

    def initializePage(self) -> None:
        names = self._departments.names()
        self._chosen &= {department_key(n) for n in names}
        self.ui.pilotSpin.setMaximum(max(1, len(names) - 1))
        self.refresh()

    def pilot_departments(self) -> tuple[str, ...]:
        return tuple(n for n in self._departments.names() if department_key(n) in self._chosen)

    def pilot(self) -> int:
        return len(self._chosen) or self.ui.pilotSpin.value()

    def waves(self) -> int:
        return self.ui.wavesSpin.value()

    def groups(self) -> list[tuple[str, ...]]:
        names = self._departments.names()
        return split_waves(names, self.pilot(), self.waves(), self.pilot_departments())

    def _problem(self) -> str:
        n = len(self._departments.names())
        if self.pilot() >= n:
            return self.tr("The pilot must leave departments for the waves.")
        if self.waves() > n - self.pilot():
            return self.tr(
                "{waves} waves but only {left} departments after the pilot: choose fewer waves."
            ).format(waves=self.waves(), left=n - self.pilot())
        return ""

    def refresh(self) -> None:
        ui = self.ui
        ui.pilotSpin.setEnabled(not self._chosen)
        problem = self._problem()
        ui.problemLabel.setText(problem)
        tree = ui.previewTree
        tree.blockSignals(True)
        tree.clear()
        if not problem:
            for w, group in enumerate(self.groups()):
                title = (
                    self.tr("Pilot: %n department(s)", "", len(group))
                    if w == 0
                    else self.tr("Wave {n}: {count}").format(
                        n=w, count=self.tr("%n department(s)", "", len(group))
                    )
                )
                top = QTreeWidgetItem(tree, [title])
                for name in group:
                    item = QTreeWidgetItem(top, [name])
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    checked = department_key(name) in self._chosen
                    item.setCheckState(
                        0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                    )
                top.setExpanded(True)
        tree.blockSignals(False)
        self.completeChanged.emit()

    def _ticked(self, item: QTreeWidgetItem, _column: int) -> None:
        key = department_key(item.text(0))
        if item.checkState(0) == Qt.CheckState.Checked:
            self._chosen.add(key)
        else:
            self._chosen.discard(key)
        if len(self._chosen) >= len(self._departments.names()):
            self._chosen.discard(key)
        self.refresh()

    def isComplete(self) -> bool:
        return not self._problem()


class SummaryPage(QWizardPage):
    def __init__(
        self,
        basics: BasicsPage,
        departments: DepartmentsPage,
        waves: WavesPage,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RolloutSummaryPage()
        self.ui.setupUi(self)
        self._basics, self._departments, self._waves = basics, departments, waves
        self._draft: RolloutDraft | None = None
        self._too_close = False
        self.ui.compressRadio.setChecked(True)
        self.ui.compressRadio.toggled.connect(lambda _on: self._redraft())
        # Finish asks where to save; cancelling that keeps the wizard open with its inputs.
        self.ask_target: Callable[[RolloutDraft], Path | None] | None = None
        self.target: Path | None = None

    def inputs(self) -> RolloutInputs:
        b = self._basics
        return RolloutInputs(
            organisation=b.organisation(),
            go_live=b.go_live(),
            departments=self._departments.names(),
            product=b.product(),
            waves=self._waves.waves(),
            pilot=self._waves.pilot(),
            pilot_departments=self._waves.pilot_departments(),
            calendar=b.calendar(),
            language=b.language(),
            start=b.start(),
            headcounts=self._departments.headcounts(),
        )

    def draft(self) -> RolloutDraft | None:
        return self._draft

    def fit(self) -> Fit:
        if not self._too_close:
            return Fit.REFUSE
        return Fit.COMPRESS if self.ui.compressRadio.isChecked() else Fit.MOVE

    def initializePage(self) -> None:
        self._too_close = False
        self._redraft()

    def _redraft(self) -> None:
        from oa_desk.gui.wizard.texts import explain

        ui = self.ui
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            inputs = self.inputs()
            self._draft = None
            problem = ""
            try:
                self._draft = draft_rollout(inputs, self.fit())
            except RolloutRefusal as exc:
                if exc.code == "too_close" and not self._too_close:
                    self._too_close = True
                    ui.missingLabel.setText(explain(exc))
                    try:
                        self._draft = draft_rollout(inputs, self.fit())
                    except RolloutRefusal as again:
                        problem = explain(again)
                else:
                    problem = explain(exc)
        finally:
            QGuiApplication.restoreOverrideCursor()
        ui.fitGroup.setVisible(self._too_close)
        ui.problemLabel.setText(problem)
        ui.summaryLabel.setText(self._describe(self._draft) if self._draft else "")
        self.completeChanged.emit()

    def _describe(self, d: RolloutDraft) -> str:
        t = d.template
        waves = len(d.waves) - 1
        lines = [
            self.tr("Kickoff: {day}").format(day=d.start.isoformat()),
            self.tr("Full go-live: {day}").format(day=d.go_live.isoformat()),
            self.tr("Pilot: {names}").format(names=d.values["pilot"]),
            self.tr("%n people in the departments (as given)", "", sum(d.inputs.headcounts))
            if d.inputs.headcounts
            else self.tr("Headcounts not given: one end-user session per department"),
            self.tr("%n wave(s) after the pilot", "", waves),
            *(
                self.tr("{wave} go-live: {day}").format(wave=name, day=day.isoformat())
                for name, day in _wave_go_lives(d)
            ),
            self.tr("%n task(s) and milestone(s)", "", d.task_count),
            self.tr("%n dependency(ies)", "", len(d.expansion.links)),
            self.tr("%n team role(s) to fill", "", len(t.roles)),
            self.tr("%n KPI(s) with baseline and target", "", len(t.kpis)),
            self.tr("%n risk(s) with mitigation and contingency", "", len(t.risks)),
            self.tr("%n publicity item(s) tied to milestones", "", _publicity_count(d)),
            self.tr("%n course(s) with sessions per wave and department", "", len(t.courses)),
        ]
        if d.scale < 1:
            lines.append(
                self.tr("Durations compressed to {percent}% of the template's.").format(
                    percent=round(d.scale * 100)
                )
            )
        return "\n".join(lines)

    def isComplete(self) -> bool:
        return self._draft is not None

    def validatePage(self) -> bool:
        if self._draft is None:
            return False
        if self.ask_target is not None:
            self.target = self.ask_target(self._draft)
            return self.target is not None
        return True


def _wave_go_lives(d: RolloutDraft) -> list[tuple[str, dt.date]]:
    """Each wave's name (in the plan's language) and go-live date."""
    t, lang = d.template, d.inputs.language
    out = []
    for w in range(len(d.waves)):
        name = t.text("pilot_wave", lang) if w == 0 else t.text("wave", lang).format(n=w)
        out.append((name, d.schedule[d.expansion.by_key[f"w{w}.golive"][0]].start))
    return out


def _publicity_count(d: RolloutDraft) -> int:
    return sum(len(d.waves) if p.per_wave else 1 for p in d.template.publicity)
