"""The Risks page's words for the domain's values (translated when called)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from oa_desk.domain.enums import RiskCategory, RiskStatus
from oa_desk.domain.risks import RiskLevel

translate = QCoreApplication.translate


def category_names() -> dict[RiskCategory, str]:
    return {
        RiskCategory.RESISTANCE: translate("Risks", "Employee resistance"),
        RiskCategory.TECHNICAL: translate("Risks", "Technical / system stability"),
        RiskCategory.DATA_MIGRATION: translate("Risks", "Data migration"),
        RiskCategory.INTEGRATION: translate("Risks", "Integration"),
        RiskCategory.RESOURCES: translate("Risks", "Resources / key users"),
        RiskCategory.SCHEDULE: translate("Risks", "Schedule"),
        RiskCategory.VENDOR: translate("Risks", "Vendor"),
        RiskCategory.SECURITY: translate("Risks", "Security"),
        RiskCategory.OTHER: translate("Risks", "Other"),
    }


def status_names() -> dict[RiskStatus, str]:
    return {
        RiskStatus.OPEN: translate("Risks", "Open"),
        RiskStatus.MONITORING: translate("Risks", "Monitoring"),
        RiskStatus.MITIGATED: translate("Risks", "Mitigated"),
        RiskStatus.OCCURRED: translate("Risks", "Occurred"),
        RiskStatus.CLOSED: translate("Risks", "Closed"),
    }


def level_names() -> dict[RiskLevel, str]:
    return {
        RiskLevel.LOW: translate("Risks", "Low"),
        RiskLevel.MEDIUM: translate("Risks", "Medium"),
        RiskLevel.HIGH: translate("Risks", "High"),
        RiskLevel.CRITICAL: translate("Risks", "Critical"),
    }
