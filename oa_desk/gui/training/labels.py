"""The words of the training enumerations, in the UI's language (never their codes)."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from oa_desk.domain.enums import Attendance, AudienceTier, CourseFormat, OaModule, SessionStatus

translate = QCoreApplication.translate


def label(value: StrEnum | str | None) -> str:
    """The label of an enumeration value ("" for None)."""
    if value is None or value == "":
        return ""
    texts = {
        AudienceTier.LEADERSHIP: translate("TrainingLabels", "Leadership"),
        AudienceTier.KEY_USER: translate("TrainingLabels", "Key users and admins"),
        AudienceTier.END_USER: translate("TrainingLabels", "End users"),
        CourseFormat.LECTURE: translate("TrainingLabels", "Lecture"),
        CourseFormat.SMALL_CLASS: translate("TrainingLabels", "Small class"),
        CourseFormat.VIDEO: translate("TrainingLabels", "Online video"),
        CourseFormat.MANUAL: translate("TrainingLabels", "Manual"),
        CourseFormat.FAQ: translate("TrainingLabels", "FAQ"),
        CourseFormat.HANDS_ON: translate("TrainingLabels", "Hands-on practice"),
        SessionStatus.PLANNED: translate("TrainingLabels", "Planned"),
        SessionStatus.HELD: translate("TrainingLabels", "Held"),
        SessionStatus.CANCELLED: translate("TrainingLabels", "Cancelled"),
        Attendance.PRESENT: translate("TrainingLabels", "Present"),
        Attendance.LATE: translate("TrainingLabels", "Late"),
        Attendance.EXCUSED: translate("TrainingLabels", "Excused"),
        Attendance.ABSENT: translate("TrainingLabels", "Absent"),
        OaModule.WORKFLOW: translate("TrainingLabels", "Workflow"),
        OaModule.DOCUMENTS: translate("TrainingLabels", "Documents"),
        OaModule.MEETINGS: translate("TrainingLabels", "Meetings"),
        OaModule.NOTICES: translate("TrainingLabels", "Notices"),
        OaModule.ATTENDANCE: translate("TrainingLabels", "Attendance"),
        OaModule.CONTRACTS: translate("TrainingLabels", "Contracts"),
        OaModule.ASSETS: translate("TrainingLabels", "Assets"),
        OaModule.FINANCE: translate("TrainingLabels", "Finance"),
        OaModule.PORTAL: translate("TrainingLabels", "Portal"),
        OaModule.MOBILE: translate("TrainingLabels", "Mobile"),
        OaModule.OTHER: translate("TrainingLabels", "Other"),
    }
    for enum in (AudienceTier, CourseFormat, SessionStatus, Attendance, OaModule):
        try:
            return texts[enum(value)]
        except ValueError:
            continue
    return str(value)


def modules_label(codes: str) -> str:
    """ "workflow,documents" as "Workflow, Documents"."""
    sep = translate("TrainingLabels", ", ")
    return sep.join(label(c.strip()) for c in codes.split(",") if c.strip())
