"""The main window: navigation sidebar, pages, menus, status bar (the plan's lifecycle
is :mod:`oa_desk.gui.plan_lifecycle`)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from oa_desk import __version__
from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.gui import messages
from oa_desk.gui.dialogs import PreferencesDialog
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.features import Feature, page_wants
from oa_desk.gui.i18n import Translations
from oa_desk.gui.icons import icon
from oa_desk.gui.jobs import JobRunner
from oa_desk.gui.plan_lifecycle import PlanLifecycle
from oa_desk.gui.registry import features
from oa_desk.gui.roles import WHOLE_PLAN, gate
from oa_desk.gui.settings import Settings, tool_button_style
from oa_desk.gui.welcome import WelcomePage
from oa_desk.gui.wizard import new_rollout
from oa_desk.services import plan as plan_service
from oa_desk.store.paths import snapshots_root
from oa_desk.store.planfile import PlanStore

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QStatusBar

log = logging.getLogger(__name__)


def _holder() -> QWidget:
    """An empty frame a lazily built page goes into."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    return holder


@dataclass
class Page:
    """A feature's place in the navigation sidebar and the page stack.

    The page itself is built the first time it is shown (into ``holder``), so
    that what it imports does not slow down start-up.
    """

    feature: Feature
    holder: QWidget
    built: QWidget | None = None

    @property
    def key(self) -> str:
        return self.feature.key


