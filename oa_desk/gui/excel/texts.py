"""Translated texts for Excel in and out: refused files, import problems, stages, kinds.

The exchange layer has no Qt, so it says *why* in codes (``RefusalReason``,
``ProblemCode`` and their parameters) and short English stage names; this
module turns them into the user's language.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from oa_desk.exchange.changeset import Note, Problem, Severity, StalePreview
from oa_desk.exchange.mapping import ImportKind
from oa_desk.exchange.problems import ProblemCode, english, shown_params
from oa_desk.exchange.progress import Cancelled
from oa_desk.exchange.safety import RefusalReason, SpreadsheetRefused
from oa_desk.gui import messages
from oa_desk.services.plan import InvalidValue
from oa_desk.store.errors import PlanFileError

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

WORKBOOK = "workbook"  # the preview kind of a plan workbook import


def number(value: int) -> str:
    """A count with the locale's digit grouping (1,204 / 1,204)."""
    return QLocale().toString(value)


def refusal(err: SpreadsheetRefused) -> str:
    """Why a file was refused, naming it, in the user's language."""
    texts: dict[RefusalReason, str] = {
        RefusalReason.MISSING: translate("Excel", "{name}: no such file."),
        RefusalReason.EMPTY: translate(
            "Excel", "{name} is empty (0 bytes): there is nothing to import."
        ),
        RefusalReason.TOO_LARGE: translate("Excel", "{name} is too large ({detail})."),
        RefusalReason.NOT_ZIP: translate(
            "Excel",
            "{name} is not an Excel workbook: an .xlsx file is a zip archive and this is not "
            "one. If it holds comma-separated text, give it the .csv extension.",
        ),
        RefusalReason.CORRUPT: translate(
            "Excel",
            "{name} is damaged ({detail}). Open it in Excel or WPS, repair it and save it again.",
        ),
        RefusalReason.ZIP_BOMB: translate(
            "Excel",
            "{name} was refused: its part {member} {detail}. Real workbooks never look like "
            "this, so it was not opened.",
        ),
        RefusalReason.TOO_MANY_MEMBERS: translate(
            "Excel", "{name} was refused: it holds {detail} parts, far more than a workbook."
        ),
        RefusalReason.XML_DTD: translate(
            "Excel",
            "{name} was refused: its part {member} declares a DTD or entities (a possible "
            "XML bomb or external entity). Real workbooks never do.",
        ),
        RefusalReason.ENCRYPTED: translate(
            "Excel",
            "{name} is protected by a password. Open it in Excel or WPS, remove the password "
            "(File › Info › Protect Workbook) and import the saved copy.",
        ),
        RefusalReason.LEGACY_XLS: translate(
            "Excel",
            "{name} is an old Excel 97-2003 (.xls) workbook. Open it in Excel or WPS, save it "
            "as an Excel Workbook (.xlsx) and import that.",
        ),
        RefusalReason.XLSB: translate(
            "Excel",
            "{name} is an Excel binary workbook (.xlsb). Save it as an Excel Workbook (.xlsx).",
        ),
        RefusalReason.ODS: translate(
            "Excel",
            "{name} is an OpenDocument spreadsheet (.ods). Save it as an Excel Workbook (.xlsx).",
        ),
        RefusalReason.HTML: translate(
            "Excel",
            "{name} is a web page (HTML) named like a spreadsheet, as some systems export. "
            "Open it in Excel or WPS and save it as an Excel Workbook (.xlsx).",
        ),
        RefusalReason.XML_2003: translate(
            "Excel",
            "{name} is an Excel 2003 XML spreadsheet. Save it as an Excel Workbook (.xlsx).",
        ),
        RefusalReason.NOT_SPREADSHEET: translate(
            "Excel", "{name} is not a spreadsheet ({detail})."
        ),
        RefusalReason.NO_DEFUSEDXML: translate(
            "Excel",
            "The defusedxml package is missing, so workbooks cannot be read safely. "
            "Reinstall OA Desk.",
        ),
        RefusalReason.BINARY_TEXT: translate(
            "Excel", "{name} is not a text (CSV) file: it holds binary data ({detail})."
        ),
        RefusalReason.CELL_RANGE: translate(
            "Excel",
            "{name} was refused: its sheet {sheet} reaches cell {cell} ({detail}). Delete the "
            "empty rows and columns after the data in Excel or WPS and save it again.",
        ),
        RefusalReason.STRING_COUNT: translate(
            "Excel",
            "{name} was refused: its part {member} claims {detail}. Real workbooks never do; "
            "open it in Excel or WPS and save it again.",
        ),
        RefusalReason.MIXED_ENCODING: translate(
            "Excel",
            "{name} mixes two text encodings: it is UTF-8 up to line {line}, where byte "
            "{byte} is not (GBK or another encoding from there on). Save the whole file "
            "again as UTF-8 (or as GBK) and import it again.",
        ),
    }
    params: defaultdict[str, Any] = defaultdict(str, err.params)
    text = texts.get(err.reason)
    return text.format_map(params) if text else str(err)


