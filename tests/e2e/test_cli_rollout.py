"""``oa-desk new PATH --template rollout``: end to end, with bad input refused cleanly."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from oa_desk.store import models as m
from oa_desk.store.planfile import open_plan
from tests.e2e.test_cli import assert_clean_error, oa_desk

DEPTS = ["财务部", "人力资源部", "行政部", "销售部", "市场部", "采购部", "生产部"]


def _new(plan: Path, departments: Path, *more: str) -> list[str]:
    return [
        "new",
        str(plan),
        "--template",
        "rollout",
        "--org",
        "华信集团",
        "--go-live",
        "2027-09-01",
        "--start",
        "2026-12-07",
        "--departments",
        str(departments),
        *more,
    ]


def test_a_rollout_plan_from_a_gbk_text_file(tmp_path: Path) -> None:
    depts = tmp_path / "部门.txt"
    depts.write_bytes("\r\n".join(DEPTS).encode("gbk"))
    plan = tmp_path / "rollout.oadesk"
    result = oa_desk(*_new(plan, depts, "--pilot", "2", "--waves", "2", "--product", "致远 A8+"))
    assert result.returncode == 0, result.stderr
    assert "7 departments (pilot 2, 2 waves)" in result.stderr
    check = oa_desk("check", str(plan))
    assert check.returncode == 0, check.stdout + check.stderr
    with open_plan(plan, read_only=True) as store, store.read() as s:
        plan_row = s.get_one(m.Plan, 1)
        assert plan_row.organisation == "华信集团" and plan_row.oa_product == "致远 A8+"
        assert str(plan_row.target_go_live) == "2027-09-01"
        assert [d.name for d in s.query(m.Department).order_by(m.Department.seq)] == DEPTS
        assert s.query(m.Wave).count() == 3


def test_departments_from_the_first_column_of_a_workbook_in_english(tmp_path: Path) -> None:
    book = tmp_path / "roster.xlsx"
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Department", "Head"])
    for name in ("Finance", "HR", "Sales", "IT"):
        ws.append([name, "someone"])
    wb.save(book)
    plan = tmp_path / "en.oadesk"
    result = oa_desk(*_new(plan, book, "--lang", "en", "--waves", "3"))
    assert result.returncode == 0, result.stderr
    with open_plan(plan, read_only=True) as store, store.read() as s:
        assert sorted(d.name for d in s.query(m.Department)) == ["Finance", "HR", "IT", "Sales"]
        assert s.query(m.Task).filter(m.Task.name == "Full go-live").count() == 1


def test_bad_inputs_are_refused_and_nothing_is_written(tmp_path: Path) -> None:
    depts = tmp_path / "d.txt"
    plan = tmp_path / "no.oadesk"
    depts.write_text("财务部\n销售部\n财务部\n", encoding="utf-8")
    result = oa_desk(*_new(plan, depts))
    assert_clean_error(result, 1)
    assert "more than once: 财务部" in result.stderr
    depts.write_text("\n \n", encoding="utf-8")
    assert_clean_error(oa_desk(*_new(plan, depts)), 1)
    depts.write_text("财务部\n销售部\n行政部\n", encoding="utf-8")
    result = oa_desk(*_new(plan, depts, "--waves", "5"))
    assert_clean_error(result, 1)
    assert "5 waves" in result.stderr
    result = oa_desk(*_new(plan, depts)[:-4], "--start", "2027-10-01", "--departments", str(depts))
    assert_clean_error(result, 1)
    assert "is not after the start" in result.stderr
    picture = tmp_path / "d.csv"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 32)
    assert_clean_error(oa_desk(*_new(plan, picture)), 1)
    assert not plan.exists()
    assert_clean_error(oa_desk("new", str(plan), "--template", "rollout", "--org", "X"), 2)
    assert not plan.exists()


def test_a_close_go_live_is_refused_then_compressed_or_moved(tmp_path: Path) -> None:
    depts = tmp_path / "d.txt"
    depts.write_text("\n".join(DEPTS), encoding="utf-8")
    plan = tmp_path / "close.oadesk"
    args = _new(plan, depts)
    args[args.index("2027-09-01")] = "2027-02-01"
    result = oa_desk(*args)
    assert_clean_error(result, 1)
    assert "more working days" in result.stderr and "--move-go-live" in result.stderr
    assert not plan.exists()
    result = oa_desk(*args, "--move-go-live")
    assert result.returncode == 0, result.stderr
    assert "go-live moved to" in result.stderr
    result = oa_desk(*args, "--compress", "--force")
    assert result.returncode == 0, result.stderr
    with open_plan(plan, read_only=True) as store, store.read() as s:
        assert str(s.get_one(m.Plan, 1).target_go_live) == "2027-02-01"


def test_an_empty_plan_still_needs_only_a_name(tmp_path: Path) -> None:
    plan = tmp_path / "empty.oadesk"
    assert oa_desk("new", str(plan), "--name", "空计划").returncode == 0
    assert_clean_error(oa_desk("new", str(tmp_path / "x.oadesk")), 2)


def test_hostile_department_workbooks_are_refused_before_reading(tmp_path: Path) -> None:
    from tests.hostile_files import far_cell_workbook, string_count_workbook

    plan = tmp_path / "hostile.oadesk"
    for book in (
        far_cell_workbook(tmp_path / "far.xlsx"),
        string_count_workbook(tmp_path / "strings.xlsx"),
    ):
        result = oa_desk(*_new(plan, book))
        assert_clean_error(result, 1)
        assert book.name in result.stderr
        assert not plan.exists()


def test_an_existing_plan_is_not_replaced_without_force(tmp_path: Path) -> None:
    depts = tmp_path / "d.txt"
    depts.write_text("\n".join(DEPTS), encoding="utf-8")
    plan = tmp_path / "kept.oadesk"
    assert oa_desk("new", str(plan), "--name", "原计划").returncode == 0
    before = plan.read_bytes()
    result = oa_desk(*_new(plan, depts))
    assert_clean_error(result, 1)
    assert "already exists" in result.stderr
    assert plan.read_bytes() == before
