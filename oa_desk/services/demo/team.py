"""The demo's project team (sponsor, steering committee, PMO, IT, HR, business leads,
key users, vendor) and its stakeholder register with engagement and ADKAR scores."""

from __future__ import annotations

import random

from oa_desk.domain.enums import Cadence, Engagement, TeamRole
from oa_desk.services.demo import data_company, data_org
from oa_desk.services.demo.state import Demo, Row


def build(demo: Demo) -> None:
    """The project team and the stakeholder register."""
    rng = demo.rng
    hq = demo.companies[0]
    units_by_name = {u.name: u for u in hq.units}
    it_unit, hr_unit = units_by_name["信息技术部"], units_by_name["人力资源部"]
    office = units_by_name["总裁办公室"]
    execs = hq.executives
    team: list[Row] = []
    duties = data_org.TEAM_DUTIES

    def member(pid: int, role: TeamRole, alloc: int, extra: str = "") -> None:
        team.append((len(team) + 1, pid, role.value, duties[role.value] + extra, alloc))

    demo.sponsor = execs[1] if len(execs) > 1 else execs[0]
    member(demo.sponsor, TeamRole.SPONSOR, 10)
    wanted = ("常务副总裁", "首席信息官", "财务总监", "副总裁")
    steering = [p for p in execs if demo.person_rows[p - 1][4] in wanted][:4]
    for pid in steering:
        member(pid, TeamRole.STEERING, 10)
    # The project manager and the PMO sit in IT and the president's office.
    it_staff = it_unit.admins
    demo.pm = it_staff[0]
    demo.retitle(demo.pm, "OA 项目经理")
    member(demo.pm, TeamRole.PMO, 100, "（项目经理）")
    pmo = [p for p in office.end_users + office.key_users if p != demo.pm][:2]
    for pid in pmo:
        member(pid, TeamRole.PMO, 80)
    demo.it_team = it_staff[1:6]
    demo.it_lead = demo.it_team[0]
    for pid in demo.it_team:
        member(pid, TeamRole.IT, rng.choice((50, 80, 100)))
    hq.it_person = demo.it_lead
    demo.hr_lead = hr_unit.head
    member(hr_unit.head, TeamRole.HR, 30)
    trainer = next(
        (p for p in hr_unit.end_users if demo.person_rows[p - 1][4] == "培训专员"),
        hr_unit.end_users[0] if hr_unit.end_users else hr_unit.head,
    )
    if trainer != hr_unit.head:
        demo.retitle(trainer, "培训专员")
        member(trainer, TeamRole.HR, 50, "（培训组织）")
    demo.hr_trainer = trainer
    for company in demo.companies[1:]:
        gm = company.executives[0]
        member(gm, TeamRole.BUSINESS_LEAD, 10, f"（{company.name}推广第一责任人）")
        it_unit_c = next((u for u in company.units if u.type_key == "it"), None)
        if it_unit_c is not None:
            company.it_person = it_unit_c.head
        else:
            office_c = company.units[0]
            company.it_person = (office_c.end_users or office_c.key_users)[0]
            demo.retitle(company.it_person, "信息化专员")
        member(company.it_person, TeamRole.IT, 50, f"（{company.name}）")
    for unit in demo.units:
        member(unit.head, TeamRole.BUSINESS_LEAD, 20)
        for ku in unit.key_users[:2]:
            member(ku, TeamRole.KEY_USER, 30)
    for pid in demo.vendor_people:
        member(pid, TeamRole.VENDOR, 100)
    demo.rows["team_member"] = team

    # Stakeholders: leadership, the project's core, unit heads and key users,
    # and a few parties outside the roster.
    stake: list[Row] = []
    demo.sh_person = {}
    titles = {int(str(row[0])): str(row[4]) for row in demo.person_rows}

    def stakeholder(
        pid: int | None,
        name: str,
        org: str,
        influence: int,
        interest: int,
        current: Engagement,
        desired: Engagement,
        live: bool,
        role: str = "",
        expectations: str = "",
    ) -> int:
        sid = len(stake) + 1
        adkar = adkar_scores(rng, current, live)
        cadence = (
            Cadence.WEEKLY
            if influence >= 4 and interest >= 4
            else Cadence.BIWEEKLY
            if influence >= 4 or interest >= 4
            else Cadence.MONTHLY
            if influence >= 3
            else Cadence.QUARTERLY
        )
        stake.append(
            (
                sid,
                pid,
                name,
                org,
                influence,
                interest,
                current.value,
                desired.value,
                *adkar,
                strategy(influence, interest, current),
                cadence.value,
                None,  # last contact, filled in once the status date is known
                titles.get(pid, "") if pid is not None else "",
                role,
                expectations,
                pid is None,  # outside the roster: external
                "",
            )
        )
        if pid is not None:
            demo.sh_person[pid] = sid
        return sid

    pname = demo.person_name
    lead_e, sup_e = Engagement.LEADING, Engagement.SUPPORTIVE
    demo.sh_sponsor = stakeholder(
        demo.sponsor,
        pname[demo.sponsor],
        data_company.GROUP_SHORT,
        5,
        5,
        lead_e,
        lead_e,
        True,
        "项目发起人",
        "按期全员上线，审批时效提升一半",
    )
    demo.sh_steering = [
        stakeholder(
            p,
            pname[p],
            data_company.GROUP_SHORT,
            5,
            4,
            sup_e,
            lead_e,
            True,
            "指导委员会成员",
            "关键节点可控，重大问题及时上报",
        )
        for p in steering
    ]
    demo.sh_pm = stakeholder(
        demo.pm, pname[demo.pm], data_company.GROUP_SHORT, 3, 5, lead_e, lead_e, True, "项目经理"
    )
    demo.sh_it = stakeholder(
        demo.it_lead,
        pname[demo.it_lead],
        data_company.GROUP_SHORT,
        3,
        5,
        lead_e,
        lead_e,
        True,
        "IT 负责人",
        "系统稳定，集成接口按时联调",
    )
    demo.sh_hr = stakeholder(
        demo.hr_lead,
        pname[demo.hr_lead],
        data_company.GROUP_SHORT,
        3,
        4,
        sup_e,
        lead_e,
        True,
        "人力资源负责人",
        "组织架构与人员数据准确",
    )
    vendor_pm = demo.vendor_people[0]
    demo.sh_vendor = stakeholder(
        vendor_pm, pname[vendor_pm], demo.offer.vendor, 3, 5, lead_e, lead_e, True, "实施方项目经理"
    )
    for company in demo.companies[1:]:
        gm = company.executives[0]
        live = company.units[0].wave <= demo.live_wave
        cur = engagement(rng, live)
        company.gm_stakeholder = stakeholder(
            gm, pname[gm], company.name, 4, 3, cur, lead_e, live, "子公司总经理", "不影响日常经营"
        )
    hq_name = data_company.GROUP_SHORT
    for unit in demo.units:
        org = hq_name if unit.company.is_hq else unit.company.name
        live = unit.wave <= demo.live_wave
        cur = engagement(rng, live)
        if unit.head in demo.sh_person:
            unit.head_sh = demo.sh_person[unit.head]
        else:
            unit.head_sh = stakeholder(
                unit.head,
                pname[unit.head],
                org,
                rng.choice((3, 4)),
                rng.choice((2, 3, 4)),
                cur,
                sup_e if cur is not Engagement.LEADING else lead_e,
                live,
                "部门负责人",
                "本部门流程上线后不降效",
            )
        ku = unit.key_users[0]
        unit.ku_sh = demo.sh_person.get(ku) or stakeholder(
            ku,
            pname[ku],
            org,
            2,
            rng.choice((4, 5)),
            rng.choice((sup_e, lead_e)),
            lead_e,
            live,
            "信息专员",
            "培训充分，问题有人答复",
        )
    for name, org, inf, intr, cur in (
        ("工会主席", f"{data_company.GROUP_SHORT}工会", 3, 3, Engagement.NEUTRAL),
        ("审计项目经理", "中诚会计师事务所（外部审计）", 2, 2, Engagement.UNAWARE),
    ):
        person_name = demo.random_name()
        stakeholder(None, f"{person_name}（{name}）", org, inf, intr, cur, sup_e, False, name)
    demo.rows["stakeholder"] = stake


