"""GUI fixtures: a fresh settings file per test, dialogs that never block."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QMessageBox

from oa_desk.gui.app import build_window, make_app
from oa_desk.gui.main_window import MainWindow
from oa_desk.gui.settings import SETTINGS_FILE_ENV, Settings


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Iterator[Path]:
    QStandardPaths.setTestModeEnabled(True)  # caches (compiled translations) go to a test folder
    path = tmp_path / "settings.ini"
    old = os.environ.get(SETTINGS_FILE_ENV)
    os.environ[SETTINGS_FILE_ENV] = str(path)
    yield path
    if old is None:
        os.environ.pop(SETTINGS_FILE_ENV, None)
    else:
        os.environ[SETTINGS_FILE_ENV] = old


class MessageBoxes:
    """Records what would have been shown in a message box, instead of blocking."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []

    def record(self, kind: str) -> Any:
        def show(_parent: Any, _title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            self.shown.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return show


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    boxes = MessageBoxes()
    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, boxes.record(kind))

    def exec_(box: QMessageBox) -> int:  # a box built by hand: record it, press nothing
        boxes.shown.append(("exec", box.text()))
        return int(QMessageBox.StandardButton.Cancel.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return boxes


@pytest.fixture
def window(qtbot: Any, message_boxes: MessageBoxes) -> Iterator[MainWindow]:
    make_app()
    win = build_window(Settings())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    win.translations.apply("en")


@pytest.fixture(autouse=True, scope="package")
def bundled_fonts(qapp: Any) -> Iterator[None]:
    """Chinese renders without system fonts: the app's own CJK font is registered; and
    cyclic garbage is collected on the gui thread only, as in the app, while the gui
    tests run (after them the collector is on again, for the tests that follow)."""
    from oa_desk.gui import collector
    from oa_desk.gui.fonts import install_fonts

    install_fonts(qapp)
    collector.install(qapp)
    yield
    collector.uninstall()
