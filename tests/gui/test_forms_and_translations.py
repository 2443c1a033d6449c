"""Generated forms match their Designer sources; the zh_CN translation is complete."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from oa_desk.gui.forms import build
from oa_desk.gui.lupdate import run_lupdate
from oa_desk.resources import resource

UI_FILES = sorted(build.UI_DIR.glob("*.ui"))


@pytest.mark.parametrize("ui", UI_FILES, ids=lambda p: p.name)
def test_generated_form_is_in_step_with_its_ui_file(ui: Path) -> None:
    target = build.target_for(ui)
    assert target.exists(), f"run python -m oa_desk.gui.forms.build to create {target.name}"
    assert target.read_text(encoding="utf-8") == build.generate(ui), (
        f"{target.name} is out of date: run python -m oa_desk.gui.forms.build"
    )


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


TS = resource("translations", "oa_desk_zh_CN.ts")


def test_translation_covers_every_string_in_the_sources(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    run_lupdate(fresh, "zh_CN")
    missing = set(_messages(fresh)) - set(_messages(TS))
    assert not missing, f"untranslated strings; run python -m oa_desk.gui.lupdate: {missing}"


EN = resource("translations", "oa_desk_en.ts")


def test_english_plural_forms_cover_every_plural_string(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    run_lupdate(fresh, "en", plurals_only=True)
    missing = set(_messages(fresh)) - set(_messages(EN))
    assert not missing, f"plural strings without English forms: {missing}"
    for (context, source), message in _messages(EN).items():
        forms = [f.text or "" for f in message.iter("numerusform")]
        assert len(forms) == 2 and all("%n" in f or "%Ln" in f for f in forms), (context, source)
        assert "(s)" not in "".join(forms), (context, source)


def test_translation_is_complete_and_keeps_placeholders() -> None:
    problems = []
    for (context, source), message in _messages(TS).items():
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
