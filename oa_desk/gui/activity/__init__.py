"""Who did what: Edit › History… lists the plan's activity log, and "History of this
item…" (offered to every feature's context menus as the shared action
``activity.item_history``) one row's.

A feature without a page. Only PySide6 and the app's light modules load here;
the dialog and the services load when an action runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from oa_desk.gui.activity.keys import ITEM_HISTORY
from oa_desk.gui.features import Feature

if TYPE_CHECKING:
    from oa_desk.gui.features import Shell

__all__ = ["FEATURE", "ITEM_HISTORY"]


def _install(shell: Shell) -> object:
    from oa_desk.gui.activity.actions import ActivityActions

    return ActivityActions(shell)


FEATURE = Feature(
    key="activity",
    title=lambda: QCoreApplication.translate("Features", "History"),
    install=_install,
)
