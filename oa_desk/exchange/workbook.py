"""Writing the plan workbook and blank templates (openpyxl write-only mode).

Each sheet: bilingual header row (bold, frozen, autofilter), real dates and
numbers, column widths fitted from a sample of rows, drop-down validation for
every enumeration and yes/no column, and texts written injection-safe (see
:mod:`oa_desk.exchange.cells`). The file is written beside the target and
renamed into place, so a failed or cancelled export never leaves half a file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from oa_desk import __version__
from oa_desk.exchange.cells import PRINTABLE_TRIGGERS, _needs_care, safe_row, text_cell
from oa_desk.exchange.labels import enum_label
from oa_desk.exchange.printing import print_setup
from oa_desk.exchange.progress import Job, ensure_job
from oa_desk.exchange.spec import FORMAT_VERSION, PLAN_FIELDS, ColType, Column, SheetSpec

__all__ = [
    "ABOUT_TITLE",
    "FORMAT_NAME",
    "SheetRows",
    "atomic_save",
    "display_width",
    "write_plan_workbook",
    "write_template",
]

ABOUT_TITLE = "关于 About"
FORMAT_NAME = "OA Desk plan workbook"
ABOUT_FORMAT = ("格式 Format", "格式版本 Format version", "导出时间 Exported at")
# The plan the workbook was exported from, by the time it was created (a copy of the
# plan file keeps it): an import into another plan is warned about.
ABOUT_PLAN = "计划创建于 Plan created"


def plan_identity(created: Any) -> str:
    """How the About sheet writes a plan's creation time (UTC, to the microsecond): text,
    so that no spreadsheet turns it into its own date or time zone."""
    if not isinstance(created, dt.datetime):
        return ""
    if created.tzinfo is not None:
        created = created.astimezone(dt.UTC).replace(tzinfo=None)
    return f"{created:%Y-%m-%d %H:%M:%S.%f} UTC"


WIDTH_SAMPLE = 300
HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
HEADER_FONT = Font(bold=True)
HEADER_ALIGN = Alignment(wrap_text=True, vertical="top")
_MAX_ROW = 1048576
_TEXTUAL = (
    ColType.TEXT,
    ColType.ENUM,
    ColType.REF,
    ColType.DERIVED,
    ColType.PREDECESSORS,
    ColType.LINKS,
)


@dataclass
class SheetRows:
    """One sheet to write: its spec, its rows (values in column order) and their count."""

    spec: SheetSpec
    rows: Iterable[Sequence[Any]]
    count: int


def display_width(value: Any) -> int:
    """Characters a cell needs, counting CJK (wide) characters as two."""
    if value is None:
        return 0
    if isinstance(value, dt.datetime):
        return 16
    if isinstance(value, dt.date):
        return 10
    text = value if isinstance(value, str) else str(value)
    text = text.split("\n", 1)[0]
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _header_width(col: Column) -> int:
    return max(display_width(col.zh), display_width(col.en)) + 2


def _fit_widths(spec: SheetSpec, sample: Sequence[Sequence[Any]]) -> list[float]:
    widths = []
    for i, col in enumerate(spec.columns):
        if col.width:
            widths.append(col.width)
            continue
        need = max((display_width(row[i]) for row in sample), default=0)
        widths.append(float(min(max(need + 2, _header_width(col), 6), 60)))
    return widths


def _enum_labels(col: Column, language: str | None) -> dict[str, str]:
    """Code -> what the cell shows: the label in ``language`` (codes when None)."""
    assert col.enum is not None
    return {m.value: enum_label(col.enum, m.value, language) for m in col.enum}


def _validation(col: Column, letter: str, language: str | None) -> DataValidation | None:
    if col.kind is ColType.ENUM and col.enum is not None:
        choices = list(_enum_labels(col, language).values())
    elif col.kind is ColType.BOOL:
        choices = ["TRUE", "FALSE"]
    else:
        return None
    formula = '"' + ",".join(choices) + '"'
    dv = DataValidation(
        type="list",
        formula1=formula,
        allow_blank=True,
        showErrorMessage=True,
        showInputMessage=False,
        errorStyle="warning",
        errorTitle=col.header,
        error="请从列表中选择 Choose one of: " + ", ".join(choices),
    )
    dv.add(f"{letter}2:{letter}{_MAX_ROW}")
    return dv


# The column that names a row, by sheet: repeated with the ones before it on every page.
_NAMING = ("name", "title", "number", "question", "employee_no")


def _key_columns(spec: SheetSpec) -> int:
    """How many leading columns name a row (ID ... name); 1 (the ID) without one near."""
    keys = [c.key for c in spec.columns]
    for index, key in enumerate(keys[:5], start=1):
        if key in _NAMING:
            return index
    return 1


def _start_sheet(
    wb: Workbook, spec: SheetSpec, widths: Sequence[float], language: str | None
) -> Any:
    ws: Any = wb.create_sheet(spec.title)  # the stubs lack write-only attributes
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    print_setup(ws, widths=widths, key_columns=_key_columns(spec))
    for i, col in enumerate(spec.columns, start=1):
        dv = _validation(col, get_column_letter(i), language)
        if dv is not None:
            ws.data_validations.append(dv)
    header = []
    for col in spec.columns:
        cell = WriteOnlyCell(ws, col.header)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = HEADER_ALIGN
        header.append(cell)
    ws.append(header)
    return ws


_INDENTS: dict[int, Alignment] = {}


def _indent(level: int) -> Alignment:
    found = _INDENTS.get(level)
    if found is None:
        found = _INDENTS[level] = Alignment(indent=min(level - 1, 15))
    return found


# Screening a column of texts at once: the texts are joined with a mark before
# each, so one C-speed pass finds a text that starts with a formula trigger or
# is only spaces. In a printable string the only whitespace is the space and
# no tab, CR or NUL can occur, so these and ``isprintable`` cover every case
# of cells._needs_care. The mark is printable and cannot create "_x" across a
# boundary; where it also occurs inside a text it can only cause a false alarm,
# which sends the chunk down the per-cell path.
_MARK = "\u00a6"  # ¦
_RISKY = re.compile(_MARK + "(?:[" + re.escape(PRINTABLE_TRIGGERS) + "]| +(?=" + _MARK + r"|\Z))")
_CHUNK = 1000


def _screen_chunk(ws: Any, chunk: list[list[Any]], textual: Sequence[int]) -> None:
    """Make every text cell of ``chunk`` that needs care injection-safe (in place)."""
    for i in textual:
        joined = _MARK + _MARK.join(map(str, map(itemgetter(i), chunk)))
        if joined.isprintable() and "_x" not in joined and not _RISKY.search(joined):
            continue  # the common case: nothing in this column needs care
        for values in chunk:
            v = values[i]
            if type(v) is str and _needs_care(v):
                values[i] = text_cell(ws, v)


def _label_chunk(chunk: list[list[Any]], labels: Mapping[int, Mapping[str, str]]) -> None:
    for i, table in labels.items():
        get = table.get
        for values in chunk:
            v = values[i]
            if v is not None:
                values[i] = get(v, v)


def write_sheet(wb: Workbook, sheet: SheetRows, job: Job, language: str | None = None) -> int:
    """Write one sheet; return the number of data rows written.

    Enumeration cells show their label in ``language`` (codes when None); the
    import reads labels of either language back as codes.
    """
    spec = sheet.spec
    rows = iter(sheet.rows)
    sample: list[Sequence[Any]] = list(itertools.islice(rows, WIDTH_SAMPLE))
    labels = {
        i: _enum_labels(c, language)
        for i, c in enumerate(spec.columns)
        if language is not None and c.kind is ColType.ENUM and c.enum is not None
    }
    if labels:
        fresh = [list(r) for r in sample]
        _label_chunk(fresh, labels)
        sample = list(fresh)
    ws = _start_sheet(wb, spec, _fit_widths(spec, sample), language)
    textual = [i for i, c in enumerate(spec.columns) if c.kind in _TEXTUAL]
    outline = next((i for i, c in enumerate(spec.columns) if c.kind is ColType.OUTLINE), None)
    name_col = next((i for i, c in enumerate(spec.columns) if c.key == "name"), None)
    count = 0
    append = ws.append
    everything = itertools.chain(sample, rows)
    while True:
        # sheet_rows yields fresh lists, which are changed in place.
        chunk = [r if type(r) is list else list(r) for r in itertools.islice(everything, _CHUNK)]
        if not chunk:
            break
        if labels and count >= len(sample):
            _label_chunk(chunk, labels)
        elif labels and count + len(chunk) > len(sample):
            _label_chunk(chunk[len(sample) - count :], labels)
        _screen_chunk(ws, chunk, textual)
        if outline is not None and name_col is not None:
            for values in chunk:
                level = values[outline]
                if isinstance(level, int) and level > 1:
                    name = values[name_col]
                    cell = name if isinstance(name, Cell) else WriteOnlyCell(ws, name)
                    cell.alignment = _indent(level)
                    values[name_col] = cell
        for values in chunk:
            append(values)
        count += len(chunk)
        job.advance(len(chunk))
    last = get_column_letter(len(spec.columns))
    ws.auto_filter.ref = f"A1:{last}{max(count + 1, 2)}"
    return count


def _write_about(wb: Workbook, plan: Mapping[str, Any]) -> None:
    ws: Any = wb.create_sheet(ABOUT_TITLE)
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 60
    header = []
    for text in ("项目 Field", "值 Value"):
        cell = WriteOnlyCell(ws, text)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        header.append(cell)
    ws.freeze_panes = "A2"
    print_setup(ws)
    ws.append(header)
    exported = dt.datetime.now().replace(microsecond=0)
    ws.append([ABOUT_FORMAT[0], FORMAT_NAME])
    ws.append([ABOUT_FORMAT[1], FORMAT_VERSION])
    ws.append([ABOUT_FORMAT[2], exported])
    ws.append(["OA Desk 版本 OA Desk version", __version__])
    if identity := plan_identity(plan.get("created_at")):
        ws.append([ABOUT_PLAN, identity])
    for key, zh, en in PLAN_FIELDS:
        ws.append(safe_row(ws, [f"{zh} {en}", plan.get(key)]))
    ws.append([])
    notes = (
        "说明 Notes",
        "每个工作表一类数据；编号(ID)为空的行将新增，带编号的行将更新该记录。",
        "Each sheet holds one kind of data. Rows with an ID update that row; rows "
        "without an ID are added.",
        "删除的行会在导入预览中列出，仅在选择“删除缺失行”时才删除。",
        "Rows you remove are listed in the import preview and deleted only if you ask.",
        "任务的层级由“大纲级别”和行的顺序决定；前置任务写作 12FS+2d, 15SS。",
        "Task hierarchy comes from the outline level and the row order; predecessors "
        "are written 12FS+2d, 15SS.",
        "灰色的“路径/WBS/姓名”列仅供阅读，导入时忽略。",
        "The WBS, path and name columns next to an employee number are for reading "
        "only and are ignored on import.",
    )
    for line in notes:
        ws.append(safe_row(ws, [line]))


def new_file_mode() -> int:
    """The mode ``open()`` gives a new file: 0o666 less the user's umask."""
    try:
        with Path("/proc/self/status").open(encoding="ascii") as f:  # Linux: read, not set
            for line in f:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)  # elsewhere the only way to read it is to set it
    os.umask(mask)
    return 0o666 & ~mask


