"""The demo's organisation: companies and departments, rollout waves, and their state.

:func:`build` lays out the headquarters and subsidiaries with their
departments (the rollout units and their sections); :func:`assign_waves` puts
the units into the pilot and the waves after it; :func:`finish` fills in what
the schedule decides (heads, headcounts, readiness, go-live dates, gate
decisions) as of the status date.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from oa_desk.domain.enums import GateDecision, Readiness
from oa_desk.services.demo import data_org, data_training
from oa_desk.services.demo.helpers import chunks
from oa_desk.services.demo.state import CN_NUM, Company, Demo, Dept, Group, Row, Unit, Wave

# Where a stakeholder row (services.demo.team) holds its cadence and last contact.
_CADENCE, _LAST_CONTACT = 14, 15


def build(demo: Demo) -> None:
    """The headquarters and the subsidiaries, each with its departments."""
    rng, p = demo.rng, demo.p
    depts = demo.depts

    def dept(parent: int | None, seq: int, name: str, code: str) -> int:
        did = len(depts) + 1
        depts.append(Dept(did, parent, seq, name, code))
        return did

    def units_of(company: Company, specs: Sequence[data_org.DeptSpec]) -> None:
        for seq, spec in enumerate(specs, 1):
            code = f"{company.code}-{seq:02d}"
            did = dept(company.dept_id, seq, spec.name, code)
            sections = [
                dept(did, j, sec, f"{code}-{j:02d}") for j, sec in enumerate(spec.sections, 1)
            ]
            weight = data_org.DEPT_TYPES[spec.type_key].weight
            unit = Unit(company, did, spec.name, spec.type_key, sections, weight)
            company.units.append(unit)
            demo.units.append(unit)

    hq = Company(0, "集团总部", True, dept(None, 1, "集团总部", "HQ"), "HQ", "集团总部")
    units_of(hq, data_org.HQ_DEPTS)
    demo.companies.append(hq)

    cities = list(data_org.CITIES)
    rng.shuffle(cities)
    kinds = data_org.SUBSIDIARY_KINDS
    used: set[str] = set()
    for idx in range(1, p.companies):
        kind = rng.choices(kinds, weights=data_org.SUBSIDIARY_KIND_WEIGHTS)[0]
        suffix, always, optional = kind
        name = ""
        for city in cities:
            name = f"{city}{suffix}"
            if name not in used:
                break
        else:  # every city has one of this kind already
            name = f"{cities[idx % len(cities)]}第{idx}{suffix}"
        used.add(name)
        code = f"S{idx:03d}"
        company = Company(idx, name, False, dept(None, idx + 1, name, code), code, name)
        low, high = p.optional_units
        extra = rng.sample(optional, min(len(optional), rng.randint(low, high)))
        units_of(company, [*always, *sorted(extra, key=optional.index)])
        demo.companies.append(company)


def assign_waves(demo: Demo) -> None:
    """The pilot (two headquarters departments), the rest of the headquarters, then
    the subsidiaries in a few waves; each wave's units grouped by company."""
    rng = demo.rng
    hq, subs = demo.companies[0], demo.companies[1:]
    pilot = [u for u in hq.units if u.name in data_org.HQ_PILOT]
    rest = [u for u in hq.units if u.name not in data_org.HQ_PILOT]
    plan: list[list[Unit]] = [pilot]
    if not subs:
        first = {"人力资源部", "信息技术部", "行政后勤部", "法务合规部"}
        plan.append([u for u in rest if u.name in first])
        plan.append([u for u in rest if u.name not in first])
    else:
        plan.append(rest)
        order = list(subs)
        rng.shuffle(order)
        n_waves = min(5, max(1, math.ceil(math.sqrt(len(subs)))))
        for chunk in chunks(order, n_waves):
            plan.append([u for c in chunk for u in c.units])
    # The demo's status date falls a few weeks after this wave went live.
    demo.live_wave = max(1, len(plan) - 3)
    for idx, units in enumerate(plan):
        name = "试点" if idx == 0 else f"第{CN_NUM[idx - 1]}批"
        wave = Wave(idx, idx + 1, name, units)
        for u in units:
            u.wave = idx
        demo.waves.append(wave)
        # Groups: the units of one company in this wave, in company order.
        by_company: dict[int, list[Unit]] = {}
        for u in units:
            by_company.setdefault(u.company.idx, []).append(u)
        for cidx in sorted(by_company):
            company = demo.companies[cidx]
            label = ("试点部门" if idx == 0 else f"{name}部门") if company.is_hq else company.name
            demo.groups.append(Group(wave, company, by_company[cidx], label))


