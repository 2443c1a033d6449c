"""A feedback round's results: one answer per row (satisfaction 1-5, a comment, a
suggestion), from an .xlsx or a CSV a survey tool exported.

The header is found among the first rows (a title above it is common), by
Chinese or English words; every answer keeps its row number as Excel shows it,
and every problem names its row, column letter, value and reason
(``not_a_number``, ``satisfaction_out_of_range``, ``missing_columns``). The file
passes ``exchange/safety`` first (``sheets.read_sheets``); it never opens the
plan: the round is made by ``services/feedback.import_round``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from oa_desk.exchange.normalize import CellError, clean_text, parse_float
from oa_desk.exchange.sheets import RawSheet, column_letter, read_sheets

__all__ = ["HEADERS", "Answer", "AnswerProblem", "Results", "parse_results", "read_results"]

HEADERS: dict[str, tuple[str, ...]] = {
    "satisfaction": ("满意度", "满意度评分", "评分", "打分", "分数", "satisfaction", "score"),
    "comment": ("意见", "评价", "评论", "反馈", "反馈内容", "comment", "comments", "feedback"),
    "suggestion": ("建议", "改进建议", "意见建议", "需求", "suggestion", "suggestions"),
    "respondent": ("姓名", "答卷人", "填写人", "工号", "name", "respondent"),
}
SCAN_ROWS = 30
MAX_ROWS = 50_000
MAX_TEXT = 2_000  # a comment or suggestion longer than this is cut


@dataclass(frozen=True, slots=True)
class Answer:
    row: int  # as Excel shows it
    satisfaction: int | None
    comment: str = ""
    suggestion: str = ""


@dataclass(frozen=True, slots=True)
class AnswerProblem:
    row: int  # 0: the whole sheet
    column: str
    code: str
    value: str = ""


@dataclass
class Results:
    answers: list[Answer] = field(default_factory=list)
    problems: list[AnswerProblem] = field(default_factory=list)


def _key(value: Any) -> str:
    text = unicodedata.normalize("NFKC", clean_text(value)).lower()
    return re.sub(r"[\s_:：()（）]|1-5|1～5|1~5", "", text)


def _header(sheet: RawSheet) -> tuple[int, dict[str, int]] | None:
    words = {w: f for f, ws in HEADERS.items() for w in ws}
    for index, row in enumerate(sheet.rows[:SCAN_ROWS]):
        found: dict[str, int] = {}
        for column, value in enumerate(row):
            name = words.get(_key(value))
            if name is not None and name not in found:
                found[name] = column
        if "satisfaction" in found or "suggestion" in found or "comment" in found:
            return index, found
    return None


def _cell(row: Sequence[Any], column: int | None) -> Any:
    return row[column] if column is not None and column < len(row) else ""


def parse_results(sheet: RawSheet) -> Results:
    out = Results()
    header = _header(sheet)
    if header is None:
        out.problems.append(AnswerProblem(0, "", "missing_columns", "满意度/意见/建议"))
        return out
    index, columns = header
    c = columns.get
    for r in range(index + 1, min(len(sheet.rows), index + 1 + MAX_ROWS)):
        values = sheet.rows[r]
        if not any(clean_text(v) for v in values):
            continue
        excel_row = r + 1
        raw = _cell(values, c("satisfaction"))
        score: int | None = None
        letter = column_letter(c("satisfaction") or 0)
        try:
            number = parse_float(raw)
        except CellError:
            out.problems.append(AnswerProblem(excel_row, letter, "not_a_number", clean_text(raw)))
            continue
        if number is not None:
            if number != int(number) or not 1 <= number <= 5:
                problem = AnswerProblem(
                    excel_row, letter, "satisfaction_out_of_range", clean_text(raw)
                )
                out.problems.append(problem)
                continue
            score = int(number)
        comment = clean_text(_cell(values, c("comment")))[:MAX_TEXT]
        suggestion = clean_text(_cell(values, c("suggestion")))[:MAX_TEXT]
        out.answers.append(Answer(excel_row, score, comment, suggestion))
    return out


def read_results(path: Path | str) -> Results:
    """The first sheet of a results file; refused files raise ``SpreadsheetRefused``."""
    sheets = read_sheets(path)
    if not sheets:
        return Results(problems=[AnswerProblem(0, "", "missing_columns", "")])
    return parse_results(sheets[0])
