"""What an MS Project import had to change, in the user's language.

The import's notes are :class:`~oa_desk.domain.errors.Notice` objects: the
English sentence, which the command line prints, with a code and its
parameters. An English window shows that sentence as it is (its plurals are
right); any other language puts the parameters into the translated sentence of
its code, a parameter that is a notice itself (the reason in "moved: ...")
translated the same way. A note without a code, or one whose translation does
not fit its parameters, is shown in English rather than not at all.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from oa_desk.domain.errors import Notice
from oa_desk.exchange.labels import enum_label

__all__ = ["notes_text"]

translate = QCoreApplication.translate


def _chinese() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


def notes_text(notes: Sequence[str]) -> str:
    """Every note, one per line, in the user's language."""
    templates = _templates() if _chinese() else None
    return "\n".join(_text(note, templates) for note in notes)


def _text(note: object, templates: dict[str, str] | None) -> str:
    if templates is None or not isinstance(note, Notice):
        return str(note)
    template = templates.get(note.code)
    if template is None:
        return str(note)
    params: defaultdict[str, str] = defaultdict(str)
    for key, value in note.params.items():
        params[key] = _param(key, value, templates)
    try:
        return template.format_map(params)
    except (ValueError, IndexError):  # a translation that does not fit its parameters
        return str(note)


def _param(key: str, value: Any, templates: dict[str, str]) -> str:
    if isinstance(value, Notice):
        return _text(value, templates)
    if value is None:
        return "—"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, StrEnum):
        return enum_label(type(value), value.value, "zh_CN")
    if key == "ms_constraint":
        return _ms_constraints().get(int(value), str(value))
    if key == "field":
        return _fields().get(str(value), str(value))
    if key == "more":
        return translate("ImportNotes", " and {count} more").format(count=value) if value else ""
    return str(value)


def _ms_constraints() -> dict[int, str]:
    return {
        3: translate("ImportNotes", "must finish on"),
        5: translate("ImportNotes", "start no later than"),
        6: translate("ImportNotes", "finish no earlier than"),
    }


def _fields() -> dict[str, str]:
    return {
        "owner": translate("ImportNotes", "owner"),
        "department": translate("ImportNotes", "department"),
        "wave": translate("ImportNotes", "wave"),
    }


