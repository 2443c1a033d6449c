"""Hostile input end to end: exit 1 with a message, never a traceback or a core dump,
the plan byte for byte unchanged, in bounded time and memory (issue 9).

Each attack runs ``oa-desk`` in a child process under a 3 GB address-space limit
(so a failed defence aborts the child, not the machine) and records its wall
time and peak memory; ``pytest -s`` prints the table.
"""

from __future__ import annotations

import hashlib
import os
import resource
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest

from oa_desk.store.lock import PlanLock
from oa_desk.store.planfile import check_plan, create_plan
from tests.hostile_files import (
    far_cell_workbook,
    sheet_xml,
    string_count_workbook,
    workbook_with_sheet,
)

LIMIT_BYTES = 3 << 30
# Runs the command line and leaves its peak resident memory (KiB, VmHWM: this
# program's own, not its parent's as getrusage would count across exec) in $RUSAGE_OUT.
WRAPPER = (
    "import atexit, os, sys\n"
    "def _out():\n"
    "    with open('/proc/self/status') as f:\n"
    "        hwm = next(l.split()[1] for l in f if l.startswith('VmHWM:'))\n"
    "    with open(os.environ['RUSAGE_OUT'], 'w') as f:\n"
    "        f.write(hwm)\n"
    "atexit.register(_out)\n"
    "from oa_desk.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


@dataclass
class Run:
    returncode: int
    stderr: str
    seconds: float
    peak_mb: float


def run(
    tmp_path: Path,
    *args: str,
    env: dict[str, str] | None = None,
    setup: Callable[[], object] | None = None,
) -> Run:
    out = tmp_path / f"rusage-{time.monotonic_ns()}"

    def limits() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (LIMIT_BYTES, LIMIT_BYTES))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        if setup is not None:
            setup()

    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", WRAPPER, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**(env if env is not None else os.environ), "RUSAGE_OUT": str(out)},
        preexec_fn=limits,
        timeout=300,
    )
    seconds = time.perf_counter() - started
    peak = int(out.read_text()) / 1024 if out.exists() else float("nan")
    return Run(result.returncode, result.stderr, seconds, peak)


def refused(result: Run, *words: str) -> None:
    """Exit 1, one message that names what was wrong, no Python in sight."""
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr and "panicked" not in result.stderr, result.stderr
    message = result.stderr.strip()
    assert message.startswith("oa-desk: "), message
    for word in words:
        assert word in message, message


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "计划.oadesk"
    create_plan(path, name="集团 OA 推广", organisation="示例集团")
    return path


def _record(name: str, result: Run) -> None:
    figures = f"exit {result.returncode} | {result.seconds:.2f} s | {result.peak_mb:.0f} MB"
    print(f"\n| {name} | {figures} |")


FAR_CELLS: dict[str, Callable[[Path], Path]] = {
    "one cell at XFD1048576": lambda p: far_cell_workbook(p, "XFD1048576"),
    "one cell at ALL200000": lambda p: far_cell_workbook(p, "ALL200000"),
    "dimension A1:XFD1048576": lambda p: workbook_with_sheet(
        p, sheet_xml('<row r="1"><c r="A1"><v>1</v></c></row>', dimension="A1:XFD1048576")
    ),
    "prefixed x:c at XFD1048576": lambda p: workbook_with_sheet(
        p, sheet_xml('<x:row r="9"><x:c r="XFD1048576"><x:v>1</x:v></x:c></x:row>')
    ),
    "cells without r after row 1048576": lambda p: workbook_with_sheet(
        p, sheet_xml('<row r="1048576">' + "<c><v>1</v></c>" * 40 + "</row>")
    ),
    "sst uniqueCount 4,000,000,000": string_count_workbook,
}


