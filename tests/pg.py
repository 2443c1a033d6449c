"""PostgreSQL for the tests: throw-away databases on the server OA_DESK_TEST_PG_URL names.

``.ci/pg-start`` starts such a server and prints its URL. Without the variable,
every test that needs the server is skipped and the engine-parametrised
fixtures run on SQLite only.

Each test gets a database of its own, cloned from a template that holds the
schema the migrations build (``CREATE DATABASE ... TEMPLATE``: milliseconds,
where running the migrations takes seconds), and dropped afterwards.
"""

from __future__ import annotations

import hashlib
import itertools
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from oa_desk.store.planfile import PlanStore

PG_URL_ENV = "OA_DESK_TEST_PG_URL"
ENGINES = ("sqlite", "postgresql")


def server_url() -> str | None:
    """The test server's URL, or None when the tests run on SQLite only."""
    return os.environ.get(PG_URL_ENV) or None


def engine_params() -> list[object]:
    """Parameters for a fixture over both engines; PostgreSQL skips without a server."""
    skip = pytest.mark.skipif(server_url() is None, reason=f"{PG_URL_ENV} is not set")
    return [pytest.param("sqlite", id="sqlite"), pytest.param("postgresql", marks=skip, id="pg")]


class PgServer:
    """Databases on the test server: empty ones, and ones holding the plan schema."""

    def __init__(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        self.url = make_url(url).set(drivername="postgresql")
        self._names = itertools.count(1)
        self._made: list[str] = []
        self._template: str | None = None
        self._admin: Engine | None = None
        # A plan file's digest -> the database holding it as a template ("": seen once).
        self.masters: dict[str, str] = {}

    def _admin_engine(self) -> Engine:
        from sqlalchemy import create_engine

        if self._admin is None:
            self._admin = create_engine(
                self.url.set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT"
            )
        return self._admin

    def url_of(self, database: str) -> str:
        return self.url.set(database=database).render_as_string(hide_password=False)

    def database(self, *, schema: bool = False, template: str | None = None) -> str:
        """A new database's URL: empty, with the plan schema (no rows) when ``schema``,
        or a copy of the database ``template``."""
        name = f"oadesk_t{os.getpid()}_{next(self._names)}"
        source = self._schema_template() if schema else template
        template = f" TEMPLATE {source}" if source else ""
        with self._admin_engine().connect() as conn:
            conn.exec_driver_sql(f"CREATE DATABASE {name}{template}")
        self._made.append(name)
        return self.url_of(name)

    def _schema_template(self) -> str:
        if self._template is None:
            from oa_desk.store.teamplan import create_schema, make_server_engine

            name = f"oadesk_tpl{os.getpid()}"
            with self._admin_engine().connect() as conn:
                conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name}")
                conn.exec_driver_sql(f"CREATE DATABASE {name}")
            self._made.append(name)
            engine = make_server_engine(self.url_of(name))
            try:
                with engine.begin() as conn:
                    create_schema(conn)
            finally:
                engine.dispose()  # a template must have no connections
            self._template = name
        return self._template

    def drop(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        name = make_url(url).database
        with self._admin_engine().connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        if name in self._made:
            self._made.remove(name)

    def close(self) -> None:
        for name in reversed(self._made):
            with self._admin_engine().connect() as conn:
                conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        self._made.clear()
        if self._admin is not None:
            self._admin.dispose()


def team_plan_from_file(server: PgServer, path: Path) -> str:
    """A new database holding the plan in the file ``path``; its URL.

    The same copy ``oa-desk publish`` makes, into a database cloned from the
    schema template instead of one migrated from scratch. A file's content seen
    a second time is kept as a template, and every later copy is a clone of it.
    """
    from sqlalchemy.engine import make_url

    from oa_desk.store.planfile import open_plan
    from oa_desk.store.table_copy import copy_tables
    from oa_desk.store.teamplan import make_server_engine

    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    master = server.masters.get(digest)
    if master:  # the same plan again (a copy of a module's demo): clone it
        return server.database(template=master)
    url = server.database(schema=True)
    engine = make_server_engine(url, pool_size=1)
    plan = open_plan(path, read_only=True, snapshot=False)
    try:
        with engine.begin() as dst, plan.read() as session:
            dst.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")
            copy_tables(session.connection(), dst, None)
    finally:
        plan.close()
        engine.dispose()
    if digest not in server.masters:  # seen once: maybe the only time
        server.masters[digest] = ""
        return url
    server.masters[digest] = make_url(url).database or ""
    return server.database(template=server.masters[digest])


def open_on(engine: str, server: PgServer | None, path: Path) -> PlanStore:
    """The plan file ``path`` opened as it is (``sqlite``) or as a team plan copied
    from it (``postgresql``)."""
    from oa_desk.store.planfile import open_plan
    from oa_desk.store.publish import open_store

    if engine == "sqlite":
        return open_plan(path, snapshot=False)
    assert server is not None, "the postgresql parameter is skipped without a server"
    return open_store(team_plan_from_file(server, path))


def dump_store(store: PlanStore) -> dict[str, list[tuple[object, ...]]]:
    """Every plan table's rows as the models read them (on either engine), sorted."""
    from sqlalchemy import select

    from oa_desk.store import models

    with store.read() as session:
        return {
            t.name: sorted(
                (tuple(r) for r in session.execute(select(*content_columns(t)))), key=repr
            )
            for t in models.CONTENT_TABLES
        }


def content_columns(table: Any) -> list[Any]:
    """A table's columns but its row version, which every write moves on (an undone
    edit restores the row's values, not its version)."""
    return [c for c in table.columns if c.name != "row_version"]


def content_sql(table: Any) -> str:
    """``SELECT`` of a table's content columns, for raw dumps of a plan file."""
    names = ", ".join(f'"{c.name}"' for c in content_columns(table))
    return f'SELECT {names} FROM "{table.name}"'
