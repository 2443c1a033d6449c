"""Excel in and out for the gui: File › Excel (import, export, weekly report, templates).

Only PySide6 and the app's own light modules load here; the dialogs, the
services and with them openpyxl and calamine load when an action runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from oa_desk.gui.main_window import MainWindow

__all__ = ["install_excel_actions"]


def install_excel_actions(window: MainWindow) -> None:
    """Add the Excel submenu to ``window``'s File menu, enabled as the open plan allows."""
    from oa_desk.gui.excel.actions import install

    install(window)
