"""A line edit that picks a person of the roster by name, pinyin, initials or employee no.

Typing 张三, zhangsan, zs or 00123 lists matching people below the field
(searched in the plan a moment after the last key, not on every key); picking
one sets the field to the person's name and :meth:`person_id` to theirs.
Free text stays possible, for someone who is not on the roster: then
:meth:`person_id` is None and :meth:`text` is what was typed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from oa_desk.store.people_search import PersonHit

Finder = Callable[[str], Sequence[PersonHit]]
# After the last key, before searching.
SEARCH_DELAY_MS = 150
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class _Hits(QStringListModel):
    """The hits of the last search, as the completer lists them (no reading in data())."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.hits: list[PersonHit] = []

    def set_hits(self, hits: Sequence[PersonHit], inactive: str) -> None:
        self.hits = list(hits)
        self.setStringList(
            [
                " · ".join(
                    p
                    for p in (h.name, h.employee_no, h.department, "" if h.active else inactive)
                    if p
                )
                for h in self.hits
            ]
        )


class PersonPicker(QLineEdit):
    """Picks a person, or takes free text for someone outside the roster."""

    person_chosen = Signal(int)  # the person's id, when one was picked from the list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._find: Finder | None = None
        self._person: PersonHit | None = None
        self._hits = _Hits(self)
        self._completer = QCompleter(self._hits, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.activated[QModelIndex].connect(self._picked)  # type: ignore[index]
        self.setCompleter(self._completer)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.textEdited.connect(lambda _t: self._timer.start())
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Name, pinyin initials or employee no."))

    def set_finder(self, find: Finder | None) -> None:
        """Where to search (None: free text only, e.g. no plan open)."""
        self._find = find

    def set_person(self, person_id: int | None, name: str) -> None:
        """Show a person (or a free-text name when ``person_id`` is None)."""
        self._person = (
            PersonHit(person_id, "", name, "", "", True) if person_id is not None else None
        )
        self.setText(name)

    def person_id(self) -> int | None:
        """The picked person's id while the field still shows their name; else None."""
        if self._person is not None and self.text().strip() == self._person.name.strip():
            return self._person.id
        return None

    def hits(self) -> list[PersonHit]:
        """What the last search found (what the list below the field shows)."""
        return list(self._hits.hits)

    def search_now(self) -> None:
        """Search for what is typed (after the delay; tests call it directly)."""
        self._timer.stop()
        text = self.text().strip()
        found = self._find(text) if self._find is not None and text else ()
        self._hits.set_hits(found, self.tr("inactive"))
        if found and self.hasFocus():
            self._completer.complete()

    def pick(self, row: int) -> None:
        """Pick the ``row``-th hit of the list."""
        hit = self._hits.hits[row]
        self._person = hit
        self.setText(hit.name)
        self.person_chosen.emit(hit.id)

    def _picked(self, index: QModelIndex) -> None:
        row = index.row()
        if 0 <= row < len(self._hits.hits):
            # The completer writes the list's text into the field first: set it after.
            QTimer.singleShot(0, lambda: self.pick(row))
