"""Goals and KPIs: each goal's baseline, target, measurements and trend, progress toward
the target and whether it is on track; on the Overview, every KPI's progress."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from oa_desk.domain.changes import ChangeKind
from oa_desk.gui.features import Feature

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from oa_desk.gui.features import Shell

KEY = "goals"


def _page(shell: Shell) -> QWidget:
    from oa_desk.gui.goals.page import GoalsPage

    return GoalsPage()


def _tile(shell: Shell) -> QWidget:
    from oa_desk.gui.goals.tile import KpiTile

    return KpiTile(lambda: shell.show_page(KEY))


FEATURE = Feature(
    key=KEY,
    title=lambda: QCoreApplication.translate("Features", "Goals and KPIs"),
    icon="target",
    shows=frozenset(
        {ChangeKind.GOAL, ChangeKind.KPI_MEASUREMENT, ChangeKind.PERSON, ChangeKind.PLAN}
    ),
    page=_page,
    tile=_tile,
)
