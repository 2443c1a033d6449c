"""Translated messages for errors raised below the gui (which has no Qt to translate)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale

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
        PlanErrorKind.BUSY: translate(
            "Messages",
            "{path} is being written by another program and stayed busy for {seconds} s; "
            "nothing was changed. Try again in a moment.",
        ),
        PlanErrorKind.IO: translate("Messages", "{path}: {detail}"),
        PlanErrorKind.SAME_FILE: translate(
            "Messages",
            "{path} is the plan being copied ({source}), under another name or through a "
            "link: a copy cannot replace it. Choose another file name.",
        ),
        PlanErrorKind.DISK_FULL: translate(
            "Messages",
            "{path}: the disk is full, so the change could not be saved; nothing was "
            "changed. Free some space and try again.",
        ),
        PlanErrorKind.NOT_WRITABLE: translate(
            "Messages",
            "{path} cannot be written (the file or its folder is read-only); nothing was "
            "changed. Open it read-only or open a copy.",
        ),
        PlanErrorKind.SERVER_AUTH: translate(
            "Messages",
            "{path}: the server refused the user name or password ({detail}). "
            "Check them and try again.",
        ),
        PlanErrorKind.SERVER_UNREACHABLE: translate(
            "Messages",
            "{path}: the server cannot be reached ({detail}). Check the host and port, "
            "and that the server is running.",
        ),
        PlanErrorKind.NO_DATABASE: translate(
            "Messages", "{path}: the server has no database of that name ({detail})."
        ),
        PlanErrorKind.NO_PLAN: translate(
            "Messages",
            "{path} holds no OA Desk plan (the database is empty or another program's). "
            "Publish a plan file into it to start a team plan.",
        ),
        PlanErrorKind.DISCONNECTED: translate(
            "Messages",
            "{path}: the connection to the server was lost, so the change was not saved; "
            "nothing was changed. OA Desk reconnects by itself; until then the plan is "
            "read-only.",
        ),
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


def describe_schedule_error(err: BaseException) -> str | None:
    """Scheduling and outline refusals, translated; None when ``err`` is not one."""
    from oa_desk.domain.links import PredecessorSyntaxError
    from oa_desk.domain.schedule import DependencyLoopError, LinkError
    from oa_desk.services.tasks import TaskEditError

    if isinstance(err, DependencyLoopError):
        chain = " → ".join(
            f"#{i} {n}".strip() for i, n in zip(err.task_ids, err.names, strict=True)
        )
        first = f"#{err.task_ids[0]}" if err.task_ids else ""
        return translate(
            "Messages",
            "This would make tasks wait for each other in a loop: {chain} → {first}. "
            "Nothing was changed.",
        ).format(chain=chain, first=first)
    if isinstance(err, LinkError):
        texts = {
            "self": translate("Messages", "A task cannot depend on itself."),
            "duplicate": translate("Messages", "These two tasks are already linked."),
            "outline": translate(
                "Messages",
                "A summary task and a task under it cannot be linked (nothing was changed).",
            ),
            "summary_finish": translate(
                "Messages",
                "Links into a summary task must be finish-to-start or start-to-start.",
            ),
            "unknown": translate("Messages", "The task to link no longer exists."),
        }
        return texts.get(err.reason, str(err))
    if isinstance(err, PredecessorSyntaxError):
        return translate(
            "Messages",
            "Cannot read predecessor {n} ({item}): write a task ID, optionally followed by "
            "FS, SS, FF or SF and a lag, e.g. 12FS+2d, 15SS.",
        ).format(n=err.position, item=err.item)
    if isinstance(err, TaskEditError):
        texts = {
            "empty_name": translate("Messages", "A task needs a name."),
            "unknown_predecessor": translate(
                "Messages", "There is no task #{task_id} to link from."
            ),
            "self_link": translate("Messages", "A task cannot precede itself."),
            "duplicate_predecessor": translate("Messages", "Task #{id} is listed twice."),
            "out_of_range": translate("Messages", "{field} is out of its range."),
            "cannot_indent": translate(
                "Messages", "#{task_id} has no task above it on its level to go under."
            ),
            "cannot_outdent": translate("Messages", "#{task_id} is already at the top level."),
            "cannot_move": translate("Messages", "The task cannot move further that way."),
            "missing": translate("Messages", "The task no longer exists."),
            "link_too_few": translate("Messages", "Choose at least two tasks to link."),
            "link_too_many": translate("Messages", "At most {limit} tasks can be linked at once."),
            "already_linked": translate("Messages", "These tasks are already linked."),
            "not_linked": translate("Messages", "These tasks are not linked to each other."),
            "clip_empty": translate("Messages", "There is nothing to paste."),
            "clip_unreadable": translate(
                "Messages",
                "The clipboard holds no tasks: copy tasks in OA Desk, or rows from Excel "
                "with a task name column.",
            ),
            "clip_too_many": translate("Messages", "At most {limit} tasks can be pasted at once."),
            "clip_bad_cell": translate(
                "Messages",
                "Row {row} of the pasted rows: “{value}” cannot be read as {column}. "
                "Nothing was pasted.",
            ),
        }
        text = texts.get(err.code)
        params = dict(err.params)
        if err.code == "clip_bad_cell":  # which column, in the user's words
            params["column"] = {
                "duration": translate("Messages", "a duration"),
                "start": translate("Messages", "a start date"),
                "predecessors": translate("Messages", "predecessors"),
            }.get(str(params.get("column")), params.get("column"))
        return text.format(**params) if text else str(err)
    return None


def describe_edit_error(err: BaseException) -> str | None:
    """Refused baseline and calendar edits, translated; None when ``err`` is not one."""
    from oa_desk.services.baselines import BaselineError
    from oa_desk.services.schedule import ScheduleEditError

    texts: dict[str, str]
    if isinstance(err, BaselineError):
        texts = {
            "empty_name": translate("Messages", "A baseline needs a name."),
            "long_name": translate("Messages", "A baseline name has at most {limit} characters."),
            "duplicate_name": translate(
                "Messages", "There is already a baseline named “{name}”; choose another name."
            ),
            "exists": translate("Messages", "Baseline #{baseline_id} already exists."),
            "unknown": translate("Messages", "Baseline #{baseline_id} no longer exists."),
        }
    elif isinstance(err, ScheduleEditError):
        texts = {
            "missing": translate("Messages", "Task #{task_id} no longer exists."),
            "summary": translate(
                "Messages",
                "#{task_id} is a summary task: its dates and duration come from the "
                "tasks under it.",
            ),
            "already_exception": translate(
                "Messages", "{day} is already in the calendar's list of exceptions."
            ),
            "not_exception": translate(
                "Messages", "{day} is not in the calendar's list of exceptions."
            ),
            "communication_before_start": translate(
                "Messages",
                "The communication “{title}” follows the milestone “{milestone}” ({offset:+d} "
                "days): this change would put it on {day}, before the plan starts ({start}). "
                "Nothing was changed: move the milestone later, change the communication's "
                "days from the milestone, or the plan's start.",
            ),
        }
    else:
        return None
    text = texts.get(err.code)
    if text is None:
        return str(err)
    params = {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in err.params.items()}
    return text.format(**params)


def describe_mspdi_error(err: BaseException) -> str | None:
    """Why an MS Project XML file was refused, translated; None when ``err`` is not that."""
    from oa_desk.exchange.mspdi import MspdiError

    if not isinstance(err, MspdiError):
        return None
    p = dict(err.params)
    texts = {
        "io": translate("Messages", "{file} cannot be read: {detail}"),
        "dtd": translate(
            "Messages",
            "{file} was refused: it declares a DTD, which MS Project XML never needs and "
            "which can carry an XML bomb or an external entity.",
        ),
        "entities": translate(
            "Messages", "{file} was refused: it declares XML entities (a possible XML bomb)."
        ),
        "external": translate("Messages", "{file} was refused: it refers to an external resource."),
        "not_xml": translate(
            "Messages", "{file} is not well-formed XML (line {line}, column {column})."
        ),
        "not_project": translate(
            "Messages",
            "{file} is XML but not MS Project XML: its root element is <{element}>, not <Project>.",
        ),
        "missing": translate("Messages", "{file}: <{element}> is missing{place}."),
        "not_number": translate(
            "Messages", "{file}: <{element}> is not a number: “{value}”{place}."
        ),
        "not_date": translate("Messages", "{file}: <{element}> is not a date: “{value}”{place}."),
        "date_range": translate(
            "Messages",
            "{file}: <{element}> “{value}” is outside the dates a plan holds "
            "({low} to {high}){place}.",
        ),
        "duration_range": translate(
            "Messages",
            "{file}: <{element}> “{value}” is longer than {high} working days{place}.",
        ),
        "too_large": translate(
            "Messages",
            "{file} was refused: it holds {size} MB, more than the {limit} MB an MS Project "
            "XML plan needs.",
        ),
        "not_duration": translate(
            "Messages", "{file}: <{element}> is not a duration: “{value}”{place}."
        ),
        "years_months": translate(
            "Messages",
            "{file}: <{element}> counts in years or months, which have no fixed length: "
            "“{value}”{place}.",
        ),
        "duplicate_uid": translate("Messages", "{file}: the same UID appears twice{place}."),
        "level_jump": translate(
            "Messages", "{file}: the outline level jumps from {before} to {after}{place}."
        ),
        "constraint_type": translate("Messages", "{file}: unknown constraint type {value}{place}."),
        "baseline_number": translate(
            "Messages", "{file}: baseline number {value} is outside 0–10{place}."
        ),
        "unknown_predecessor": translate(
            "Messages", "{file}: the predecessor UID {value} is not a task of this file{place}."
        ),
        "link_type": translate("Messages", "{file}: unknown link type {value}{place}."),
        "long_exception": translate(
            "Messages",
            "{file}: a calendar exception spans more than ten years ({first} to {last}){place}.",
        ),
    }
    text = texts.get(err.code)
    if text is None:
        return str(err)
    place = p.pop("place", None)
    places = {
        "task": translate("Messages", " (task {value})"),
        "task_uid": translate("Messages", " (task UID {value})"),
        "link": translate("Messages", " (predecessor link of task UID {value})"),
        "calendar": translate("Messages", " (calendar UID {value})"),
    }
    p["place"] = places[place[0]].format(value=place[1]) if place else ""
    return text.format(**p)


def field_label(table: str, column: str) -> str:
    """A column's name as the plan workbook's headers give it, in the UI's language."""
    from oa_desk.exchange.spec import sheet_by_table

    try:
        col = sheet_by_table(table).column(column)
    except KeyError:
        return column
    return col.zh if QLocale().language() == QLocale.Language.Chinese else col.en


