"""What every foreign import kind is made of, and what it may ask of the import.

A kind (people, departments, ...) is a :class:`ForeignKind`: its fields (the
columns the mapping dialog offers, with their header synonyms), the plan tables
it compares with, and a ``build`` function that turns the sheet's converted rows
into the preview through a :class:`Context` (the shared machinery in
``oa_desk.exchange.foreign.core``). A new kind is a new module that defines one
``KIND`` and one line in ``oa_desk.exchange.foreign.registry``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from oa_desk.exchange.changeset import ImportPreview, NewRow, Severity, TableChanges
from oa_desk.exchange.current import CurrentTable
from oa_desk.exchange.foreign.paths import DepartmentPaths
from oa_desk.exchange.normalize import CellError
from oa_desk.exchange.problems import ProblemCode
from oa_desk.exchange.spec import ColType

__all__ = [
    "DEPARTMENT_SYNONYMS",
    "EMPLOYEE_SYNONYMS",
    "Context",
    "FieldSpec",
    "ForeignKind",
    "ImportKind",
    "field",
]


class ImportKind(StrEnum):
    PEOPLE = "people"
    DEPARTMENTS = "departments"
    REQUIREMENTS = "requirements"
    TASKS = "tasks"
    ADOPTION = "adoption"
    USAGE = "usage"  # the OA system's usage per person, counted per department and day
    FEEDBACK = "feedback"


@dataclass(frozen=True)
class FieldSpec:
    key: str
    zh: str
    en: str
    kind: ColType = ColType.TEXT
    required: bool = False
    synonyms: tuple[str, ...] = ()
    enum: type[StrEnum] | None = None

    @property
    def label(self) -> str:
        return f"{self.zh} {self.en}"


def field(key: str, zh: str, en: str, kind: ColType, *syn: str, **kw: Any) -> FieldSpec:
    """A field whose headers are its names and the synonyms (工号 / 员工编号 / Employee ID)."""
    return FieldSpec(key, zh, en, kind, synonyms=(zh, en, *syn), **kw)


DEPARTMENT_SYNONYMS = (
    "部门",
    "所属部门",
    "部门名称",
    "部门路径",
    "组织",
    "组织机构",
    "单位",
    "科室",
    "Department",
    "Dept",
    "Dept.",
    "Org unit",
    "Organization",
    "Organisation",
)
EMPLOYEE_SYNONYMS = (
    "工号",
    "员工编号",
    "员工号",
    "职工号",
    "人员编号",
    "员工工号",
    "工号/编号",
    "Employee ID",
    "Employee No",
    "Employee number",
    "Emp No",
    "Emp ID",
    "Staff ID",
    "Staff No",
    "Job number",
)

# (Excel row, values by table column, the natural key the row is matched by)
KeyedRow = tuple[int, dict[str, Any], tuple[Any, ...]]


class Context(Protocol):
    """What a kind's ``build`` may use: the sheet's rows, lookups, problems, merging."""

    preview: ImportPreview
    departments: DepartmentPaths

    def converted(self) -> list[tuple[int, dict[str, Any]]]:
        """(Excel row, field -> typed value) for every readable data row."""
        ...

    def mapped(self, key: str) -> bool:
        """Whether the user mapped a column to the field ``key``."""
        ...

    def problem(
        self,
        row: int,
        key: str | None,
        value: Any,
        code: ProblemCode,
        params: Mapping[str, object] | None = None,
        severity: Severity = Severity.ERROR,
    ) -> None: ...

    def cell_problem(self, row: int, key: str | None, value: Any, exc: CellError) -> None: ...

    def person(self, row: int, key: str, value: Any) -> int | None:
        """The person an employee number (or a unique name) names; a problem if none."""
        ...

    def department(self, row: int, key: str, value: Any) -> int | NewRow | None:
        """The department a path names, created (as inserts) when the plan lacks it."""
        ...

    def current(self, table: str) -> CurrentTable:
        """A table's rows in the plan (one the kind's ``reads`` names)."""
        ...

    def changes(self, table: str) -> TableChanges:
        """The preview's changes to ``table`` (made on first use)."""
        ...

    def merge(
        self,
        table: str,
        key_cols: tuple[str, ...],
        rows: list[KeyedRow],
        defaults: dict[str, Any],
    ) -> None:
        """Match rows to the table by their key: updates of what differs, else inserts."""
        ...


@dataclass(frozen=True)
class ForeignKind:
    """An import kind: its fields, the table it fills, what it reads, how it builds."""

    kind: ImportKind
    fields: tuple[FieldSpec, ...]
    table: str  # the table it fills (a field named like one of its columns has its length)
    reads: tuple[str, ...]  # the plan tables it compares with (people and departments always)
    build: Callable[[Context], None]
    # A field's own reading of its cells, instead of its type's (在职 / 离职 for "active").
    converters: Mapping[str, Callable[[Any], Any]] = dataclasses.field(default_factory=dict)
