"""The plan file's schema: SQLAlchemy 2 typed models of DESIGN.md's domain model.

Enumerations are stored as their string codes with a CHECK constraint, ranges
(1-5 scores, percentages) are checked by the database, and the indexes are the
ones the views' lookups need (by parent, by department, by status, by date).
Changing anything here needs a new Alembic migration in ``store/migrations``.
Every CHECK constraint and index is SQL that SQLite and PostgreSQL both accept.

Rules the schema states (revision 0003):

* **Deleting a department.** A department can be deleted only when nothing is
  in it: no sub-departments, no people, and no recorded history (adoption
  snapshots, feedback rounds, support tickets). The database refuses anything
  else (``ON DELETE RESTRICT``): move or delete what is in it first, so nothing
  cascades away and no one silently loses their department. Plan items that
  only mention it (tasks, requirements) stay and lose the reference
  (``SET NULL``).
* **Sibling departments have different names** (one unique index over the
  parent and the name that also covers top-level departments,
  ``uq_department_sibling_name``), so a department path names one department.
* **Pilot and planned go-live belong to the wave.** ``wave.is_pilot`` and
  ``wave.planned_go_live`` are the only copies; a department is a pilot
  department and plans to go live when its wave does. Each department keeps
  its own ``actual_go_live`` (departments of one wave may go live days apart).
* **Points in time are timezone-aware** (:class:`~oa_desk.store.types.UtcDateTime`:
  stored in UTC, read back aware). Training session times are wall-clock times
  of the place they happen and stay naive.
* **Knowledge-base tags are a table** (``kb_tag``, linked by ``kb_article_tag``).
* **Calendar exception days say where they came from** (``source``: a preset,
  typed by the user, or imported from a holiday list).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    event,
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from oa_desk.domain.calendar import DaySource
from oa_desk.domain.enums import (
    Attendance,
    AudienceTier,
    Cadence,
    Channel,
    CommStatus,
    ConstraintType,
    CourseFormat,
    DependencyType,
    Engagement,
    Fit,
    GateDecision,
    KpiCategory,
    KpiDirection,
    OaModule,
    Phase,
    Priority,
    RaciRole,
    Readiness,
    ReadinessKind,
    RequirementStatus,
    RiskCategory,
    RiskStatus,
    SessionStatus,
    TaskKind,
    TeamRole,
    TrainingNeedStatus,
)
from oa_desk.store.derived import person_keys
from oa_desk.store.model_base import Base as Base
from oa_desk.store.types import UtcDateTime, enum_type, fk, score_check


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Calendar(Base):
    __tablename__ = "calendar"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    # Seven characters Monday..Sunday, "1" for a working day: "1111100".
    working_weekdays: Mapped[str] = mapped_column(String(7), default="1111100")
    # Code of the holidays-package preset the exceptions came from ("CN", "US"...).
    preset: Mapped[str | None] = mapped_column(String(10))
    __table_args__ = (
        CheckConstraint(
            "length(working_weekdays) = 7"
            " AND replace(replace(working_weekdays, '0', ''), '1', '') = ''",
            name="weekdays_mask",
        ),
    )


class CalendarException(Base):
    """A holiday (working = false) or a make-up working day (调休, working = true)."""

    __tablename__ = "calendar_exception"
    id: Mapped[int] = mapped_column(primary_key=True)
    calendar_id: Mapped[int] = mapped_column(fk("calendar.id", cascade=True))
    day: Mapped[dt.date] = mapped_column(Date)
    working: Mapped[bool] = mapped_column(Boolean, default=False)
    name: Mapped[str] = mapped_column(String(100), default="")
    # Where the day came from: a preset, typed by the user, or an imported list.
    source: Mapped[DaySource] = mapped_column(
        enum_type(DaySource, "day_source"),
        default=DaySource.USER,
        server_default=DaySource.USER.value,
    )
    __table_args__ = (UniqueConstraint("calendar_id", "day"),)


class Plan(Base):
    """The one row describing the rollout this file plans."""

    __tablename__ = "plan"
    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    oa_product: Mapped[str] = mapped_column(String(200), default="")
    vendor: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    target_go_live: Mapped[dt.date | None] = mapped_column(Date)
    calendar_id: Mapped[int | None] = mapped_column(fk("calendar.id"))
    description: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=_now)
    # The day the plan is reported "as of" (late, overdue, health, the report);
    # None follows today.
    status_date: Mapped[dt.date | None] = mapped_column(Date)
    # The highest ticket number ever issued: numbers are never given twice.
    ticket_counter: Mapped[int] = mapped_column(
        Integer, default=0, server_default="0", sort_order=100
    )
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint(
            "start_date IS NULL OR target_go_live IS NULL OR start_date <= target_go_live",
            name="dates_order",
        ),
    )


class Wave(Base):
    """The pilot (order 0) and the department waves after it.

    The wave owns the pilot flag and the planned go-live of its departments.
    """

    __tablename__ = "wave"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    seq: Mapped[int] = mapped_column(Integer, default=0)
    is_pilot: Mapped[bool] = mapped_column(Boolean, default=False)
    planned_start: Mapped[dt.date | None] = mapped_column(Date)
    planned_go_live: Mapped[dt.date | None] = mapped_column(Date)
    actual_go_live: Mapped[dt.date | None] = mapped_column(Date)
    gate_criteria: Mapped[str] = mapped_column(Text, default="")
    gate_decision: Mapped[GateDecision] = mapped_column(
        enum_type(GateDecision), default=GateDecision.PENDING
    )
    gate_date: Mapped[dt.date | None] = mapped_column(Date)
    gate_notes: Mapped[str] = mapped_column(Text, default="")


class Department(Base):
    """A unit of the organisation tree. Its pilot flag and planned go-live are its
    wave's; deleting it is refused while anything is in it (see the module notes)."""

    __tablename__ = "department"
    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(fk("department.id", restrict=True), index=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(100))
    code: Mapped[str] = mapped_column(String(50), default="")
    # department <-> person is a cycle; use_alter lets metadata sort the tables.
    head_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL", use_alter=True)
    )
    headcount: Mapped[int] = mapped_column(Integer, default=0)
    wave_id: Mapped[int | None] = mapped_column(fk("wave.id"), index=True)
    readiness: Mapped[Readiness] = mapped_column(
        enum_type(Readiness), default=Readiness.NOT_STARTED
    )
    actual_go_live: Mapped[dt.date | None] = mapped_column(Date)
    __table_args__ = (
        CheckConstraint("headcount >= 0", name="headcount_positive"),
        CheckConstraint("parent_id IS NULL OR parent_id <> id", name="not_own_parent"),
        # One index for siblings under a parent and for top-level departments
        # (NULL parents, which a plain UNIQUE would treat as all different).
        Index(
            "uq_department_sibling_name",
            func.coalesce(text("parent_id"), 0),
            "name",
            unique=True,
        ),
    )


