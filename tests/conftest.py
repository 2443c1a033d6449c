"""Shared fixtures: every test runs with its own data folder and offscreen Qt."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Tests set this themselves so that `pytest` works anywhere, with or without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Snapshots and other per-user files go to a fresh folder, never the real one."""
    folder = tmp_path_factory.mktemp("oa-desk-data")
    old = os.environ.get("OA_DESK_DATA_DIR")
    os.environ["OA_DESK_DATA_DIR"] = str(folder)
    yield folder
    if old is None:
        os.environ.pop("OA_DESK_DATA_DIR", None)
    else:
        os.environ["OA_DESK_DATA_DIR"] = old
