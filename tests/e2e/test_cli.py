"""The command line, driven as a user would: exit codes, messages, no tracebacks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from oa_desk import __version__


def oa_desk(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "oa_desk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=env,
        timeout=300,
    )


def assert_clean_error(result: subprocess.CompletedProcess[str], code: int) -> None:
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.strip(), "an error must say what was wrong"


def test_version() -> None:
    result = oa_desk("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_new_then_check(tmp_path: Path) -> None:
    plan = tmp_path / "新计划.oadesk"
    result = oa_desk("new", str(plan), "--name", "集团 OA 推广", "--go-live", "2027-03-01")
    assert result.returncode == 0, result.stderr
    assert plan.exists()
    check = oa_desk("check", str(plan))
    assert check.returncode == 0, check.stderr
    assert "integrity:      ok" in check.stdout
    assert "plan format:" in check.stdout


def test_new_refuses_an_existing_file(tmp_path: Path) -> None:
    plan = tmp_path / "p.oadesk"
    oa_desk("new", str(plan), "--name", "一")
    assert_clean_error(oa_desk("new", str(plan), "--name", "二"), 1)


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert_clean_error(oa_desk("check"), 2)
    assert_clean_error(
        oa_desk("new", str(tmp_path / "x.oadesk"), "--name", "x", "--go-live", "3/1"), 2
    )
    assert_clean_error(oa_desk("frobnicate"), 2)
    assert_clean_error(oa_desk("demo", str(tmp_path / "d.oadesk"), "--scale", "0"), 2)


def test_check_refuses_damaged_and_foreign_files(tmp_path: Path) -> None:
    plan = tmp_path / "p.oadesk"
    oa_desk("new", str(plan), "--name", "损坏")
    data = bytearray(plan.read_bytes())
    data[4096:8192] = b"\xab" * 4096
    plan.write_bytes(bytes(data))
    result = oa_desk("check", str(plan))
    assert result.returncode == 1
    assert "damaged" in result.stderr and "Traceback" not in result.stderr
    text = tmp_path / "notes.oadesk"
    text.write_text("not a plan", encoding="utf-8")
    assert_clean_error(oa_desk("check", str(text)), 1)
    assert_clean_error(oa_desk("check", str(tmp_path / "missing.oadesk")), 1)


@pytest.mark.slow
def test_demo_then_check(tmp_path: Path) -> None:
    plan = tmp_path / "demo.oadesk"
    result = oa_desk("demo", str(plan), "--seed", "5")
    assert result.returncode == 0, result.stderr
    assert "rows" in result.stderr
    check = oa_desk("check", str(plan))
    assert check.returncode == 0, check.stderr
    counts = {
        line.split()[0]: int(line.split()[1].replace(",", ""))
        for line in check.stdout.splitlines()
        if line.startswith("  ")
    }
    assert counts["task"] >= 100 and counts["person"] >= 500 and counts["department"] >= 10
    assert_clean_error(oa_desk("demo", str(plan)), 1)  # exists: refused without --force
