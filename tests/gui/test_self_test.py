"""``oa-desk --self-test`` passes on a sound install and names what failed otherwise;
a bundle's shipped .qm is used whatever the file times say."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from oa_desk.cli import main
from oa_desk.gui import i18n, selftest
from oa_desk.gui.registry import features
from oa_desk.gui.settings import SETTINGS_FILE_ENV
from oa_desk.gui.widgets.figure_view import FigureView


@pytest.fixture(autouse=True)
def _close_windows(qapp: Any) -> Any:
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()


def test_the_self_test_passes_and_leaves_the_users_settings_alone(
    qapp: Any, isolated_settings: Path
) -> None:
    out = io.StringIO()
    assert selftest.run_self_test(out) == 0, out.getvalue()
    text = out.getvalue()
    assert "FAILED" not in text
    assert "page overview: 0 tabs, 7 charts" in text
    assert "page training:" in text and "2 charts" in text
    pages = [f.key for f in features() if f.page is not None]
    assert all(f"page {key}:" in text for key in pages)
    assert f"self-test: passed: {len(pages)} pages," in text
    assert os.environ[SETTINGS_FILE_ENV] == str(isolated_settings)  # put back
    assert not isolated_settings.exists()  # the run had its own settings file


def test_a_chart_that_cannot_draw_fails_the_self_test(
    qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: FigureView) -> None:
        raise ImportError("numpy C-extensions failed")  # what a bad bundle said

    monkeypatch.setattr(FigureView, "draw_now", broken)
    out = io.StringIO()
    assert selftest.run_self_test(out) == 1
    text = out.getvalue()
    assert "FAILED page overview: ImportError: numpy C-extensions failed" in text
    assert "FAILED page training" in text
    assert "page timeline" in text  # the other pages were still visited


def test_a_missing_translation_fails_the_self_test(
    qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "compiled_translation", lambda ts: None)
    out = io.StringIO()
    assert selftest.run_self_test(out) == 1
    assert "FAILED translations: RuntimeError: the zh_CN translation did not load" in out.getvalue()


def test_the_command_line_runs_it(qapp: Any, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--self-test"]) == 0
    assert "self-test: passed" in capsys.readouterr().out


def test_a_bundle_uses_its_shipped_qm_even_when_it_looks_older(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ts = tmp_path / "zh_CN.ts"
    qm = tmp_path / "zh_CN.qm"
    qm.write_bytes(b"compiled by the packager")
    ts.write_text("<TS/>", encoding="utf-8")
    os.utime(qm, (1_000_000, 1_000_000))  # copied into the bundle before its .ts
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert i18n.compiled_translation(ts) == qm
    monkeypatch.delattr(sys, "frozen")
    assert i18n.compiled_translation(ts) != qm  # a checkout rebuilds a stale one
