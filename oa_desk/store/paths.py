"""Where OA Desk keeps its own files (snapshots, the demo plan)."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "OA Desk"
DATA_DIR_ENV = "OA_DESK_DATA_DIR"


def data_dir() -> Path:
    """The per-user data folder; ``OA_DESK_DATA_DIR`` overrides it (tests, portable use)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False, roaming=True)


def snapshots_root() -> Path:
    return data_dir() / "snapshots"