def problem_templates() -> dict[ProblemCode, str]:
    """Each problem code's sentence in the user's language, ``{name}`` for a parameter.

    The English source texts are exactly those of ``oa_desk.exchange.problems.ENGLISH``
    (a test compares them). Build the table once per use (a model keeps one
    until the language changes): it is some sixty look-ups.
    """
    return {
        ProblemCode.NOT_A_DATE: translate(
            "ImportProblems",
            "'{value}' is not a date (use 2026-03-05, 2026/3/5, 2026.3.5 or 2026年3月5日)",
        ),
        ProblemCode.NOT_A_REAL_DATE: translate("ImportProblems", "'{value}' is not a real date"),
        ProblemCode.WEEKDAY_MISMATCH: translate(
            "ImportProblems",
            "'{value}': {date} is a {actual}, not a {weekday}: check the date "
            "(a wrong weekday usually means a typo in it)",
        ),
        ProblemCode.DATE_OUT_OF_RANGE: translate(
            "ImportProblems", "{value} is outside the dates a plan holds ({low} to {high})"
        ),
        ProblemCode.NOT_A_DATE_SERIAL: translate(
            "ImportProblems",
            "{value} is not a date serial number",
        ),
        ProblemCode.NOT_A_NUMBER: translate("ImportProblems", "'{value}' is not a number"),
        ProblemCode.NOT_A_WHOLE_NUMBER: translate(
            "ImportProblems",
            "'{value}' is not a whole number",
        ),
        ProblemCode.NOT_YES_OR_NO: translate(
            "ImportProblems",
            "'{value}' is not yes or no (use TRUE/FALSE, 是/否, Y/N)",
        ),
        ProblemCode.NOT_ONE_OF: translate("ImportProblems", "'{value}' is not one of: {choices}"),
        ProblemCode.NOT_AN_EMPLOYEE_NO: translate(
            "ImportProblems",
            "'{value}' is not an employee number",
        ),
        ProblemCode.BELOW_MINIMUM: translate(
            "ImportProblems",
            "{value} is below the minimum {low}",
        ),
        ProblemCode.ABOVE_MAXIMUM: translate(
            "ImportProblems",
            "{value} is above the maximum {high}",
        ),
        ProblemCode.VALUE_REQUIRED: translate("ImportProblems", "a value is required"),
        ProblemCode.TEXT_TOO_LONG: translate(
            "ImportProblems",
            "longer than {length} characters: shorten it",
        ),
        ProblemCode.NO_ROW_WITH_ID: translate("ImportProblems", "no row with ID {id} in {table}"),
        ProblemCode.NO_PERSON_WITH_NUMBER: translate(
            "ImportProblems",
            "no person with employee no. '{key}'",
        ),
        ProblemCode.NO_PERSON_NAMED: translate(
            "ImportProblems",
            "no person with employee no. or name '{key}'",
        ),
        ProblemCode.NO_TICKET_WITH_NUMBER: translate(
            "ImportProblems",
            "no ticket with number '{key}'",
        ),
        ProblemCode.NO_DEPARTMENT_WITH_PATH: translate("ImportProblems", "no department '{key}'"),
        ProblemCode.DEPARTMENT_AMBIGUOUS: translate(
            "ImportProblems",
            "'{key}' names more than one department ({paths}): write the whole path",
        ),
        ProblemCode.DELETED_BY_IMPORT: translate(
            "ImportProblems",
            "'{key}' is deleted by this import",
        ),
        ProblemCode.NOT_A_PLAN_WORKBOOK: translate(
            "ImportProblems",
            "no sheet of an OA Desk plan workbook was found; to import a roster or another "
            "sheet, import it as people, departments, requirements, tasks, adoption or "
            "feedback",
        ),
        ProblemCode.UNKNOWN_COLUMN: translate("ImportProblems", "unknown column: ignored"),
        ProblemCode.DUPLICATE_COLUMN: translate("ImportProblems", "duplicate column"),
        ProblemCode.ID_COLUMN_MISSING: translate(
            "ImportProblems",
            "the ID column is missing: without it no row can be matched",
        ),
        ProblemCode.ID_NOT_IN_PLAN: translate(
            "ImportProblems",
            "no row with ID {id} in the plan; clear the ID to add it as new",
        ),
        ProblemCode.DUPLICATE_ID: translate("ImportProblems", "ID {id} is also on row {row}"),
        ProblemCode.NOT_UNIQUE: translate(
            "ImportProblems",
            "must be unique: the same as row {row}",
        ),
        ProblemCode.NOT_UNIQUE_ELSEWHERE: translate(
            "ImportProblems",
            "must be unique: the same as a row not in this sheet",
        ),
        ProblemCode.DUPLICATE_ROW: translate(
            "ImportProblems",
            "the same as row {row}: each row must be a different entry of {table}",
        ),
        ProblemCode.COLUMN_NOT_MAPPED: translate(
            "ImportProblems",
            "no column is mapped to {field}; choose one in the mapping",
        ),
        ProblemCode.NEEDS_ROW_LEFT_OUT: translate(
            "ImportProblems", "refers to row {row}, which has errors and is left out"
        ),
        ProblemCode.EMPLOYEE_NO_ZEROS_MATCHED: translate(
            "ImportProblems",
            "employee no. {value} is taken as {key}, the one employee number of the plan "
            "that differs from it only in leading zeros",
        ),
        ProblemCode.EMPLOYEE_NO_AS_NUMBER: translate(
            "ImportProblems",
            "employee numbers in this column are stored as numbers, so Excel drops leading "
            "zeros (00123 shows as 123); they are imported as shown. Format the column as "
            "Text in Excel if your numbers have leading zeros.",
        ),
        ProblemCode.OUTLINE_LEVEL_INVALID: translate(
            "ImportProblems",
            "the outline level is a whole number from 1",
        ),
        ProblemCode.OUTLINE_LEVEL_JUMP: translate(
            "ImportProblems",
            "outline level {level} follows level {previous}: a level can go down by one at a time",
        ),
        ProblemCode.DEPARTMENT_LOOP: translate(
            "ImportProblems",
            "the parent is inside this department: the tree would be a loop",
        ),
        ProblemCode.SIBLING_NAME_TAKEN: translate(
            "ImportProblems",
            "row {row} names a department '{name}' under the same parent: departments "
            "under one parent need different names",
        ),
        ProblemCode.SIBLING_NAME_TAKEN_ELSEWHERE: translate(
            "ImportProblems",
            "a department '{name}' under the same parent is not in this sheet: departments "
            "under one parent need different names",
        ),
        ProblemCode.REFERS_TO_ITSELF: translate("ImportProblems", "a row cannot refer to itself"),
        ProblemCode.PREDECESSOR_SYNTAX: translate(
            "ImportProblems",
            "cannot read predecessor {position} ('{item}'): write a task ID, optionally "
            "followed by FS, SS, FF or SF and a lag such as +2d, e.g. '12FS+2d, 15SS'",
        ),
        ProblemCode.PREDECESSOR_NO_TASK: translate("ImportProblems", "no task with ID {id}"),
        ProblemCode.PREDECESSOR_NOT_IN_SHEET: translate(
            "ImportProblems",
            "no row with ID {id} in this sheet's ID column",
        ),
        ProblemCode.PREDECESSOR_TWICE: translate("ImportProblems", "task {id} is listed twice"),
        ProblemCode.DEPENDS_ON_ITSELF: translate(
            "ImportProblems",
            "a task cannot depend on itself",
        ),
        ProblemCode.LINKS_EDITED_TWICE: translate(
            "ImportProblems",
            "links were edited both here and on the Dependencies sheet; edit them in one "
            "place and import again",
        ),
        ProblemCode.FINISH_BEFORE_START: translate(
            "ImportProblems",
            "the finish is before the start",
        ),
        ProblemCode.REVIEW_BEFORE_RAISED: translate(
            "ImportProblems",
            "the review date is before the day the risk was raised",
        ),
        ProblemCode.TARGET_EQUALS_BASELINE: translate(
            "ImportProblems",
            "the target equals the baseline: there is nothing to achieve",
        ),
        ProblemCode.TARGET_WRONG_WAY: translate(
            "ImportProblems",
            "the target is on the wrong side of the baseline for the direction",
        ),
        ProblemCode.BASELINE_FINISH_BEFORE_START: translate(
            "ImportProblems",
            "the baseline finish is before the baseline start",
        ),
        ProblemCode.GO_LIVE_BEFORE_START: translate(
            "ImportProblems",
            "the go-live is before the start",
        ),
        ProblemCode.END_NOT_AFTER_START: translate(
            "ImportProblems",
            "the end must be after the start",
        ),
        ProblemCode.MILESTONE_DURATION: translate(
            "ImportProblems",
            "a milestone has a duration of 0 days",
        ),
        ProblemCode.CONSTRAINT_NEEDS_DATE: translate(
            "ImportProblems",
            "constraint {constraint} needs a date",
        ),
        ProblemCode.ACTIVE_OVER_TOTAL: translate(
            "ImportProblems",
            "more active users ({active}) than users ({total})",
        ),
        ProblemCode.PERSON_WITHOUT_DEPARTMENT: translate(
            "ImportProblems",
            "'{key}' is in no department in the plan: their usage is not counted",
        ),
        ProblemCode.COUNT_OVER_WHOLE: translate(
            "ImportProblems",
            "{part} is more than the {whole} it is part of",
        ),
        ProblemCode.SATISFACTION_RANGE: translate(
            "ImportProblems",
            "satisfaction is an average from 1 to 5",
        ),
        ProblemCode.NOT_AN_EMAIL: translate(
            "ImportProblems",
            "'{value}' is not an e-mail address (name@example.com): imported as it is",
        ),
        ProblemCode.NOT_A_PHONE: translate(
            "ImportProblems",
            "'{value}' is not a phone number (a mobile has 11 digits, such as 13812345678 "
            "or +86 138 1234 5678): imported as it is",
        ),
        ProblemCode.FORMULA_WITHOUT_VALUE: translate(
            "ImportProblems",
            "the cell holds a formula without a value (saved by a program that did not "
            "calculate it): the plan's value is kept; type the value to change it",
        ),
        ProblemCode.FORMULA_WITHOUT_VALUE_NEW: translate(
            "ImportProblems",
            "the cell holds a formula without a value (saved by a program that did not "
            "calculate it): type the value",
        ),
        ProblemCode.DURATION_UNREADABLE: translate(
            "ImportProblems",
            "write the duration in working days: 5, 5d or 5天",
        ),
        ProblemCode.START_NOT_WORKING_DAY: translate(
            "ImportProblems",
            "the start is not a working day: the task starts on the next one, {start}",
        ),
        ProblemCode.START_HELD_BY_LINKS: translate(
            "ImportProblems",
            "the start is before what the task's predecessors allow: it starts on {start}",
        ),
        ProblemCode.SUMMARY_DATES_ROLLED_UP: translate(
            "ImportProblems",
            "'{task}' is a summary task: its dates roll up from its subtasks "
            "({start} – {finish}), so the value typed here is not used; move its subtasks",
        ),
        ProblemCode.NEWER_FORMAT: translate(
            "ImportProblems",
            "this workbook has format {version}, newer than this OA Desk reads "
            "({supported}); update OA Desk",
        ),
        ProblemCode.PLAN_NAME_REQUIRED: translate("ImportProblems", "a plan needs a name"),
        ProblemCode.START_AFTER_GO_LIVE: translate("ImportProblems", "the start is after go-live"),
        ProblemCode.NOTE_NO_ABOUT_SHEET: translate(
            "ImportProblems",
            "No About sheet: the plan's own fields are left unchanged.",
        ),
        ProblemCode.NOTE_SHEET_NOT_IN_FILE: translate(
            "ImportProblems",
            "{sheet}: not in the file, left unchanged.",
        ),
        ProblemCode.OTHER_PLAN: translate(
            "ImportProblems",
            "this workbook was exported from another plan ('{name}', created {created}): "
            "its IDs name that plan's rows, and the rows of this plan with the same IDs "
            "would be changed",
        ),
        ProblemCode.NOTE_SHEET_BY_HEADERS: translate(
            "ImportProblems",
            "Sheet '{name}' is read as {sheet}: its headers are that sheet's.",
        ),
        ProblemCode.NOTE_SHEET_LEFT_OUT: translate(
            "ImportProblems",
            "Sheet '{name}' is no sheet of a plan workbook: left out.",
        ),
        ProblemCode.NOTE_SUMMARY_ROWS_SKIPPED: translate(
            "ImportProblems",
            "{count} total or footer rows (合计, 小计, 共 7 人…) were skipped: rows {rows}.",
        ),
        ProblemCode.NOTE_ROWS_LEFT_OUT: translate(
            "ImportProblems",
            "{count} rows with errors are left out: rows {rows}. Export the problems, "
            "fix those rows and import them again.",
        ),
        ProblemCode.NOTE_SAME_SHEETS_LEFT_OUT: translate(
            "ImportProblems",
            "Only sheet {sheet} is imported; these sheets have the same headers and are "
            "left out: {sheets}. Import each of them in turn.",
        ),
        ProblemCode.NOTE_TASKS_RESCHEDULED: translate(
            "ImportProblems",
            "{count} more tasks move with the edited dates (their links reschedule them): {tasks}",
        ),
    }


