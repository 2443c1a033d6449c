"""The baseline drawn under the bars: a view setting of the page, and Save Baseline.

Which baseline is shown is chosen per window (no undo step, nothing stored):
0 is the newest, -1 none, else a baseline's id (the newest once it is gone).
Saving one is a plan edit of ``timeline.operations``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog

from oa_desk.domain.changes import ChangeKind
from oa_desk.gui.dates import format_date
from oa_desk.gui.timeline import operations as ops

if TYPE_CHECKING:
    from oa_desk.gui.timeline.host import TimelineHost


class BaselineView(QObject):
    """The baseline combo box, the show-baseline toggle and Save Baseline."""

    def __init__(self, page: TimelineHost) -> None:
        super().__init__(page.widget())
        self._page = page
        self.baselines: list[Any] = []
        self.choice = 0
        page.acts.baseline_combo.activated.connect(self._chosen)

    def reset(self) -> None:
        self.choice = 0

    def shown(self) -> int | None:
        """The baseline to draw, by :attr:`choice` among :attr:`baselines`."""
        ids = [b.id for b in self.baselines]
        if self.choice < 0 or not ids:
            return None
        return self.choice if self.choice in ids else ids[-1]

    def fill(self) -> None:
        combo = self._page.acts.baseline_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Baselines (%n)", "", len(self.baselines)), 0)
        for info in self.baselines:
            combo.addItem(
                self.tr("Show {name} ({date})").format(
                    name=info.name, date=format_date(info.created_at.astimezone().date())
                ),
                info.id,
            )
        if self.baselines:
            combo.addItem(self.tr("Show no baseline"), -1)
        combo.setCurrentIndex(0)
        combo.setEnabled(bool(self.baselines))
        combo.blockSignals(False)

    def _chosen(self, index: int) -> None:
        page = self._page
        combo = page.acts.baseline_combo
        chosen = int(combo.itemData(index) or 0)
        combo.setCurrentIndex(0)
        doc = page.document()
        if not chosen or doc is None:
            return
        baseline_id = None if chosen < 0 else chosen
        name = next((b.name for b in self.baselines if b.id == baseline_id), "")
        self.choice = chosen  # a view setting: read again, no undo step
        page.reload()
        page.acts.baseline.setChecked(baseline_id is not None)
        page.chart.set_show_baseline(baseline_id is not None)
        doc.status.emit(
            self.tr("Show baseline {name}").format(name=name)
            if baseline_id
            else self.tr("Hide the baseline")
        )

    def toggle(self) -> None:
        self._page.chart.set_show_baseline(self._page.acts.baseline.isChecked())

    def save(self) -> None:
        page = self._page
        doc = page.document()
        if doc is None or not doc.may_change({ChangeKind.BASELINE, ChangeKind.BASELINE_TASK}):
            return
        name, ok = QInputDialog.getText(
            page.widget(),
            self.tr("Save Baseline"),
            self.tr("Name of the baseline:"),
            text=self.tr("Baseline {date}").format(date=format_date(page.today())),
        )
        if not ok or not name.strip():
            return
        before, self.choice = self.choice, 0  # show the new, newest one
        if not page.done(ops.save_baseline(doc, name.strip())):
            self.choice = before
            return
        page.acts.baseline.setChecked(True)
        page.chart.set_show_baseline(True)