def describe_record_error(err: BaseException) -> str | None:
    """Refused register edits (services.records), translated; None when ``err`` is not one."""
    from oa_desk.services.records import RecordError

    if not isinstance(err, RecordError):
        return None
    params = dict(err.params)
    label = field_label(str(params.get("table", "")), str(params.get("field", "")))
    texts = {
        "value_required": translate("Messages", "{label} cannot be empty."),
        "text_too_long": translate("Messages", "{label} can hold at most {length} characters."),
        "below_minimum": translate("Messages", "{label} cannot be less than {low}."),
        "above_maximum": translate("Messages", "{label} cannot be more than {high}."),
        "wrong_type": translate("Messages", "{label} cannot be {value}."),
        "missing": translate("Messages", "That row no longer exists: someone deleted it."),
        "held": translate(
            "Messages",
            "It cannot be deleted while other rows still need it (for a department: its "
            "people, sub-departments or history). Move or delete those first.",
        ),
        "finish_before_start": translate("Messages", "{label} is before the start."),
        "second_accountable": translate(
            "Messages",
            "{holder} is already accountable (A) for “{task}”. A task has exactly one A: "
            "clear that cell first, or make {holder} responsible (R).",
        ),
        "already_member": translate("Messages", "{name} already has this role in the team."),
        "review_before_raised": translate(
            "Messages", "The review date is before the day the risk was raised."
        ),
        "target_equals_baseline": translate(
            "Messages", "The target equals the baseline: there would be nothing to achieve."
        ),
        "target_wrong_way": translate(
            "Messages",
            "The target is on the wrong side of the baseline: a goal that increases needs a "
            "target above the baseline, one that decreases a target below it.",
        ),
        "before_plan_start": translate(
            "Messages",
            "{label} would be {day}, before the plan starts ({start}): change the days "
            "from the milestone, or the plan's start.",
        ),
        "measurement_day_taken": translate(
            "Messages", "This KPI already has a measurement on {day}: change that one instead."
        ),
    }
    text = texts.get(err.code)
    if text is None:
        return str(err)
    return text.format(label=label, **{k: v for k, v in params.items() if k != "label"})


