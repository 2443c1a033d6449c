"""Alembic migrations shipped in the package; they carry old plan files forward.

Each revision id is a four-digit number and the plan's ``PRAGMA user_version``
holds the number of the revision it is at.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def alembic_config() -> object:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    return cfg


def upgrade(conn: sqlite3.Connection, revision: str = "head") -> None:
    """Upgrade the database behind ``conn`` to ``revision`` in one transaction.

    ``conn`` is a driver connection in autocommit mode (see store.sqlitefile);
    the whole upgrade, and the new user_version, commit together or not at all.
    """
    from alembic import command
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import StaticPool

    cfg = alembic_config()
    engine = create_engine("sqlite+pysqlite://", creator=lambda: conn, poolclass=StaticPool)

    @event.listens_for(engine, "begin")
    def _begin(sa_conn: Any) -> None:
        sa_conn.exec_driver_sql("BEGIN IMMEDIATE")

    conn.execute("PRAGMA foreign_keys = OFF")  # table rebuilds must not cascade
    try:
        with engine.begin() as sa_conn:
            cfg.attributes["connection"] = sa_conn  # type: ignore[attr-defined]
            command.upgrade(cfg, revision)  # type: ignore[arg-type]
            version = sa_conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            bad = sa_conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if bad:
                raise RuntimeError(f"foreign key check failed after migration: {bad[:3]}")
            sa_conn.exec_driver_sql(f"PRAGMA user_version = {int(str(version))}")
    finally:
        conn.execute("PRAGMA foreign_keys = ON")
