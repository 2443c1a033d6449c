"""The person picker finds people as the roster search does, and keeps free text free."""

from __future__ import annotations

from typing import Any

from oa_desk.gui.widgets.person_picker import PersonPicker
from oa_desk.store.people_search import PersonHit

ROSTER = [
    PersonHit(1, "00123", "张三", "财务部", "会计", True),
    PersonHit(3, "00125", "张三丰", "", "", False),
]


def _find(text: str) -> list[PersonHit]:
    return [h for h in ROSTER if text in ("zs", "张三", "001")]


def test_typing_lists_people_and_picking_sets_the_person(qtbot: Any) -> None:
    picker = PersonPicker()
    qtbot.addWidget(picker)
    picker.set_finder(_find)
    qtbot.keyClicks(picker, "zs")
    qtbot.waitUntil(lambda: len(picker.hits()) == 2)  # searched after the pause
    model = picker.completer().model()
    texts = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert texts == ["张三 · 00123 · 财务部", "张三丰 · 00125 · inactive"]
    with qtbot.waitSignal(picker.person_chosen) as chosen:
        picker.pick(0)
    assert chosen.args == [1]
    assert picker.text() == "张三" and picker.person_id() == 1


def test_free_text_is_no_person(qtbot: Any) -> None:
    picker = PersonPicker()
    qtbot.addWidget(picker)
    picker.set_person(1, "张三")
    assert picker.person_id() == 1
    picker.setText("外部顾问 王老师")
    assert picker.person_id() is None and picker.text() == "外部顾问 王老师"
    picker.set_finder(None)
    picker.search_now()
    assert picker.hits() == []
