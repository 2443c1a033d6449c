"""The Support page's words: labels of the ticket enums, SLA levels and event kinds, and
why an intent was refused, in the user's language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from oa_desk.domain.enums import (
    OaModule,
    TicketChannel,
    TicketEventKind,
    TicketPriority,
    TicketStatus,
    TicketType,
)
from oa_desk.domain.support import SlaLevel

translate = QCoreApplication.translate
_C = "SupportTexts"


def moment_text(moment: dt.datetime | None) -> str:
    """A stored moment in the computer's time zone ("—" when not yet)."""
    if moment is None:
        return "—"
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def status_label(value: TicketStatus) -> str:
    return {
        TicketStatus.NEW: translate(_C, "New"),
        TicketStatus.ASSIGNED: translate(_C, "Triaged"),
        TicketStatus.IN_PROGRESS: translate(_C, "In progress"),
        TicketStatus.WAITING: translate(_C, "Waiting for user"),
        TicketStatus.RESOLVED: translate(_C, "Resolved"),
        TicketStatus.CLOSED: translate(_C, "Closed"),
    }[value]


def priority_label(value: TicketPriority) -> str:
    return {
        TicketPriority.P1: translate(_C, "P1 urgent"),
        TicketPriority.P2: translate(_C, "P2 high"),
        TicketPriority.P3: translate(_C, "P3 normal"),
        TicketPriority.P4: translate(_C, "P4 low"),
    }[value]


def type_label(value: TicketType) -> str:
    return {
        TicketType.QUESTION: translate(_C, "Question"),
        TicketType.INCIDENT: translate(_C, "Incident"),
        TicketType.BUG: translate(_C, "Defect"),
        TicketType.ACCESS: translate(_C, "Permission / account"),
        TicketType.DATA: translate(_C, "Data"),
        TicketType.CHANGE_REQUEST: translate(_C, "Feature request"),
        TicketType.SUGGESTION: translate(_C, "Suggestion"),
    }[value]


def channel_label(value: TicketChannel) -> str:
    return {
        TicketChannel.HOTLINE: translate(_C, "Hotline"),
        TicketChannel.EMAIL: translate(_C, "E-mail"),
        TicketChannel.ON_SITE: translate(_C, "On site"),
        TicketChannel.IM: translate(_C, "IM group"),
        TicketChannel.SURVEY: translate(_C, "Survey"),
    }[value]


def module_label(value: OaModule) -> str:
    return {
        OaModule.WORKFLOW: translate(_C, "Workflow"),
        OaModule.DOCUMENTS: translate(_C, "Documents"),
        OaModule.MEETINGS: translate(_C, "Meetings"),
        OaModule.NOTICES: translate(_C, "Notices"),
        OaModule.ATTENDANCE: translate(_C, "Attendance"),
        OaModule.CONTRACTS: translate(_C, "Contracts"),
        OaModule.ASSETS: translate(_C, "Assets"),
        OaModule.FINANCE: translate(_C, "Finance"),
        OaModule.PORTAL: translate(_C, "Portal"),
        OaModule.MOBILE: translate(_C, "Mobile"),
        OaModule.OTHER: translate(_C, "Other"),
    }[value]


def level_label(value: SlaLevel) -> str:
    """Words, not only a colour: the list shows them beside the breach icon."""
    return {
        SlaLevel.MET: translate(_C, "Met"),
        SlaLevel.OK: translate(_C, "On time"),
        SlaLevel.WARNING: translate(_C, "80% used"),
        SlaLevel.BREACHED: translate(_C, "Breached"),
    }[value]


def field_label(name: str) -> str:
    return {
        "title": translate(_C, "Title"),
        "description": translate(_C, "Description"),
        "type": translate(_C, "Type"),
        "channel": translate(_C, "Channel"),
        "priority": translate(_C, "Priority"),
        "status": translate(_C, "Status"),
        "department_id": translate(_C, "Department"),
        "wave_id": translate(_C, "Wave"),
        "reporter_id": translate(_C, "Reporter"),
        "reporter_name": translate(_C, "Reporter"),
        "assignee_id": translate(_C, "Assignee"),
        "module": translate(_C, "OA module"),
        "resolution": translate(_C, "Resolution"),
        "resolved_at": translate(_C, "Resolved"),
    }.get(name, name)


