"""One icon family (Phosphor, regular weight), painted in the palette's colours.

The SVGs use ``currentColor``; each icon is rendered for the current palette,
so icons follow light and dark mode. Call :func:`clear_cache` when the palette
changes. :func:`install_style` keeps Qt's own stock icons out of the app (dialog
buttons and message boxes), so no other family shows beside this one.
"""

from __future__ import annotations

from functools import cache
from typing import ClassVar

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QWidget,
)

from oa_desk.resources import resource


def _svg(name: str) -> bytes:
    return resource("icons", "phosphor", f"{name}.svg").read_bytes()


class _PaletteSvgEngine(QIconEngine):
    """Renders an SVG on demand, at the size asked, in the palette colour of the mode."""

    def __init__(self, svg: bytes) -> None:
        super().__init__()
        self._svg = svg
        self._pixmaps: dict[tuple[int, int, QIcon.Mode, str], QPixmap] = {}

    def _color(self, mode: QIcon.Mode) -> QColor:
        palette = QGuiApplication.palette()
        if mode == QIcon.Mode.Disabled:
            return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        if mode == QIcon.Mode.Selected:
            return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        data = self._svg.replace(b"currentColor", self._color(mode).name().encode())
        QSvgRenderer(QByteArray(data)).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        color = self._color(mode).name()
        key = (size.width(), size.height(), mode, color)
        cached = self._pixmaps.get(key)
        if cached is None:
            cached = QPixmap(size)
            cached.fill(Qt.GlobalColor.transparent)
            painter = QPainter(cached)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
            painter.end()
            self._pixmaps[key] = cached
        return cached

    def clone(self) -> QIconEngine:
        return _PaletteSvgEngine(self._svg)


@cache
def icon(name: str) -> QIcon:
    """The named icon, drawn in the palette's text colour for its mode."""
    return QIcon(_PaletteSvgEngine(_svg(name)))


def clear_cache() -> None:
    icon.cache_clear()


def icon_size(points: int = 20) -> QSize:
    return QSize(points, points)


class OneIconFamilyStyle(QProxyStyle):
    """The app's style with Qt's stock icons replaced: dialog buttons carry no icons
    (Qt's green hand and red cross beside Phosphor's line icons), and message boxes
    show Phosphor's warning, information, question and error signs."""

    _MESSAGE_ICONS: ClassVar[dict[QStyle.StandardPixmap, str]] = {
        QStyle.StandardPixmap.SP_MessageBoxWarning: "warning",
        QStyle.StandardPixmap.SP_MessageBoxInformation: "info",
        QStyle.StandardPixmap.SP_MessageBoxQuestion: "question",
        QStyle.StandardPixmap.SP_MessageBoxCritical: "x-circle",
    }

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returnData: QStyleHintReturn | None = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 0
        return super().styleHint(hint, option, widget, returnData)

    def standardIcon(
        self,
        standardIcon: QStyle.StandardPixmap,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> QIcon:
        name = self._MESSAGE_ICONS.get(standardIcon)
        if name is not None:
            return icon(name)
        return super().standardIcon(standardIcon, option, widget)


def install_style(app: QApplication, base: str | None = None) -> OneIconFamilyStyle:
    """Wrap the app's style (or the named one, "Fusion") in :class:`OneIconFamilyStyle`."""
    style = OneIconFamilyStyle(base) if base else OneIconFamilyStyle(app.style().name())
    app.setStyle(style)
    return style