Templates = Mapping[ProblemCode, str]


def say(code: ProblemCode, params: Mapping[str, str], templates: Templates | None = None) -> str:
    """A problem code and its parameters as a sentence in the user's language."""
    text = (templates if templates is not None else problem_templates()).get(code)
    if text is None:  # pragma: no cover - a test proves every code is in the table
        return english(code, params)
    shown = shown_params(code, params, QLocale().name())
    return text.format_map(defaultdict(str, shown))


def reason(problem: Problem, templates: Templates | None = None) -> str:
    """Why ``problem`` is one, in the user's language."""
    return say(problem.code, problem.params, templates)


def note(item: Note, templates: Templates | None = None) -> str:
    """A note of the preview in the user's language."""
    return say(item.code, item.params, templates)


def reason_formatter() -> Callable[[Problem], str]:
    """``reason`` with the table built now, in this thread (for the error workbook)."""
    templates = problem_templates()
    return lambda problem: reason(problem, templates)


def severity_name(severity: Severity) -> str:
    if severity is Severity.ERROR:
        return translate("Excel", "Error")
    if severity is Severity.LEFT_OUT:
        return translate("Excel", "Left out")
    return translate("Excel", "Warning")


def severity_formatter() -> Callable[[Severity], str]:
    """``severity_name`` with the words looked up now, in this thread."""
    names = {s: severity_name(s) for s in Severity}
    return names.__getitem__


