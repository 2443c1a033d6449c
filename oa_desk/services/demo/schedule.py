"""The demo's schedule: the WBS of the rollout method, built forward with its links.

Project-level lines come from the method's tables (``data_wbs``); every wave
adds its mobilisation, a kickoff and key-user training per company, per unit
research, configuration, UAT, training, cut-over and go-live, and a go/no-go
gate; the pilot adds its run, evaluation and acceptance. :func:`task_rows`
then writes the tasks as of the status date (progress, late starts).
"""

from __future__ import annotations

from collections.abc import Sequence

from oa_desk.domain.enums import ConstraintType
from oa_desk.services.demo import data_training, data_wbs
from oa_desk.services.demo.state import Demo, Row, Wave
from oa_desk.services.demo.training import site_labs, training_days
from oa_desk.services.demo.wbs import FF, FS, IMPL, MILESTONE, OPT, PREP, SS, SUMMARY, parse_pred


def build(demo: Demo) -> None:
    """The WBS: project-level lines, each wave's tasks, the full go-live, support."""
    w, t = demo.wbs, demo.t
    _wbs_rows(demo, data_wbs.WBS_PREPARE)
    _wbs_rows(demo, data_wbs.WBS_TRAINING)
    for wave in demo.waves:
        _wave_tasks(demo, wave, t["impl"])
    full = w.add("全面上线", t["impl"], IMPL, 0, [(wv.golive, FS, 0) for wv in demo.waves])
    w.assign(full, owner=demo.sponsor, acceptance="全部单位上线，线上审批占比 ≥ 90%")
    w.racify(full, demo.sh_sponsor, (demo.sh_pm,), demo.sh_steering)
    w.tasks[full].ctype = ConstraintType.FNLT.value
    t["full"] = full
    _wbs_rows(demo, data_wbs.WBS_SUPPORT)
    w.close_all()
    tasks = w.tasks
    # The status date: a couple of weeks after the go-live of the last wave that is live.
    demo.status = tasks[demo.waves[demo.live_wave].golive].s + 12
    demo.move_to(demo.anchor)
    demo.end = max(tk.s + max(tk.d, 1) for tk in tasks[1:])


def _wbs_rows(demo: Demo, rows: Sequence[data_wbs.WbsRow]) -> None:
    """Add project-level WBS lines from the rollout method's table."""
    w, t = demo.wbs, demo.t
    owners = {
        "pm": demo.pm,
        "it": demo.it_lead,
        "hr": demo.hr_lead,
        "vendor": demo.vendor_people[0],
        "sponsor": demo.sponsor,
    }
    roles: dict[str, Sequence[int]] = {
        "pm": (demo.sh_pm,),
        "it": (demo.sh_it,),
        "hr": (demo.sh_hr,),
        "vendor": (demo.sh_vendor,),
        "sponsor": (demo.sh_sponsor,),
        "steering": demo.sh_steering,
    }
    top_phase = {"prep": PREP, "impl": IMPL, "optimise": OPT}
    for row in rows:
        name = row.name.replace("{product}", demo.offer.product).replace("{im}", demo.im_name)
        parent = t[row.parent] if row.parent else None
        phase = top_phase[row.key] if parent is None else w.tasks[parent].phase
        if row.days == -1:
            tid = w.summary(name, parent, phase)
        else:
            assert parent is not None
            preds = [parse_pred(token, t) for token in row.preds.split()]
            days = row.days
            if days == data_wbs.SPAN:
                # From the pilot's go-live (plus the first link's lag) to two weeks
                # after the full go-live.
                days = w.tasks[t["full"]].s + 10 - w.tasks[t["golive0"]].s - preds[0][2]
            earliest = 2 if row.key == "kickoff" else 0  # Wednesday of the first week
            tid = w.add(name, parent, phase, days, preds, earliest)
            if row.key == "kickoff":
                w.tasks[tid].ctype = ConstraintType.MSO.value
        w.assign(
            tid, owner=owners[row.owner], deliverable=row.deliverable, acceptance=row.acceptance
        )
        raci: dict[str, list[int]] = {"A": [], "R": [], "C": [], "I": []}
        for part in row.raci.split():
            letter, who = part.split(":")
            raci[letter] = [sid for role in who.split(",") for sid in roles[role]]
        w.racify(tid, raci["A"][0], raci["R"], raci["C"], raci["I"])
        t[row.key] = tid


