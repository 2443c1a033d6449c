"""Exported files follow the user's umask like any other file (issue 9)."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from oa_desk.services import excel
from oa_desk.services.mspdi import export_mspdi
from tests.unit.excel_fixtures import make_plan

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


@pytest.fixture
def umask() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_every_export_has_the_mode_of_a_new_file(
    tmp_path: Path, umask: None, mask: int, mode: int
) -> None:
    store = make_plan(tmp_path / "p.oadesk")
    try:
        os.umask(mask)
        written: dict[str, Callable[[Path], object]] = {
            "plan.xlsx": lambda p: excel.export_workbook(store, p),
            "report.xlsx": lambda p: excel.write_report(store, p),
            "template.xlsx": excel.write_template,
            "plan.xml": lambda p: export_mspdi(store, p),
        }
        for name, write in written.items():
            write(tmp_path / name)
            got = stat.S_IMODE((tmp_path / name).stat().st_mode)
            assert got == mode, f"{name}: {oct(got)}, expected {oct(mode)}"
    finally:
        store.close()