def _templates() -> dict[str, str]:
    """Each note code's sentence, ``{name}`` for a parameter (the English sources are
    the sentences of oa_desk.exchange.mspdi_read and oa_desk.services.mspdi*)."""
    return {
        # durations and lags
        "hours": translate("ImportNotes", "{hours} h"),
        "minutes": translate("ImportNotes", "{minutes} min"),
        "duration_rounded": translate(
            "ImportNotes", "a duration of {amount} rounded to {days} working days"
        ),
        "milestone_duration": translate(
            "ImportNotes", "flagged as a milestone with a duration of {amount}"
        ),
        "milestone_flagged": translate("ImportNotes", "flagged as a milestone with a duration"),
        "lag_percent": translate(
            "ImportNotes", "a lag of {percent}% of the predecessor's duration"
        ),
        "lag_elapsed": translate("ImportNotes", "an elapsed lag of {amount}"),
        "lag_amount": translate("ImportNotes", "a lag of {amount}"),
        "lag_read_as": translate(
            "ImportNotes",
            "task '{name}' (UID {uid}): {lag} (from UID {pred}) read as {days} working days",
        ),
        "elapsed_spans": translate(
            "ImportNotes",
            "an elapsed duration of {elapsed} calendar days spans {span} working days",
        ),
        "split_span": translate(
            "ImportNotes",
            "its dates span {span} working days, more than its duration of {duration} "
            "(a split task keeps its overall span)",
        ),
        "dates_kept": translate(
            "ImportNotes",
            "its duration of {duration} working days does not fill its dates; the dates were "
            "kept ({span} working days)",
        ),
        "and_span": translate(
            "ImportNotes", "{reason}; its dates span {span} working days, which were kept"
        ),
        "elapsed_read_as": translate(
            "ImportNotes",
            "an elapsed duration of {elapsed} calendar days read as {days} working days",
        ),
        "task_note": translate("ImportNotes", "task '{name}' (UID {uid}): {note}"),
        # tasks, constraints, baselines
        "name_shortened": translate(
            "ImportNotes", "task UID {uid}: name shortened to 300 characters"
        ),
        "constraint_read_as": translate(
            "ImportNotes",
            "task UID {uid}: MS Project constraint type {ms_constraint} read as {constraint}",
        ),
        "constraint_no_date": translate(
            "ImportNotes", "task UID {uid}: constraint without a date dropped"
        ),
        "constraint_moved": translate(
            "ImportNotes",
            "task '{name}' (UID {uid}): MS Project's {ms_constraint} {file_date} kept as "
            "{constraint} {date}",
        ),
        "baseline_names": translate(
            "ImportNotes", "the baseline names in the file could not be read"
        ),
        "baseline_order": translate(
            "ImportNotes",
            "task '{name}' (UID {uid}): baseline {number} finishes ({finish}) before it starts "
            "({start}); the task was left out of that baseline",
        ),
        "baselines_left_out": translate(
            "ImportNotes", "MS Project keeps 11 baselines; the {count} oldest were left out"
        ),
        "cross_project": translate(
            "ImportNotes", "task UID {uid}: link to another project skipped"
        ),
        "unknown_phase": translate(
            "ImportNotes", "task '{name}' (UID {uid}): unknown phase '{phase}'; left as prepare"
        ),
        "name_not_in_plan": translate(
            "ImportNotes",
            "{field} '{name}' is not in the plan; left empty on {count} tasks: {examples}{more}",
        ),
        "name_ambiguous": translate(
            "ImportNotes",
            "{field} '{name}' names several in the plan; left empty on {count} tasks: "
            "{examples}{more}",
        ),
        # the calendar and the plan's start
        "recurrence_unknown": translate(
            "ImportNotes",
            "calendar exception '{name}': recurrence type {kind} not understood; skipped",
        ),
        "recurrence_cut": translate(
            "ImportNotes",
            "calendar exception '{name}': only its first {count} days (to {last}) were read",
        ),
        "no_working_weekday": translate(
            "ImportNotes", "the calendar has no working weekday; Monday to Friday used"
        ),
        "start_after_tasks": translate(
            "ImportNotes",
            "the file's project start {start} is after its first task's start {first}; the "
            "plan starts on {first}, so that every task keeps its dates",
        ),
        "start_after_go_live": translate(
            "ImportNotes",
            "the file starts on {start}, after the plan's go-live; the plan start was left as "
            "it was",
        ),
        "kept_snet": translate(
            "ImportNotes", "{count} tasks kept their start dates as 'start no earlier than'"
        ),
        # what moved, and why
        "moved": translate(
            "ImportNotes",
            "task '{name}' (UID {uid}) moved: start {file_start} -> {start}, finish "
            "{file_finish} -> {finish}: {reason}",
        ),
        "summary_spans": translate("ImportNotes", "a summary spans its subtasks"),
        "milestone_one_day": translate(
            "ImportNotes", "{note}: a milestone is one day in the plan, {where}"
        ),
        "on_finish": translate("ImportNotes", "on the file's finish, where MS Project draws it"),
        "on_constraint": translate(
            "ImportNotes", "on {date}, where its constraint ({constraint}) puts it"
        ),
        "on_links": translate("ImportNotes", "on {date}, where its links put it"),
        "starts_non_working": translate(
            "ImportNotes", "the file starts it on a non-working day of its calendar"
        ),
        "ends_non_working": translate(
            "ImportNotes", "the file ends it on a non-working day of its calendar"
        ),
        "constraint_sets": translate(
            "ImportNotes", "its constraint ({constraint} {date}) sets its dates"
        ),
        "links_later": translate(
            "ImportNotes", "its links, with lags in whole working days, need a later start"
        ),
        "duration_other_day": translate(
            "ImportNotes", "its duration in whole working days ends it on another day"
        ),
        "rescheduled": translate(
            "ImportNotes", "rescheduled by its links and constraints in the plan's calendar"
        ),
    }