def _wave_tasks(demo: Demo, wave: Wave, impl: int) -> None:
    rng, w, t = demo.rng, demo.wbs, demo.t
    s_pm, s_it, s_sp, s_v = demo.sh_pm, demo.sh_it, demo.sh_sponsor, demo.sh_vendor
    groups = [g for g in demo.groups if g.wave is wave]
    single = len(groups) == 1 and groups[0].company.is_hq
    if wave.idx == 0:
        title = f"试点推广（{'、'.join(u.name for u in wave.units)}）"
    elif single:
        title = f"{wave.name}部门推广（{len(wave.units)} 个部门）"
    else:
        title = f"{wave.name}单位推广（{len(groups)} 家单位）"
    ws = w.summary(title, impl, IMPL)
    w.assign(ws, owner=demo.pm, wave=wave.wave_id)
    w.racify(ws, s_pm)
    wave.summary = ws
    wid = wave.wave_id
    if wave.idx == 0:
        mob_name, preds = "试点启动会", [(t["ku_train"], FS, 0)]
    elif wave.idx == 1:
        mob_name, preds = f"{wave.name}推广动员会", [(t["pilot_accept"], FS, 0)]
    else:
        prev = demo.waves[wave.idx - 1]
        mob_name, preds = f"{wave.name}推广动员会", [(prev.gate, FS, 5)]
    mob = w.add(mob_name, ws, IMPL, 0, preds)
    w.assign(mob, owner=demo.pm, wave=wid)
    w.racify(mob, s_sp, (s_pm,), (), (s_it,))
    wave.mobilise = mob
    uat_ids: list[int] = []
    unit_tasks: dict[int, tuple[int, int]] = {}  # unit department -> its summary, training
    for g in groups:
        company = g.company
        gm_sh = company.gm_stakeholder or s_pm
        if single:
            parent, kick = ws, mob
        else:
            parent = w.summary(f"{company.name}推广", ws, IMPL)
            w.assign(parent, owner=company.executives[0], dept=company.dept_id, wave=wid)
            w.racify(parent, gm_sh)
            kick = w.add(
                f"{company.name}推广启动会", parent, IMPL, 0, [(mob, FS, rng.randint(0, 5))]
            )
            w.assign(kick, owner=company.executives[0], dept=company.dept_id, wave=wid)
            w.racify(kick, gm_sh, (company.gm_stakeholder,), (s_pm,), ())
            if rng.random() < 0.1:
                w.tasks[kick].ctype = ConstraintType.SNET.value
                w.tasks[kick].notes = "避开月末结账期，不早于该日启动。"
        g.kick = kick
        it_p = company.it_person
        it_sh = demo.sh_person.get(it_p, s_it)
        ktrain = w.add(f"{g.label}信息专员培训", parent, IMPL, 2, [(kick, FS, 0)])
        w.assign(
            ktrain,
            owner=demo.hr_trainer,
            dept=company.dept_id,
            wave=wid,
            acceptance="信息专员考核通过",
        )
        w.racify(ktrain, demo.sh_hr, (s_v,), (it_sh,), ())
        g.ktrain = ktrain
        config = w.add(
            f"{g.label}流程模板配置",
            parent,
            IMPL,
            rng.randint(3, 5),
            [(kick, FS, 0), (t["signoff"], FS, 0)],
        )
        w.assign(config, owner=it_p, dept=company.dept_id, wave=wid)
        w.racify(config, it_sh, (s_v,), (s_pm,), ())
        for u in g.units:
            us = w.summary(f"{u.name}推广上线", parent, IMPL)
            w.assign(us, owner=u.head, dept=u.dept_id, wave=wid)
            w.racify(us, u.head_sh)
            ku = u.key_users[0]
            t1 = w.add(f"{u.name}业务需求调研", us, IMPL, rng.randint(2, 4), [(kick, FS, 0)])
            w.assign(t1, owner=ku, dept=u.dept_id, wave=wid, deliverable=f"{u.name}需求确认单")
            w.racify(t1, u.head_sh, (u.ku_sh,), (s_v,), ())
            t2 = w.add(
                f"{u.name}流程梳理与表单配置",
                us,
                IMPL,
                rng.randint(4, 8),
                [(t1, FS, 0), (config, FS, 0)],
            )
            w.assign(t2, owner=ku, dept=u.dept_id, wave=wid, deliverable="流程与表单配置清单")
            w.racify(t2, u.head_sh, (u.ku_sh, it_sh), (s_v,), ())
            t3 = w.add(f"{u.name}用户验收测试", us, IMPL, rng.randint(2, 3), [(t2, FS, 0)])
            w.assign(
                t3,
                owner=ku,
                dept=u.dept_id,
                wave=wid,
                deliverable="UAT 测试报告",
                acceptance="UAT 通过率 ≥ 95%",
            )
            w.racify(t3, u.head_sh, (u.ku_sh,), (it_sh,), (s_pm,))
            days = training_days(len(u.end_users), len(site_labs(company)))
            t4 = w.add(f"{u.name}全员操作培训", us, IMPL, days, [(t3, SS, 1), (ktrain, FS, 0)])
            w.assign(
                t4,
                owner=ku,
                dept=u.dept_id,
                wave=wid,
                acceptance="培训覆盖率 ≥ 90%，考核通过率 ≥ 85%",
            )
            w.racify(t4, u.head_sh, (u.ku_sh,), (), (demo.sh_hr,))
            u.kick, u.config, u.train = kick, t2, t4
            uat_ids.append(t3)
            unit_tasks[u.dept_id] = (us, t4)
    gate_name = "试点上线评审（Go/No-Go）" if wave.idx == 0 else f"{wave.name}上线评审（Go/No-Go）"
    gate = w.add(gate_name, ws, IMPL, 0, [(u3, FS, 0) for u3 in uat_ids])
    w.assign(
        gate, owner=demo.sponsor, wave=wid, acceptance="；".join(data_training.GATE_CRITERIA[:3])
    )
    w.racify(gate, s_sp, (s_pm,), demo.sh_steering, ())
    wave.gate = gate
    group_golives: list[int] = []
    hq_supports: list[int] = []
    for g in groups:
        company = g.company
        gm_sh = company.gm_stakeholder or s_pm
        it_sh = demo.sh_person.get(company.it_person, s_it)
        live_ms: list[int] = []
        supports: list[int] = []
        for u in g.units:
            us, t4 = unit_tasks[u.dept_id]
            ku = u.key_users[0]
            t5 = w.add(
                f"{u.name}数据迁移与上线切换",
                us,
                IMPL,
                rng.randint(1, 2),
                [(gate, FS, 0), (t4, FF, 0)],
            )
            w.assign(
                t5,
                owner=company.it_person,
                dept=u.dept_id,
                wave=wid,
                acceptance="迁移数据核对无误",
            )
            w.racify(t5, u.head_sh, (it_sh,), (u.ku_sh,), ())
            t6 = w.add(f"{u.name}正式上线", us, IMPL, 0, [(t5, FS, 0)])
            w.assign(t6, owner=u.head, dept=u.dept_id, wave=wid, acceptance="线上审批占比 ≥ 80%")
            w.racify(t6, u.head_sh, (u.ku_sh,), (), (gm_sh, s_pm))
            t7 = w.add(f"{u.name}上线后跟踪支持", us, IMPL, rng.randint(5, 10), [(t6, FS, 0)])
            w.assign(t7, owner=ku, dept=u.dept_id, wave=wid)
            w.racify(t7, u.head_sh, (u.ku_sh,), (s_it,), ())
            u.golive = t6
            live_ms.append(t6)
            supports.append(t7)
        if single:
            group_golives += live_ms
            hq_supports += supports
            continue
        gparent = w.tasks[g.kick].parent
        assert gparent is not None
        golive = w.add(f"{company.name}全面上线", gparent, IMPL, 0, [(m, FS, 0) for m in live_ms])
        w.assign(golive, owner=company.executives[0], dept=company.dept_id, wave=wid)
        w.racify(golive, gm_sh, (s_pm,), (), (s_sp,))
        close = w.add(f"{company.name}推广总结", gparent, IMPL, 2, [(s7, FS, 0) for s7 in supports])
        w.assign(
            close,
            owner=company.executives[0],
            dept=company.dept_id,
            wave=wid,
            deliverable=f"{company.name}推广总结报告",
        )
        w.racify(close, gm_sh, (s_pm,), (), ())
        group_golives.append(golive)
    name = "试点上线运行" if wave.idx == 0 else f"{wave.name}{'部门' if single else '单位'}正式上线"
    golive = w.add(name, ws, IMPL, 0, [(m, FS, 0) for m in group_golives])
    w.assign(golive, owner=demo.sponsor, wave=wid)
    w.racify(golive, s_sp, (s_pm,), (), demo.sh_steering)
    w.tasks[golive].ctype = ConstraintType.FNLT.value
    wave.golive = golive
    t[f"golive{wave.idx}"] = golive
    if wave.idx == 0:
        _pilot_run(demo, wave, ws, golive, hq_supports)
    elif single:
        close = w.add(f"{wave.name}部门推广总结", ws, IMPL, 2, [(s7, FS, 0) for s7 in hq_supports])
        w.assign(close, owner=demo.pm, wave=wid)
        w.racify(close, s_pm, (s_pm,), (), (s_sp,))


