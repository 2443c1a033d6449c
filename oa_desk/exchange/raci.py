"""The RACI matrix as a workbook: WBS tasks down, stakeholders across, R/A/C/I in the
cells, the tasks that break the rule on a second sheet.

Takes plain, already translated values (exchange knows nothing of the
database); every cell of user text (task and stakeholder names, organisations)
goes through the one safe writer, so a name like ``=HYPERLINK(...)`` stays text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from oa_desk.domain import colours
from oa_desk.exchange.cells import safe_value
from oa_desk.exchange.workbook import HEADER_FILL, HEADER_FONT, atomic_save

__all__ = ["RaciSheet", "write_raci_workbook"]

_ROLE_FILL = {"R": "#DDE7F6", "A": "#FCEBC7", "C": "#D9EFE3", "I": "#EDEDED"}


@dataclass(frozen=True)
class RaciSheet:
    """What the export writes, in the user's language."""

    title: str  # the matrix sheet's name
    problems_title: str  # the problems sheet's name
    wbs_header: str
    task_header: str
    problem_header: str
    stakeholders: Sequence[str]  # column headers
    rows: Sequence[tuple[str, int, str, Sequence[str]]]  # wbs, level, task, one role per column
    problems: Sequence[tuple[str, str, str]]  # wbs, task, what is wrong
    legend: str


def _cell(ws: Any, value: Any, *, header: bool = False, fill: str | None = None) -> Any:
    value = safe_value(ws, value)
    cell = value if hasattr(value, "font") else WriteOnlyCell(ws, value)
    if header:
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center")
    elif fill:
        cell.fill = PatternFill("solid", fgColor=fill.lstrip("#").upper())
        cell.alignment = Alignment(horizontal="center")
        cell.font = Font(bold=value == "A")
    return cell


def _sheet_title(text: str) -> str:
    # Excel's sheet-name rules: at most 31 characters, none of []:*?/\
    return "".join(c for c in text if c not in "[]:*?/\\")[:31] or "RACI"


def write_raci_workbook(path: Path | str, sheet: RaciSheet) -> None:
    """Write the matrix atomically: a failed write leaves no half file."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(_sheet_title(sheet.title))
    ws.freeze_panes = "C2"
    ws.column_dimensions["A"].width = 10
    ws.column_dimensions["B"].width = 40
    for i in range(len(sheet.stakeholders)):
        ws.column_dimensions[get_column_letter(i + 3)].width = 9
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.append(
        [
            _cell(ws, sheet.wbs_header, header=True),
            _cell(ws, sheet.task_header, header=True),
            *(_cell(ws, name, header=True) for name in sheet.stakeholders),
        ]
    )
    for wbs, level, task, roles in sheet.rows:
        name = _cell(ws, task)
        if level:
            name.alignment = Alignment(indent=min(level, 15))
        ws.append(
            [
                _cell(ws, wbs),
                name,
                *(_cell(ws, role, fill=_ROLE_FILL.get(role)) if role else None for role in roles),
            ]
        )
    ws.append([])
    ws.append([_cell(ws, sheet.legend)])
    problems = wb.create_sheet(_sheet_title(sheet.problems_title))
    problems.column_dimensions["A"].width = 10
    problems.column_dimensions["B"].width = 40
    problems.column_dimensions["C"].width = 40
    problems.append(
        [
            _cell(problems, sheet.wbs_header, header=True),
            _cell(problems, sheet.task_header, header=True),
            _cell(problems, sheet.problem_header, header=True),
        ]
    )
    red = colours.RAG_LIGHT["red"]
    for wbs, task, what in sheet.problems:
        problems.append(
            [_cell(problems, wbs), _cell(problems, task), _cell(problems, what, fill=red)]
        )
    with atomic_save(Path(path)) as tmp:
        wb.save(tmp)
