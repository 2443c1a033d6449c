"""Shared fixtures: every test runs with its own data folder and offscreen Qt."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.pg import PG_URL_ENV, PgServer, engine_params, server_url

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


# -- both engines: SQLite always, PostgreSQL when OA_DESK_TEST_PG_URL names a server --


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """The PostgreSQL test server (tests/pg.py); the test is skipped without one."""
    url = server_url()
    if url is None:
        pytest.skip(f"{PG_URL_ENV} is not set")
    server = PgServer(url)
    yield server
    server.close()


@pytest.fixture(params=engine_params())
def plan_engine(request: pytest.FixtureRequest) -> str:
    """ "sqlite" or "postgresql": a test taking it runs once per engine."""
    return str(request.param)
