"""The team plan on PostgreSQL: the migrations' schema, opening by URL, the writers'
generation, ids after explicit ones. Skipped without OA_DESK_TEST_PG_URL (tests/pg.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from oa_desk.store import models as m
from oa_desk.store.errors import PlanErrorKind, PlanFileError
from oa_desk.store.planfile import HEAD_REVISION, SCHEMA_VERSION, PlanStore, create_plan
from oa_desk.store.publish import open_store
from oa_desk.store.teamplan import (
    TeamPlanStore,
    create_schema,
    is_server_url,
    make_server_engine,
    safe_url,
)
from tests.pg import PgServer, dump_store, team_plan_from_file

pytestmark = pytest.mark.both_engines


def test_server_urls_are_told_from_paths_and_never_shown_with_a_password() -> None:
    assert is_server_url("postgresql://pm@db.example.com/rollout")
    assert is_server_url("postgres://pm@db/rollout")
    assert not is_server_url("rollout.oadesk")
    assert not is_server_url(Path("postgresql:/x"))
    shown = safe_url("postgresql+psycopg://pm:s3cret@db:5433/rollout")
    assert "s3cret" not in shown
    assert shown.startswith("postgresql://pm:")
    assert shown.endswith("@db:5433/rollout")


def test_the_migrations_build_on_postgresql_the_schema_the_models_declare(
    pg_server: PgServer,
) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = make_server_engine(pg_server.database())
    try:
        with engine.begin() as conn:
            create_schema(conn)
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            # Foreign keys are DEFERRABLE on the server only (0008): the models
            # declare them plain, so that the file's DDL stays what 0001-0007 built.
            diffs = [
                d
                for d in compare_metadata(context, m.Base.metadata)
                if not (isinstance(d, tuple) and d[0] in ("add_fk", "remove_fk"))
                # The knowledge base's trigram indexes are the server's alone (0014).
                and not (isinstance(d, tuple) and d[0] == "remove_index" and _trgm(d[1]))
            ]
            assert diffs == []
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
                HEAD_REVISION
            )
            fks = conn.execute(
                text(
                    "SELECT count(*), count(*) FILTER (WHERE condeferrable)"
                    " FROM pg_constraint WHERE contype = 'f'"
                )
            ).one()
            expected = sum(len(t.foreign_keys) for t in m.TABLES)
            assert fks == (expected, expected)  # the department head's key is there too
            one_a = conn.execute(
                text(
                    "SELECT indexdef FROM pg_indexes"
                    " WHERE indexname = 'uq_raci_entry_one_accountable'"
                )
            ).scalar_one()
            assert "WHERE" in one_a  # one A per task, not one entry per task
            kinds = conn.execute(
                text(
                    "SELECT data_type FROM information_schema.columns"
                    " WHERE table_name = 'ticket' AND column_name = 'created_at'"
                )
            ).scalar_one()
            assert kinds == "timestamp with time zone"
    finally:
        engine.dispose()


def _trgm(index: object) -> bool:
    return str(getattr(index, "name", "")).endswith("_trgm")


def test_the_working_week_check_is_enforced_on_postgresql(pg_server: PgServer) -> None:
    from sqlalchemy.exc import IntegrityError

    engine = make_server_engine(pg_server.database(schema=True))
    try:
        for mask, ok in (("1111100", True), ("1111102", False), ("111110", False)):
            with engine.connect() as conn:
                statement = text("INSERT INTO calendar (name, working_weekdays) VALUES ('c', :w)")
                if ok:
                    conn.execute(statement, {"w": mask})
                else:
                    with pytest.raises(IntegrityError, match="ck_calendar_weekdays_mask"):
                        conn.execute(statement, {"w": mask})
                conn.rollback()
    finally:
        engine.dispose()


def _file_plan(tmp_path: Path) -> Path:
    path = tmp_path / "team.oadesk"
    create_plan(path, name="集团OA推广", start=dt.date(2026, 3, 2))
    return path


def test_a_plan_opens_by_url_and_services_read_and_write_it(
    pg_server: PgServer, tmp_path: Path
) -> None:
    url = team_plan_from_file(pg_server, _file_plan(tmp_path))
    with open_store(url) as store:
        assert isinstance(store, TeamPlanStore)
        assert store.location == safe_url(url)
        with store.write() as s:
            s.add(m.Task(id=40, name="启动会", duration=1))
        with store.write() as s:  # an id after the explicit one, from the sequence
            s.add(m.Task(name="需求调研", duration=5))
        with store.read() as s:
            assert s.execute(select(m.Plan.name)).scalar_one() == "集团OA推广"
            assert s.execute(select(m.Task.id, m.Task.name).order_by(m.Task.id)).all() == [
                (40, "启动会"),
                (41, "需求调研"),
            ]


def test_a_database_without_a_plan_or_with_a_newer_one_is_refused(pg_server: PgServer) -> None:
    empty = pg_server.database()
    with pytest.raises(PlanFileError, match="holds no OA Desk plan") as refused:
        open_store(empty)
    assert refused.value.kind is PlanErrorKind.NO_PLAN
    newer = pg_server.database(schema=True)
    engine = create_engine(newer.replace("postgresql://", "postgresql+psycopg://"))
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(PlanFileError) as refused:
        open_store(newer)
    assert refused.value.kind is PlanErrorKind.NEWER
    assert refused.value.params["supported"] == SCHEMA_VERSION


def test_an_unreachable_server_is_refused_with_its_reason_and_no_password() -> None:
    with pytest.raises(PlanFileError) as refused:
        open_store("postgresql://pm:s3cret@127.0.0.1:1/rollout")
    assert "s3cret" not in str(refused.value)
    assert "127.0.0.1" in str(refused.value)


def test_the_generation_tells_own_commits_from_another_clients(
    pg_server: PgServer, tmp_path: Path
) -> None:
    url = team_plan_from_file(pg_server, _file_plan(tmp_path))
    with open_store(url) as mine, open_store(url) as theirs:
        with mine.write() as s:
            s.add(m.Task(id=1, name="A", duration=1))
        before = mine.generation
        with mine.write() as s:
            seen = mine.generation
            s.execute(text("UPDATE task SET duration = 2"))
        assert seen == before  # nobody else wrote: the warm cache stays valid
        assert mine.generation == before + 1
        with theirs.write() as s:
            s.execute(text("UPDATE task SET duration = 3"))
        with mine.write() as s:
            assert mine.generation > before + 1  # their commit was noticed, under the lock
            s.execute(text("UPDATE task SET duration = 4"))


def test_what_a_team_plan_cannot_do_yet_says_so(pg_server: PgServer, tmp_path: Path) -> None:
    url = team_plan_from_file(pg_server, _file_plan(tmp_path))
    with (
        open_store(url) as store,
        pytest.raises(NotImplementedError, match="publish a plan file"),
        store.bulk(),
    ):
        pass
    with open_store(url, read_only=True) as store:
        with pytest.raises(PlanFileError) as refused, store.write():
            pass
        assert refused.value.kind is PlanErrorKind.READ_ONLY
        assert str(refused.value).startswith(safe_url(url))


def test_whole_plan_undo_and_redo_of_an_import_on_either_engine(
    tmp_path: Path, open_on_engine: Callable[[Path], PlanStore]
) -> None:
    """What an import's undo does (store/undo_files.py): snapshot, change much, restore
    the copy from before, then the copy from after; new ids follow the restored ones."""
    from oa_desk.domain.changes import Changes
    from oa_desk.store.snapshots import list_snapshots
    from oa_desk.store.undo_files import (
        UndoFiles,
        WholePlanEdit,
        WholePlanUndo,
        keep_before,
        restore_after,
        restore_before,
    )

    with open_on_engine(_file_plan(tmp_path)) as store:
        with store.write() as s:
            s.add_all([m.Task(id=1, name="启动会", duration=1), m.Department(id=1, name="财务部")])
        start = dump_store(store)
        files = UndoFiles()
        try:
            edit = WholePlanEdit(Changes.all(), WholePlanUndo(files, keep_before(store, files)))
            assert [snap.reason for snap in list_snapshots(store.path)] == ["before-import"]
            with store.write() as s:  # the "import"
                s.execute(text("DELETE FROM task"))
                s.add_all([m.Task(id=7, name="上线", duration=0, kind="milestone")])
                s.add(m.Person(employee_no="0001", name="张三", department_id=1))
            imported = dump_store(store)
            restore_before(store, edit)
            assert dump_store(store) == start
            redone = restore_after(store, edit)
            assert dump_store(store) == imported
            restore_before(store, redone)
            with store.write() as s:  # a new id, after the restored ones (PostgreSQL
                s.add(m.Task(name="需求调研", duration=5))  # never hands one out twice)
            with store.read() as s:
                ids = s.execute(select(m.Task.id).order_by(m.Task.id)).scalars().all()
            assert ids[0] == 1 and len(ids) == 2 and ids[1] > 1
            reasons = {snap.reason for snap in list_snapshots(store.path)}
            assert reasons == {"before-import", "before-restore"}  # nothing was lost
        finally:
            files.remove()


def test_clients_writing_at_once_take_turns_and_lose_no_update(
    pg_server: PgServer, tmp_path: Path
) -> None:
    """Four clients each add one to the same task's duration twenty times, read then
    write in one unit of work: under the plan's write lock none overwrites another."""
    import threading

    url = team_plan_from_file(pg_server, _file_plan(tmp_path))
    with open_store(url) as store, store.write() as s:
        s.add(m.Task(id=1, name="共享任务", duration=0))
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def client() -> None:
        try:
            with open_store(url) as mine:
                start.wait()
                for _ in range(20):
                    with mine.write() as s:
                        now = s.execute(select(m.Task.duration).where(m.Task.id == 1)).scalar_one()
                        s.execute(
                            text("UPDATE task SET duration = :d WHERE id = 1"), {"d": now + 1}
                        )
        except BaseException as exc:  # reported below, with the others
            errors.append(exc)

    threads = [threading.Thread(target=client) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    with open_store(url, read_only=True) as store, store.read() as s:
        assert s.execute(select(m.Task.duration).where(m.Task.id == 1)).scalar_one() == 80


def test_a_password_comes_from_the_keyring_when_the_url_names_none(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys
    import types

    from sqlalchemy.engine import make_url

    from oa_desk.store.teamplan import KEYRING_SERVICE, with_keyring_password

    asked: list[tuple[str, str]] = []
    fake = types.ModuleType("keyring")
    fake.get_password = lambda service, user: asked.append((service, user)) or "从钥匙串"  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "keyring", fake)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    url = with_keyring_password(make_url("postgresql+psycopg://pm@db.example.com/rollout"))
    assert url.password == "从钥匙串"
    assert asked == [(KEYRING_SERVICE, "pm@db.example.com:5432/rollout")]
    given = make_url("postgresql+psycopg://pm:typed@db/rollout")
    assert with_keyring_password(given).password == "typed"  # the URL's own wins
    monkeypatch.setenv("PGPASSWORD", "env")
    assert with_keyring_password(make_url("postgresql+psycopg://pm@db/r")).password is None
    monkeypatch.delenv("PGPASSWORD")
    monkeypatch.setitem(sys.modules, "keyring", None)  # not installed: libpq's ~/.pgpass
    assert with_keyring_password(make_url("postgresql+psycopg://pm@db/r")).password is None
