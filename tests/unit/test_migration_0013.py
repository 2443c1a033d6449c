"""0013 adds the adoption figures, the requirement's decision and the communication's
offset, keeping every row: old snapshots have no stickiness or paperless figures, old
requirements no decision, old communications no offset (their dates stay)."""

from __future__ import annotations

from pathlib import Path

from oa_desk.store.migrations import upgrade
from oa_desk.store.sqlitefile import connect


def test_0013_keeps_the_rows_and_leaves_the_new_figures_empty(tmp_path: Path) -> None:
    conn = connect(tmp_path / "old.oadesk", create=True)
    try:
        upgrade(conn, "0011")
        conn.execute("BEGIN")
        conn.execute(
            "INSERT INTO department (id, parent_id, seq, name, code, headcount, readiness)"
            " VALUES (1, NULL, 0, '财务部', '', 20, 'not_started')"
        )
        conn.execute(
            "INSERT INTO adoption_snapshot (id, department_id, day, active_users, total_users,"
            " online_approvals) VALUES (1, 1, '2026-06-01', 12, 20, 30)"
        )
        conn.execute(
            "INSERT INTO requirement (id, department_id, pain_point, description, module,"
            " priority, fit, status) VALUES (1, 1, '报销单据多', '', 'workflow', 'must',"
            " 'standard', 'new')"
        )
        conn.execute(
            "INSERT INTO communication (id, title, channel, audience, message, planned_date,"
            " status) VALUES (1, '上线通知', 'email', '', '', '2026-06-05', 'planned')"
        )
        conn.execute("COMMIT")
        upgrade(conn, "head")
        assert conn.execute(
            "SELECT active_users, total_users, online_approvals, weekly_active, monthly_active,"
            " total_approvals FROM adoption_snapshot"
        ).fetchall() == [(12, 20, 30, None, None, None)]
        assert conn.execute("SELECT pain_point, decision FROM requirement").fetchall() == [
            ("报销单据多", "")
        ]
        assert conn.execute("SELECT planned_date, offset_days FROM communication").fetchall() == [
            ("2026-06-05", None)
        ]
    finally:
        conn.close()
