"""The exchange sub-commands end to end: Excel, MS Project XML, PDF, the report."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest

from oa_desk.services.demo import generate_demo
from tests.e2e.test_cli import assert_clean_error, oa_desk


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.oadesk"
    generate_demo(path, seed=21)
    return path


@pytest.fixture
def demo(demo_master: Path, tmp_path: Path) -> Path:
    path = tmp_path / "示例.oadesk"
    shutil.copy(demo_master, path)
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.slow
def test_workbook_round_trip_reports_no_changes(demo: Path, tmp_path: Path) -> None:
    book = tmp_path / "计划.xlsx"
    result = oa_desk("export", str(demo), str(book))
    assert result.returncode == 0, result.stderr
    assert book.stat().st_size > 10_000
    before = digest(demo)
    preview = oa_desk("import", str(demo), str(book), "--dry-run")
    assert preview.returncode == 0, preview.stderr
    assert "nothing to change" in preview.stderr or "0 added" in preview.stdout
    assert digest(demo) == before


def test_mspdi_round_trip_through_the_command_line(demo: Path, tmp_path: Path) -> None:
    xml = tmp_path / "plan.xml"
    assert oa_desk("export", str(demo), str(xml)).returncode == 0
    assert xml.read_bytes().startswith(b"<?xml")
    fresh = tmp_path / "fresh.oadesk"
    assert oa_desk("new", str(fresh), "--name", "导入").returncode == 0
    result = oa_desk("import", str(fresh), str(xml))
    assert result.returncode == 0, result.stderr
    assert "tasks" in result.stderr
    counts = oa_desk("check", str(fresh)).stdout
    original = oa_desk("check", str(demo)).stdout

    def count(text: str, table: str) -> int:
        line = next(x for x in text.splitlines() if x.strip().startswith(table + " "))
        return int(line.split()[1].replace(",", ""))

    assert count(counts, "task") == count(original, "task")
    assert count(counts, "dependency") == count(original, "dependency")


def test_mspdi_import_refuses_a_plan_with_tasks(demo: Path, tmp_path: Path) -> None:
    xml = tmp_path / "plan.xml"
    oa_desk("export", str(demo), str(xml))
    before = digest(demo)
    assert_clean_error(oa_desk("import", str(demo), str(xml)), 1)
    assert digest(demo) == before


def test_hostile_xml_refused_plan_unchanged(demo: Path, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.xml"
    bomb.write_text(
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        '<Project xmlns="http://schemas.microsoft.com/project">&lol2;</Project>',
        encoding="utf-8",
    )
    before = digest(demo)
    assert_clean_error(oa_desk("import", str(demo), str(bomb), "--replace"), 1)
    assert digest(demo) == before


def test_not_a_spreadsheet_refused_plan_unchanged(demo: Path, tmp_path: Path) -> None:
    fake = tmp_path / "roster.xlsx"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    before = digest(demo)
    assert_clean_error(oa_desk("import", str(demo), str(fake), "--kind", "people", "--yes"), 1)
    assert digest(demo) == before


def test_unknown_format_is_a_usage_error(demo: Path, tmp_path: Path) -> None:
    assert_clean_error(oa_desk("export", str(demo), str(tmp_path / "plan.docx")), 2)
    assert_clean_error(oa_desk("import", str(demo), str(tmp_path / "x.docx")), 2)
    # A CSV with no --kind is a plan sheet when its header says so: a missing one is
    # a missing file (exit 1), not a usage error.
    assert_clean_error(oa_desk("import", str(demo), str(tmp_path / "x.csv")), 1)


@pytest.mark.slow
def test_timeline_pdf_has_several_pages_with_chinese_text(demo: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "timeline.pdf"
    result = oa_desk("export", str(demo), str(pdf))  # A4 by default (issue 10), not A3
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None:
        pytest.skip("poppler-utils (pdfinfo, pdftotext) is not installed")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    assert "(A4)" in info.stdout, info.stdout
    pages = int(next(x for x in info.stdout.splitlines() if x.startswith("Pages:")).split()[1])
    assert pages >= 2
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "召开项目启动会" in text or "项目启动会" in text


@pytest.mark.slow
def test_timeline_pdf_of_the_upper_outline_levels_only(demo: Path, tmp_path: Path) -> None:
    """Review: a large plan's Timeline ran to thousands of pages, with no way to print
    only its upper outline levels."""
    whole, upper = tmp_path / "whole.pdf", tmp_path / "upper.pdf"
    assert oa_desk("export", "--lang", "zh_CN", str(demo), str(whole)).returncode == 0
    result = oa_desk("export", "--lang", "zh_CN", "--levels", "2", str(demo), str(upper))
    assert result.returncode == 0, result.stderr
    if shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None:
        pytest.skip("poppler-utils (pdfinfo, pdftotext) is not installed")
    pages = [
        int(
            next(
                line.split()[1]
                for line in subprocess.run(
                    ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True
                ).stdout.splitlines()
                if line.startswith("Pages:")
            )
        )
        for pdf in (whole, upper)
    ]
    assert pages[1] < pages[0]
    text = subprocess.run(
        ["pdftotext", str(upper), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "仅显示 1–2 级" in text and "制定需求调研计划与访谈提纲" not in text  # 1.5.1
    assert "召开项目启动会" in text and "推广实施阶段" in text  # 1.1 and 2
    assert_clean_error(oa_desk("export", "--levels", "0", str(demo), str(upper)), 2)
    assert_clean_error(oa_desk("export", "--levels", "2", str(demo), str(tmp_path / "a.xlsx")), 2)


@pytest.mark.slow
def test_report_workbook(demo: Path, tmp_path: Path) -> None:
    import openpyxl

    report = tmp_path / "周报.xlsx"
    result = oa_desk("report", str(demo), str(report))
    assert result.returncode == 0, result.stderr
    book = openpyxl.load_workbook(report)
    assert len(book.sheetnames) >= 4


def test_a_foreign_import_of_a_named_sheet(demo: Path, tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.title = "财务部"
    wb.active.append(["工号", "姓名"])
    wb.active.append(["98000", "员工甲"])
    other = wb.create_sheet("人力资源部")
    other.append(["工号", "姓名"])
    other.append(["98001", "员工乙"])
    book = tmp_path / "花名册.xlsx"
    wb.save(book)
    first = oa_desk("import", str(demo), str(book), "--kind", "people", "--dry-run")
    assert first.returncode == 0, first.stderr
    assert "98000" in first.stdout and "98001" not in first.stdout
    assert "Only sheet 财务部 is imported;" in first.stdout
    assert "the same headers and are left out: 人力资源部." in first.stdout
    named = ("import", str(demo), str(book), "--kind", "people", "--sheet", "人力资源部")
    second = oa_desk(*named, "--dry-run")
    assert second.returncode == 0, second.stderr
    assert "98001" in second.stdout and "98000" not in second.stdout
    before = digest(demo)
    assert_clean_error(oa_desk(*named[:-1], "没有的表", "--yes"), 2)
    assert_clean_error(oa_desk("import", str(demo), str(book), "--sheet", "财务部"), 2)
    assert digest(demo) == before


def test_valid_rows_only_imports_the_good_rows_and_lists_the_others(
    demo: Path, tmp_path: Path
) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["工号", "姓名"])
    for row in (["97001", "员工一"], ["97001", "重复"], ["", "无号"], ["97002", "员工二"]):
        wb.active.append(row)
    book = tmp_path / "花名册.xlsx"
    wb.save(book)
    before = digest(demo)
    refused = oa_desk("import", str(demo), str(book), "--kind", "people", "--yes")
    assert refused.returncode == 1 and digest(demo) == before  # all or nothing
    problems = tmp_path / "问题.xlsx"
    result = oa_desk(
        "import", str(demo), str(book), "--kind", "people", "--valid-rows-only", "--yes",
        "--problems", str(problems),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "1 added" not in result.stderr and "2 added" in result.stderr
    rows = list(openpyxl.load_workbook(problems).active.iter_rows(values_only=True))
    assert len(rows) == 3  # the header, and rows 3 and 4 of the roster
    assert_clean_error(oa_desk("import", str(demo), str(book), "--valid-rows-only", "--dry-run"), 2)
