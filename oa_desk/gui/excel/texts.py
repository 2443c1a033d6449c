"""Translated texts for Excel in and out: refused files, progress stages, import kinds.

The exchange layer has no Qt, so it says *why* in codes (``RefusalReason`` and
its parameters) and short English stage names; this module turns them into
the user's language.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from oa_desk.exchange.changeset import StalePreview
from oa_desk.exchange.mapping import ImportKind
from oa_desk.exchange.progress import Cancelled
from oa_desk.exchange.safety import RefusalReason, SpreadsheetRefused
from oa_desk.gui import messages
from oa_desk.services.plan import InvalidValue
from oa_desk.store.errors import PlanFileError

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

WORKBOOK = "workbook"  # the preview kind of a plan workbook import


def number(value: int) -> str:
    """A count with the locale's digit grouping (1,204 / 1,204)."""
    return QLocale().toString(value)


def refusal(err: SpreadsheetRefused) -> str:
    """Why a file was refused, naming it, in the user's language."""
    texts: dict[RefusalReason, str] = {
        RefusalReason.MISSING: translate("Excel", "{name}: no such file."),
        RefusalReason.EMPTY: translate(
            "Excel", "{name} is empty (0 bytes): there is nothing to import."
        ),
        RefusalReason.TOO_LARGE: translate("Excel", "{name} is too large ({detail})."),
        RefusalReason.NOT_ZIP: translate(
            "Excel",
            "{name} is not an Excel workbook: an .xlsx file is a zip archive and this is not "
            "one. If it holds comma-separated text, give it the .csv extension.",
        ),
        RefusalReason.CORRUPT: translate(
            "Excel",
            "{name} is damaged ({detail}). Open it in Excel or WPS, repair it and save it again.",
        ),
        RefusalReason.ZIP_BOMB: translate(
            "Excel",
            "{name} was refused: its part {member} {detail}. Real workbooks never look like "
            "this, so it was not opened.",
        ),
        RefusalReason.TOO_MANY_MEMBERS: translate(
            "Excel", "{name} was refused: it holds {detail} parts, far more than a workbook."
        ),
        RefusalReason.XML_DTD: translate(
            "Excel",
            "{name} was refused: its part {member} declares a DTD or entities (a possible "
            "XML bomb or external entity). Real workbooks never do.",
        ),
        RefusalReason.ENCRYPTED: translate(
            "Excel",
            "{name} is protected by a password. Open it in Excel or WPS, remove the password "
            "(File › Info › Protect Workbook) and import the saved copy.",
        ),
        RefusalReason.LEGACY_XLS: translate(
            "Excel",
            "{name} is an old Excel 97-2003 (.xls) workbook. Open it in Excel or WPS, save it "
            "as an Excel Workbook (.xlsx) and import that.",
        ),
        RefusalReason.XLSB: translate(
            "Excel",
            "{name} is an Excel binary workbook (.xlsb). Save it as an Excel Workbook (.xlsx).",
        ),
        RefusalReason.ODS: translate(
            "Excel",
            "{name} is an OpenDocument spreadsheet (.ods). Save it as an Excel Workbook (.xlsx).",
        ),
        RefusalReason.HTML: translate(
            "Excel",
            "{name} is a web page (HTML) named like a spreadsheet, as some systems export. "
            "Open it in Excel or WPS and save it as an Excel Workbook (.xlsx).",
        ),
        RefusalReason.XML_2003: translate(
            "Excel",
            "{name} is an Excel 2003 XML spreadsheet. Save it as an Excel Workbook (.xlsx).",
        ),
        RefusalReason.NOT_SPREADSHEET: translate(
            "Excel", "{name} is not a spreadsheet ({detail})."
        ),
        RefusalReason.NO_DEFUSEDXML: translate(
            "Excel",
            "The defusedxml package is missing, so workbooks cannot be read safely. "
            "Reinstall OA Desk.",
        ),
        RefusalReason.BINARY_TEXT: translate(
            "Excel", "{name} is not a text (CSV) file: it holds binary data ({detail})."
        ),
    }
    params: defaultdict[str, Any] = defaultdict(str, err.params)
    text = texts.get(err.reason)
    return text.format_map(params) if text else str(err)


def stage(name: str) -> str:
    """A progress stage as the services name it ("Writing 人员 People"), translated."""
    exact = {
        "Reading the plan": translate("Excel", "Reading the plan"),
        "Reading the file": translate("Excel", "Reading the file"),
        "Reading the workbook": translate("Excel", "Reading the workbook"),
        "Writing the Gantt sheet": translate("Excel", "Drawing the Gantt sheet"),
        "Writing the report": translate("Excel", "Writing the report"),
        "Saving": translate("Excel", "Saving the file"),
        "Writing": translate("Excel", "Writing to the plan"),
        "Taking a snapshot": translate("Excel", "Taking a snapshot of the plan"),
        "Looking up names": translate("Excel", "Looking up names"),
    }
    if name in exact:
        return exact[name]
    prefixes = {
        "Checking ": translate("Excel", "Checking {name}"),
        "Matching ": translate("Excel", "Matching {name} with the plan"),
        "Writing ": translate("Excel", "Writing {name}"),
    }
    for prefix, text in prefixes.items():
        if name.startswith(prefix):
            return text.format(name=name[len(prefix) :])
    return name


def kind_name(kind: str) -> str:
    """What an import brings in, for menus, titles and the preview."""
    names = {
        ImportKind.PEOPLE.value: translate("Excel", "People (employee roster)"),
        ImportKind.DEPARTMENTS.value: translate("Excel", "Departments"),
        ImportKind.REQUIREMENTS.value: translate("Excel", "Requirements"),
        ImportKind.TASKS.value: translate("Excel", "Tasks"),
        ImportKind.ADOPTION.value: translate("Excel", "Adoption figures"),
        ImportKind.FEEDBACK.value: translate("Excel", "Feedback results"),
        WORKBOOK: translate("Excel", "OA Desk plan workbook"),
    }
    return names.get(kind, kind)


def cancelled() -> str:
    return translate("Excel", "Cancelled: nothing was changed.")


def describe(err: BaseException, path: Path | None = None) -> str:
    """Any error of Excel work as a message for the user."""
    if isinstance(err, SpreadsheetRefused):
        return refusal(err)
    if isinstance(err, Cancelled):
        return cancelled()
    if isinstance(err, StalePreview):
        return translate(
            "Excel",
            "The plan changed after the preview was made, so nothing was imported. "
            "Import the file again to see an up-to-date preview.",
        )
    if isinstance(err, PlanFileError | InvalidValue):
        return messages.describe(err)
    if isinstance(err, OSError):
        where = err.filename or (str(path) if path else "")
        return translate(
            "Excel",
            "{path} could not be read or written: {reason}. If the file is open in Excel or "
            "WPS, close it there and try again.",
        ).format(path=where, reason=err.strerror or str(err))
    log.error("Excel work failed", exc_info=err)
    return translate("Excel", "Something went wrong: {error}").format(error=err)