def _pilot_run(demo: Demo, wave: Wave, ws: int, golive: int, supports: list[int]) -> None:
    """The pilot's run, evaluation and acceptance (which lets the waves start)."""
    w, t = demo.wbs, demo.t
    s_pm, s_sp = demo.sh_pm, demo.sh_sponsor
    wid = wave.wave_id
    track = w.add("试点运行跟踪与问题整改", ws, IMPL, 10, [(golive, FS, 0)])
    w.assign(track, owner=demo.it_lead, wave=wid, acceptance="P1/P2 问题全部关闭")
    w.racify(track, demo.sh_it, (demo.sh_it, demo.sh_vendor), (s_pm,), ())
    evaluate = w.add(
        "试点总结评估", ws, IMPL, 3, [(track, FS, 0), *((s7, FS, 0) for s7 in supports)]
    )
    w.assign(evaluate, owner=demo.pm, wave=wid, deliverable="《试点总结评估报告》")
    w.racify(evaluate, s_pm, (s_pm,), (demo.sh_it,), (s_sp,))
    accept = w.add("试点验收通过", ws, IMPL, 0, [(evaluate, FS, 0)])
    w.assign(
        accept, owner=demo.sponsor, wave=wid, acceptance="线上审批占比 ≥ 80%，用户满意度 ≥ 4.0"
    )
    w.racify(accept, s_sp, (s_pm,), demo.sh_steering, ())
    t["pilot_track"], t["pilot_eval"], t["pilot_accept"] = track, evaluate, accept