@pytest.mark.parametrize("attack", sorted(FAR_CELLS))
@pytest.mark.parametrize("kind", ["people", None])
def test_a_far_cell_is_refused_without_allocating(
    plan: Path, tmp_path: Path, attack: str, kind: str | None
) -> None:
    book = FAR_CELLS[attack](tmp_path / "名单.xlsx")
    assert book.stat().st_size < 4096
    before = digest(plan)
    args = ["import", str(plan), str(book), "--yes"] + (["--kind", kind] if kind else [])
    result = run(tmp_path, *args)
    _record(f"import ({kind or 'plan workbook'}): {attack}", result)
    if attack.startswith("sst"):
        refused(result, "名单.xlsx", "4,000,000,000 shared strings")
    elif attack.startswith("cells without r"):
        refused(result, "名单.xlsx")  # 40 columns by 1,048,576 rows is over the bound
    else:
        refused(result, "名单.xlsx", "人员", "reaches cell")
    assert result.seconds < 30 and result.peak_mb < 500
    assert digest(plan) == before


def test_demo_force_onto_an_open_plan_is_refused_before_any_work(
    plan: Path, tmp_path: Path
) -> None:
    before = digest(plan)
    lock = PlanLock.acquire(plan)
    try:
        result = run(tmp_path, "demo", str(plan), "--force")
    finally:
        lock.release()
    _record("demo --force onto a plan open elsewhere", result)
    refused(result, "is open by")
    assert digest(plan) == before


@pytest.mark.parametrize("after", [1.5, 4.0])
def test_demo_force_killed_midway_leaves_the_old_plan_or_a_whole_new_one(
    plan: Path, tmp_path: Path, after: float
) -> None:
    before = digest(plan)
    child = subprocess.Popen(
        [sys.executable, "-m", "oa_desk", "demo", str(plan), "--force", "--scale", "4"],
        stderr=subprocess.DEVNULL,
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_CORE, (0, 0)),
    )
    time.sleep(after)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    if digest(plan) != before:  # it finished before the kill: then it is whole
        report = check_plan(plan)
        assert report.ok and report.counts["task"] > 100
    print(
        f"\n| demo --force killed after {after} s | {'old' if digest(plan) == before else 'new'} |"
    )
    assert check_plan(plan).ok


def _xcb_missing() -> bool:
    """Whether a library Qt's X11 plugin needs is not on this machine."""
    import ctypes

    from oa_desk.gui.preflight import XCB_LIBRARIES

    for name in XCB_LIBRARIES:
        try:
            ctypes.CDLL(name)
        except OSError:
            return True
    return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 is Linux's")
@pytest.mark.parametrize(
    ("env", "words"),
    [
        ({"DISPLAY": ":4711"}, ("cannot connect to the X display ':4711'",)),
        ({"DISPLAY": ":4711", "QT_QPA_PLATFORM": "bogus"}, ("QT_QPA_PLATFORM=bogus",)),
        ({}, ("DISPLAY is not set",)),
    ],
)
def test_no_window_possible_is_one_line(
    plan: Path, tmp_path: Path, env: dict[str, str], words: tuple[str, ...]
) -> None:
    base = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    base["OA_DESK_SETTINGS_FILE"] = str(tmp_path / "settings.ini")
    if "cannot connect to the X display ':4711'" in words and _xcb_missing():
        # Without Qt's X11 libraries that is what stops the window first, and it says so.
        words = ("Qt's X11 plugin cannot load", "sudo apt-get install")
    before = digest(plan)
    result = run(tmp_path, str(plan), env={**base, **env})
    _record(f"start with {env or 'no DISPLAY'}", result)
    refused(result, *words)
    assert len(result.stderr.strip().splitlines()) == 1
    assert digest(plan) == before


def test_a_formula_organisation_stays_text_in_the_report(tmp_path: Path) -> None:
    plan = tmp_path / "p.oadesk"
    create_plan(plan, name='=HYPERLINK("http://x.example","go")', organisation="=6*7")
    report = tmp_path / "周报.xlsx"
    result = run(tmp_path, "report", str(plan), str(report), setup=lambda: os.umask(0o022))
    _record("report of a plan named =HYPERLINK(...), organisation =6*7", result)
    assert result.returncode == 0, result.stderr
    wb = openpyxl.load_workbook(report)
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    assert any(c.value == "=6*7" and c.quotePrefix for c in cells)
    assert stat.S_IMODE(report.stat().st_mode) == 0o644
