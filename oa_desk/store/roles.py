"""A team plan's roles as PostgreSQL roles, enforced by the server's GRANTs.

Four group roles (``NOLOGIN``), one per :class:`~oa_desk.domain.roles.Role`:

=================  ============================================================
``oa_desk_owner``   every privilege on the plan's tables and sequences
``oa_desk_editor``  SELECT, INSERT, UPDATE, DELETE on every table
``oa_desk_support`` SELECT on every table; writes only tickets, ticket events,
                    the knowledge base, feedback rounds and enrollments
                    (attendance), the activity log, and the plan's ticket
                    counter (UPDATE of that column alone)
``oa_desk_reader``  SELECT only
=================  ============================================================

Every writing role may use the sequences (ids, ``oa_desk_writes``): a unit of
work takes the next write number, and the ids-ahead trigger moves id sequences.
A user is given a role with :func:`grant` (``oa-desk grant URL USER ROLE``), run
by the server's administrator (a superuser or a role with CREATEROLE that owns
the plan's tables). Roles are the server's, shared by its databases; their
GRANTs are per database, so :func:`create_roles` runs on each plan (idempotent).
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from oa_desk.domain.changes import ChangeKind
from oa_desk.domain.roles import ALLOWED, Role
from oa_desk.store import models

__all__ = ["GROUP_ROLES", "create_roles", "grant", "role_of"]

GROUP_ROLES: dict[Role, str] = {
    Role.OWNER: "oa_desk_owner",
    Role.EDITOR: "oa_desk_editor",
    Role.SUPPORT_DESK: "oa_desk_support",
    Role.READ_ONLY: "oa_desk_reader",
}
_WRITE = "SELECT, INSERT, UPDATE, DELETE"


def _quote(conn: Connection, name: str) -> str:
    return str(conn.dialect.identifier_preparer.quote(name))


def create_roles(conn: Connection) -> None:
    """Create the four group roles if missing and GRANT each its tables in this
    plan's schema (run by its administrator, inside ``conn``'s transaction)."""
    for name in GROUP_ROLES.values():
        conn.execute(
            text(
                "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :n) THEN "
                f"CREATE ROLE {name} NOLOGIN; END IF; END $$".replace(":n", f"'{name}'")
            )
        )
    schema = _quote(conn, str(conn.execute(text("SELECT current_schema()")).scalar_one()))
    everyone = ", ".join(GROUP_ROLES.values())
    writers = ", ".join(GROUP_ROLES[r] for r in (Role.OWNER, Role.EDITOR, Role.SUPPORT_DESK))
    conn.execute(text(f"GRANT USAGE ON SCHEMA {schema} TO {everyone}"))
    conn.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {everyone}"))
    conn.execute(text(f"GRANT SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {everyone}"))
    conn.execute(text(f"GRANT USAGE, UPDATE ON ALL SEQUENCES IN SCHEMA {schema} TO {writers}"))
    owner, editor = GROUP_ROLES[Role.OWNER], GROUP_ROLES[Role.EDITOR]
    conn.execute(text(f"GRANT ALL ON ALL TABLES IN SCHEMA {schema} TO {owner}"))
    conn.execute(text(f"GRANT {_WRITE} ON ALL TABLES IN SCHEMA {schema} TO {editor}"))
    support = GROUP_ROLES[Role.SUPPORT_DESK]
    for table in models.TABLES:
        if ChangeKind.of_table(table.name) in ALLOWED[Role.SUPPORT_DESK]:
            conn.execute(text(f"GRANT {_WRITE} ON {_quote(conn, table.name)} TO {support}"))
    # A hotline ticket takes the plan's next ticket number: the desk may move that
    # counter (and the row's version, which every update moves), no other column.
    conn.execute(text(f"GRANT UPDATE (ticket_counter, row_version) ON plan TO {support}"))


def grant(conn: Connection, user: str, role: Role | str) -> None:
    """Give ``user`` (created as a LOGIN role if missing, without a password: the
    server's authentication decides) ``role`` on this plan, instead of any other."""
    role = Role(role)
    create_roles(conn)
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :u"), {"u": user}).scalar()
    who = _quote(conn, user)
    if not exists:
        conn.execute(text(f"CREATE ROLE {who} LOGIN"))
    for other, name in GROUP_ROLES.items():
        if other is not role:
            conn.execute(text(f"REVOKE {name} FROM {who}"))
    conn.execute(text(f"GRANT {GROUP_ROLES[role]} TO {who}"))


def role_of(conn: Connection) -> str:
    """The current user's role on this plan: a superuser or the tables' owner is the
    owner; else the highest group role it is a member of; else what its privileges
    on the task table allow (a user given rights by hand)."""
    superuser, owns = conn.execute(
        text(
            "SELECT rolsuper, pg_has_role(current_user,"
            " (SELECT tableowner FROM pg_tables WHERE tablename = 'task'"
            "  AND schemaname = current_schema()), 'MEMBER')"
            " FROM pg_roles WHERE rolname = current_user"
        )
    ).one()
    if superuser or owns:
        return Role.OWNER.value
    for role in (Role.OWNER, Role.EDITOR, Role.SUPPORT_DESK, Role.READ_ONLY):
        member = conn.execute(
            text(
                "SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :r)"
                " THEN pg_has_role(current_user, :r, 'MEMBER') ELSE false END"
            ),
            {"r": GROUP_ROLES[role]},
        ).scalar()
        if member:
            return role.value
    can_edit = conn.execute(text("SELECT has_table_privilege('task', 'UPDATE')")).scalar()
    return Role.EDITOR.value if can_edit else Role.READ_ONLY.value
