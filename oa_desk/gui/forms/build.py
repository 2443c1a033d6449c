"""Compile ``ui/**/*.ui`` into typed ``oa_desk/gui/forms/ui_*.py`` modules.

A feature's forms live in ``ui/<area>/``; the generated modules sit side by side.
Runs PySide6's uic, then annotates ``setupUi``/``retranslateUi`` with the form's
top-level class so the generated code passes ``mypy --strict``, and drops the
line naming uic's exact version so patch releases do not churn the files.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET  # our own .ui files, not untrusted input
from pathlib import Path

FORMS = Path(__file__).resolve().parent
UI_DIR = FORMS.parent.parent.parent / "ui"


def _uic() -> list[str]:
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / "uic", folder / "uic.exe", folder / "Qt" / "libexec" / "uic"):
        if candidate.is_file():
            return [str(candidate), "-g", "python"]
    return ["pyside6-uic"]


def target_for(ui: Path) -> Path:
    return FORMS / f"ui_{ui.stem}.py"


def generate(ui: Path) -> str:
    """The typed Python module for one .ui file."""
    root = ET.parse(ui).getroot().find("widget")
    if root is None:
        raise ValueError(f"{ui}: no top-level widget")
    base = root.get("class", "QWidget")
    out = subprocess.run(
        [*_uic(), "--from-imports", str(ui)], capture_output=True, text=True, check=True
    ).stdout
    out = re.sub(r"^## Created by: Qt User Interface Compiler version .*\n", "", out, flags=re.M)
    out = re.sub(
        r"def (setupUi|retranslateUi)\(self, (\w+)\):",
        rf"def \1(self, \2: {base}) -> None:",
        out,
    )
    name = ui.relative_to(UI_DIR).as_posix()
    header = f"# Generated from ui/{name} by `python -m oa_desk.gui.forms.build`: do not edit.\n"
    return header + out.replace("\r\n", "\n")


def ui_files() -> list[Path]:
    """Every Designer form; their names are unique, as the generated modules are flat."""
    return sorted(UI_DIR.rglob("*.ui"))


def main() -> int:
    for ui in ui_files():
        target = target_for(ui)
        text = generate(ui)
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8", newline="\n")
            print(f"wrote {target.relative_to(FORMS.parent.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