class MainWindow(QMainWindow):
    """The shell (:class:`~oa_desk.gui.features.Shell`) every feature lives in."""

    plan_changed = Signal()  # a plan was opened or closed
    first_painted = Signal()

    def __init__(self, settings: Settings, translations: Translations) -> None:
        super().__init__()
        self.settings = settings
        self.translations = translations
        self.doc: PlanDocument | None = None
        self._painted = False
        self._plan_name = ""
        self._restored_page = False  # page changes are remembered once the last one is back
        self.setObjectName("MainWindow")
        self.setMinimumSize(QSize(900, 600))
        self.undo_group = QUndoGroup(self)
        self._jobs = JobRunner(self)

        self.welcome = WelcomePage()
        self.welcome.new_requested.connect(self.new_plan)
        self.welcome.template_requested.connect(lambda: new_rollout(self))
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.open_requested.connect(self.open_dialog)
        self.welcome.recent_requested.connect(self.open_target)

        self.pages: list[Page] = []
        self._shared: dict[str, QAction] = {}  # actions features offer each other

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("navigation")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFixedWidth(190)
        self.sidebar.currentRowChanged.connect(self._page_selected)
        self.stack = QStackedWidget()
        self.outer = QStackedWidget()
        plan_area = QWidget()
        layout = QHBoxLayout(plan_area)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.outer.addWidget(self.welcome)
        self.outer.addWidget(plan_area)
        self.setCentralWidget(self.outer)
        self.outer.installEventFilter(self)  # first paint, for start-up measurements
        self.features = tuple(features())
        for feature in self.features:
            if feature.page is not None:
                self.add_page(Page(feature, _holder()))

        self._make_actions()
        self._make_menus()
        self._make_status_bar()
        self.lifecycle = PlanLifecycle(self)  # adds the team plan's File actions
        self.show_page(settings.last_page)  # reopen where the user left off
        self._restored_page = True
        for feature in self.features:  # menus and actions; heavy modules load on first use
            if feature.install is not None:
                feature.install(self)
        self.retranslate()
        self._update_state()
        if settings.geometry:
            self.restoreGeometry(settings.geometry)
        else:
            self.resize(1280, 800)

    # -- pages ------------------------------------------------------------------

    def add_page(self, page: Page) -> None:
        self.pages.append(page)
        self.stack.addWidget(page.holder)
        item = QListWidgetItem(icon(page.feature.icon or "info"), page.feature.title())
        item.setSizeHint(QSize(0, 36))
        self.sidebar.addItem(item)

    def page(self, key: str) -> QWidget:
        """A feature's page, built now if it was not yet (tests and features use it)."""
        for page in self.pages:
            if page.key == key:
                return self._build_page(page)
        raise KeyError(key)

    def _build_page(self, page: Page) -> QWidget:
        if page.built is None:
            factory = page.feature.page
            assert factory is not None
            built = factory(self)
            page.built = built
            layout = page.holder.layout()
            assert layout is not None
            layout.addWidget(built)
            built.set_document(self.doc)  # type: ignore[attr-defined]
        return page.built

    def _built_pages(self) -> list[tuple[Feature, QWidget]]:
        return [(p.feature, p.built) for p in self.pages if p.built is not None]

    def _page_selected(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self._build_page(self.pages[row])
            self.stack.setCurrentWidget(self.pages[row].holder)
            if self._restored_page:
                self.settings.last_page = self.pages[row].key

    def show_page(self, key: str) -> None:
        rows = [row for row, page in enumerate(self.pages) if page.key == key]
        self.sidebar.setCurrentRow(rows[0] if rows else 0)

    # -- the Shell that features see ------------------------------------------------

    @property
    def jobs(self) -> JobRunner:
        return self._jobs

    @property
    def plan_opened(self) -> SignalInstance:
        return self.plan_changed

    def widget(self) -> QWidget:
        return self

    def status_bar(self) -> QStatusBar:
        return self.statusBar()

    def add_file_menu(self, menu: QMenu) -> None:
        self.menu_file.insertMenu(self.act_close, menu)
        self.menu_file.insertSeparator(self.act_close)

    def add_edit_action(self, action: QAction) -> None:
        self.menu_edit.insertAction(self.act_preferences, action)
        self.menu_edit.insertSeparator(self.act_preferences)

    def share_action(self, key: str, action: QAction) -> None:
        self._shared[key] = action

    def shared_action(self, key: str) -> QAction | None:
        return self._shared.get(key)

    # -- actions and menus --------------------------------------------------------

    def _action(
        self,
        icon_name: str | None,
        slot: Callable[[], object],
        shortcut: QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _make_actions(self) -> None:
        SK = QKeySequence.StandardKey
        self.act_new = self._action("file-plus", self.new_plan, SK.New)
        self.act_new_rollout = self._action("list-checks", lambda: new_rollout(self))
        self.act_open = self._action("folder-open", self.open_dialog, SK.Open)
        self.act_demo = self._action("rocket-launch", self.open_demo)
        self.act_save_as = self._action("floppy-disk", self.save_as, SK.SaveAs)
        self.act_restore = self._action("clock-counter-clockwise", self.restore_snapshot)
        self.act_close = self._action("x", self.close_plan, SK.Close)
        self.act_quit = self._action("sign-out", self.close, SK.Quit)
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)
        # Our own actions rather than QUndoGroup's: its texts come from Qt's translation
        # ("撤消 …") and keep the language they were made in.
        self.act_undo = self._action("arrow-counter-clockwise", self.undo_group.undo, SK.Undo)
        self.act_redo = self._action("arrow-clockwise", self.undo_group.redo, SK.Redo)
        group = self.undo_group
        group.canUndoChanged.connect(self.act_undo.setEnabled)
        group.canRedoChanged.connect(self.act_redo.setEnabled)
        group.undoTextChanged.connect(lambda _t: self._undo_texts())
        group.redoTextChanged.connect(lambda _t: self._undo_texts())
        self.act_undo.setEnabled(False)
        self.act_redo.setEnabled(False)
        self.act_preferences = self._action("gear", self.preferences, SK.Preferences)
        self.act_preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.act_about = self._action("info", self.about)
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.act_about_qt = self._action(None, QApplication.aboutQt)
        self.act_about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_recent = QMenu(self)
        self.menu_recent.setIcon(icon("files"))
        self.menu_recent.aboutToShow.connect(lambda: self.lifecycle._fill_recent())
        self.menu_file.addActions([self.act_new, self.act_new_rollout, self.act_open])
        self.menu_file.addMenu(self.menu_recent)
        self.menu_file.addAction(self.act_demo)
        self.menu_file.addSeparator()
        self.menu_file.addActions([self.act_save_as, self.act_restore])
        self.menu_file.addSeparator()
        self.menu_file.addActions([self.act_close, self.act_quit])
        self.menu_edit = bar.addMenu("")
        self.menu_edit.addActions([self.act_undo, self.act_redo])
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(self.act_preferences)
        self.menu_help = bar.addMenu("")
        self.menu_help.addActions([self.act_about, self.act_about_qt])

    def _make_status_bar(self) -> None:
        self.read_only_badge = QPushButton(icon("lock"), "")
        self.read_only_badge.setFlat(True)
        self.read_only_badge.setObjectName("readOnlyBadge")
        self.read_only_badge.clicked.connect(self._explain_read_only)
        self.path_label = QLabel()
        self.path_label.setObjectName("planPath")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.read_only_badge)
        self.statusBar().addPermanentWidget(self.path_label)

    def retranslate(self) -> None:
        self.act_new.setText(self.tr("&New Plan…"))
        self.act_new.setToolTip(self.tr("Create an empty plan file"))
        self.act_new_rollout.setText(self.tr("Ne&w from Rollout Template…"))
        self.act_new_rollout.setToolTip(self.tr("Create a whole rollout plan from the template"))
        self.act_open.setText(self.tr("&Open…"))
        self.act_open.setToolTip(self.tr("Open a plan file"))
        self.act_demo.setText(self.tr("Open &Demo Plan"))
        self.act_save_as.setText(self.tr("Save &As…"))
        self.act_save_as.setToolTip(self.tr("Save a copy of the plan and continue in the copy"))
        self.act_restore.setText(self.tr("Res&tore from Snapshot…"))
        self.act_close.setText(self.tr("&Close Plan"))
        self.act_quit.setText(self.tr("&Quit"))
        self._undo_texts()
        self.undo_group.setObjectName("undoGroup")
        self.act_preferences.setText(self.tr("&Preferences…"))
        self.act_about.setText(self.tr("&About OA Desk"))
        self.act_about_qt.setText(self.tr("About &Qt"))
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_recent.setTitle(self.tr("Open &Recent"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.sidebar.setAccessibleName(self.tr("Areas of the rollout"))
        for row, page in enumerate(self.pages):
            item = self.sidebar.item(row)
            item.setText(page.feature.title())
            item.setToolTip(page.feature.title())
        self.lifecycle.team.retranslate()
        self.read_only_badge.setText(self.tr("Read-only"))
        self.read_only_badge.setToolTip(self.tr("This plan is open read-only. Click for details."))
        self._update_title()

    def _undo_texts(self) -> None:
        """ "Undo Move 试点上线" in the menu: the step's name, in the current language."""
        undo, redo = self.undo_group.undoText(), self.undo_group.redoText()
        self.act_undo.setText(
            self.tr("&Undo {step}").format(step=undo) if undo else self.tr("&Undo")
        )
        self.act_redo.setText(
            self.tr("&Redo {step}").format(step=redo) if redo else self.tr("&Redo")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- state ----------------------------------------------------------------------

    def _update_state(self) -> None:
        has_plan = self.doc is not None
        writable = has_plan and self.doc is not None and not self.doc.read_only
        self.act_save_as.setEnabled(has_plan)
        gate(self.doc, WHOLE_PLAN, (self.act_restore,))  # what the user's role allows
        self.act_close.setEnabled(has_plan)
        self.read_only_badge.setVisible(has_plan and not writable)
        self.path_label.setText(self.doc.location if self.doc else "")
        self.lifecycle.team.update_state()
        self.outer.setCurrentIndex(1 if has_plan else 0)
        if not has_plan:
            self.welcome.set_recent(self.settings.recent_files)
        self._update_title()

    def _update_title(self) -> None:
        if self.doc is None:
            self.setWindowTitle(self.tr("OA Desk"))
            self.setWindowFilePath("")
            return
        name = self._plan_name or self.doc.store.path.stem
        suffix = self.tr(" [read-only]") if self.doc.read_only else ""
        self.setWindowTitle(self.tr("{name}{suffix} — OA Desk").format(name=name, suffix=suffix))
        self.setWindowFilePath(self.doc.file_path)

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 5000)

    def show_error(self, exc: object) -> None:
        text = messages.describe(exc) if isinstance(exc, BaseException) else str(exc)
        QMessageBox.warning(self, self.tr("OA Desk"), text)

    def _on_changes(self, changes: Changes) -> None:
        """Forward what changed to every built page whose feature shows it."""
        if changes.touches(ChangeKind.PLAN) and self.doc is not None:
            self._plan_name = plan_service.plan_fields(self.doc.store, ("name",))["name"]
            self._update_title()
        for feature, page in self._built_pages():
            if page_wants(feature, changes, self.features):
                page.on_changed(changes)  # type: ignore[attr-defined]

    def _explain_read_only(self) -> None:
        QMessageBox.information(
            self,
            self.tr("Read-only"),
            self.lifecycle.team.read_only_reason()
            or self.tr(
                "This plan is open read-only, so nothing in it can be changed. Use "
                "File › Save As… to continue in a copy of your own."
            ),
        )

    # -- plan lifecycle (gui/plan_lifecycle.py) ---------------------------------------

    def set_store(self, store: PlanStore) -> None:
        self.lifecycle.set_store(store)

    def open_path(self, path: Path, *, read_only: bool = False) -> bool:
        return self.lifecycle.open_path(path, read_only=read_only)

    def open_target(self, target: Path | str, *, read_only: bool = False) -> bool:
        return self.lifecycle.open_target(target, read_only=read_only)

    def close_plan(self) -> None:
        self.lifecycle.close_plan()

    def close_plan_quietly(self) -> None:
        self.lifecycle.close_plan_quietly()

    def open_dialog(self) -> None:
        self.lifecycle.open_dialog()

    def new_plan(self) -> None:
        self.lifecycle.new_plan()

    def demo_path(self) -> Path:
        return self.lifecycle.demo_path()

    def open_demo(self) -> None:
        self.lifecycle.open_demo()

    def save_as(self) -> None:
        self.lifecycle.save_as()

    def restore_snapshot(self) -> None:
        self.lifecycle.restore_snapshot()

    def preferences(self) -> None:
        dialog = PreferencesDialog(
            self.settings.language,
            snapshots_root(),
            self.settings.location(),
            self,
            toolbar_text=self.settings.toolbar_text,
        )
        dialog.language_changed.connect(self.set_language)
        dialog.toolbar_text_changed.connect(self.set_toolbar_text)
        dialog.exec()

    def set_toolbar_text(self, value: str) -> None:
        """Text under, beside or without the toolbar's icons, on every toolbar."""
        self.settings.toolbar_text = value
        for toolbar in self.findChildren(QToolBar):
            toolbar.setToolButtonStyle(tool_button_style(value))

    def set_language(self, language: str) -> None:
        self.settings.language = language
        self.translations.apply(language)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About OA Desk"),
            self.tr(
                "<h3>OA Desk {version}</h3>"
                "<p>A workbench for the team that rolls an OA system out across an "
                "enterprise: goals, team, departments and waves, schedule, training, "
                "go-live support and adoption, in one plan file that works offline.</p>"
                "<p>Icons: Phosphor Icons (MIT licence).</p>"
            ).format(version=__version__),
        )

    # -- window events ----------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            self.outer.removeEventFilter(self)
            QTimer.singleShot(0, self.first_painted.emit)
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.geometry = bytes(self.saveGeometry().data())
        self.close_plan_quietly()
        self.settings.sync()
        super().closeEvent(event)
