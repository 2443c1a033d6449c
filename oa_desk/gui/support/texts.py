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


def moment_text(moment: dt.datetime | None) -> str:
    """A stored moment in the computer's time zone ("—" when not yet)."""
    if moment is None:
        return "—"
    return moment.astimezone(_local_zone()).strftime("%Y-%m-%d %H:%M")


def _local_zone() -> dt.tzinfo:
    """The computer's zone now (asked once a minute, not for every cell)."""
    now = dt.datetime.now().timestamp() // 60
    if _ZONE[0] != now:
        _ZONE[:] = [now, dt.datetime.now().astimezone().tzinfo]
    zone = _ZONE[1]
    assert isinstance(zone, dt.tzinfo)
    return zone


_ZONE: list[object] = [None, None]


def status_label(value: TicketStatus) -> str:
    return {
        TicketStatus.NEW: translate("SupportTexts", "New"),
        TicketStatus.ASSIGNED: translate("SupportTexts", "Triaged"),
        TicketStatus.IN_PROGRESS: translate("SupportTexts", "In progress"),
        TicketStatus.WAITING: translate("SupportTexts", "Waiting for user"),
        TicketStatus.RESOLVED: translate("SupportTexts", "Resolved"),
        TicketStatus.CLOSED: translate("SupportTexts", "Closed"),
    }[value]


def priority_label(value: TicketPriority) -> str:
    return {
        TicketPriority.P1: translate("SupportTexts", "P1 urgent"),
        TicketPriority.P2: translate("SupportTexts", "P2 high"),
        TicketPriority.P3: translate("SupportTexts", "P3 normal"),
        TicketPriority.P4: translate("SupportTexts", "P4 low"),
    }[value]


def type_label(value: TicketType) -> str:
    return {
        TicketType.QUESTION: translate("SupportTexts", "Question"),
        TicketType.INCIDENT: translate("SupportTexts", "Incident"),
        TicketType.BUG: translate("SupportTexts", "Defect"),
        TicketType.ACCESS: translate("SupportTexts", "Permission / account"),
        TicketType.DATA: translate("SupportTexts", "Data"),
        TicketType.CHANGE_REQUEST: translate("SupportTexts", "Feature request"),
        TicketType.SUGGESTION: translate("SupportTexts", "Suggestion"),
    }[value]


def channel_label(value: TicketChannel) -> str:
    return {
        TicketChannel.HOTLINE: translate("SupportTexts", "Hotline"),
        TicketChannel.EMAIL: translate("SupportTexts", "E-mail"),
        TicketChannel.ON_SITE: translate("SupportTexts", "On site"),
        TicketChannel.IM: translate("SupportTexts", "IM group"),
        TicketChannel.SURVEY: translate("SupportTexts", "Survey"),
    }[value]


def module_label(value: OaModule) -> str:
    return {
        OaModule.WORKFLOW: translate("SupportTexts", "Workflow"),
        OaModule.DOCUMENTS: translate("SupportTexts", "Documents"),
        OaModule.MEETINGS: translate("SupportTexts", "Meetings"),
        OaModule.NOTICES: translate("SupportTexts", "Notices"),
        OaModule.ATTENDANCE: translate("SupportTexts", "Attendance"),
        OaModule.CONTRACTS: translate("SupportTexts", "Contracts"),
        OaModule.ASSETS: translate("SupportTexts", "Assets"),
        OaModule.FINANCE: translate("SupportTexts", "Finance"),
        OaModule.PORTAL: translate("SupportTexts", "Portal"),
        OaModule.MOBILE: translate("SupportTexts", "Mobile"),
        OaModule.OTHER: translate("SupportTexts", "Other"),
    }[value]


def level_label(value: SlaLevel) -> str:
    """Words, not only a colour: the list shows them beside the breach icon."""
    return {
        SlaLevel.MET: translate("SupportTexts", "Met"),
        SlaLevel.OK: translate("SupportTexts", "On time"),
        SlaLevel.WARNING: translate("SupportTexts", "80% used"),
        SlaLevel.BREACHED: translate("SupportTexts", "Breached"),
    }[value]


