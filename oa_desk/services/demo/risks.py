"""The demo's risk register (resistance, stability, data migration...) with contingencies."""

from __future__ import annotations

from oa_desk.domain.enums import RiskStatus
from oa_desk.services.demo import data_risks
from oa_desk.services.demo.state import Demo, Row


def build(demo: Demo) -> None:
    """The risk register, each risk on the task it threatens, its status at the status date."""
    rng, tasks, text, status, t = demo.rng, demo.wbs.tasks, demo.wd.text, demo.status, demo.t
    owners = {
        "resistance": demo.pm,
        "technical": demo.it_lead,
        "data_migration": demo.it_lead,
        "integration": demo.it_lead,
        "resources": demo.hr_lead,
        "schedule": demo.pm,
        "vendor": demo.pm,
        "security": demo.it_lead,
        "other": demo.pm,
    }
    rows: list[Row] = []
    raised_base = tasks[t["risk"]].s

    def add(spec: data_risks.RiskSpec, task_id: int, raised: int, name: str = "") -> None:
        tk = tasks[task_id]
        end = tk.s + max(tk.d, 1)
        if spec.category.value == "schedule" and "春节" in spec.title:
            risk_status = RiskStatus.OCCURRED if end <= status else RiskStatus.OPEN
        elif end + 10 <= status:
            risk_status = rng.choice((RiskStatus.CLOSED, RiskStatus.MITIGATED))
        elif tk.s <= status:
            risk_status = RiskStatus.MONITORING
        else:
            risk_status = RiskStatus.OPEN
        closed = risk_status in (RiskStatus.CLOSED, RiskStatus.MITIGATED)
        review = min(end + 5, status) if closed else status + rng.randint(3, 15)
        fmt = {"c": name}
        rows.append(
            (
                len(rows) + 1,
                spec.title.format(**fmt),
                data_risks.RISK_IMPACT[spec.category.value],
                spec.category.value,
                spec.probability,
                spec.impact,
                owners[spec.category.value],
                spec.trigger.format(**fmt),
                spec.mitigation.format(**fmt),
                spec.contingency.format(**fmt),
                risk_status.value,
                text[review],
                task_id,
                text[min(raised, status)],
            )
        )

    last_live = demo.wd.days[tasks[demo.waves[-1].golive].s]
    for spec in data_risks.RISKS:
        if "分支机构" in spec.title and len(demo.companies) == 1:
            continue  # a single company has no branches
        if "年底" in spec.title and last_live.month < 11:
            spec = spec._replace(
                title="月末结账期与上线时间冲突",
                trigger="某批次上线日期落在月末最后三个工作日。",
                mitigation="上线日期避开月末结账期，提前与财务部确认排期。",
                contingency="将受影响部门调整到下月初上线，或先上线非财务流程。",
            )
        if spec.task_key == "pilot":
            task_id = demo.waves[0].golive
        elif spec.task_key == "wave":
            task_id = demo.waves[-1].golive if "年底" in spec.title else demo.waves[1].mobilise
        else:
            task_id = t[spec.task_key]
        add(spec, task_id, raised_base + rng.randint(0, 3))
    kick_of = {g.company.idx: g.kick for g in demo.groups if not g.company.is_hq}
    for company in demo.companies[1:]:
        if rng.random() < 0.3:
            spec = rng.choice(data_risks.SUB_RISKS)
            kick = kick_of[company.idx]
            add(spec, kick, tasks[kick].s - rng.randint(0, 5), company.name)
    demo.rows["risk"] = rows