# -- state as of the status date ------------------------------------------------


# -- as of the status date ------------------------------------------------------------


def task_rows(demo: Demo) -> None:
    """Task rows as of the status date (progress, a few late starts) and the project's
    baseline: the dates the plan had when it was approved, before those slips."""
    rng, tasks, text, status = demo.rng, demo.wbs.tasks, demo.wd.text, demo.status
    # Tasks: progress as of the status date; a few started late against their baseline.
    out: list[Row] = []
    baseline: list[Row] = []
    base_s = [0] * len(tasks)
    base_f = [0] * len(tasks)
    for tid in range(len(tasks) - 1, 0, -1):
        tk = tasks[tid]
        if tk.kind == SUMMARY:
            continue
        slip = rng.randint(1, 5) if tk.s < status and rng.random() < 0.12 else 0
        base_s[tid] = max(0, tk.s - slip)
        base_f[tid] = max(0, tk.s + max(tk.d, 1) - 1 - slip)
        if slip and not tk.notes:
            tk.notes = rng.choice(data_wbs.SLIP_NOTES)
    for tid in range(len(tasks) - 1, 0, -1):  # children have larger ids than parents
        tk = tasks[tid]
        if tk.kind == SUMMARY:
            kids = tk.children
            base_s[tid] = min(base_s[c] for c in kids)
            base_f[tid] = max(base_f[c] for c in kids)
    # Progress as of the status date; a summary's is its leaf tasks', weighted by
    # duration, exactly as the scheduler rolls it up (else the first edit, or an
    # MS Project round trip, changes it).
    progress = [0] * len(tasks)
    weight = [0] * len(tasks)  # the leaf durations under a task
    done = [0] * len(tasks)  # their progress x duration
    leaves = [0] * len(tasks)  # count and progress sum, when all durations are 0
    plain = [0] * len(tasks)
    for tid in range(len(tasks) - 1, 0, -1):
        tk = tasks[tid]
        s, d = tk.s, tk.d
        if tk.kind == SUMMARY:
            kids = tk.children
            weight[tid] = sum(weight[c] for c in kids)
            done[tid] = sum(done[c] for c in kids)
            leaves[tid] = sum(leaves[c] for c in kids)
            plain[tid] = sum(plain[c] for c in kids)
            if weight[tid]:
                progress[tid] = round(done[tid] / weight[tid])
            else:
                progress[tid] = round(plain[tid] / leaves[tid]) if leaves[tid] else 0
            continue
        if tk.kind == MILESTONE:
            progress[tid] = 100 if s < status else 0
        elif s + d <= status:
            progress[tid] = 100
        elif s < status:
            progress[tid] = min(95, max(5, round((status - s) * 100 / d / 5) * 5))
        weight[tid], done[tid] = d, d * progress[tid]
        leaves[tid], plain[tid] = 1, progress[tid]
    for tid in range(1, len(tasks)):
        tk = tasks[tid]
        s, d = tk.s, tk.d
        end = s + max(d, 1)
        finish = text[end - 1] if d else text[s]
        cdate = None
        if tk.ctype != ConstraintType.ASAP.value:
            cdate = text[s] if tk.ctype != ConstraintType.FNLT.value else finish
        out.append(
            (
                tid,
                tk.parent,
                tk.seq,
                tk.name,
                tk.phase,
                tk.kind,
                text[s],
                finish,
                d,
                progress[tid],
                tk.owner,
                tk.dept,
                tk.wave,
                tk.deliverable,
                tk.acceptance,
                tk.ctype,
                cdate,
                tk.notes,
            )
        )
        baseline.append((1, tid, text[base_s[tid]], text[base_f[tid]]))
    demo.rows["task"] = out
    demo.rows["baseline_task"] = baseline
    demo.rows["dependency"] = demo.wbs.deps
    demo.rows["raci_entry"] = demo.wbs.raci
