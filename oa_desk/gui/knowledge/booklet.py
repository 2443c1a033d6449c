"""The knowledge base as a printable PDF booklet: the booklet's HTML laid out on A4
pages by a QTextDocument, in the bundled CJK font (behind the system's), with page
numbers; written beside the target and renamed into place. The page's "PDF booklet…"
and ``oa-desk export PLAN booklet.pdf --faq`` both call :func:`export_booklet`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from oa_desk.exchange.workbook import atomic_save
from oa_desk.gui.fonts import with_cjk_fallbacks

if TYPE_CHECKING:
    from oa_desk.services.knowledge_export import BookletTexts
    from oa_desk.store.planfile import PlanStore

__all__ = ["booklet_texts", "export_booklet", "write_booklet"]

translate = QCoreApplication.translate

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
        # As in the Timeline PDF (timeline/export.export_font): a pan-CJK font's 'locl'
        # swaps digits after Latin text for glyphs with no code point, so "as of
        # 2026-12-06" copied out of the PDF as "as of   -   -"; 'liga' makes ﬀ of "ff".
        for tag in ("locl", "liga"):
            font.setFeature(QFont.Tag(tag), 0)
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


def booklet_texts(today: dt.date) -> BookletTexts:
    """The booklet's own words in the language installed now."""
    from oa_desk.services.knowledge_export import BookletTexts

    return BookletTexts(
        title=translate("KnowledgePage", "Knowledge base"),
        subtitle=translate("KnowledgePage", "Questions and answers, as of {day}").format(
            day=today.isoformat()
        ),
        contents=translate("KnowledgePage", "Contents"),
        tags=translate("KnowledgePage", "Tags: {tags}"),
        empty=translate("KnowledgePage", "The knowledge base has no articles yet."),
    )


def export_booklet(
    store: PlanStore, path: Path | str, module_label: Callable[[str], str], today: dt.date
) -> tuple[int, int]:
    """Every article of ``store`` as the booklet at ``path``: (pages, articles)."""
    from oa_desk.services.knowledge_export import booklet_html, read_all

    texts = booklet_texts(today)
    articles = read_all(store)
    return write_booklet(path, booklet_html(articles, texts, module_label), texts.title), len(
        articles
    )
