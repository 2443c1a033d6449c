"""Thin item models over the Team service's rows: the team, the stakeholder register,
the engagement assessment matrix and the RACI matrix. Nothing here reads the plan."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from oa_desk.domain import colours
from oa_desk.domain.enums import RaciRole, TeamRole
from oa_desk.domain.stakeholders import (
    ENGAGEMENT_ORDER,
    RaciProblem,
    adkar_barrier,
    contact_overdue,
    engagement_gap,
    quadrant,
    raci_problems,
)
from oa_desk.gui.dates import format_date
from oa_desk.gui.team import texts
from oa_desk.services.team import MemberRow, StakeholderRow, TeamData

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
Role = Qt.ItemDataRole
ID_ROLE = Role.UserRole + 1  # the row's member or stakeholder id
SORT_ROLE = Role.UserRole + 2  # what the column sorts by (numbers as numbers)
_PROBLEM = QColor(colours.RAG_LIGHT["red"])
_GAP = QColor(colours.RAG_LIGHT["amber"])


class MemberCol(IntEnum):
    NAME = 0
    EMPLOYEE_NO = 1
    DEPARTMENT = 2
    ROLE = 3
    ALLOCATION = 4
    RESPONSIBILITIES = 5


class MembersModel(QAbstractTableModel):
    """The project team, one row per person and role."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[MemberRow, ...] = ()

    def set_rows(self, rows: Sequence[MemberRow]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def row_at(self, row: int) -> MemberRow:
        return self._rows[row]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(MemberCol)

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        m = self._rows[index.row()]
        col = MemberCol(index.column())
        if role == ID_ROLE:
            return m.id
        if role in (Role.DisplayRole, SORT_ROLE):
            if col == MemberCol.ALLOCATION:
                return m.allocation if role == SORT_ROLE else f"{m.allocation} %"
            if col == MemberCol.ROLE and role == SORT_ROLE:  # the org chart's order
                return list(TeamRole).index(m.role)
            return {
                MemberCol.NAME: m.name,
                MemberCol.EMPLOYEE_NO: m.employee_no,
                MemberCol.DEPARTMENT: m.department,
                MemberCol.ROLE: texts.role_names()[m.role],
                MemberCol.RESPONSIBILITIES: m.responsibilities.replace("\n", " "),
            }[col]
        if role == Role.ToolTipRole and col == MemberCol.RESPONSIBILITIES:
            return m.responsibilities or None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Role.DisplayRole:
            return None
        return {
            MemberCol.NAME: translate("Team", "Name"),
            MemberCol.EMPLOYEE_NO: translate("Team", "Employee no."),
            MemberCol.DEPARTMENT: translate("Team", "Department"),
            MemberCol.ROLE: translate("Team", "Role"),
            MemberCol.ALLOCATION: translate("Team", "Allocation"),
            MemberCol.RESPONSIBILITIES: translate("Team", "Responsibilities"),
        }[MemberCol(section)]


class StakeholderCol(IntEnum):
    NAME = 0
    ORGANISATION = 1
    POSITION = 2
    PROJECT_ROLE = 3
    INFLUENCE = 4
    INTEREST = 5
    QUADRANT = 6
    CURRENT = 7
    DESIRED = 8
    BARRIER = 9
    CADENCE = 10
    LAST_CONTACT = 11


class StakeholdersModel(QAbstractTableModel):
    """The stakeholder register; overdue contacts and ADKAR barriers stand out."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[StakeholderRow, ...] = ()
        self._overdue: frozenset[int] = frozenset()

    def set_team(self, data: TeamData) -> None:
        self.beginResetModel()
        self._rows = data.stakeholders
        self._overdue = frozenset(
            s.id
            for s in data.stakeholders
            if contact_overdue(s.last_contact, s.cadence, data.status_date)
        )
        self.endResetModel()

    def row_at(self, row: int) -> StakeholderRow:
        return self._rows[row]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(StakeholderCol)

    def _value(self, s: StakeholderRow, col: StakeholderCol, sort: bool) -> Any:
        if col == StakeholderCol.INFLUENCE:
            return s.influence
        if col == StakeholderCol.INTEREST:
            return s.interest
        if col == StakeholderCol.QUADRANT:
            return texts.quadrant_names()[quadrant(s.influence, s.interest)]
        if col in (StakeholderCol.CURRENT, StakeholderCol.DESIRED):
            level = s.current_engagement if col == StakeholderCol.CURRENT else s.desired_engagement
            return ENGAGEMENT_ORDER.index(level) if sort else texts.engagement_names()[level]
        if col == StakeholderCol.BARRIER:
            barrier = adkar_barrier(s.adkar)
            if sort:
                return 9 if barrier is None else barrier
            return "" if barrier is None else texts.adkar_names()[barrier]
        if col == StakeholderCol.CADENCE:
            return texts.cadence_names()[s.cadence]
        if col == StakeholderCol.LAST_CONTACT:
            if sort:
                return s.last_contact.toordinal() if s.last_contact else 0
            return format_date(s.last_contact)
        return {
            StakeholderCol.NAME: s.name,
            StakeholderCol.ORGANISATION: s.organisation,
            StakeholderCol.POSITION: s.position,
            StakeholderCol.PROJECT_ROLE: s.project_role,
        }[col]

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        col = StakeholderCol(index.column())
        if role == ID_ROLE:
            return s.id
        if role in (Role.DisplayRole, SORT_ROLE):
            return self._value(s, col, role == SORT_ROLE)
        overdue = s.id in self._overdue
        if role == Role.ForegroundRole and col == StakeholderCol.LAST_CONTACT and overdue:
            return QBrush(QColor(colours.RAG["red"]))
        if role == Role.FontRole and col == StakeholderCol.LAST_CONTACT and overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == Role.ToolTipRole:
            if col == StakeholderCol.LAST_CONTACT and overdue:
                return translate("Team", "Overdue for contact ({cadence})").format(
                    cadence=texts.cadence_names()[s.cadence]
                )
            if col == StakeholderCol.NAME and s.external:
                return translate("Team", "External stakeholder")
        if role == Role.TextAlignmentRole and col in (
            StakeholderCol.INFLUENCE,
            StakeholderCol.INTEREST,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Role.DisplayRole:
            return None
        return {
            StakeholderCol.NAME: translate("Team", "Name"),
            StakeholderCol.ORGANISATION: translate("Team", "Organisation"),
            StakeholderCol.POSITION: translate("Team", "Position"),
            StakeholderCol.PROJECT_ROLE: translate("Team", "Project role"),
            StakeholderCol.INFLUENCE: translate("Team", "Influence"),
            StakeholderCol.INTEREST: translate("Team", "Interest"),
            StakeholderCol.QUADRANT: translate("Team", "Strategy quadrant"),
            StakeholderCol.CURRENT: translate("Team", "Current"),
            StakeholderCol.DESIRED: translate("Team", "Desired"),
            StakeholderCol.BARRIER: translate("Team", "ADKAR barrier"),
            StakeholderCol.CADENCE: translate("Team", "Cadence"),
            StakeholderCol.LAST_CONTACT: translate("Team", "Last contact"),
        }[StakeholderCol(section)]


class EngagementModel(QAbstractTableModel):
    """The engagement assessment matrix: C where a stakeholder is, D where they are to be."""

    GAP = len(ENGAGEMENT_ORDER) + 1  # the last column; column 0 is the name

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[StakeholderRow, ...] = ()

    def set_team(self, data: TeamData) -> None:
        self.beginResetModel()
        self._rows = data.stakeholders
        self.endResetModel()

    def row_at(self, row: int) -> StakeholderRow:
        return self._rows[row]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else self.GAP + 1

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        col = index.column()
        gap = engagement_gap(s.current_engagement, s.desired_engagement)
        if role == ID_ROLE:
            return s.id
        if col == 0:
            return s.name if role in (Role.DisplayRole, SORT_ROLE) else None
        if col == self.GAP:
            if role in (Role.DisplayRole, SORT_ROLE):
                return gap
            if role == Role.BackgroundRole and gap > 0:
                return QBrush(_GAP)
            if role == Role.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        level = ENGAGEMENT_ORDER[col - 1]
        marks = "".join(
            mark
            for mark, at in (
                (translate("Team", "C"), s.current_engagement),
                (translate("Team", "D"), s.desired_engagement),
            )
            if at == level
        )
        if role == Role.DisplayRole:
            return marks
        if role == SORT_ROLE:
            return marks
        if role == Role.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Role.BackgroundRole and gap > 0:
            low = ENGAGEMENT_ORDER.index(s.current_engagement)
            high = ENGAGEMENT_ORDER.index(s.desired_engagement)
            if low <= col - 1 <= high:
                return QBrush(_GAP)
        if role == Role.ForegroundRole and marks:
            return QBrush(QColor(colours.ENGAGEMENT[level]))
        if role == Role.FontRole and marks:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Role.ToolTipRole and section == self.GAP:
            return translate("Team", "Levels from current (C) to desired (D) engagement")
        if role != Role.DisplayRole:
            return None
        if section == 0:
            return translate("Team", "Stakeholder")
        if section == self.GAP:
            return translate("Team", "Gap")
        return texts.engagement_names()[ENGAGEMENT_ORDER[section - 1]]


RACI_CYCLE: tuple[RaciRole | None, ...] = (RaciRole.R, RaciRole.A, RaciRole.C, RaciRole.I, None)


class RaciModel(QAbstractTableModel):
    """WBS tasks × stakeholders; a row that breaks the RACI rule is highlighted.

    Editing asks the page (``cell_role``/``next_role``); the model never writes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data: TeamData | None = None
        self._problems: dict[int, list[str]] = {}

    def set_team(self, data: TeamData) -> None:
        self.beginResetModel()
        self._data = data
        self._problems = {}
        for problem in self.problems():
            self._problems.setdefault(problem.task_id, []).append(problem.code)
        self.endResetModel()

    def problems(self) -> list[RaciProblem]:
        if self._data is None:
            return []
        entries = [(t, s, r) for (t, s), r in self._data.raci.items()]
        return raci_problems([t.id for t in self._data.tasks], entries)

    def task_row(self, task_id: int) -> int:
        assert self._data is not None
        return next(i for i, t in enumerate(self._data.tasks) if t.id == task_id)

    def cell(self, index: Index) -> tuple[int, int] | None:
        """(task id, stakeholder id) of a cell; None outside the matrix."""
        if self._data is None or not index.isValid() or index.column() == 0:
            return None
        return (
            self._data.tasks[index.row()].id,
            self._data.stakeholders[index.column() - 1].id,
        )

    def cell_role(self, index: Index) -> RaciRole | None:
        key = self.cell(index)
        return None if key is None or self._data is None else self._data.raci.get(key)

    def next_role(self, index: Index) -> RaciRole | None:
        """What a click turns the cell into: none → R → A → C → I → none."""
        current = self.cell_role(index)
        if current is None:
            return RACI_CYCLE[0]
        return RACI_CYCLE[RACI_CYCLE.index(current) + 1]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() or self._data is None else len(self._data.tasks)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() or self._data is None else len(self._data.stakeholders) + 1

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or self._data is None:
            return None
        task = self._data.tasks[index.row()]
        problems = self._problems.get(task.id)
        if index.column() == 0:
            if role == Role.DisplayRole:
                return f"{'  ' * task.level}{task.wbs}  {task.name}"
            if role == Role.BackgroundRole and problems:
                return QBrush(_PROBLEM)
            if role == Role.ToolTipRole and problems:
                return "\n".join(texts.raci_problem_text(c) for c in problems)
            return None
        value = self.cell_role(index)
        if role == Role.DisplayRole:
            return value.value if value is not None else ""
        if role == Role.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Role.ToolTipRole and value is not None:
            return texts.raci_names()[value]
        if role == Role.BackgroundRole and problems:
            return QBrush(_PROBLEM)
        if role == Role.FontRole and value is RaciRole.A:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if self._data is None or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return translate("Team", "Task") if role == Role.DisplayRole else None
        s = self._data.stakeholders[section - 1]
        if role == Role.DisplayRole:
            return s.name
        if role == Role.ToolTipRole:
            return " · ".join(p for p in (s.name, s.project_role, s.organisation) if p)
        return None
