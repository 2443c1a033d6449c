"""Excel in and out for the gui: File › Excel (import, export, weekly report, templates).

A feature without a page: it installs the Excel submenu. Only PySide6 and the
app's own light modules load here; the dialogs, the services and with them
openpyxl and calamine load when an action runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from oa_desk.gui.features import Feature

if TYPE_CHECKING:
    from oa_desk.gui.features import Shell

__all__ = ["FEATURE"]


def _install(shell: Shell) -> object:
    from oa_desk.gui.excel.actions import install

    return install(shell)


FEATURE = Feature(
    key="excel",
    title=lambda: QCoreApplication.translate("Features", "Excel"),
    install=_install,
)
