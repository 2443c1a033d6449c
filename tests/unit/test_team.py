"""Stakeholder rules and the Team service: quadrants, barriers, gaps, overdue contacts,
the one-A rule, and intents that undo and redo exactly."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest

from oa_desk.domain import stakeholders as rules
from oa_desk.domain.enums import Cadence, Engagement, RaciRole, TeamRole
from oa_desk.services import records, team
from oa_desk.services.demo import generate_demo
from oa_desk.store.planfile import open_plan
from tests.unit.test_row_snapshots import dump


@pytest.mark.parametrize(
    ("influence", "interest", "expected"),
    [
        (5, 5, rules.Quadrant.MANAGE_CLOSELY),
        (4, 3, rules.Quadrant.KEEP_SATISFIED),
        (3, 4, rules.Quadrant.KEEP_INFORMED),
        (3, 3, rules.Quadrant.MONITOR),
        (1, 1, rules.Quadrant.MONITOR),
    ],
)
def test_quadrant_high_is_four_or_five(influence: int, interest: int, expected: object) -> None:
    assert rules.quadrant(influence, interest) is expected


def test_adkar_barrier_is_the_first_stage_at_three_or_lower() -> None:
    assert rules.adkar_barrier([5, 4, 3, 2, 1]) == 2
    assert rules.adkar_barrier([None, 2, 5, 5, 5]) == 1
    assert rules.adkar_barrier([4, 4, 4, 4, 4]) is None
    assert rules.adkar_barrier([None] * 5) is None


def test_engagement_gap_counts_levels() -> None:
    assert rules.engagement_gap(Engagement.RESISTANT, Engagement.LEADING) == 3
    assert rules.engagement_gap(Engagement.LEADING, Engagement.SUPPORTIVE) == -1
    assert rules.engagement_gap(Engagement.NEUTRAL, Engagement.NEUTRAL) == 0


def test_contact_overdue_by_cadence() -> None:
    today = dt.date(2026, 12, 3)
    assert rules.contact_overdue(dt.date(2026, 11, 25), Cadence.WEEKLY, today)
    assert not rules.contact_overdue(dt.date(2026, 11, 26), Cadence.WEEKLY, today)
    assert not rules.contact_overdue(dt.date(2020, 1, 1), Cadence.AS_NEEDED, today)
    assert rules.contact_overdue(None, Cadence.QUARTERLY, today)


def test_raci_problems_one_a_at_least_one_r() -> None:
    entries = [(1, 10, RaciRole.A), (1, 11, RaciRole.R), (2, 10, RaciRole.R), (3, 10, RaciRole.A)]
    problems = {(p.task_id, p.code) for p in rules.raci_problems([1, 2, 3, 4], entries)}
    assert problems == {
        (2, "no_accountable"),
        (3, "no_responsible"),
        (4, "no_accountable"),
        (4, "no_responsible"),
    }


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("team") / "demo.oadesk"
    generate_demo(path, scale=1)
    return path


@pytest.fixture
def plan(demo_master: Path, tmp_path: Path) -> Any:
    path = tmp_path / "plan.oadesk"
    shutil.copyfile(demo_master, path)
    with open_plan(path, snapshot=False) as store:
        yield store, path


def test_load_team_reads_the_demo(plan: Any) -> None:
    store, _ = plan
    data = team.load_team(store)
    assert data.members and data.stakeholders and data.tasks and data.raci
    assert [t.wbs for t in data.tasks[:2]] == ["1", "1.1"]
    assert any(s.external for s in data.stakeholders)
    assert all(isinstance(m.role, TeamRole) for m in data.members)


def test_second_accountable_refused_and_nothing_changes(plan: Any) -> None:
    store, path = plan
    data = team.load_team(store)
    (task_id, holder_id) = next(k for k, v in data.raci.items() if v is RaciRole.A)
    other = next(s.id for s in data.stakeholders if s.id != holder_id)
    before = dump(path)
    with pytest.raises(records.RecordError) as refused:
        team.set_raci(store, task_id, other, RaciRole.A)
    assert refused.value.code == "second_accountable"
    assert refused.value.params["holder"]
    assert dump(path) == before


def test_raci_cell_set_cleared_and_undone(plan: Any) -> None:
    store, path = plan
    data = team.load_team(store)
    task_id = data.tasks[-1].id
    free = next(s.id for s in data.stakeholders if (task_id, s.id) not in data.raci)
    before = dump(path)
    edit = team.set_raci(store, task_id, free, RaciRole.C)
    assert team.load_team(store).raci[(task_id, free)] is RaciRole.C
    cleared = team.set_raci(store, task_id, free, None)
    assert (task_id, free) not in team.load_team(store).raci
    team.revert_raci(store, cleared)
    team.revert_raci(store, edit)
    assert dump(path) == before


def test_grid_move_checks_scores_and_undoes(plan: Any) -> None:
    store, path = plan
    sid = team.load_team(store).stakeholders[0].id
    before = dump(path)
    with pytest.raises(records.RecordError) as refused:
        team.move_on_grid(store, sid, 6, 2)
    assert refused.value.params["field"] == "influence"
    assert dump(path) == before
    edit = team.move_on_grid(store, sid, 5, 1)
    row = next(s for s in team.load_team(store).stakeholders if s.id == sid)
    assert (row.influence, row.interest) == (5, 1)
    records.revert_record_edit(store, edit.undo)
    assert dump(path) == before


def test_undone_add_is_redone_with_the_same_id(plan: Any) -> None:
    store, path = plan
    before = dump(path)
    step = team.add(store, "stakeholder", {"name": "外部顾问", "external": True, "influence": 2})
    after = dump(path)
    team.undo_add(store, step)
    assert dump(path) == before
    again = team.redo_add(store, step)
    assert again.new_id == step.new_id
    assert dump(path) == after


def test_a_person_holds_a_team_role_once(plan: Any) -> None:
    store, path = plan
    member = team.load_team(store).members[0]
    before = dump(path)
    with pytest.raises(records.RecordError) as refused:
        team.add_member(store, {"person_id": member.person_id, "role": member.role})
    assert refused.value.code == "already_member"
    assert refused.value.params["name"] == member.name
    assert dump(path) == before
    other = next(r for r in TeamRole if r is not member.role)
    step = team.add_member(store, {"person_id": member.person_id, "role": other})
    team.undo_add(store, step)
    assert dump(path) == before


def test_overdue_contacts_against_the_status_date(plan: Any) -> None:
    store, _ = plan
    data = team.load_team(store)
    late = data.overdue()
    assert late, "the demo has a few overdue contacts"
    assert all(rules.contact_overdue(s.last_contact, s.cadence, data.status_date) for s in late)
    on_time = [s for s in data.stakeholders if s not in late]
    assert on_time and not any(
        rules.contact_overdue(s.last_contact, s.cadence, data.status_date) for s in on_time
    )


def test_raci_export_keeps_hostile_names_as_text(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from oa_desk.exchange.raci import RaciSheet, write_raci_workbook

    payloads = ["=1+1", "+cmd", "@SUM(A1)", '＝HYPERLINK("x")', "=cmd|' /C calc'!A0", "-2"]
    sheet = RaciSheet(
        "RACI 矩阵",
        "问题",
        "WBS",
        "任务",
        "问题",
        payloads,
        [("1", 0, payloads[0], ["A", "R", "", "C", "I", ""]), ("1.1", 1, "上线", [""] * 6)],
        [("1.1", "上线", "没有人负责 (A)")],
        "R 执行 · A 负责",
    )
    out = tmp_path / "raci.xlsx"
    write_raci_workbook(out, sheet)
    wb = load_workbook(out)
    ws = wb.worksheets[0]
    assert [c.value for c in ws[1]][2:] == payloads
    assert ws["B2"].value == "=1+1" and ws["B2"].data_type == "s"
    assert [c.value for c in ws[2]][2:] == ["A", "R", None, "C", "I", None]
    for row in ws.iter_rows():
        for cell in row:
            assert cell.data_type != "f", cell.coordinate
    assert wb.worksheets[1]["C2"].value == "没有人负责 (A)"
