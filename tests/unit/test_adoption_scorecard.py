"""The adoption scorecard: its arithmetic on plain snapshots, the ranking, the KPI
targets it compares with, the Excel 通报, and follow-ups that undo (both engines)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from oa_desk.domain.adoption import Figures, Snapshot, Targets, figures, rank
from oa_desk.services import adoption, records
from oa_desk.services.demo import generate_demo
from oa_desk.store.planfile import PlanStore, create_plan, open_plan

D = dt.date
MAY = (D(2026, 5, 1), D(2026, 5, 31))


def test_rates_are_summed_then_divided_over_the_period() -> None:
    points = [
        Snapshot(D(2026, 4, 30), 1, 10, 5, 1, 2, 10),  # before the period: left out
        Snapshot(D(2026, 5, 8), 6, 10, 30, 6, 8, 40),
        Snapshot(D(2026, 5, 15), 9, 10, 50, 9, 10, None),  # no paper figure this day
        Snapshot(D(2026, 5, 22), 8, 12, 45),  # no stickiness figures either
    ]
    f = figures(points, *MAY)
    assert (f.snapshots, f.accounts, f.online) == (3, 12, 125)
    assert f.active_rate == pytest.approx(23 / 32)
    assert f.stickiness == pytest.approx(15 / 18)
    assert f.paperless_rate == pytest.approx(30 / 40)  # only the day that has all approvals
    assert f.below(Targets(active_rate=0.8, paperless_rate=0.7)) == ("active_rate",)
    assert f.below(Targets()) == ()
    empty = figures(points, D(2026, 6, 1), D(2026, 6, 30))
    assert empty.snapshots == 0 and empty.active_rate is None and empty.below(Targets(0.9)) == ()


def test_a_wave_adds_its_departments_counts_not_their_rates() -> None:
    a = figures([Snapshot(D(2026, 5, 8), 9, 10)], *MAY)
    b = figures([Snapshot(D(2026, 5, 8), 10, 100)], *MAY)
    assert (a + b).active_rate == pytest.approx(19 / 110)  # not the mean of 90 % and 10 %


def test_ranking_best_first_and_no_figures_last() -> None:
    def f(active: int, accounts: int, online: int = 0, all_: int | None = None) -> Figures:
        return figures([Snapshot(D(2026, 5, 8), active, accounts, online, None, None, all_)], *MAY)

    rows = [(1, f(5, 10)), (2, figures([], *MAY)), (3, f(9, 10)), (4, f(5, 10, 9, 10))]
    assert [d for d, _f in rank(rows)] == [3, 4, 1, 2]  # 4 beats 1 on the paperless rate


def test_month_of() -> None:
    assert adoption.month_of(D(2026, 12, 9)) == (D(2026, 12, 1), D(2026, 12, 31))
    assert adoption.month_of(D(2028, 2, 29)) == (D(2028, 2, 1), D(2028, 2, 29))


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("adoption") / "demo.oadesk"
    generate_demo(path, today=D(2026, 6, 8))
    return path


def test_the_demo_scorecard_against_its_kpis(
    demo_file: Path, open_on_engine: Callable[[Path], PlanStore]
) -> None:
    store = open_on_engine(demo_file)
    try:
        start, end = adoption.default_period(store)
        card = adoption.scorecard(store, D(2020, 1, 1), D(2030, 12, 31))
        goals = adoption.targets(store)
    finally:
        store.close()
    assert end >= start
    assert goals.active_rate == pytest.approx(0.95) and goals.paperless_rate == pytest.approx(0.9)
    ranked = [r.figures.active_rate for r in card.rows if r.rank]
    assert ranked and ranked == sorted(ranked, reverse=True)
    assert [r.rank for r in card.rows if r.rank] == list(range(1, len(ranked) + 1))
    assert card.waves and sum(f.snapshots for _n, f in card.waves) == card.total.snapshots
    assert card.below_target()  # the demo's curves stay under 95 % for a while
    row = card.below_target()[0]
    assert "active_rate" in row.below and row.figures.active_rate < 0.95


def test_the_scorecard_workbook(demo_file: Path, tmp_path: Path) -> None:
    with open_plan(demo_file, read_only=True) as store:
        card = adoption.scorecard(store, D(2020, 1, 1), D(2030, 12, 31))
    out = tmp_path / "通报.xlsx"
    headers = [
        "排名",
        "部门",
        "批次",
        "上线日期",
        "账号数",
        "活跃率",
        "粘性",
        "线上流程",
        "无纸化率",
        "未达标",
    ]
    n = adoption.write_scorecard(out, card, "2026年5月 OA 使用通报", headers,
                                 {"active_rate": "活跃率", "total": "合计"})  # fmt: skip
    assert n == len(card.rows)
    ws = openpyxl.load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][0] == "2026年5月 OA 使用通报" and list(rows[1]) == headers
    assert rows[2][0] == 1 and rows[2][1] == card.rows[0].department
    assert ws.cell(3, 6).number_format == "0.0%"
    assert rows[-1][1] == "合计"
    assert ws.print_title_rows == "$2:$2" and ws.page_setup.paperSize == 9


def test_a_hostile_department_name_is_written_as_text(tmp_path: Path) -> None:
    path = tmp_path / "plan.oadesk"
    create_plan(path, name="p")
    with open_plan(path) as store:
        dept = records.add_record(store, "department", {"name": '=HYPERLINK("x")'}).new_ids[0]
        records.add_record(store, "adoption_snapshot", {"department_id": dept,
                           "day": D(2026, 5, 8), "active_users": 1, "total_users": 2})  # fmt: skip
        card = adoption.scorecard(store, *MAY)
    out = tmp_path / "s.xlsx"
    adoption.write_scorecard(out, card, "t", ["#"] * 10, {})
    cell = openpyxl.load_workbook(out).active.cell(3, 2)
    assert cell.value == '=HYPERLINK("x")' and cell.data_type == "s"


@pytest.mark.parametrize("kind", adoption.FOLLOW_UPS)
def test_a_follow_up_is_added_and_undone(
    kind: str, demo_file: Path, tmp_path: Path, open_on_engine: Callable[[Path], PlanStore]
) -> None:
    copy = tmp_path / "plan.oadesk"
    copy.write_bytes(demo_file.read_bytes())
    store = open_on_engine(copy)
    try:
        card = adoption.scorecard(store, D(2020, 1, 1), D(2030, 12, 31))
        row = card.below_target()[0]
        table, values = adoption.follow_up_values(
            kind, row, f"{row.department} 活跃率未达标", D(2026, 6, 8)
        )
        step = adoption.add_follow_up(store, table, values)
        (new_id,) = step.edit.new_ids
        records.undo_add_step(store, step)
        from sqlalchemy import func, select

        from oa_desk.store import models as m

        model = {"training_need": m.TrainingNeed, "risk": m.Risk, "communication": m.Communication}
        with store.read() as s:
            assert s.scalar(select(func.count()).where(model[kind].id == new_id)) == 0
    finally:
        store.close()


def test_a_stickiness_kpi_becomes_the_stickiness_target(tmp_path: Path) -> None:
    path = tmp_path / "plan.oadesk"
    create_plan(path, name="p")
    with open_plan(path) as store:
        for name, category, target in (
            ("用户粘性（周活/月活）", "adoption", 60.0),
            ("OA 活跃用户率", "adoption", 90.0),
            ("无纸化率", "paperless", 80.0),
        ):
            values = {"name": name, "category": category, "unit": "%", "direction": "increase"}
            records.add_record(store, "goal", {**values, "baseline": 10.0, "target": target})
        goals = adoption.targets(store)
    assert (goals.active_rate, goals.paperless_rate, goals.stickiness) == pytest.approx(
        (0.9, 0.8, 0.6)
    )


def test_departments_of_the_same_name_are_told_apart_by_their_parents(tmp_path: Path) -> None:
    from oa_desk.store import models as m

    path = tmp_path / "p.oadesk"
    create_plan(path, name="p", start=D(2026, 1, 5))
    store = open_plan(path)
    try:
        with store.write() as s:
            s.add_all(
                [
                    m.Department(id=1, name="华东分公司"),
                    m.Department(id=2, name="华南分公司"),
                    m.Department(id=3, name="产品研发部", parent_id=1),
                    m.Department(id=4, name="产品研发部", parent_id=2),
                    m.Department(id=5, name="财务部", parent_id=1),
                ]
            )
            s.flush()
            for dept in (3, 4, 5):
                s.add(
                    m.AdoptionSnapshot(
                        department_id=dept, day=D(2026, 5, 8), active_users=dept, total_users=10
                    )
                )
        card = adoption.scorecard(store, *MAY)
    finally:
        store.close()
    ranked = [r.department for r in card.rows]
    assert ranked == ["财务部", "华南分公司/产品研发部", "华东分公司/产品研发部"]