class Person(Base):
    """An employee of the roster. Employee numbers are text: leading zeros are kept."""

    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    employee_no: Mapped[str] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(100), index=True)
    department_id: Mapped[int | None] = mapped_column(
        fk("department.id", restrict=True), index=True
    )
    title: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    tier: Mapped[AudienceTier] = mapped_column(
        enum_type(AudienceTier), default=AudienceTier.END_USER, index=True
    )
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Search keys of the name (domain.pinyin): 张三 -> "zhangsan", "zs". Kept by the
    # store on every write path (store/derived.py); never typed by a user.
    name_pinyin: Mapped[str] = mapped_column(String(100), default="", server_default="", index=True)
    name_initials: Mapped[str] = mapped_column(
        String(30), default="", server_default="", index=True
    )


class TeamMember(Base):
    __tablename__ = "team_member"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(fk("person.id", cascade=True), index=True)
    role: Mapped[TeamRole] = mapped_column(enum_type(TeamRole))
    responsibilities: Mapped[str] = mapped_column(Text, default="")
    allocation: Mapped[int] = mapped_column(Integer, default=100)  # percent of their time
    __table_args__ = (
        UniqueConstraint("person_id", "role"),
        CheckConstraint("allocation BETWEEN 0 AND 100", name="allocation_range"),
    )


