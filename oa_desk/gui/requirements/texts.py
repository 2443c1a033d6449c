"""The Requirements page's words for the domain's values (translated when called)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from oa_desk.domain.enums import Fit, OaModule, Priority, RequirementStatus

translate = QCoreApplication.translate

# How well the standard product fits, as a tint: never alone, the name is beside it.
FIT_COLOUR = {
    Fit.STANDARD: "#D4EDDA",
    Fit.CONFIGURATION: "#E0EEF8",
    Fit.CUSTOMISATION: "#FCEBC7",
    Fit.GAP: "#F6D5D4",
}


def module_names() -> dict[OaModule, str]:
    return {
        OaModule.WORKFLOW: translate("Requirements", "Workflow and approvals"),
        OaModule.DOCUMENTS: translate("Requirements", "Official documents"),
        OaModule.MEETINGS: translate("Requirements", "Meetings"),
        OaModule.NOTICES: translate("Requirements", "Notices"),
        OaModule.ATTENDANCE: translate("Requirements", "Attendance"),
        OaModule.CONTRACTS: translate("Requirements", "Contracts"),
        OaModule.ASSETS: translate("Requirements", "Assets"),
        OaModule.FINANCE: translate("Requirements", "Finance and expenses"),
        OaModule.PORTAL: translate("Requirements", "Portal"),
        OaModule.MOBILE: translate("Requirements", "Mobile"),
        OaModule.OTHER: translate("Requirements", "Other"),
    }


def priority_names() -> dict[Priority, str]:
    return {
        Priority.MUST: translate("Requirements", "Must have"),
        Priority.SHOULD: translate("Requirements", "Should have"),
        Priority.COULD: translate("Requirements", "Could have"),
        Priority.WONT: translate("Requirements", "Won't have now"),
    }


def fit_names() -> dict[Fit, str]:
    return {
        Fit.STANDARD: translate("Requirements", "Standard"),
        Fit.CONFIGURATION: translate("Requirements", "Configuration"),
        Fit.CUSTOMISATION: translate("Requirements", "Customisation"),
        Fit.GAP: translate("Requirements", "Gap"),
    }


def status_names() -> dict[RequirementStatus, str]:
    return {
        RequirementStatus.NEW: translate("Requirements", "New"),
        RequirementStatus.ANALYSING: translate("Requirements", "Analysing"),
        RequirementStatus.ACCEPTED: translate("Requirements", "Accepted"),
        RequirementStatus.IN_PROGRESS: translate("Requirements", "In progress"),
        RequirementStatus.DONE: translate("Requirements", "Done"),
        RequirementStatus.DEFERRED: translate("Requirements", "Deferred"),
        RequirementStatus.REJECTED: translate("Requirements", "Rejected"),
    }
