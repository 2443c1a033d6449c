"""Synthetic Gantt data for the chart's tests, demo and benchmark (no Qt, no database).

Shaped like a real rollout plan: phase summaries over department summaries over
tasks, the dates cascading down the rows, milestones every so often, mostly
short FS chains with some SS/FF/SF links and a few long links across the plan.
"""

from __future__ import annotations

import datetime as dt
import random

from oa_desk.domain.enums import DependencyType, Phase, TaskKind
from oa_desk.gui.timeline.gantt import ChartLink, ChartRow

NAMES = (
    "需求调研",
    "流程梳理",
    "系统配置",
    "数据迁移",
    "关键用户培训",
    "全员培训",
    "试点运行",
    "上线宣传",
    "Process review",
    "UAT sign-off",
    "权限配置",
    "移动端推广",
)
DEPARTMENTS = ("财务部", "人力资源部", "行政部", "市场部", "研发中心", "Sales", "IT")
PHASES = (Phase.PREPARE, Phase.IMPLEMENT, Phase.OPTIMISE)


def working_day(d: dt.date) -> dt.date:
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def add_working(d: dt.date, n: int) -> dt.date:
    while n > 0:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def synthetic_plan(
    tasks: int,
    *,
    links_per_task: float = 1.5,
    start: dt.date = dt.date(2025, 3, 3),
    span_days: int = 540,
    seed: int = 0,
    today: dt.date | None = None,
) -> tuple[list[ChartRow], list[ChartLink]]:
    rnd = random.Random(seed)
    today = today or start + dt.timedelta(days=span_days // 3)
    rows: list[ChartRow] = []
    per_phase = max(1, tasks // 3)
    for i in range(tasks):
        phase = PHASES[min(2, i // per_phase)]
        offset = span_days * i // max(1, tasks) + rnd.randint(0, 10)
        s = working_day(start + dt.timedelta(days=offset))
        position = i % 40
        if position == 0:
            kind, level = TaskKind.SUMMARY, 0
            name = f"{phase.value.title()} · 阶段 {i // 40 + 1}"
            f = add_working(s, 30)
        elif position % 10 == 1:
            kind, level = TaskKind.SUMMARY, 1
            name = f"{DEPARTMENTS[i % len(DEPARTMENTS)]} 第{i // 10 % 9 + 1}批"
            f = add_working(s, 12)
        elif position % 13 == 12:
            kind, level = TaskKind.MILESTONE, 2
            name = f"里程碑 {i}: 试点上线"
            f = s
        else:
            kind, level = TaskKind.TASK, 2
            name = f"{NAMES[i % len(NAMES)]} {i}"
            f = add_working(s, rnd.randint(0, 15))
        progress = 100 if f < today else (rnd.choice((0, 20, 50)) if s <= today else 0)
        base_shift = rnd.randint(-3, 5)
        rows.append(
            ChartRow(
                task_id=i + 1,
                name=name,
                kind=kind,
                phase=phase,
                start=s,
                finish=f,
                progress=progress if kind != TaskKind.SUMMARY else 0,
                level=level,
                critical=i % 7 == 0,
                late=f < today and progress < 100,
                baseline_start=s - dt.timedelta(days=base_shift),
                baseline_finish=f - dt.timedelta(days=base_shift),
            )
        )
    links: list[ChartLink] = []
    types = (DependencyType.FS,) * 7 + (DependencyType.SS, DependencyType.FF, DependencyType.SF)
    count = int(tasks * links_per_task)
    for k in range(count):
        a = rnd.randrange(tasks)
        far = k % 50 == 0
        b = a + (rnd.randint(1, 2000) if far else rnd.randint(1, 30))
        if b >= tasks:
            b = rnd.randrange(tasks)
        if a == b:
            continue
        links.append(ChartLink(a + 1, b + 1, rnd.choice(types), critical=k % 9 == 0))
    return rows, links


def table_for(rows: list[ChartRow]) -> tuple[list[str], list[list[str]]]:
    headers = ["ID", "WBS", "任务名称", "开始", "完成"]
    cells = [
        [
            str(r.task_id),
            f"{r.level + 1}.{i + 1}",
            r.name,
            r.start.isoformat() if r.start else "",
            r.finish.isoformat() if r.finish else "",
        ]
        for i, r in enumerate(rows)
    ]
    return headers, cells
