"""The knowledge base as a printable PDF booklet: the booklet's HTML laid out on A4
pages by a QTextDocument, in the bundled CJK font (behind the system's), with page
numbers; written beside the target and renamed into place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from oa_desk.exchange.workbook import atomic_save
from oa_desk.gui.fonts import with_cjk_fallbacks

__all__ = ["write_booklet"]

_CSS = (
    "h1 { font-size: 20pt; } h2 { font-size: 15pt; margin-top: 14px; }"
    " h3 { font-size: 12pt; margin-top: 10px; } p, li { font-size: 10.5pt; }"
)


def write_booklet(path: Path | str, html: str, title: str) -> int:
    """Lay ``html`` out on A4 pages into a PDF at ``path``; the number of pages."""
    with atomic_save(Path(path)) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setTitle(title)
        writer.setCreator("OA Desk")
        writer.setResolution(144)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(18, 18, 18, 18),
                QPageLayout.Unit.Millimeter,
            )
        )
        doc = QTextDocument()
        font = with_cjk_fallbacks(QFont())
        font.setPointSizeF(10.5)
        doc.setDefaultFont(font)
        doc.setDefaultStyleSheet(_CSS)
        doc.setHtml(html)
        area = writer.pageLayout().paintRectPixels(writer.resolution())
        footer = writer.resolution() * 0.4
        page = QSizeF(area.width(), area.height() - footer)
        doc.setPageSize(page)
        pages = max(1, doc.pageCount())
        painter = QPainter(writer)
        try:
            for number in range(pages):
                if number:
                    writer.newPage()
                painter.save()
                painter.translate(0, -number * page.height())
                doc.drawContents(
                    painter, QRectF(0, number * page.height(), page.width(), page.height())
                )
                painter.restore()
                painter.setFont(font)
                painter.drawText(
                    QRectF(0, page.height(), page.width(), footer),
                    int(Qt.AlignmentFlag.AlignCenter),
                    f"{number + 1} / {pages}",
                )
        finally:
            painter.end()
    return pages
