"""The Gantt's pens and brushes, built once per palette from the one colour vocabulary.

Phase and RAG colours come from :mod:`oa_desk.domain.colours`; lines, grid,
shading, text and selection from the widget's palette, so dark mode works.
Thin lines and tall areas are pre-blended with the background into opaque
colours: the raster engine blends translucent fills span by span, which costs
~50 µs per full-height 1-px line against ~2 µs opaque.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor, QPalette, QPen

from oa_desk.domain import colours
from oa_desk.domain.enums import Phase


def to_qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def colour(hex_colour: str, alpha: int = 255) -> QColor:
    c = QColor(hex_colour)
    c.setAlpha(alpha)
    return c


def mix(fg: QColor, bg: QColor, alpha: int) -> QColor:
    """``fg`` at ``alpha`` over ``bg``, as an opaque colour."""
    a = alpha / 255
    return QColor(
        round(fg.red() * a + bg.red() * (1 - a)),
        round(fg.green() * a + bg.green() * (1 - a)),
        round(fg.blue() * a + bg.blue() * (1 - a)),
    )


def with_alpha(c: QColor, alpha: int) -> QColor:
    out = QColor(c)
    out.setAlpha(alpha)
    return out


@dataclass(slots=True)
class BarStyle:
    """One colour pair (strong, tint) with its pens and brushes, built once."""

    strong: QBrush
    tint: QBrush
    outline: QPen
    dashed: QPen

    @classmethod
    def of(cls, hex_colour: str) -> BarStyle:
        strong = colour(hex_colour)
        outline = QPen(strong, 1)
        outline.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        dashed = QPen(strong, 1, Qt.PenStyle.DashLine)
        return cls(QBrush(strong), QBrush(colour(hex_colour, 80)), outline, dashed)


class GanttStyle:
    """Every pen and brush a Gantt paint uses, for one palette."""

    def __init__(self, palette: QPalette) -> None:
        role = QPalette.ColorRole
        text = palette.color(role.Text)
        base = palette.color(role.Base)
        mid = palette.color(role.Mid)
        button = palette.color(role.Button)
        self.base = QBrush(base)
        self.text_pen = QPen(text, 1)
        self.header_brush = QBrush(button)
        self.header_text_pen = QPen(palette.color(role.ButtonText), 1)
        self.header_line_pen = QPen(mix(mid, button, 200), 1)
        self.grid = QBrush(mix(mid, base, 90))
        self.shade = QBrush(mix(mid, base, 48))
        self.selection = QBrush(with_alpha(palette.color(role.Highlight), 70))
        self.summary = QBrush(text)
        self.hatch = QBrush(with_alpha(text, 170), Qt.BrushStyle.BDiagPattern)
        self.link_brush = QBrush(mix(text, base, 150))
        self.crit_brush = QBrush(colour(colours.CRITICAL))
        self.crit_pen = QPen(colour(colours.CRITICAL), 2)
        self.crit_pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        self.baseline = QBrush(colour(colours.BASELINE))
        self.today_pen = QPen(colour(colours.TODAY), 1, Qt.PenStyle.DashLine)
        self.today_brush = QBrush(colour(colours.TODAY))
        self.go_live_pen = QPen(colour(colours.GO_LIVE), 2, Qt.PenStyle.DashDotLine)
        self.go_live_text = QPen(colour(colours.GO_LIVE), 1)
        self.go_live_brush = QBrush(colour(colours.GO_LIVE))
        self.phase: dict[Phase, BarStyle] = {
            phase: BarStyle.of(hex_) for phase, hex_ in colours.PHASE.items()
        }
        self.rag: dict[str, BarStyle] = {
            name: BarStyle.of(hex_) for name, hex_ in colours.RAG.items()
        }
        self.milestone = BarStyle.of(colours.MILESTONE)
        self.no_pen = QPen(Qt.PenStyle.NoPen)
        self.no_brush = QBrush(Qt.BrushStyle.NoBrush)
