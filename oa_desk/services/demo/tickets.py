"""The demo's go-live support: tickets from the live departments with every step as an
event (in office hours, within or past their service levels), and the knowledge base
whose articles answer them."""

from __future__ import annotations

import datetime as dt

from oa_desk.domain.enums import (
    SLA_HOURS,
    AudienceTier,
    OaModule,
    TicketChannel,
    TicketEventKind,
    TicketPriority,
    TicketStatus,
    TicketType,
    TrainingNeedStatus,
)
from oa_desk.services.demo import data_support
from oa_desk.services.demo.helpers import cumulative, pick
from oa_desk.services.demo.state import BEIJING, Demo, Row, Unit
from oa_desk.store.bulk import stored_datetime

# The tickets' times are Beijing wall-clock times; the plan stores points in time in UTC.
_TO_UTC = BEIJING.utcoffset(None)


def _utc(at: dt.datetime) -> str:
    return stored_datetime(at - _TO_UTC)


def build(demo: Demo) -> None:
    """Tickets from the live units with their events, and the knowledge base."""
    rng, tasks, wd, status = demo.rng, demo.wbs.tasks, demo.wd, demo.status
    rnd = rng.random
    now = wd.midnight[status] + dt.timedelta(hours=18)
    templates = [
        t._replace(
            title=demo.im(t.title),
            description=demo.im(t.description),
            question=demo.im(t.question),
            answer=demo.im(t.answer),
            tags=demo.im(t.tags),
        )
        for t in data_support.TICKET_TEMPLATES
    ]
    # Reporters: active people of the live units, with their unit.
    pool: list[tuple[int, Unit]] = []
    for u in demo.units:
        if tasks[u.golive].s < status:
            pool += [(p, u) for p in u.people if demo.person_active[p]]
    specs: list[tuple[dt.datetime, int, Unit, int]] = []
    n_templates = len(templates)
    if pool:
        n_pool = len(pool)
        for _ in range(demo.p.tickets):
            pid, unit = pool[int(rnd() * n_pool)]
            live = tasks[unit.golive].s
            # Most tickets come in the first weeks after a department goes live.
            off = min(int(rng.expovariate(0.12)), status - live - 1)
            secs = 30_600 + int(rnd() * 34_200)  # 08:30 to 18:00
            created = wd.midnight[live + off] + dt.timedelta(seconds=secs)
            specs.append((created, pid, unit, int(rnd() * n_templates)))
    specs.sort(key=lambda s: (s[0], s[1]))
    tickets: list[Row] = []
    events: list[Row] = []
    links: list[Row] = []
    linked = [0] * (n_templates + 1)
    per_day: dict[dt.date, int] = {}
    pname = demo.person_name
    prios = list(TicketPriority)
    prio_cum = {
        TicketType.INCIDENT: cumulative((10, 40, 40, 10)),
        TicketType.BUG: cumulative((3, 25, 57, 15)),
        TicketType.ACCESS: cumulative((2, 20, 60, 18)),
        TicketType.SUGGESTION: cumulative((0, 0, 30, 70)),
        TicketType.CHANGE_REQUEST: cumulative((0, 5, 45, 50)),
    }
    default_cum = cumulative((1, 12, 65, 22))
    tpl_cum = [prio_cum.get(tp.type, default_cum) for tp in templates]
    tpl_values = [(tp.type.value, tp.module.value) for tp in templates]
    channels = [c.value for c in TicketChannel]
    chan_cum = cumulative((30, 15, 15, 35, 5))
    sla = [
        (dt.timedelta(hours=SLA_HOURS[p][0]), dt.timedelta(hours=SLA_HOURS[p][1])) for p in prios
    ]
    prio_v = [p.value for p in prios]
    minute, hour = dt.timedelta(minutes=1), dt.timedelta(hours=1)
    support_staff = [*demo.it_team, *demo.vendor_people]
    n_staff = len(support_staff)
    ev_created, ev_assigned = TicketEventKind.CREATED.value, TicketEventKind.ASSIGNED.value
    ev_status, ev_prio = TicketEventKind.STATUS.value, TicketEventKind.PRIORITY.value
    ev_comment = TicketEventKind.COMMENT.value
    st_new, st_asg = TicketStatus.NEW.value, TicketStatus.ASSIGNED.value
    st_prog, st_wait = TicketStatus.IN_PROGRESS.value, TicketStatus.WAITING.value
    st_res, st_closed = TicketStatus.RESOLVED.value, TicketStatus.CLOSED.value
    dispatcher = demo.it_lead
    comments, n_comments = data_support.TICKET_COMMENTS, len(data_support.TICKET_COMMENTS)
    wave_ids = [w.wave_id for w in demo.waves]
    # The resolution note: the first sentence of the article that answers it.
    resolution = [tp.answer.split("；")[0].split("。")[0] + "。" for tp in templates]

    day_index = wd.index  # working days by date
    opening, closing = dt.timedelta(hours=8, minutes=30), dt.timedelta(hours=18)

    def biz(at: dt.datetime, after: dt.datetime) -> dt.datetime:
        """``at`` moved into office hours of a working day, and later than ``after``."""
        if at <= after:
            at = after + minute * (1 + int(rnd() * 20))
        day = at.date()
        idx = day_index.get(day)
        since = at - wd.midnight[idx] if idx is not None else closing
        if idx is None or since >= closing:
            nxt = wd.index_on_or_after(day + dt.timedelta(days=1))
            return wd.midnight[nxt] + opening + minute * int(rnd() * 60)
        if since < opening:
            return wd.midnight[idx] + opening + minute * int(rnd() * 30)
        return at

    def ev(
        tid: int, at: dt.datetime, kind: str, actor: int | None, old: str, new: str, note: str
    ) -> None:
        events.append((len(events) + 1, tid, _utc(at), kind, actor, old, new, note))

    for tid, (created, reporter, unit, ti) in enumerate(specs, 1):
        tpl = templates[ti]
        day = created.date()
        n = per_day.get(day, 0) + 1
        per_day[day] = n
        pi = pick(tpl_cum[ti], rnd())
        resp_sla, res_sla = sla[pi]
        if rnd() < 0.5:
            assignee = unit.key_users[0]
        elif not unit.company.is_hq and rnd() < 0.6:
            assignee = unit.company.it_person
        else:
            assignee = support_staff[int(rnd() * n_staff)]
        ev(tid, created, ev_created, reporter, "", st_new, "")
        status_v = st_new
        first_resp: dt.datetime | None = None
        resolved: dt.datetime | None = None
        closed: dt.datetime | None = None
        # Support works office hours: every step lands in them, in order.
        t1 = biz(created + resp_sla * (0.1 + 1.2 * rnd()), created)
        if t1 < now:
            first_resp = t1
            ev(tid, t1, ev_assigned, dispatcher, "", pname[assignee], "")
            status_v = st_asg
            t2 = biz(t1 + minute * (2 + int(rnd() * 38)), t1)
            if t2 < now:
                ev(tid, t2, ev_status, assignee, st_asg, st_prog, "已联系用户，正在处理")
                status_v = st_prog
                res_at = biz(created + res_sla * (0.05 + 1.1 * rnd()), t2 + minute * 10)
                step = res_at - t2
                last = t2
                if pi > 0 and rnd() < 0.04:
                    last = biz(t2 + step * 0.1, last)
                    if last < now:
                        ev(
                            tid,
                            last,
                            ev_prio,
                            assignee,
                            prio_v[pi],
                            prio_v[pi - 1],
                            "影响范围扩大，提升优先级",
                        )
                        pi -= 1
                if rnd() < 0.18:
                    last = biz(t2 + step * 0.3, last)
                    if last < now:
                        ev(
                            tid,
                            last,
                            ev_status,
                            assignee,
                            st_prog,
                            st_wait,
                            "等待用户提供截图和操作步骤",
                        )
                        status_v = st_wait
                        last = biz(t2 + step * 0.6, last)
                        if last < now:
                            ev(
                                tid,
                                last,
                                ev_status,
                                reporter,
                                st_wait,
                                st_prog,
                                "用户已补充信息",
                            )
                            status_v = st_prog
                if rnd() < 0.25:
                    last = biz(t2 + step * 0.8, last)
                    if last < now:
                        ev(
                            tid,
                            last,
                            ev_comment,
                            assignee,
                            "",
                            "",
                            comments[int(rnd() * n_comments)],
                        )
                res_at = biz(res_at, last)
                if res_at < now and status_v == st_prog:
                    resolved = res_at
                    ev(tid, res_at, ev_status, assignee, status_v, st_res, resolution[ti])
                    status_v = st_res
                    cl = biz(res_at + hour * (2 + 70 * rnd()), res_at)
                    if cl < now:
                        closed = cl
                        ev(
                            tid,
                            cl,
                            ev_status,
                            reporter,
                            st_res,
                            st_closed,
                            "用户确认问题已解决",
                        )
                        status_v = st_closed
                    if rnd() < 0.4:
                        links.append((ti + 1, tid))
                        linked[ti + 1] += 1
        type_v, module_v = tpl_values[ti]
        # Service-level targets of the (final, possibly escalated) priority.
        response_due, resolve_due = created + sla[pi][0], created + sla[pi][1]
        tickets.append(
            (
                tid,
                f"OA{day:%Y%m%d}-{n:04d}",
                tpl.title,
                tpl.description,
                type_v,
                channels[pick(chan_cum, rnd())],
                prio_v[pi],
                status_v,
                unit.dept_id,
                wave_ids[unit.wave],
                reporter,
                assignee if first_resp else None,
                module_v,
                _utc(created),
                _utc(first_resp) if first_resp else None,
                _utc(resolved) if resolved else None,
                _utc(closed) if closed else None,
                _utc(response_due),
                _utc(resolve_due),
            )
        )
    # The knowledge base: one article per ticket template, then local support notes.
    kb_start = tasks[demo.t["kb"]]
    articles: list[Row] = []
    tag_ids: dict[str, int] = {}
    article_tags: list[Row] = []

    def tag(aid: int, tags: str) -> None:
        for name in dict.fromkeys(tags.split(",")):
            article_tags.append((aid, tag_ids.setdefault(name, len(tag_ids) + 1)))

    for aid, tpl in enumerate(templates, 1):
        created_on = kb_start.s + rng.randint(0, max(0, kb_start.d - 1))
        updated = created_on if not linked[aid] else max(created_on, status - rng.randint(1, 20))
        views = linked[aid] * rng.randint(3, 12) + rng.randint(5, 80)
        articles.append(
            (
                aid,
                tpl.question,
                tpl.answer,
                tpl.module.value,
                wd.text[created_on],
                wd.text[updated],
                views,
            )
        )
        tag(aid, tpl.tags)
    for g in demo.groups:
        if g.company.is_hq:
            continue
        kick = tasks[g.kick].s
        if kick >= status:
            continue
        it_name = pname[g.company.it_person]
        articles.append(
            (
                len(articles) + 1,
                f"{g.company.name}OA 问题找谁？",
                f"{g.company.name}一线支持：各部门信息专员；技术问题请联系信息化负责人"
                f"{it_name}，或拨打集团 OA 服务热线 400-820-6688（工作日 8:30-18:00）。",
                OaModule.OTHER.value,
                wd.text[kick],
                wd.text[kick],
                rng.randint(10, 300),
            )
        )
        tag(len(articles), "支持,联系方式")
    demo.rows["ticket"] = tickets
    demo.rows["ticket_event"] = events
    demo.rows["training_need"] = _training_needs(tickets)
    demo.rows["kb_article"] = articles
    demo.rows["kb_article_ticket"] = links
    demo.rows["kb_tag"] = [(i, name) for name, i in tag_ids.items()]
    demo.rows["kb_article_tag"] = article_tags


def _training_needs(tickets: list[Row]) -> list[Row]:
    """Departments asking the same kind of question again and again need retraining:
    one need per department with five or more questions, pointing at its latest one."""
    questions: dict[int, list[Row]] = {}
    for t in tickets:  # id, number, title, description, type, channel, priority, status, dept
        if t[4] == TicketType.QUESTION.value and t[8] is not None:
            questions.setdefault(int(str(t[8])), []).append(t)
    needs: list[Row] = []
    for dept, asked in sorted(questions.items()):
        if len(asked) < 5:
            continue
        latest = max(asked, key=lambda t: str(t[13]))  # created_at, stored text
        needs.append(
            (
                len(needs) + 1,
                dept,
                None,
                AudienceTier.END_USER.value,
                None,
                latest[0],
                f"{len(asked)} 个操作咨询工单：安排一次复训",
                TrainingNeedStatus.PLANNED.value
                if len(needs) % 3 == 0
                else TrainingNeedStatus.OPEN.value,
                latest[13],
            )
        )
    return needs
