"""the knowledge base's full-text search

* **Plan file (SQLite):** an FTS5 table ``kb_fts`` (trigram tokenizer) holding
  each article's question, answer and tag names, filled from the articles
  there are and kept in step by triggers on ``kb_article``, ``kb_article_tag``
  and ``kb_tag`` (see ``store/knowledge_search.py``, whose DDL this runs, and
  which ``init_schema`` runs for a new file).
* **Team plan (PostgreSQL):** the ``pg_trgm`` extension when the server lets
  this user create it (it is a trusted extension of PostgreSQL 15's server
  package), and GIN trigram indexes on the article's question and answer for
  ``ILIKE``. Without the extension nothing is created: the same search scans
  the table.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03 17:10:00
"""

from __future__ import annotations

from alembic import op
from sqlalchemy.exc import DBAPIError

from oa_desk.store.knowledge_search import PG_TRGM_INDEXES, create_fts

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        create_fts(op.execute)
        return
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DBAPIError:  # not allowed here: ILIKE scans the table instead
        return
    for statement in PG_TRGM_INDEXES:
        bind.exec_driver_sql(statement)


def downgrade() -> None:
    raise NotImplementedError("plan files are never downgraded")
