"""A plan that breaks its own rules opens read-only, with the report of what is wrong.

``oa-desk check`` and the exports find the same problems (store.plan_check);
opening such a plan for writing would only let later edits and exports fail
one by one, so the window shows it read-only and says why, once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from oa_desk.store.errors import PlanErrorKind, PlanFileError
from oa_desk.store.planfile import PlanStore, open_plan

if TYPE_CHECKING:  # the check needs SQLAlchemy: it is imported when a plan is checked
    from oa_desk.store.plan_check import PlanProblem

SHOWN = 30  # problems listed in the box; the rest are counted


translate = QCoreApplication.translate


def report_text(problems: list[PlanProblem]) -> str:
    lines = [p.text() for p in problems[:SHOWN]]
    if len(problems) > SHOWN:
        lines.append(translate("PlanReport", "… and {n} more").format(n=len(problems) - SHOWN))
    return "\n".join(lines)


def open_checked(parent: QWidget | None, store: PlanStore) -> PlanStore:
    """``store``, or the same plan reopened read-only when it breaks its rules (after saying so)."""
    try:
        problems = store.problems()
    except PlanFileError:
        # A damaged file: the opening integrity check (beside the user, for a
        # large file) judges it and says so; this report is about sound files.
        return store
    except BaseException:
        store.close()
        raise
    if not problems:
        return store
    if not store.read_only:
        path = store.path
        store.close()
        store = open_plan(path, read_only=True)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("PlanReport", "Plan opened read-only"))
    box.setText(
        translate(
            "PlanReport",
            "{name} breaks {n} of the plan's own rules (listed below), so it was opened "
            "read-only and exports are refused. Restore a snapshot, or repair the plan "
            "and check it with 'oa-desk check'.",
        ).format(name=store.path.name, n=len(problems))
    )
    box.setDetailedText(report_text(problems))
    box.open()  # not modal-blocking: the plan shows behind it
    return store


def is_not_writable(err: PlanFileError) -> bool:
    return err.kind is PlanErrorKind.NOT_WRITABLE


def check_once_painted(window: Any) -> None:
    """Check the plan a window opened before its first paint, once it has painted
    (the check needs SQLAlchemy, which start-up leaves out); a plan that breaks its
    rules is then reopened read-only with the report, as a later open would."""

    def check() -> None:
        doc = window.doc
        if doc is None or doc.read_only:
            return
        try:
            problems = doc.store.problems()
        except Exception:  # a damaged file: the opening integrity check judges it
            return
        if problems:
            path = doc.store.path
            window.close_plan()
            window.open_path(path, read_only=True)

    window.first_painted.connect(
        lambda: QTimer.singleShot(0, check), Qt.ConnectionType.SingleShotConnection
    )
