"""Total and footer rows under a table (合计, 小计：3, 共 7 人, 应到 6 人，实到 5 人, Total).

One detection for every import that reads rows people typed: the foreign sheets
(oa_desk.exchange.foreign) and the training sign-in sheets skip these rows with
a note instead of reporting them as bad rows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

__all__ = ["is_summary_row"]

# What may follow a total's word: a colon or bracket and anything, a number, nothing.
_TAIL = r"(?:\s*[:：(（].*|\s*\d.*|\s*)$"
_TOTAL_WORD = r"(?:合|小|总|共)\s*计"
_COUNT = r"\d+\s*(?:人|名|条|项|个|行|位|家)"
# A total or footer line under a table, the whole cell: 合计, 小计：, 总计 7, 人数合计,
# 合计人数：7, 总人数, 以上合计, "共 7 人", "以上共 7 人", "共有 7 人", Total, Sub-total;
# and a sign-in sheet's head count: "应到 6 人，实到 5 人", "应到人数：6", "实际出席 5 人".
_SUMMARY = re.compile(
    rf"^(?:以上\s*)?(?:(?:人数\s*)?{_TOTAL_WORD}(?:\s*人数)?|总\s*人?\s*数"
    rf"|(?:sub[-\s]?|grand\s*)?total){_TAIL}"
    rf"|^(?:以上\s*)?共\s*(?:有|计)?\s*{_COUNT}"
    rf"|^(?:应|实际?)\s*(?:到|出席|参加|参训|签到)\s*(?:人数)?\s*[:：]?\s*\d",
    re.IGNORECASE,
)
# A unit's total, "财务部 小计", "财务部小计：3": a department's name and a total word.
# Only as the row's first cell with nothing but counts beside it, so that a person whose
# name holds such a word (王小计) is never taken for one.
_UNIT_TOTAL = re.compile(
    rf"^\S.*?(?:部|科|处|室|中心|组|队|局|院|所|司|厂|车间|班|[/／])\s*{_TOTAL_WORD}{_TAIL}"
)
_A_COUNT = re.compile(rf"^(?:\d+(?:\.\d+)?|{_COUNT})$")


def _a_count(value: Any) -> bool:
    if type(value) is str:
        return not value.strip() or bool(_A_COUNT.match(value.strip()))
    return value is None or (isinstance(value, int | float) and not isinstance(value, bool))


def is_summary_row(cells: Sequence[Any]) -> bool:
    """Whether a row is a total or a footer: one of its first two filled cells says so
    (the first may be a running number), or its first filled cell is a unit's total
    (财务部 小计) and the others are blank or counts."""
    filled = 0
    first: Any = None
    for index, value in enumerate(cells):
        if value in ("", None) or (type(value) is str and not value.strip()):
            continue
        if type(value) is str and _SUMMARY.match(value.strip()):
            return True
        filled += 1
        if filled == 1:
            first = index
        elif filled == 2:
            break
    if first is None or type(text := cells[first]) is not str:
        return False
    return bool(_UNIT_TOTAL.match(text.strip())) and all(_a_count(v) for v in cells[first + 1 :])
