"""Support: go-live tickets with their SLAs on the plan's calendar, the hotline's fast
entry, bulk edits, and each ticket's history; further tabs join the page's ``add_tab``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from oa_desk.domain.changes import ChangeKind
from oa_desk.gui.features import Feature

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from oa_desk.gui.features import Shell

KEY = "support"


def _page(shell: Shell) -> QWidget:
    from oa_desk.gui.support.page import SupportPage

    return SupportPage(shell.settings)


def _install(shell: Shell) -> object:
    from oa_desk.gui.support.links import TicketLinks

    return TicketLinks(shell)  # the shared "open ticket" and "linked tickets" actions


FEATURE = Feature(
    key=KEY,
    title=lambda: QCoreApplication.translate("Features", "Support"),
    icon="ticket",
    shows=frozenset(
        {
            ChangeKind.TICKET,
            ChangeKind.TICKET_EVENT,
            ChangeKind.PERSON,
            ChangeKind.DEPARTMENT,
            ChangeKind.WAVE,
            ChangeKind.TEAM_MEMBER,
            ChangeKind.CALENDAR,
            ChangeKind.CALENDAR_EXCEPTION,
            ChangeKind.PLAN,
            ChangeKind.TASK,
            ChangeKind.RISK,
            ChangeKind.TRAINING_NEED,
            ChangeKind.KB_ARTICLE,
            ChangeKind.KB_ARTICLE_TICKET,
        }
    ),
    page=_page,
    install=_install,
)
