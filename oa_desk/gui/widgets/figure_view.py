"""A matplotlib figure inside a page: drawn lazily, in the palette's colours, saved as PNG.

The page gives a *builder* (``style -> Figure``, usually a ``charts`` function
with the page's data and translated words bound in). The view draws it only
once the page has painted its numbers, and again when it is resized (after a
short pause), when the palette changes (dark mode) or when the page gives it
new data. Drawing renders the figure with matplotlib's Agg backend into an
image at the screen's pixel ratio: figures are static, so no interactive
canvas is needed, and matplotlib is imported on the first draw, never at
start-up.
"""

from __future__ import annotations

import dataclasses
import io
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import QFileDialog, QMenu, QSizePolicy, QWidget

from oa_desk.charts.style import ChartStyle
from oa_desk.gui.icons import icon

if TYPE_CHECKING:
    from matplotlib.figure import Figure

log = logging.getLogger(__name__)

Builder = Callable[[ChartStyle], "Figure"]
# After the page's first paint, and after the last resize step, before drawing.
DRAW_DELAY_MS = 120


def style_from_palette(palette: QPalette, font_size: float) -> ChartStyle:
    """The chart colours of a palette: dark mode gives a dark chart."""
    role = QPalette.ColorRole
    return ChartStyle(
        background=palette.color(role.Base).name(),
        text=palette.color(role.WindowText).name(),
        grid=palette.color(role.Mid).name(),
        font_size=font_size,
    )


class FigureView(QWidget):
    """Shows the figure a builder makes; right-click saves it as PNG."""

    drawn = Signal(float)  # milliseconds the last draw took

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureView")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._builder: Builder | None = None
        self._image: QImage | None = None
        self._figure: Figure | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAW_DELAY_MS)
        self._timer.timeout.connect(self.draw_now)
        self.act_save = QAction(icon("image"), "", self)
        self.act_save.triggered.connect(lambda _c=False: self.save_dialog())
        self.last_draw_ms = 0.0
        self._retranslate()

    def _retranslate(self) -> None:
        self.act_save.setText(self.tr("Save Chart as PNG…"))
        self.setToolTip(self.tr("Right-click to save the chart as a PNG image"))

    def sizeHint(self) -> QSize:
        return QSize(480, 220)

    # -- data ---------------------------------------------------------------------

    def set_builder(self, builder: Builder | None) -> None:
        """Draw ``builder``'s figure soon (None: show nothing)."""
        self._builder = builder
        self._image = None
        self._figure = None
        if builder is None:
            self._timer.stop()
        self.update()  # the first paint without an image schedules the draw

    def has_figure(self) -> bool:
        return self._figure is not None

    def figure(self) -> Figure | None:
        return self._figure

    def _schedule(self) -> None:
        """Draw a little after now: after the page's own first paint has reached the screen."""
        if self._builder is not None and self.isVisible() and not self._timer.isActive():
            self._timer.start()

    def chart_style(self) -> ChartStyle:
        return style_from_palette(self.palette(), self.font().pointSizeF() or 9.0)

    def draw_now(self) -> None:
        """Build and render the figure at the widget's size (tests call it directly)."""
        self._timer.stop()
        if self._builder is None:
            return
        started = time.perf_counter()
        ratio = self.devicePixelRatioF()
        style = self.chart_style()
        dpi = max(self.logicalDpiX(), 72) * ratio
        figure = self._builder(dataclasses.replace(style, dpi=dpi))
        width, height = max(self.width(), 160), max(self.height(), 100)
        w, h = round(width * ratio), round(height * ratio)
        figure.set_size_inches(w / dpi, h / dpi)
        raw = io.BytesIO()
        figure.savefig(raw, format="raw", dpi=dpi, facecolor=figure.get_facecolor())
        image = QImage(raw.getvalue(), w, h, QImage.Format.Format_RGBA8888).copy()
        image.setDevicePixelRatio(ratio)
        self._figure = figure
        self._image = image
        self.last_draw_ms = (time.perf_counter() - started) * 1000
        self.update()
        self.drawn.emit(self.last_draw_ms)

    # -- saving ---------------------------------------------------------------------

    def save_png(self, path: Path, *, dpi: float = 150) -> None:
        """Write the figure, as drawn, to ``path`` (in the print colours' resolution)."""
        if self._figure is None:
            self.draw_now()
        if self._figure is None:
            raise ValueError("no chart to save")
        self._figure.savefig(path, format="png", dpi=dpi, facecolor=self._figure.get_facecolor())

    def save_dialog(self) -> None:
        filename, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save Chart as PNG"), str(Path.home()), self.tr("PNG images (*.png)")
        )
        if not filename:
            return
        path = Path(filename)
        if path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        try:
            self.save_png(path)
        except (OSError, ValueError) as exc:
            log.warning("saving %s failed: %s", path, exc)
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(
                self,
                self.tr("Save Chart as PNG"),
                self.tr("{path} could not be written: {reason}").format(path=path, reason=exc),
            )

    # -- events -----------------------------------------------------------------------

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        self.act_save.setEnabled(self._builder is not None)
        menu.addAction(self.act_save)
        menu.exec(event.globalPos())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self._image is not None:
            painter.drawImage(0, 0, self._image)
        elif self._builder is not None:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Drawing…"))
            self._schedule()  # drawn only once the numbers around it have painted
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._image is not None:
            self._schedule()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._image = None
            self.update()
        elif event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
