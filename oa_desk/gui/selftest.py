"""``oa-desk --self-test``: start the GUI, open a demo plan, visit every page, draw every chart.

Made for the frozen bundle (CI runs it on the Linux bundle, offscreen), where
a module, a Qt plugin, a translation or a font left out of the bundle shows
only when something uses it. It works in a temporary folder with its own
settings and data folder, so the user's own are never touched, and prints
one line per step; the exit status is 0 when every step passed, else 1, and
each failure is printed with what failed.

A dialog that opens on its own (an error message) is a failure: it is
recorded and closed so the run never waits for a click, and the whole run
stops after :data:`TIME_LIMIT_S` seconds.
"""

from __future__ import annotations

import functools
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TextIO

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox, QTabWidget, QWidget

from oa_desk.gui.settings import SETTINGS_FILE_ENV
from oa_desk.store.paths import DATA_DIR_ENV

TIME_LIMIT_S = 180.0
SETTLE_MS = 250  # events processed after each page is shown
TAB_SETTLE_MS = 80


class SelfTest:
    def __init__(self, folder: Path, out: TextIO) -> None:
        self.folder = folder
        self.out = out
        self.failures: list[str] = []
        self.charts = 0
        self.pages = 0
        self._started = time.perf_counter()

    def fail(self, what: str) -> None:
        self.failures.append(what)
        print(f"self-test: FAILED {what}", file=self.out, flush=True)

    def ok(self, what: str) -> None:
        print(f"self-test: ok     {what}", file=self.out, flush=True)

    def step(self, name: str, action: Callable[[], str | None]) -> bool:
        try:
            detail = action()
        except Exception as exc:
            last = traceback.format_exception(exc)[-3:]
            self.fail(f"{name}: {type(exc).__name__}: {exc}\n{''.join(last).rstrip()}")
            return False
        self.ok(f"{name}{': ' + detail if detail else ''}")
        return True

    def settle(self, ms: int = SETTLE_MS) -> None:
        app = QCoreApplication.instance()
        assert app is not None
        end = time.perf_counter() + ms / 1000
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.005)
        if time.perf_counter() - self._started > TIME_LIMIT_S:
            raise TimeoutError(f"the self-test took over {TIME_LIMIT_S:.0f} s")

    def close_dialogs(self) -> None:
        """A modal dialog nobody asked for is a failure: note it and close it."""
        widget = QApplication.activeModalWidget()
        if widget is None:
            return
        text = widget.text() if isinstance(widget, QMessageBox) else ""
        self.fail(f"a dialog opened: {widget.windowTitle()!r} {text}".rstrip())
        widget.close()


def _resources() -> str:
    from oa_desk.resources import cjk_font_file, resources_dir

    folder = resources_dir()
    if not cjk_font_file().is_file():
        raise FileNotFoundError(f"the bundled CJK font is missing from {folder}")
    return str(folder)


def _font() -> str:
    from oa_desk.gui.fonts import register_bundled_font

    family = register_bundled_font()
    if family is None or family not in QFontDatabase.families():
        raise RuntimeError("the bundled CJK font could not be registered with Qt")
    return family


def _translations() -> str:
    from oa_desk.gui.i18n import Translations

    translations = Translations()
    try:
        translations.apply("zh_CN")
        shown = QCoreApplication.translate("MainWindow", "About OA Desk")
        if shown == "About OA Desk":
            raise RuntimeError("the zh_CN translation did not load (no .qm and no lrelease?)")
    finally:
        translations.apply("en")
    return f"zh_CN: {shown}"


def run_self_test(out: TextIO | None = None) -> int:
    """Run every step; 0 if all passed, else 1 (each failure printed)."""
    out = out or sys.stdout
    with tempfile.TemporaryDirectory(prefix="oa-desk-self-test-") as tmp:
        folder = Path(tmp)
        saved = {key: os.environ.get(key) for key in (SETTINGS_FILE_ENV, DATA_DIR_ENV)}
        os.environ[SETTINGS_FILE_ENV] = str(folder / "settings.ini")
        os.environ[DATA_DIR_ENV] = str(folder / "data")
        try:
            test = SelfTest(folder, out)
            _run(test)
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
    seconds = time.perf_counter() - test._started
    if test.failures:
        print(
            f"self-test: {len(test.failures)} FAILED of {test.pages} pages and "
            f"{test.charts} charts ({seconds:.1f} s)",
            file=out,
            flush=True,
        )
        return 1
    print(
        f"self-test: passed: {test.pages} pages, {test.charts} charts ({seconds:.1f} s)",
        file=out,
        flush=True,
    )
    return 0


def _run(test: SelfTest) -> None:
    from oa_desk.gui.app import build_window, make_app

    app = make_app()
    watchdog = QTimer(app)
    watchdog.setInterval(100)
    watchdog.timeout.connect(test.close_dialogs)
    watchdog.start()
    # An exception in a slot reaches sys.excepthook, not the caller: count it.
    previous_hook = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        test.fail(f"uncaught {kind.__name__}: {exc}")
        traceback.print_exception(kind, exc, tb, file=test.out)

    sys.excepthook = hook
    try:
        test.step("resources", _resources)
        test.step("bundled CJK font", _font)
        test.step("translations", _translations)
        plan = test.folder / "demo.oadesk"

        def demo() -> str:
            from oa_desk.services.demo import generate_demo

            stats = generate_demo(plan)
            return f"{stats.total_rows:,} rows"

        if not test.step("demo plan", demo):
            return
        window = build_window()
        window.show()
        if not test.step("open the demo plan", lambda: _open(window, plan)):
            window.close()
            return
        test.settle(500)  # the plan's check once painted
        for feature in window.features:
            if feature.page is None:
                continue
            test.step(f"page {feature.key}", functools.partial(_visit, test, window, feature.key))
        window.close()
        test.settle(100)
    finally:
        sys.excepthook = previous_hook
        watchdog.stop()


def _open(window: object, plan: Path) -> str:
    from oa_desk.gui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    if not window.open_path(plan) or window.doc is None:
        raise RuntimeError(f"{plan.name} did not open")
    return plan.name


def _visit(test: SelfTest, window: object, key: str) -> str:
    from oa_desk.gui.main_window import MainWindow
    from oa_desk.gui.widgets.figure_view import FigureView

    assert isinstance(window, MainWindow)
    window.show_page(key)
    test.settle()
    page = window.page(key)
    if not page.isVisible():
        raise RuntimeError("the page is not shown")
    tabs = 0
    for widget in page.findChildren(QTabWidget):  # a tab's content may load when shown
        for index in range(widget.count()):
            widget.setCurrentIndex(index)
            test.settle(TAB_SETTLE_MS)
            tabs += 1
    for child in page.findChildren(QWidget):  # charts read on a worker: wait for them
        load_all = getattr(child, "load_all", None)
        if callable(load_all):
            load_all()
    drawn = 0
    for view in page.findChildren(FigureView):
        view.draw_now()
        if not view.has_figure():
            raise RuntimeError(f"chart {view.objectName() or 'FigureView'} drew nothing")
        drawn += 1
    test.pages += 1
    test.charts += drawn
    return f"{tabs} tabs, {drawn} charts"
