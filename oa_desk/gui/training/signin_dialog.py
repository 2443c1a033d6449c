"""The sign-in sheet's preview: what matched, and every problem with its row, before
anything is written. Accepting imports the matched rows as one undo step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from oa_desk.exchange.signin import SigninProblem
from oa_desk.gui.training.model import RowsModel
from oa_desk.services.training_signin import SigninPreview

translate = QCoreApplication.translate


def problem_text(problem: SigninProblem) -> str:
    """A sign-in problem in the user's language."""
    texts = {
        "missing_columns": translate(
            "SigninDialog",
            "No header with an employee no. or a name column was found in the first 30 rows.",
        ),
        "unknown_person": translate("SigninDialog", "{value} is not on the roster."),
        "ambiguous_person": translate(
            "SigninDialog",
            "More than one person is called {value}: give the employee no. or the department.",
        ),
        "duplicate_row": translate("SigninDialog", "The same person as row {value}."),
        "not_a_date": translate("SigninDialog", "{value} is not a date."),
        "weekday_mismatch": translate(
            "SigninDialog",
            "{value}: the weekday does not match the date; check the date "
            "(a wrong weekday usually means a typo in it).",
        ),
        "not_a_number": translate("SigninDialog", "{value} is not a number."),
        "not_an_employee_no": translate("SigninDialog", "{value} is not an employee no."),
        "unknown_attendance": translate(
            "SigninDialog", "{value} is not an attendance (present, late, excused, absent)."
        ),
        "score_out_of_range": translate("SigninDialog", "Score {value} is not between 0 and 100."),
        "rating_out_of_range": translate("SigninDialog", "Rating {value} is not between 1 and 5."),
        "no_person": translate("SigninDialog", "Neither an employee no. nor a name."),
        "summary_rows_skipped": translate(
            "SigninDialog",
            "Total or footer rows (合计, 应到…实到…, 共 7 人…) were skipped: rows {value}.",
        ),
        "employee_no_zeros_matched": translate(
            "SigninDialog",
            "Employee no. {value} is taken as {key}, the one employee no. on the roster "
            "that differs from it only in leading zeros.",
        ),
    }
    return texts.get(problem.code, problem.code).format(value=problem.value, key=problem.key)


def note_text(note: SigninProblem) -> str:
    """A note or warning on a row that is imported (or a footer that was skipped)."""
    return translate("SigninDialog", "Note: {text}").format(text=problem_text(note))


class ProblemsModel(RowsModel):
    """(row, column, text) of each problem."""

    def columns(self):  # type: ignore[no-untyped-def]
        return (
            (self.tr("Row"), lambda r: str(r[0]) if r[0] else ""),
            (self.tr("Column"), lambda r: r[1]),
            (self.tr("Problem"), lambda r: r[2]),
        )


class SigninDialog(QDialog):
    def __init__(self, parent: QWidget | None, preview: SigninPreview, file_name: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import sign-in sheet"))
        self.resize(720, 480)
        layout = QVBoxLayout(self)
        summary = self.tr(
            "{file}: {matched} rows match the roster ({walk_ins} of them were not enrolled "
            "and will be); {problems} problems. Rows with a problem are left out."
        ).format(
            file=file_name,
            matched=len(preview.matched),
            walk_ins=preview.walk_ins,
            problems=len(preview.problems),
        )
        label = QLabel(summary, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.problems = ProblemsModel(self)
        self.problems.set_rows(
            [(p.row, p.column, problem_text(p)) for p in preview.problems]
            + [(n.row, n.column, note_text(n)) for n in preview.notes]
        )
        view = QTableView(self)
        view.setModel(self.problems)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(view, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Import {n} rows").format(n=len(preview.matched)))
        ok.setEnabled(bool(preview.matched))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
