"""Why an import row is wrong, as a code and parameters: the one English table.

The exchange layer has no Qt, so it cannot say anything in the user's language.
Every problem of an import preview (and every note beside it) is therefore a
:class:`ProblemCode` plus a few parameters, all text (a cell's value, a row
number, a sheet's bilingual title). :data:`ENGLISH` is the only place that
turns them into sentences, for the command line, logs and ``str()``; the gui
has its own table of the same sentences run through Qt translation
(``oa_desk.gui.excel.texts``), and a test keeps the two in step.

Parameters are language-neutral: values as the cell shows them, numbers
without grouping, codes (``SNET``, ``FS``) as the file writes them.
"""

from __future__ import annotations

import datetime as dt
import string
from collections import defaultdict
from collections.abc import Mapping
from enum import StrEnum
from functools import cache
from types import MappingProxyType

__all__ = [
    "ENGLISH",
    "ProblemCode",
    "check_params",
    "english",
    "param_names",
    "param_text",
    "params_as_text",
    "params_of",
    "shown_params",
]


class ProblemCode(StrEnum):
    """Every reason an import can give; the value is stable (logs, tests, saved reports)."""

    # -- cell values that cannot be read (the converters' CellError) ----------------
    NOT_A_DATE = "not_a_date"
    NOT_A_REAL_DATE = "not_a_real_date"
    WEEKDAY_MISMATCH = "weekday_mismatch"
    NOT_A_DATE_SERIAL = "not_a_date_serial"
    NOT_A_NUMBER = "not_a_number"
    NOT_A_WHOLE_NUMBER = "not_a_whole_number"
    NOT_YES_OR_NO = "not_yes_or_no"
    NOT_ONE_OF = "not_one_of"
    NOT_AN_EMPLOYEE_NO = "not_an_employee_no"
    BELOW_MINIMUM = "below_minimum"
    ABOVE_MAXIMUM = "above_maximum"
    VALUE_REQUIRED = "value_required"
    TEXT_TOO_LONG = "text_too_long"
    DATE_OUT_OF_RANGE = "date_out_of_range"
    FORMULA_WITHOUT_VALUE = "formula_without_value"
    FORMULA_WITHOUT_VALUE_NEW = "formula_without_value_new"
    # -- references to other rows ---------------------------------------------------
    NO_ROW_WITH_ID = "no_row_with_id"
    NO_PERSON_WITH_NUMBER = "no_person_with_number"
    NO_PERSON_NAMED = "no_person_named"
    PERSON_WITHOUT_DEPARTMENT = "person_without_department"
    NO_TICKET_WITH_NUMBER = "no_ticket_with_number"
    NO_DEPARTMENT_WITH_PATH = "no_department_with_path"
    DEPARTMENT_AMBIGUOUS = "department_ambiguous"
    DELETED_BY_IMPORT = "deleted_by_import"
    # -- headers, ids and keys of a sheet -------------------------------------------
    NOT_A_PLAN_WORKBOOK = "not_a_plan_workbook"
    UNKNOWN_COLUMN = "unknown_column"
    DUPLICATE_COLUMN = "duplicate_column"
    ID_COLUMN_MISSING = "id_column_missing"
    ID_NOT_IN_PLAN = "id_not_in_plan"
    DUPLICATE_ID = "duplicate_id"
    NOT_UNIQUE = "not_unique"
    NOT_UNIQUE_ELSEWHERE = "not_unique_elsewhere"
    DUPLICATE_ROW = "duplicate_row"
    NEEDS_ROW_LEFT_OUT = "needs_row_left_out"
    COLUMN_NOT_MAPPED = "column_not_mapped"
    EMPLOYEE_NO_AS_NUMBER = "employee_no_as_number"
    EMPLOYEE_NO_ZEROS_MATCHED = "employee_no_zeros_matched"
    NOT_AN_EMAIL = "not_an_email"
    NOT_A_PHONE = "not_a_phone"
    # -- trees and links ------------------------------------------------------------
    OUTLINE_LEVEL_INVALID = "outline_level_invalid"
    OUTLINE_LEVEL_JUMP = "outline_level_jump"
    DEPARTMENT_LOOP = "department_loop"
    SIBLING_NAME_TAKEN = "sibling_name_taken"
    SIBLING_NAME_TAKEN_ELSEWHERE = "sibling_name_taken_elsewhere"
    REFERS_TO_ITSELF = "refers_to_itself"
    PREDECESSOR_SYNTAX = "predecessor_syntax"
    PREDECESSOR_NO_TASK = "predecessor_no_task"
    PREDECESSOR_NOT_IN_SHEET = "predecessor_not_in_sheet"
    PREDECESSOR_TWICE = "predecessor_twice"
    DEPENDS_ON_ITSELF = "depends_on_itself"
    LINKS_EDITED_TWICE = "links_edited_twice"
    # -- rules across the fields of a row -------------------------------------------
    FINISH_BEFORE_START = "finish_before_start"
    REVIEW_BEFORE_RAISED = "review_before_raised"
    TARGET_EQUALS_BASELINE = "target_equals_baseline"
    TARGET_WRONG_WAY = "target_wrong_way"
    BASELINE_FINISH_BEFORE_START = "baseline_finish_before_start"
    GO_LIVE_BEFORE_START = "go_live_before_start"
    END_NOT_AFTER_START = "end_not_after_start"
    MILESTONE_DURATION = "milestone_duration"
    CONSTRAINT_NEEDS_DATE = "constraint_needs_date"
    ACTIVE_OVER_TOTAL = "active_over_total"
    COUNT_OVER_WHOLE = "count_over_whole"
    SATISFACTION_RANGE = "satisfaction_range"
    DURATION_UNREADABLE = "duration_unreadable"
    START_HELD_BY_LINKS = "start_held_by_links"
    START_NOT_WORKING_DAY = "start_not_working_day"
    SUMMARY_DATES_ROLLED_UP = "summary_dates_rolled_up"
    # -- the About sheet (the plan's own fields) ------------------------------------
    NEWER_FORMAT = "newer_format"
    PLAN_NAME_REQUIRED = "plan_name_required"
    START_AFTER_GO_LIVE = "start_after_go_live"
    # -- notes: not problems, said beside the preview -------------------------------
    NOTE_NO_ABOUT_SHEET = "note_no_about_sheet"
    NOTE_SHEET_NOT_IN_FILE = "note_sheet_not_in_file"
    OTHER_PLAN = "other_plan"
    NOTE_SHEET_BY_HEADERS = "note_sheet_by_headers"
    NOTE_SHEET_LEFT_OUT = "note_sheet_left_out"
    NOTE_TASKS_RESCHEDULED = "note_tasks_rescheduled"
    NOTE_SUMMARY_ROWS_SKIPPED = "note_summary_rows_skipped"
    NOTE_ROWS_LEFT_OUT = "note_rows_left_out"
    NOTE_SAME_SHEETS_LEFT_OUT = "note_same_sheets_left_out"


