"""training: course prerequisites as links between courses; a covering index for coverage

* ``course_prerequisite`` (course_id, prerequisite_id): the courses to pass before
  a course, deleted with either course, never the course itself. The free text of
  ``course.prerequisites`` is read: each part (split at commas, semicolons, 、 and
  line breaks) that names exactly one other course, ignoring case and spaces,
  becomes a link and leaves the text; what names no course (or several) stays in
  the text, so nothing the project manager wrote is lost.
* ``ix_enrollment_person_cover`` (person_id, attendance, session_id, passed)
  replaces ``ix_enrollment_person_id``: the coverage matrix reads every attended
  enrollment in person order from the index alone.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03 17:20:00
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

SEPARATORS = re.compile(r"[,，;；、\n\r]+")


def _key(name: str) -> str:
    return "".join(name.split()).casefold()


def split_prerequisites(
    text: str, names: dict[str, list[int]], own: int
) -> tuple[list[int], list[str]]:
    """The courses the text names (in its order, once each) and the parts it keeps."""
    found: list[int] = []
    kept: list[str] = []
    for part in SEPARATORS.split(text):
        part = part.strip()
        if not part:
            continue
        ids = names.get(_key(part), [])
        if len(ids) == 1 and ids[0] != own:
            if ids[0] not in found:
                found.append(ids[0])
        else:
            kept.append(part)
    return found, kept


def upgrade() -> None:
    op.create_table(
        "course_prerequisite",
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("prerequisite_id", sa.Integer(), nullable=False),
        # Every table carries its row version (0012).
        sa.Column("row_version", sa.Integer(), nullable=False, server_default=sa.text("1")),
        sa.CheckConstraint(
            "course_id <> prerequisite_id", name=op.f("ck_course_prerequisite_not_itself")
        ),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["course.id"],
            name=op.f("fk_course_prerequisite_course_id_course"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["prerequisite_id"],
            ["course.id"],
            name=op.f("fk_course_prerequisite_prerequisite_id_course"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "course_id", "prerequisite_id", name=op.f("pk_course_prerequisite")
        ),
    )
    op.create_index(
        "ix_course_prerequisite_prerequisite_id", "course_prerequisite", ["prerequisite_id"]
    )
    op.drop_index("ix_enrollment_person_id", table_name="enrollment")
    op.create_index(
        "ix_enrollment_person_cover",
        "enrollment",
        ["person_id", "attendance", "session_id", "passed"],
    )
    _links_from_text()


def _links_from_text() -> None:
    conn = op.get_bind()
    course = sa.table("course", sa.column("id"), sa.column("name"), sa.column("prerequisites"))
    link = sa.table("course_prerequisite", sa.column("course_id"), sa.column("prerequisite_id"))
    rows = conn.execute(sa.select(course.c.id, course.c.name, course.c.prerequisites)).all()
    names: dict[str, list[int]] = {}
    for cid, name, _text in rows:
        names.setdefault(_key(name), []).append(cid)
    for cid, _name, text in rows:
        if not text or not text.strip():
            continue
        found, kept = split_prerequisites(text, names, cid)
        if not found:
            continue
        conn.execute(sa.insert(link), [{"course_id": cid, "prerequisite_id": p} for p in found])
        conn.execute(
            sa.update(course).where(course.c.id == cid).values(prerequisites="; ".join(kept))
        )


def downgrade() -> None:
    op.drop_index("ix_enrollment_person_cover", table_name="enrollment")
    op.create_index("ix_enrollment_person_id", "enrollment", ["person_id"])
    op.drop_index("ix_course_prerequisite_prerequisite_id", table_name="course_prerequisite")
    op.drop_table("course_prerequisite")
