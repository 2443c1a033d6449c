"""One ticket: its fields (only the workflow's allowed next statuses offered), its
links, its history (who did what when) and a comment box.

The form is the Designer file ui/support/ticket_dialog.ui. ``values()`` is what
changed; comments, "turn into" and linking or unlinking a knowledge-base article
are intents of their own, performed at once (each one undo step) through the
callbacks the tab gives.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QDateTime, Qt, QTimeZone
from PySide6.QtWidgets import QDialog, QListWidgetItem, QTreeWidgetItem, QWidget

from oa_desk.domain.enums import (
    OaModule,
    TicketChannel,
    TicketEventKind,
    TicketPriority,
    TicketStatus,
    TicketType,
)
from oa_desk.domain.support import allowed_next
from oa_desk.gui.forms.ui_ticket_dialog import Ui_TicketDialog
from oa_desk.gui.support import texts
from oa_desk.gui.widgets.person_picker import Finder
from oa_desk.services.support_board import Choices, TicketCard, TicketEventRow

_ARTICLE = Qt.ItemDataRole.UserRole + 1


def _qdatetime(moment: dt.datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())


def _moment(value: QDateTime) -> dt.datetime:
    return dt.datetime.fromtimestamp(value.toSecsSinceEpoch(), dt.UTC)


class TicketDialog(QDialog):
    """Edit one ticket; the actions beside the fields act at once."""

    def __init__(
        self,
        card: TicketCard,
        events: list[TicketEventRow],
        choices: Choices,
        find: Finder | None,
        actions: dict[str, Callable[[], None]],
        save: Callable[[dict[str, Any]], bool] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ticketDialog")
        self._save = save
        self._actions = actions
        self.ui = ui = Ui_TicketDialog()
        ui.setupUi(self)
        self.card = card
        self._names = dict(choices.team)
        self.setWindowTitle(self.tr("Ticket {number}").format(number=card.number))
        ui.headerLabel.setText(f"{card.number} · {card.title}")
        ui.titleEdit.setText(card.title)
        ui.descriptionEdit.setPlainText(card.description)
        ui.statusCombo.addItem(texts.status_label(card.status), card.status)
        for status in TicketStatus:  # the workflow's order, only what it allows
            if status in allowed_next(card.status):
                ui.statusCombo.addItem(texts.status_label(status), status)
        for p in TicketPriority:
            ui.priorityCombo.addItem(texts.priority_label(p), p)
        ui.priorityCombo.setCurrentIndex(ui.priorityCombo.findData(card.priority))
        for t in TicketType:
            ui.typeCombo.addItem(texts.type_label(t), t)
        ui.typeCombo.setCurrentIndex(ui.typeCombo.findData(card.type))
        for c in TicketChannel:
            ui.channelCombo.addItem(texts.channel_label(c), c)
        ui.channelCombo.setCurrentIndex(ui.channelCombo.findData(card.channel))
        ui.moduleCombo.addItem(self.tr("(none)"), None)
        for module in OaModule:
            ui.moduleCombo.addItem(texts.module_label(module), module)
        ui.moduleCombo.setCurrentIndex(max(0, ui.moduleCombo.findData(card.module)))
        ui.departmentCombo.addItem(self.tr("(none)"), None)
        for did, name in choices.departments:
            ui.departmentCombo.addItem(name, did)
        ui.departmentCombo.setCurrentIndex(max(0, ui.departmentCombo.findData(card.department_id)))
        ui.waveCombo.addItem(self.tr("(none)"), None)
        for wid, name in choices.waves:
            ui.waveCombo.addItem(name, wid)
        ui.waveCombo.setCurrentIndex(max(0, ui.waveCombo.findData(card.wave_id)))
        ui.reporterEdit.set_finder(find)
        ui.reporterEdit.set_person(card.reporter_id, card.reporter)
        ui.assigneeCombo.addItem(self.tr("(nobody)"), None)
        for pid, name in choices.team:
            ui.assigneeCombo.addItem(name, pid)
        if card.assignee_id is not None and ui.assigneeCombo.findData(card.assignee_id) < 0:
            ui.assigneeCombo.addItem(card.assignee, card.assignee_id)  # left the team since
        ui.assigneeCombo.setCurrentIndex(max(0, ui.assigneeCombo.findData(card.assignee_id)))
        ui.resolutionEdit.setPlainText(card.resolution)
        ui.resolvedEdit.setDateTime(_qdatetime(card.resolved_at or dt.datetime.now(dt.UTC)))
        ui.resolvedEdit.setEnabled(card.resolved_at is not None)
        self._resolved_touched = False  # a moment typed by the user, not the default
        ui.resolvedEdit.dateTimeChanged.connect(lambda _d: self._touch_resolved())
        ui.timesValue.setText(
            self.tr("created {created}, first response {response}, closed {closed}").format(
                created=texts.moment_text(card.created_at),
                response=texts.moment_text(card.first_response_at),
                closed=texts.moment_text(card.closed_at),
            )
        )
        self.show_links(card)
        for key, button in (
            ("task", ui.toTaskButton),
            ("risk", ui.toRiskButton),
            ("need", ui.toNeedButton),
        ):
            if key in actions:
                button.clicked.connect(actions[key])
        ui.commentButton.setEnabled("comment" in actions)
        if "comment" in actions:
            ui.commentButton.clicked.connect(actions["comment"])
            ui.commentEdit.returnPressed.connect(actions["comment"])
        ui.commentButton.setAutoDefault(False)
        for key, button in (
            ("link_article", ui.linkArticleButton),
            ("unlink_article", ui.unlinkArticleButton),
        ):
            if key in actions:
                button.clicked.connect(actions[key])
        ui.articlesList.currentRowChanged.connect(lambda _r: self._article_buttons())
        self.show_articles([])
        for button in (
            ui.toTaskButton,
            ui.toRiskButton,
            ui.toNeedButton,
            ui.linkArticleButton,
            ui.unlinkArticleButton,
        ):
            button.setAutoDefault(False)
        em = self.fontMetrics().horizontalAdvance("M")
        header = ui.historyTree.header()
        header.resizeSection(0, 10 * em)
        header.resizeSection(1, 5 * em)
        self.show_events(events)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        ui.statusCombo.currentIndexChanged.connect(lambda _i: self._status_chosen())

    def show_links(self, card: TicketCard) -> None:
        """What the ticket was turned into; each only once."""
        ui, actions = self.ui, self._actions
        self.card = replace(
            self.card,
            task_id=card.task_id,
            task=card.task,
            risk_id=card.risk_id,
            risk=card.risk,
            training_need_ids=card.training_need_ids,
        )
        ui.linksValue.setText(self._links_text())
        ui.toTaskButton.setEnabled(card.task_id is None and "task" in actions)
        ui.toRiskButton.setEnabled(card.risk_id is None and "risk" in actions)
        ui.toNeedButton.setEnabled(not card.training_need_ids and "need" in actions)

    def show_articles(self, articles: list[tuple[int, str]]) -> None:
        """The knowledge-base articles linked to the ticket: (id, question)."""
        view = self.ui.articlesList
        view.clear()
        for article_id, question in articles:
            item = QListWidgetItem(question, view)
            item.setData(_ARTICLE, article_id)
            item.setToolTip(question)
        if not articles:
            none = QListWidgetItem(self.tr("No article linked yet"), view)
            none.setFlags(Qt.ItemFlag.NoItemFlags)
        else:
            view.setCurrentRow(0)
        self._article_buttons()

    def current_article(self) -> int | None:
        item = self.ui.articlesList.currentItem()
        data = item.data(_ARTICLE) if item is not None else None
        return int(data) if data is not None else None

    def _article_buttons(self) -> None:
        ui = self.ui
        ui.linkArticleButton.setEnabled("link_article" in self._actions)
        ui.unlinkArticleButton.setEnabled(
            "unlink_article" in self._actions and self.current_article() is not None
        )

    def accept(self) -> None:
        """Save what changed; a refusal keeps the dialog open with what was typed."""
        values = self.values()
        if not values or self._save is None or self._save(values):
            super().accept()

    def _links_text(self) -> str:
        card = self.card
        parts = []
        if card.task_id is not None:
            parts.append(self.tr("task: {name}").format(name=card.task))
        if card.risk_id is not None:
            parts.append(self.tr("risk: {name}").format(name=card.risk))
        if card.training_need_ids:
            parts.append(
                self.tr("training need #{ids}").format(
                    ids=", #".join(str(i) for i in card.training_need_ids)
                )
            )
        return "; ".join(parts) or self.tr("none yet")

    def _touch_resolved(self) -> None:
        self._resolved_touched = True

    def _status_chosen(self) -> None:
        status = self.ui.statusCombo.currentData()
        done = status is not None and not TicketStatus(status).is_open
        self.ui.resolvedEdit.setEnabled(done)

    def show_events(self, events: list[TicketEventRow]) -> None:
        tree = self.ui.historyTree
        tree.clear()
        for e in events:
            new = e.new_value
            if e.kind is TicketEventKind.ASSIGNED and new.isdigit():
                new = self._names.get(int(new), new)
            item = QTreeWidgetItem(
                [
                    texts.moment_text(e.at),
                    e.actor or "—",
                    texts.event_text(e.kind, e.old_value, new, e.comment),
                ]
            )
            tree.addTopLevelItem(item)
        last = tree.topLevelItem(tree.topLevelItemCount() - 1)
        if last is not None:
            tree.scrollToItem(last)

    def comment_text(self) -> str:
        return self.ui.commentEdit.text()

    def clear_comment(self) -> None:
        self.ui.commentEdit.clear()

    def values(self) -> dict[str, Any]:
        """What changed."""
        ui, card = self.ui, self.card
        now: dict[str, Any] = {
            "title": ui.titleEdit.text().strip(),
            "description": ui.descriptionEdit.toPlainText().strip(),
            "status": ui.statusCombo.currentData(),
            "priority": ui.priorityCombo.currentData(),
            "type": ui.typeCombo.currentData(),
            "channel": ui.channelCombo.currentData(),
            "module": ui.moduleCombo.currentData(),
            "department_id": ui.departmentCombo.currentData(),
            "wave_id": ui.waveCombo.currentData(),
            "assignee_id": ui.assigneeCombo.currentData(),
            "resolution": ui.resolutionEdit.toPlainText().strip(),
        }
        before: dict[str, Any] = {
            "title": card.title,
            "description": card.description,
            "status": card.status,
            "priority": card.priority,
            "type": card.type,
            "channel": card.channel,
            "module": card.module,
            "department_id": card.department_id,
            "wave_id": card.wave_id,
            "assignee_id": card.assignee_id,
            "resolution": card.resolution,
        }
        out = {k: v for k, v in now.items() if v != before[k]}
        reporter_id = ui.reporterEdit.person_id()
        reporter_name = "" if reporter_id is not None else ui.reporterEdit.text().strip()
        if reporter_id != card.reporter_id or (
            reporter_id is None and reporter_name != card.reporter
        ):
            out["reporter_id"] = reporter_id
            out["reporter_name"] = reporter_name
        if ui.resolvedEdit.isEnabled() and self._resolved_touched:
            # untouched, a ticket resolved now is resolved at the moment of saving
            resolved = _moment(ui.resolvedEdit.dateTime())
            old = card.resolved_at
            if old is None or abs((resolved - old).total_seconds()) >= 60:
                out["resolved_at"] = resolved
        return out
