"""The Timeline: the work breakdown as a tree table beside a custom-painted Gantt chart.

The page (``page``) with its actions (``actions``), filter bar (``filter_bar``),
intents (``operations``) and files (``file_actions``); the Gantt chart
(``gantt``: rows, time scale, renderer, view, drag) and its exports
(``export``: PNG, multi-page PDF, print; ``plan_export``); the task and
calendar dialogs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from oa_desk.domain.changes import ChangeKind
from oa_desk.gui.features import Feature

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from oa_desk.gui.features import Shell


def _page(shell: Shell) -> QWidget:
    from oa_desk.gui.timeline.page import TimelinePage

    return TimelinePage(
        shell.jobs,
        settings=shell.settings,
        excel_import=lambda: shell.shared_action("excel.import"),
        item_history=lambda: shell.shared_action("activity.item_history"),
        linked_tickets=lambda: shell.shared_action("support.linked_tickets"),
    )


FEATURE = Feature(
    key="timeline",
    title=lambda: QCoreApplication.translate("Features", "Timeline"),
    icon="kanban",
    shows=frozenset(
        {
            ChangeKind.TASK,
            ChangeKind.TASK_OUTLINE,
            ChangeKind.DEPENDENCY,
            ChangeKind.CALENDAR,
            ChangeKind.CALENDAR_EXCEPTION,
            ChangeKind.BASELINE,
            ChangeKind.PLAN,
            ChangeKind.PERSON,
            ChangeKind.DEPARTMENT,
            ChangeKind.WAVE,
        }
    ),
    page=_page,
)