@contextlib.contextmanager
def atomic_save(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path``, renamed onto it when the block succeeds."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with tmp.open("rb+") as f:
            os.fsync(f.fileno())
        # mkstemp makes the file private (0600); an export is an ordinary file.
        tmp.chmod(new_file_mode())
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)


def write_plan_workbook(
    path: Path | str,
    plan: Mapping[str, Any],
    sheets: Iterable[SheetRows],
    job: Job | None = None,
    language: str | None = None,
) -> None:
    """Write the plan workbook: About, then one sheet per entity, atomically.

    ``language`` ("zh_CN", "en") is the one of the enumeration labels; None writes codes.
    """
    job = ensure_job(job)
    sheets = list(sheets)
    wb = Workbook(write_only=True)
    _write_about(wb, plan)
    for sheet in sheets:
        job.stage(f"Writing {sheet.spec.title}", sheet.count)
        write_sheet(wb, sheet, job, language)
    job.stage("Saving")
    with atomic_save(Path(path)) as tmp:
        wb.save(tmp)


def write_template(
    path: Path | str, specs: Sequence[SheetSpec], language: str | None = None
) -> None:
    """Blank sheets with the plan workbook's headers and drop-downs, for collecting data."""
    wb = Workbook(write_only=True)
    job = Job()
    for spec in specs:
        write_sheet(wb, SheetRows(spec, [], 0), job, language)
    with atomic_save(Path(path)) as tmp:
        wb.save(tmp)
