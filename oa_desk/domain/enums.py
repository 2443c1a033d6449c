"""Enumerations of the rollout domain.

Values are the stable English codes stored in the plan file and written to
Excel; the bilingual labels users see live in the gui (Qt translation) and in
the exchange layer's header tables.
"""

from __future__ import annotations

from enum import StrEnum


class Phase(StrEnum):
    PREPARE = "prepare"
    IMPLEMENT = "implement"
    OPTIMISE = "optimise"


class TaskKind(StrEnum):
    TASK = "task"
    SUMMARY = "summary"
    MILESTONE = "milestone"


class ConstraintType(StrEnum):
    ASAP = "asap"  # as soon as possible
    SNET = "snet"  # start no earlier than
    FNLT = "fnlt"  # finish no later than (a go-live date)
    MSO = "mso"  # must start on


class DependencyType(StrEnum):
    FS = "FS"
    SS = "SS"
    FF = "FF"
    SF = "SF"


class Readiness(StrEnum):
    NOT_STARTED = "not_started"
    PREPARING = "preparing"
    READY = "ready"
    LIVE = "live"
    STABLE = "stable"


class GateDecision(StrEnum):
    PENDING = "pending"
    GO = "go"
    GO_WITH_CONDITIONS = "conditional"
    NO_GO = "no_go"


class ReadinessKind(StrEnum):
    """A readiness checklist item of a department."""

    DATA_MIGRATION_SAMPLE = "data_migration_sample"  # migrated data checked on a sample
    ROLLBACK_PLAN = "rollback_plan"  # the rollback plan is written
    OPERATING_RULES = "operating_rules"  # the operating rules are published
    CUSTOM = "custom"


class AudienceTier(StrEnum):
    LEADERSHIP = "leadership"
    KEY_USER = "key_user"  # key users and department admins ("little experts")
    END_USER = "end_user"


class TeamRole(StrEnum):
    SPONSOR = "sponsor"
    STEERING = "steering"
    PMO = "pmo"
    IT = "it"
    BUSINESS_LEAD = "business_lead"
    HR = "hr"
    KEY_USER = "key_user"  # 信息专员
    VENDOR = "vendor"


class Engagement(StrEnum):
    UNAWARE = "unaware"
    RESISTANT = "resistant"
    NEUTRAL = "neutral"
    SUPPORTIVE = "supportive"
    LEADING = "leading"


class Cadence(StrEnum):
    WEEKLY = "weekly"
    BIWEEKLY = "biweekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    AS_NEEDED = "as_needed"


class KpiCategory(StrEnum):
    EFFICIENCY = "efficiency"
    ADOPTION = "adoption"
    PAPERLESS = "paperless"
    SATISFACTION = "satisfaction"
    QUALITY = "quality"
    COST = "cost"


class KpiDirection(StrEnum):
    INCREASE = "increase"
    DECREASE = "decrease"


class OaModule(StrEnum):
    WORKFLOW = "workflow"
    DOCUMENTS = "documents"
    MEETINGS = "meetings"
    NOTICES = "notices"
    ATTENDANCE = "attendance"
    CONTRACTS = "contracts"
    ASSETS = "assets"
    FINANCE = "finance"
    PORTAL = "portal"
    MOBILE = "mobile"
    OTHER = "other"


class Priority(StrEnum):
    """MoSCoW priority of a requirement."""

    MUST = "must"
    SHOULD = "should"
    COULD = "could"
    WONT = "wont"


class Fit(StrEnum):
    STANDARD = "standard"
    CONFIGURATION = "configuration"
    CUSTOMISATION = "customisation"
    GAP = "gap"


class RequirementStatus(StrEnum):
    NEW = "new"
    ANALYSING = "analysing"
    ACCEPTED = "accepted"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DEFERRED = "deferred"
    REJECTED = "rejected"


class RaciRole(StrEnum):
    R = "R"
    A = "A"
    C = "C"
    I = "I"  # noqa: E741 - the RACI letter


