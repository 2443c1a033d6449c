"""schema fixes before more code depends on them

What changes, and what happens to the data a 0002 plan holds:

* **Sibling departments have different names**: unique index
  ``uq_department_sibling_name`` on ``(coalesce(parent_id, 0), name)`` (it
  also covers top-level departments, whose NULL parents a plain UNIQUE treats
  as distinct). Existing duplicates are renamed: the sibling with the lowest id
  keeps the name, the others become "财务部 (2)", "财务部 (3)"... (a number no
  sibling uses yet), so nothing is merged or lost.
* **Pilot flag and planned go-live belong to the wave**: ``department.is_pilot``
  and ``department.planned_go_live`` are dropped after their data is carried to
  the waves: a pilot department without a wave joins the pilot wave (the first
  wave marked pilot, or a new wave "试点" created before the others); a wave
  without a planned go-live takes the earliest one of its departments; the
  departments without a wave but with a planned go-live get one wave per date
  ("计划上线 2026-03-30"), after the existing waves. Where a department's own
  values disagree with its wave's, the wave's stay (the file is backed up
  beside the plan before any migration).
* **Points in time are stored in UTC** (``plan.created_at``,
  ``baseline.created_at``, the ticket times, ``ticket_event.at``): the naive
  values were written in the local time of the computer that wrote them, and
  are converted from this computer's local time zone (the same one in
  practice). Training session times stay local wall-clock times.
* **Knowledge-base tags become a table**: ``kb_tag`` and ``kb_article_tag``;
  ``kb_article.tags`` (comma separated; Chinese commas, 、 and ; count too) is
  split into them and dropped.
* **Deleting a department is refused while anything is in it**: the
  references from sub-departments, people, tickets, feedback rounds and
  adoption snapshots become ``ON DELETE RESTRICT`` (they cascaded or were
  nulled before).
* **Calendar exception days record their source** (``preset``, ``user``,
  ``import``): a day of a calendar with a preset is marked ``preset`` when that
  preset gives the same day the same way, every other day ``user``.
* The working-week CHECK no longer uses SQLite's GLOB (PostgreSQL has none).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 10:00:00
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import Any, Literal

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
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
_TAG_SPLIT = re.compile(r"[,，、;；]+")
log = logging.getLogger(__name__)


def _rebuild() -> Literal["always", "auto"]:
    """SQLite changes a constraint by copying the table; PostgreSQL alters it in place
    (a copy there would have to drop a primary key other tables' keys depend on)."""
    return "always" if op.get_bind().dialect.name == "sqlite" else "auto"


def upgrade() -> None:
    conn = op.get_bind()
    _calendar()
    _exception_sources(conn)
    _waves_own_pilot_and_go_live(conn)
    _rename_duplicate_siblings(conn)
    with op.batch_alter_table("department", recreate=_rebuild()) as batch:
        batch.drop_column("is_pilot")
        batch.drop_column("planned_go_live")
        batch.drop_constraint(op.f("fk_department_parent_id_department"), type_="foreignkey")
        batch.create_foreign_key(
            op.f("fk_department_parent_id_department"),
            "department",
            ["parent_id"],
            ["id"],
            ondelete="RESTRICT",
        )
    for table in ("person", "ticket", "feedback_round", "adoption_snapshot"):
        name = op.f(f"fk_{table}_department_id_department")
        with op.batch_alter_table(table, recreate=_rebuild()) as batch:
            batch.drop_constraint(name, type_="foreignkey")
            batch.create_foreign_key(
                name, "department", ["department_id"], ["id"], ondelete="RESTRICT"
            )
    _timestamps_to_utc(conn)
    _kb_tags(conn)
    # An expression index: created last, outside any batch, because batch mode copies
    # plain columns only and cannot reflect it (a later migration that rebuilds the
    # department table must drop and recreate it the same way).
    op.create_index(
        op.f("uq_department_sibling_name"),
        "department",
        [sa.text("coalesce(parent_id, 0)"), "name"],
        unique=True,
    )


def _calendar() -> None:
    with op.batch_alter_table("calendar", recreate=_rebuild()) as batch:
        batch.drop_constraint(op.f("ck_calendar_weekdays_mask"), type_="check")
        batch.create_check_constraint(
            op.f("ck_calendar_weekdays_mask"),
            "length(working_weekdays) = 7"
            " AND replace(replace(working_weekdays, '0', ''), '1', '') = ''",
        )


def _exception_sources(conn: Any) -> None:
    with op.batch_alter_table("calendar_exception", recreate=_rebuild()) as batch:
        batch.add_column(
            sa.Column(
                "source",
                sa.Enum(
                    "preset",
                    "user",
                    "import",
                    name="day_source",
                    native_enum=False,
                    create_constraint=True,
                    length=6,
                ),
                server_default="user",
                nullable=False,
            )
        )
    calendars = conn.execute(
        sa.text("SELECT id, preset FROM calendar WHERE preset IS NOT NULL")
    ).fetchall()
    for cal_id, code in calendars:
        rows = conn.execute(
            sa.text("SELECT id, day, working FROM calendar_exception WHERE calendar_id = :c"),
            {"c": cal_id},
        ).fetchall()
        if not rows:
            continue
        days = {r[0]: (dt.date.fromisoformat(str(r[1])[:10]), bool(r[2])) for r in rows}
        try:
            from oa_desk.domain.calendar import preset_exceptions

            given = {
                (e.day, e.working)
                for e in preset_exceptions(str(code), {d.year for d, _w in days.values()})
            }
        except (KeyError, ImportError, ValueError):  # an unknown code: the user's days
            continue
        ids = [i for i, key in days.items() if key in given]
        if ids:
            conn.execute(
                sa.text("UPDATE calendar_exception SET source = 'preset' WHERE id = :i"),
                [{"i": i} for i in ids],
            )


def _waves_own_pilot_and_go_live(conn: Any) -> None:
    q = conn.execute
    orphans = q(
        sa.text("SELECT count(*) FROM department WHERE is_pilot AND wave_id IS NULL")
    ).scalar()
    if orphans:
        pilot = q(sa.text("SELECT id FROM wave WHERE is_pilot ORDER BY seq, id LIMIT 1")).scalar()
        if pilot is None:
            first = q(sa.text("SELECT min(seq) FROM wave")).scalar()
            q(
                sa.text(
                    "INSERT INTO wave (name, seq, is_pilot, gate_criteria, gate_decision,"
                    " gate_notes) VALUES ('试点', :seq, TRUE, '', 'pending', '')"
                ),
                {"seq": 0 if first is None else int(first) - 1},
            )
            pilot = q(sa.text("SELECT id FROM wave WHERE is_pilot ORDER BY id DESC")).scalar()
        q(
            sa.text("UPDATE department SET wave_id = :w WHERE is_pilot AND wave_id IS NULL"),
            {"w": pilot},
        )
    q(
        sa.text(
            "UPDATE wave SET planned_go_live = (SELECT min(d.planned_go_live) FROM department d"
            " WHERE d.wave_id = wave.id) WHERE planned_go_live IS NULL"
        )
    )
    dates = q(
        sa.text(
            "SELECT DISTINCT planned_go_live FROM department"
            " WHERE wave_id IS NULL AND planned_go_live IS NOT NULL ORDER BY planned_go_live"
        )
    ).fetchall()
    last = q(sa.text("SELECT max(seq) FROM wave")).scalar()
    seq = 0 if last is None else int(last)
    for (day,) in dates:
        seq += 1
        q(
            sa.text(
                "INSERT INTO wave (name, seq, is_pilot, planned_go_live, gate_criteria,"
                " gate_decision, gate_notes) VALUES (:name, :seq, FALSE, :day, '', 'pending', '')"
            ),
            {"name": f"计划上线 {str(day)[:10]}", "seq": seq, "day": day},
        )
        wave = q(sa.text("SELECT max(id) FROM wave")).scalar()
        q(
            sa.text(
                "UPDATE department SET wave_id = :w"
                " WHERE wave_id IS NULL AND planned_go_live = :day"
            ),
            {"w": wave, "day": day},
        )


def _rename_duplicate_siblings(conn: Any) -> None:
    rows = conn.execute(
        sa.text("SELECT id, coalesce(parent_id, 0), name FROM department ORDER BY id")
    ).fetchall()
    taken: dict[int, set[str]] = {}
    for _id, parent, name in rows:
        taken.setdefault(parent, set()).add(name)
    seen: set[tuple[int, str]] = set()
    renames = []
    for dept_id, parent, name in rows:
        if (parent, name) not in seen:
            seen.add((parent, name))
            continue
        n = 2
        while True:
            suffix = f" ({n})"
            new = name[: 100 - len(suffix)] + suffix
            if new not in taken[parent]:
                break
            n += 1
        taken[parent].add(new)
        seen.add((parent, new))
        renames.append({"i": dept_id, "n": new})
    if renames:
        conn.execute(sa.text("UPDATE department SET name = :n WHERE id = :i"), renames)
        log.warning(
            "sibling departments with the same name were renamed: %s",
            ", ".join(f"#{r['i']} -> {r['n']}" for r in renames),
        )


def _timestamps_to_utc(conn: Any) -> None:
    for table, columns in _TIMESTAMPS.items():
        for column in columns:
            rows = conn.execute(
                sa.text(f"SELECT id, {column} FROM {table} WHERE {column} IS NOT NULL")
            ).fetchall()
            updates = []
            for row_id, value in rows:
                try:
                    local = dt.datetime.fromisoformat(str(value))
                except ValueError:  # not a timestamp: left as it is
                    continue
                utc = local.astimezone(dt.UTC).replace(tzinfo=None)
                updates.append({"i": row_id, "v": utc.isoformat(" ", "microseconds")})
            if updates:
                conn.execute(sa.text(f"UPDATE {table} SET {column} = :v WHERE id = :i"), updates)


def _kb_tags(conn: Any) -> None:
    op.create_table(
        "kb_tag",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kb_tag")),
        sa.UniqueConstraint("name", name=op.f("uq_kb_tag_name")),
    )
    op.create_table(
        "kb_article_tag",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["kb_article.id"],
            name=op.f("fk_kb_article_tag_article_id_kb_article"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"],
            ["kb_tag.id"],
            name=op.f("fk_kb_article_tag_tag_id_kb_tag"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", "tag_id", name=op.f("pk_kb_article_tag")),
    )
    with op.batch_alter_table("kb_article_tag") as batch:
        batch.create_index(batch.f("ix_kb_article_tag_tag_id"), ["tag_id"], unique=False)
    tag_ids: dict[str, int] = {}
    links = []
    for article_id, tags in conn.execute(sa.text("SELECT id, tags FROM kb_article ORDER BY id")):
        names = dict.fromkeys(t.strip()[:50] for t in _TAG_SPLIT.split(tags or ""))
        for name in names:
            if not name:
                continue
            if name not in tag_ids:
                tag_ids[name] = len(tag_ids) + 1
            links.append({"a": article_id, "t": tag_ids[name]})
    if tag_ids:
        conn.execute(
            sa.text("INSERT INTO kb_tag (id, name) VALUES (:i, :n)"),
            [{"i": i, "n": n} for n, i in tag_ids.items()],
        )
        conn.execute(
            sa.text("INSERT INTO kb_article_tag (article_id, tag_id) VALUES (:a, :t)"),
            links,
        )
    with op.batch_alter_table("kb_article", recreate=_rebuild()) as batch:
        batch.drop_column("tags")