def engagement(rng: random.Random, live: bool) -> Engagement:
    levels = list(Engagement)
    weights = (0, 5, 20, 50, 25) if live else (10, 12, 35, 33, 10)
    return rng.choices(levels, weights=weights)[0]


_ADKAR_BASE = {
    Engagement.UNAWARE: (1, 1, 1, 1, 1),
    Engagement.RESISTANT: (3, 1, 2, 2, 1),
    Engagement.NEUTRAL: (3, 2, 2, 2, 2),
    Engagement.SUPPORTIVE: (4, 4, 3, 3, 3),
    Engagement.LEADING: (5, 5, 4, 4, 4),
}


def adkar_scores(rng: random.Random, engagement: Engagement, live: bool) -> tuple[int, ...]:
    """Awareness, desire, knowledge, ability, reinforcement (1-5), from the engagement;
    people whose department is live have had the training, so know and can more."""
    out = []
    for i, base in enumerate(_ADKAR_BASE[engagement]):
        value = base + rng.choice((-1, 0, 0, 1)) + (1 if live and i in (2, 3) else 0)
        out.append(min(5, max(1, value)))
    return tuple(out)


def strategy(influence: int, interest: int, engagement: Engagement) -> str:
    if influence >= 4 and interest >= 4:
        text = "重点管理：每周沟通推广进展，邀请参加指导委员会并在关键节点公开表态支持。"
    elif influence >= 4:
        text = "令其满意：定期汇报成果和风险，重大事项提前征求意见。"
    elif interest >= 4:
        text = "保持知情：发挥其积极性，邀请参与测试、培训和内部宣传。"
    else:
        text = "持续关注：通过通知公告和部门会议同步进展。"
    if engagement is Engagement.RESISTANT:
        text += "当前存在抵触，安排一对一沟通，了解顾虑并展示试点成效。"
    elif engagement is Engagement.UNAWARE:
        text += "尚不了解项目，先安排专题介绍。"
    return text
