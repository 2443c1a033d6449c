"""The wizard window and what Finish does: ask where to save, write the plan, open it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget, QWizard

from oa_desk.gui.wizard.pages import BasicsPage, DepartmentsPage, SummaryPage, WavesPage

if TYPE_CHECKING:
    from oa_desk.gui.document import PlanDocument
    from oa_desk.gui.settings import Settings
    from oa_desk.services.rollout_template import RolloutDraft

__all__ = ["RolloutWizard", "WizardHost", "run", "save_and_open"]

PLAN_SUFFIX = ".oadesk"
translate = QCoreApplication.translate


class WizardHost(Protocol):
    """What the wizard needs of the main window."""

    @property
    def doc(self) -> PlanDocument | None: ...

    @property
    def settings(self) -> Settings: ...

    def widget(self) -> QWidget: ...

    def open_path(self, path: Path, *, read_only: bool = False) -> bool: ...

    def show_error(self, exc: object) -> None: ...


class RolloutWizard(QWizard):
    def __init__(self, doc: PlanDocument | None, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("RolloutWizard")
        self.setWindowTitle(self.tr("New from Rollout Template"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.basics = BasicsPage(language)
        self.departments = DepartmentsPage(doc)
        self.waves = WavesPage(self.departments)
        self.summary = SummaryPage(self.basics, self.departments, self.waves)
        for page in (self.basics, self.departments, self.waves, self.summary):
            self.addPage(page)
        self.resize(640, 560)

    def draft(self) -> RolloutDraft | None:
        return self.summary.draft()


def _ask_target(host: WizardHost, draft: RolloutDraft) -> Path | None:
    folder = Path(host.settings.last_folder) if host.settings.last_folder else Path.home()
    if not folder.is_dir():
        folder = Path.home()
    filename, _ = QFileDialog.getSaveFileName(
        host.widget(),
        translate("RolloutWizard", "Save the New Plan"),
        str(folder / (draft.inputs.organisation + PLAN_SUFFIX)),
        translate("RolloutWizard", "OA Desk plans (*.oadesk)"),
    )
    if not filename:
        return None
    target = Path(filename)
    if target.suffix.lower() != PLAN_SUFFIX:
        target = target.with_name(target.name + PLAN_SUFFIX)
    return target


def save_and_open(host: WizardHost, draft: RolloutDraft, target: Path) -> bool:
    """Write ``draft`` to ``target`` (replacing it: the save dialog asked) and open it."""
    from oa_desk.services.rollout_template import write_rollout
    from oa_desk.store.errors import PlanFileError

    doc = host.doc
    if doc is not None and target.exists() and target.resolve() == Path(doc.store.path).resolve():
        QMessageBox.warning(
            host.widget(),
            translate("RolloutWizard", "OA Desk"),
            translate(
                "RolloutWizard", "{name} is the open plan: save the new plan under another name."
            ).format(name=target.name),
        )
        return False
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        write_rollout(target, draft, overwrite=target.exists())
    except (PlanFileError, OSError) as exc:
        QGuiApplication.restoreOverrideCursor()
        host.show_error(exc)
        return False
    QGuiApplication.restoreOverrideCursor()
    return host.open_path(target)


def run(host: WizardHost) -> None:
    from PySide6.QtCore import QLocale

    system = "zh_CN" if QLocale.system().name().startswith("zh") else "en"
    wizard = RolloutWizard(host.doc, host.settings.language or system, host.widget())
    wizard.summary.ask_target = lambda draft: _ask_target(host, draft)
    if wizard.exec() != QWizard.DialogCode.Accepted:
        return
    draft, target = wizard.draft(), wizard.summary.target
    if draft is not None and target is not None:
        save_and_open(host, draft, target)
