"""row versions and the activity log: who changed what, and edits from stale reads refused

Every table gets ``row_version`` (an integer, 1 for every existing row): the
store adds one to it in every UPDATE it runs (``store/versions.py``), and an
edit made from a read of an older version is refused. Two new tables record
every unit of work: ``activity`` (when, who, the intent's text, the tables it
wrote) and ``activity_item`` (each row it touched, by table and id), written in
the unit of work's own transaction.

Columns are added in place on both engines (a constant default needs no table
copy). On PostgreSQL the new tables get what 0008 gave the others: their id
sequences kept ahead of explicit ids, and a deferrable foreign key.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 17:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_NEW = ("activity", "activity_item")


def upgrade() -> None:
    conn = op.get_bind()
    postgres = conn.dialect.name == "postgresql"
    tables = [
        t
        for t in sa.inspect(conn).get_table_names()
        if t != "alembic_version" and not t.startswith("sqlite_")
    ]
    for table in sorted(tables):
        op.add_column(
            table,
            sa.Column("row_version", sa.Integer(), nullable=False, server_default=sa.text("1")),
        )
    op.create_table(
        "activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "at",
            sa.DateTime(timezone=True) if postgres else sa.DateTime(),
            nullable=False,
        ),
        sa.Column("user_name", sa.String(100), nullable=False),
        sa.Column("intent", sa.String(300), nullable=False),
        sa.Column("tables", sa.String(500), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False, server_default=sa.text("1")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity")),
    )
    op.create_index(op.f("ix_activity_at"), "activity", ["at"])
    op.create_table(
        "activity_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(40), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False, server_default=sa.text("1")),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_item_activity_id_activity"),
            ondelete="CASCADE",
            deferrable=True if postgres else None,
            initially="IMMEDIATE" if postgres else None,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_item")),
    )
    op.create_index(op.f("ix_activity_item_activity_id"), "activity_item", ["activity_id"])
    op.create_index("ix_activity_item_row", "activity_item", ["table_name", "row_id"])
    if postgres:
        for table in _NEW:
            op.execute(
                f'CREATE TRIGGER oa_desk_ids_ahead AFTER INSERT ON "{table}"'
                " REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT"
                " EXECUTE FUNCTION oa_desk_ids_ahead()"
            )
