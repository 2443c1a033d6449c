"""People: an employee roster (花名册) matched by employee number.

A blank cell keeps what the plan has; a department path the plan lacks is created.
"""

from __future__ import annotations

import re
from typing import Any

from oa_desk.domain.enums import AudienceTier
from oa_desk.exchange.changeset import Severity
from oa_desk.exchange.foreign.base import (
    DEPARTMENT_SYNONYMS,
    EMPLOYEE_SYNONYMS,
    Context,
    FieldSpec,
    ForeignKind,
    ImportKind,
)
from oa_desk.exchange.foreign.base import field as _f
from oa_desk.exchange.normalize import clean_code, parse_bool
from oa_desk.exchange.problems import ProblemCode
from oa_desk.exchange.spec import ColType

__all__ = ["KIND"]

T, E, B = ColType.TEXT, ColType.ENUM, ColType.BOOL
_EMP, _DEPT = EMPLOYEE_SYNONYMS, DEPARTMENT_SYNONYMS

FIELDS: tuple[FieldSpec, ...] = (
    _f("employee_no", "工号", "Employee no.", T, *_EMP, required=True),
    _f(
        "name",
        "姓名",
        "Name",
        T,
        "员工姓名",
        "名字",
        "人员姓名",
        "Full name",
        "Employee name",
        required=True,
    ),
    _f("department", "部门", "Department", T, *_DEPT),
    _f("title", "职务", "Title", T, "职位", "岗位", "职称", "Position", "Job title", "Post"),
    _f("email", "邮箱", "Email", T, "电子邮件", "电子邮箱", "邮件", "E-mail", "Mail"),
    _f(
        "phone",
        "电话",
        "Phone",
        T,
        "手机",
        "手机号",
        "手机号码",
        "联系电话",
        "联系方式",
        "Mobile",
        "Tel",
        "Telephone",
        "Cell",
    ),
    _f(
        "tier",
        "培训层级",
        "Audience tier",
        E,
        "层级",
        "用户类型",
        "用户层级",
        "Tier",
        "Audience",
        enum=AudienceTier,
    ),
    _f(
        "active",
        "在职",
        "Active",
        B,
        "是否在职",
        "在职状态",
        "状态",
        "员工状态",
        "Status",
        "Employment status",
    ),
)

_ACTIVE = {
    "在职": True,
    "正式": True,
    "试用": True,
    "active": True,
    "离职": False,
    "停用": False,
    "退休": False,
    "inactive": False,
    "left": False,
}
_OPTIONAL = ("title", "email", "phone", "tier", "active")


def active(value: Any) -> bool | None:
    """在职 / 离职 and the like, else yes or no."""
    word = _ACTIVE.get(clean_code(value).lower())
    return word if word is not None else parse_bool(value)


# An address: no spaces, separators, colons (mailto:) or quotes; a domain of labels
# and a top-level domain of two letters or more.
_EMAIL = re.compile(r"^[^@\s,;，；:<>()\[\]\"=]+@(?:[^@\s,;，；:<>()\[\]\".]+\.)+[^\W\d_]{2,}$")
_PHONE_CHARS = re.compile(r"^\+?[\d\s\-()（）]+(?:(?:转|ext\.?|x)\s*\d+)?$", re.IGNORECASE)
_MOBILE = re.compile(r"^1[3-9]\d{9}$")
# China's country code written before a number: +86, 0086, (+86), （+86）.
_CHINA = re.compile(r"^\s*[(（]?\s*(?:\+|00)86\s*[)）]?\s*")


def phone_ok(text: str) -> bool:
    """A phone number as people write it; an 11-digit Chinese mobile (with or without
    +86) when it looks like one. Landlines (010-12345678, +86 10 1234 5678) pass;
    after +86 a number has its area code and whole local number (9 to 11 digits)."""
    china = _CHINA.match(text)
    number = text[china.end() :] if china else text
    if not number or not _PHONE_CHARS.match(number):
        return False
    digits = re.sub(r"\D", "", re.split(r"转|ext|x", number, flags=re.IGNORECASE)[0])
    if not china:
        for prefix in ("0086", "86"):
            if digits.startswith(prefix + "1") and len(digits) - len(prefix) >= 10:
                digits = digits[len(prefix) :]
                break
    if china:  # a mobile, or an area code (Beijing's is 10) and its local number
        digits = digits.removeprefix("0")
        if digits.startswith("1") and not digits.startswith("10"):
            return bool(_MOBILE.match(digits))
        return 9 <= len(digits) <= 11
    if digits.startswith("1") and len(digits) >= 7:  # no local number starts with 1
        return bool(_MOBILE.match(digits))
    return len(digits) >= 5


def _check_contact(ctx: Context, row: int, values: dict[str, Any]) -> None:
    """A bad e-mail or mobile is a warning with its cell (the rest of the row imports)."""
    email = values.get("email")
    if email and not _EMAIL.match(email):
        ctx.problem(
            row, "email", email, ProblemCode.NOT_AN_EMAIL, {"value": email}, Severity.WARNING
        )
    phone = values.get("phone")
    if phone and not phone_ok(phone):
        ctx.problem(
            row, "phone", phone, ProblemCode.NOT_A_PHONE, {"value": phone}, Severity.WARNING
        )


def build(ctx: Context) -> None:
    rows = []
    optional = [k for k in _OPTIONAL if ctx.mapped(k)]
    for excel_row, v in ctx.converted():
        _check_contact(ctx, excel_row, v)
        values: dict[str, Any] = {"employee_no": v["employee_no"], "name": v["name"]}
        for key in optional:
            value = v.get(key)
            if value is not None and value != "":  # a blank cell keeps what the plan has
                values[key] = value
        if "department" in v:
            values["department_id"] = ctx.department(excel_row, "department", v["department"])
        rows.append((excel_row, values, (values["employee_no"],)))
    ctx.merge(
        "person",
        ("employee_no",),
        rows,
        {"title": "", "email": "", "phone": "", "tier": "end_user", "active": True},
    )


KIND = ForeignKind(
    ImportKind.PEOPLE, FIELDS, "person", ("person",), build, converters={"active": active}
)
