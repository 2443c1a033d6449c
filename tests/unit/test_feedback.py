"""Feedback rounds: a results file read with its problems by row, the round it makes
(all or nothing), a suggestion turned into a feature-request ticket; both engines."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from oa_desk.domain.enums import TicketChannel, TicketType
from oa_desk.domain.errors import Refusal
from oa_desk.exchange.feedback_results import read_results
from oa_desk.services import feedback, records, support
from oa_desk.store import models as m
from oa_desk.store.planfile import PlanStore, create_plan
from tests.pg import dump_store

DAY = dt.date(2026, 6, 15)
NOW = dt.datetime(2026, 6, 16, 2, 0, tzinfo=dt.UTC)


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["财务部 OA 满意度调查"])
    ws.append(["姓名", "满意度(1-5)", "意见", "建议"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_a_results_file_reads_with_its_row_numbers_and_problems(tmp_path: Path) -> None:
    good = read_results(
        _xlsx(
            tmp_path / "ok.xlsx",
            [
                ["张三", 4, "审批很快", "希望增加移动端签字"],
                ["李四", 5, "", ""],
                ["王五", None, "还行", ""],
            ],
        )
    )
    assert good.problems == []
    assert [(a.row, a.satisfaction) for a in good.answers] == [(3, 4), (4, 5), (5, None)]
    bad = read_results(
        _xlsx(tmp_path / "bad.xlsx", [["张三", 6, "", ""], ["李四", "很好", "", ""]])
    )
    assert [(p.row, p.column, p.code, p.value) for p in bad.problems] == [
        (3, "B", "satisfaction_out_of_range", "6"),
        (4, "B", "not_a_number", "很好"),
    ]
    assert not bad.answers
    none = read_results(_xlsx(tmp_path / "none.xlsx", []))
    assert none.answers == [] and none.problems == []


@pytest.fixture
def store(tmp_path: Path, open_on_engine: Callable[[Path], PlanStore]):  # type: ignore[no-untyped-def]
    path = tmp_path / "fb.oadesk"
    create_plan(path, name="反馈", start=dt.date(2026, 3, 2))
    opened = open_on_engine(path)
    with opened.write() as s:
        s.add(m.Department(id=1, name="财务部"))
    yield opened
    opened.close()


def test_a_round_from_a_file_and_its_undo(store: PlanStore, tmp_path: Path) -> None:
    before = dump_store(store)
    results = read_results(
        _xlsx(
            tmp_path / "r.xlsx",
            [
                ["张三", 4, "审批很快", "希望增加移动端签字"],
                ["李四", 5, "", ""],
                ["王五", 3, "", ""],
            ],
        )
    )
    step = feedback.import_round(store, results, department_id=1, day=DAY)
    (row,) = feedback.list_rounds(store)
    assert (row.department, row.day, row.respondents, row.satisfaction) == ("财务部", DAY, 3, 4.0)
    assert feedback.comment_lines(row.comments) == ["审批很快", "★ 希望增加移动端签字"]
    assert feedback.comment_lines("甲；乙\n\n 丙 ") == ["甲", "乙", "丙"]
    records.undo_add_step(store, step)
    assert dump_store(store) == before


def test_a_file_with_problems_is_refused_whole(store: PlanStore, tmp_path: Path) -> None:
    before = dump_store(store)
    results = read_results(_xlsx(tmp_path / "b.xlsx", [["张三", 4, "", ""], ["李四", 9, "", ""]]))
    with pytest.raises(Refusal) as refused:
        feedback.import_round(store, results, department_id=1, day=DAY)
    assert refused.value.params["row"] == 4 and refused.value.params["column"] == "B"
    empty = read_results(_xlsx(tmp_path / "e.xlsx", []))
    with pytest.raises(Refusal):
        feedback.import_round(store, empty, department_id=1, day=DAY)
    assert dump_store(store) == before


def test_a_suggestion_becomes_a_feature_request_ticket(store: PlanStore) -> None:
    step = records.add_step(
        store, "feedback_round",
        {"department_id": 1, "day": DAY, "respondents": 2, "satisfaction": 4.5,
         "comments": "★ 希望增加移动端签字"},
    )  # fmt: skip
    before = dump_store(store)
    edit = feedback.suggestion_ticket(
        store, step.new_id, "★ 希望增加移动端签字", actor_id=None, now=NOW, note="来自反馈"
    )
    with store.read() as s:
        ticket = s.get_one(m.Ticket, edit.ticket_ids[0])
        assert ticket.title == "希望增加移动端签字"
        assert ticket.type is TicketType.CHANGE_REQUEST
        assert ticket.channel is TicketChannel.SURVEY
        assert ticket.department_id == 1
        assert ticket.description.endswith("来自反馈")
    support.revert_ticket_edit(store, edit.undo)
    assert dump_store(store) == before
    with pytest.raises(Refusal):
        feedback.suggestion_ticket(store, step.new_id, "  ", actor_id=None, now=NOW)
    with pytest.raises(Refusal):
        feedback.suggestion_ticket(store, 999, "x", actor_id=None, now=NOW)


def test_a_file_that_is_not_a_spreadsheet_is_refused_before_it_is_read(tmp_path: Path) -> None:
    from oa_desk.exchange.safety import SpreadsheetRefused

    fake = tmp_path / "results.xlsx"
    fake.write_bytes(b"PK\x03\x04" + b"\x00" * 64)  # a zip header and nothing whole
    with pytest.raises(SpreadsheetRefused):
        read_results(fake)
    csv = tmp_path / "results.csv"
    csv.write_text("满意度,意见\n5,很好\n2,太慢\n", encoding="gbk")
    results = read_results(csv)
    assert [(a.row, a.satisfaction, a.comment) for a in results.answers] == [
        (2, 5, "很好"),
        (3, 2, "太慢"),
    ]
