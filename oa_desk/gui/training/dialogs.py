"""The Training page's dialogs: a course, one person to enrol, a rule to enrol by (the
session dialog is a Designer form: ``session_dialog``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from oa_desk.domain.enums import AudienceTier, CourseFormat, OaModule
from oa_desk.gui.training.labels import label
from oa_desk.gui.training.model import PeopleModel
from oa_desk.gui.widgets.person_picker import Finder, PersonPicker
from oa_desk.services.training import RulePreview


def _combo(values: Sequence[Any], parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    for value in values:
        box.addItem(label(value), value)
    return box


def _select(box: QComboBox, value: Any) -> None:
    index = box.findData(value)
    if index >= 0:
        box.setCurrentIndex(index)


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class CourseDialog(QDialog):
    """A course's fields; ``values()`` are the columns to write."""

    def __init__(
        self,
        parent: QWidget | None,
        row: tuple[Any, ...] | None = None,
        courses: Sequence[tuple[int, str]] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Course") if row else self.tr("New course"))
        form = QFormLayout(self)
        self.title = QLineEdit(self)
        self.tier = _combo(list(AudienceTier), self)
        self.format = _combo(list(CourseFormat), self)
        self.hours = QDoubleSpinBox(self)
        self.hours.setRange(0.25, 500)
        self.hours.setSingleStep(0.5)
        self.hours.setValue(2.0)
        self.pass_mark = QSpinBox(self)
        self.pass_mark.setRange(-1, 100)
        self.pass_mark.setSpecialValueText(self.tr("No assessment"))
        self.pass_mark.setValue(-1)
        self.materials = QLineEdit(self)
        self.materials.setPlaceholderText("https://")
        # The courses to pass first: links the "no training, no account" rule follows.
        self.required = QListWidget(self)
        self.required.setMaximumHeight(120)
        own = row[0] if row is not None else None
        chosen = set(row[10]) if row is not None else set()
        for course_id, name in courses:
            if course_id == own:
                continue
            item = QListWidgetItem(name, self.required)
            item.setData(Qt.ItemDataRole.UserRole, course_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = course_id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.prerequisites = QLineEdit(self)
        self.prerequisites.setPlaceholderText(self.tr("Anything else to do first (free text)"))
        modules = QWidget(self)
        grid = QGridLayout(modules)
        grid.setContentsMargins(0, 0, 0, 0)
        self.modules: dict[OaModule, QCheckBox] = {}
        for i, module in enumerate(OaModule):
            box = QCheckBox(label(module), modules)
            grid.addWidget(box, i // 4, i % 4)
            self.modules[module] = box
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Tier"), self.tier)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("OA modules"), modules)
        form.addRow(self.tr("Duration (hours)"), self.hours)
        form.addRow(self.tr("Pass mark"), self.pass_mark)
        form.addRow(self.tr("Materials link"), self.materials)
        form.addRow(self.tr("Courses to pass first"), self.required)
        form.addRow(self.tr("Other prerequisites"), self.prerequisites)
        form.addRow(_buttons(self))
        if row is not None:
            _id, name, tier, fmt, codes, hours, mark, materials, prereq, _n, _links = row
            self.title.setText(name)
            _select(self.tier, tier)
            _select(self.format, fmt)
            chosen = {c.strip() for c in codes.split(",")}
            for module, box in self.modules.items():
                box.setChecked(module.value in chosen)
            self.hours.setValue(float(hours))
            self.pass_mark.setValue(-1 if mark is None else int(mark))
            self.materials.setText(materials)
            self.prerequisites.setText(prereq)

    def values(self) -> dict[str, Any]:
        mark = self.pass_mark.value()
        return {
            "name": self.title.text(),
            "tier": self.tier.currentData(),
            "format": self.format.currentData(),
            "modules": ",".join(m.value for m, box in self.modules.items() if box.isChecked()),
            "duration_hours": self.hours.value(),
            "pass_mark": None if mark < 0 else mark,
            "materials_url": self.materials.text(),
            "prerequisites": self.prerequisites.text(),
        }

    def prerequisite_ids(self) -> list[int]:
        """The courses ticked as to pass first."""
        out = []
        for i in range(self.required.count()):
            item = self.required.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return out


class EnrolPersonDialog(QDialog):
    """Pick one person of the roster."""

    def __init__(self, parent: QWidget | None, find: Finder | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enrol a person"))
        form = QFormLayout(self)
        self.picker = PersonPicker(self)
        self.picker.set_finder(find)
        form.addRow(self.tr("Person"), self.picker)
        form.addRow(_buttons(self))

    def person_id(self) -> int | None:
        return self.picker.person_id()


class RuleDialog(QDialog):
    """Enrol by rule: a tier and departments (with their sub-departments); the preview
    below lists who would be added before anything is written."""

    def __init__(
        self,
        parent: QWidget | None,
        departments: Sequence[tuple[int, int | None, str, int]],
        preview: Callable[[AudienceTier | None, list[int]], RulePreview],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enrol by rule"))
        self.resize(640, 560)
        self._preview_of = preview
        self.preview: RulePreview | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.tier = QComboBox(self)
        self.tier.addItem(self.tr("Any tier"), None)
        for tier in AudienceTier:
            self.tier.addItem(label(tier), tier)
        form.addRow(self.tr("Tier"), self.tier)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Departments (their sub-departments are included)"), self))
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        items: dict[int, QTreeWidgetItem] = {}
        for dept, parent_id, name, _depth in departments:
            holder = items.get(parent_id) if parent_id is not None else None
            item = QTreeWidgetItem([name])
            item.setData(0, Qt.ItemDataRole.UserRole, dept)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            if holder is not None:
                holder.addChild(item)
            else:
                self.tree.addTopLevelItem(item)
            items[dept] = item
        self._items = items
        self.tree.expandToDepth(0)
        layout.addWidget(self.tree, 2)
        self.summary = QLabel(self)
        layout.addWidget(self.summary)
        self.people = PeopleModel(self)
        view = QTableView(self)
        view.setModel(self.people)
        view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(view, 3)
        self.buttons = _buttons(self)
        layout.addWidget(self.buttons)
        self.tier.currentIndexChanged.connect(lambda _i: self.refresh())
        self.tree.itemChanged.connect(lambda _item, _col: self.refresh())
        self.refresh()

    def check(self, dept: int, on: bool = True) -> None:
        self._items[dept].setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def departments(self) -> list[int]:
        return [d for d, item in self._items.items() if item.checkState(0) == Qt.CheckState.Checked]

    def set_tier(self, tier: AudienceTier | None) -> None:
        _select(self.tier, tier)

    def refresh(self) -> None:
        depts = self.departments()
        self.preview = self._preview_of(self.tier.currentData(), depts) if depts else None
        p = self.preview
        rows = list(p.people[:2000]) if p else []
        self.people.set_rows(rows)
        if p is None:
            self.summary.setText(self.tr("Choose one or more departments."))
        else:
            text = self.tr(
                "{n} people would be added: {seated} with a seat, {waiting} on the waiting list."
            )
            self.summary.setText(
                text.format(n=len(p.people), seated=p.seated, waiting=p.waiting)
                + (self.tr(" (the first 2,000 are listed)") if len(p.people) > len(rows) else "")
            )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(p and p.people))
