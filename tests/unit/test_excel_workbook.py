"""The plan workbook: export, re-import (no change, edits, inserts, deletions), templates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import text

from oa_desk.exchange.changeset import StalePreview
from oa_desk.exchange.progress import Cancelled, Job
from oa_desk.exchange.spec import SHEETS
from oa_desk.exchange.workbook import ABOUT_TITLE
from oa_desk.services import excel
from oa_desk.services.schedule import reschedule
from oa_desk.store.planfile import PlanStore
from tests.unit.excel_fixtures import dump_plan, make_plan


@pytest.fixture
def store(tmp_path: Path, open_on_engine: Callable[[Path], PlanStore]) -> PlanStore:
    s = make_plan(tmp_path / "plan.oadesk", open_on_engine)
    yield s
    s.close()


def _export(store: PlanStore, path: Path) -> Path:
    excel.export_workbook(store, path)
    return path


def test_export_has_every_sheet_with_headers_and_layout(store: PlanStore, tmp_path: Path) -> None:
    path = _export(store, tmp_path / "plan.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == [ABOUT_TITLE] + [s.title for s in SHEETS]
    people = wb["人员 People"]
    assert [c.value for c in people[1]][:3] == ["编号 ID", "工号 Employee no.", "姓名 Name"]
    assert people.freeze_panes == "A2"
    assert people.auto_filter.ref == "A1:I4"
    assert people["B2"].value == "00123" and people["B2"].data_type == "s"
    tier = next(dv for dv in people.data_validations.dataValidation if "H2" in dv.sqref)
    assert tier.formula1 == '"leadership,key_user,end_user"'
    tasks = wb["任务 Tasks"]
    assert tasks["G2"].is_date and tasks["G2"].value == dt.datetime(2026, 1, 5)
    assert tasks["C3"].value == 2 and tasks["D3"].alignment.indent == 1
    assert tasks["K4"].value == "2FS+2d"
    assert tasks.column_dimensions["D"].width == 40
    about = wb[ABOUT_TITLE]
    values = {r[0]: r[1] for r in about.iter_rows(values_only=True) if r and r[0]}
    assert values["计划名称 Plan name"] == "集团OA推广 =rollout"
    assert values["格式版本 Format version"] == 1


def test_reimport_without_edits_changes_nothing(store: PlanStore, tmp_path: Path) -> None:
    path = _export(store, tmp_path / "plan.xlsx")
    preview = excel.preview_workbook_import(store, path)
    assert preview.problems == []
    assert not preview.has_changes
    assert preview.missing == 0


def test_round_trip_restores_every_entity(store: PlanStore, tmp_path: Path) -> None:
    """Export, change every table in the plan, import the export: the plan is as exported.

    The plan is scheduled first, as the app keeps it: the import reschedules with the
    links, calendar and start it restores, which gives back the exported dates.
    """
    reschedule(store)
    path = _export(store, tmp_path / "plan.xlsx")
    exported = dump_plan(store)
    with store.write() as s:
        for sql in (
            "UPDATE plan SET name = 'x', start_date = '2026-01-06'",
            "UPDATE calendar SET working_weekdays = '1111110'",
            "UPDATE calendar_exception SET name = 'x', working = NOT working",
            "UPDATE wave SET gate_notes = 'x', planned_go_live = NULL",
            "UPDATE department SET code = 'x', headcount = headcount + 5",
            # Sibling order is what the sheet keeps (row order), not the numbers.
            "UPDATE department SET seq = 5 WHERE name = '财务部'",
            "UPDATE department SET parent_id = 1 WHERE name = '会计科'",
            "UPDATE person SET phone = '1', tier = 'end_user', active = TRUE, department_id = NULL",
            "UPDATE team_member SET allocation = 10, responsibilities = ''",
            "UPDATE stakeholder SET influence = 1, adkar_desire = 2, last_contact = NULL",
            "UPDATE goal SET target = 9.75, due = '2027-01-01'",
            "UPDATE kpi_measurement SET value = 0",
            "UPDATE task SET progress = 50, notes = 'x', parent_id = NULL WHERE kind = 'task'",
            "UPDATE task SET seq = -1 WHERE name = '实施阶段'",
            "UPDATE dependency SET lag = 9",
            "UPDATE raci_entry SET role = 'R'",
            "UPDATE requirement SET status = 'done', description = 'x'",
            "DELETE FROM requirement_task WHERE task_id = 3",
            "UPDATE risk SET impact = 1, contingency = ''",
            "UPDATE communication SET reach = NULL, status = 'done'",
            "UPDATE course SET duration_hours = 3",
            "UPDATE training_session SET ends_at = '2026-03-03 12:00:00.000000'",
            "UPDATE enrollment SET score = 10, passed = FALSE, attendance = 'absent'",
            "UPDATE ticket SET status = 'closed', resolved_at = NULL, title = 'x'",
            "UPDATE ticket_event SET comment = 'x'",
            "UPDATE kb_article SET views = 99",
            "DELETE FROM kb_article_ticket",
            "UPDATE kb_tag SET name = name || 'x'",
            "DELETE FROM kb_article_tag",
            "UPDATE feedback_round SET satisfaction = 1.5",
            "UPDATE adoption_snapshot SET active_users = 1",
            "INSERT INTO person (employee_no, name, title, email, phone, tier, active) "
            "VALUES ('X1', 'extra', '', '', '', 'end_user', TRUE)",
            "INSERT INTO wave (name, seq, is_pilot, gate_criteria, gate_decision, gate_notes)"
            " VALUES ('extra', 9, FALSE, '', 'pending', '')",
        ):
            s.execute(text(sql))
    assert dump_plan(store) != exported
    preview = excel.preview_workbook_import(store, path, delete_missing=True)
    assert preview.errors == []
    touched = {t for t, c in preview.tables.items() if c}
    assert touched >= {s.table for s in SHEETS}
    assert preview.plan_fields
    excel.apply_import(store, preview)
    assert dump_plan(store) == exported


def test_edits_inserts_and_removed_rows_are_previewed(store: PlanStore, tmp_path: Path) -> None:
    path = _export(store, tmp_path / "plan.xlsx")
    wb = openpyxl.load_workbook(path)
    people = wb["人员 People"]
    people["C2"] = "张三丰"
    people.append([None, "00999", "新人", "总部 / 人事部", "", "", "", "普通用户", "是"])
    people.delete_rows(4)  # 王五 removed from the sheet
    wb.save(path)
    before = dump_plan(store)
    preview = excel.preview_workbook_import(store, path)
    assert preview.errors == []
    changes = preview.tables["person"]
    assert [(u.id, u.fields) for u in changes.updates] == [(1, {"name": ("张三", "张三丰")})]
    (ins,) = changes.inserts
    assert ins.values["employee_no"] == "00999" and ins.values["tier"] == "end_user"
    assert ins.values["department_id"] == 3 and ins.values["active"] is True
    assert [label for _id, label in changes.missing] == ["E-9 王五"]
    assert changes.deletes == []
    assert dump_plan(store) == before  # a preview writes nothing
    result = excel.apply_import(store, preview)
    assert result.updated["person"] == {1} and len(result.inserted["person"]) == 1
    with store.read() as s:
        assert s.execute(text("SELECT count(*) FROM person")).scalar() == 4


def test_errors_stop_the_import_and_name_the_cell(store: PlanStore, tmp_path: Path) -> None:
    path = _export(store, tmp_path / "plan.xlsx")
    wb = openpyxl.load_workbook(path)
    people = wb["人员 People"]
    people["H2"] = "boss"  # not a tier
    people["B3"] = "00123"  # duplicate employee number
    people["D4"] = "总部/不存在"
    tasks = wb["任务 Tasks"]
    tasks["J3"] = 150  # progress over 100
    tasks["K4"] = "99FS"  # no such task
    tasks["C5"] = 4  # level jumps from 2 to 4
    wb.save(path)
    before = dump_plan(store)
    preview = excel.preview_workbook_import(store, path)
    found = {(p.sheet, p.cell) for p in preview.errors}
    assert ("人员 People", "H2") in found
    assert ("人员 People", "B3") in found
    assert ("人员 People", "D4") in found
    assert ("任务 Tasks", "J3") in found
    assert ("任务 Tasks", "K4") in found
    assert ("任务 Tasks", "C5") in found
    tier = next(p for p in preview.errors if p.cell == "H2")
    assert tier.header == "培训层级 Audience tier" and tier.value == "boss"
    assert "Leadership, Key user, End user" in tier.reason  # labels, not codes
    with pytest.raises(ValueError, match="errors"):
        excel.apply_import(store, preview)
    assert dump_plan(store) == before


def test_cancelled_apply_leaves_plan_unchanged(store: PlanStore, tmp_path: Path) -> None:
    path = _export(store, tmp_path / "plan.xlsx")
    with store.write() as s:
        s.execute(text("UPDATE person SET name = name || '!'"))
        s.execute(text("UPDATE task SET notes = 'changed'"))
    before = dump_plan(store)
    preview = excel.preview_workbook_import(store, path)
    assert preview.has_changes
    job = Job(lambda update: job.cancel() if update.done else None)
    with pytest.raises(Cancelled):
        excel.apply_import(store, preview, job=job)
    assert dump_plan(store) == before


def test_stale_preview_is_refused(store: PlanStore, tmp_path: Path) -> None:
    path = _export(store, tmp_path / "plan.xlsx")
    with store.write() as s:
        s.execute(text("UPDATE person SET name = 'x' WHERE id = 1"))
    preview = excel.preview_workbook_import(store, path)
    with store.write() as s:
        s.execute(
            text(
                "INSERT INTO person (employee_no, name, title, email, phone, tier, active) "
                "VALUES ('Z', 'z', '', '', '', 'end_user', TRUE)"
            )
        )
    with pytest.raises(StalePreview):
        excel.apply_import(store, preview)


def test_template_has_headers_and_validation(tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    excel.write_template(path, ["person", "enrollment"])
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["人员 People", "报名签到 Enrollments"]
    ws = wb["报名签到 Enrollments"]
    assert ws["F1"].value == "出勤 Attendance"
    assert ws.max_row == 1
    assert any("F2" in dv.sqref for dv in ws.data_validations.dataValidation)


def test_export_progress_and_cancel(store: PlanStore, tmp_path: Path) -> None:
    updates = []
    excel.export_workbook(store, tmp_path / "a.xlsx", job=Job(updates.append))
    assert updates and updates[-1].stage == "Saving"
    job = Job()
    job.cancel()
    with pytest.raises(Cancelled):
        excel.export_workbook(store, tmp_path / "b.xlsx", job=job)
    assert not (tmp_path / "b.xlsx").exists()
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_sheet_rows_show_keys_and_fall_back_to_ids() -> None:
    """The export's column-at-a-time lookups: a reference shows the target's readable key
    (and its name beside it), a key the plan lacks shows as #id, None stays None."""
    from oa_desk.exchange.plan_rows import PlanContext
    from oa_desk.exchange.spec import sheet_by_table

    ctx = PlanContext.build(
        people=[(1, "E001", "张三"), (2, "E002", "李四")],
        tickets=[],
        departments=[],
        tasks=[],
        dependencies=[],
        link_pairs={},
    )
    spec = sheet_by_table("team_member")
    assert [c.key for c in spec.table_columns] == [
        "id",
        "person_id",
        "role",
        "responsibilities",
        "allocation",
    ]
    rows = [(1, 1, "sponsor", "", 10), (2, 7, "pmo", "", None), (3, 2, "it", "x", 50)]
    assert list(ctx.sheet_rows(spec, rows)) == [
        [1, "E001", "张三", "sponsor", "", 10],
        [2, "#7", "", "pmo", "", None],
        [3, "E002", "李四", "it", "x", 50],
    ]


def test_plan_workbooks_are_told_from_other_sheets(store: PlanStore, tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    excel.export_workbook(store, path)
    assert excel.is_plan_workbook(path)
    wb = openpyxl.Workbook()
    wb.active.title = "花名册"
    wb.active.append(["工号", "姓名"])
    other = tmp_path / "roster.xlsx"
    wb.save(other)
    assert not excel.is_plan_workbook(other)
    sheets = excel.read_foreign(other)
    # Sheets read once (for the mapping dialog) are reused by the preview.
    preview = excel.preview_foreign_import(store, other, "people", sheets=sheets)
    assert preview.ok