_C = ProblemCode

# The English sentence of each code; ``{name}`` is a parameter. The gui's
# translation table (oa_desk/gui/excel/texts.py) repeats these texts exactly.
ENGLISH: Mapping[ProblemCode, str] = MappingProxyType(
    {
        _C.NOT_A_DATE: (
            "'{value}' is not a date (use 2026-03-05, 2026/3/5, 2026.3.5 or 2026年3月5日)"
        ),
        _C.NOT_A_REAL_DATE: "'{value}' is not a real date",
        _C.WEEKDAY_MISMATCH: (
            "'{value}': {date} is a {actual}, not a {weekday}: check the date "
            "(a wrong weekday usually means a typo in it)"
        ),
        _C.NOT_A_DATE_SERIAL: "{value} is not a date serial number",
        _C.NOT_A_NUMBER: "'{value}' is not a number",
        _C.NOT_A_WHOLE_NUMBER: "'{value}' is not a whole number",
        _C.NOT_YES_OR_NO: "'{value}' is not yes or no (use TRUE/FALSE, 是/否, Y/N)",
        _C.NOT_ONE_OF: "'{value}' is not one of: {choices}",
        _C.NOT_AN_EMPLOYEE_NO: "'{value}' is not an employee number",
        _C.BELOW_MINIMUM: "{value} is below the minimum {low}",
        _C.ABOVE_MAXIMUM: "{value} is above the maximum {high}",
        _C.VALUE_REQUIRED: "a value is required",
        _C.TEXT_TOO_LONG: "longer than {length} characters: shorten it",
        _C.DATE_OUT_OF_RANGE: "{value} is outside the dates a plan holds ({low} to {high})",
        _C.FORMULA_WITHOUT_VALUE: (
            "the cell holds a formula without a value (saved by a program that did not "
            "calculate it): the plan's value is kept; type the value to change it"
        ),
        _C.FORMULA_WITHOUT_VALUE_NEW: (
            "the cell holds a formula without a value (saved by a program that did not "
            "calculate it): type the value"
        ),
        _C.NO_ROW_WITH_ID: "no row with ID {id} in {table}",
        _C.NO_PERSON_WITH_NUMBER: "no person with employee no. '{key}'",
        _C.NO_PERSON_NAMED: "no person with employee no. or name '{key}'",
        _C.PERSON_WITHOUT_DEPARTMENT: (
            "'{key}' is in no department in the plan: their usage is not counted"
        ),
        _C.NO_TICKET_WITH_NUMBER: "no ticket with number '{key}'",
        _C.NO_DEPARTMENT_WITH_PATH: "no department '{key}'",
        _C.DEPARTMENT_AMBIGUOUS: (
            "'{key}' names more than one department ({paths}): write the whole path"
        ),
        _C.DELETED_BY_IMPORT: "'{key}' is deleted by this import",
        _C.NOT_A_PLAN_WORKBOOK: (
            "no sheet of an OA Desk plan workbook was found; to import a roster or another "
            "sheet, import it as people, departments, requirements, tasks, adoption or feedback"
        ),
        _C.UNKNOWN_COLUMN: "unknown column: ignored",
        _C.DUPLICATE_COLUMN: "duplicate column",
        _C.ID_COLUMN_MISSING: "the ID column is missing: without it no row can be matched",
        _C.ID_NOT_IN_PLAN: "no row with ID {id} in the plan; clear the ID to add it as new",
        _C.DUPLICATE_ID: "ID {id} is also on row {row}",
        _C.NOT_UNIQUE: "must be unique: the same as row {row}",
        _C.NOT_UNIQUE_ELSEWHERE: "must be unique: the same as a row not in this sheet",
        _C.DUPLICATE_ROW: "the same as row {row}: each row must be a different entry of {table}",
        _C.NEEDS_ROW_LEFT_OUT: "refers to row {row}, which has errors and is left out",
        _C.COLUMN_NOT_MAPPED: "no column is mapped to {field}; choose one in the mapping",
        _C.EMPLOYEE_NO_ZEROS_MATCHED: (
            "employee no. {value} is taken as {key}, the one employee number of the plan "
            "that differs from it only in leading zeros"
        ),
        _C.EMPLOYEE_NO_AS_NUMBER: (
            "employee numbers in this column are stored as numbers, so Excel drops leading "
            "zeros (00123 shows as 123); they are imported as shown. Format the column as "
            "Text in Excel if your numbers have leading zeros."
        ),
        _C.NOT_AN_EMAIL: "'{value}' is not an e-mail address (name@example.com): imported as it is",
        _C.NOT_A_PHONE: (
            "'{value}' is not a phone number (a mobile has 11 digits, such as 13812345678 "
            "or +86 138 1234 5678): imported as it is"
        ),
        _C.OUTLINE_LEVEL_INVALID: "the outline level is a whole number from 1",
        _C.OUTLINE_LEVEL_JUMP: (
            "outline level {level} follows level {previous}: a level can go down by one at a time"
        ),
        _C.DEPARTMENT_LOOP: "the parent is inside this department: the tree would be a loop",
        _C.SIBLING_NAME_TAKEN: (
            "row {row} names a department '{name}' under the same parent: departments "
            "under one parent need different names"
        ),
        _C.SIBLING_NAME_TAKEN_ELSEWHERE: (
            "a department '{name}' under the same parent is not in this sheet: departments "
            "under one parent need different names"
        ),
        _C.REFERS_TO_ITSELF: "a row cannot refer to itself",
        _C.PREDECESSOR_SYNTAX: (
            "cannot read predecessor {position} ('{item}'): write a task ID, optionally "
            "followed by FS, SS, FF or SF and a lag such as +2d, e.g. '12FS+2d, 15SS'"
        ),
        _C.PREDECESSOR_NO_TASK: "no task with ID {id}",
        _C.PREDECESSOR_NOT_IN_SHEET: "no row with ID {id} in this sheet's ID column",
        _C.PREDECESSOR_TWICE: "task {id} is listed twice",
        _C.DEPENDS_ON_ITSELF: "a task cannot depend on itself",
        _C.LINKS_EDITED_TWICE: (
            "links were edited both here and on the Dependencies sheet; edit them in one "
            "place and import again"
        ),
        _C.FINISH_BEFORE_START: "the finish is before the start",
        _C.REVIEW_BEFORE_RAISED: "the review date is before the day the risk was raised",
        _C.TARGET_EQUALS_BASELINE: "the target equals the baseline: there is nothing to achieve",
        _C.TARGET_WRONG_WAY: "the target is on the wrong side of the baseline for the direction",
        _C.BASELINE_FINISH_BEFORE_START: "the baseline finish is before the baseline start",
        _C.GO_LIVE_BEFORE_START: "the go-live is before the start",
        _C.END_NOT_AFTER_START: "the end must be after the start",
        _C.MILESTONE_DURATION: "a milestone has a duration of 0 days",
        _C.CONSTRAINT_NEEDS_DATE: "constraint {constraint} needs a date",
        _C.ACTIVE_OVER_TOTAL: "more active users ({active}) than users ({total})",
        _C.COUNT_OVER_WHOLE: "{part} is more than the {whole} it is part of",
        _C.SATISFACTION_RANGE: "satisfaction is an average from 1 to 5",
        _C.DURATION_UNREADABLE: "write the duration in working days: 5, 5d or 5天",
        _C.START_NOT_WORKING_DAY: (
            "the start is not a working day: the task starts on the next one, {start}"
        ),
        _C.START_HELD_BY_LINKS: (
            "the start is before what the task's predecessors allow: it starts on {start}"
        ),
        _C.SUMMARY_DATES_ROLLED_UP: (
            "'{task}' is a summary task: its dates roll up from its subtasks "
            "({start} – {finish}), so the value typed here is not used; move its subtasks"
        ),
        _C.NEWER_FORMAT: (
            "this workbook has format {version}, newer than this OA Desk reads "
            "({supported}); update OA Desk"
        ),
        _C.PLAN_NAME_REQUIRED: "a plan needs a name",
        _C.START_AFTER_GO_LIVE: "the start is after go-live",
        _C.NOTE_NO_ABOUT_SHEET: "No About sheet: the plan's own fields are left unchanged.",
        _C.NOTE_SHEET_NOT_IN_FILE: "{sheet}: not in the file, left unchanged.",
        _C.OTHER_PLAN: (
            "this workbook was exported from another plan ('{name}', created {created}): "
            "its IDs name that plan's rows, and the rows of this plan with the same IDs "
            "would be changed"
        ),
        _C.NOTE_SHEET_BY_HEADERS: (
            "Sheet '{name}' is read as {sheet}: its headers are that sheet's."
        ),
        _C.NOTE_SHEET_LEFT_OUT: "Sheet '{name}' is no sheet of a plan workbook: left out.",
        _C.NOTE_SUMMARY_ROWS_SKIPPED: (
            "{count} total or footer rows (合计, 小计, 共 7 人…) were skipped: rows {rows}."
        ),
        _C.NOTE_ROWS_LEFT_OUT: (
            "{count} rows with errors are left out: rows {rows}. Export the problems, "
            "fix those rows and import them again."
        ),
        _C.NOTE_SAME_SHEETS_LEFT_OUT: (
            "Only sheet {sheet} is imported; these sheets have the same headers and are "
            "left out: {sheets}. Import each of them in turn."
        ),
        _C.NOTE_TASKS_RESCHEDULED: (
            "{count} more tasks move with the edited dates (their links reschedule them): {tasks}"
        ),
    }
)


