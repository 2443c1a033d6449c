"""Translation: English source strings, a complete zh_CN translation.

The ``.ts`` files in ``resources/translations/<area>/`` are the source, one
folder per area of the gui (``core``, ``timeline``, ``excel`` ..., see
``oa_desk.gui.lupdate``), and every area's file is loaded. Their compiled
``.qm`` form is built from them: by the packager for a frozen bundle (it sits
beside the ``.ts``), otherwise at first run with the ``lrelease`` that ships
with PySide6, into the user cache folder, and rebuilt whenever the ``.ts``
changes. Nobody copies a ``.qm`` by hand.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QStandardPaths,
    QTranslator,
)

from oa_desk.resources import resource

log = logging.getLogger(__name__)

# Setting value -> name shown in the language menu (each in its own language).
LANGUAGES: dict[str, str] = {"en": "English", "zh_CN": "简体中文"}
SYSTEM = ""


def system_language() -> str:
    """The supported language closest to the operating system's UI languages."""
    for name in QLocale.system().uiLanguages():
        lowered = name.lower().replace("_", "-")
        if lowered.startswith("zh"):
            return "zh_CN"
        if lowered.startswith("en"):
            return "en"
    return "en"


def effective_language(setting: str) -> str:
    return setting if setting in LANGUAGES else system_language()


def user_language() -> str:
    """The language the user reads the app in: the UI setting, else the system's.

    For what the command line writes (workbooks, reports) without ``--lang``.
    """
    from oa_desk.gui.settings import Settings

    return effective_language(str(Settings().language or ""))


def _lrelease() -> Path | None:
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (
        folder / ("lrelease.exe" if sys.platform == "win32" else "lrelease"),
        folder / "Qt" / "libexec" / "lrelease",
    ):
        if candidate.is_file():
            return candidate
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return Path(found) if found else None


def translation_sources(language: str) -> list[Path]:
    """Every area's ``.ts`` for ``language``, in a stable order (core first)."""
    root = resource("translations")
    found = sorted(root.glob(f"*/{language}.ts"), key=lambda p: (p.parent.name != "core", p))
    return [p for p in found if p.is_file()]


def compiled_translation(ts: Path) -> Path | None:
    """The .qm for one ``.ts``: shipped beside it, or built into the cache."""
    if not ts.is_file():
        return None
    shipped = ts.with_suffix(".qm")
    # A bundle's files all get the time they were copied, in no set order: its .qm
    # was built from its .ts by the packager and is right whatever the times say.
    frozen = getattr(sys, "frozen", False)
    if shipped.is_file() and (frozen or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    digest = hashlib.sha1(ts.read_bytes()).hexdigest()[:12]
    cache = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))
    qm = cache / "translations" / f"{ts.parent.name}_{ts.stem}-{digest}.qm"
    if qm.is_file():
        return qm
    tool = _lrelease()
    if tool is None:
        log.warning("lrelease not found: %s cannot be built", ts)
        return None
    qm.parent.mkdir(parents=True, exist_ok=True)
    tmp = qm.with_suffix(".tmp")
    result = subprocess.run(
        [str(tool), "-silent", str(ts), "-qm", str(tmp)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or not tmp.is_file():
        log.warning("lrelease failed for %s: %s", ts, result.stderr.strip())
        return None
    tmp.replace(qm)
    return qm


class Translations:
    """Installs the app's and Qt's own translators for one language at a time."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, setting: str) -> str:
        """Switch to the language a setting names ("" = the system's); return it."""
        language = effective_language(setting)
        # First: the LanguageChange that installing translators sends may be handled
        # at once, and views that format dates read the default locale then.
        QLocale.setDefault(QLocale(language))
        app = QCoreApplication.instance()
        assert app is not None
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        if language != "en":
            qt = QTranslator()
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(f"qtbase_{language}", qt_dir):
                self._installed.append(qt)
        # English has files too: the plural forms of "%n day(s)" and the like.
        for ts in translation_sources(language):
            ours = QTranslator()
            qm = compiled_translation(ts)
            if qm is not None and ours.load(str(qm)):
                self._installed.append(ours)
        for translator in self._installed:
            app.installTranslator(translator)
        self.language = language
        return language

    def remove(self) -> None:
        """Take this object's translators out again (the command line, once done)."""
        app = QCoreApplication.instance()
        for translator in self._installed:
            if app is not None:
                app.removeTranslator(translator)
        self._installed.clear()