def readiness(demo: Demo, unit: Unit) -> Readiness:
    """How far ``unit`` is at the status date."""
    tasks, status = demo.wbs.tasks, demo.status
    golive = tasks[unit.golive].s
    if golive < status - 20:
        return Readiness.STABLE
    if golive < status:
        return Readiness.LIVE
    if tasks[demo.waves[unit.wave].gate].s < status:
        return Readiness.READY
    if tasks[unit.kick].s <= status:
        return Readiness.PREPARING
    return Readiness.NOT_STARTED


def finish(demo: Demo) -> None:
    """Departments, waves and stakeholder contacts as of the status date."""
    rng, tasks, text, status = demo.rng, demo.wbs.tasks, demo.wd.text, demo.status
    depts = demo.depts
    direct = [0] * (len(depts) + 1)
    for did in demo.person_dept[1:]:
        if did is not None:
            direct[did] += 1
    for unit in demo.units:
        state = readiness(demo, unit)
        golive = tasks[unit.golive].s
        heads = {unit.dept_id: unit.head}
        for pid in unit.leaders:
            did = demo.person_dept[pid]
            if did is not None and did != unit.dept_id:
                heads.setdefault(did, pid)
        for did in (unit.dept_id, *unit.section_ids):
            dep = depts[did - 1]
            dep.head, dep.headcount = heads.get(did), direct[did]
            dep.wave = demo.waves[unit.wave].wave_id
            dep.readiness = state
            dep.actual = text[golive] if golive < status else None
        # A department's headcount includes its sections' people.
        depts[unit.dept_id - 1].headcount += sum(direct[s] for s in unit.section_ids)
    order = list(Readiness)
    for company in demo.companies:
        dep = depts[company.dept_id - 1]
        dep.head = company.executives[0]
        dep.headcount = direct[company.dept_id] + sum(
            depts[u.dept_id - 1].headcount for u in company.units
        )
        waves = {u.wave for u in company.units}
        dep.wave = demo.waves[waves.pop()].wave_id if len(waves) == 1 else None
        dep.readiness = min(
            (depts[u.dept_id - 1].readiness for u in company.units), key=order.index
        )
        last = max(tasks[u.golive].s for u in company.units)
        dep.actual = text[last] if last < status else None
    demo.rows["department"] = [d.row() for d in depts]

    # Waves and their go/no-go gates.
    wave_rows: list[Row] = []
    criteria = "\n".join(f"{i}. {c}" for i, c in enumerate(data_training.GATE_CRITERIA, 1))
    # One decided wave (after the pilot) went live with conditions.
    decided = [w.idx for w in demo.waves[1:] if tasks[w.gate].s < status]
    conditional = rng.choice(decided) if decided else -1
    for wave in demo.waves:
        ws, gate_t, live_t = tasks[wave.summary], tasks[wave.gate], tasks[wave.golive]
        if gate_t.s >= status:
            decision, notes = GateDecision.PENDING, ""
        elif wave.idx == conditional:
            decision = GateDecision.GO_WITH_CONDITIONS
            notes = "同意上线。遗留 3 个 P3 缺陷须在上线后两周内关闭，相关部门加开一场补训。"
        else:
            decision = GateDecision.GO
            notes = "各项准入条件均已满足，同意按计划上线。"
        wave_rows.append(
            (
                wave.wave_id,
                wave.name,
                wave.idx,
                1 if wave.idx == 0 else 0,
                text[ws.s],
                text[live_t.s],
                text[live_t.s] if live_t.s < status else None,
                criteria,
                decision.value,
                text[gate_t.s],
                notes,
            )
        )
    demo.rows["wave"] = wave_rows

    # Stakeholders were last contacted within their cadence before the status date.
    span = {"weekly": 5, "biweekly": 10, "monthly": 21, "quarterly": 60, "as_needed": 60}
    stake = demo.rows["stakeholder"]
    # Every ninth is overdue (a PM's real register has some), with the same draws.
    cadence_days = {"weekly": 7, "biweekly": 14, "monthly": 31, "quarterly": 92}
    for i, row in enumerate(stake):
        cadence = str(row[_CADENCE])
        back = rng.randint(1, span[cadence])
        if i % 9 == 4 and cadence in cadence_days:
            back = cadence_days[cadence] * 7 // 5 + 3  # working days: well past the cadence
        stake[i] = (*row[:_LAST_CONTACT], text[max(0, status - back)], *row[_LAST_CONTACT + 1 :])
