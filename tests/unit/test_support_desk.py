"""The support desk's intents on both engines: editing a ticket's fields, turning it into
a task, a risk or a training need (linked both ways), the never-reused number counter,
refusals that change nothing, and the page's reads (the list with SLA, sorted and
filtered, the card and its history)."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete, select

from oa_desk.domain.enums import TicketEventKind as K
from oa_desk.domain.enums import TicketPriority as P
from oa_desk.domain.enums import TicketStatus as S
from oa_desk.domain.errors import Refusal
from oa_desk.domain.support import SlaLevel
from oa_desk.services import support, support_board, support_desk
from oa_desk.services.demo import generate_demo
from oa_desk.store import models as m
from oa_desk.store.planfile import PlanStore
from oa_desk.store.tickets import TicketFilter
from tests.pg import dump_store

NOW = dt.datetime(2026, 12, 3, 2, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("desk") / "demo.oadesk"
    generate_demo(path, scale=1)
    return path


@pytest.fixture
def store(
    demo_master: Path, tmp_path: Path, open_on_engine: Callable[[Path], PlanStore]
) -> Iterator[PlanStore]:
    path = tmp_path / "plan.oadesk"
    shutil.copyfile(demo_master, path)
    s = open_on_engine(path)
    yield s
    s.close()


def _member(store: PlanStore) -> int:
    with store.read() as s:
        return int(s.execute(select(m.TeamMember.person_id).limit(1)).scalar_one())


def _new(store: PlanStore, title: str = "无法登录", **values: object) -> int:
    edit = support.create_ticket(store, {"title": title, **values}, actor_id=None, now=NOW)
    return edit.ticket_ids[0]


def test_numbers_are_never_reused_after_the_newest_is_deleted(store: PlanStore) -> None:
    first = _new(store)
    second = _new(store)
    with store.write() as s:
        s.execute(delete(m.Ticket).where(m.Ticket.id == second))
    third = _new(store)
    with store.read() as s:
        numbers = dict(s.execute(select(m.Ticket.id, m.Ticket.number)).all())
        counter = s.execute(select(m.Plan.ticket_counter)).scalar_one()
    assert numbers[first] == "T-00001"
    assert numbers[third] == "T-00003"  # T-00002 was deleted: not issued again
    assert counter == 3


def test_undoing_a_creation_takes_its_number_back_only_if_still_the_latest(
    store: PlanStore,
) -> None:
    a = support.create_ticket(store, {"title": "甲"}, actor_id=None, now=NOW)
    _new(store, "乙")
    support.revert_ticket_edit(store, a.undo)
    with store.read() as s:
        assert s.execute(select(m.Plan.ticket_counter)).scalar_one() == 2
    before = dump_store(store)
    c = support.create_ticket(store, {"title": "丙"}, actor_id=None, now=NOW)
    support.revert_ticket_edit(store, c.undo)
    assert dump_store(store) == before


def test_edit_logs_every_field_and_undoes_exactly(store: PlanStore) -> None:
    member = _member(store)
    tid = _new(store)
    before = dump_store(store)
    edit = support_desk.edit_ticket(
        store,
        tid,
        {
            "title": "移动端无法登录",
            "reporter_name": "外包 小王",
            "resolution": "重置密码",
            "priority": "P2",
            "assignee_id": member,
            "status": S.IN_PROGRESS,
        },
        actor_id=member,
        now=NOW + dt.timedelta(minutes=5),
    )
    card, events = support_board.read_card(store, tid) or (None, [])
    assert card is not None
    assert (card.title, card.reporter, card.resolution, card.priority, card.status) == (
        "移动端无法登录",
        "外包 小王",
        "重置密码",
        P.P2,
        S.IN_PROGRESS,
    )
    assert card.first_response_at is not None
    kinds = [e.kind for e in events]
    assert kinds.count(K.FIELD) == 3 and K.PRIORITY in kinds and K.STATUS in kinds
    field = next(e for e in events if e.kind is K.FIELD and e.old_value == "title")
    assert (field.new_value, field.comment) == ("移动端无法登录", "无法登录")
    assert all(e.actor for e in events if e.kind is not K.CREATED)  # who made each change
    support.revert_ticket_edit(store, edit.undo)
    assert dump_store(store) == before


@pytest.mark.parametrize(
    ("values", "code"),
    [
        ({"status": S.CLOSED}, "ticket.transition"),
        ({"priority": "P5"}, "ticket.priority"),
        ({"title": " "}, "ticket.title_missing"),
        ({"department_id": 999_999}, "ticket.reference_missing"),
        ({"type": "rumour"}, "ticket.bad_value"),
        ({"created_at": NOW}, "ticket.unknown_field"),
        (
            {"status": S.RESOLVED, "resolved_at": NOW - dt.timedelta(days=1)},
            "ticket.resolved_before_created",
        ),
        ({"resolved_at": NOW + dt.timedelta(hours=1)}, "ticket.resolved_while_open"),
    ],
)
def test_bad_edits_are_refused_and_change_nothing(
    store: PlanStore, values: dict[str, object], code: str
) -> None:
    tid = _new(store)
    before = dump_store(store)
    with pytest.raises(Refusal) as info:
        support_desk.edit_ticket(store, tid, values, actor_id=None, now=NOW)
    assert info.value.code == code
    assert dump_store(store) == before


def test_an_assignee_off_the_team_is_refused(store: PlanStore) -> None:
    tid = _new(store)
    with store.read() as s:
        outsider = s.execute(
            select(m.Person.id).where(m.Person.id.not_in(select(m.TeamMember.person_id)))
        ).scalar()
    before = dump_store(store)
    with pytest.raises(Refusal) as info:
        support_desk.edit_ticket(store, tid, {"assignee_id": outsider}, actor_id=None, now=NOW)
    assert info.value.code == "ticket.assignee_not_on_team"
    assert dump_store(store) == before


def test_a_ticket_becomes_a_task_a_risk_and_a_training_need_linked_both_ways(
    store: PlanStore,
) -> None:
    tid = _new(store, "报销流程不会用", description="财务部多人反映")
    before = dump_store(store)
    to_task = support_desk.ticket_to_task(store, tid, actor_id=None, now=NOW)
    to_risk = support_desk.ticket_to_risk(store, tid, actor_id=None, now=NOW)
    to_need = support_desk.ticket_to_training_need(store, tid, actor_id=None, now=NOW)
    card, events = support_board.read_card(store, tid) or (None, [])
    assert card is not None and card.task_id is not None and card.risk_id is not None
    assert "报销流程不会用" in card.task and card.risk == "报销流程不会用"
    assert len(card.training_need_ids) == 1
    assert support_desk.linked_tickets(store, task_id=card.task_id)[0][0] == tid
    assert support_desk.linked_tickets(store, risk_id=card.risk_id)[0][0] == tid
    from oa_desk.services.knowledge import articles_of_ticket, link_tickets, list_articles
    from oa_desk.services.risks import load_risks

    counts = {r.id: r.tickets for r in load_risks(store).risks}
    assert counts[card.risk_id] == 1 and sum(counts.values()) >= 1  # the register's column
    article = list_articles(store)[0]
    linked = link_tickets(store, article.id, [tid])
    assert articles_of_ticket(store, tid) == [(article.id, article.question)]
    from oa_desk.services.knowledge import revert_article_edit

    revert_article_edit(store, linked.undo)
    assert articles_of_ticket(store, tid) == []
    assert [e.old_value for e in events if e.kind is K.LINK] == ["task", "risk", "training_need"]
    with pytest.raises(Refusal) as info:
        support_desk.ticket_to_task(store, tid, actor_id=None, now=NOW)
    assert info.value.code == "ticket.already_task"
    with pytest.raises(Refusal):
        support_desk.ticket_to_training_need(store, tid, actor_id=None, now=NOW)
    for edit in (to_need, to_risk, to_task):
        support.revert_ticket_edit(store, edit.undo)
    assert dump_store(store) == before


def test_the_list_sorts_and_filters_by_sla(store: PlanStore) -> None:
    board = support_board.SlaBoard(store)
    now = dt.datetime(2026, 12, 3, 8, 0, tzinfo=dt.UTC)
    everything = support_board.TicketSource(store, support_board.TicketQuery(), board, now)
    assert everything.total > 0
    slas = board.all(now)
    breached = support_board.TicketSource(
        store, support_board.TicketQuery(breached=True), board, now
    )
    assert breached.total == sum(1 for s in slas.values() if s.breached)
    assert all(r.sla is not None and r.sla.breached for r in breached.rows(0, 50))
    by_due = support_board.TicketSource(
        store, support_board.TicketQuery(sort="resolve_due", descending=False), board, now
    )
    dues = [slas[i].resolution.due for i in by_due.ids]
    assert dues == sorted(dues)
    p1 = support_board.TicketSource(
        store,
        support_board.TicketQuery(TicketFilter(priorities=frozenset({P.P1})), sort="remaining"),
        board,
        now,
    )
    rows = p1.rows(0, 500)
    assert rows and all(r.row.priority is P.P1 for r in rows)
    window = everything.rows(0, 20)  # the first screen computes only its own SLA
    assert all(r.sla == slas[r.row.id] for r in window)


def test_a_changed_calendar_moves_the_due_times(store: PlanStore) -> None:
    from oa_desk.services.schedule import load_calendar

    tid = _new(store, priority="P3")
    board = support_board.SlaBoard(store)
    due = board.of([tid], NOW)[tid].resolution.due
    with store.read() as s:
        cal_id = s.execute(select(m.Plan.calendar_id)).scalar()
        calendar = load_calendar(s)
    assert cal_id is not None
    day = due.date()
    assert calendar.is_working(day)
    with store.write() as s:  # the day it was due becomes a holiday
        s.add(m.CalendarException(calendar_id=cal_id, day=day, working=False, name="停工"))
    assert board.of([tid], NOW)[tid].resolution.due == due  # the old clock, until told
    board.reset()
    assert board.of([tid], NOW)[tid].resolution.due > due


def test_summary_counts_open_warning_and_breached(store: PlanStore) -> None:
    board = support_board.SlaBoard(store)
    now = dt.datetime(2026, 12, 3, 8, 0, tzinfo=dt.UTC)
    summary = board.summary(now)  # from the open tickets only
    states = [
        support_board.active_state(s)[0] for s in board.all(now).values() if not s.resolution.done
    ]
    assert summary == support_board.SlaSummary(
        len(states),
        sum(1 for level in states if level is SlaLevel.WARNING),
        sum(1 for level in states if level is SlaLevel.BREACHED),
    )
    assert summary.open > 0


def test_the_board_forgets_a_resolved_ticket_once_reopened(store: PlanStore) -> None:
    tid = _new(store)
    support.bulk_edit(store, [tid], actor_id=None, now=NOW, status=S.RESOLVED)
    board = support_board.SlaBoard(store)
    later = NOW + dt.timedelta(days=3)
    assert board.all(later)[tid].resolution.done
    assert board.all(later)[tid].resolution.done  # remembered
    support.bulk_edit(store, [tid], actor_id=None, now=later, status=S.IN_PROGRESS)
    again = board.all(later + dt.timedelta(hours=1))[tid]
    assert not again.resolution.done
    assert again == board.of([tid], later + dt.timedelta(hours=1))[tid]


def test_stored_due_times_follow_the_working_hours_and_the_priority(store: PlanStore) -> None:
    tid = _new(store, priority="P1")  # Thursday 10:00 in Beijing, a working day
    with store.read() as s:
        t = s.get_one(m.Ticket, tid)
        assert t.response_due == NOW + dt.timedelta(minutes=30)
        # 10:00-12:00, the lunch break, then 13:30-15:30: four working hours
        assert t.resolve_due == dt.datetime(2026, 12, 3, 7, 30, tzinfo=dt.UTC)
    before = dump_store(store)
    edit = support.bulk_edit(store, [tid], actor_id=None, now=NOW, priority="P2")
    with store.read() as s:
        assert s.get_one(m.Ticket, tid).response_due == NOW + dt.timedelta(hours=2)
    support.revert_ticket_edit(store, edit.undo)
    assert dump_store(store) == before


def test_the_plan_workbook_keeps_the_free_text_reporter_and_the_resolution(
    store: PlanStore, tmp_path: Path
) -> None:
    import openpyxl

    from oa_desk.services import excel

    tid = _new(store, "打印机脱机", reporter_name="外包 小李")
    support_desk.edit_ticket(store, tid, {"resolution": "重装驱动"}, actor_id=None, now=NOW)
    path = tmp_path / "plan.xlsx"
    excel.export_workbook(store, path)
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        rows = list(book["工单 Tickets"].iter_rows(values_only=True))
    finally:
        book.close()
    header = list(rows[0])
    ours = next(r for r in rows if "打印机脱机" in r)
    assert ours[header.index("报告人（花名册外） Reporter (not on the roster)")] == "外包 小李"
    assert ours[header.index("解决方案 Resolution")] == "重装驱动"
    assert not excel.preview_workbook_import(store, path).has_changes
