"""Training: courses, sessions, sign-in lists, enrolment by rule, the coverage matrix; on
the Overview, the passed share per tier and who has no training before go-live."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from oa_desk.domain.changes import ChangeKind
from oa_desk.gui.features import Feature

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from oa_desk.gui.features import Shell


def _page(shell: Shell) -> QWidget:
    from oa_desk.gui.training.page import TrainingPage

    return TrainingPage(shell)


def _tile(shell: Shell) -> QWidget:
    from oa_desk.gui.training.tile import TrainingTile

    return TrainingTile(lambda: shell.show_page("training"))


FEATURE = Feature(
    key="training",
    title=lambda: QCoreApplication.translate("Features", "Training"),
    icon="list-checks",
    shows=frozenset(
        {
            ChangeKind.COURSE,
            ChangeKind.TRAINING_SESSION,
            ChangeKind.ENROLLMENT,
            ChangeKind.PERSON,
            ChangeKind.DEPARTMENT,
            ChangeKind.WAVE,
        }
    ),
    page=_page,
    tile=_tile,
)
