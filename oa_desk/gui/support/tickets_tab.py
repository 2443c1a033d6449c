"""The Tickets tab: the filter bar with saved filters, the windowed list with each
ticket's SLA, the SLA figures of all tickets, and the intents (hotline entry, the
ticket's dialog, bulk assign / status / priority on the selected tickets).

Every filter and sort is one query (:class:`~oa_desk.services.support_board.TicketSource`);
the first screen is read when the tab is shown, the figures of all tickets right
after it has painted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from oa_desk.domain.changes import ChangeKind
from oa_desk.domain.enums import TicketPriority, TicketStatus, TicketType
from oa_desk.domain.support import allowed_next
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.roles import gate
from oa_desk.gui.settings import Settings
from oa_desk.gui.support import operations, texts
from oa_desk.gui.support.filters import OPEN, FilterState, dump_saved, load_saved
from oa_desk.gui.support.ticket_model import (
    COLUMN_OF_SORT,
    ID_ROLE,
    STATUS_ROLE,
    TicketCol,
    TicketModel,
)
from oa_desk.gui.widgets.person_picker import Finder
from oa_desk.services import support_board as board_service
from oa_desk.services.support_board import Choices, SlaBoard, TicketSource

_WIDTHS = {
    TicketCol.NUMBER: 14,
    TicketCol.TITLE: 24,
    TicketCol.STATUS: 9,
    TicketCol.PRIORITY: 5,
    TicketCol.TYPE: 9,
    TicketCol.DEPARTMENT: 10,
    TicketCol.ASSIGNEE: 7,
    TicketCol.CREATED: 11,
    TicketCol.RESPONSE_DUE: 11,
    TicketCol.RESOLVE_DUE: 11,
    TicketCol.REMAINING: 7,
}


# What the hotline and a ticket's edits write (a support desk may).
TICKET_KINDS = frozenset({ChangeKind.TICKET, ChangeKind.TICKET_EVENT})


class TicketsTab(QWidget):
    """Every ticket of the plan, filtered and sorted by one query."""

    reloaded = Signal()

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._doc: PlanDocument | None = None
        self._board: SlaBoard | None = None
        self._choices = Choices([], [], [])
        self.state = FilterState()
        self.sort, self.descending = "created_at", True
        self._saved = load_saved(settings.support_filters if settings else "")
        self._build_filters()
        self._build_table()
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(self._filters_row)
        layout.addLayout(self._saved_row)
        layout.addWidget(self.view, 1)
        layout.addLayout(self._buttons_row)
        self._figures_timer = QTimer(self)
        self._figures_timer.setSingleShot(True)
        self._figures_timer.setInterval(0)
        self._figures_timer.timeout.connect(self.show_figures)
        self._fill_choices()
        self._update_buttons()

    # -- building ---------------------------------------------------------------------

    def _combo(self, name: str, every: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(every, None)
        combo.currentIndexChanged.connect(lambda _i: self._apply_filters())
        return combo

    def _build_filters(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("ticketSearch")
        self.search.setPlaceholderText(self.tr("Search: number, title or description"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._apply_filters)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.status = self._combo("ticketStatusFilter", self.tr("Every status"))
        self.status.addItem(self.tr("Open (not resolved)"), OPEN)
        for s in TicketStatus:
            self.status.addItem(texts.status_label(s), s.value)
        self.priority = self._combo("ticketPriorityFilter", self.tr("Every priority"))
        for p in TicketPriority:
            self.priority.addItem(texts.priority_label(p), p.value)
        self.type = self._combo("ticketTypeFilter", self.tr("Every type"))
        for t in TicketType:
            self.type.addItem(texts.type_label(t), t.value)
        self.department = self._combo("ticketDepartmentFilter", self.tr("Every department"))
        self.wave = self._combo("ticketWaveFilter", self.tr("Every wave"))
        self.assignee = self._combo("ticketAssigneeFilter", self.tr("Anyone"))
        self.breached = self._combo("ticketBreachedFilter", self.tr("Any SLA"))
        self.breached.addItem(self.tr("Breached only"), True)
        self.breached.addItem(self.tr("Within target"), False)
        row = QHBoxLayout()
        row.addWidget(self.search, 2)
        for combo in (
            self.status,
            self.priority,
            self.type,
            self.department,
            self.wave,
            self.assignee,
            self.breached,
        ):
            row.addWidget(combo)
        self._filters_row = row
        self.saved = QComboBox()
        self.saved.setObjectName("ticketSavedFilters")
        self.saved.setMinimumContentsLength(14)
        self.saved.activated.connect(self._saved_chosen)
        self.save_filter_button = QPushButton(self.tr("Save filter…"))
        self.save_filter_button.clicked.connect(self.save_filter)
        self.delete_filter_button = QPushButton(self.tr("Forget filter"))
        self.delete_filter_button.clicked.connect(self.forget_filter)
        self.actor = QComboBox()
        self.actor.setObjectName("ticketActor")
        self.actor.currentIndexChanged.connect(lambda _i: self._actor_chosen())
        actor_label = QLabel(self.tr("&I am:"))
        actor_label.setBuddy(self.actor)
        self.figures = QLabel()
        self.figures.setObjectName("ticketFigures")
        saved = QHBoxLayout()
        saved.addWidget(QLabel(self.tr("Saved filters:")))
        saved.addWidget(self.saved)
        saved.addWidget(self.save_filter_button)
        saved.addWidget(self.delete_filter_button)
        saved.addWidget(self.figures, 1)
        saved.addWidget(actor_label)
        saved.addWidget(self.actor)
        self._saved_row = saved
        self._fill_saved()

    def _build_table(self) -> None:
        self.model = TicketModel(self)
        self.model.sort_requested.connect(self._sort)
        view = self.view = QTableView()
        view.setObjectName("ticketTable")
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        vertical = view.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        vertical.hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        em = self.fontMetrics().horizontalAdvance("M")
        for col, chars in _WIDTHS.items():
            header.resizeSection(col, chars * em)
        header.setSortIndicator(TicketCol.CREATED, Qt.SortOrder.DescendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self.model.sort)
        view.verticalScrollBar().valueChanged.connect(lambda _v: self.ensure_visible())
        view.verticalScrollBar().rangeChanged.connect(lambda _a, _b: self.ensure_visible())
        view.selectionModel().selectionChanged.connect(lambda _a, _b: self._update_buttons())
        view.doubleClicked.connect(lambda _i: self.open_current())

    def _build_buttons(self) -> None:
        self.new_button = QPushButton(self.tr("&New hotline ticket…"))
        self.new_button.setObjectName("newTicketButton")
        self.new_button.clicked.connect(self.new_ticket)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, self.new_ticket)
        self.open_button = QPushButton(self.tr("&Open…"))
        self.open_button.clicked.connect(self.open_current)
        self.assign_button = QToolButton()
        self.assign_button.setText(self.tr("A&ssign to"))
        self.status_button = QToolButton()
        self.status_button.setText(self.tr("Set s&tatus"))
        self.priority_button = QToolButton()
        self.priority_button.setText(self.tr("Set &priority"))
        self.assign_menu, self.status_menu, self.priority_menu = (
            QMenu(self),
            QMenu(self),
            QMenu(self),
        )
        for button, menu in (
            (self.assign_button, self.assign_menu),
            (self.status_button, self.status_menu),
            (self.priority_button, self.priority_menu),
        ):
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            button.setMenu(menu)
        self.status_menu.aboutToShow.connect(self._fill_status_menu)
        for p in TicketPriority:
            self.priority_menu.addAction(texts.priority_label(p), partial(self.bulk_priority, p))
        self.count = QLabel()
        self.count.setObjectName("ticketCount")
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        for w in (
            self.new_button,
            self.open_button,
            self.assign_button,
            self.status_button,
            self.priority_button,
        ):
            row.addWidget(w)
        self._buttons_row = row

    # -- choices ------------------------------------------------------------------------

    def _fill(self, combo: QComboBox, items: Sequence[tuple[int, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for key, name in items:
            combo.addItem(name, key)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def _fill_choices(self) -> None:
        ch = self._choices
        self._fill(self.department, ch.departments)
        self._fill(self.wave, ch.waves)
        self._fill(self.assignee, ch.team)
        self.actor.blockSignals(True)
        self.actor.clear()
        self.actor.addItem(self.tr("(not said)"), None)
        for pid, name in ch.team:
            self.actor.addItem(name, pid)
        me = self._settings.support_actor if self._settings else 0
        self.actor.setCurrentIndex(max(0, self.actor.findData(me)) if me else 0)
        self.actor.blockSignals(False)
        menu = self.assign_menu
        menu.clear()
        menu.addAction(self.tr("(nobody)"), partial(self.bulk_assign, None, self.tr("nobody")))
        for pid, name in ch.team:
            menu.addAction(name, partial(self.bulk_assign, pid, name))

    def actor_id(self) -> int | None:
        value = self.actor.currentData()
        return int(value) if value is not None else None

    def _actor_chosen(self) -> None:
        if self._settings is not None:
            self._settings.support_actor = self.actor_id() or 0

    # -- reading ------------------------------------------------------------------------

    def document(self) -> PlanDocument | None:
        return self._doc

    def set_document(self, doc: PlanDocument | None) -> None:
        if doc is not self._doc:
            self._board = SlaBoard(doc.store) if doc is not None else None
        self._doc = doc
        self._choices = (
            board_service.read_choices(doc.store) if doc is not None else Choices([], [], [])
        )
        self._fill_choices()
        self.reload()

    def calendar_changed(self) -> None:
        """Every due time follows the plan's new working days."""
        if self._board is not None:
            self._board.reset()

    def reload(self) -> None:
        doc, board = self._doc, self._board
        chosen = self.selected_ids()
        if doc is None or board is None:
            self.model.set_source(0, None)
        else:
            query = self.state.query(self.sort, self.descending)
            source = TicketSource(doc.store, query, board, operations.now())
            self.model.set_source(source.total, source.rows)
        self.count.setText(self.tr("%Ln ticket(s)", "", self.model.total()))  # 21,000: grouped
        for tid in chosen:
            row = self.model.row_of(tid)
            if row is not None:
                self.view.selectionModel().select(
                    self.model.index(row, 0),
                    self.view.selectionModel().SelectionFlag.Select
                    | self.view.selectionModel().SelectionFlag.Rows,
                )
        self._update_buttons()
        self.figures.setText("")
        self._figures_timer.start()  # after the first screen has painted
        self.reloaded.emit()

    def show_figures(self) -> None:
        """The SLA figures of every ticket (open, past 80 %, breached)."""
        if self._board is None:
            self.figures.setText("")
            return
        s = self._board.summary(operations.now())
        self.figures.setText(
            self.tr("{open} open · {warning} past 80% · {breached} breached").format(
                open=s.open, warning=s.warning, breached=s.breached
            )
        )

    def ensure_visible(self) -> None:
        first = max(0, self.view.rowAt(0))
        height = max(1, self.view.verticalHeader().defaultSectionSize())
        shown = self.view.viewport().height() // height + 1
        self.model.ensure_rows(first, first + 2 * shown)

    def _state_from_bar(self) -> FilterState:
        return FilterState(
            status=self.status.currentData() or "",
            priority=self.priority.currentData() or "",
            type=self.type.currentData() or "",
            department_id=self.department.currentData(),
            wave_id=self.wave.currentData(),
            assignee_id=self.assignee.currentData(),
            breached=self.breached.currentData(),
            text=self.search.text(),
        )

    def _apply_filters(self) -> None:
        self._search_timer.stop()
        state = self._state_from_bar()
        if state != self.state:
            self.state = state
            self.reload()

    def _sort(self, sort: str, descending: bool) -> None:
        if (sort, descending) != (self.sort, self.descending):
            self.sort, self.descending = sort, descending
            self.reload()

    def sort_by(self, sort: str, descending: bool) -> None:
        """Sort as if the column's header was clicked."""
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.view.horizontalHeader().setSortIndicator(COLUMN_OF_SORT[sort], order)

    # -- saved filters ---------------------------------------------------------------------

    def _fill_saved(self) -> None:
        self.saved.blockSignals(True)
        self.saved.clear()
        self.saved.addItem(self.tr("(choose a saved filter)"), None)
        for name in self._saved:
            self.saved.addItem(name, name)
        self.saved.blockSignals(False)
        self.delete_filter_button.setEnabled(bool(self._saved))

    def show_state(self, state: FilterState) -> None:
        """Put ``state`` in the filter bar and read the list once."""
        self._put_state(state)
        self.reload()

    def carry_from(self, old: TicketsTab) -> None:
        """Take ``old``'s plan, filters and sort without reading the list: the tab is
        made again in a new language and the reader keeps what they were looking at."""
        self._doc, self._board, self._choices = old._doc, old._board, old._choices
        self._fill_choices()
        self._put_state(old.state)
        if old.search.text() != old.state.text:  # typed, not yet applied: after the pause
            self.search.blockSignals(True)
            self.search.setText(old.search.text())
            self.search.blockSignals(False)
            self._search_timer.start()
        self.sort, self.descending = old.sort, old.descending
        order = Qt.SortOrder.DescendingOrder if old.descending else Qt.SortOrder.AscendingOrder
        header = self.view.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(COLUMN_OF_SORT[old.sort], order)
        header.blockSignals(False)

    def _put_state(self, state: FilterState) -> None:
        combos: tuple[tuple[QComboBox, object], ...] = (
            (self.status, state.status or None),
            (self.priority, state.priority or None),
            (self.type, state.type or None),
            (self.department, state.department_id),
            (self.wave, state.wave_id),
            (self.assignee, state.assignee_id),
            (self.breached, state.breached),
        )
        for combo, value in combos:
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(state.text)
        self.search.blockSignals(False)
        self.state = replace(self._state_from_bar())

    def _saved_chosen(self, index: int) -> None:
        name = self.saved.itemData(index)
        if name in self._saved:
            self.show_state(self._saved[name])

    def save_filter(self, name: str | None = None) -> None:
        if not name:
            name, ok = QInputDialog.getText(self, self.tr("Save filter"), self.tr("Name:"))
            if not ok:
                return
        name = name.strip()[:100]
        if not name:
            return
        self._saved.pop(name, None)
        self._saved[name] = self._state_from_bar()
        self._store_saved()
        self.saved.setCurrentIndex(self.saved.findData(name))

    def forget_filter(self) -> None:
        name = self.saved.currentData()
        if name in self._saved:
            del self._saved[name]
            self._store_saved()

    def _store_saved(self) -> None:
        if self._settings is not None:
            self._settings.support_filters = dump_saved(self._saved)
        self._fill_saved()

    # -- the selection and intents ------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        out = []
        for row in rows:
            value = self.model.data(self.model.index(row, 0), ID_ROLE)
            if value is not None:
                out.append(int(value))
        return out

    def _selected_statuses(self) -> set[TicketStatus]:
        rows = {i.row() for i in self.view.selectionModel().selectedRows()}
        out = set()
        for row in rows:
            value = self.model.data(self.model.index(row, TicketCol.STATUS), STATUS_ROLE)
            if value is not None:
                out.add(TicketStatus(value))
        return out

    def _update_buttons(self) -> None:
        chosen = bool(self.view.selectionModel().selectedRows())
        gate(self._doc, TICKET_KINDS, (self.new_button,))  # a support desk's hotline
        self.open_button.setEnabled(self._doc is not None and chosen)
        bulk = (self.assign_button, self.status_button, self.priority_button)
        gate(self._doc, TICKET_KINDS, bulk, enabled=chosen)

    def _fill_status_menu(self) -> None:
        """Only the statuses every selected ticket may move to."""
        menu = self.status_menu
        menu.clear()
        statuses = self._selected_statuses()
        allowed = set(TicketStatus)
        for s in statuses:
            allowed &= set(allowed_next(s))
        for s in TicketStatus:
            if s in allowed:
                menu.addAction(texts.status_label(s), partial(self.bulk_status, s))
        if menu.isEmpty():
            action = menu.addAction(self.tr("No change allowed for every selected ticket"))
            action.setEnabled(False)

    def bulk_assign(self, person_id: int | None, who: str) -> None:
        ids = self.selected_ids()
        if self._doc is not None and ids:
            operations.assign(self._doc, ids, person_id, who, self.actor_id())

    def bulk_status(self, status: TicketStatus) -> None:
        ids = self.selected_ids()
        if self._doc is not None and ids:
            operations.set_status(self._doc, ids, status, self.actor_id())

    def bulk_priority(self, priority: TicketPriority | str) -> None:
        ids = self.selected_ids()
        if self._doc is not None and ids:
            operations.set_priority(self._doc, ids, priority, self.actor_id())

    def _finder(self) -> Finder | None:
        doc = self._doc
        if doc is None:
            return None
        from oa_desk.services.people_search import find_people

        store = doc.store
        return lambda text: find_people(store, text)

    def hotline_dialog(self) -> QDialog | None:
        """The hotline form, not yet shown (tests drive it; :meth:`new_ticket` shows it)."""
        from oa_desk.gui.support.hotline import HotlineDialog

        doc = self._doc
        if doc is None or not doc.may_change(TICKET_KINDS):
            return None

        def save(values: dict[str, object]) -> bool:
            return operations.create(doc, values, self.actor_id()) is not None

        from oa_desk.gui.widgets.article_suggest import ArticleSuggestions

        dialog = HotlineDialog(self._choices, self._finder(), save, self)
        suggestions = ArticleSuggestions(dialog)  # answers the caller can be given now
        suggestions.set_document(doc)
        dialog.add_suggestions(suggestions)
        return dialog

    def new_ticket(self) -> None:
        dialog = self.hotline_dialog()
        if dialog is not None:
            dialog.open()

    def open_current(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.open_ticket(ids[0])

    def ticket_dialog(self, ticket_id: int) -> QDialog | None:
        """The ticket's dialog, not yet shown (tests drive it)."""
        from oa_desk.gui.support.ticket_dialog import TicketDialog
        from oa_desk.services.knowledge import articles_of_ticket

        doc = self._doc
        read = board_service.read_card(doc.store, ticket_id) if doc is not None else None
        if doc is None or read is None:
            return None
        card, events = read
        actor = self.actor_id()
        holder: list[TicketDialog] = []

        def refresh() -> None:
            again = board_service.read_card(doc.store, ticket_id)
            if again is not None and holder:
                holder[0].show_links(again[0])
                holder[0].show_events(again[1])
                holder[0].show_articles(articles_of_ticket(doc.store, ticket_id))

        def link_article() -> None:
            article_id = self.pick_article(doc, holder[0])
            if (
                article_id is not None
                and operations.link_article(doc, ticket_id, card.number, article_id) is not None
            ):
                refresh()

        def unlink_article() -> None:
            article_id = holder[0].current_article()
            if (
                article_id is not None
                and operations.unlink_article(doc, ticket_id, card.number, article_id) is not None
            ):
                refresh()

        def act(intent: object) -> None:
            if callable(intent) and intent(doc, ticket_id, card.number, actor) is not None:
                refresh()

        def comment() -> None:
            text = holder[0].comment_text()
            if operations.comment(doc, ticket_id, card.number, text, actor) is not None:
                holder[0].clear_comment()
                refresh()

        # What the user's role allows: a support desk comments, a planner makes a task of it.
        offered: dict[str, tuple[Callable[[], None], ChangeKind]] = {
            "task": (partial(act, operations.to_task), ChangeKind.TASK),
            "risk": (partial(act, operations.to_risk), ChangeKind.RISK),
            "need": (partial(act, operations.to_training_need), ChangeKind.TRAINING_NEED),
            "comment": (comment, ChangeKind.TICKET_EVENT),
            "link_article": (link_article, ChangeKind.KB_ARTICLE_TICKET),
            "unlink_article": (unlink_article, ChangeKind.KB_ARTICLE_TICKET),
        }
        actions: dict[str, Callable[[], None]] = {
            key: slot
            for key, (slot, kind) in offered.items()
            if doc.may_change({*TICKET_KINDS, kind})
        }
        writable = doc.may_change(TICKET_KINDS)

        def save(values: dict[str, object]) -> bool:
            return operations.edit(doc, ticket_id, card.number, values, actor) is not None

        dialog = TicketDialog(
            card,
            events,
            self._choices,
            self._finder(),
            actions,
            save if writable else None,
            self,
        )
        holder.append(dialog)
        dialog.show_articles(articles_of_ticket(doc.store, ticket_id))
        return dialog

    def pick_article(self, doc: PlanDocument, parent: QWidget) -> int | None:
        """The article the user picks to link (None: cancelled); tests replace it."""
        from oa_desk.gui.support.article_picker import ArticlePicker

        picker = ArticlePicker(doc, "", parent)
        picker.exec()
        return picker.chosen

    def open_ticket(self, ticket_id: int) -> None:
        dialog = self.ticket_dialog(ticket_id)
        if dialog is not None:
            dialog.open()
