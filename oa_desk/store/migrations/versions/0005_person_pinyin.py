"""a person's name is searchable by pinyin: name_pinyin and name_initials

The roster is searched by typing 张三, zhangsan or zs. The two keys are derived
from the name by domain.pinyin and kept by the store on every write; this
revision adds them, with an index each, and fills them for the people already
in the plan.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 15:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from oa_desk.domain.pinyin import name_keys

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("person", recreate="never") as batch:
        batch.add_column(
            sa.Column("name_pinyin", sa.String(100), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column("name_initials", sa.String(30), nullable=False, server_default="")
        )
    op.create_index("ix_person_name_pinyin", "person", ["name_pinyin"])
    op.create_index("ix_person_name_initials", "person", ["name_initials"])
    bind = op.get_bind()
    person = sa.table("person", sa.column("id"), sa.column("name"))
    rows = bind.execute(sa.select(person.c.id, person.c.name)).all()
    if rows:
        bind.execute(
            sa.text("UPDATE person SET name_pinyin = :p, name_initials = :i WHERE id = :id"),
            [dict(zip(("p", "i"), name_keys(name), strict=True), id=pid) for pid, name in rows],
        )