class RiskCategory(StrEnum):
    RESISTANCE = "resistance"
    TECHNICAL = "technical"
    DATA_MIGRATION = "data_migration"
    INTEGRATION = "integration"
    RESOURCES = "resources"
    SCHEDULE = "schedule"
    VENDOR = "vendor"
    SECURITY = "security"
    OTHER = "other"


class RiskStatus(StrEnum):
    OPEN = "open"
    MONITORING = "monitoring"
    MITIGATED = "mitigated"
    OCCURRED = "occurred"
    CLOSED = "closed"


class Channel(StrEnum):
    EMAIL = "email"
    BULLETIN = "bulletin"
    INTRANET = "intranet"
    WECHAT = "wechat"
    WECOM = "wecom"
    DINGTALK = "dingtalk"
    MEETING = "meeting"
    POSTER = "poster"
    VIDEO = "video"


class CommStatus(StrEnum):
    PLANNED = "planned"
    PREPARED = "prepared"
    PUBLISHED = "published"
    DONE = "done"
    CANCELLED = "cancelled"


class CourseFormat(StrEnum):
    LECTURE = "lecture"
    SMALL_CLASS = "small_class"
    VIDEO = "video"
    MANUAL = "manual"
    FAQ = "faq"
    HANDS_ON = "hands_on"


class SessionStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class Attendance(StrEnum):
    PRESENT = "present"
    LATE = "late"
    EXCUSED = "excused"
    ABSENT = "absent"


class TicketType(StrEnum):
    QUESTION = "question"
    INCIDENT = "incident"
    BUG = "bug"
    ACCESS = "access"
    DATA = "data"
    CHANGE_REQUEST = "change_request"
    SUGGESTION = "suggestion"


class TicketChannel(StrEnum):
    HOTLINE = "hotline"
    EMAIL = "email"
    ON_SITE = "on_site"
    IM = "im"
    SURVEY = "survey"


class TicketPriority(StrEnum):
    P1 = "P1"  # urgent: business stopped
    P2 = "P2"  # high
    P3 = "P3"  # normal
    P4 = "P4"  # low


class TicketStatus(StrEnum):
    NEW = "new"
    ASSIGNED = "assigned"
    IN_PROGRESS = "in_progress"
    WAITING = "waiting"  # waiting for the reporter
    RESOLVED = "resolved"
    CLOSED = "closed"

    @property
    def is_open(self) -> bool:
        return self not in (TicketStatus.RESOLVED, TicketStatus.CLOSED)


OPEN_TICKET_STATUSES: tuple[TicketStatus, ...] = tuple(s for s in TicketStatus if s.is_open)


class TicketEventKind(StrEnum):
    CREATED = "created"
    ASSIGNED = "assigned"
    STATUS = "status"
    PRIORITY = "priority"
    COMMENT = "comment"
    FIELD = "field"  # another field changed: old_value names it, comment holds "old → new"
    LINK = "link"  # turned into (linked to) a task, a risk or a training need


class FeedbackChannel(StrEnum):
    QUESTIONNAIRE = "questionnaire"
    FORUM = "forum"
    INTERVIEW = "interview"
    WORKSHOP = "workshop"


# Service-level targets per ticket priority: hours to first response, hours to resolution.
SLA_HOURS: dict[TicketPriority, tuple[float, float]] = {
    TicketPriority.P1: (0.5, 4.0),
    TicketPriority.P2: (2.0, 24.0),
    TicketPriority.P3: (8.0, 72.0),
    TicketPriority.P4: (24.0, 240.0),
}


class DaySource(StrEnum):
    """Where a calendar exception came from (stored with it, shown beside it)."""

    PRESET = "preset"  # a country preset: the holidays package, China's make-up table
    USER = "user"  # typed (or last edited) by hand
    IMPORT = "import"  # an imported holiday list (.ics calendar, sheet or CSV)


class TrainingNeedStatus(StrEnum):
    """A need for (re)training found in support or adoption: open until sessions cover it."""

    OPEN = "open"
    PLANNED = "planned"  # people enrolled or a session planned for it
    DONE = "done"
    DROPPED = "dropped"