class Stakeholder(Base):
    """A person of the roster or an external party, with engagement and ADKAR scores."""

    __tablename__ = "stakeholder"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int | None] = mapped_column(fk("person.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    influence: Mapped[int] = mapped_column(Integer, default=3)
    interest: Mapped[int] = mapped_column(Integer, default=3)
    current_engagement: Mapped[Engagement] = mapped_column(
        enum_type(Engagement, "current_engagement"), default=Engagement.NEUTRAL
    )
    desired_engagement: Mapped[Engagement] = mapped_column(
        enum_type(Engagement, "desired_engagement"), default=Engagement.SUPPORTIVE
    )
    adkar_awareness: Mapped[int | None] = mapped_column(Integer)
    adkar_desire: Mapped[int | None] = mapped_column(Integer)
    adkar_knowledge: Mapped[int | None] = mapped_column(Integer)
    adkar_ability: Mapped[int | None] = mapped_column(Integer)
    adkar_reinforcement: Mapped[int | None] = mapped_column(Integer)
    strategy: Mapped[str] = mapped_column(Text, default="")
    cadence: Mapped[Cadence] = mapped_column(enum_type(Cadence), default=Cadence.MONTHLY)
    last_contact: Mapped[dt.date | None] = mapped_column(Date)
    # The register's PMBOK fields (revision 0010: added after the scores).
    position: Mapped[str] = mapped_column(String(100), default="", server_default="")
    project_role: Mapped[str] = mapped_column(String(100), default="", server_default="")
    expectations: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Outside the organisation (a vendor, a consultant): need not be on the roster.
    external: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    __table_args__ = (
        score_check("influence"),
        score_check("interest"),
        score_check("adkar_awareness"),
        score_check("adkar_desire"),
        score_check("adkar_knowledge"),
        score_check("adkar_ability"),
        score_check("adkar_reinforcement"),
    )


class Goal(Base):
    """A goal with its KPI: baseline, target and the measured actuals."""

    __tablename__ = "goal"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[KpiCategory] = mapped_column(enum_type(KpiCategory))
    unit: Mapped[str] = mapped_column(String(30), default="")
    direction: Mapped[KpiDirection] = mapped_column(
        enum_type(KpiDirection), default=KpiDirection.INCREASE
    )
    baseline: Mapped[float | None] = mapped_column(Float)
    target: Mapped[float | None] = mapped_column(Float)
    owner_id: Mapped[int | None] = mapped_column(fk("person.id"))
    due: Mapped[dt.date | None] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text, default="")


class KpiMeasurement(Base):
    __tablename__ = "kpi_measurement"
    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(fk("goal.id", cascade=True))
    day: Mapped[dt.date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (UniqueConstraint("goal_id", "day"),)


class Task(Base):
    """A WBS node: summary, task or milestone. Durations are in working days."""

    __tablename__ = "task"
    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(fk("task.id", cascade=True))
    seq: Mapped[int] = mapped_column(Integer, default=0)  # order among siblings
    name: Mapped[str] = mapped_column(String(300))
    phase: Mapped[Phase] = mapped_column(enum_type(Phase), default=Phase.PREPARE)
    kind: Mapped[TaskKind] = mapped_column(enum_type(TaskKind), default=TaskKind.TASK)
    start: Mapped[dt.date | None] = mapped_column(Date)
    finish: Mapped[dt.date | None] = mapped_column(Date)
    duration: Mapped[int] = mapped_column(Integer, default=1)
    progress: Mapped[int] = mapped_column(Integer, default=0)  # percent
    owner_id: Mapped[int | None] = mapped_column(fk("person.id"), index=True)
    department_id: Mapped[int | None] = mapped_column(fk("department.id"), index=True)
    wave_id: Mapped[int | None] = mapped_column(fk("wave.id"), index=True)
    deliverable: Mapped[str] = mapped_column(Text, default="")
    acceptance: Mapped[str] = mapped_column(Text, default="")  # acceptance criteria / KPI
    constraint_type: Mapped[ConstraintType] = mapped_column(
        enum_type(ConstraintType), default=ConstraintType.ASAP
    )
    constraint_date: Mapped[dt.date | None] = mapped_column(Date)
    # The baselines' dates are in baseline_task; which one is shown is a view setting.
    notes: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (
        Index("ix_task_parent_seq", "parent_id", "seq"),
        Index("ix_task_start", "start"),
        CheckConstraint("progress BETWEEN 0 AND 100", name="progress_range"),
        CheckConstraint("duration >= 0", name="duration_positive"),
        CheckConstraint("kind <> 'milestone' OR duration = 0", name="milestone_zero"),
        CheckConstraint("start IS NULL OR finish IS NULL OR start <= finish", name="dates_order"),
        CheckConstraint(
            "constraint_type = 'asap' OR constraint_date IS NOT NULL", name="constraint_dated"
        ),
        CheckConstraint("parent_id IS NULL OR parent_id <> id", name="not_own_parent"),
    )


class Dependency(Base):
    """Predecessor -> successor link; lag in working days, negative for a lead."""

    __tablename__ = "dependency"
    id: Mapped[int] = mapped_column(primary_key=True)
    predecessor_id: Mapped[int] = mapped_column(fk("task.id", cascade=True))
    successor_id: Mapped[int] = mapped_column(fk("task.id", cascade=True), index=True)
    type: Mapped[DependencyType] = mapped_column(
        enum_type(DependencyType), default=DependencyType.FS
    )
    lag: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (
        UniqueConstraint("predecessor_id", "successor_id"),
        CheckConstraint("predecessor_id <> successor_id", name="not_self"),
    )


class Baseline(Base):
    """A named snapshot of the plan's dates; several may be kept (revision 0002)."""

    __tablename__ = "baseline"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=_now)


class BaselineTask(Base):
    """One task's dates in a baseline (inclusive finish, as in ``task``)."""

    __tablename__ = "baseline_task"
    baseline_id: Mapped[int] = mapped_column(fk("baseline.id", cascade=True), primary_key=True)
    task_id: Mapped[int] = mapped_column(fk("task.id", cascade=True), primary_key=True, index=True)
    start: Mapped[dt.date | None] = mapped_column(Date)
    finish: Mapped[dt.date | None] = mapped_column(Date)
    __table_args__ = (
        CheckConstraint("start IS NULL OR finish IS NULL OR start <= finish", name="dates_order"),
    )


class RaciEntry(Base):
    """Task x stakeholder: R, A, C or I. At most one A per task (the database checks)."""

    __tablename__ = "raci_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(fk("task.id", cascade=True))
    stakeholder_id: Mapped[int] = mapped_column(fk("stakeholder.id", cascade=True), index=True)
    role: Mapped[RaciRole] = mapped_column(enum_type(RaciRole))
    __table_args__ = (
        UniqueConstraint("task_id", "stakeholder_id"),
        Index(
            "uq_raci_entry_one_accountable",
            "task_id",
            unique=True,
            sqlite_where=text("role = 'A'"),
            postgresql_where=text("role = 'A'"),
        ),
    )


class Requirement(Base):
    """A department's pain point, the OA module that answers it and how well it fits."""

    __tablename__ = "requirement"
    id: Mapped[int] = mapped_column(primary_key=True)
    department_id: Mapped[int | None] = mapped_column(fk("department.id"), index=True)
    pain_point: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    module: Mapped[OaModule] = mapped_column(enum_type(OaModule), default=OaModule.WORKFLOW)
    priority: Mapped[Priority] = mapped_column(enum_type(Priority), default=Priority.SHOULD)
    fit: Mapped[Fit] = mapped_column(enum_type(Fit), default=Fit.STANDARD)
    status: Mapped[RequirementStatus] = mapped_column(
        enum_type(RequirementStatus), default=RequirementStatus.NEW, index=True
    )
    raised_by_id: Mapped[int | None] = mapped_column(fk("person.id"))
    raised_on: Mapped[dt.date | None] = mapped_column(Date)
    # Since 0013: what was decided about it (configure, build, defer, reject...).
    decision: Mapped[str] = mapped_column(Text, default="", server_default="", sort_order=100)


class RequirementTask(Base):
    """Which tasks deliver a requirement."""

    __tablename__ = "requirement_task"
    requirement_id: Mapped[int] = mapped_column(
        fk("requirement.id", cascade=True), primary_key=True
    )
    task_id: Mapped[int] = mapped_column(fk("task.id", cascade=True), primary_key=True, index=True)


class Risk(Base):
    __tablename__ = "risk"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[RiskCategory] = mapped_column(enum_type(RiskCategory))
    probability: Mapped[int] = mapped_column(Integer, default=3)
    impact: Mapped[int] = mapped_column(Integer, default=3)
    owner_id: Mapped[int | None] = mapped_column(fk("person.id"))
    trigger: Mapped[str] = mapped_column(Text, default="")
    mitigation: Mapped[str] = mapped_column(Text, default="")
    contingency: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[RiskStatus] = mapped_column(
        enum_type(RiskStatus), default=RiskStatus.OPEN, index=True
    )
    review_date: Mapped[dt.date | None] = mapped_column(Date)
    task_id: Mapped[int | None] = mapped_column(fk("task.id"), index=True)
    raised_on: Mapped[dt.date | None] = mapped_column(Date)
    __table_args__ = (score_check("probability"), score_check("impact"))


class Communication(Base):
    """A publicity item of the communication plan."""

    __tablename__ = "communication"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    channel: Mapped[Channel] = mapped_column(enum_type(Channel))
    audience: Mapped[str] = mapped_column(String(200), default="")
    message: Mapped[str] = mapped_column(Text, default="")
    milestone_id: Mapped[int | None] = mapped_column(fk("task.id"), index=True)
    planned_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    actual_date: Mapped[dt.date | None] = mapped_column(Date)
    owner_id: Mapped[int | None] = mapped_column(fk("person.id"))
    status: Mapped[CommStatus] = mapped_column(enum_type(CommStatus), default=CommStatus.PLANNED)
    reach: Mapped[int | None] = mapped_column(Integer)
    # Since 0013: calendar days from the linked milestone (negative: before it);
    # set, the planned date follows the milestone when it moves.
    offset_days: Mapped[int | None] = mapped_column(Integer, sort_order=100)
    __table_args__ = (CheckConstraint("reach IS NULL OR reach >= 0", name="reach_positive"),)


class Course(Base):
    __tablename__ = "course"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    tier: Mapped[AudienceTier] = mapped_column(enum_type(AudienceTier))
    format: Mapped[CourseFormat] = mapped_column(enum_type(CourseFormat))
    duration_hours: Mapped[float] = mapped_column(Float, default=2.0)
    pass_mark: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text, default="")
    # Since 0011: the OA modules it covers, where its materials are, what to take first.
    modules: Mapped[str] = mapped_column(String(300), default="", server_default="")
    materials_url: Mapped[str] = mapped_column(String(500), default="", server_default="")
    prerequisites: Mapped[str] = mapped_column(String(500), default="", server_default="")
    __table_args__ = (
        CheckConstraint("duration_hours > 0", name="duration_positive"),
        CheckConstraint("pass_mark IS NULL OR pass_mark BETWEEN 0 AND 100", name="pass_range"),
    )


