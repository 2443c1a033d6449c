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

_C = "PeopleTexts"


def tr(text: str) -> str:
    return QCoreApplication.translate(_C, text)


def tier_label(tier: AudienceTier) -> str:
    return {
        AudienceTier.LEADERSHIP: tr("leadership"),
        AudienceTier.KEY_USER: tr("key user"),
        AudienceTier.END_USER: tr("end user"),
    }[tier]


def role_label(role: TeamRole) -> str:
    return {
        TeamRole.SPONSOR: tr("sponsor"),
        TeamRole.STEERING: tr("steering committee"),
        TeamRole.PMO: tr("PMO"),
        TeamRole.IT: tr("IT"),
        TeamRole.BUSINESS_LEAD: tr("business lead"),
        TeamRole.HR: tr("HR"),
        TeamRole.KEY_USER: tr("key user"),
        TeamRole.VENDOR: tr("vendor"),
    }[role]


def engagement_label(level: Engagement) -> str:
    return {
        Engagement.UNAWARE: tr("unaware"),
        Engagement.RESISTANT: tr("resistant"),
        Engagement.NEUTRAL: tr("neutral"),
        Engagement.SUPPORTIVE: tr("supportive"),
        Engagement.LEADING: tr("leading"),
    }[level]


def readiness_label(value: Readiness) -> str:
    return {
        Readiness.NOT_STARTED: tr("not started"),
        Readiness.PREPARING: tr("preparing"),
        Readiness.READY: tr("ready"),
        Readiness.LIVE: tr("live"),
        Readiness.STABLE: tr("stable"),
    }[value]


def decision_label(value: GateDecision) -> str:
    return {
        GateDecision.PENDING: tr("pending"),
        GateDecision.GO: tr("go"),
        GateDecision.GO_WITH_CONDITIONS: tr("go with conditions"),
        GateDecision.NO_GO: tr("no-go"),
    }[value]


def ticket_status_label(value: TicketStatus) -> str:
    return {
        TicketStatus.NEW: tr("new"),
        TicketStatus.ASSIGNED: tr("assigned"),
        TicketStatus.IN_PROGRESS: tr("in progress"),
        TicketStatus.WAITING: tr("waiting"),
        TicketStatus.RESOLVED: tr("resolved"),
        TicketStatus.CLOSED: tr("closed"),
    }[value]


def priority_label(value: TicketPriority) -> str:
    return value.value


def item_kind_label(kind: ReadinessKind) -> str:
    return {
        ReadinessKind.DATA_MIGRATION_SAMPLE: tr("Data migration checked on a sample"),
        ReadinessKind.ROLLBACK_PLAN: tr("Rollback plan written"),
        ReadinessKind.OPERATING_RULES: tr("Operating rules published"),
        ReadinessKind.CUSTOM: tr("Other item"),
    }[kind]


def colour_label(colour: GateColour) -> str:
    return {
        GateColour.GREEN: tr("green: ready to go"),
        GateColour.AMBER: tr("amber: watch"),
        GateColour.RED: tr("red: no-go"),
    }[colour]


def verdict_label(verdict: Verdict) -> str:
    return {
        Verdict.GO: tr("GO"),
        Verdict.WATCH: tr("watch"),
        Verdict.NO_GO: tr("NO-GO"),
        Verdict.NO_DATA: tr("no data"),
    }[verdict]


def criterion_text(c: CriterionResult) -> str:
    """One criterion with its figure, its GO condition and its NO-GO trigger."""
    if c.criterion == Criterion.TRAINED:
        if c.value is None:
            return tr(
                "Trained at their tier: no training recorded yet (GO at {go}% or more)"
            ).format(go=c.go)
        return tr(
            "Trained at their tier: {value}% (GO at {go}% or more; NO-GO below {nogo}%)"
        ).format(value=c.value, go=c.go, nogo=c.nogo)
    if c.criterion == Criterion.KEY_USERS:
        return tr("Key users named: {value} (GO at {go} or more; NO-GO when none)").format(
            value=c.value, go=c.go
        )
    if c.criterion == Criterion.OPEN_TICKETS:
        if c.value is None:
            return tr("Open P1/P2 tickets: no support data yet (GO at {go} or fewer)").format(
                go=c.go
            )
        return tr(
            "Open P1/P2 tickets: {value} (GO at {go} or fewer; NO-GO at {nogo} or more)"
        ).format(value=c.value, go=c.go, nogo=c.nogo)
    if c.value is None:
        return tr("Readiness items done: no checklist items yet (GO at {go}%)").format(go=c.go)
    return tr("Readiness items done: {value}% (GO at {go}% or more; NO-GO below {nogo}%)").format(
        value=c.value, go=c.go, nogo=c.nogo
    )


def explain(err: BaseException) -> str:
    """Why an intent of this feature was refused, in the user's language."""
    from oa_desk.services.departments import DepartmentRefusal
    from oa_desk.services.people import PeopleRefusal

    p = dict(getattr(err, "params", {}))
    if isinstance(err, PeopleRefusal):
        if err.code == "department_missing":
            return tr("That department no longer exists (it was deleted): choose another one.")
        if err.code == "employee_no_taken":
            return tr("Employee number {no} already belongs to {name}.").format(
                no=p.get("employee_no", ""), name=p.get("name", "")
            )
    if isinstance(err, DepartmentRefusal):
        texts = {
            "missing": tr("That department no longer exists: someone deleted it."),
            "name_taken": tr("Another department under the same parent is already called {name}."),
            "own_ancestor": tr(
                "{name} cannot be put under {parent}: {parent} is inside {name} "
                "(a department cannot be its own ancestor)."
            ),
            "not_empty": tr(
                "{name} cannot be deleted: it still has {people} people and {children} "
                "sub-departments. Move them, or merge it into another department, first."
            ),
            "merge_conflict": tr(
                "The two departments cannot be merged: both have records that one "
                "department cannot hold twice ({table})."
            ),
        }
        text = texts.get(err.code)
        if text is not None:
            return text.format(**{k: str(v) for k, v in p.items()})
    from oa_desk.services.gates import GateRefusal

    if isinstance(err, GateRefusal) and err.code == "thresholds":
        return tr(
            "These thresholds contradict each other: a NO-GO trigger must be below its GO "
            "condition, percentages within 0–100 and at least one key user ({fields})."
        ).format(fields=", ".join(str(f) for f in p.get("fields", [])))
    return messages.describe(err)
