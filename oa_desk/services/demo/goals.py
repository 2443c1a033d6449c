"""The demo's goals and KPIs (approval cycle time, paperless rate, active users...)
and their monthly measurements, which follow the share of the roster already live."""

from __future__ import annotations

import datetime as dt

from oa_desk.domain.enums import KpiCategory, KpiDirection
from oa_desk.services.demo.state import Demo, Row


def live_share(demo: Demo, day: int) -> float:
    """Share of the roster in departments live by working day ``day``."""
    tasks = demo.wbs.tasks
    live = sum(len(u.people) for u in demo.units if tasks[u.golive].s <= day)
    return live / max(1, len(demo.person_rows))


def build(demo: Demo) -> None:
    """Goals with their KPIs and the monthly measurements up to the status date."""
    rng, wd, status, tasks = demo.rng, demo.wd, demo.status, demo.wbs.tasks
    finance = next(u for u in demo.companies[0].units if u.type_key == "finance")
    office = demo.companies[0].units[0]
    paper = round(len(demo.person_rows) * 0.0016, 1)
    due = demo.t["evaluate"]
    pilot_live = tasks[demo.waves[0].golive].s
    inc, dec = KpiDirection.INCREASE, KpiDirection.DECREASE
    goals = (
        (
            "平均审批周期",
            KpiCategory.EFFICIENCY,
            "天",
            dec,
            5.2,
            1.5,
            demo.pm,
            "从发起到办结的平均自然日，按 OA 流程日志统计；基线取纸质审批抽样。",
        ),
        (
            "无纸化办公率",
            KpiCategory.PAPERLESS,
            "%",
            inc,
            35.0,
            90.0,
            office.head,
            "线上办理的公文与审批单占全部单据的比例。",
        ),
        (
            "OA 活跃用户率",
            KpiCategory.ADOPTION,
            "%",
            inc,
            0.0,
            95.0,
            demo.pm,
            "近 7 日登录过 OA 的员工占在职员工的比例，取自 OA 使用情况导出。",
        ),
        (
            "线上审批占比",
            KpiCategory.ADOPTION,
            "%",
            inc,
            20.0,
            95.0,
            demo.pm,
            "已上线单位中通过 OA 完成的审批占全部审批的比例。",
        ),
        (
            "用户满意度",
            KpiCategory.SATISFACTION,
            "分",
            inc,
            3.2,
            4.3,
            demo.hr_lead,
            "季度问卷 1-5 分均值；基线为原有办公方式的满意度调查。",
        ),
        (
            "办公打印纸张费用",
            KpiCategory.COST,
            "万元/月",
            dec,
            paper,
            round(paper * 0.3, 1),
            finance.head,
            "行政后勤部统计的每月纸张、硒鼓和快递费用。",
        ),
        (
            "最终用户培训覆盖率",
            KpiCategory.ADOPTION,
            "%",
            inc,
            0.0,
            100.0,
            demo.hr_lead,
            "已参加操作培训并签到的员工占应培训人数的比例。",
        ),
        (
            "上线问题平均解决时长",
            KpiCategory.QUALITY,
            "小时",
            dec,
            None,
            24.0,
            demo.it_lead,
            "服务台工单从提交到解决的平均小时数。",
        ),
    )
    goal_rows: list[Row] = []
    kpi_rows: list[Row] = []
    # Measured on the first working day of each month up to the status date.
    months: list[int] = []
    for year, month in ((y, m) for y in (2026, 2027, 2028) for m in range(1, 13)):
        idx = wd.index_on_or_after(dt.date(year, month, 1))
        if 0 < idx <= status:
            months.append(idx)
    total_people = max(1, len(demo.person_rows))
    for gid, (name, cat, unit, direction, base, target, owner, desc) in enumerate(goals, 1):
        goal_rows.append(
            (
                gid,
                name,
                cat.value,
                unit,
                direction.value,
                base,
                target,
                owner,
                wd.text[tasks[due].s],
                desc,
            )
        )
        for day in months:
            share = live_share(demo, day)
            if gid in (3, 4, 5, 8) and day <= pilot_live:
                continue  # measured only once something is live
            noise = rng.uniform(0.9, 1.05)
            if gid == 1:
                value = 5.2 - (5.2 - 1.5) * share * noise
            elif gid == 2:
                value = 35 + (90 - 35) * share * noise
            elif gid == 3:
                value = 95 * share * rng.uniform(0.82, 0.97)
            elif gid == 4:
                value = 20 + 75 * share * noise
            elif gid == 5:
                value = 3.5 + 0.7 * share + rng.uniform(-0.1, 0.1)
            elif gid == 6:
                value = paper - (paper * 0.7) * share * noise
            elif gid == 7:
                done = sum(
                    len(u.people) for u in demo.units if tasks[u.train].s + tasks[u.train].d <= day
                )
                value = 100 * done / total_people * rng.uniform(0.92, 0.98)
            else:
                value = 48 - 20 * share + rng.uniform(-3, 3)
            value = max(0.0, min(100.0, value)) if unit == "%" else max(0.0, value)
            if day <= pilot_live:
                note = "纸质单据抽样统计" if gid in (1, 2) else ""
            else:
                note = "取自 OA 系统月度使用情况导出" if rng.random() < 0.3 else ""
            kpi_rows.append((len(kpi_rows) + 1, gid, wd.text[day], round(value, 2), note))
    demo.rows["goal"] = goal_rows
    demo.rows["kpi_measurement"] = kpi_rows
