"""The rules the schema states (revision 0003), one test per rule.

Deleting a department, sibling names, the wave owning pilot and go-live,
timezone-aware points in time, knowledge-base tags, calendar day sources, and
CHECK constraints that PostgreSQL accepts as well as SQLite.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete, select, text
from sqlalchemy.exc import IntegrityError

from oa_desk.store import models as m
from oa_desk.store.planfile import PlanStore, create_plan, open_plan
from oa_desk.store.types import parse_stored_utc, stored_utc

D = dt.date
BEIJING = dt.timezone(dt.timedelta(hours=8))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[PlanStore]:
    path = tmp_path / "rules.oadesk"
    create_plan(path, name="规则")
    with open_plan(path, snapshot=False) as s:
        with s.write() as session:
            session.add(
                m.Wave(id=1, name="试点", seq=0, is_pilot=True, planned_go_live=D(2026, 5, 6))
            )
            for dept in (
                m.Department(id=1, name="总部"),
                m.Department(id=2, name="财务部", parent_id=1, wave_id=1),
                m.Department(id=3, name="会计科", parent_id=2),
                m.Department(id=4, name="空部门", parent_id=1),
            ):
                session.flush()  # no ORM relationships: parents are written first by hand
                session.add(dept)
        yield s


def _delete_department(store: PlanStore, dept_id: int) -> None:
    with store.write() as session:
        session.execute(delete(m.Department).where(m.Department.id == dept_id))


def _departments(store: PlanStore) -> set[int]:
    with store.read() as session:
        return set(session.scalars(select(m.Department.id)))


# -- deleting a department -----------------------------------------------------------------


def test_a_department_with_sub_departments_cannot_be_deleted(store: PlanStore) -> None:
    with pytest.raises(IntegrityError):
        _delete_department(store, 2)  # 会计科 is in it
    assert _departments(store) == {1, 2, 3, 4}


@pytest.mark.parametrize(
    "row",
    [
        lambda: m.Person(employee_no="0001", name="张三", department_id=4),
        lambda: m.AdoptionSnapshot(department_id=4, day=D(2026, 5, 8), total_users=9),
        lambda: m.FeedbackRound(department_id=4, day=D(2026, 5, 8)),
        lambda: m.Ticket(
            number="OA-1",
            title="登录不了",
            channel="hotline",
            department_id=4,
            created_at=dt.datetime(2026, 5, 8, 9, 0, tzinfo=BEIJING),
        ),
    ],
    ids=["people", "adoption history", "feedback rounds", "tickets"],
)
def test_a_department_with_people_or_history_cannot_be_deleted(
    store: PlanStore, row: object
) -> None:
    with store.write() as session:
        session.add(row())  # type: ignore[operator]
    with pytest.raises(IntegrityError):
        _delete_department(store, 4)
    assert 4 in _departments(store)


def test_an_empty_department_is_deleted_and_plan_items_lose_the_reference(
    store: PlanStore,
) -> None:
    with store.write() as session:
        session.add(m.Task(id=1, name="部门调研", department_id=4))
        session.add(m.Requirement(id=1, pain_point="报销慢", department_id=4))
    _delete_department(store, 4)
    assert _departments(store) == {1, 2, 3}
    with store.read() as session:
        assert session.get_one(m.Task, 1).department_id is None
        assert session.get_one(m.Requirement, 1).department_id is None


# -- sibling names -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("parent", "name", "refused"),
    [(1, "财务部", True), (None, "总部", True), (2, "空部门", False), (None, "分公司", False)],
    ids=["sibling", "top level", "same name elsewhere", "new top level"],
)
def test_sibling_departments_have_different_names(
    store: PlanStore, parent: int | None, name: str, refused: bool
) -> None:
    def add() -> None:
        with store.write() as session:
            session.add(m.Department(name=name, parent_id=parent))

    if refused:
        with pytest.raises(IntegrityError, match="department"):
            add()
    else:
        add()


# -- the wave owns pilot and planned go-live ---------------------------------------------------


def test_pilot_and_planned_go_live_live_on_the_wave_only() -> None:
    columns = set(m.Department.__table__.c.keys())
    assert {"is_pilot", "planned_go_live"}.isdisjoint(columns)
    assert {"is_pilot", "planned_go_live", "actual_go_live"} <= set(m.Wave.__table__.c.keys())
    assert "actual_go_live" in columns  # each department still goes live on its own day


# -- points in time ----------------------------------------------------------------------------


def test_points_in_time_are_stored_in_utc_and_read_back_aware(store: PlanStore) -> None:
    at = dt.datetime(2026, 5, 8, 9, 30, tzinfo=BEIJING)
    with store.write() as session:
        session.add(m.Ticket(id=1, number="OA-1", title="x", channel="hotline", created_at=at))
    with store.read() as session:
        stored = session.execute(text("SELECT created_at FROM ticket")).scalar()
        back = session.get_one(m.Ticket, 1).created_at
    assert stored == "2026-05-08 01:30:00.000000"
    assert back == at and back.tzinfo is dt.UTC
    assert parse_stored_utc(str(stored)) == at
    assert stored_utc(at) == stored


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs time.tzset to change the zone")
def test_a_naive_time_is_taken_as_local_time(
    store: PlanStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        with store.write() as session:
            session.add(
                m.Ticket(
                    id=2,
                    number="OA-2",
                    title="x",
                    channel="hotline",
                    created_at=dt.datetime(2026, 5, 8, 9, 30),
                )
            )
        with store.read() as session:
            stored = session.execute(text("SELECT created_at FROM ticket")).scalar()
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    assert stored == "2026-05-08 01:30:00.000000"
    assert os.environ.get("TZ") is None


def test_training_session_times_stay_wall_clock(store: PlanStore) -> None:
    starts = dt.datetime(2026, 5, 8, 9, 0)
    with store.write() as session:
        session.add(m.Course(id=1, name="入门", tier="end_user", format="lecture"))
        session.flush()
        session.add(
            m.TrainingSession(
                id=1, course_id=1, starts_at=starts, ends_at=starts + dt.timedelta(hours=2)
            )
        )
    with store.read() as session:
        assert session.get_one(m.TrainingSession, 1).starts_at == starts  # naive, unchanged


# -- knowledge-base tags, calendar sources, portable CHECKs -------------------------------------


def test_kb_tags_are_a_table_shared_by_articles(store: PlanStore) -> None:
    with store.write() as session:
        session.add_all(
            [
                m.KbArticle(id=1, question="忘记密码?"),
                m.KbArticle(id=2, question="手机登录?"),
                m.KbTag(id=1, name="登录"),
            ]
        )
        session.flush()
        session.add_all(
            [m.KbArticleTag(article_id=1, tag_id=1), m.KbArticleTag(article_id=2, tag_id=1)]
        )
    with pytest.raises(IntegrityError), store.write() as session:
        session.add(m.KbTag(name="登录"))
    with store.write() as session:
        session.execute(delete(m.KbArticle).where(m.KbArticle.id == 1))
    with store.read() as session:
        assert session.scalars(select(m.KbArticleTag.article_id)).all() == [2]
        assert session.get(m.KbTag, 1) is not None  # the tag stays for the other article


def test_calendar_exception_source_defaults_to_user_and_is_checked(store: PlanStore) -> None:
    with store.write() as session:
        session.execute(
            text(
                "INSERT INTO calendar_exception (calendar_id, day, working, name)"
                " VALUES (1, '2026-05-01', 0, '劳动节')"
            )
        )
        assert session.execute(text("SELECT source FROM calendar_exception")).scalar() == "user"
    with pytest.raises(IntegrityError), store.write() as session:
        session.execute(text("UPDATE calendar_exception SET source = 'guess'"))


@pytest.mark.parametrize(("mask", "ok"), [("1111110", True), ("11111x0", False), ("111110", False)])
def test_working_week_mask_is_checked_without_glob(store: PlanStore, mask: str, ok: bool) -> None:
    def update() -> None:
        with store.write() as session:
            session.execute(text("UPDATE calendar SET working_weekdays = :m"), {"m": mask})

    if ok:
        update()
    else:
        with pytest.raises(IntegrityError):
            update()


def test_schema_compiles_for_postgresql_without_sqlite_only_sql() -> None:
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.schema import CreateIndex, CreateTable

    dialect = postgresql.dialect()  # type: ignore[no-untyped-call]
    ddl = []
    for table in m.Base.metadata.sorted_tables:
        ddl.append(str(CreateTable(table).compile(dialect=dialect)))
        ddl.extend(str(CreateIndex(i).compile(dialect=dialect)) for i in table.indexes)
    sql = "\n".join(ddl)
    assert "GLOB" not in sql.upper()
    assert "TIMESTAMP WITH TIME ZONE" in sql  # points in time
    assert "coalesce(parent_id, 0)" in sql  # the sibling-name index
    assert "WHERE role = 'A'" in sql  # one accountable per task, on both engines
