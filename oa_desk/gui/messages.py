"""Translated messages for errors raised below the gui (which has no Qt to translate)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from oa_desk.services.plan import InvalidValue
from oa_desk.store.errors import PlanErrorKind, PlanFileError

translate = QCoreApplication.translate


def describe_plan_error(err: PlanFileError) -> str:
    p = err.params
    texts: dict[PlanErrorKind, str] = {
        PlanErrorKind.MISSING: translate("Messages", "The file {path} does not exist."),
        PlanErrorKind.EMPTY: translate(
            "Messages", "{path} is empty (0 bytes), so it is not an OA Desk plan."
        ),
        PlanErrorKind.NOT_SQLITE: translate("Messages", "{path} is not an OA Desk plan."),
        PlanErrorKind.FOREIGN: translate(
            "Messages",
            "{path} is a database of another program (application id {found}), "
            "not an OA Desk plan.",
        ),
        PlanErrorKind.TRUNCATED: translate(
            "Messages",
            "{path} is incomplete: it should hold {expected} bytes but holds {actual}. "
            "Restore it from a snapshot or a backup.",
        ),
        PlanErrorKind.DAMAGED: translate(
            "Messages",
            "{path} is damaged ({detail}). It was left untouched; restore it from a "
            "snapshot or a backup.",
        ),
        PlanErrorKind.NEWER: translate(
            "Messages",
            "{path} was saved by a newer OA Desk (plan format {found}); this version reads "
            "formats up to {supported}. Update OA Desk to open it.",
        ),
        PlanErrorKind.LOCKED: translate(
            "Messages", "{path} is open by {user} on {host} (process {pid}) since {since}."
        ),
        PlanErrorKind.READ_ONLY: translate(
            "Messages", "{path} is open read-only: nothing can be changed."
        ),
        PlanErrorKind.EXISTS: translate("Messages", "{path} already exists."),
        PlanErrorKind.MIGRATION_FAILED: translate(
            "Messages",
            "{path} could not be upgraded from plan format {found} ({detail}). "
            "The file is unchanged; a backup is at {backup}.",
        ),
        PlanErrorKind.IO: translate("Messages", "{path}: {detail}"),
    }
    return texts[err.kind].format(**p)


def describe_invalid_value(err: InvalidValue) -> str:
    if err.code == "empty_name":
        return translate("Messages", "The plan name cannot be empty.")
    if err.code == "dates_order":
        return translate(
            "Messages", "The start date {start} is after the go-live date {go_live}."
        ).format(start=err.params["start"], go_live=err.params["go_live"])
    return str(err)


def describe(err: BaseException) -> str:
    if isinstance(err, PlanFileError):
        return describe_plan_error(err)
    if isinstance(err, InvalidValue):
        return describe_invalid_value(err)
    if isinstance(err, OSError):
        return f"{err.filename or ''}: {err.strerror or err}".lstrip(": ")
    return str(err)
