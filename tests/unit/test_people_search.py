"""People are found by 张三, zhangsan, zs, an employee number or an e-mail address, and
their pinyin keys are kept whatever path wrote them."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from oa_desk.domain.pinyin import name_keys, search_key
from oa_desk.services.people_search import find_people
from oa_desk.store import bulk_write, models
from oa_desk.store.bulk import bulk_write as demo_bulk_write
from oa_desk.store.bulk_write import TableWrite
from oa_desk.store.planfile import PlanStore, create_plan, open_plan
from oa_desk.store.teamplan import TeamPlanStore


@pytest.fixture
def store(tmp_path: Path, open_on_engine: Callable[[Path], PlanStore]) -> PlanStore:
    path = tmp_path / "people.oadesk"
    create_plan(path, name="名册", go_live=dt.date(2026, 9, 1))
    s = open_on_engine(path)
    with s.write() as session:
        dept = models.Department(name="财务部")
        session.add(dept)
        session.flush()
        session.add_all(
            [
                models.Person(employee_no="00123", name="张三", department_id=dept.id,
                              email="zhang.san@example.com"),
                models.Person(employee_no="00124", name="曾国藩", department_id=dept.id),
                models.Person(employee_no="00125", name="张三丰", active=False),
                models.Person(employee_no="E-9", name="John Smith"),
            ]
        )  # fmt: skip
    yield s
    s.close()


# What the demo's bulk inserts give for a person (every column without a server default).
COLUMNS = ["employee_no", "name", "title", "email", "phone", "tier", "active"]
REST = ("", "", "", "end_user", 1)


def names(store: PlanStore, text: str) -> list[str]:
    return [h.name for h in find_people(store, text)]


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("张三", ["张三", "张三丰"]),  # the exact name first, then the inactive 张三丰
        ("三", ["张三", "张三丰"]),
        ("zs", ["张三", "张三丰"]),
        ("zhangsan", ["张三", "张三丰"]),
        ("Zhang San", ["张三", "张三丰"]),
        ("zgf", ["曾国藩"]),  # the surname's own reading: zēng, not céng
        ("001", ["张三", "曾国藩", "张三丰"]),
        ("00124", ["曾国藩"]),
        ("zhang.san@", ["张三"]),
        ("js", ["John Smith"]),
        ("100%", []),  # LIKE wildcards are text
        ("", []),
    ],
)
def test_people_are_found_by_what_is_typed(store: PlanStore, typed: str, found: list[str]) -> None:
    assert names(store, typed) == found


def test_hits_carry_the_department(store: PlanStore) -> None:
    (hit,) = find_people(store, "00123")
    assert (hit.department, hit.employee_no, hit.active) == ("财务部", "00123", True)


def _keys(store: PlanStore) -> dict[str, tuple[str, str]]:
    p = models.Person.__table__
    with store.read() as session:
        return {
            n: (f, i)
            for n, f, i in session.execute(select(p.c.name, p.c.name_pinyin, p.c.name_initials))
        }


def test_every_write_path_keeps_the_keys(store: PlanStore) -> None:
    with store.write() as session:  # the ORM, on update
        person = session.scalars(select(models.Person).where(models.Person.name == "张三")).one()
        person.name = "李四"
    if not isinstance(store, TeamPlanStore):  # the demo's bulk path writes files only
        with demo_bulk_write(store) as writer:  # the demo's bulk inserts and updates
            writer.insert("person", COLUMNS, [("D1", "王五", *REST)])
            writer.update_column("person", "name", [("赵六", 4)])
    with store.write() as session:  # the imports' bulk writes
        conn = session.connection()
        top = bulk_write.next_ids(conn, ["person"])["person"]
        bulk_write.apply_writes(
            conn,
            [
                TableWrite(
                    "person",
                    inserts=[{"id": top + 1, "employee_no": "I1", "name": "欧阳修"}],
                    updates=[(2, {"name": "单雄信"})],
                )
            ],
        )
    assert _keys(store) == {name: name_keys(name) for name in _keys(store)}
    assert _keys(store)["单雄信"] == ("shanxiongxin", "sxx")
    assert names(store, "oyx") == ["欧阳修"] and names(store, "ls") == ["李四"]


def test_search_key_and_name_keys() -> None:
    assert name_keys("欧阳修") == ("ouyangxiu", "oyx")
    assert name_keys("John  Smith") == ("johnsmith", "js")
    assert search_key(" Zhang-San ") == "zhangsan"


@pytest.mark.slow
def test_a_large_roster_answers_fast_enough(tmp_path: Path) -> None:
    """Relative, not absolute: a search costs little more than reading one row by id."""
    path = tmp_path / "big.oadesk"
    create_plan(path, name="大名册")
    with open_plan(path, snapshot=False) as big:
        surnames, given = "王李张刘陈杨黄赵吴周", "伟芳娜敏静丽强磊军洋"
        rows = [
            (f"{i:06d}", surnames[i % 10] + given[(i // 10) % 10] + given[(i // 100) % 10])
            for i in range(50_000)
        ]
        with demo_bulk_write(big) as writer:
            writer.insert("person", COLUMNS, [(*r, *REST) for r in rows])
        find_people(big, "wwf")  # warm the caches
        started = time.perf_counter()
        for _ in range(5):
            hits = find_people(big, "wwf")
        search = (time.perf_counter() - started) / 5
        started = time.perf_counter()
        for _ in range(5):
            with big.read() as session:
                session.get(models.Person, 1)
        lookup = (time.perf_counter() - started) / 5
    assert hits and all(name_keys(h.name)[1].startswith("wwf") for h in hits)
    assert search < 50 * lookup + 0.05  # an index range scan, not a pass over 50,000 names
