"""Risks: the 5 × 5 probability × impact heat map and the risk register (owner, trigger,
mitigation, contingency, status, review date, linked task, the tickets it came
from); on the Overview, the top live risks and overdue reviews."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from oa_desk.domain.changes import ChangeKind
from oa_desk.gui.features import Feature

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from oa_desk.gui.features import Shell

KEY = "risks"


def _page(shell: Shell) -> QWidget:
    from oa_desk.gui.risks.page import RisksPage

    return RisksPage(
        history=lambda: shell.shared_action("activity.item_history"),
        linked_tickets=lambda: shell.shared_action("support.linked_tickets"),
    )


def _tile(shell: Shell) -> QWidget:
    from oa_desk.gui.risks.tile import TopRisksTile

    return TopRisksTile(lambda: shell.show_page(KEY))


FEATURE = Feature(
    key=KEY,
    title=lambda: QCoreApplication.translate("Features", "Risks"),
    icon="warning",
    shows=frozenset(
        {ChangeKind.RISK, ChangeKind.PERSON, ChangeKind.TASK, ChangeKind.PLAN, ChangeKind.TICKET}
    ),
    page=_page,
    tile=_tile,
)
