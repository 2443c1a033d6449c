"""The People feature's words: enumeration labels and its refusals, in the UI's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from oa_desk.domain.enums import (
    AudienceTier,
    Engagement,
    GateDecision,
    Readiness,
    ReadinessKind,
    TeamRole,
    TicketPriority,
    TicketStatus,
)
from oa_desk.domain.gates import Criterion, CriterionResult, GateColour, Verdict
from oa_desk.gui import messages

translate = QCoreApplication.translate


def tier_label(tier: AudienceTier) -> str:
    return {
        AudienceTier.LEADERSHIP: translate("PeopleTexts", "leadership"),
        AudienceTier.KEY_USER: translate("PeopleTexts", "key user"),
        AudienceTier.END_USER: translate("PeopleTexts", "end user"),
    }[tier]


def role_label(role: TeamRole) -> str:
    return {
        TeamRole.SPONSOR: translate("PeopleTexts", "sponsor"),
        TeamRole.STEERING: translate("PeopleTexts", "steering committee"),
        TeamRole.PMO: translate("PeopleTexts", "PMO"),
        TeamRole.IT: translate("PeopleTexts", "IT"),
        TeamRole.BUSINESS_LEAD: translate("PeopleTexts", "business lead"),
        TeamRole.HR: translate("PeopleTexts", "HR"),
        TeamRole.KEY_USER: translate("PeopleTexts", "key user"),
        TeamRole.VENDOR: translate("PeopleTexts", "vendor"),
    }[role]


def engagement_label(level: Engagement) -> str:
    return {
        Engagement.UNAWARE: translate("PeopleTexts", "unaware"),
        Engagement.RESISTANT: translate("PeopleTexts", "resistant"),
        Engagement.NEUTRAL: translate("PeopleTexts", "neutral"),
        Engagement.SUPPORTIVE: translate("PeopleTexts", "supportive"),
        Engagement.LEADING: translate("PeopleTexts", "leading"),
    }[level]


def readiness_label(value: Readiness) -> str:
    return {
        Readiness.NOT_STARTED: translate("PeopleTexts", "not started"),
        Readiness.PREPARING: translate("PeopleTexts", "preparing"),
        Readiness.READY: translate("PeopleTexts", "ready"),
        Readiness.LIVE: translate("PeopleTexts", "live"),
        Readiness.STABLE: translate("PeopleTexts", "stable"),
    }[value]


def decision_label(value: GateDecision) -> str:
    return {
        GateDecision.PENDING: translate("PeopleTexts", "pending"),
        GateDecision.GO: translate("PeopleTexts", "go"),
        GateDecision.GO_WITH_CONDITIONS: translate("PeopleTexts", "go with conditions"),
        GateDecision.NO_GO: translate("PeopleTexts", "no-go"),
    }[value]


def ticket_status_label(value: TicketStatus) -> str:
    return {
        TicketStatus.NEW: translate("PeopleTexts", "new"),
        TicketStatus.ASSIGNED: translate("PeopleTexts", "assigned"),
        TicketStatus.IN_PROGRESS: translate("PeopleTexts", "in progress"),
        TicketStatus.WAITING: translate("PeopleTexts", "waiting"),
        TicketStatus.RESOLVED: translate("PeopleTexts", "resolved"),
        TicketStatus.CLOSED: translate("PeopleTexts", "closed"),
    }[value]


def priority_label(value: TicketPriority) -> str:
    return value.value


def item_kind_label(kind: ReadinessKind) -> str:
    return {
        ReadinessKind.DATA_MIGRATION_SAMPLE: translate(
            "PeopleTexts", "Data migration checked on a sample"
        ),
        ReadinessKind.ROLLBACK_PLAN: translate("PeopleTexts", "Rollback plan written"),
        ReadinessKind.OPERATING_RULES: translate("PeopleTexts", "Operating rules published"),
        ReadinessKind.CUSTOM: translate("PeopleTexts", "Other item"),
    }[kind]


def colour_label(colour: GateColour) -> str:
    return {
        GateColour.GREEN: translate("PeopleTexts", "green: ready to go"),
        GateColour.AMBER: translate("PeopleTexts", "amber: watch"),
        GateColour.RED: translate("PeopleTexts", "red: no-go"),
    }[colour]


def verdict_label(verdict: Verdict) -> str:
    return {
        Verdict.GO: translate("PeopleTexts", "GO"),
        Verdict.WATCH: translate("PeopleTexts", "watch"),
        Verdict.NO_GO: translate("PeopleTexts", "NO-GO"),
        Verdict.NO_DATA: translate("PeopleTexts", "no data"),
    }[verdict]


def criterion_text(c: CriterionResult) -> str:
    """One criterion with its figure, its GO condition and its NO-GO trigger."""
    if c.criterion == Criterion.TRAINED:
        if c.value is None:
            return translate(
                "PeopleTexts",
                "Trained at their tier: no training recorded yet (GO at {go}% or more)",
            ).format(go=c.go)
        return translate(
            "PeopleTexts",
            "Trained at their tier: {value}% (GO at {go}% or more; NO-GO below {nogo}%)",
        ).format(value=c.value, go=c.go, nogo=c.nogo)
    if c.criterion == Criterion.KEY_USERS:
        return translate(
            "PeopleTexts", "Key users named: {value} (GO at {go} or more; NO-GO when none)"
        ).format(value=c.value, go=c.go)
    if c.criterion == Criterion.OPEN_TICKETS:
        if c.value is None:
            return translate(
                "PeopleTexts", "Open P1/P2 tickets: no support data yet (GO at {go} or fewer)"
            ).format(go=c.go)
        return translate(
            "PeopleTexts",
            "Open P1/P2 tickets: {value} (GO at {go} or fewer; NO-GO at {nogo} or more)",
        ).format(value=c.value, go=c.go, nogo=c.nogo)
    if c.value is None:
        return translate(
            "PeopleTexts", "Readiness items done: no checklist items yet (GO at {go}%)"
        ).format(go=c.go)
    return translate(
        "PeopleTexts", "Readiness items done: {value}% (GO at {go}% or more; NO-GO below {nogo}%)"
    ).format(value=c.value, go=c.go, nogo=c.nogo)


def explain(err: BaseException) -> str:
    """Why an intent of this feature was refused, in the user's language."""
    from oa_desk.services.departments import DepartmentRefusal
    from oa_desk.services.people import PeopleRefusal

    p = dict(getattr(err, "params", {}))
    if isinstance(err, PeopleRefusal):
        if err.code == "department_missing":
            return translate(
                "PeopleTexts",
                "That department no longer exists (it was deleted): choose another one.",
            )
        if err.code == "employee_no_taken":
            return translate(
                "PeopleTexts", "Employee number {no} already belongs to {name}."
            ).format(no=p.get("employee_no", ""), name=p.get("name", ""))
    if isinstance(err, DepartmentRefusal):
        texts = {
            "missing": translate(
                "PeopleTexts", "That department no longer exists: someone deleted it."
            ),
            "name_taken": translate(
                "PeopleTexts", "Another department under the same parent is already called {name}."
            ),
            "own_ancestor": translate(
                "PeopleTexts",
                "{name} cannot be put under {parent}: {parent} is inside {name} "
                "(a department cannot be its own ancestor).",
            ),
            "not_empty": translate(
                "PeopleTexts",
                "{name} cannot be deleted: it still has {people} people and {children} "
                "sub-departments. Move them, or merge it into another department, first.",
            ),
            "no_milestone": translate(
                "PeopleTexts",
                "{name} has no go-live milestone on the Timeline: add a milestone for "
                "it (with this department) first.",
            ),
            "merge_conflict": translate(
                "PeopleTexts",
                "The two departments cannot be merged: both have records that one "
                "department cannot hold twice ({table}).",
            ),
        }
        text = texts.get(err.code)
        if text is not None:
            return text.format(**{k: str(v) for k, v in p.items()})
    from oa_desk.services.gates import GateRefusal

    if isinstance(err, GateRefusal) and err.code == "thresholds":
        return translate(
            "PeopleTexts",
            "These thresholds contradict each other: a NO-GO trigger must be below its GO "
            "condition, percentages within 0–100 and at least one key user ({fields}).",
        ).format(fields=", ".join(str(f) for f in p.get("fields", [])))
    return messages.describe(err)
