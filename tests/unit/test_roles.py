"""Roles: the domain's map of who may change what, and (with a test server) the
PostgreSQL roles and GRANTs that enforce it."""

from __future__ import annotations

import datetime as dt
import itertools
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from oa_desk.cli import main
from oa_desk.domain.changes import ChangeKind
from oa_desk.domain.enums import Attendance, RiskCategory
from oa_desk.domain.roles import NotAllowed, Role, may_change, writes_anything
from oa_desk.services import records, support, training
from oa_desk.services.demo import generate_demo
from oa_desk.store import models as m
from oa_desk.store.planfile import open_plan
from oa_desk.store.teamplan import TeamPlanStore
from tests.pg import PgServer, team_plan_from_file

NOW = dt.datetime(2026, 6, 1, 9, 0, tzinfo=dt.UTC)
_users = itertools.count(1)


def test_the_role_map() -> None:
    assert may_change(Role.EDITOR, {ChangeKind.TASK, ChangeKind.TASK_OUTLINE, ChangeKind.RISK})
    assert may_change(Role.SUPPORT_DESK, {ChangeKind.TICKET, ChangeKind.TICKET_EVENT})
    assert may_change(Role.SUPPORT_DESK, {ChangeKind.ENROLLMENT})
    assert not may_change(Role.SUPPORT_DESK, {ChangeKind.TASK})
    assert not may_change(Role.SUPPORT_DESK, {ChangeKind.TICKET, ChangeKind.RISK})
    assert not may_change(Role.READ_ONLY, {ChangeKind.TICKET})
    assert not writes_anything(Role.READ_ONLY) and writes_anything(Role.SUPPORT_DESK)


def test_a_plan_files_user_owns_it(tmp_path: Path) -> None:
    path = tmp_path / "p.oadesk"
    generate_demo(path, scale=1)
    with open_plan(path, snapshot=False) as store:
        assert store.role == Role.OWNER


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("roles") / "demo.oadesk"
    generate_demo(path, scale=1)
    return path


@pytest.fixture
def team_url(pg_server: PgServer, demo_master: Path, tmp_path: Path) -> str:
    path = tmp_path / "plan.oadesk"
    shutil.copyfile(demo_master, path)
    return team_plan_from_file(pg_server, path)


def _as(url: str, user: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(username=user).render_as_string(hide_password=False)


@pytest.fixture
def client(team_url: str) -> Iterator[object]:
    opened: list[TeamPlanStore] = []

    def open_as(role: Role) -> TeamPlanStore:
        user = f"oa_t{os.getpid()}_{next(_users)}_{role.value}"
        assert main(["grant", team_url, user, role.value]) == 0
        store = TeamPlanStore(_as(team_url, user))
        opened.append(store)
        return store

    yield open_as
    for store in opened:
        store.close()


def _first(store: TeamPlanStore, column: object) -> int:
    with store.read() as s:
        return int(s.scalar(select(column).order_by(column).limit(1)))  # type: ignore[arg-type]


def test_the_server_reports_each_users_role(client: object) -> None:
    for role in Role:
        store = client(role)  # type: ignore[operator]
        assert store.role == role.value


def test_support_desk_writes_tickets_and_attendance_and_nothing_else(client: object) -> None:
    store = client(Role.SUPPORT_DESK)  # type: ignore[operator]
    tid = support.create_ticket(store, {"title": "打印失败"}, actor_id=None, now=NOW).ticket_ids[0]
    support.bulk_edit(store, [tid], actor_id=None, now=NOW, priority="P2")
    enrollment = _first(store, m.Enrollment.id)
    training.set_result(store, enrollment, {"attendance": Attendance.PRESENT})
    values = {"title": "x", "category": RiskCategory.RESOURCES, "probability": 1, "impact": 1}
    with pytest.raises(NotAllowed) as err:
        records.add_record(store, "risk", values)
    assert err.value.params["role"] == Role.SUPPORT_DESK
    with store.read() as s:  # the activity log names the desk's user
        assert s.scalar(select(m.Activity.user_name).order_by(m.Activity.id.desc()).limit(1)) == (
            store.user_name
        )


def test_read_only_changes_nothing(client: object) -> None:
    store = client(Role.READ_ONLY)  # type: ignore[operator]
    with store.read() as s:
        assert s.scalar(select(m.Task.id).limit(1)) is not None
    with pytest.raises(NotAllowed):
        support.create_ticket(store, {"title": "x"}, actor_id=None, now=NOW)


def test_an_editor_edits_the_plan(client: object) -> None:
    store = client(Role.EDITOR)  # type: ignore[operator]
    values = {"title": "x", "category": RiskCategory.RESOURCES, "probability": 1, "impact": 1}
    rid = records.add_record(store, "risk", values).new_ids[0]
    records.update_record(store, "risk", rid, {"impact": 3})


def test_a_support_desks_signin_import_is_logged_and_its_usage_import_refused(
    client: object, tmp_path: Path
) -> None:
    from openpyxl import Workbook
    from sqlalchemy import func

    from oa_desk.services import excel
    from oa_desk.services import training_signin as signin
    from oa_desk.store.intents import describing

    store = client(Role.SUPPORT_DESK)  # type: ignore[operator]
    with store.read() as s:
        session_id, number = s.execute(
            select(m.Enrollment.session_id, m.Person.employee_no)
            .join(m.Person, m.Person.id == m.Enrollment.person_id)
            .limit(1)
        ).one()
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["工号", "签到状态"])
    ws.append([number, "出席"])
    sheet = tmp_path / "签到.xlsx"
    wb.save(sheet)
    with describing("Import 签到.xlsx"):
        signin.apply_signin(store, signin.preview_signin(store, session_id, sheet))
    with store.read() as s:
        intent, user = s.execute(
            select(m.Activity.intent, m.Activity.user_name).order_by(m.Activity.id.desc()).limit(1)
        ).one()
        logged = s.scalar(select(func.count()).select_from(m.Activity))
    assert (intent, user) == ("Import 签到.xlsx", store.user_name)
    usage = tmp_path / "usage.csv"
    usage.write_text(f"工号,登录日期,登录次数\n{number},2026-05-01,3\n", encoding="utf-8")
    preview = excel.preview_foreign_import(store, usage, "usage")
    assert preview.ok
    with pytest.raises(NotAllowed):
        excel.apply_import(store, preview)
    with store.read() as s:  # refused whole: no snapshot rows, no entry
        assert s.scalar(select(func.count()).select_from(m.Activity)) == logged
