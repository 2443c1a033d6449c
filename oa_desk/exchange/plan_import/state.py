"""What the steps of a plan-workbook import share: the sheets, the plan, the preview."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from oa_desk.exchange.changeset import ImportPreview, NewRow, Severity
from oa_desk.exchange.current import CurrentPlan, CurrentTable, department_paths, department_rows
from oa_desk.exchange.normalize import cell_text, clean_code
from oa_desk.exchange.problems import ProblemCode
from oa_desk.exchange.progress import Job
from oa_desk.exchange.sheets import column_letter
from oa_desk.exchange.spec import ColType, Column, SheetSpec, sheet_by_table

__all__ = ["PARENT_COL", "SEQ_COL", "Finals", "ParsedSheet", "SheetRow", "WorkbookImport"]

PARENT_COL = Column("parent_id", "上级", "Parent", ColType.REF)
SEQ_COL = Column("seq", "顺序", "Order", ColType.INT, nullable=False, default=0)
_LABEL_KEYS = ("number", "employee_no", "name", "title", "question", "pain_point")


@dataclass
class SheetRow:
    """A data row of a sheet: its Excel row, the plan row it edits (or the new row's token)."""

    excel_row: int
    id: int | None
    token: NewRow | None
    raw: list[Any]
    sheet_id: int | None = None  # a new row's ID as the sheet gives it (a plan seeded from it)

    @property
    def ref(self) -> int | NewRow:
        if self.id is not None:
            return self.id
        assert self.token is not None
        return self.token


@dataclass
class ParsedSheet:
    spec: SheetSpec
    name: str  # the sheet's name in the file
    cols: dict[str, int]  # column key -> index in the sheet
    rows: list[SheetRow] = field(default_factory=list)
    no_value: frozenset[tuple[int, int]] = frozenset()  # formula cells without a value


# A row's final values once read: row -> (Excel row, column -> value).
Finals = dict[int | NewRow, tuple[int, dict[str, Any]]]


def plan_keys(plan: CurrentPlan) -> dict[str, dict[int, Any]]:
    """The readable keys of the plan's rows: employee numbers, ticket numbers, paths."""
    keys: dict[str, dict[int, Any]] = {}
    people = plan.tables.get("person")
    if people is not None:
        keys["person"] = people.column("employee_no")
    tickets = plan.tables.get("ticket")
    if tickets is not None:
        keys["ticket"] = tickets.column("number")
    departments = plan.tables.get("department")
    if departments is not None:
        keys["department"] = department_paths(department_rows(departments))
    return keys


class WorkbookImport:
    """One import of a plan workbook: its state while the steps build the preview."""

    def __init__(self, plan: CurrentPlan, path: Path, delete_missing: bool, job: Job) -> None:
        self.plan = plan
        self.job = job
        self.delete_missing = delete_missing
        self.preview = ImportPreview(Path(path), "workbook")
        self.current: dict[str, CurrentTable] = dict(plan.tables)
        self.keys = plan_keys(plan)  # table -> id -> readable key
        self.parsed: dict[str, ParsedSheet] = {}
        self.keymaps: dict[str, dict[str, int | NewRow]] = {}
        self.zeroless: dict[str, list[str]] | None = None  # normalize.zeroless_index
        self.alive: dict[str, set[int]] = {}
        self.levels: dict[int | NewRow, int] = {}  # a task row's outline level
        # Tables the plan has no rows of: the sheet's IDs name its new rows (a new,
        # empty plan seeded from a workbook), by table then ID.
        self.seeded: dict[str, dict[int, NewRow]] = {}

    def alive_ids(self, table: str) -> set[int]:
        """The rows of ``table`` that exist after the import (references must name one)."""
        found = self.alive.get(table)
        if found is None:
            found = self.alive[table] = set(self.plan.ids_of(table))
        return found

    def seeded_row(self, table: str, row_id: int) -> NewRow | None:
        """The new row a sheet's ID names in a table the plan had no rows of."""
        return self.seeded.get(table, {}).get(row_id)

    def cell_error(
        self,
        parsed: ParsedSheet,
        row: SheetRow,
        key: str,
        raw: Any,
        code: ProblemCode,
        params: Mapping[str, object] | None = None,
        severity: Severity = Severity.ERROR,
    ) -> None:
        index = parsed.cols.get(key)
        col = parsed.spec.column(key) if key in {c.key for c in parsed.spec.columns} else None
        self.preview.error(
            parsed.name,
            row.excel_row,
            column_letter(index) if index is not None else None,
            col.header if col else key,
            raw,
            code,
            params,
            severity,
        )


def title(table: str) -> str:
    """How a problem names a referenced table: its sheet's bilingual title."""
    return sheet_by_table(table).title


def label(values: Mapping[str, Any]) -> str:
    """How the preview names a row: its number or name (at most two of them)."""
    parts = []
    for key in _LABEL_KEYS:
        value = values.get(key)
        if value:
            parts.append(cell_text(value))
        if len(parts) == 2:
            break
    return " ".join(parts) or (f"#{values['id']}" if values.get("id") else "")


def task_label(row: SheetRow) -> str:
    if row.id is not None or row.sheet_id is not None:
        return f"#{row.id if row.id is not None else row.sheet_id}"
    return f"row {row.excel_row}"


def path_text(value: Any) -> str:
    """A department path as the plan writes it: 总部 / 财务部 -> 总部/财务部."""
    parts = re.split(r"\s*[/／\\>＞]\s*", clean_code(value))
    return "/".join(p for p in parts if p)
