"""Knowledge base (知识库): searchable articles with tags and linked tickets, feedback
rounds with their suggestions, the FAQ sheet and the printable booklet."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from oa_desk.domain.changes import ChangeKind
from oa_desk.gui.features import Feature

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from oa_desk.gui.features import Shell

KEY = "knowledge"


def _page(shell: Shell) -> QWidget:
    from oa_desk.gui.knowledge.page import KnowledgePage

    return KnowledgePage(shell)


def _tile(shell: Shell) -> QWidget:
    from oa_desk.gui.knowledge.tile import KnowledgeTile

    return KnowledgeTile(lambda: shell.show_page(KEY))


FEATURE = Feature(
    key=KEY,
    title=lambda: QCoreApplication.translate("Features", "Knowledge base"),
    icon="question",
    shows=frozenset(
        {
            ChangeKind.KB_ARTICLE,
            ChangeKind.KB_ARTICLE_TAG,
            ChangeKind.KB_ARTICLE_TICKET,
            ChangeKind.KB_TAG,
            ChangeKind.FEEDBACK_ROUND,
            ChangeKind.TICKET,
            ChangeKind.DEPARTMENT,
        }
    ),
    page=_page,
    tile=_tile,
)
