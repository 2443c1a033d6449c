"""The Overview: the plan's description (editable, undoable), its key figures and progress."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from oa_desk.domain.changes import ChangeKind
from oa_desk.gui.features import Feature

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from oa_desk.gui.features import Shell


def _page(shell: Shell) -> QWidget:
    from oa_desk.gui.overview.page import OverviewPage

    page = OverviewPage()
    page.dashboard.set_shell(shell)
    for feature in shell.features:  # every feature's tile on the dashboard, in sidebar order
        if feature.tile is not None:
            page.add_tile(feature, feature.tile(shell))
    return page


FEATURE = Feature(
    key="overview",
    title=lambda: QCoreApplication.translate("Features", "Overview"),
    icon="house",
    # its own figures, and the dashboard's charts (gui/overview/dashboard.py)
    shows=frozenset(
        {
            ChangeKind.PLAN,
            ChangeKind.DEPENDENCY,
            ChangeKind.COURSE,
            ChangeKind.TRAINING_SESSION,
            ChangeKind.ENROLLMENT,
            ChangeKind.TICKET_EVENT,
            ChangeKind.RISK,
            ChangeKind.GOAL,
            ChangeKind.KPI_MEASUREMENT,
            ChangeKind.ADOPTION_SNAPSHOT,
            ChangeKind.DEPARTMENT,
            ChangeKind.PERSON,
            ChangeKind.TASK,
            ChangeKind.TICKET,
            ChangeKind.WAVE,
            ChangeKind.BASELINE,
            ChangeKind.CALENDAR,
            ChangeKind.CALENDAR_EXCEPTION,
        }
    ),
    page=_page,
    hosts_tiles=True,
)
