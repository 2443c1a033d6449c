"""Resources are found the same way from a source checkout and from an installed wheel."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from oa_desk.resources import resources_dir

ROOT = Path(__file__).resolve().parents[2]


def test_source_checkout_finds_resources() -> None:
    folder = resources_dir()
    assert (folder / "translations" / "core" / "zh_CN.ts").is_file()
    assert (folder / "icons" / "phosphor" / "house.svg").is_file()
    assert (folder / "templates" / "rollout.json").is_file()


@pytest.mark.slow
def test_installed_wheel_finds_its_resources(tmp_path: Path) -> None:
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    wheel = next(tmp_path.glob("oa_desk-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "oa_desk/_resources/translations/timeline/zh_CN.ts" in names
    assert "oa_desk/_resources/icons/phosphor/LICENSE" in names
    assert "oa_desk/_resources/templates/rollout.json" in names
    assert any(n.startswith("oa_desk/store/migrations/versions/0001") for n in names)
    assert not any(n.endswith(".qm") for n in names)
    target = tmp_path / "site"
    installed = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert installed.returncode == 0, installed.stderr[-3000:]
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; sys.path.insert(0, sys.argv[1]); "
            "from oa_desk.resources import resources_dir; print(resources_dir())",
            str(target),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert probe.returncode == 0, probe.stderr
    assert Path(probe.stdout.strip()) == target / "oa_desk" / "_resources"
