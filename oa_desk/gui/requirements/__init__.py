"""Requirements (需求调研): each department's pain points, the OA module that answers
them, MoSCoW priority, fit (standard, configuration, customisation, gap), status and the
tasks that deliver them, with a summary by department and fit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from oa_desk.domain.changes import ChangeKind
from oa_desk.gui.features import Feature

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from oa_desk.gui.features import Shell


def _page(shell: Shell) -> QWidget:
    from oa_desk.gui.requirements.page import RequirementsPage

    return RequirementsPage(history=lambda: shell.shared_action("activity.item_history"))


FEATURE = Feature(
    key="requirements",
    title=lambda: QCoreApplication.translate("Features", "Requirements"),
    icon="clipboard-text",
    shows=frozenset(
        {
            ChangeKind.REQUIREMENT,
            ChangeKind.REQUIREMENT_TASK,
            ChangeKind.DEPARTMENT,
            ChangeKind.PERSON,
            ChangeKind.TASK,
        }
    ),
    page=_page,
)
