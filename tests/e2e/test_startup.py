"""Start-up: heavy libraries stay out of the way until the main window is shown."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from oa_desk.services.demo import generate_demo

HEAVY = ("matplotlib", "openpyxl", "numpy")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("startup") / "demo.oadesk"
    generate_demo(path)
    return path


def _start(demo: Path, tmp_path: Path, *flags: str) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        OA_DESK_EXIT_AFTER_PAINT="1",
        OA_DESK_SETTINGS_FILE=str(tmp_path / "settings.ini"),
    )
    return subprocess.run(
        [sys.executable, *flags, "-m", "oa_desk", str(demo)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_window_paints_without_heavy_imports(demo: Path, tmp_path: Path) -> None:
    result = _start(demo, tmp_path, "-X", "importtime")
    assert result.returncode == 0, result.stderr[-3000:]
    assert "painted" in result.stdout
    heavy_line = next(line for line in result.stdout.splitlines() if line.startswith("heavy"))
    assert heavy_line.strip() == "heavy-modules", heavy_line
    imported = {
        line.split("|")[-1].strip()
        for line in result.stderr.splitlines()
        if line.startswith("import time:")
    }
    for name in HEAVY:
        assert not any(m == name or m.startswith(name + ".") for m in imported), name
    # DESIGN: nothing but PySide6 and the app's own modules before the window shows
    others = next(line for line in result.stdout.splitlines() if line.startswith("third-party"))
    assert others.strip() == "third-party-modules", others


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and Wayland are Linux's")
def test_no_display_says_so_in_one_line_instead_of_dumping_core(demo: Path, tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["OA_DESK_SETTINGS_FILE"] = str(tmp_path / "settings.ini")
    result = subprocess.run(
        [sys.executable, "-m", "oa_desk", str(demo)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 1  # not -6 (SIGABRT) with a core dump
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "DISPLAY is not set" in lines[0], result.stderr
