"""The About sheet of a plan workbook: the plan's own fields and the file's format."""

from __future__ import annotations

from typing import Any

from oa_desk.domain import checks
from oa_desk.exchange.changeset import Severity, same_value
from oa_desk.exchange.convert import normalise_header
from oa_desk.exchange.normalize import (
    CellError,
    cell_text,
    parse_date,
    parse_int,
    raise_finding,
)
from oa_desk.exchange.plan_import.state import WorkbookImport
from oa_desk.exchange.problems import ProblemCode
from oa_desk.exchange.schema import TABLES
from oa_desk.exchange.sheets import RawSheet
from oa_desk.exchange.spec import FORMAT_VERSION, PLAN_FIELDS, ColType
from oa_desk.exchange.workbook import ABOUT_FORMAT, ABOUT_PLAN, ABOUT_TITLE, plan_identity

__all__ = ["PLAN_KEYS", "read_about"]

PLAN_KEYS = tuple(k for k, _z, _e in PLAN_FIELDS)
_DATES = ("start_date", "target_go_live")


def _value(key: str, cell: Any) -> Any:
    if key in _DATES:
        return parse_date(cell)
    text = cell_text(cell)
    raise_finding(checks.text_fits(key, text, TABLES["plan"].column(key).length))
    return text


def _same_plan(state: WorkbookImport, sheet: RawSheet, row: int, identity: str) -> None:
    """Warn when a workbook exported from another plan updates this one's rows: its
    IDs name that plan's rows, which are not this plan's (a plan with no rows of the
    sheets' tables is being seeded from it, and takes its IDs)."""
    assert state.plan.plan is not None
    ours = plan_identity(state.plan.plan.get("created_at"))
    if not identity or not ours or identity == ours:
        return
    if not any(
        any(r.id is not None for r in parsed.rows)
        for table, parsed in state.parsed.items()
        if table != "calendar"  # every plan has its working calendar, id 1
    ):
        return  # nothing of this plan is matched by ID: a new plan seeded from it
    name = next((cell_text(r[1]) for r in sheet.rows if _is_name_row(r)), "")
    state.preview.error(
        sheet.name,
        row,
        "B",
        ABOUT_PLAN,
        identity,
        ProblemCode.OTHER_PLAN,
        {"name": name, "created": identity},
        Severity.WARNING,
    )


def _is_name_row(row: list[Any]) -> bool:
    if len(row) < 2:
        return False
    label = normalise_header(row[0])
    return label in {normalise_header(f"{zh} {en}") for key, zh, en in PLAN_FIELDS if key == "name"}


def read_about(state: WorkbookImport, sheet: RawSheet | None) -> None:
    """The plan fields the About sheet changes, and a newer format refused."""
    if sheet is None:
        state.preview.note(ProblemCode.NOTE_NO_ABOUT_SHEET)
        return
    old = state.plan.plan
    if old is None:
        return
    labels = {normalise_header(f"{zh} {en}"): key for key, zh, en in PLAN_FIELDS}
    labels.update({normalise_header(en): key for key, _zh, en in PLAN_FIELDS})
    version_label = normalise_header(ABOUT_FORMAT[1])
    identity_label = normalise_header(ABOUT_PLAN)
    for r, row in enumerate(sheet.rows[1:], start=2):
        if len(row) < 2:
            continue
        label = normalise_header(row[0])
        if label == identity_label:
            _same_plan(state, sheet, r, cell_text(row[1]).strip())
            continue
        if label == version_label:
            version = parse_int(row[1]) if row[1] not in ("", None) else None
            if version is not None and version > FORMAT_VERSION:
                state.preview.error(
                    sheet.name,
                    r,
                    "B",
                    ABOUT_FORMAT[1],
                    row[1],
                    ProblemCode.NEWER_FORMAT,
                    {"version": version, "supported": FORMAT_VERSION},
                )
            continue
        key = labels.get(label)
        if key is None:
            continue
        try:
            new = _value(key, row[1])
        except CellError as exc:
            state.preview.error(sheet.name, r, "B", cell_text(row[0]), row[1], exc.code, exc.params)
            continue
        if key == "name" and checks.required(key, new) is not None:
            state.preview.error(
                sheet.name, r, "B", cell_text(row[0]), "", ProblemCode.PLAN_NAME_REQUIRED
            )
            continue
        if not same_value(old[key], new, ColType.TEXT):
            state.preview.plan_fields[key] = (old[key], new)
    start = state.preview.plan_fields.get("start_date", (None, old["start_date"]))[1]
    live = state.preview.plan_fields.get("target_go_live", (None, old["target_go_live"]))[1]
    if checks.in_order(start, live, "target_go_live") is not None:
        state.preview.error(sheet.name, None, "B", ABOUT_TITLE, "", ProblemCode.START_AFTER_GO_LIVE)