def link_label(table: str) -> str:
    return {
        "task": translate(_C, "task"),
        "risk": translate(_C, "risk"),
        "training_need": translate(_C, "training need"),
    }.get(table, table)


def event_text(kind: TicketEventKind, old: str, new: str, comment: str) -> str:
    """One line of a ticket's history."""

    def enum_text(value: str) -> str:
        if value in TicketStatus._value2member_map_:
            return status_label(TicketStatus(value))
        if value in TicketPriority._value2member_map_:
            return priority_label(TicketPriority(value))
        return value

    if kind is TicketEventKind.CREATED:
        return translate(_C, "Created {number}").format(number=new)
    if kind is TicketEventKind.ASSIGNED:
        return translate(_C, "Assigned to {who}").format(who=new or translate(_C, "nobody"))
    if kind in (TicketEventKind.STATUS, TicketEventKind.PRIORITY):
        return translate(_C, "{old} → {new}").format(old=enum_text(old), new=enum_text(new))
    if kind is TicketEventKind.COMMENT:
        return translate(_C, "Comment: {text}").format(text=comment)
    if kind is TicketEventKind.LINK:
        return translate(_C, "Turned into a {what} (#{id})").format(what=link_label(old), id=new)
    return translate(_C, "{field}: {old} → {new}").format(
        field=field_label(old), old=comment or "—", new=new or "—"
    )


def explain(err: BaseException) -> str | None:
    """Why a ticket intent was refused (None: not one of ours)."""
    code = getattr(err, "code", "")
    if not isinstance(code, str) or not code.startswith("ticket."):
        return None
    p = dict(getattr(err, "params", {}))
    texts = {
        "ticket.transition": translate(
            _C, "A ticket cannot go from {old} to {new}: the workflow does not allow it."
        ),
        "ticket.priority": translate(
            _C, "Priority must be P1, P2, P3 or P4; {value} is not a priority."
        ),
        "ticket.resolved_before_created": translate(
            _C, "A ticket cannot be resolved before it was created."
        ),
        "ticket.resolved_while_open": translate(
            _C, "Only a resolved or closed ticket has a resolution time."
        ),
        "ticket.assignee_not_on_team": translate(
            _C,
            "That person is not on the project team: add them on the Team page first, "
            "or assign the ticket to a team member.",
        ),
        "ticket.title_missing": translate(_C, "A ticket needs a title."),
        "ticket.title_long": translate(_C, "A ticket title has at most 300 characters."),
        "ticket.too_long": translate(_C, "{field} has at most {limit} characters."),
        "ticket.missing": translate(_C, "That ticket no longer exists (someone deleted it)."),
        "ticket.none": translate(_C, "Choose one or more tickets first."),
        "ticket.comment_empty": translate(_C, "A comment needs some text."),
        "ticket.reference_missing": translate(
            _C, "The {field} chosen no longer exists: choose another one."
        ),
        "ticket.bad_value": translate(_C, "{value} is not a valid {field}."),
        "ticket.already_task": translate(_C, "Ticket {number} already has its task."),
        "ticket.already_risk": translate(_C, "Ticket {number} already has its risk."),
        "ticket.already_need": translate(_C, "Ticket {number} already has a training need."),
        "ticket.unknown_field": translate(_C, "{field} cannot be changed on a ticket."),
    }
    text = texts.get(code)
    if text is None:
        return str(err)
    for key in ("old", "new"):
        if p.get(key) in TicketStatus._value2member_map_:
            p[key] = status_label(TicketStatus(p[key]))
    if "field" in p:
        p["field"] = field_label(str(p["field"]))
    return text.format_map(_Params({k: "" if v is None else v for k, v in p.items()}))


class _Params(dict[str, object]):
    """A refusal missing a parameter still reads (the name stays empty)."""

    def __missing__(self, key: str) -> str:
        return ""
