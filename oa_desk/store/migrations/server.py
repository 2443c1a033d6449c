"""The team plan's server-only schema, kept whole after every upgrade.

Revision 0008 made every foreign key of a PostgreSQL schema ``DEFERRABLE
INITIALLY IMMEDIATE`` and put the ``oa_desk_ids_ahead`` trigger on every table
with a serial id. Tables that later revisions add need the same, or a publish
(which inserts explicit ids) would leave their sequences behind and their keys
checked row by row. :func:`finish_server_schema` applies both to whatever lacks
them; it is idempotent and runs after every upgrade on PostgreSQL.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection

__all__ = ["finish_server_schema"]


def finish_server_schema(conn: Connection) -> None:
    has_function = conn.execute(
        text("SELECT count(*) FROM pg_proc WHERE proname = 'oa_desk_ids_ahead'")
    ).scalar()
    if not has_function:  # before 0008 (a partial upgrade): nothing to keep whole yet
        return
    keys = conn.execute(
        text(
            "SELECT c.conrelid::regclass::text, c.conname FROM pg_constraint c"
            " JOIN pg_namespace n ON n.oid = c.connamespace"
            " WHERE c.contype = 'f' AND NOT c.condeferrable AND n.nspname = current_schema()"
            " ORDER BY 1, 2"
        )
    ).fetchall()
    for table, name in keys:
        conn.execute(
            text(f'ALTER TABLE {table} ALTER CONSTRAINT "{name}" DEFERRABLE INITIALLY IMMEDIATE')
        )
    missing = conn.execute(
        text(
            "SELECT c.table_name FROM information_schema.columns c"
            " WHERE c.table_schema = current_schema() AND c.column_name = 'id'"
            " AND c.column_default LIKE 'nextval(%'"
            " AND NOT EXISTS (SELECT 1 FROM pg_trigger t"
            "   WHERE t.tgname = 'oa_desk_ids_ahead'"
            "   AND t.tgrelid ="
            " (quote_ident(c.table_schema) || '.' || quote_ident(c.table_name))::regclass)"
            " ORDER BY 1"
        )
    ).scalars()
    for table in list(missing):
        conn.execute(
            text(
                f'CREATE TRIGGER oa_desk_ids_ahead AFTER INSERT ON "{table}"'
                " REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT"
                " EXECUTE FUNCTION oa_desk_ids_ahead()"
            )
        )
