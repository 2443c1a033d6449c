"""Sign-in sheets: who attended a session, from an .xlsx or a CSV (UTF-8, GBK…).

A sheet a trainer brings back is rarely tidy: a title row or two above the
header ("OA 培训签到表"), Chinese or English headers, employee numbers that
lost their leading zeros as numbers, dates typed as text. This module finds
the header among the first rows, reads every row into a :class:`SigninRow`
with its row number as Excel shows it, and reports every problem with its
row and column; it never opens the plan. A merged cell (a department merged
down its people) applies to each of its rows, and total or footer rows
(合计：3 人, 应到 6 人，实到 5 人) are skipped with a note, as the foreign
imports do. Matching to the roster is the service's work
(``services.training_signin``).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from oa_desk.domain.enums import Attendance
from oa_desk.exchange.normalize import (
    CellError,
    clean_text,
    parse_datetime,
    parse_employee_no,
    parse_float,
)
from oa_desk.exchange.problems import ProblemCode
from oa_desk.exchange.sheets import RawSheet, column_letter, fill_merged, read_sheets
from oa_desk.exchange.summary_rows import is_summary_row

__all__ = ["HEADERS", "SigninProblem", "SigninRow", "SigninSheet", "parse_sheet", "read_signin"]

# Each field's header words (compared without spaces, case or full-width forms).
HEADERS: dict[str, tuple[str, ...]] = {
    "employee_no": (
        "工号",
        "员工编号",
        "员工号",
        "职工号",
        "人员编号",
        "employeeno",
        "employeeno.",
        "empno",
        "id",
    ),
    "name": ("姓名", "名字", "学员", "学员姓名", "name"),
    "department": ("部门", "所属部门", "单位", "department", "dept"),
    "attendance": ("出勤", "签到", "签到状态", "出勤情况", "状态", "attendance", "status"),
    "score": ("成绩", "分数", "考核成绩", "得分", "score"),
    "rating": ("评价", "满意度", "评分", "rating"),
    "signed_at": ("签到时间", "日期", "时间", "date", "signedat", "time"),
}
SCAN_ROWS = 30  # a header is looked for in the first rows (title rows above it)
MAX_ROWS = 100_000

_ATTENDANCE = {
    Attendance.PRESENT: (
        "出席",
        "出勤",
        "已到",
        "到",
        "签到",
        "已签到",
        "是",
        "√",
        "✓",
        "y",
        "yes",
        "p",
        "present",
        "1",
    ),
    Attendance.LATE: ("迟到", "l", "late"),
    Attendance.EXCUSED: ("请假", "事假", "病假", "e", "excused", "leave"),
    Attendance.ABSENT: (
        "缺席",
        "缺勤",
        "未到",
        "旷课",
        "否",
        "×",
        "x",
        "n",
        "no",
        "a",
        "absent",
        "0",
    ),
}
_ATTENDANCE_WORDS = {w: a for a, words in _ATTENDANCE.items() for w in words}


def _key(value: Any) -> str:
    text = unicodedata.normalize("NFKC", clean_text(value)).lower()
    return re.sub(r"[\s_:：()（）]", "", text)


@dataclass(frozen=True, slots=True)
class SigninRow:
    row: int  # as Excel shows it
    employee_no: str
    name: str
    department: str
    attendance: Attendance
    score: float | None = None
    rating: int | None = None
    signed_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class SigninProblem:
    row: int  # 0: the whole sheet
    column: str  # the column letter ("" for the whole row or sheet)
    code: str  # missing_columns, not_a_date, not_a_number, unknown_attendance, …
    value: str = ""
    key: str = ""  # employee_no_zeros_matched: the plan's employee number it was taken as


@dataclass
class SigninSheet:
    header_row: int = 0  # 1-based; 0 when none was found
    columns: dict[str, int] = field(default_factory=dict)
    rows: list[SigninRow] = field(default_factory=list)
    problems: list[SigninProblem] = field(default_factory=list)
    encoding: str | None = None
    # What the user should know but that leaves no row out (summary_rows_skipped).
    notes: list[SigninProblem] = field(default_factory=list)


def _find_header(sheet: RawSheet) -> tuple[int, dict[str, int]] | None:
    words = {w: f for f, ws in HEADERS.items() for w in ws}
    best: tuple[int, dict[str, int]] | None = None
    for index, row in enumerate(sheet.rows[:SCAN_ROWS]):
        found: dict[str, int] = {}
        for column, value in enumerate(row):
            name = words.get(_key(value))
            if name is not None and name not in found:
                found[name] = column
        if len(found) >= 2 and (best is None or len(found) > len(best[1])):
            best = (index, found)
            if len(found) >= 3:
                break
    return best


def _cell(row: Sequence[Any], column: int | None) -> Any:
    return row[column] if column is not None and column < len(row) else ""


def parse_sheet(sheet: RawSheet, widths: dict[int, int] | None = None) -> SigninSheet:
    """A raw sheet's sign-in rows and its problems (each with its row and column)."""
    out = SigninSheet(encoding=sheet.encoding)
    header = _find_header(sheet)
    if header is None or ("employee_no" not in header[1] and "name" not in header[1]):
        out.problems.append(SigninProblem(0, "", "missing_columns", "工号/姓名"))
        return out
    index, columns = header
    out.header_row, out.columns = index + 1, columns
    c = columns.get
    skipped: list[int] = []
    for r in range(index + 1, min(len(sheet.rows), index + 1 + MAX_ROWS)):
        values = sheet.rows[r]
        if not any(clean_text(v) for v in values):
            continue
        excel_row = r + 1
        if is_summary_row(values):
            skipped.append(excel_row)
            continue
        problems: list[SigninProblem] = []

        def blame(
            field_name: str,
            code: str,
            value: Any,
            problems: list[SigninProblem] = problems,
            excel_row: int = excel_row,
        ) -> None:
            column = c(field_name)
            letter = column_letter(column) if column is not None else ""
            problems.append(SigninProblem(excel_row, letter, code, clean_text(value)))

        raw_no = _cell(values, c("employee_no"))
        try:
            number, _was_number = parse_employee_no(
                raw_no, (widths or {}).get(c("employee_no") or 0)
            )
        except CellError:
            blame("employee_no", "not_an_employee_no", raw_no)
            number = ""
        word = _key(_cell(values, c("attendance")))
        attendance = _ATTENDANCE_WORDS.get(word, Attendance.PRESENT if not word else None)
        if attendance is None:
            blame("attendance", "unknown_attendance", _cell(values, c("attendance")))
        score: float | None = None
        raw_score = _cell(values, c("score"))
        try:
            score = parse_float(raw_score)
        except CellError:
            blame("score", "not_a_number", raw_score)
        if score is not None and not 0 <= score <= 100:
            blame("score", "score_out_of_range", raw_score)
        rating: int | None = None
        raw_rating = _cell(values, c("rating"))
        try:
            value = parse_float(raw_rating)
            rating = int(value) if value is not None else None
            if value is not None and (value != rating or not 1 <= rating <= 5):
                blame("rating", "rating_out_of_range", raw_rating)
        except CellError:
            blame("rating", "not_a_number", raw_rating)
        signed_at: dt.datetime | None = None
        raw_date = _cell(values, c("signed_at"))
        try:
            signed_at = parse_datetime(raw_date)
        except CellError as exc:
            wrong_day = exc.code is ProblemCode.WEEKDAY_MISMATCH
            blame("signed_at", "weekday_mismatch" if wrong_day else "not_a_date", raw_date)
        name = clean_text(_cell(values, c("name")))
        if not number and not name:
            problems.append(SigninProblem(excel_row, "", "no_person", ""))
        if problems:
            out.problems.extend(problems)
            continue
        out.rows.append(
            SigninRow(
                excel_row,
                number,
                name,
                clean_text(_cell(values, c("department"))),
                attendance or Attendance.PRESENT,
                score,
                rating,
                signed_at,
            )
        )
    if skipped:
        shown = ", ".join(map(str, skipped[:10])) + ("…" if len(skipped) > 10 else "")
        out.notes.append(SigninProblem(0, "", "summary_rows_skipped", shown))
    return out


def read_signin(path: Path | str) -> SigninSheet:
    """Read the first sheet of a sign-in file (.xlsx, .csv in UTF-8 or GBK…)."""
    from oa_desk.exchange.sheets import number_formats, zero_pad_width

    sheets = read_sheets(path)
    if not sheets:
        return SigninSheet(problems=[SigninProblem(0, "", "missing_columns", "")])
    sheet = sheets[0]
    fill_merged(sheet)  # a department merged down its people names each of them
    widths: dict[int, int] = {}
    if Path(path).suffix.lower() in (".xlsx", ".xlsm"):
        for column, code in number_formats(path, sheet.name).items():
            width = zero_pad_width(code)
            if width:
                widths[column] = width
    return parse_sheet(sheet, widths)
