"""Full-text search of the knowledge base: one function, a counterpart per engine.

:func:`search_articles` finds the articles whose question, answer or tags hold
every term a user typed (terms are split at white space), best first.

* **Plan file (SQLite).** An FTS5 table ``kb_fts`` with the *trigram* tokenizer
  (it finds any substring of three characters or more, which is what Chinese,
  written without spaces, needs) holds each article's question, answer and tag
  names under the article's id; triggers on ``kb_article``, ``kb_article_tag``
  and ``kb_tag`` keep it in step with every write, whoever makes it (services,
  imports, undo, a pulled team plan). Terms of three characters or more are an
  FTS ``MATCH``, ranked by ``bm25`` with the question weighing most.
* **One- and two-character terms.** Most Chinese words are two characters
  (报销, 审批, 密码): a trigram index holds nothing that short, so such a term
  is a ``LIKE '%…%'`` over the same columns (on ``kb_fts``, so every term reads
  one table), and adds to the rank when the question holds it. Mixed queries
  ("报销 审批流程") AND the two kinds; a short term is never sent to ``MATCH``,
  where it would find nothing (or, glued to a longer term, over-match).
* **Team plan (PostgreSQL 15).** ``ILIKE`` over the article's question, answer
  and tag names (the matching tags' articles found once), ranked by where each term was found
  (question 3, tags 2, answer 1). Debian's PostgreSQL 15 ships ``pg_trgm`` in
  its server package and it is a trusted extension (a database owner may create
  it): migration 0014 creates it when allowed and puts GIN ``gin_trgm_ops``
  indexes on the question and the answer, which the planner uses for terms of
  three characters or more; without it the same query scans the table (a
  knowledge base holds hundreds of articles, not millions). The results are
  the same either way: the index only narrows what ``ILIKE`` rechecks.

**Markup is not a match.** An article's answer is sanitised rich text (a few HTML
tags, see ``services/knowledge.py``) and the index holds it as stored, markup
included: "strong", "href" or "amp" would find every answer with bold text, a link
or an ampersand. Indexing the plain text instead needs a plain-text column or new
triggers, that is a migration (and a trigger cannot call the app's tag stripper on
every connection that writes a plan). So the caller passes ``plain`` (the answer's
text without markup) and each candidate the query finds is checked again in
Python: every term must be in its question, its answer's text or its tags, else the
hit is dropped and the next candidates are read, page by page, until ``limit`` hits
are kept or the candidates run out (at most :data:`MAX_CANDIDATES` are read: a
knowledge base holds hundreds of articles). Both engines do the same. A term typed
with an ``&`` or ``<`` is matched against the escaped text the index holds, so it
can miss (the stored ``&amp;``); such terms are rare in questions to a help desk.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

__all__ = [
    "FTS_DDL",
    "PG_TRGM_INDEXES",
    "ArticleHit",
    "create_fts",
    "search_articles",
    "split_terms",
]

# The FTS table and the triggers that keep it in step (SQLite only). The tags of
# an article are recomputed from the link table each time, so the order in which
# rows arrive (an undo restores links before or after their article) never matters.
_TAGS_OF = (
    "(SELECT coalesce(group_concat(t.name, ' '), '') FROM kb_article_tag x"
    " JOIN kb_tag t ON t.id = x.tag_id WHERE x.article_id = {id})"
)
FTS_DDL: tuple[str, ...] = (
    "CREATE VIRTUAL TABLE kb_fts USING fts5(question, answer, tags, tokenize = 'trigram')",
    "CREATE TRIGGER kb_fts_article_insert AFTER INSERT ON kb_article BEGIN"
    " INSERT INTO kb_fts (rowid, question, answer, tags)"
    f" VALUES (new.id, new.question, new.answer, {_TAGS_OF.format(id='new.id')}); END",
    "CREATE TRIGGER kb_fts_article_update AFTER UPDATE OF question, answer ON kb_article BEGIN"
    " UPDATE kb_fts SET question = new.question, answer = new.answer WHERE rowid = new.id; END",
    "CREATE TRIGGER kb_fts_article_delete AFTER DELETE ON kb_article BEGIN"
    " DELETE FROM kb_fts WHERE rowid = old.id; END",
    "CREATE TRIGGER kb_fts_tag_link AFTER INSERT ON kb_article_tag BEGIN"
    f" UPDATE kb_fts SET tags = {_TAGS_OF.format(id='new.article_id')}"
    " WHERE rowid = new.article_id; END",
    "CREATE TRIGGER kb_fts_tag_unlink AFTER DELETE ON kb_article_tag BEGIN"
    f" UPDATE kb_fts SET tags = {_TAGS_OF.format(id='old.article_id')}"
    " WHERE rowid = old.article_id; END",
    "CREATE TRIGGER kb_fts_tag_rename AFTER UPDATE OF name ON kb_tag BEGIN"
    f" UPDATE kb_fts SET tags = {_TAGS_OF.format(id='kb_fts.rowid')}"
    " WHERE rowid IN (SELECT article_id FROM kb_article_tag WHERE tag_id = new.id); END",
    "INSERT INTO kb_fts (rowid, question, answer, tags)"
    f" SELECT a.id, a.question, a.answer, {_TAGS_OF.format(id='a.id')} FROM kb_article a",
)

# The team plan's trigram indexes (PostgreSQL with pg_trgm only; see the module's text).
PG_TRGM_INDEXES: tuple[str, ...] = (
    "CREATE INDEX ix_kb_article_question_trgm ON kb_article USING gin (question gin_trgm_ops)",
    "CREATE INDEX ix_kb_article_answer_trgm ON kb_article USING gin (answer gin_trgm_ops)",
)

_SPACE = re.compile(r"[\s,，、;；]+")
MAX_TERMS = 8
MAX_TERM_LENGTH = 100
MAX_CANDIDATES = 5000  # the most candidates one search rechecks against the plain text


@dataclass(frozen=True, slots=True)
class ArticleHit:
    id: int
    question: str
    module: str
    updated_on: dt.date | None


def create_fts(execute: Any) -> None:
    """Create ``kb_fts`` and its triggers, filled from the articles there are, through
    ``execute(sql)`` (a sqlite3 connection's ``execute`` or Alembic's ``op.execute``)."""
    for statement in FTS_DDL:
        execute(statement)


def split_terms(query: str) -> list[str]:
    """The distinct terms of ``query`` (split at white space and list punctuation),
    at most :data:`MAX_TERMS`, each cut to :data:`MAX_TERM_LENGTH` characters."""
    seen: dict[str, None] = {}
    for term in _SPACE.split(query):
        term = term.strip()[:MAX_TERM_LENGTH]
        if term and term.lower() not in {t.lower() for t in seen}:
            seen[term] = None
    return list(seen)[:MAX_TERMS]


def _like(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search_articles(
    conn: Connection,
    query: str,
    *,
    limit: int = 50,
    module: str | None = None,
    plain: Callable[[str], str] | None = None,
) -> Sequence[ArticleHit]:
    """Up to ``limit`` articles holding every term of ``query``, best first (then the
    most recently updated); ``module`` narrows to one OA module. No terms: nothing.

    ``plain`` (an answer's text without markup): a hit whose terms are found only in
    the answer's markup is no hit (see the module's text)."""
    terms = split_terms(query)
    if not terms or limit <= 0:
        return ()
    if conn.dialect.name == "postgresql":
        sql, params = _postgresql(terms, module)
    else:
        sql, params = _sqlite(terms, module)
    if plain is None:
        params.update(limit=limit, offset=0)
        return [_hit(r) for r in conn.execute(text(sql), params).all()]
    folded = [t.casefold() for t in terms]
    page = max(limit * 2, 50)
    hits: list[ArticleHit] = []
    offset = 0
    while len(hits) < limit and offset < MAX_CANDIDATES:
        params.update(limit=page, offset=offset)
        rows = conn.execute(text(sql), params).all()
        for r in rows:
            haystack = "\n".join((str(r[1]), plain(str(r[4] or "")), str(r[5] or ""))).casefold()
            if all(t in haystack for t in folded):
                hits.append(_hit(r))
                if len(hits) == limit:
                    break
        if len(rows) < page:
            break
        offset += page
    return hits


def _hit(row: Any) -> ArticleHit:
    return ArticleHit(int(row[0]), str(row[1]), str(row[2]), _day(row[3]))


def _day(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _sqlite(terms: list[str], module: str | None) -> tuple[str, dict[str, Any]]:
    params: dict[str, Any] = {}
    long_terms = [t for t in terms if len(t) >= 3]
    short_terms = [t for t in terms if len(t) < 3]
    where: list[str] = []
    bonus: list[str] = []
    if long_terms:
        params["match"] = " AND ".join('"' + t.replace('"', '""') + '"' for t in long_terms)
        where.append("kb_fts MATCH :match")
        rank = "bm25(kb_fts, 10.0, 1.0, 5.0)"
    else:
        rank = "0.0"
    for i, term in enumerate(short_terms):
        params[f"s{i}"] = _like(term)
        hit = [f"f.{c} LIKE :s{i} ESCAPE '\\'" for c in ("question", "answer", "tags")]
        where.append("(" + " OR ".join(hit) + ")")
        bonus.append(f"(CASE WHEN {hit[0]} THEN 3 WHEN {hit[2]} THEN 2 ELSE 1 END)")
    if module is not None:
        params["module"] = module
        where.append("a.module = :module")
    score = rank + "".join(f" - {b}" for b in bonus)
    sql = (
        "SELECT a.id, a.question, a.module, a.updated_on, f.answer, f.tags,"
        f" {score} AS score"
        " FROM kb_fts f JOIN kb_article a ON a.id = f.rowid"
        f" WHERE {' AND '.join(where)}"
        " ORDER BY score, a.updated_on DESC, a.id LIMIT :limit OFFSET :offset"
    )
    return sql, params


def _postgresql(terms: list[str], module: str | None) -> tuple[str, dict[str, Any]]:
    params: dict[str, Any] = {}
    where: list[str] = []
    score: list[str] = []
    for i, term in enumerate(terms):
        params[f"t{i}"] = _like(term)
        question = f"a.question ILIKE :t{i}"
        answer = f"a.answer ILIKE :t{i}"
        # The articles whose tags match, found once (a hashed subplan), not per article.
        tags = (
            "a.id IN (SELECT x.article_id FROM kb_article_tag x JOIN kb_tag t"
            f" ON t.id = x.tag_id WHERE t.name ILIKE :t{i})"
        )
        where.append(f"({question} OR {answer} OR {tags})")
        score.append(f"(CASE WHEN {question} THEN 3 WHEN {tags} THEN 2 ELSE 1 END)")
    if module is not None:
        params["module"] = module
        where.append("a.module = :module")
    sql = (
        "SELECT a.id, a.question, a.module, a.updated_on, a.answer,"
        " (SELECT coalesce(string_agg(t.name, ' '), '') FROM kb_article_tag x"
        " JOIN kb_tag t ON t.id = x.tag_id WHERE x.article_id = a.id) AS tags,"
        f" {' + '.join(score)} AS score"
        " FROM kb_article a"
        f" WHERE {' AND '.join(where)}"
        " ORDER BY score DESC, a.updated_on DESC, a.id LIMIT :limit OFFSET :offset"
    )
    return sql, params
