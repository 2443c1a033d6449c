"""The knowledge base out of the plan: the Excel FAQ sheet and the booklet's content.

:func:`faq_entries` reads every article (optionally of one module) in the
order a reader looks things up: by module, then question; :func:`export_faq`
writes them with ``exchange/faq``; :func:`booklet_html` is the printable
booklet as sanitised HTML (a title, a contents list, one section per module),
which the gui lays out on PDF pages with the bundled CJK font.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from oa_desk.exchange.faq import FaqEntry, write_faq
from oa_desk.services.knowledge import plain_text, sanitize_html
from oa_desk.store import models as m
from oa_desk.store.planfile import PlanStore

__all__ = [
    "FAQ_HEADERS",
    "Article",
    "BookletTexts",
    "booklet_html",
    "cli_module_label",
    "export_faq",
    "faq_entries",
    "read_all",
]

# The command line's FAQ sheet: both languages in the header, modules as Chinese labels.
FAQ_HEADERS = (
    "问题 Question",
    "答案 Answer",
    "模块 Module",
    "标签 Tags",
    "关联工单 Linked tickets",
    "更新日期 Updated",
)


def cli_module_label(code: str) -> str:
    from oa_desk.domain.enums import OaModule
    from oa_desk.exchange.labels import enum_label

    return enum_label(OaModule, code, "zh_CN")


_A = m.Base.metadata.tables["kb_article"]
_AT = m.Base.metadata.tables["kb_article_tag"]
_TAG = m.Base.metadata.tables["kb_tag"]
_LINK = m.Base.metadata.tables["kb_article_ticket"]


@dataclass(frozen=True, slots=True)
class Article:
    id: int
    question: str
    answer: str  # sanitised HTML
    module: str
    tags: tuple[str, ...]
    tickets: int
    updated: dt.date | None


def read_all(store: PlanStore, module: str | None = None) -> list[Article]:
    with store.read() as session:
        conn = session.connection()
        stmt = select(_A.c.id, _A.c.question, _A.c.answer, _A.c.module, _A.c.updated_on)
        if module is not None:
            stmt = stmt.where(_A.c.module == module)
        rows = conn.execute(stmt.order_by(_A.c.module, _A.c.question, _A.c.id)).all()
        tags: dict[int, list[str]] = {}
        for aid, name in conn.execute(
            select(_AT.c.article_id, _TAG.c.name)
            .select_from(_AT.join(_TAG, _TAG.c.id == _AT.c.tag_id))
            .order_by(_TAG.c.name)
        ):
            tags.setdefault(int(aid), []).append(name)
        counts: dict[int, int] = dict(
            conn.execute(
                select(_LINK.c.article_id, func.count()).group_by(_LINK.c.article_id)
            ).all()
        )
    return [
        Article(int(i), q, a or "", str(mod), tuple(tags.get(int(i), ())), counts.get(i, 0), u)
        for i, q, a, mod, u in rows
    ]


def faq_entries(articles: Sequence[Article], module_label: Callable[[str], str]) -> list[FaqEntry]:
    return [
        FaqEntry(
            a.question,
            plain_text(a.answer),
            module_label(a.module),
            "、".join(a.tags),
            a.tickets,
            a.updated,
        )
        for a in articles
    ]


def export_faq(
    store: PlanStore,
    path: Path | str,
    title: str,
    headers: Sequence[str],
    module_label: Callable[[str], str],
    module: str | None = None,
) -> int:
    """The FAQ workbook at ``path``; the number of articles."""
    return write_faq(path, title, headers, faq_entries(read_all(store, module), module_label))


@dataclass(frozen=True)
class BookletTexts:
    title: str = "Knowledge base"
    subtitle: str = ""
    contents: str = "Contents"
    tags: str = "Tags: {tags}"
    empty: str = "The knowledge base has no articles yet."


def booklet_html(
    articles: Sequence[Article], texts: BookletTexts, module_label: Callable[[str], str]
) -> str:
    """The booklet: title, contents, then each module's articles (question as a heading,
    the answer's own rich text, its tags)."""
    e = html.escape
    parts = [f"<h1>{e(texts.title)}</h1>"]
    if texts.subtitle:
        parts.append(f"<p>{e(texts.subtitle)}</p>")
    if not articles:
        parts.append(f"<p>{e(texts.empty)}</p>")
        return "".join(parts)
    sections: dict[str, list[Article]] = {}
    for article in articles:
        sections.setdefault(module_label(article.module), []).append(article)
    parts.append(f"<h2>{e(texts.contents)}</h2><ol>")
    number = 0
    for name, items in sections.items():
        parts.append(f"<li><b>{e(name)}</b><ol>")
        for article in items:
            number += 1
            parts.append(f"<li>{e(article.question)}</li>")
        parts.append("</ol></li>")
    parts.append("</ol>")
    number = 0
    for name, items in sections.items():
        parts.append(f"<h2>{e(name)}</h2>")
        for article in items:
            number += 1
            parts.append(f"<h3>{number}. {e(article.question)}</h3>")
            parts.append(sanitize_html(article.answer))
            if article.tags:
                parts.append(f"<p><i>{e(texts.tags.format(tags='、'.join(article.tags)))}</i></p>")
    return "".join(parts)
