"""A plan that breaks its own rules opens read-only with the report (issue 9)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from oa_desk.gui.app import build_window, make_app
from oa_desk.gui.plan_report import open_checked, report_text
from oa_desk.gui.settings import Settings
from oa_desk.store.planfile import create_plan, open_plan


def _looped_plan(path: Path) -> None:
    create_plan(path, name="循环")
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(
        "INSERT INTO task (id, parent_id, seq, name, phase, kind, duration, progress,"
        " deliverable, acceptance, constraint_type, notes) VALUES"
        " (1, 2, 0, 'a', 'prepare', 'summary', 1, 0, '', '', 'asap', ''),"
        " (2, 1, 0, 'b', 'prepare', 'summary', 1, 0, '', '', 'asap', '')"
    )
    conn.close()


def test_an_unsound_plan_reopens_read_only(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "p.oadesk"
    _looped_plan(path)
    store = open_checked(None, open_plan(path, snapshot=False))
    try:
        assert store.read_only
        text = report_text(store.problems())
        assert "task row" in text and "loop" in text
    finally:
        store.close()


def test_a_sound_plan_stays_writable(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "ok.oadesk"
    create_plan(path, name="好")
    store = open_checked(None, open_plan(path, snapshot=False))
    try:
        assert not store.read_only
    finally:
        store.close()


def test_the_plan_opened_at_start_is_checked_once_the_window_painted(
    qtbot: QtBot, tmp_path: Path, message_boxes: Any
) -> None:
    """Start-up opens the plan before the window paints and SQLAlchemy is imported:
    the check comes right after the first paint, and still reopens it read-only."""
    make_app()
    window = build_window(Settings())
    qtbot.addWidget(window)
    path = tmp_path / "start.oadesk"
    _looped_plan(path)
    assert window.open_path(path)
    assert window.doc is not None and not window.doc.read_only  # not painted yet
    window.show()
    qtbot.waitUntil(lambda: window.doc is not None and window.doc.read_only, timeout=5000)
    window.close()
