"""The feedback round editor (Designer form ui/knowledge/feedback_round_dialog.ui);
gives back only what the user changed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from oa_desk.domain.enums import FeedbackChannel
from oa_desk.gui.dates import from_qdate, to_qdate
from oa_desk.gui.forms.ui_feedback_round_dialog import Ui_FeedbackRoundDialog
from oa_desk.gui.knowledge.labels import channel_label
from oa_desk.services.feedback import RoundRow


class RoundDialog(QDialog):
    """A new round (``row`` None, optionally pre-filled from a results file) or one to edit.
    ``counted``: the respondents, score and comments come from a file and stay as read."""

    def __init__(
        self,
        row: RoundRow | None,
        departments: Sequence[tuple[int, str]],
        today: dt.date,
        parent: QWidget | None = None,
        *,
        filled: Mapping[str, Any] | None = None,
        counted: bool = False,
    ) -> None:
        super().__init__(parent)
        self._ui = ui = Ui_FeedbackRoundDialog()
        ui.setupUi(self)
        self._row = row
        ui.departmentCombo.addItem(self.tr("(whole organisation)"), None)
        for dept_id, name in departments:
            ui.departmentCombo.addItem(name, dept_id)
        for channel in FeedbackChannel:
            ui.channelCombo.addItem(channel_label(channel.value), channel.value)
        ui.satisfactionSpin.setSpecialValueText(self.tr("not measured"))
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        start: dict[str, Any] = dict(filled or {})
        if row is not None:
            self.setWindowTitle(self.tr("Edit feedback round"))
            start = {
                "department_id": row.department_id,
                "day": row.day,
                "channel": row.channel,
                "respondents": row.respondents,
                "satisfaction": row.satisfaction,
                "comments": row.comments,
            }
        else:
            self.setWindowTitle(
                self.tr("Import feedback results") if counted else self.tr("New feedback round")
            )
        ui.departmentCombo.setCurrentIndex(
            max(0, ui.departmentCombo.findData(start.get("department_id")))
        )
        ui.dayEdit.setDate(to_qdate(start.get("day") or today))
        code = str(start.get("channel") or FeedbackChannel.QUESTIONNAIRE.value)
        ui.channelCombo.setCurrentIndex(max(0, ui.channelCombo.findData(code)))
        ui.respondentsSpin.setValue(int(start.get("respondents") or 0))
        ui.satisfactionSpin.setValue(float(start.get("satisfaction") or 0.0))
        ui.commentsEdit.setPlainText(str(start.get("comments") or ""))
        for widget in (ui.respondentsSpin, ui.satisfactionSpin, ui.commentsEdit):
            widget.setEnabled(not counted)
        self._start = self._all_values()

    def _all_values(self) -> dict[str, Any]:
        ui = self._ui
        score = ui.satisfactionSpin.value()
        return {
            "department_id": ui.departmentCombo.currentData(),
            "day": from_qdate(ui.dayEdit.date()),
            "channel": FeedbackChannel(ui.channelCombo.currentData()),
            "respondents": ui.respondentsSpin.value(),
            "satisfaction": round(score, 2) if score >= 1 else None,
            "comments": ui.commentsEdit.toPlainText().strip(),
        }

    def values(self) -> dict[str, Any]:
        """Every value of a new round; only the changed ones of an existing round."""
        now = self._all_values()
        if self._row is None:
            return now
        return {k: v for k, v in now.items() if self._start.get(k) != v}