def field_label(name: str) -> str:
    return {
        "title": translate("SupportTexts", "Title"),
        "description": translate("SupportTexts", "Description"),
        "type": translate("SupportTexts", "Type"),
        "channel": translate("SupportTexts", "Channel"),
        "priority": translate("SupportTexts", "Priority"),
        "status": translate("SupportTexts", "Status"),
        "department_id": translate("SupportTexts", "Department"),
        "wave_id": translate("SupportTexts", "Wave"),
        "reporter_id": translate("SupportTexts", "Reporter"),
        "reporter_name": translate("SupportTexts", "Reporter"),
        "assignee_id": translate("SupportTexts", "Assignee"),
        "module": translate("SupportTexts", "OA module"),
        "resolution": translate("SupportTexts", "Resolution"),
        "resolved_at": translate("SupportTexts", "Resolved"),
    }.get(name, name)


def link_label(table: str) -> str:
    return {
        "task": translate("SupportTexts", "task"),
        "risk": translate("SupportTexts", "risk"),
        "training_need": translate("SupportTexts", "training need"),
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
        if not new or new in TicketStatus._value2member_map_:  # older plans logged the status
            return translate("SupportTexts", "Created")
        return translate("SupportTexts", "Created {number}").format(number=new)
    if kind is TicketEventKind.ASSIGNED:
        return translate("SupportTexts", "Assigned to {who}").format(
            who=new or translate("SupportTexts", "nobody")
        )
    if kind in (TicketEventKind.STATUS, TicketEventKind.PRIORITY):
        return translate("SupportTexts", "{old} → {new}").format(
            old=enum_text(old), new=enum_text(new)
        )
    if kind is TicketEventKind.COMMENT:
        return translate("SupportTexts", "Comment: {text}").format(text=comment)
    if kind is TicketEventKind.LINK:
        return translate("SupportTexts", "Turned into a {what} (#{id})").format(
            what=link_label(old), id=new
        )
    return translate("SupportTexts", "{field}: {old} → {new}").format(
        field=field_label(old), old=comment or "—", new=new or "—"
    )


def explain(err: BaseException) -> str | None:
    """Why a ticket intent was refused (None: not one of ours)."""
    code = getattr(err, "code", "")
    if not isinstance(code, str) or not code.startswith(("ticket.", "kb.")):
        return None
    p = dict(getattr(err, "params", {}))
    texts = {
        "ticket.transition": translate(
            "SupportTexts",
            "A ticket cannot go from {old} to {new}: the workflow does not allow it.",
        ),
        "ticket.priority": translate(
            "SupportTexts", "Priority must be P1, P2, P3 or P4; {value} is not a priority."
        ),
        "ticket.resolved_before_created": translate(
            "SupportTexts", "A ticket cannot be resolved before it was created."
        ),
        "ticket.resolved_while_open": translate(
            "SupportTexts", "Only a resolved or closed ticket has a resolution time."
        ),
        "ticket.assignee_not_on_team": translate(
            "SupportTexts",
            "That person is not on the project team: add them on the Team page first, "
            "or assign the ticket to a team member.",
        ),
        "ticket.title_missing": translate("SupportTexts", "A ticket needs a title."),
        "ticket.title_long": translate(
            "SupportTexts", "A ticket title has at most 300 characters."
        ),
        "ticket.too_long": translate("SupportTexts", "{field} has at most {limit} characters."),
        "ticket.missing": translate(
            "SupportTexts", "That ticket no longer exists (someone deleted it)."
        ),
        "ticket.none": translate("SupportTexts", "Choose one or more tickets first."),
        "ticket.comment_empty": translate("SupportTexts", "A comment needs some text."),
        "ticket.reference_missing": translate(
            "SupportTexts", "The {field} chosen no longer exists: choose another one."
        ),
        "ticket.bad_value": translate("SupportTexts", "{value} is not a valid {field}."),
        "ticket.already_task": translate("SupportTexts", "Ticket {number} already has its task."),
        "ticket.already_risk": translate("SupportTexts", "Ticket {number} already has its risk."),
        "ticket.already_need": translate(
            "SupportTexts", "Ticket {number} already has a training need."
        ),
        "ticket.unknown_field": translate("SupportTexts", "{field} cannot be changed on a ticket."),
        "kb.missing": translate(
            "SupportTexts", "That article no longer exists (someone deleted it)."
        ),
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
