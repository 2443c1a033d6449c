"""Publish a plan file to a PostgreSQL server, pull a team plan into a file.

``oa-desk publish PLAN.oadesk URL`` builds the team plan's schema in an empty
database with the plan files' own migrations and copies every table, parents
before children, in one transaction: the database holds the whole plan or,
after any failure, nothing. ``oa-desk pull URL PLAN.oadesk`` writes a file
copy of one consistent view of the server plan (``REPEATABLE READ``), built
beside the target and renamed over it, so the target is the old file or the
whole new one.

Rows travel through SQLAlchemy Core with each column's type, so dates, points
in time (naive UTC text in a file, ``timestamptz`` on the server) and booleans
arrive as the other engine stores them; ids are kept (the server's id
sequences move past them by themselves: migration 0008).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from oa_desk.store.errors import PlanErrorKind, PlanFileError
from oa_desk.store.lock import held_for_replacement
from oa_desk.store.planfile import HEAD_REVISION, PlanStore, open_plan
from oa_desk.store.sqlitefile import atomic_target
from oa_desk.store.table_copy import CopyReport, Progress, copy_tables, write_file
from oa_desk.store.teamplan import (
    _server_problem,
    create_schema,
    is_server_url,
    make_server_engine,
    open_team_plan,
    safe_url,
    schema_revision,
)

__all__ = ["CopyReport", "open_store", "publish_plan", "pull_plan"]


def open_store(target: str | Path, *, read_only: bool = False, **file_options: Any) -> PlanStore:
    """Open a plan by file path or by ``postgresql://`` URL; services take either.

    ``file_options`` go to :func:`open_plan` (snapshot, background_check...) and
    are not used for a server plan.
    """
    if is_server_url(target):
        return open_team_plan(str(target), read_only=read_only)
    return open_plan(target, read_only=read_only, **file_options)


def publish_plan(source: Path | str, url: str, *, progress: Progress | None = None) -> CopyReport:
    """Copy the plan file ``source`` into the empty database at ``url``.

    Refuses a database that already has tables (nothing is changed there), and
    a file that is not a sound plan at this version (upgrade it by opening it).
    """
    from sqlalchemy import inspect
    from sqlalchemy.exc import DBAPIError

    shown = safe_url(url)
    plan = open_plan(source, read_only=True, snapshot=False)
    engine = make_server_engine(url, pool_size=1)
    try:
        plan.wait_ready()
        with engine.begin() as dst:
            tables = inspect(dst).get_table_names()
            if tables:
                raise PlanFileError(
                    PlanErrorKind.IO,
                    shown,
                    detail=(
                        f"the database is not empty (it has {len(tables)} tables, such as "
                        f"{sorted(tables)[0]}): publish into a new, empty database"
                    ),
                )
            create_schema(dst)
            dst.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")  # department <-> person
            with plan.read() as session:
                report = copy_tables(session.connection(), dst, progress)
    except DBAPIError as exc:
        raise PlanFileError(PlanErrorKind.IO, shown, detail=_server_problem(exc)) from exc
    finally:
        engine.dispose()
        plan.close()
    return report


def pull_plan(url: str, target: Path | str, *, progress: Progress | None = None) -> CopyReport:
    """Write the team plan at ``url`` to the plan file ``target`` (replacing it whole)."""
    from sqlalchemy.exc import DBAPIError

    shown = safe_url(url)
    target = Path(target)
    engine = make_server_engine(url, pool_size=1)
    try:
        snapshot = engine.connect().execution_options(isolation_level="REPEATABLE READ")
        with snapshot as src, src.begin():
            revision = schema_revision(src)
            if revision != HEAD_REVISION:
                found = "no OA Desk plan" if revision is None else f"plan format {revision}"
                raise PlanFileError(
                    PlanErrorKind.IO,
                    shown,
                    detail=f"the database holds {found}; this version pulls {HEAD_REVISION}",
                )
            target.parent.mkdir(parents=True, exist_ok=True)
            with held_for_replacement(target), atomic_target(target) as tmp:
                return write_file(src, tmp, progress)
    except DBAPIError as exc:
        raise PlanFileError(PlanErrorKind.IO, shown, detail=_server_problem(exc)) from exc
    except OSError as exc:
        raise PlanFileError(PlanErrorKind.IO, target, detail=exc.strerror or str(exc)) from exc
    finally:
        engine.dispose()
