"""A small plan with a few rows in every table, tricky values included (for Excel tests)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from oa_desk.domain import enums as E
from oa_desk.store import models as M
from oa_desk.store.planfile import PlanStore, create_plan, open_plan
from tests.pg import content_columns

D = dt.date
T = dt.datetime


def make_plan(path: Path, opener: Callable[[Path], PlanStore] | None = None) -> PlanStore:
    """Create and open a plan at ``path`` holding a row or more of every entity
    (``opener``: open the new file on another engine, tests/pg.py)."""
    create_plan(
        path,
        name="集团OA推广 =rollout",
        organisation="示例集团",
        start=D(2026, 1, 5),
        go_live=D(2026, 6, 30),
    )
    store = opener(path) if opener else open_plan(path, snapshot=False)
    with store.write() as s:
        cal = s.get(M.Calendar, 1)
        assert cal is not None
        cal.preset = "CN"
        s.add_all(
            [
                M.CalendarException(calendar_id=1, day=D(2026, 2, 16), working=False, name="春节"),
                M.CalendarException(calendar_id=1, day=D(2026, 2, 28), working=True, name="调休"),
            ]
        )
        w0 = M.Wave(
            name="试点",
            seq=0,
            is_pilot=True,
            planned_start=D(2026, 3, 2),
            planned_go_live=D(2026, 3, 30),
            gate_criteria="培训覆盖≥90%",
        )
        w1 = M.Wave(
            name="第一批",
            seq=1,
            planned_start=D(2026, 4, 1),
            planned_go_live=D(2026, 4, 30),
            gate_decision=E.GateDecision.GO,
        )
        s.add_all([w0, w1])
        s.flush()
        hq = M.Department(name="总部", code="HQ", headcount=3)
        s.add(hq)
        s.flush()
        fin = M.Department(
            name="财务部",
            parent_id=hq.id,
            seq=0,
            wave_id=w0.id,  # the pilot wave: its go-live is the department's
            readiness=E.Readiness.PREPARING,
        )
        hr = M.Department(name="人事部", parent_id=hq.id, seq=1, wave_id=w1.id)
        s.add_all([fin, hr])
        s.flush()
        acc = M.Department(name="会计科", parent_id=fin.id, seq=0)
        s.add(acc)
        s.flush()
        people = [
            M.Person(
                employee_no="00123",
                name="张三",
                department_id=acc.id,
                title="会计",
                email="zhang@example.com",
                phone="13800000000",
                tier=E.AudienceTier.KEY_USER,
            ),
            M.Person(
                employee_no="00124",
                name="李四 ",
                department_id=hr.id,
                tier=E.AudienceTier.LEADERSHIP,
                title='=HYPERLINK("x")',
            ),
            M.Person(
                employee_no="E-9",
                name="王五",
                department_id=fin.id,
                active=False,
                title="-负责人",
                phone="+86 10 1234",
            ),
        ]
        s.add_all(people)
        s.flush()
        hq.head_id = people[1].id
        s.add_all(
            [
                M.TeamMember(
                    person_id=people[0].id,
                    role=E.TeamRole.KEY_USER,
                    responsibilities="财务流程\r\n测试",
                    allocation=50,
                ),
                M.TeamMember(person_id=people[1].id, role=E.TeamRole.SPONSOR),
            ]
        )
        sh = M.Stakeholder(
            person_id=people[1].id,
            name="李四",
            influence=5,
            interest=4,
            current_engagement=E.Engagement.NEUTRAL,
            adkar_awareness=3,
            strategy="@每周汇报",
            cadence=E.Cadence.WEEKLY,
            last_contact=D(2026, 2, 2),
        )
        ext = M.Stakeholder(name="供应商顾问", organisation="ACME", influence=2, interest=2)
        s.add_all([sh, ext])
        s.flush()
        goal = M.Goal(
            name="审批周期",
            category=E.KpiCategory.EFFICIENCY,
            unit="天",
            direction=E.KpiDirection.DECREASE,
            baseline=5.0,
            target=1.5,
            owner_id=people[1].id,
            due=D(2026, 9, 30),
        )
        s.add(goal)
        s.flush()
        s.add(M.KpiMeasurement(goal_id=goal.id, day=D(2026, 4, 30), value=3.25, note="四月"))
        t1 = M.Task(
            name="准备阶段",
            kind=E.TaskKind.SUMMARY,
            seq=0,
            start=D(2026, 1, 5),
            finish=D(2026, 2, 27),
            duration=40,
        )
        s.add(t1)
        s.flush()
        t2 = M.Task(
            name="需求调研",
            parent_id=t1.id,
            seq=0,
            start=D(2026, 1, 5),
            finish=D(2026, 1, 23),
            duration=15,
            progress=100,
            owner_id=people[0].id,
            department_id=fin.id,
            deliverable="调研报告",
            notes="\t缩进备注",
        )
        t3 = M.Task(
            name="启动会",
            parent_id=t1.id,
            seq=1,
            kind=E.TaskKind.MILESTONE,
            start=D(2026, 1, 26),
            finish=D(2026, 1, 26),
            duration=0,
            constraint_type=E.ConstraintType.SNET,
            constraint_date=D(2026, 1, 26),
        )
        t4 = M.Task(
            name="实施阶段", kind=E.TaskKind.SUMMARY, phase=E.Phase.IMPLEMENT, seq=1, wave_id=w0.id
        )
        s.add_all([t2, t3, t4])
        s.flush()
        s.add_all(
            [
                M.Dependency(
                    predecessor_id=t2.id, successor_id=t3.id, type=E.DependencyType.FS, lag=2
                ),
                M.Dependency(
                    predecessor_id=t3.id, successor_id=t4.id, type=E.DependencyType.SS, lag=-1
                ),
            ]
        )
        s.add(M.RaciEntry(task_id=t2.id, stakeholder_id=sh.id, role=E.RaciRole.A))
        req = M.Requirement(
            department_id=fin.id,
            pain_point="报销审批慢",
            module=E.OaModule.FINANCE,
            priority=E.Priority.MUST,
            fit=E.Fit.CONFIGURATION,
            raised_by_id=people[0].id,
            raised_on=D(2026, 1, 10),
        )
        s.add(req)
        s.flush()
        s.add_all(
            [
                M.RequirementTask(requirement_id=req.id, task_id=t2.id),
                M.RequirementTask(requirement_id=req.id, task_id=t3.id),
            ]
        )
        s.add(
            M.Risk(
                title="员工抵触",
                category=E.RiskCategory.RESISTANCE,
                probability=4,
                impact=3,
                owner_id=people[1].id,
                mitigation="培训+激励",
                contingency="=延期上线",
                review_date=D(2026, 3, 1),
                task_id=t4.id,
            )
        )
        s.add(
            M.Communication(
                title="上线通知",
                channel=E.Channel.WECOM,
                audience="全员",
                milestone_id=t3.id,
                planned_date=D(2026, 1, 20),
                reach=1200,
            )
        )
        course = M.Course(
            name="OA 基础操作",
            tier=E.AudienceTier.END_USER,
            format=E.CourseFormat.HANDS_ON,
            duration_hours=1.5,
            pass_mark=60,
        )
        s.add(course)
        s.flush()
        sess = M.TrainingSession(
            course_id=course.id,
            starts_at=T(2026, 3, 3, 9, 30),
            ends_at=T(2026, 3, 3, 11, 0),
            location="https://meet/1",
            trainer_id=people[0].id,
            wave_id=w0.id,
        )
        s.add(sess)
        s.flush()
        s.add_all(
            [
                M.Enrollment(
                    session_id=sess.id,
                    person_id=people[0].id,
                    invited_on=D(2026, 2, 20),
                    attendance=E.Attendance.PRESENT,
                    score=87.5,
                    passed=True,
                    rating=5,
                ),
                M.Enrollment(session_id=sess.id, person_id=people[1].id),
            ]
        )
        ticket = M.Ticket(
            number="T-0001",
            title="无法登录",
            channel=E.TicketChannel.HOTLINE,
            priority=E.TicketPriority.P2,
            status=E.TicketStatus.RESOLVED,
            department_id=fin.id,
            reporter_id=people[0].id,
            assignee_id=people[2].id,
            module=E.OaModule.PORTAL,
            created_at=T(2026, 3, 31, 8, 15, 7),
            first_response_at=T(2026, 3, 31, 8, 40),
            resolved_at=T(2026, 3, 31, 12, 0),
        )
        s.add(ticket)
        s.flush()
        s.add(
            M.TicketEvent(
                ticket_id=ticket.id,
                at=T(2026, 3, 31, 8, 15, 7),
                kind=E.TicketEventKind.CREATED,
                actor_id=people[0].id,
            )
        )
        kb = M.KbArticle(
            question="忘记密码怎么办?",
            answer="点击“忘记密码”。",
            created_on=D(2026, 3, 1),
            views=7,
        )
        tags = [M.KbTag(name="登录"), M.KbTag(name="密码")]
        s.add_all([kb, *tags])
        s.flush()
        s.add_all([M.KbArticleTag(article_id=kb.id, tag_id=t.id) for t in tags])
        s.add(M.KbArticleTicket(article_id=kb.id, ticket_id=ticket.id))
        s.add(
            M.FeedbackRound(
                department_id=fin.id,
                day=D(2026, 4, 15),
                respondents=20,
                satisfaction=4.2,
                comments="整体满意",
            )
        )
        s.add(
            M.AdoptionSnapshot(
                department_id=fin.id,
                day=D(2026, 4, 30),
                active_users=18,
                total_users=20,
                online_approvals=340,
            )
        )
    return store


def dump_plan(store: PlanStore) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, sorted: equal dumps mean identical plans."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with store.read() as s:
        for table in M.CONTENT_TABLES:
            rows = s.execute(select(*content_columns(table))).all()
            out[table.name] = sorted((tuple(r) for r in rows), key=repr)
        out["plan"] = [
            tuple(r)
            for r in s.execute(
                text(
                    "SELECT name, organisation, oa_product, vendor, start_date, target_go_live,"
                    " description FROM plan"
                )
            )
        ]
    out.pop("plan_created", None)
    return out