class CoursePrerequisite(Base):
    """Since 0016: a course to pass before another (``course_id`` requires
    ``prerequisite_id``); the "no training, no account" rule counts it as required
    too. Deleted with either course."""

    __tablename__ = "course_prerequisite"
    course_id: Mapped[int] = mapped_column(fk("course.id", cascade=True), primary_key=True)
    prerequisite_id: Mapped[int] = mapped_column(
        fk("course.id", cascade=True), primary_key=True, index=True
    )
    __table_args__ = (CheckConstraint("course_id <> prerequisite_id", name="not_itself"),)


class TrainingSession(Base):
    """A session of a course. Its times are the wall-clock times of the place it is
    held (naive): 09:00 in the Shanghai office stays 09:00 for whoever looks."""

    __tablename__ = "training_session"
    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(fk("course.id", cascade=True), index=True)
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    ends_at: Mapped[dt.datetime] = mapped_column(DateTime)
    location: Mapped[str] = mapped_column(String(200), default="")  # room or meeting link
    trainer_id: Mapped[int | None] = mapped_column(fk("person.id"))
    capacity: Mapped[int] = mapped_column(Integer, default=30)
    wave_id: Mapped[int | None] = mapped_column(fk("wave.id"))
    status: Mapped[SessionStatus] = mapped_column(  # since 0011
        enum_type(SessionStatus), default=SessionStatus.PLANNED, server_default="planned"
    )
    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="times_order"),
        CheckConstraint("capacity > 0", name="capacity_positive"),
    )


