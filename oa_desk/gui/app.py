"""Application bootstrap: QApplication, style, language, settings, the main window."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from oa_desk import __version__
from oa_desk.gui import collector, instance
from oa_desk.gui.fonts import install_fonts
from oa_desk.gui.i18n import Translations
from oa_desk.gui.icons import install_style
from oa_desk.gui.main_window import MainWindow
from oa_desk.gui.settings import APPLICATION, ORGANISATION, Settings
from oa_desk.resources import resource

# Set by start-up benchmarks and tests: print the time to the first paint and quit.
EXIT_AFTER_PAINT_ENV = "OA_DESK_EXIT_AFTER_PAINT"


def make_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("oa-desk")
    app = QApplication(argv if argv is not None else sys.argv[:1])
    # native styles on Windows and macOS; Fusion elsewhere; Phosphor icons only
    install_style(app, "Fusion" if sys.platform.startswith("linux") else None)
    install_fonts(app)
    app.setWindowIcon(QIcon(str(resource("icons", "app", "oa-desk.svg"))))
    collector.install(app)  # cyclic garbage is freed on this thread, never by a worker
    return app


def build_window(settings: Settings | None = None) -> MainWindow:
    """The main window with translations applied; no plan opened yet."""
    settings = settings or Settings()
    translations = Translations()
    translations.apply(settings.language)
    return MainWindow(settings, translations)


def open_initial(window: MainWindow, plan: Path | str | None, *, read_only: bool) -> None:
    """Open ``plan`` (a file, or a team plan's URL); without one, the last plan; on
    first run, the welcome page stays."""
    from oa_desk.store.teamplan import is_server_url

    if plan is not None:
        window.open_target(plan, read_only=read_only)
        return
    last = window.settings.last_plan
    if last and is_server_url(last):
        window.open_target(last)
    elif last and Path(last).exists():
        window.open_path(Path(last))


def run(plan: Path | str | None, *, read_only: bool = False) -> int:
    started = time.perf_counter()
    app = make_app()
    single = not os.environ.get(EXIT_AFTER_PAINT_ENV)  # benchmarks start many at once
    # A plan file goes to the running instance; a team plan's URL opens here.
    if single and isinstance(plan, Path) and instance.hand_over(plan, read_only=read_only):
        print(f"oa-desk: {plan} was handed to the running OA Desk", file=sys.stderr)
        return 0
    window = build_window()
    if single:
        instance.serve(app, window)
    open_initial(window, plan, read_only=read_only)
    if os.environ.get(EXIT_AFTER_PAINT_ENV):

        def report() -> None:
            print(f"painted {time.perf_counter() - started:.4f}", flush=True)
            shown = sorted(m for m in sys.modules if m.split(".")[0] in _HEAVY)
            print("heavy-modules " + ",".join(shown), flush=True)
            others = sorted(
                {m.split(".")[0] for m in sys.modules}
                - set(sys.stdlib_module_names)
                - {"oa_desk", "PySide6", "shiboken6", "__main__", "__mp_main__"}
                - _QT_AND_SITE
            )
            print("third-party-modules " + ",".join(others), flush=True)
            QTimer.singleShot(0, window.close)

        window.first_painted.connect(report)
    window.first_painted.connect(_load_the_rest_in_the_background)
    window.show()
    return app.exec()


def _load_the_rest_in_the_background() -> None:
    """Import the ORM beside the user once the window is up, so the first edit
    does not wait for it (start-up imports only Qt and OA Desk's own modules)."""
    import importlib
    import threading

    threading.Thread(
        target=importlib.import_module, args=("oa_desk.store.models",), daemon=True
    ).start()


# Modules PySide6 loads for itself, and the one setuptools' .pth file adds to every
# interpreter: not third-party libraries of ours.
_QT_AND_SITE = frozenset(
    {"__feature__", "shibokensupport", "signature_bootstrap", "_distutils_hack"}
)
# Libraries that must not be imported before the main window is shown.
_HEAVY = frozenset(
    {"matplotlib", "openpyxl", "numpy", "alembic", "python_calamine", "holidays", "sqlalchemy"}
)
