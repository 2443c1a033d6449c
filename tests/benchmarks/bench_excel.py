"""Excel benchmarks (a script, not collected by pytest). Prints figures and same-run ratios.

    /work/venv/bin/python tests/benchmarks/bench_excel.py [--people 50000] [--scale 1.0]

1. A 50,000-row, 12-column HR roster imported end to end (parse, map, validate,
   preview, insert): time and peak memory, against raw openpyxl read-only
   iteration of the same file. Targets: <= 2.5 s, <= 200 MB.
2. Plan-workbook export of a large plan (20k tasks, 50k people, 200k
   enrollments, 20k tickets) against raw openpyxl write-only of the same cells.
   Target: <= 1.2x.
3. The 200,000-row enrollment sheet: export then re-import reports zero changes.
4. ``--round-trip PLAN`` (a copy of PLAN, e.g. the large demo plan): export the plan
   workbook, edit three cells (a task's name, a person's title, a wave's name: edits
   that move no date), preview the import; times against raw openpyxl read-only
   iteration of the same file, and the preview must show exactly those three changes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import re
import resource
import shutil
import sys
import tempfile
import time
import tracemalloc
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("OA_DESK_DATA_DIR", tempfile.mkdtemp(prefix="oa-bench-"))

import openpyxl

from oa_desk.services import excel
from oa_desk.store.planfile import create_plan, open_plan


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def make_roster(path: Path, rows: int) -> None:
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("花名册")
    ws.append(["2026年员工花名册"])
    ws.append(
        [
            "工号",
            "姓名",
            "性别",
            "部门",
            "职务",
            "邮箱",
            "手机",
            "入职日期",
            "状态",
            "层级",
            "工作地点",
            "备注",
        ]
    )
    rnd = random.Random(1)
    depts = [f"总部/事业部{i}/科室{j}" for i in range(20) for j in range(10)]
    for i in range(rows):
        ws.append(
            [
                f"{i:06d}",
                f"员工{i}",
                rnd.choice("男女"),
                rnd.choice(depts),
                rnd.choice(["专员", "经理", "主管"]),
                f"u{i}@example.com",
                f"138{i:08d}",
                dt.date(2015, 1, 1) + dt.timedelta(days=i % 3000),
                "在职" if i % 20 else "离职",
                rnd.choice(["普通用户", "关键用户"]),
                rnd.choice(["北京", "上海", "广州"]),
                "",
            ]
        )
    wb.save(path)


def bench_roster(folder: Path, rows: int) -> None:
    path = folder / "roster.xlsx"
    make_roster(path, rows)
    started = time.perf_counter()
    wb = openpyxl.load_workbook(path, read_only=True)
    count = sum(1 for _ in wb.active.iter_rows(values_only=True))
    wb.close()
    raw = time.perf_counter() - started
    create_plan(folder / "roster.oadesk", name="bench")
    store = open_plan(folder / "roster.oadesk", snapshot=False)
    started = time.perf_counter()
    preview = excel.preview_foreign_import(store, path, "people")
    t_preview = time.perf_counter() - started
    excel.apply_import(store, preview)
    total = time.perf_counter() - started
    store.close()
    # Memory in a second run (tracemalloc slows allocation, so not in the timed one).
    create_plan(folder / "roster2.oadesk", name="bench")
    store = open_plan(folder / "roster2.oadesk", snapshot=False)
    tracemalloc.start()
    excel.apply_import(store, excel.preview_foreign_import(store, path, "people"))
    _cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    store.close()
    assert preview.ok and preview.inserted >= rows, preview.problems[:3]
    print(
        f"roster {rows:,} rows x 12 cols: openpyxl read-only iteration {raw:.2f} s ({count:,}"
        f" rows); OA Desk import end to end {total:.2f} s (preview {t_preview:.2f} s, "
        f"insert {total - t_preview:.2f} s); ratio {total / raw:.2f}x; "
        f"peak traced Python memory {peak / 2**20:.0f} MB; process max RSS {rss_mb():.0f} MB"
        f" [targets: <= 2.5 s, <= 200 MB]"
    )


def build_large_plan(path: Path, scale: float) -> None:
    create_plan(
        path,
        name="大型演示计划 Large plan",
        start=dt.date(2026, 1, 5),
        go_live=dt.date(2026, 12, 31),
    )
    store = open_plan(path, snapshot=False)
    rnd = random.Random(2)
    n_people, n_tasks = int(50_000 * scale), int(20_000 * scale)
    n_tickets, n_enrol = int(20_000 * scale), int(200_000 * scale)
    with store.bulk() as c:
        c.executemany(
            "INSERT INTO department (id, parent_id, seq, name, code, headcount,"
            " readiness) VALUES (?, ?, ?, ?, '', 0, 'not_started')",
            [(1, None, 0, "总部")] + [(i, 1, i, f"部门{i}") for i in range(2, 202)],
        )
        c.executemany(
            "INSERT INTO person (id, employee_no, name, department_id, title, email,"
            " phone, tier, active) VALUES (?, ?, ?, ?, '职员', ?, '', 'end_user', 1)",
            [
                (i, f"{i:06d}", f"员工{i}", 2 + i % 200, f"u{i}@x.cn")
                for i in range(1, n_people + 1)
            ],
        )
        tasks = []
        for i in range(1, n_tasks + 1):
            parent = None if i % 50 == 1 else i - (i - 1) % 50
            start = dt.date(2026, 1, 5) + dt.timedelta(days=i % 300)
            tasks.append(
                (
                    i,
                    parent,
                    i,
                    f"任务 {i}",
                    "implement" if i % 3 else "prepare",
                    "summary" if parent is None else "task",
                    start.isoformat(),
                    (start + dt.timedelta(days=4)).isoformat(),
                    5,
                    i % 101,
                    1 + i % n_people,
                    "",
                    "",
                    "asap",
                    "",
                )
            )
        c.executemany(
            "INSERT INTO task (id, parent_id, seq, name, phase, kind, start, finish,"
            " duration, progress, owner_id, deliverable, acceptance, constraint_type,"
            " notes) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            tasks,
        )
        c.executemany(
            "INSERT INTO dependency (predecessor_id, successor_id, type, lag)"
            " VALUES (?, ?, 'FS', 0)",
            [(i - 1, i) for i in range(3, n_tasks + 1) if i % 50 not in (1, 2)],
        )
        c.execute(
            "INSERT INTO course (id, name, tier, format, duration_hours, description)"
            " VALUES (1, 'OA 基础', 'end_user', 'lecture', 2, '')"
        )
        sessions = max(n_enrol // 40, 1)
        c.executemany(
            "INSERT INTO training_session (id, course_id, starts_at, ends_at, location,"
            " capacity) VALUES (?, 1, ?, ?, '', 60)",
            [
                (
                    i,
                    f"2026-03-{1 + i % 28:02d} 09:00:00.000000",
                    f"2026-03-{1 + i % 28:02d} 11:00:00.000000",
                )
                for i in range(1, sessions + 1)
            ],
        )
        c.executemany(
            "INSERT INTO enrollment (session_id, person_id, invited_on, attendance,"
            " score, passed, rating) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    1 + i // 40 % sessions,
                    1 + (i * 7919) % n_people,
                    "2026-02-20",
                    rnd.choice(["present", "late", "absent", None]),
                    rnd.choice([None, 55.5, 80.0, 100.0]),
                    rnd.choice([None, 0, 1]),
                    rnd.choice([None, 3, 5]),
                )
                for i in range(n_enrol)
            ],
        )
        c.executemany(
            "INSERT INTO ticket (number, title, description, type, channel, priority,"
            " status, department_id, reporter_id, created_at) VALUES"
            " (?, ?, '', 'question', 'hotline', 'P3', ?, ?, ?, ?)",
            [
                (
                    f"T-{i:06d}",
                    f"问题 {i}",
                    rnd.choice(["new", "closed", "resolved"]),
                    2 + i % 200,
                    1 + i % n_people,
                    f"2026-04-{1 + i % 28:02d} 10:{i % 60:02d}:00.000000",
                )
                for i in range(n_tickets)
            ],
        )
    store.close()


def bench_export(folder: Path, scale: float) -> None:
    plan = folder / "large.oadesk"
    started = time.perf_counter()
    build_large_plan(plan, scale)
    print(f"large plan built in {time.perf_counter() - started:.1f} s (scale {scale})")
    store = open_plan(plan, snapshot=False)
    # The same cells, materialised first, written with raw openpyxl write-only mode.
    with excel.plan_sheets(store) as (_plan, sheets):
        cells = {s.spec.title: [[c.header for c in s.spec.columns], *s.rows] for s in sheets}
    n_cells = sum(len(r) for rows in cells.values() for r in rows)
    started = time.perf_counter()
    wb = openpyxl.Workbook(write_only=True)
    for title, rows in cells.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(folder / "raw.xlsx")
    raw = time.perf_counter() - started
    del cells
    started = time.perf_counter()
    excel.export_workbook(store, folder / "large.xlsx")
    ours = time.perf_counter() - started
    print(
        f"export {n_cells:,} cells: raw openpyxl write-only {raw:.2f} s; OA Desk plan workbook"
        f" {ours:.2f} s; ratio {ours / raw:.2f}x [target <= 1.2x]"
    )
    started = time.perf_counter()
    preview = excel.preview_workbook_import(store, folder / "large.xlsx")
    took = time.perf_counter() - started
    print(
        f"re-import of the unchanged workbook (incl. {int(200_000 * scale):,} enrollments):"
        f" {took:.2f} s; changes: {preview.inserted} added, {preview.updated} changed,"
        f" {preview.deleted} deleted, {preview.missing} missing; errors {len(preview.errors)}"
        f" [target: zero changes]"
    )
    store.close()


# (sheet title, cell, new text): three edits that move no date.
_EDITS = (
    ("任务 Tasks", "D5", "改名的任务 renamed"),
    ("人员 People", "E2", "主管会计 (改)"),
    ("批次 Waves", "B3", "第一批(改)"),
)


def edit_cells(src: Path, dst: Path, edits: tuple[tuple[str, str, str], ...]) -> None:
    """``src`` with text cells replaced, as an editor saving the file would leave them
    (a rewrite of the sheets' XML: loading a 30 MB workbook whole in openpyxl takes
    minutes and gigabytes, which is not what is measured here)."""
    with zipfile.ZipFile(src) as zin:
        book = zin.read("xl/workbook.xml").decode()
        rels = zin.read("xl/_rels/workbook.xml.rels").decode()
        parts = {}
        for title, ref, value in edits:
            rid = re.search(rf'<sheet name="{re.escape(title)}"[^>]* r:id="(\w+)"', book)
            assert rid, title
            target = re.search(rf'Id="{rid[1]}"[^>]*Target="([^"]+)"', rels) or re.search(
                rf'Target="([^"]+)"[^>]*Id="{rid[1]}"', rels
            )
            assert target, rid[1]
            parts.setdefault("xl/" + target[1].lstrip("/").removeprefix("xl/"), []).append(
                (ref, value)
            )
        with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
            for item in zin.infolist():
                data = zin.read(item)
                for ref, value in parts.get(item.filename, ()):
                    cell = re.compile(rf'<c r="{ref}"([^>]*?)(?:/>|>.*?</c>)'.encode())
                    new = f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'.encode()
                    data, n = cell.subn(new, data, count=1)
                    assert n == 1, (item.filename, ref)
                zout.writestr(item, data)


def bench_round_trip(source: Path, folder: Path) -> None:
    plan = folder / "round-trip.oadesk"
    shutil.copy(source, plan)
    store = open_plan(plan, snapshot=False)
    exported, edited = folder / "round-trip.xlsx", folder / "edited.xlsx"
    started = time.perf_counter()
    rows = excel.export_workbook(store, exported, language="zh_CN")
    t_export = time.perf_counter() - started
    started = time.perf_counter()
    edit_cells(exported, edited, _EDITS)
    t_edit = time.perf_counter() - started
    started = time.perf_counter()
    wb = openpyxl.load_workbook(edited, read_only=True)
    cells = sum(len(r) for ws in wb.worksheets for r in ws.iter_rows(values_only=True))
    wb.close()
    raw = time.perf_counter() - started
    started = time.perf_counter()
    preview = excel.preview_workbook_import(store, edited)
    t_preview = time.perf_counter() - started
    store.close()
    changes = sorted(
        (table, key, str(new))
        for table, t in preview.tables.items()
        for u in t.updates
        for key, (_old, new) in u.fields.items()
    )
    shown = len(changes) + preview.inserted + preview.deleted
    print(
        f"round trip of {source.name} ({rows:,} rows, {cells:,} cells): export {t_export:.2f} s;"
        f" three cells edited ({t_edit:.2f} s, zip rewrite); raw openpyxl read-only iteration"
        f" {raw:.2f} s; import preview {t_preview:.2f} s = {t_preview / raw:.2f}x the raw"
        f" read; changes shown: {shown} {changes}; errors {len(preview.errors)}, warnings"
        f" {len(preview.warnings)} [target: exactly 3 changes]"
    )
    assert shown == 3 and not preview.errors, (changes, preview.problems[:5])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=50_000)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument(
        "--round-trip", type=Path, metavar="PLAN", help="only the round trip on a copy of PLAN"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.round_trip:
            bench_round_trip(args.round_trip, folder)
            return
        bench_roster(folder, args.people)
        bench_export(folder, args.scale)


if __name__ == "__main__":
    main()