class Enrollment(Base):
    __tablename__ = "enrollment"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(fk("training_session.id", cascade=True))
    person_id: Mapped[int] = mapped_column(fk("person.id", cascade=True))
    invited_on: Mapped[dt.date | None] = mapped_column(Date)
    attendance: Mapped[Attendance | None] = mapped_column(enum_type(Attendance))
    score: Mapped[float | None] = mapped_column(Float)
    passed: Mapped[bool | None] = mapped_column(Boolean)
    rating: Mapped[int | None] = mapped_column(Integer)
    # Since 0011: on the waiting list (enrolled when the session was full).
    waitlisted: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    __table_args__ = (
        UniqueConstraint("session_id", "person_id"),
        # Since 0016, instead of one on person_id alone: coverage reads every attended
        # enrollment in person order from the index, never from the table.
        Index("ix_enrollment_person_cover", "person_id", "attendance", "session_id", "passed"),
        score_check("rating"),
        CheckConstraint("score IS NULL OR score BETWEEN 0 AND 100", name="score_range"),
    )


class TrainingNeed(Base):
    """A need for (re)training: from a support ticket, a low adoption figure, a gate.

    Training turns it into enrollments (by rule: a tier, departments); support
    and adoption create it. Its references are only pointers: deleting a
    department, person, course or ticket leaves the need, unassigned.
    """

    __tablename__ = "training_need"
    id: Mapped[int] = mapped_column(primary_key=True)
    department_id: Mapped[int | None] = mapped_column(fk("department.id"), index=True)
    person_id: Mapped[int | None] = mapped_column(fk("person.id"), index=True)
    tier: Mapped[AudienceTier | None] = mapped_column(enum_type(AudienceTier, "need_tier"))
    course_id: Mapped[int | None] = mapped_column(fk("course.id"))
    ticket_id: Mapped[int | None] = mapped_column(fk("ticket.id"), index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[TrainingNeedStatus] = mapped_column(
        enum_type(TrainingNeedStatus), default=TrainingNeedStatus.OPEN, index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=_now)


class AdoptionSnapshot(Base):
    """Usage figures per department and day, from the OA system's usage export."""

    __tablename__ = "adoption_snapshot"
    id: Mapped[int] = mapped_column(primary_key=True)
    department_id: Mapped[int] = mapped_column(fk("department.id", restrict=True))
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    active_users: Mapped[int] = mapped_column(Integer, default=0)
    total_users: Mapped[int] = mapped_column(Integer, default=0)
    online_approvals: Mapped[int] = mapped_column(Integer, default=0)
    # Since 0013, when the export has them: users active in the 7 and 30 days up to
    # the day (stickiness) and every approval of the day, online or on paper.
    weekly_active: Mapped[int | None] = mapped_column(Integer, sort_order=100)
    monthly_active: Mapped[int | None] = mapped_column(Integer, sort_order=100)
    total_approvals: Mapped[int | None] = mapped_column(Integer, sort_order=100)
    __table_args__ = (
        UniqueConstraint("department_id", "day"),
        CheckConstraint(
            "active_users >= 0 AND total_users >= 0 AND online_approvals >= 0",
            name="counts_positive",
        ),
        CheckConstraint("active_users <= total_users", name="active_within_total"),
    )


class ReadinessItem(Base):
    """A department's readiness checklist item before go-live (its gate counts them)."""

    __tablename__ = "readiness_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    department_id: Mapped[int] = mapped_column(fk("department.id", cascade=True), index=True)
    kind: Mapped[ReadinessKind] = mapped_column(enum_type(ReadinessKind))
    title: Mapped[str] = mapped_column(String(200), default="")
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_by_id: Mapped[int | None] = mapped_column(fk("person.id"))
    done_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)


