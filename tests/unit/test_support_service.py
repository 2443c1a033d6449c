"""Ticket intents: numbered, logged as events, checked first, each undone exactly."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from oa_desk.domain.enums import TicketEventKind as K
from oa_desk.domain.enums import TicketStatus as S
from oa_desk.domain.errors import Refusal
from oa_desk.services import support
from oa_desk.services.demo import generate_demo
from oa_desk.store import models as m
from oa_desk.store.planfile import open_plan
from tests.unit.test_row_snapshots import dump

NOW = dt.datetime(2026, 10, 8, 2, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("support") / "demo.oadesk"
    generate_demo(path, scale=1)
    return path


@pytest.fixture
def plan(demo_master: Path, tmp_path: Path) -> Any:
    path = tmp_path / "plan.oadesk"
    shutil.copyfile(demo_master, path)
    with open_plan(path, snapshot=False) as store:
        yield store, path


def _team_and_outsider(store: Any) -> tuple[int, int]:
    with store.read() as s:
        member = s.execute(select(m.TeamMember.person_id).limit(1)).scalar_one()
        team = select(m.TeamMember.person_id)
        outsider = s.execute(
            select(m.Person.id).where(m.Person.id.not_in(team)).limit(1)
        ).scalar_one()
    return member, outsider


def _highest(store: Any) -> int:
    with store.read() as s:
        numbers = s.execute(select(m.Ticket.number)).scalars().all()
    # the demo numbers its tickets T-20260928-0001: not of the T-00001 series
    return max((int(n[2:]) for n in numbers if n[2:].isdigit()), default=0)


def test_create_numbers_logs_and_undoes(plan: Any) -> None:
    store, path = plan
    member, _ = _team_and_outsider(store)
    before = dump(path)
    highest = _highest(store)
    edit = support.create_ticket(
        store,
        {"title": " 无法登录移动端 ", "priority": "p1", "assignee_id": member},
        actor_id=member,
        now=NOW,
    )
    (tid,) = edit.ticket_ids
    with store.read() as s:
        t = s.get_one(m.Ticket, tid)
        assert (t.number, t.title, t.status) == (
            support.format_number(highest + 1),
            "无法登录移动端",
            S.ASSIGNED,
        )
        kinds = (
            s.execute(select(m.TicketEvent.kind).where(m.TicketEvent.ticket_id == tid))
            .scalars()
            .all()
        )
        assert sorted(kinds) == sorted([K.CREATED, K.ASSIGNED])
    support.revert_ticket_edit(store, edit.undo)
    assert dump(path) == before


def test_bad_input_is_refused_and_nothing_changes(plan: Any) -> None:
    store, path = plan
    member, outsider = _team_and_outsider(store)
    before = dump(path)
    with pytest.raises(Refusal) as info:
        support.create_ticket(store, {"title": "x", "priority": "P5"}, actor_id=None, now=NOW)
    assert info.value.code == "ticket.priority"
    with pytest.raises(Refusal) as info:
        support.create_ticket(
            store, {"title": "x", "assignee_id": outsider}, actor_id=None, now=NOW
        )
    assert info.value.code == "ticket.assignee_not_on_team"
    with pytest.raises(Refusal):
        support.create_ticket(store, {"title": "  "}, actor_id=None, now=NOW)
    edit = support.create_ticket(store, {"title": "新单"}, actor_id=None, now=NOW)
    (tid,) = edit.ticket_ids
    after = dump(path)
    with pytest.raises(Refusal) as info:
        support.bulk_edit(store, [tid], actor_id=member, now=NOW, status=S.CLOSED)
    assert info.value.code == "ticket.transition"
    with pytest.raises(Refusal) as info:
        support.bulk_edit(
            store, [tid], actor_id=member, now=NOW - dt.timedelta(days=1), status=S.RESOLVED
        )
    assert info.value.code == "ticket.resolved_before_created"
    assert dump(path) == after
    support.revert_ticket_edit(store, edit.undo)
    assert dump(path) == before


def test_bulk_edit_is_one_undo_step_and_logs_each_change(plan: Any) -> None:
    store, path = plan
    member, _ = _team_and_outsider(store)
    ids = [
        support.create_ticket(store, {"title": f"问题 {i}"}, actor_id=None, now=NOW).ticket_ids[0]
        for i in range(3)
    ]
    with store.read() as s:
        events_before = s.execute(select(func.count()).select_from(m.TicketEvent)).scalar_one()
    before = dump(path)
    edit = support.bulk_edit(
        store, ids, actor_id=member, now=NOW, assignee_id=member, status=S.ASSIGNED, priority="P2"
    )
    with store.read() as s:
        rows = s.execute(select(m.Ticket).where(m.Ticket.id.in_(ids))).scalars().all()
        assert {(t.assignee_id, t.status, t.priority) for t in rows} == {(member, S.ASSIGNED, "P2")}
        assert all(t.first_response_at is not None for t in rows)
        events = s.execute(select(func.count()).select_from(m.TicketEvent)).scalar_one()
    assert events == events_before + 3 * 3  # assigned, priority, status on each
    support.revert_ticket_edit(store, edit.undo)
    assert dump(path) == before


def test_resolve_close_reopen_and_comment(plan: Any) -> None:
    store, _ = plan
    member, _ = _team_and_outsider(store)
    (tid,) = support.create_ticket(
        store, {"title": "报销单打不开"}, actor_id=None, now=NOW
    ).ticket_ids
    later = NOW + dt.timedelta(hours=2)
    support.bulk_edit(store, [tid], actor_id=member, now=later, status=S.RESOLVED)
    support.bulk_edit(store, [tid], actor_id=member, now=later, status=S.CLOSED)
    with store.read() as s:
        t = s.get_one(m.Ticket, tid)
        assert t.resolved_at is not None and t.closed_at is not None
    support.bulk_edit(store, [tid], actor_id=member, now=later, status=S.IN_PROGRESS)
    support.add_comment(store, tid, "用户再次反馈", actor_id=member, now=later)
    with pytest.raises(Refusal):
        support.add_comment(store, tid, " ", actor_id=member, now=later)
    with store.read() as s:
        t = s.get_one(m.Ticket, tid)
        assert (t.status, t.resolved_at, t.closed_at) == (S.IN_PROGRESS, None, None)
        comments = (
            s.execute(
                select(m.TicketEvent.comment).where(
                    m.TicketEvent.ticket_id == tid, m.TicketEvent.kind == K.COMMENT
                )
            )
            .scalars()
            .all()
        )
    assert comments == ["用户再次反馈"]
