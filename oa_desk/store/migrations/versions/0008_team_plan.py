"""the team plan: the schema the migrations build on PostgreSQL matches the models

Nothing changes in a plan file (SQLite): the revision only moves its version on.
On PostgreSQL, where ``oa-desk publish`` builds a team plan's schema by running
every migration from 0001:

* Points in time become ``timestamp with time zone`` (``UtcDateTime`` asks for
  it there): the migrations created them as plain ``timestamp`` holding UTC,
  which is how the values are read (``AT TIME ZONE 'UTC'``).
* The department head's foreign key, declared ``use_alter`` (department and
  person refer to each other) and so left out of ``create_table`` by 0001, is
  added.
* Every foreign key becomes ``DEFERRABLE INITIALLY IMMEDIATE``: checked per
  statement as before, except in an import, which defers them to its commit
  (``store.bulk_write.defer_foreign_keys``) so rows of one import may refer to
  each other in any order. SQLite defers any key on request already.
* Id sequences keep ahead of the ids in use: the store gives rows explicit ids
  (an import numbers its new rows, undo puts deleted rows back with theirs), and
  a sequence that does not know of them would hand the same id out again. A
  statement-level trigger on every table with an ``id`` sequence moves it past
  the largest id each insert wrote (SQLite needs nothing: its next id is always
  past the largest).
* A sequence ``oa_desk_writes`` counts the plan's units of work: each takes the
  next number under the plan's write lock, so a client that gets anything but
  the number after its own last one knows someone else has written (the
  scheduler's warm cache is then rebuilt, as ``PRAGMA data_version`` tells a
  file's writer).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_TIMESTAMPS = {
    "plan": ("created_at",),
    "baseline": ("created_at",),
    "ticket": (
        "created_at",
        "first_response_at",
        "resolved_at",
        "closed_at",
        "response_due",
        "resolve_due",
    ),
    "ticket_event": ("at",),
}


_IDS_AHEAD = """
CREATE OR REPLACE FUNCTION oa_desk_ids_ahead() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    seq regclass := pg_get_serial_sequence(
        quote_ident(TG_TABLE_SCHEMA) || '.' || quote_ident(TG_TABLE_NAME), 'id')::regclass;
    top bigint;
BEGIN
    SELECT max(id) INTO top FROM inserted;
    IF top IS NOT NULL AND top > coalesce(pg_sequence_last_value(seq), 0) THEN
        PERFORM setval(seq, top);
    END IF;
    RETURN NULL;
END $$
"""


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    for table, columns in _TIMESTAMPS.items():
        for column in columns:
            op.execute(
                f'ALTER TABLE "{table}" ALTER COLUMN "{column}"'
                f" TYPE timestamp with time zone USING \"{column}\" AT TIME ZONE 'UTC'"
            )
    head_fk = conn.execute(
        sa.text("SELECT 1 FROM pg_constraint WHERE conname = 'fk_department_head_id_person'")
    ).scalar()
    if head_fk is None:
        op.create_foreign_key(
            "fk_department_head_id_person",
            "department",
            "person",
            ["head_id"],
            ["id"],
            ondelete="SET NULL",
        )
    keys = conn.execute(
        sa.text(
            "SELECT c.conrelid::regclass::text, c.conname FROM pg_constraint c"
            " JOIN pg_namespace n ON n.oid = c.connamespace"
            " WHERE c.contype = 'f' AND NOT c.condeferrable AND n.nspname = current_schema()"
            " ORDER BY 1, 2"
        )
    ).fetchall()
    for table, name in keys:
        op.execute(f'ALTER TABLE {table} ALTER CONSTRAINT "{name}" DEFERRABLE INITIALLY IMMEDIATE')
    op.execute("CREATE SEQUENCE oa_desk_writes")
    op.execute(_IDS_AHEAD)
    tables = conn.execute(
        sa.text(
            "SELECT table_name FROM information_schema.columns"
            " WHERE table_schema = current_schema() AND column_name = 'id'"
            " AND column_default LIKE 'nextval(%' ORDER BY 1"
        )
    ).scalars()
    for table in tables:
        op.execute(
            f'CREATE TRIGGER oa_desk_ids_ahead AFTER INSERT ON "{table}"'
            " REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT"
            " EXECUTE FUNCTION oa_desk_ids_ahead()"
        )
