"""Shared fixtures: every test runs with its own data folder and offscreen Qt."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.pg import PG_URL_ENV, PgServer, engine_params, open_on, server_url

if TYPE_CHECKING:
    from oa_desk.store.planfile import PlanStore

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


@pytest.fixture
def open_on_engine(plan_engine: str, request: pytest.FixtureRequest) -> Callable[[Path], PlanStore]:
    """Open a plan file as it is, or as a team plan copied from it: per ``plan_engine``."""
    server = request.getfixturevalue("pg_server") if plan_engine == "postgresql" else None
    return lambda path: open_on(plan_engine, server, path)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The PostgreSQL runs of an engine-parametrised test are ``both_engines`` tests:
    ``pytest -m both_engines`` (with the URL) runs them and not the SQLite runs again."""
    for item in items:
        callspec = getattr(item, "callspec", None)
        if callspec is not None and callspec.params.get("plan_engine") == "postgresql":
            item.add_marker(pytest.mark.both_engines)
