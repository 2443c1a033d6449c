"""Refresh the ``.ts`` translation sources from the code: ``python -m oa_desk.gui.lupdate``.

Translations are kept per *area*, so that features built side by side never
edit the same file: ``resources/translations/<area>/<language>.ts``. An area is
a package under ``oa_desk/gui`` (``timeline``, ``excel`` ...) with the Designer
forms in ``ui/<area>/``; the modules at the top of ``oa_desk/gui``, the shared
packages in :data:`CORE_PACKAGES` and the forms at the top of ``ui/`` are the
``core`` area. A new feature package is a new area by itself.

The generated ``forms/ui_*.py`` are not scanned (they repeat the forms'
strings). New strings arrive untranslated; translate them in Qt Linguist
(``pyside6-linguist``) before committing: a test refuses an incomplete
translation.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from oa_desk.resources import resource

GUI = Path(__file__).resolve().parent
UI_DIR = GUI.parent.parent / "ui"
CORE = "core"
# Packages of oa_desk/gui shared by every feature: their strings are the core's.
CORE_PACKAGES = frozenset({"widgets"})
NOT_SCANNED = frozenset({"forms", "__pycache__"})
LANGUAGES = ("zh_CN",)
# English is the source language; its files hold only the plural forms
# ("1 day", "2 days") that the source strings write as "%n day(s)".
PLURALS_ONLY = ("en",)


def areas() -> list[str]:
    """Every translation area: the core and each feature package of the gui."""
    packages = sorted(
        p.name
        for p in GUI.iterdir()
        if p.is_dir()
        and (p / "__init__.py").is_file()
        and p.name not in NOT_SCANNED
        and p.name not in CORE_PACKAGES
    )
    return [CORE, *packages]


def sources(area: str | None = None) -> list[Path]:
    """The modules and forms whose strings belong to ``area`` (``None``: all of them)."""
    if area is None:
        return [p for a in areas() for p in sources(a)]
    if area == CORE:
        modules = sorted(GUI.glob("*.py"))
        for package in sorted(CORE_PACKAGES):
            modules += sorted((GUI / package).rglob("*.py"))
        return modules + sorted(UI_DIR.glob("*.ui"))
    return sorted((GUI / area).rglob("*.py")) + sorted((UI_DIR / area).glob("*.ui"))


def ts_file(area: str, language: str) -> Path:
    return resource("translations", area, f"{language}.ts")


def _tool() -> str:
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / "lupdate", folder / "lupdate.exe"):
        if candidate.is_file():
            return str(candidate)
    return "pyside6-lupdate"


def run_lupdate(ts: Path, language: str, *, area: str, plurals_only: bool = False) -> None:
    ts.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            _tool(),
            *(["-pluralonly"] if plurals_only else []),
            *(str(p) for p in sources(area)),
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
    for area in areas():
        for language in LANGUAGES:
            run_lupdate(ts_file(area, language), language, area=area)
        for language in PLURALS_ONLY:
            run_lupdate(ts_file(area, language), language, area=area, plurals_only=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
