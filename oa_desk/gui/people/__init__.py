"""People: the roster, a person's page, the department tree and the rollout waves."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from oa_desk.domain.changes import ChangeKind
from oa_desk.gui.features import Feature

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from oa_desk.gui.features import Shell


def _page(shell: Shell) -> QWidget:
    from oa_desk.gui.people.page import PeoplePage

    return PeoplePage()


FEATURE = Feature(
    key="people",
    title=lambda: QCoreApplication.translate("Features", "People"),
    icon="users-three",
    shows=frozenset(
        {
            ChangeKind.PERSON,
            ChangeKind.DEPARTMENT,
            ChangeKind.WAVE,
            ChangeKind.TEAM_MEMBER,
            ChangeKind.STAKEHOLDER,
            ChangeKind.ENROLLMENT,
            ChangeKind.TICKET,
            ChangeKind.TASK,
            ChangeKind.READINESS_ITEM,
            ChangeKind.WAVE_GATE,
            ChangeKind.GATE_REVIEW,
        }
    ),
    page=_page,
)
