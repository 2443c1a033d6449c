"""Save As onto the open plan itself, under any of its names, changes nothing (issue 9)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from oa_desk.gui import messages
from oa_desk.gui.main_window import MainWindow
from oa_desk.store.errors import PlanErrorKind, PlanFileError
from oa_desk.store.planfile import create_plan
from tests.gui.conftest import MessageBoxes


@pytest.mark.parametrize("name", ["real.oadesk", "hard.oadesk", "sub/up/real.oadesk"])
def test_save_as_onto_the_open_plan_under_another_name_changes_nothing(
    window: MainWindow,
    tmp_path: Path,
    message_boxes: MessageBoxes,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
) -> None:
    real = tmp_path / "real.oadesk"
    create_plan(real, name="打开的计划")
    (tmp_path / "link.oadesk").symlink_to(real.name)
    os.link(real, tmp_path / "hard.oadesk")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to("..")
    assert window.open_path(tmp_path / "link.oadesk")
    doc = window.doc
    before = real.read_bytes()
    monkeypatch.setattr(window.lifecycle, "_ask_save_path", lambda *a: tmp_path / name)
    window.save_as()
    assert "saved automatically" in window.statusBar().currentMessage()
    assert not message_boxes.shown
    assert window.doc is doc and real.read_bytes() == before
    assert (tmp_path / "link.oadesk").is_symlink()


def test_the_same_file_refusal_has_its_own_words(window: MainWindow, tmp_path: Path) -> None:
    err = PlanFileError(PlanErrorKind.SAME_FILE, tmp_path / "b.oadesk", source="a.oadesk")
    text = messages.describe(err)
    assert "cannot replace it" in text and "b.oadesk" in text and "a.oadesk" in text
