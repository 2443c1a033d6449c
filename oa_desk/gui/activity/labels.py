"""How the activity log's tables read, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def table_label(table: str) -> str:
    """A table of the plan as the user knows it ("Tasks", "任务")."""
    return _labels().get(table, table)


def tables_labelled(text: str) -> list[str]:
    """The tables whose label in the user's language contains ``text``,
    case-insensitively ("任务" -> task, baseline_task, requirement_task)."""
    words = text.strip().casefold()
    if not words:
        return []
    return [code for code, label in _labels().items() if words in label.casefold()]


def _labels() -> dict[str, str]:
    labels = {
        "plan": translate("ActivityTables", "Plan"),
        "calendar": translate("ActivityTables", "Calendar"),
        "calendar_exception": translate("ActivityTables", "Calendar exceptions"),
        "wave": translate("ActivityTables", "Waves"),
        "wave_gate": translate("ActivityTables", "Wave gates"),
        "gate_review": translate("ActivityTables", "Gate reviews"),
        "department": translate("ActivityTables", "Departments"),
        "person": translate("ActivityTables", "People"),
        "team_member": translate("ActivityTables", "Project team"),
        "stakeholder": translate("ActivityTables", "Stakeholders"),
        "goal": translate("ActivityTables", "Goals"),
        "kpi_measurement": translate("ActivityTables", "KPI measurements"),
        "task": translate("ActivityTables", "Tasks"),
        "dependency": translate("ActivityTables", "Links"),
        "baseline": translate("ActivityTables", "Baselines"),
        "baseline_task": translate("ActivityTables", "Baseline tasks"),
        "raci_entry": translate("ActivityTables", "RACI"),
        "requirement": translate("ActivityTables", "Requirements"),
        "requirement_task": translate("ActivityTables", "Requirement tasks"),
        "risk": translate("ActivityTables", "Risks"),
        "communication": translate("ActivityTables", "Publicity"),
        "course": translate("ActivityTables", "Courses"),
        "training_session": translate("ActivityTables", "Training sessions"),
        "enrollment": translate("ActivityTables", "Enrollments and attendance"),
        "training_need": translate("ActivityTables", "Training needs"),
        "ticket": translate("ActivityTables", "Tickets"),
        "ticket_event": translate("ActivityTables", "Ticket events"),
        "kb_article": translate("ActivityTables", "Knowledge base"),
        "kb_article_ticket": translate("ActivityTables", "Knowledge base links"),
        "kb_tag": translate("ActivityTables", "Knowledge base tags"),
        "kb_article_tag": translate("ActivityTables", "Knowledge base tags of articles"),
        "feedback_round": translate("ActivityTables", "Feedback rounds"),
        "adoption_snapshot": translate("ActivityTables", "Adoption snapshots"),
        "readiness_item": translate("ActivityTables", "Readiness items"),
    }
    return labels
