"""tickets: a free-text reporter, the resolution, links to a task and a risk, and a
counter that never issues a ticket number twice

``ticket.reporter_name`` (someone not on the roster who called the hotline) and
``ticket.resolution`` are text, empty by default. ``ticket.task_id`` and
``ticket.risk_id`` point at the task or risk a ticket was turned into (the other
way round, a task's or a risk's tickets are those naming it); deleting the task or
risk leaves the ticket, unlinked. ``plan.ticket_counter`` is the highest ticket
number ever issued: a new ticket takes one more, so deleting the newest ticket
never hands its number to the next one. It starts at the highest number in the
plan. A ticket's history gains two kinds of event: ``field`` (any other field
changed) and ``link`` (turned into a task, a risk or a training need).

PostgreSQL adds the columns and their named foreign keys in place; SQLite
copies the ticket table (a reference is a table constraint there, as the models
declare it).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03 17:00:00
"""

from __future__ import annotations

import re
import warnings

import sqlalchemy as sa
from alembic import op
from alembic.operations import BatchOperations

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

_LINKS = (("task_id", "task"), ("risk_id", "risk"))
OLD_KINDS = ("created", "assigned", "status", "priority", "comment")
KINDS = (*OLD_KINDS, "field", "link")
_NUMBER = re.compile(r"^T-(\d+)$")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        with op.batch_alter_table("ticket", recreate="never") as batch:
            _ticket_columns(batch)
    else:  # a reference is a table constraint, as create_all makes it: copy the table
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", "Skipped unsupported reflection", sa.exc.SAWarning)
            with op.batch_alter_table("ticket", recreate="always") as batch:
                _ticket_columns(batch)
    for column, _target in _LINKS:
        op.create_index(f"ix_ticket_{column}", "ticket", [column])
    _event_kinds(KINDS)
    with op.batch_alter_table("plan", recreate="never") as batch:
        batch.add_column(
            sa.Column("ticket_counter", sa.Integer(), nullable=False, server_default="0")
        )
    highest = 0
    for (number,) in bind.execute(sa.text("SELECT number FROM ticket")):
        match = _NUMBER.match(number or "")
        if match:
            highest = max(highest, int(match.group(1)))
    if highest:
        bind.execute(sa.text("UPDATE plan SET ticket_counter = :n"), {"n": highest})


def _event_kinds(kinds: tuple[str, ...]) -> None:
    """The CHECK on ``ticket_event.kind`` allowing ``kinds`` (a copy of the table on SQLite)."""
    name = op.f("ck_ticket_event_ticketeventkind")
    check = "kind IN (" + ", ".join(f"'{k}'" for k in kinds) + ")"
    if op.get_bind().dialect.name == "postgresql":
        op.drop_constraint(name, "ticket_event", type_="check")
        op.create_check_constraint(name, "ticket_event", check)
        return
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Skipped unsupported reflection", sa.exc.SAWarning)
        with op.batch_alter_table("ticket_event", recreate="always") as batch:
            batch.drop_constraint(name, type_="check")
            batch.create_check_constraint(name, check)


def _ticket_columns(batch: BatchOperations) -> None:
    batch.add_column(sa.Column("reporter_name", sa.String(200), nullable=False, server_default=""))
    batch.add_column(sa.Column("resolution", sa.Text(), nullable=False, server_default=""))
    for column, target in _LINKS:
        batch.add_column(sa.Column(column, sa.Integer(), nullable=True))
        batch.create_foreign_key(
            f"fk_ticket_{column}_{target}", target, [column], ["id"], ondelete="SET NULL"
        )


def downgrade() -> None:
    op.execute(
        "DELETE FROM ticket_event WHERE kind NOT IN ("
        + ", ".join(f"'{k}'" for k in OLD_KINDS)
        + ")"
    )
    _event_kinds(OLD_KINDS)
    with op.batch_alter_table("plan", recreate="never") as batch:
        batch.drop_column("ticket_counter")
    for column, _target in _LINKS:
        op.drop_index(f"ix_ticket_{column}", "ticket")
    with op.batch_alter_table("ticket") as batch:
        for column in ("risk_id", "task_id", "resolution", "reporter_name"):
            batch.drop_column(column)
