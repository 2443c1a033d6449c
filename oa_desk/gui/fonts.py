"""Fonts: the system's CJK fonts first, the bundled one (``resources/fonts``) always there.

:func:`install_fonts` registers the bundled font with Qt once per process and
gives the application font its fallbacks, so every widget, custom-painted view
and PDF export finds a glyph for Chinese text even where the system has no CJK
font at all.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from oa_desk.resources import BUNDLED_CJK_FAMILY, SYSTEM_CJK_FAMILIES, cjk_font_file

log = logging.getLogger(__name__)

_registered: list[str] = []


def register_bundled_font() -> str | None:
    """Add the bundled CJK font to Qt's font database; its family, or None."""
    if _registered:
        return _registered[0]
    path = cjk_font_file()
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("the bundled CJK font %s could not be loaded", path)
        return None
    _registered.append(families[0])
    return families[0]


def cjk_families() -> list[str]:
    """CJK families to fall back on, in order: the system's, then the bundled one."""
    bundled = register_bundled_font()
    available = set(QFontDatabase.families())
    found = [f for f in SYSTEM_CJK_FAMILIES if f in available]
    return [*found, *([bundled] if bundled else [BUNDLED_CJK_FAMILY])]


def with_cjk_fallbacks(font: QFont) -> QFont:
    """``font`` with the CJK families after its own, for text that may be Chinese."""
    out = QFont(font)
    own = [f for f in font.families() if f not in SYSTEM_CJK_FAMILIES] or [font.family()]
    out.setFamilies([*own, *(f for f in cjk_families() if f not in own)])
    return out


def install_fonts(app: QGuiApplication) -> None:
    """Register the bundled font and make the application font fall back to CJK fonts."""
    app.setFont(with_cjk_fallbacks(app.font()))
