"""Refresh ``resources/translations/*.ts`` from the sources: ``python -m oa_desk.gui.lupdate``.

Scans the gui's Python modules and the Designer forms in ``ui/`` (not the
generated ``forms/ui_*.py``, which repeat the forms' strings). New strings
arrive untranslated; translate them in Qt Linguist (``pyside6-linguist``)
before committing: a test refuses an incomplete translation.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from oa_desk.resources import resource

GUI = Path(__file__).resolve().parent
UI_DIR = GUI.parent.parent / "ui"
LANGUAGES = ("zh_CN",)
# English is the source language; its file holds only the plural forms
# ("1 day", "2 days") that the source strings write as "%n day(s)".
PLURALS_ONLY = ("en",)


def sources() -> list[Path]:
    # Every gui module, subpackages included (excel/, timeline/ ...), but not the
    # generated forms/ui_*.py, whose strings come from the .ui files.
    modules = [p for p in sorted(GUI.rglob("*.py")) if p.parent != GUI / "forms"]
    return modules + sorted(UI_DIR.glob("*.ui"))


def _tool() -> str:
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / "lupdate", folder / "lupdate.exe"):
        if candidate.is_file():
            return str(candidate)
    return "pyside6-lupdate"


def run_lupdate(ts: Path, language: str, *, plurals_only: bool = False) -> None:
    subprocess.run(
        [
            _tool(),
            *(["-pluralonly"] if plurals_only else []),
            *(str(p) for p in sources()),
            "-source-language",
            "en",
            "-target-language",
            language,
            "-no-obsolete",
            "-locations",
            "none",
            "-silent",
            "-ts",
            str(ts),
        ],
        check=True,
    )


def main() -> int:
    for language in LANGUAGES:
        run_lupdate(resource("translations", f"oa_desk_{language}.ts"), language)
    for language in PLURALS_ONLY:
        run_lupdate(resource("translations", f"oa_desk_{language}.ts"), language, plurals_only=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
