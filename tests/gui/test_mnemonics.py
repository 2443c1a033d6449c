"""Mnemonics (Alt+letter) are unique within each dialog and each menu, in both languages:
阶段(P) and 部门(P) clashed in the task dialog, so Alt+P reached only one of them."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QTabWidget,
    QWidget,
    QWizardPage,
)

import oa_desk.gui.forms as forms
from oa_desk.gui.main_window import MainWindow

LANGUAGES = ("en", "zh_CN")


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a literal ampersand), lower case."""
    match = re.search(r"&(\w)", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def clashes(texts: Iterable[str]) -> dict[str, list[str]]:
    texts = [t for t in texts if mnemonic(t)]
    counts = Counter(mnemonic(t) for t in texts)
    return {k: [t for t in texts if mnemonic(t) == k] for k, n in counts.items() if k and n > 1}


def widget_texts(root: QWidget) -> Iterator[str]:
    """Every text of ``root``'s widgets that can carry a mnemonic."""
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel | QAbstractButton):
            yield widget.text()
        elif isinstance(widget, QGroupBox):
            yield widget.title()
        elif isinstance(widget, QTabWidget):
            yield from (widget.tabText(i) for i in range(widget.count()))


def form_classes() -> list[tuple[str, type, type]]:
    """Every Designer form: its name, its Ui class and the widget class it is set up on."""
    out = []
    for info in pkgutil.iter_modules(forms.__path__):
        if not info.name.startswith("ui_"):
            continue
        module = importlib.import_module(f"{forms.__name__}.{info.name}")
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if name.startswith("Ui_"):
                hint = inspect.signature(cls.setupUi).parameters
                target = list(hint.values())[1].annotation
                base = QDialog if "QDialog" in str(target) else QWidget
                if "QWizardPage" in str(target):
                    base = QWizardPage
                out.append((name, cls, base))
    return out


def menu_texts(menu: QMenu) -> Iterator[list[str]]:
    """The texts of a menu's entries, and of each submenu's, one list per menu."""
    actions = menu.actions()
    yield [a.text() for a in actions if not a.isSeparator()]
    for action in actions:
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from menu_texts(sub)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_form_has_unique_mnemonics(window: MainWindow, language: str) -> None:
    window.set_language(language)
    problems = {}
    found = form_classes()
    assert len(found) >= 10  # every .ui of ui/ is compiled into forms
    for name, ui_class, base in found:
        host: Any = base()
        ui_class().setupUi(host)
        clash = clashes(widget_texts(host))
        if clash:
            problems[name] = clash
        host.deleteLater()
    assert not problems, problems


@pytest.mark.parametrize("language", LANGUAGES)
def test_menus_and_the_timeline_context_menu_have_unique_mnemonics(
    window: MainWindow, language: str
) -> None:
    window.set_language(language)
    bar = window.menuBar()
    titles = [a.text() for a in bar.actions()]
    assert not clashes(titles), titles
    menus = [a.menu() for a in bar.actions()]
    timeline = window.page("timeline")
    menus.append(timeline.acts.context_menu(timeline))  # type: ignore[attr-defined]
    for top in menus:
        assert isinstance(top, QMenu)
        for texts in menu_texts(top):
            assert not clashes(texts), texts


def test_the_check_finds_a_clash() -> None:
    assert clashes(["阶段(&P)：", "部门(&P)：", "名称(&N)："]) == {
        "p": ["阶段(&P)：", "部门(&P)："]
    }
    assert not clashes(["R&&D", "&Open", "Save &As"])
    assert mnemonic("Rock && &Roll") == "r"
