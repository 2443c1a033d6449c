"""The demo's go/no-go gates: each unit's readiness checklist, each wave's thresholds and
the decisions taken on the gates already passed."""

from __future__ import annotations

import datetime as dt

from oa_desk.domain.enums import GateDecision, ReadinessKind
from oa_desk.services.demo.state import BEIJING, Demo, Row
from oa_desk.store.types import stored_utc

_ITEMS = (
    (ReadinessKind.DATA_MIGRATION_SAMPLE, "抽样核对迁移数据（组织、人员、在途流程）"),
    (ReadinessKind.ROLLBACK_PLAN, "回退方案已编写并演练"),
    (ReadinessKind.OPERATING_RULES, "OA 使用管理办法已发布"),
)


def build(demo: Demo) -> None:
    """Checklists of every unit (done before its go-live; half done for the next ones),
    the waves' thresholds (the pilot's are the strictest) and the decisions so far."""
    rng, tasks, text, status = demo.rng, demo.wbs.tasks, demo.wd.text, demo.status
    items: list[Row] = []
    reviews: list[Row] = []
    for u in demo.units:
        golive = tasks[u.golive].s
        who = u.key_users[0] if u.key_users else u.head or None
        passed = golive <= status
        for n, (kind, title) in enumerate(_ITEMS):
            done = passed or (golive - status < 15 and n < 2 and rng.random() < 0.7)
            day = min(status, golive) - (3 - n) * 2
            at = (
                stored_utc(
                    dt.datetime.combine(
                        dt.date.fromisoformat(text[max(0, day)]), dt.time(17, 0), BEIJING
                    )
                )
                if done
                else None
            )
            items.append(
                (len(items) + 1, u.dept_id, kind.value, title, done, who if done else None, at)
            )
        if passed:
            decided = text[max(0, golive - 2)]
            reviews.append(
                (len(reviews) + 1, u.dept_id, GateDecision.GO.value, decided, "项目指导委员会", "")
            )
    thresholds: list[Row] = []
    for w in demo.waves:
        trained_go, trained_nogo = (95, 80) if w.idx == 0 else (90, 70)
        thresholds.append(
            (len(thresholds) + 1, w.wave_id, trained_go, trained_nogo, 1, 0, 3, 100, 50)
        )
    demo.rows["readiness_item"] = items
    demo.rows["wave_gate"] = thresholds
    demo.rows["gate_review"] = reviews
