"""Cell converters per column type, shared by the plan workbook and foreign imports."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import Any

from oa_desk.domain import checks
from oa_desk.exchange.labels import label_codes
from oa_desk.exchange.normalize import (
    CellError,
    cell_text,
    clean_code,
    parse_bool,
    parse_date,
    parse_datetime,
    parse_enum,
    parse_float,
    parse_int,
    raise_finding,
)
from oa_desk.exchange.spec import ColType, Column

__all__ = ["ENUM_LABELS", "converter", "normalise_header", "split_list"]

Converter = Callable[[Any], Any]

# Distinct texts remembered per enumeration column (a hostile sheet of unique
# values must not grow the memo without bound).
_MEMO_LIMIT = 4096

# Chinese (and other) spellings accepted for enumeration codes, lower case.
ENUM_LABELS: dict[str, dict[str, str]] = {
    "AudienceTier": {
        "领导": "leadership",
        "领导层": "leadership",
        "管理层": "leadership",
        "高管": "leadership",
        "关键用户": "key_user",
        "管理员": "key_user",
        "信息专员": "key_user",
        "部门管理员": "key_user",
        "普通用户": "end_user",
        "员工": "end_user",
        "一般用户": "end_user",
        "用户": "end_user",
    },
    "Phase": {
        "准备": "prepare",
        "准备阶段": "prepare",
        "实施": "implement",
        "实施阶段": "implement",
        "优化": "optimise",
        "优化阶段": "optimise",
        "optimize": "optimise",
    },
    "TaskKind": {"任务": "task", "摘要": "summary", "汇总": "summary", "里程碑": "milestone"},
    "Priority": {
        "必须": "must",
        "应该": "should",
        "可以": "could",
        "不做": "wont",
        "高": "must",
        "中": "should",
        "低": "could",
    },
    "Fit": {
        "标准": "standard",
        "标准功能": "standard",
        "配置": "configuration",
        "定制": "customisation",
        "二次开发": "customisation",
        "差距": "gap",
        "无法满足": "gap",
        "customization": "customisation",
    },
    "RequirementStatus": {
        "新建": "new",
        "分析中": "analysing",
        "已接受": "accepted",
        "进行中": "in_progress",
        "已完成": "done",
        "完成": "done",
        "暂缓": "deferred",
        "已拒绝": "rejected",
        "analyzing": "analysing",
    },
    "OaModule": {
        "流程": "workflow",
        "审批": "workflow",
        "公文": "documents",
        "文档": "documents",
        "会议": "meetings",
        "通知": "notices",
        "公告": "notices",
        "考勤": "attendance",
        "合同": "contracts",
        "资产": "assets",
        "财务": "finance",
        "门户": "portal",
        "移动": "mobile",
        "移动端": "mobile",
        "其他": "other",
    },
    "FeedbackChannel": {
        "问卷": "questionnaire",
        "调查问卷": "questionnaire",
        "论坛": "forum",
        "访谈": "interview",
        "座谈": "workshop",
        "研讨": "workshop",
    },
    "Attendance": {
        "出席": "present",
        "已到": "present",
        "到场": "present",
        "迟到": "late",
        "请假": "excused",
        "缺席": "absent",
        "未到": "absent",
    },
}


def normalise_header(text: Any) -> str:
    """A header for matching: NFKC, lower case, no spaces, brackets or punctuation."""
    value = clean_code(text).lower()
    return re.sub(r"[\s_\-—./\\:：()（）\[\]【】%*#]+", "", value)


_SPLIT = re.compile(r"[,，、;；\n]+")


def split_list(value: Any) -> list[str]:
    """ "12, 15、17" -> ["12", "15", "17"]."""
    return [p for p in (clean_code(x) for x in _SPLIT.split(cell_text(value))) if p]


def _labels(enum: type[StrEnum]) -> Mapping[str, StrEnum]:
    """Spellings -> member: the labels the workbooks write (both languages), then the
    other spellings people use."""
    extra = ENUM_LABELS.get(enum.__name__, {})
    found = {k: enum(v) for k, v in label_codes(enum.__name__).items()}
    found.update({k.lower(): enum(v) for k, v in extra.items()})
    return found


def _check_range(col: Column, value: float) -> None:
    raise_finding(checks.within(col.key, value, col.low, col.high))


def converter(col: Column, *, verbatim_text: bool = True) -> Converter:
    """A function from a raw cell value to the column's value (raises CellError).

    ``verbatim_text`` keeps free text exactly (the plan workbook's round trip);
    otherwise text is trimmed (foreign sheets).
    """
    kind = col.kind
    if kind is ColType.TEXT:
        if verbatim_text:
            text: Converter = lambda v: v if type(v) is str else cell_text(v)  # noqa: E731
        else:
            from oa_desk.exchange.normalize import clean_text

            text = clean_text
        length = col.length
        if length is None:
            return text

        def bounded(v: Any) -> str:
            value: str = text(v)
            if len(value) > length:
                raise_finding(checks.text_fits(col.key, value, length))
            return value

        return bounded
    if kind is ColType.INT or kind is ColType.ID:

        def to_int(v: Any) -> int | None:
            if type(v) is float and v.is_integer():
                result: int | None = int(v)
            else:
                result = parse_int(v)
            if result is not None and (col.low is not None or col.high is not None):
                _check_range(col, result)
            return result

        return to_int
    if kind is ColType.FLOAT:

        def to_float(v: Any) -> float | None:
            result = v if type(v) is float else parse_float(v)
            if result is not None and (col.low is not None or col.high is not None):
                _check_range(col, result)
            return result

        return to_float
    if kind is ColType.DATE:
        return parse_date
    if kind is ColType.DATETIME:
        return parse_datetime
    if kind is ColType.BOOL:
        return parse_bool
    if kind is ColType.ENUM:
        enum = col.enum
        assert enum is not None
        labels = _labels(enum)
        codes = {m.value: m.value for m in enum}
        # A column holds few distinct spellings ("普通用户", "关键用户"...): remember
        # each one's outcome, the error included, instead of parsing it on every row.
        seen: dict[str, str | CellError | None] = {}

        def to_enum(v: Any) -> str | None:
            if type(v) is str:
                if v in codes:
                    return v
                known = seen.get(v)
                if known is None and v not in seen:
                    try:
                        member = parse_enum(v, enum, labels)
                        known = member.value if member is not None else None
                    except CellError as exc:
                        known = exc
                    if len(seen) < _MEMO_LIMIT:
                        seen[v] = known
                if isinstance(known, CellError):
                    raise known.again()
                return known
            member = parse_enum(v, enum, labels)
            return member.value if member is not None else None

        return to_enum
    return lambda v: v  # references and virtual columns: resolved by the caller
