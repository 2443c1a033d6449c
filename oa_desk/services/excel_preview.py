"""Showing an import's preview: as text lines, with readable labels, as an error workbook.

Part of the Excel use cases (``oa_desk.services.excel`` offers these too).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from oa_desk.exchange.changeset import ImportPreview, Problem, Severity
from oa_desk.exchange.current import department_paths
from oa_desk.exchange.problems import ProblemCode
from oa_desk.store import table_rows
from oa_desk.store.planfile import PlanStore

__all__ = [
    "english_reason",
    "english_severity",
    "preview_labels",
    "preview_lines",
    "write_error_workbook",
]


def _shown(
    value: Any, col: Any = None, labels: Mapping[str, Mapping[int, str]] | None = None
) -> str:
    """A value of a change as the text preview shows it: a code as its English label,
    a reference by the row's readable name (``labels``, from :func:`preview_labels`)."""
    from oa_desk.exchange.changeset import NewRow
    from oa_desk.exchange.labels import enum_label
    from oa_desk.exchange.normalize import cell_text
    from oa_desk.exchange.spec import ColType

    if value is None or value == "":
        return "(blank)"
    if isinstance(value, NewRow):
        return "(new)"
    if isinstance(value, frozenset | tuple | list):
        return ", ".join(sorted(_shown(v, col, labels) for v in value)) or "(none)"
    if col is not None and col.enum is not None and isinstance(value, str):
        return enum_label(col.enum, str(value), "en")
    if col is not None and col.kind in (ColType.REF, ColType.LINKS) and isinstance(value, int):
        name = (labels or {}).get(col.ref or "", {}).get(value)
        return f"{name} (#{value})" if name else f"#{value}"
    return cell_text(value)


def preview_labels(store: PlanStore) -> dict[str, dict[int, str]]:
    """How a preview names the rows its ids refer to: department paths, people.

    Keyed by table ("department", "person"); for showing old → new of a reference.
    """
    with store.read() as session:
        conn = session.connection()
        people = {
            ident: f"{number} {name}"
            for ident, number, name in table_rows.read_columns(
                conn, "person", ("id", "employee_no", "name")
            )
        }
        departments = table_rows.read_columns(conn, "department", ("id", "parent_id", "name"))
        return {"department": department_paths(departments), "person": people}


def preview_lines(
    preview: ImportPreview,
    *,
    detail: int = 20,
    labels: Mapping[str, Mapping[int, str]] | None = None,
) -> list[str]:
    """The preview as plain text lines (for ``oa-desk import`` and logs).

    Counts first, then up to ``detail`` changes per table (old → new per
    field), then the errors and warnings with sheet, cell, column, value, reason:
    up to ``detail`` of each kind (reason), and how many more of it there are
    (:func:`write_error_workbook` lists them all).
    """
    lines = [
        f"Import of {preview.source.name} ({preview.kind}): "
        f"{preview.inserted} to add, {preview.updated} to change, "
        f"{preview.deleted} to delete, {preview.missing} not in the file, "
        f"{len(preview.errors)} errors, {len(preview.warnings)} warnings."
    ]
    for name, table in preview.tables.items():
        lines.append(
            f"{table.title}: {len(table.inserts)} to add, {len(table.updates)} to change, "
            f"{len(table.deletes)} to delete, {len(table.missing)} not in the file"
        )
        shown = 0
        for ins in table.inserts[:detail]:
            lines.append(f"  + row {ins.row}: {ins.label}")
            shown += 1
        for upd in table.updates[: max(detail - shown, 0)]:
            changes = "; ".join(
                f"{_field_name(table.columns, k)}: {_shown(a, c, labels)} → {_shown(b, c, labels)}"
                for k, (a, b) in upd.fields.items()
                for c in [table.columns.get(k)]
            )
            lines.append(f"  ~ #{upd.id} {upd.label}: {changes}")
        more = len(table.inserts) + len(table.updates) - detail
        if more > 0:
            lines.append(f"  … and {more} more")
        deleting = set(table.deletes)
        for ident, label in table.missing[:detail]:
            verb = "delete" if ident in deleting else "not in the file (kept)"
            lines.append(f"  - #{ident} {label}: {verb}")
        del name
    for key, (old, new) in preview.plan_fields.items():
        lines.append(f"Plan {key}: {_shown(old)} → {_shown(new)}")
    lines.extend(note.text for note in preview.notes)
    each = max(detail, 1)  # at least one of each kind, for the count to point at
    shown_of: Counter[tuple[Severity, ProblemCode]] = Counter()
    first: dict[tuple[Severity, ProblemCode], Problem] = {}
    for problem in preview.problems:
        kind = (problem.severity, problem.code)
        shown_of[kind] += 1
        first.setdefault(kind, problem)
        if shown_of[kind] <= each:
            lines.append(str(problem))
    for kind, count in shown_of.items():
        if count > each:
            more = count - each
            noun = kind[0].value if more == 1 else f"{kind[0].value}s"
            where = first[kind].sheet + (f"!{first[kind].cell}" if first[kind].cell else "")
            lines.append(f"  … and {more:,} more {noun} of the same kind as {where}")
    return lines


def _field_name(columns: Any, key: str) -> str:
    col = columns.get(key)
    return col.header if col is not None else key


def english_reason(problem: Problem) -> str:
    """A problem's reason in English: the default of :func:`write_error_workbook`."""
    return problem.reason


def english_severity(severity: Severity) -> str:
    return severity.value


def write_error_workbook(
    preview: ImportPreview,
    path: Path | str,
    *,
    reason: Callable[[Problem], str] = english_reason,
    severity: Callable[[Severity], str] = english_severity,
) -> None:
    """Every problem of a preview as a workbook the user can sort, filter and fix from.

    ``reason`` and ``severity`` say a problem's reason and severity; by default
    in English, the gui passes functions that say them in the user's language
    (from each problem's ``code`` and ``params``).
    """
    from openpyxl import Workbook

    from oa_desk.exchange.cells import safe_row
    from oa_desk.exchange.target import check_output
    from oa_desk.exchange.workbook import HEADER_FILL, HEADER_FONT, atomic_save

    check_output(path)

    wb = Workbook(write_only=True)
    ws: Any = wb.create_sheet("问题 Problems")
    headers = [
        "级别 Severity",
        "工作表 Sheet",
        "行 Row",
        "列 Column",
        "列标题 Header",
        "值 Value",
        "原因 Reason",
    ]
    for letter, width in zip("ABCDEFG", (10, 22, 8, 8, 24, 24, 80), strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A2"
    from openpyxl.cell import WriteOnlyCell

    cells = []
    for text in headers:
        cell = WriteOnlyCell(ws, text)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cells.append(cell)
    ws.append(cells)
    for p in preview.problems:
        ws.append(
            safe_row(
                ws,
                [
                    severity(p.severity),
                    p.sheet,
                    p.row,
                    p.column,
                    p.header or "",
                    p.value,
                    reason(p),
                ],
            )
        )
    ws.auto_filter.ref = f"A1:G{max(len(preview.problems) + 1, 2)}"
    with atomic_save(Path(path)) as tmp:
        wb.save(tmp)
