"""Team & stakeholders: the project team and its org chart, the stakeholder register,
the power/interest grid, the engagement matrix and the RACI matrix; on the Overview,
who is overdue for contact."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from oa_desk.domain.changes import ChangeKind
from oa_desk.gui.features import Feature

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from oa_desk.gui.features import Shell

KEY = "team"


def _page(shell: Shell) -> QWidget:
    from oa_desk.gui.team.page import TeamPage

    return TeamPage()


def _tile(shell: Shell) -> QWidget:
    from oa_desk.gui.team.tile import OverdueContactsTile

    return OverdueContactsTile(lambda: shell.show_page(KEY))


FEATURE = Feature(
    key=KEY,
    title=lambda: QCoreApplication.translate("Features", "Team and stakeholders"),
    icon="users-three",
    shows=frozenset(
        {
            ChangeKind.TEAM_MEMBER,
            ChangeKind.STAKEHOLDER,
            ChangeKind.RACI_ENTRY,
            ChangeKind.PERSON,
            ChangeKind.DEPARTMENT,
            ChangeKind.TASK,
            ChangeKind.PLAN,
        }
    ),
    page=_page,
    tile=_tile,
)
