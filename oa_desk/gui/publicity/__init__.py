"""Publicity: the communication plan across channels (email, bulletin board, intranet,
WeChat, WeCom/DingTalk groups, meetings, posters, video), each item tied to a milestone,
with what goes out this week and next."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from oa_desk.domain.changes import ChangeKind
from oa_desk.gui.features import Feature

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from oa_desk.gui.features import Shell


def _page(shell: Shell) -> QWidget:
    from oa_desk.gui.publicity.page import PublicityPage

    return PublicityPage(history=lambda: shell.shared_action("activity.item_history"))


FEATURE = Feature(
    key="publicity",
    title=lambda: QCoreApplication.translate("Features", "Publicity"),
    icon="rocket-launch",
    shows=frozenset(
        {ChangeKind.COMMUNICATION, ChangeKind.TASK, ChangeKind.PERSON, ChangeKind.PLAN}
    ),
    page=_page,
)