def describe_concurrency_error(err: BaseException) -> str | None:
    """Someone else changed the rows since they were read; a role that may not."""
    code = getattr(err, "code", None)
    params = getattr(err, "params", {})
    if code == "stale":
        from oa_desk.gui.activity.labels import table_label
        from oa_desk.gui.dates import format_datetime

        at = params.get("at")
        when = format_datetime(at) if isinstance(at, dt.datetime) else ""
        what = table_label(str(params.get("table", "")))
        if params.get("user"):
            text = translate(
                "Messages",
                "{what} #{id} was changed by {user} at {when} since you read it ({intent}). "
                "Nothing was changed; the view now shows their change: try again.",
            )
        else:
            text = translate(
                "Messages",
                "{what} #{id} was changed by someone else since you read it. "
                "Nothing was changed; the view now shows their change: try again.",
            )
        intent = params.get("intent") or translate("Messages", "no description")
        return text.format(
            what=what, id=params.get("id"), user=params.get("user"), when=when, intent=intent
        )
    if code == "not_allowed":
        from oa_desk.gui.roles import role_label

        return translate(
            "Messages",
            "{user} is {role} on this team plan, which does not allow this change; "
            "nothing was changed. The plan's owner can give you another role.",
        ).format(user=params.get("user", ""), role=role_label(str(params.get("role", ""))))
    return None


def describe(err: BaseException) -> str:
    if isinstance(err, PlanFileError):
        return describe_plan_error(err)
    if isinstance(err, InvalidValue):
        return describe_invalid_value(err)
    for describer in (
        describe_concurrency_error,
        describe_schedule_error,
        describe_edit_error,
        describe_mspdi_error,
        describe_record_error,
    ):
        text = describer(err)
        if text is not None:
            return text
    if isinstance(err, OSError):
        return f"{err.filename or ''}: {err.strerror or err}".lstrip(": ")
    return str(err)