class WaveGate(Base):
    """A wave's go/no-go thresholds (domain.gates.Thresholds); no row: the defaults."""

    __tablename__ = "wave_gate"
    id: Mapped[int] = mapped_column(primary_key=True)
    wave_id: Mapped[int] = mapped_column(fk("wave.id", cascade=True), unique=True)
    trained_go: Mapped[int] = mapped_column(Integer, default=90)
    trained_nogo: Mapped[int] = mapped_column(Integer, default=70)
    key_users_go: Mapped[int] = mapped_column(Integer, default=1)
    tickets_go: Mapped[int] = mapped_column(Integer, default=0)
    tickets_nogo: Mapped[int] = mapped_column(Integer, default=3)
    items_go: Mapped[int] = mapped_column(Integer, default=100)
    items_nogo: Mapped[int] = mapped_column(Integer, default=50)
    __table_args__ = (
        CheckConstraint("trained_go BETWEEN 0 AND 100", name="trained_go_range"),
        CheckConstraint("trained_nogo BETWEEN 0 AND 100", name="trained_nogo_range"),
        CheckConstraint("items_go BETWEEN 0 AND 100", name="items_go_range"),
        CheckConstraint("items_nogo BETWEEN 0 AND 100", name="items_nogo_range"),
        CheckConstraint("key_users_go >= 1", name="key_users_go_positive"),
        CheckConstraint("tickets_go >= 0 AND tickets_nogo >= 1", name="tickets_positive"),
    )


