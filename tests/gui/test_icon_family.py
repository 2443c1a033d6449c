"""One icon family: no Qt stock icons on dialog buttons or message boxes, every icon named
in the gui is one of the bundled Phosphor set, and no two actions that differ look alike."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QStyle

from oa_desk.gui.icons import OneIconFamilyStyle, icon
from oa_desk.resources import resource

GUI = Path(__file__).resolve().parents[2] / "oa_desk" / "gui"


def test_dialog_buttons_carry_no_stock_icons_and_message_boxes_phosphor_ones() -> None:
    style = OneIconFamilyStyle("Fusion")
    assert style.styleHint(QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons) == 0
    plain = QStyle.StandardPixmap.SP_MessageBoxWarning
    ours = style.standardIcon(plain)
    assert not ours.isNull()
    assert ours.cacheKey() == icon("warning").cacheKey()
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    box.setStyle(style)
    button = box.button(QDialogButtonBox.StandardButton.Ok)
    button.setStyle(style)
    box.show()
    assert button.icon().isNull()


def test_every_icon_named_in_the_gui_is_bundled() -> None:
    names = set()
    for path in GUI.rglob("*.py"):
        names |= set(re.findall(r'\bicon\("([a-z0-9-]+)"\)', path.read_text(encoding="utf-8")))
        names |= set(re.findall(r'_act\(\s*"([a-z0-9-]+)"', path.read_text(encoding="utf-8")))
    assert names
    missing = sorted(n for n in names if not resource("icons", "phosphor", f"{n}.svg").is_file())
    assert not missing


def test_save_baseline_and_ms_project_import_and_export_look_different() -> None:
    text = (GUI / "timeline" / "actions.py").read_text(encoding="utf-8")
    chosen = dict(re.findall(r'self\.(\w+) = self\._act\(\s*"([a-z0-9-]+)"', text))
    assert chosen["save_baseline"] != "floppy-disk"  # Save As's icon
    assert chosen["import_xml"] != chosen["export_xml"]
    assert len(set(chosen.values())) == len(chosen)  # one look per action
