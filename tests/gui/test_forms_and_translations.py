"""Generated forms match their Designer sources; the zh_CN translation is complete."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from oa_desk.gui.forms import build
from oa_desk.gui.lupdate import areas, run_lupdate, sources, ts_file

UI_FILES = build.ui_files()


@pytest.mark.parametrize("ui", UI_FILES, ids=lambda p: p.name)
def test_generated_form_is_in_step_with_its_ui_file(ui: Path) -> None:
    target = build.target_for(ui)
    assert target.exists(), f"run python -m oa_desk.gui.forms.build to create {target.name}"
    assert target.read_text(encoding="utf-8") == build.generate(ui), (
        f"{target.name} is out of date: run python -m oa_desk.gui.forms.build"
    )


def test_form_names_are_unique_across_areas() -> None:
    stems = [p.stem for p in UI_FILES]
    assert len(stems) == len(set(stems)), "two .ui files would generate the same module"


def test_every_generated_form_has_a_source() -> None:
    sources = {f"ui_{p.stem}.py" for p in UI_FILES}
    generated = {p.name for p in build.FORMS.glob("ui_*.py")}
    assert generated == sources


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    out = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            out[(name, message.findtext("source", ""))] = message
    return out


AREAS = areas()


def test_areas_cover_every_source_once() -> None:
    gui = Path(build.FORMS.parent)
    modules = {p for p in gui.rglob("*.py") if "forms" not in p.relative_to(gui).parts}
    scanned = sources()
    assert len(scanned) == len(set(scanned)), "a source belongs to two areas"
    assert modules <= set(scanned), f"modules in no area: {modules - set(scanned)}"
    assert set(UI_FILES) <= set(scanned), "a .ui file outside ui/ or ui/<area>/"
    assert {"core", "timeline", "excel"} <= set(AREAS)


@pytest.mark.parametrize("area", AREAS)
def test_translation_covers_every_string_in_the_sources(tmp_path: Path, area: str) -> None:
    fresh = tmp_path / "fresh.ts"
    run_lupdate(fresh, "zh_CN", area=area)
    assert ts_file(area, "zh_CN").is_file(), f"run python -m oa_desk.gui.lupdate for {area}"
    missing = set(_messages(fresh)) - set(_messages(ts_file(area, "zh_CN")))
    assert not missing, f"untranslated strings; run python -m oa_desk.gui.lupdate: {missing}"


@pytest.mark.parametrize("area", AREAS)
def test_english_plural_forms_cover_every_plural_string(tmp_path: Path, area: str) -> None:
    fresh = tmp_path / "fresh.ts"
    run_lupdate(fresh, "en", area=area, plurals_only=True)
    en = ts_file(area, "en")
    missing = set(_messages(fresh)) - (set(_messages(en)) if en.is_file() else set())
    assert not missing, f"plural strings without English forms: {missing}"
    if not en.is_file():
        return
    for (context, source), message in _messages(en).items():
        forms = [f.text or "" for f in message.iter("numerusform")]
        assert len(forms) == 2 and all("%n" in f or "%Ln" in f for f in forms), (context, source)
        assert "(s)" not in "".join(forms), (context, source)


@pytest.mark.parametrize("area", AREAS)
def test_translation_is_complete_and_keeps_placeholders(area: str) -> None:
    problems = []
    for (context, source), message in _messages(ts_file(area, "zh_CN")).items():
        translation = message.find("translation")
        assert translation is not None
        kind = translation.get("type")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if kind in ("unfinished", "vanished", "obsolete") or not all(f.strip() for f in forms):
            problems.append(f"{context}: {source!r} is not translated")
            continue
        for form in forms:
            if sorted(re.findall(r"\{\w+\}", form)) != sorted(re.findall(r"\{\w+\}", source)):
                problems.append(f"{context}: {source!r} placeholders differ in {form!r}")
            # %Ln is %n with the locale's digit grouping (1,204).
            if message.get("numerus") == "yes" and "%n" not in form and "%Ln" not in form:
                problems.append(f"{context}: {source!r} lost %n")
            if source.count("&") - source.count("&&") != form.count("&") - form.count("&&"):
                problems.append(f"{context}: {source!r} accelerator differs in {form!r}")
        if "%n" in source and message.get("numerus") != "yes":
            # lupdate marks plurals only of tr(text, disambiguation, n) with a plain name
            problems.append(f"{context}: {source!r} is not a plural: call tr() with a count")
    assert not problems, "\n".join(problems)
