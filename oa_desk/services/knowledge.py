"""The knowledge base: articles with their tags and linked tickets, and its reads.

An article's own columns are checked as every register's are
(:func:`oa_desk.services.records.checked_values`); saving an article with its
tags is one intent and one unit of work (new tag names become ``kb_tag`` rows),
and so are linking tickets and "create an article from a ticket". Each returns
an :class:`ArticleEdit` whose :class:`ArticleUndo` :func:`revert_article_edit`
takes back exactly. Deleting articles is the register's delete (their links go
with them and come back with the undo).

The answer is rich text from the editor (Qt's HTML): :func:`sanitize_html`
keeps only a few structural tags (paragraphs, line breaks, bold, italic,
underline, lists, headings, links to web and mail addresses) and drops every
attribute but a link's address, scripts and styles with their content.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import Connection

from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.domain.enums import OaModule
from oa_desk.domain.errors import Refusal
from oa_desk.services import records
from oa_desk.store import models as m
from oa_desk.store.knowledge_search import ArticleHit, search_articles
from oa_desk.store.planfile import PlanStore

__all__ = [
    "LIST_LIMIT",
    "ArticleDetail",
    "ArticleEdit",
    "ArticleRow",
    "ArticleUndo",
    "article_detail",
    "article_from_ticket",
    "articles_of_ticket",
    "delete_articles",
    "find_articles",
    "link_tickets",
    "list_articles",
    "plain_text",
    "revert_article_edit",
    "sanitize_html",
    "save_article",
    "tag_names",
    "ticket_by_number",
    "unlink_tickets",
]

_A = m.Base.metadata.tables["kb_article"]
_AT = m.Base.metadata.tables["kb_article_tag"]
_TAG = m.Base.metadata.tables["kb_tag"]
_LINK = m.Base.metadata.tables["kb_article_ticket"]
_T = m.Base.metadata.tables["ticket"]
_ARTICLE_FIELDS = frozenset({"question", "answer", "module"})
MAX_TAGS = 20
LIST_LIMIT = 500  # the articles a list shows at most (a search narrows them)


# -- rich text ------------------------------------------------------------------------------

_KEEP = frozenset({"p", "br", "b", "strong", "i", "em", "u", "ul", "ol", "li", "h3", "h4", "a"})
_VOID = frozenset({"br"})
_DROP_CONTENT = frozenset({"script", "style", "head", "title", "object", "iframe", "template"})
_SAFE_SCHEMES = ("http://", "https://", "mailto:")
_SPAN_STYLES = (
    ("b", ("font-weight:6", "font-weight:7", "font-weight:8", "font-weight:9", "bold")),
    ("i", ("font-style:italic",)),
    ("u", ("underline",)),
)
_BLOCKS = frozenset({"p", "li", "h3", "h4", "br", "div", "tr"})


class _Sanitizer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.open: list[str] = []
        self.dropping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROP_CONTENT:
            self.dropping += 1
            return
        if self.dropping:
            return
        if tag == "span":  # Qt writes bold, italic and underline as a span's style
            style = next((v or "" for k, v in attrs if k == "style"), "").replace(" ", "").lower()
            inner = [t for t, words in _SPAN_STYLES if any(w in style for w in words)]
            self.out.extend(f"<{t}>" for t in inner)
            self.open.append(":".join(["span", *inner]))
            return
        if tag not in _KEEP:
            return
        if tag in ("li", "p") and self.open and self.open[-1] == tag:
            self.out.append(f"</{self.open.pop()}>")  # <li>甲<li>乙: the first ends here
        if tag == "a":
            href = next((v or "" for k, v in attrs if k == "href"), "").strip()
            if not href.lower().startswith(_SAFE_SCHEMES):
                return
            self.out.append(f'<a href="{html.escape(href, quote=True)}">')
        else:
            self.out.append(f"<{tag}>")
        if tag not in _VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP_CONTENT:
            self.dropping = max(0, self.dropping - 1)
            return
        if self.dropping or tag not in {e.split(":")[0] for e in self.open}:
            return
        while self.open:
            top = self.open.pop()
            self._close(top)
            if top.split(":")[0] == tag:
                break

    def _close(self, element: str) -> None:
        name, *inner = element.split(":")
        if name == "span":
            self.out.extend(f"</{t}>" for t in reversed(inner))
        else:
            self.out.append(f"</{name}>")

    def handle_data(self, data: str) -> None:
        if not self.dropping:
            self.out.append(html.escape(data, quote=False))

    def result(self) -> str:
        self.close()
        while self.open:
            self._close(self.open.pop())
        return "".join(self.out).strip()


def sanitize_html(text: str) -> str:
    """Rich text reduced to the tags an answer needs (see the module's text); plain text
    (no tag at all) becomes paragraphs."""
    if "<" not in text:
        paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n")]
        return "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs if p)
    parser = _Sanitizer()
    parser.feed(text)
    return parser.result()


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.dropping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROP_CONTENT:
            self.dropping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("• ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP_CONTENT:
            self.dropping = max(0, self.dropping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.dropping:
            self.parts.append(data)


def plain_text(answer: str) -> str:
    """An answer's text without markup, one line per paragraph or list item."""
    parser = _Text()
    parser.feed(answer)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


# -- the intents ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ArticleUndo:
    """What an article intent did, in the form that takes it back."""

    created: int | None = None  # the article the intent inserted
    old_values: tuple[tuple[str, Any], ...] = ()  # the article's columns before
    article_id: int | None = None
    tags_created: tuple[int, ...] = ()
    tags_linked: tuple[int, ...] = ()
    tags_unlinked: tuple[int, ...] = ()
    tickets_linked: tuple[int, ...] = ()
    tickets_unlinked: tuple[int, ...] = ()


@dataclass(frozen=True)
class ArticleEdit:
    changes: Changes
    undo: ArticleUndo
    article_id: int


def _clean_tags(tags: Sequence[str]) -> list[str]:
    out: dict[str, None] = {}
    for tag in tags:
        name = " ".join(str(tag).split())
        if name:
            if len(name) > 50:
                raise Refusal("kb.tag_long", f"the tag {name!r} is longer than 50", tag=name)
            out.setdefault(name, None)
    if len(out) > MAX_TAGS:
        raise Refusal("kb.too_many_tags", f"an article has at most {MAX_TAGS} tags", n=MAX_TAGS)
    return list(out)


def _article_values(values: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(values) - _ARTICLE_FIELDS
    if unknown:
        name = sorted(unknown)[0]
        raise Refusal("kb.unknown_field", f"{name} cannot be set on an article", field=name)
    clean = records.checked_values("kb_article", values)
    if "answer" in clean:
        clean["answer"] = sanitize_html(str(clean["answer"] or ""))
    if "question" in clean and not clean["question"]:
        raise Refusal("kb.question_missing", "an article needs a question", field="question")
    return clean


def _exists(conn: Connection, article_id: int) -> dict[str, Any]:
    row = conn.execute(select(_A).where(_A.c.id == article_id)).mappings().first()
    if row is None:
        raise Refusal("kb.missing", f"article #{article_id} does not exist", id=article_id)
    return dict(row)


def _set_tags(conn: Connection, article_id: int, names: list[str]) -> tuple[list[int], ...]:
    """Link exactly ``names``; returns (tags created, links added, links removed)."""
    known = dict(conn.execute(select(_TAG.c.name, _TAG.c.id).where(_TAG.c.name.in_(names))).all())
    created: list[int] = []
    for name in names:
        if name not in known:
            key = conn.execute(insert(_TAG).values(name=name)).inserted_primary_key
            assert key is not None
            known[name] = int(key[0])
            created.append(known[name])
    wanted = {known[n] for n in names}
    current = set(
        conn.execute(select(_AT.c.tag_id).where(_AT.c.article_id == article_id)).scalars()
    )
    added, removed = sorted(wanted - current), sorted(current - wanted)
    if removed:
        conn.execute(delete(_AT).where(_AT.c.article_id == article_id, _AT.c.tag_id.in_(removed)))
    if added:
        conn.execute(insert(_AT), [{"article_id": article_id, "tag_id": t} for t in added])
    return created, added, removed


def save_article(
    store: PlanStore,
    article_id: int | None,
    values: Mapping[str, Any],
    *,
    tags: Sequence[str] | None = None,
    today: dt.date,
    new_id: int | None = None,
) -> ArticleEdit:
    """Add an article (``article_id`` None) or change one: its question, answer (sanitised),
    module and, when given, exactly these tags. Refused, with nothing changed, when a
    value does not fit its column or the question is empty. ``new_id``: the id a new
    article takes (a redo brings back the very article its undo removed)."""
    clean = _article_values(values)
    names = None if tags is None else _clean_tags(tags)
    if article_id is None and not clean.get("question"):
        raise Refusal("kb.question_missing", "an article needs a question", field="question")
    with store.write() as session:
        conn = session.connection()
        old: tuple[tuple[str, Any], ...] = ()
        if article_id is None:
            row = {"module": OaModule.OTHER, "answer": "", **clean}
            if new_id is not None:
                row["id"] = new_id
            key = conn.execute(
                insert(_A).values(**row, created_on=today, updated_on=today)
            ).inserted_primary_key
            assert key is not None
            aid, created = int(key[0]), True
        else:
            current = _exists(conn, article_id)
            aid, created = article_id, False
            changed = {k: v for k, v in clean.items() if current[k] != v}
            tag_change = names is not None and set(names) != set(_tags_of(conn, aid))
            if changed or tag_change:
                changed["updated_on"] = today
                old = tuple((k, current[k]) for k in changed)
                conn.execute(update(_A).where(_A.c.id == aid).values(**changed))
        made, linked, unlinked = _set_tags(conn, aid, names) if names is not None else ([], [], [])
    changes = Changes.insert(ChangeKind.KB_ARTICLE, [aid]) if created else Changes()
    if old:
        changes |= Changes.update(ChangeKind.KB_ARTICLE, [aid])
    if made:
        changes |= Changes.insert(ChangeKind.KB_TAG, made)
    if linked or unlinked:
        changes |= Changes.update(ChangeKind.KB_ARTICLE_TAG, [aid])
    undo = ArticleUndo(
        created=aid if created else None,
        old_values=old,
        article_id=aid,
        tags_created=tuple(made),
        tags_linked=tuple(linked),
        tags_unlinked=tuple(unlinked),
    )
    return ArticleEdit(changes, undo, aid)


def _tags_of(conn: Connection, article_id: int) -> list[str]:
    stmt = (
        select(_TAG.c.name)
        .select_from(_AT.join(_TAG, _TAG.c.id == _AT.c.tag_id))
        .where(_AT.c.article_id == article_id)
        .order_by(_TAG.c.name)
    )
    return list(conn.execute(stmt).scalars())


def _check_tickets(conn: Connection, ticket_ids: Sequence[int]) -> list[int]:
    ids = list(dict.fromkeys(ticket_ids))
    if not ids:
        raise Refusal("kb.no_tickets", "no tickets were chosen")
    found = set(conn.execute(select(_T.c.id).where(_T.c.id.in_(ids))).scalars())
    missing = [i for i in ids if i not in found]
    if missing:
        raise Refusal("ticket.missing", f"ticket #{missing[0]} does not exist", id=missing[0])
    return ids


def link_tickets(store: PlanStore, article_id: int, ticket_ids: Sequence[int]) -> ArticleEdit:
    """Link tickets to an article (those already linked stay as they are)."""
    with store.write() as session:
        conn = session.connection()
        _exists(conn, article_id)
        ids = _check_tickets(conn, ticket_ids)
        have = set(
            conn.execute(select(_LINK.c.ticket_id).where(_LINK.c.article_id == article_id))
            .scalars()
            .all()
        )
        new = [i for i in ids if i not in have]
        if new:
            conn.execute(insert(_LINK), [{"article_id": article_id, "ticket_id": i} for i in new])
    changes = Changes.update(ChangeKind.KB_ARTICLE_TICKET, [article_id]) if new else Changes()
    return ArticleEdit(
        changes, ArticleUndo(article_id=article_id, tickets_linked=tuple(new)), article_id
    )


def unlink_tickets(store: PlanStore, article_id: int, ticket_ids: Sequence[int]) -> ArticleEdit:
    with store.write() as session:
        conn = session.connection()
        _exists(conn, article_id)
        ids = list(dict.fromkeys(ticket_ids))
        have = set(
            conn.execute(select(_LINK.c.ticket_id).where(_LINK.c.article_id == article_id))
            .scalars()
            .all()
        )
        gone = [i for i in ids if i in have]
        if gone:
            conn.execute(
                delete(_LINK).where(_LINK.c.article_id == article_id, _LINK.c.ticket_id.in_(gone))
            )
    changes = Changes.update(ChangeKind.KB_ARTICLE_TICKET, [article_id]) if gone else Changes()
    return ArticleEdit(
        changes, ArticleUndo(article_id=article_id, tickets_unlinked=tuple(gone)), article_id
    )


def article_from_ticket(
    store: PlanStore, ticket_id: int, *, today: dt.date, new_id: int | None = None
) -> ArticleEdit:
    """A new article asking the ticket's question (its title), answered by its
    description, in its OA module, linked to it: one intent."""
    with store.read() as session:
        ticket = (
            session.connection()
            .execute(select(_T.c.title, _T.c.description, _T.c.module).where(_T.c.id == ticket_id))
            .first()
        )
    if ticket is None:
        raise Refusal("ticket.missing", f"ticket #{ticket_id} does not exist", id=ticket_id)
    values = {
        "question": ticket.title,
        "answer": sanitize_html(ticket.description or ""),
        "module": ticket.module or OaModule.OTHER,
    }
    clean = _article_values(values)
    with store.write() as session:
        conn = session.connection()
        _check_tickets(conn, [ticket_id])
        if new_id is not None:
            clean["id"] = new_id
        key = conn.execute(
            insert(_A).values(**clean, created_on=today, updated_on=today)
        ).inserted_primary_key
        assert key is not None
        aid = int(key[0])
        conn.execute(insert(_LINK).values(article_id=aid, ticket_id=ticket_id))
    changes = Changes.insert(ChangeKind.KB_ARTICLE, [aid]) | Changes.update(
        ChangeKind.KB_ARTICLE_TICKET, [aid]
    )
    return ArticleEdit(
        changes, ArticleUndo(created=aid, article_id=aid, tickets_linked=(ticket_id,)), aid
    )


def delete_articles(store: PlanStore, ids: Sequence[int]) -> records.RecordEdit:
    """The register's delete: the articles with their tag and ticket links."""
    return records.delete_records(store, "kb_article", ids)


def revert_article_edit(store: PlanStore, undo: ArticleUndo) -> Changes:
    """Undo exactly what an article intent did."""
    aid = undo.article_id
    changes = Changes()
    with store.write() as session:
        conn = session.connection()
        if aid is not None and undo.tickets_linked:
            conn.execute(
                delete(_LINK).where(
                    _LINK.c.article_id == aid, _LINK.c.ticket_id.in_(undo.tickets_linked)
                )
            )
        if aid is not None and undo.tickets_unlinked:
            conn.execute(
                insert(_LINK), [{"article_id": aid, "ticket_id": t} for t in undo.tickets_unlinked]
            )
        if undo.tickets_linked or undo.tickets_unlinked:
            changes |= Changes.update(ChangeKind.KB_ARTICLE_TICKET, [aid or 0])
        if aid is not None and undo.tags_linked:
            conn.execute(
                delete(_AT).where(_AT.c.article_id == aid, _AT.c.tag_id.in_(undo.tags_linked))
            )
        if aid is not None and undo.tags_unlinked:
            conn.execute(
                insert(_AT), [{"article_id": aid, "tag_id": t} for t in undo.tags_unlinked]
            )
        if undo.tags_linked or undo.tags_unlinked:
            changes |= Changes.update(ChangeKind.KB_ARTICLE_TAG, [aid or 0])
        if undo.tags_created:
            conn.execute(delete(_TAG).where(_TAG.c.id.in_(undo.tags_created)))
            changes |= Changes.delete(ChangeKind.KB_TAG, undo.tags_created)
        if aid is not None and undo.old_values:
            conn.execute(update(_A).where(_A.c.id == aid).values(dict(undo.old_values)))
            changes |= Changes.update(ChangeKind.KB_ARTICLE, [aid])
        if undo.created is not None:
            conn.execute(delete(_A).where(_A.c.id == undo.created))
            changes |= Changes.delete(ChangeKind.KB_ARTICLE, [undo.created])
    return changes


# -- the reads ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ArticleRow:
    id: int
    question: str
    module: str
    updated_on: dt.date | None
    tickets: int


@dataclass(frozen=True)
class ArticleDetail:
    id: int
    question: str
    answer: str
    module: str
    updated_on: dt.date | None
    tags: tuple[str, ...] = ()
    tickets: tuple[tuple[int, str, str], ...] = field(default=())  # id, number, title


def _with_counts(conn: Connection, hits: Sequence[ArticleHit]) -> list[ArticleRow]:
    ids = [h.id for h in hits]
    counts: dict[int, int] = dict(
        conn.execute(
            select(_LINK.c.article_id, func.count())
            .where(_LINK.c.article_id.in_(ids))
            .group_by(_LINK.c.article_id)
        ).all()
    )
    return [ArticleRow(h.id, h.question, h.module, h.updated_on, counts.get(h.id, 0)) for h in hits]


def find_articles(store: PlanStore, query: str, *, limit: int = 5) -> list[ArticleHit]:
    """The best ``limit`` articles for what is being typed (the suggestions)."""
    with store.read() as session:
        return list(search_articles(session.connection(), query, limit=limit, plain=plain_text))


def list_articles(
    store: PlanStore, query: str = "", *, module: str | None = None, limit: int = LIST_LIMIT
) -> list[ArticleRow]:
    """The articles matching ``query`` best first, or all, most recently updated first."""
    with store.read() as session:
        conn = session.connection()
        if query.strip():
            hits = search_articles(conn, query, limit=limit, module=module, plain=plain_text)
        else:
            stmt = select(_A.c.id, _A.c.question, _A.c.module, _A.c.updated_on)
            if module is not None:
                stmt = stmt.where(_A.c.module == module)
            stmt = stmt.order_by(_A.c.updated_on.desc(), _A.c.id.desc()).limit(limit)
            hits = [ArticleHit(int(i), q, str(mod), d) for i, q, mod, d in conn.execute(stmt)]
        return _with_counts(conn, hits)


def article_detail(store: PlanStore, article_id: int) -> ArticleDetail | None:
    with store.read() as session:
        conn = session.connection()
        row = conn.execute(select(_A).where(_A.c.id == article_id)).mappings().first()
        if row is None:
            return None
        tickets = conn.execute(
            select(_T.c.id, _T.c.number, _T.c.title)
            .select_from(_LINK.join(_T, _T.c.id == _LINK.c.ticket_id))
            .where(_LINK.c.article_id == article_id)
            .order_by(_T.c.number)
        ).all()
        return ArticleDetail(
            article_id,
            row["question"],
            row["answer"] or "",
            str(row["module"]),
            row["updated_on"],
            tuple(_tags_of(conn, article_id)),
            tuple((int(i), str(n), str(t)) for i, n, t in tickets),
        )


_NUMBER = re.compile(r"^\s*(?:T-?)?0*(\d{1,9})\s*$", re.IGNORECASE)


def ticket_by_number(store: PlanStore, text: str) -> tuple[int, str, str] | None:
    """The ticket a user names by its number, as it is ("OA20261113-0017") or in short
    for the T-00001 style ("t12", "12"): id, number, title."""
    typed = text.strip()
    match = _NUMBER.match(typed)
    numbers = [typed, typed.upper()]
    if match is not None:
        numbers.append(f"T-{int(match.group(1)):05d}")
    with store.read() as session:
        conn = session.connection()
        for number in dict.fromkeys(n for n in numbers if n):
            row = conn.execute(
                select(_T.c.id, _T.c.number, _T.c.title).where(_T.c.number == number)
            ).first()
            if row is not None:
                return int(row[0]), str(row[1]), str(row[2])
    return None


def articles_of_ticket(store: PlanStore, ticket_id: int) -> list[tuple[int, str]]:
    """(id, question) of the articles linked to a ticket, by question."""
    with store.read() as session:
        rows = session.connection().execute(
            select(_A.c.id, _A.c.question)
            .select_from(_LINK.join(_A, _A.c.id == _LINK.c.article_id))
            .where(_LINK.c.ticket_id == ticket_id)
            .order_by(_A.c.question, _A.c.id)
        )
        return [(int(i), str(q)) for i, q in rows]


def tag_names(store: PlanStore) -> list[str]:
    with store.read() as session:
        return list(
            session.connection().execute(select(_TAG.c.name).order_by(_TAG.c.name)).scalars()
        )
