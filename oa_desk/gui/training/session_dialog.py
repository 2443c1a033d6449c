"""A training session's dialog (Designer form ui/training/session_dialog.ui): course,
times, place or link, trainer from the roster, capacity, status."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QComboBox, QDialog, QWidget

from oa_desk.domain.enums import SessionStatus
from oa_desk.gui.forms.ui_session_dialog import Ui_SessionDialog
from oa_desk.gui.training.labels import label
from oa_desk.gui.widgets.person_picker import Finder


def _qdt(value: dt.datetime) -> QDateTime:
    return QDateTime(value.year, value.month, value.day, value.hour, value.minute, 0)


def _pydt(value: QDateTime) -> dt.datetime:
    d, t = value.date(), value.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def _select(box: QComboBox, value: Any) -> None:
    index = box.findData(value)
    if index >= 0:
        box.setCurrentIndex(index)


class SessionDialog(QDialog):
    """A session's fields; ``values()`` are the columns to write. The rules (ends after
    it starts, at least one seat, not over and still planned) are the service's."""

    def __init__(
        self,
        parent: QWidget | None,
        courses: Sequence[tuple[int, str]],
        find: Finder | None,
        row: tuple[Any, ...] | None = None,
        course_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._ui = ui = Ui_SessionDialog()
        ui.setupUi(self)
        self.setWindowTitle(self.tr("Session") if row else self.tr("New session"))
        self.course, self.starts, self.ends = ui.courseCombo, ui.startsEdit, ui.endsEdit
        self.location, self.trainer, self.capacity = (
            ui.locationEdit,
            ui.trainerEdit,
            ui.capacitySpin,
        )
        self.status = ui.statusCombo
        for cid, name in courses:
            self.course.addItem(name, cid)
        for status in SessionStatus:
            self.status.addItem(label(status), status)
        self.trainer.set_finder(find)
        if row is not None:
            _id, _course, starts, ends, where, trainer, cap, status, *_rest, cid, tid = row
            _select(self.course, cid)
            self.starts.setDateTime(_qdt(starts))
            self.ends.setDateTime(_qdt(ends))
            self.location.setText(where)
            self.trainer.set_person(tid, trainer or "")
            self.capacity.setValue(int(cap))
            _select(self.status, status)
        else:
            if course_id is not None:
                _select(self.course, course_id)
            start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=7), dt.time(9, 0))
            self.starts.setDateTime(_qdt(start))
            self.ends.setDateTime(_qdt(start + dt.timedelta(hours=2)))

    def values(self) -> dict[str, Any]:
        return {
            "course_id": self.course.currentData(),
            "starts_at": _pydt(self.starts.dateTime()),
            "ends_at": _pydt(self.ends.dateTime()),
            "location": self.location.text(),
            "trainer_id": self.trainer.person_id(),
            "capacity": self.capacity.value(),
            "status": self.status.currentData(),
        }
