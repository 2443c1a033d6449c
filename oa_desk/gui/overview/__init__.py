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
    for feature in shell.features:  # every feature's tile on the dashboard, in sidebar order
        if feature.tile is not None:
            page.add_tile(feature, feature.tile(shell))
    return page


FEATURE = Feature(
    key="overview",
    title=lambda: QCoreApplication.translate("Features", "Overview"),
    icon="house",
    shows=frozenset(
        {
            ChangeKind.PLAN,
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
