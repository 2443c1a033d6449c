"""Refresh the ``.ts`` translation sources from the code: ``python -m oa_desk.gui.lupdate``.

Translations are kept per *area*, so that features built side by side never
edit the same file: ``resources/translations/<area>/<language>.ts``. An area is
a package under ``oa_desk/gui`` (``timeline``, ``excel`` ...) with the Designer
forms in ``ui/<area>/``; the modules at the top of ``oa_desk/gui``, the shared
packages in :data:`CORE_PACKAGES` and the forms at the top of ``ui/`` are the
``core`` area. A new feature package is a new area by itself.

The generated ``forms/ui_*.py`` are not scanned (they repeat the forms'
strings). New strings arrive untranslated, except where the very same English text is
already translated somewhere (a string that moved to another class or area
keeps its translation; each reuse is printed); translate the rest in Qt
Linguist (``pyside6-linguist``) before committing: a test refuses an
incomplete translation.
"""

from __future__ import annotations

import copy
import subprocess
import sys
import xml.etree.ElementTree as ET  # our own .ts files, not untrusted input
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


def _finished(message: ET.Element) -> ET.Element | None:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return None
    texts = [f.text for f in translation.iter("numerusform")] or [translation.text]
    return translation if all(t and t.strip() for t in texts) else None


def known_translations(language: str) -> dict[tuple[str, bool], ET.Element]:
    """Every finished translation of ``language``, by (source text, plural)."""
    known: dict[tuple[str, bool], ET.Element] = {}
    for ts in sorted(resource("translations").glob(f"*/{language}.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            done = _finished(message)
            if done is not None:
                key = (message.findtext("source", ""), message.get("numerus") == "yes")
                known.setdefault(key, done)
    return known


def reuse(ts: Path, known: dict[tuple[str, bool], ET.Element]) -> list[str]:
    """Fill unfinished messages of ``ts`` whose source is translated elsewhere."""
    if not ts.is_file():
        return []
    tree = ET.parse(ts)
    filled = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            source = message.findtext("source", "")
            found = known.get((source, message.get("numerus") == "yes"))
            if found is None:
                continue
            message.remove(translation)
            message.append(copy.deepcopy(found))
            filled.append(f"{context.findtext('name', '')}: {source}")
    if filled:
        ET.indent(tree, space="    ")
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
            encoding="utf-8",
        )
    return filled


def main() -> int:
    known = {language: known_translations(language) for language in (*LANGUAGES, *PLURALS_ONLY)}
    for area in areas():
        for language in LANGUAGES:
            run_lupdate(ts_file(area, language), language, area=area)
        for language in PLURALS_ONLY:
            run_lupdate(ts_file(area, language), language, area=area, plurals_only=True)
        for language in (*LANGUAGES, *PLURALS_ONLY):
            for line in reuse(ts_file(area, language), known[language]):
                print(f"reused {area}/{language}: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
