"""The Team page's words for the domain's values (translated when called)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from oa_desk.domain.enums import Cadence, Engagement, RaciRole, TeamRole
from oa_desk.domain.stakeholders import Quadrant

translate = QCoreApplication.translate


def role_names() -> dict[TeamRole, str]:
    return {
        TeamRole.SPONSOR: translate("Team", "Sponsor"),
        TeamRole.STEERING: translate("Team", "Steering committee"),
        TeamRole.PMO: translate("Team", "PMO"),
        TeamRole.IT: translate("Team", "IT"),
        TeamRole.BUSINESS_LEAD: translate("Team", "Business lead"),
        TeamRole.HR: translate("Team", "HR"),
        TeamRole.KEY_USER: translate("Team", "Key user"),
        TeamRole.VENDOR: translate("Team", "Vendor"),
    }


def engagement_names() -> dict[Engagement, str]:
    return {
        Engagement.UNAWARE: translate("Team", "Unaware"),
        Engagement.RESISTANT: translate("Team", "Resistant"),
        Engagement.NEUTRAL: translate("Team", "Neutral"),
        Engagement.SUPPORTIVE: translate("Team", "Supportive"),
        Engagement.LEADING: translate("Team", "Leading"),
    }


def cadence_names() -> dict[Cadence, str]:
    return {
        Cadence.WEEKLY: translate("Team", "Weekly"),
        Cadence.BIWEEKLY: translate("Team", "Every two weeks"),
        Cadence.MONTHLY: translate("Team", "Monthly"),
        Cadence.QUARTERLY: translate("Team", "Quarterly"),
        Cadence.AS_NEEDED: translate("Team", "As needed"),
    }


def quadrant_names() -> dict[Quadrant, str]:
    return {
        Quadrant.MANAGE_CLOSELY: translate("Team", "Manage closely"),
        Quadrant.KEEP_SATISFIED: translate("Team", "Keep satisfied"),
        Quadrant.KEEP_INFORMED: translate("Team", "Keep informed"),
        Quadrant.MONITOR: translate("Team", "Monitor"),
    }


def adkar_names() -> tuple[str, str, str, str, str]:
    return (
        translate("Team", "Awareness"),
        translate("Team", "Desire"),
        translate("Team", "Knowledge"),
        translate("Team", "Ability"),
        translate("Team", "Reinforcement"),
    )


def raci_names() -> dict[RaciRole, str]:
    return {
        RaciRole.R: translate("Team", "Responsible"),
        RaciRole.A: translate("Team", "Accountable"),
        RaciRole.C: translate("Team", "Consulted"),
        RaciRole.I: translate("Team", "Informed"),
    }


def raci_problem_text(code: str) -> str:
    return {
        "no_accountable": translate("Team", "no one is accountable (A)"),
        "several_accountable": translate("Team", "more than one is accountable (A)"),
        "no_responsible": translate("Team", "no one is responsible (R)"),
    }.get(code, code)