def stage(name: str) -> str:
    """A progress stage as the services name it ("Writing 人员 People"), translated."""
    exact = {
        "Reading the plan": translate("Excel", "Reading the plan"),
        "Reading the file": translate("Excel", "Reading the file"),
        "Reading the workbook": translate("Excel", "Reading the workbook"),
        "Writing the Gantt sheet": translate("Excel", "Drawing the Gantt sheet"),
        "Writing the report": translate("Excel", "Writing the report"),
        "Saving": translate("Excel", "Saving the file"),
        "Writing": translate("Excel", "Writing to the plan"),
        "Taking a snapshot": translate("Excel", "Taking a snapshot of the plan"),
        "Looking up names": translate("Excel", "Looking up names"),
    }
    if name in exact:
        return exact[name]
    prefixes = {
        "Checking ": translate("Excel", "Checking {name}"),
        "Matching ": translate("Excel", "Matching {name} with the plan"),
        "Writing ": translate("Excel", "Writing {name}"),
    }
    for prefix, text in prefixes.items():
        if name.startswith(prefix):
            return text.format(name=name[len(prefix) :])
    return name


def kind_name(kind: str) -> str:
    """What an import brings in, for menus, titles and the preview."""
    names = {
        ImportKind.PEOPLE.value: translate("Excel", "People (employee roster)"),
        ImportKind.DEPARTMENTS.value: translate("Excel", "Departments"),
        ImportKind.REQUIREMENTS.value: translate("Excel", "Requirements"),
        ImportKind.TASKS.value: translate("Excel", "Tasks"),
        ImportKind.ADOPTION.value: translate("Excel", "Adoption figures"),
        ImportKind.USAGE.value: translate("Excel", "OA usage per person (logins)"),
        ImportKind.FEEDBACK.value: translate("Excel", "Feedback results"),
        WORKBOOK: translate("Excel", "OA Desk plan workbook"),
    }
    return names.get(kind, kind)


def cancelled() -> str:
    return translate("Excel", "Cancelled: nothing was changed.")


def describe(err: BaseException, path: Path | None = None) -> str:
    """Any error of Excel work as a message for the user."""
    if isinstance(err, SpreadsheetRefused):
        return refusal(err)
    if isinstance(err, Cancelled):
        return cancelled()
    if isinstance(err, StalePreview):
        return translate(
            "Excel",
            "The plan changed after the preview was made, so nothing was imported. "
            "Import the file again to see an up-to-date preview.",
        )
    if isinstance(err, PlanFileError | InvalidValue):
        return messages.describe(err)
    if isinstance(err, OSError):
        where = err.filename or (str(path) if path else "")
        return translate(
            "Excel",
            "{path} could not be read or written: {reason}. If the file is open in Excel or "
            "WPS, close it there and try again.",
        ).format(path=where, reason=err.strerror or str(err))
    log.error("Excel work failed", exc_info=err)
    return translate("Excel", "Something went wrong: {error}").format(error=err)