class GateReview(Base):
    """The go/no-go decision taken on a department's gate: what, when and who."""

    __tablename__ = "gate_review"
    id: Mapped[int] = mapped_column(primary_key=True)
    department_id: Mapped[int] = mapped_column(fk("department.id", cascade=True), unique=True)
    decision: Mapped[GateDecision] = mapped_column(
        enum_type(GateDecision, "gate_review_decision"), default=GateDecision.PENDING
    )
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    decided_by: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class Activity(Base):
    """One unit of work: who (the OS user on a file, the server user on a team plan),
    when, and what (the intent's text, the tables it wrote)."""

    __tablename__ = "activity"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime, index=True)
    user_name: Mapped[str] = mapped_column(String(100), default="")
    intent: Mapped[str] = mapped_column(String(300), default="")
    tables: Mapped[str] = mapped_column(String(500), default="")


class ActivityItem(Base):
    """A row a unit of work inserted, changed or deleted (its table and id)."""

    __tablename__ = "activity_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(fk("activity.id", cascade=True), index=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[int] = mapped_column(Integer)
    __table_args__ = (Index("ix_activity_item_row", "table_name", "row_id"),)


# The support tables live in their own module; imported here so that every table is
# on Base.metadata and reachable as models.<Name>.
from oa_desk.store import models_support as _support  # noqa: E402 (after the tables it refers to)

FeedbackRound = _support.FeedbackRound
KbArticle = _support.KbArticle
KbArticleTag = _support.KbArticleTag
KbArticleTicket = _support.KbArticleTicket
KbTag = _support.KbTag
Ticket = _support.Ticket
TicketEvent = _support.TicketEvent

# Every table of the plan, parents before children (the order bulk writers use).
TABLES = tuple(Base.metadata.sorted_tables)
# The log of who did what: it grows with every unit of work, and undo leaves it so.
AUDIT_TABLES = frozenset({"activity", "activity_item"})
# The tables of the plan's content: what an undo restores exactly (its rows, though
# every row_version moves on).
CONTENT_TABLES = tuple(t for t in TABLES if t.name not in AUDIT_TABLES)


@event.listens_for(Person, "before_insert")
@event.listens_for(Person, "before_update")
def _person_keys(_mapper: object, _conn: object, person: Person) -> None:
    """The columns the store derives on every write (store/derived.py), on the ORM path."""
    for key, value in person_keys({"name": person.name}).items():
        setattr(person, key, value)
