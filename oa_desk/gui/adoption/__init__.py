"""Adoption after go-live: the ranked department scorecard (the monthly 通报) against the
KPI targets, per department and wave, exported to Excel; the adoption curve per
department since its go-live; a department below target gets a retraining need, a
risk or a communication in one click (undoable). The figures come from the OA
system's usage export (File › Import, kind "adoption")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from oa_desk.domain.changes import ChangeKind
from oa_desk.gui.features import Feature

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from oa_desk.gui.features import Shell

KEY = "adoption"


def _page(shell: Shell) -> QWidget:
    from oa_desk.gui.adoption.page import AdoptionPage

    return AdoptionPage(shell)


FEATURE = Feature(
    key=KEY,
    title=lambda: QCoreApplication.translate("Features", "Adoption"),
    icon="chart-line-up",
    shows=frozenset(
        {
            ChangeKind.ADOPTION_SNAPSHOT,
            ChangeKind.DEPARTMENT,
            ChangeKind.WAVE,
            ChangeKind.GOAL,
            ChangeKind.PLAN,
        }
    ),
    page=_page,
)
