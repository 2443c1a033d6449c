"""The demo's requirement research: pain points per department, the OA module and fit."""

from __future__ import annotations

from oa_desk.domain.enums import Fit, Priority, Readiness, RequirementStatus
from oa_desk.services.demo import data_org
from oa_desk.services.demo.organisation import readiness
from oa_desk.services.demo.state import Demo, Row


def build(demo: Demo) -> None:
    """Each unit's pain points, their fit and status, and the tasks that deliver them."""
    rng, tasks, text, status = demo.rng, demo.wbs.tasks, demo.wd.text, demo.status
    t = demo.t
    interviews = tasks[t["interviews"]]
    survey = tasks[t["survey"]]
    research = (interviews.s, survey.s + survey.d - 1)
    req_rows: list[Row] = []
    links: list[Row] = []
    prio = (Priority.MUST, Priority.SHOULD, Priority.COULD)
    labels = data_org.MODULE_LABELS
    for unit in demo.units:
        dtype = data_org.DEPT_TYPES[unit.type_key]
        pains = rng.sample(dtype.pains, min(len(dtype.pains), rng.randint(2, 4)))
        if rng.random() < 0.35:
            pains.append(rng.choice(data_org.GENERIC_PAINS))
        state = readiness(demo, unit)
        for pain in pains:
            fit = pain.fit
            if fit is Fit.STANDARD and rng.random() < 0.15:
                fit = Fit.CONFIGURATION
            if fit is Fit.GAP:
                priority = rng.choice((Priority.COULD, Priority.WONT))
            else:
                priority = rng.choices(prio, weights=(45, 40, 15))[0]
            if fit is Fit.GAP:
                status_v = rng.choice(
                    (
                        RequirementStatus.DEFERRED,
                        RequirementStatus.REJECTED,
                        RequirementStatus.ANALYSING,
                    )
                )
            elif state in (Readiness.LIVE, Readiness.STABLE):
                status_v = (
                    RequirementStatus.DONE
                    if fit is not Fit.CUSTOMISATION or rng.random() < 0.6
                    else RequirementStatus.IN_PROGRESS
                )
            elif state in (Readiness.READY, Readiness.PREPARING):
                status_v = rng.choice((RequirementStatus.ACCEPTED, RequirementStatus.IN_PROGRESS))
            else:
                status_v = rng.choice(
                    (
                        RequirementStatus.NEW,
                        RequirementStatus.ANALYSING,
                        RequirementStatus.ACCEPTED,
                    )
                )
            if unit.company.is_hq or tasks[unit.kick].s >= status:
                day = rng.randint(*research)
            else:
                day = min(status - 1, tasks[unit.kick].s + rng.randint(0, 3))
            raiser = unit.key_users[0] if rng.random() < 0.6 else unit.head
            rid = len(req_rows) + 1
            desc = f"{pain.detail}期望通过 OA {labels[pain.module]}实现线上办理。"
            req_rows.append(
                (
                    rid,
                    unit.dept_id,
                    pain.pain,
                    desc,
                    pain.module.value,
                    priority.value,
                    fit.value,
                    status_v.value,
                    raiser,
                    text[day],
                )
            )
            if status_v not in (RequirementStatus.REJECTED, RequirementStatus.DEFERRED):
                links.append((rid, unit.config))
            if fit in (Fit.CUSTOMISATION, Fit.GAP):
                links.append((rid, t["iteration"]))
    demo.rows["requirement"] = req_rows
    demo.rows["requirement_task"] = links