def params_of(template: str) -> frozenset[str]:
    """The ``{name}`` placeholders of a template."""
    return frozenset(
        name for _text, name, _spec, _conv in string.Formatter().parse(template) if name
    )


@cache
def param_names(code: ProblemCode) -> frozenset[str]:
    """The parameters ``code`` takes: exactly the placeholders of its English text."""
    return params_of(ENGLISH[code])


def param_text(value: object) -> str:
    """A parameter value as language-neutral text (12, 0.5, 2026-03-05, TRUE)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def params_as_text(params: Mapping[str, object]) -> dict[str, str]:
    return {key: param_text(value) for key, value in params.items()}


def check_params(code: object, params: Mapping[str, str]) -> None:
    """Raise unless ``code`` is a ProblemCode and ``params`` are exactly the ones it takes."""
    if not isinstance(code, ProblemCode):
        raise TypeError(f"a problem needs a ProblemCode, not {code!r}")
    wanted = param_names(code)
    if wanted != params.keys():
        raise ValueError(f"{code}: parameters {sorted(params)} given, {sorted(wanted)} expected")
    for key, value in params.items():
        if type(value) is not str:
            raise TypeError(f"{code}: parameter {key} is {type(value).__name__}, not str")


def shown_params(code: ProblemCode, params: Mapping[str, str], language: str) -> dict[str, str]:
    """``params`` as a sentence in ``language`` shows them: a "not one of" list of codes
    becomes the enumeration's labels (准备, 实施, 优化)."""
    out = dict(params)
    if code is ProblemCode.NOT_ONE_OF and "choices" in out:
        from oa_desk.exchange.labels import choices_shown  # labels -> normalize -> here

        out["choices"] = choices_shown(out["choices"], language)
    return out


def english(code: ProblemCode, params: Mapping[str, str]) -> str:
    """The English sentence for ``code`` (a missing parameter shows as blank)."""
    return ENGLISH[code].format_map(defaultdict(str, shown_params(code, params, "en")))
