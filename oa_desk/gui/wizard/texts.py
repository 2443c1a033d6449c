"""The wizard's refusals in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from oa_desk.services.rollout_template import RolloutRefusal

translate = QCoreApplication.translate


def explain(err: RolloutRefusal) -> str:
    """Why the wizard's inputs were refused: what, where, and what to do."""
    texts = {
        "no_organisation": translate("RolloutTexts", "Give the organisation's name."),
        "text_too_long": translate(
            "RolloutTexts", "The {what} is longer than {limit} characters: shorten it."
        ),
        "no_departments": translate(
            "RolloutTexts", "The department list is empty: give at least two departments."
        ),
        "too_many_departments": translate(
            "RolloutTexts", "{count} departments: the template takes at most {limit}."
        ),
        "department_too_long": translate(
            "RolloutTexts", "A department name is longer than {limit} characters: {name}"
        ),
        "duplicate_departments": translate(
            "RolloutTexts",
            "These departments are listed more than once: {names}. Keep one of each.",
        ),
        "pilot_unknown": translate(
            "RolloutTexts", "These pilot departments are not in the list: {names}."
        ),
        "pilot_count": translate(
            "RolloutTexts",
            "The pilot takes {pilot} of {departments} departments: it needs at least one "
            "and must leave some for the waves.",
        ),
        "waves_count": translate(
            "RolloutTexts", "There must be at least one wave after the pilot."
        ),
        "too_many_waves": translate(
            "RolloutTexts",
            "{waves} waves, but only {departments} departments of which {pilot} are in the "
            "pilot: every wave needs at least one department. Choose fewer waves.",
        ),
        "go_live_before_start": translate(
            "RolloutTexts", "The go-live date {go_live} is not after the start {start}."
        ),
        "go_live_not_working": translate(
            "RolloutTexts",
            "The go-live date {go_live} is not a working day in the chosen calendar: "
            "choose {before} or {after}.",
        ),
        "unknown_calendar": translate("RolloutTexts", "Unknown calendar {calendar}."),
        "unknown_language": translate("RolloutTexts", "Unknown language {language}."),
        "too_close": translate(
            "RolloutTexts",
            "The go-live date {go_live} is too close: the template needs {missing} more "
            "working days. Compress the plan, or go live on {earliest} or later.",
        ),
        "cannot_compress": translate(
            "RolloutTexts",
            "The go-live date {go_live} is too close even with every task shortened to one "
            "working day: go live on {earliest} or later, or start earlier.",
        ),
    }
    text = texts.get(err.code)
    if text is None:
        return str(err)
    return text.format(**{k: str(v) for k, v in err.params.items()})
