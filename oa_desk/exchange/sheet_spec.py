"""The parts a sheet of the plan workbook is described with, and the rules' adapters.

:class:`SheetSpec` names a table and the :class:`Column` s its sheet shows;
:func:`sheet` builds one from the schema (``oa_desk.exchange.schema``): types,
lengths, nullability, defaults, enumerations, references and unique keys. The
sheets themselves are listed in :mod:`oa_desk.exchange.spec`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any, NamedTuple

from oa_desk.domain import checks
from oa_desk.exchange.problems import ProblemCode, params_as_text
from oa_desk.exchange.schema import TABLES, SchemaTable

__all__ = [
    "ColType",
    "Column",
    "RowCheck",
    "RowProblem",
    "SheetSpec",
    "active_within_total",
    "constraint_dated",
    "dates_order",
    "different",
    "milestone_zero",
    "not_own",
    "person_name",
    "score",
    "sheet",
    "strictly_after",
]


class ColType(StrEnum):
    ID = "id"
    TEXT = "text"
    INT = "int"
    FLOAT = "float"
    DATE = "date"
    DATETIME = "datetime"
    BOOL = "bool"
    ENUM = "enum"
    REF = "ref"
    # Virtual columns, handled by the sheet's own code in the workbook module.
    OUTLINE = "outline"  # outline level 1..n: the WBS tree from row order
    PREDECESSORS = "predecessors"  # "12FS+2d, 15SS"
    LINKS = "links"  # a comma-separated list of referenced keys (link table)
    DERIVED = "derived"  # export-only (WBS code, department path, a referenced name)


@dataclass(frozen=True)
class Column:
    key: str  # the table's column name, or a virtual key
    zh: str
    en: str
    kind: ColType = ColType.TEXT
    enum: type[StrEnum] | None = None
    ref: str | None = None  # referenced table for REF and LINKS
    nullable: bool = True
    default: Any = None
    low: float | None = None
    high: float | None = None
    width: float | None = None  # fixed width in characters (else fitted)
    length: int | None = None  # at most this many characters (bounded text)

    @property
    def header(self) -> str:
        return f"{self.zh} {self.en}"

    @property
    def imported(self) -> bool:
        return self.kind is not ColType.DERIVED

    @property
    def is_table_column(self) -> bool:
        return self.kind not in (
            ColType.OUTLINE,
            ColType.PREDECESSORS,
            ColType.LINKS,
            ColType.DERIVED,
        )


class RowProblem(NamedTuple):
    """What a cross-field rule found: the column to blame, why, and the parameters."""

    column: str
    code: ProblemCode
    params: Mapping[str, str] = MappingProxyType({})


RowCheck = Callable[[Mapping[str, Any]], RowProblem | None]


@dataclass(frozen=True)
class SheetSpec:
    table: str
    zh: str
    en: str
    columns: tuple[Column, ...]
    # Unique keys (tuples of column keys) checked before writing; from the schema.
    unique: tuple[tuple[str, ...], ...] = ()
    # Cross-field rules: given a row's final values, a RowProblem or None.
    checks: tuple[RowCheck, ...] = ()
    tree: bool = False  # rows in pre-order of a parent/seq tree
    link_table: Mapping[str, tuple[str, str, str]] = field(default_factory=dict)

    @property
    def title(self) -> str:
        """The sheet's name (Excel allows 31 characters)."""
        return f"{self.zh} {self.en}"[:31]

    def column(self, key: str) -> Column:
        for col in self.columns:
            if col.key == key:
                return col
        raise KeyError(key)

    @property
    def table_columns(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.is_table_column)


# ---------------------------------------------------------------------------
# Building columns from the schema


_TYPES: Mapping[str, ColType] = {
    "int": ColType.INT,
    "text": ColType.TEXT,
    "float": ColType.FLOAT,
    "date": ColType.DATE,
    "datetime": ColType.DATETIME,
    "bool": ColType.BOOL,
    "enum": ColType.ENUM,
}


def _col(table: SchemaTable, key: str, zh: str, en: str, **kw: Any) -> Column:
    if kw.get("kind") in (
        ColType.OUTLINE,
        ColType.PREDECESSORS,
        ColType.LINKS,
        ColType.DERIVED,
    ):
        return Column(key, zh, en, **kw)
    if key == "id":
        return Column(key, "编号", "ID", ColType.ID, nullable=True, width=8)
    info = table.column(key)
    if info.ref is not None:
        col_type = ColType.REF
        kw.setdefault("ref", info.ref)
    else:
        col_type = _TYPES[info.kind]
    return Column(
        key,
        zh,
        en,
        kw.pop("kind", col_type),
        enum=info.enum,
        nullable=info.nullable,
        default=info.default,
        length=info.length,
        **kw,
    )


def sheet(
    table_name: str,
    zh: str,
    en: str,
    cols: list[tuple[Any, ...]],
    **kw: Any,
) -> SheetSpec:
    table = TABLES[table_name]
    columns = []
    for entry in cols:
        key, czh, cen, *rest = entry
        options: dict[str, Any] = rest[0] if rest else {}
        columns.append(_col(table, key, czh, cen, **options))
    return SheetSpec(table_name, zh, en, tuple(columns), unique=table.unique, **kw)


def score(low: float = 1, high: float = 5) -> dict[str, Any]:
    return {"low": low, "high": high}


def person_name(ref_key: str) -> tuple[Any, ...]:
    return (f"{ref_key}.name", "姓名", "Name", {"kind": ColType.DERIVED, "ref": ref_key})


# ---------------------------------------------------------------------------
# Cross-field rules: oa_desk.domain.checks says them once; these adapters give
# each finding the row-level form an import reports (the database checks too).


def _problem(finding: checks.Finding | None) -> RowProblem | None:
    if finding is None:
        return None
    return RowProblem(
        finding.field, ProblemCode(finding.code.value), params_as_text(finding.params)
    )


def dates_order(start: str, finish: str, code: ProblemCode) -> RowCheck:
    check_code = checks.Check(code.value)

    def check(row: Mapping[str, Any]) -> RowProblem | None:
        return _problem(checks.in_order(row.get(start), row.get(finish), finish, check_code))

    return check


def strictly_after(start: str, end: str) -> RowCheck:
    def check(row: Mapping[str, Any]) -> RowProblem | None:
        return _problem(checks.strictly_after(row.get(start), row.get(end), end))

    return check


def milestone_zero(row: Mapping[str, Any]) -> RowProblem | None:
    return _problem(checks.milestone_duration(row.get("kind"), row.get("duration")))


def constraint_dated(row: Mapping[str, Any]) -> RowProblem | None:
    return _problem(checks.constraint_dated(row.get("constraint_type"), row.get("constraint_date")))


def active_within_total(row: Mapping[str, Any]) -> RowProblem | None:
    return _problem(checks.active_within_total(row.get("active_users"), row.get("total_users")))


def not_own(column: str) -> RowCheck:
    def check(row: Mapping[str, Any]) -> RowProblem | None:
        return _problem(checks.not_own(column, row.get(column), row.get("id")))

    return check


def different(a: str, b: str) -> RowCheck:
    def check(row: Mapping[str, Any]) -> RowProblem | None:
        return _problem(checks.self_link(row.get(a), row.get(b), b))

    return check
