"""0011 adds the training fields and keeps every course, session and enrollment: a session
already over with attendance recorded is held, the rest planned; nobody is waitlisted."""

from __future__ import annotations

from pathlib import Path

from oa_desk.store.migrations import upgrade
from oa_desk.store.sqlitefile import connect


def test_0011_keeps_the_training_rows_and_marks_past_sessions_held(tmp_path: Path) -> None:
    conn = connect(tmp_path / "old.oadesk", create=True)
    try:
        upgrade(conn, "0007")
        conn.execute("BEGIN")
        conn.execute(
            "INSERT INTO course (id, name, tier, format, duration_hours, pass_mark, description)"
            " VALUES (1, '流程审批', 'end_user', 'lecture', 2, 60, '')"
        )
        conn.execute(
            "INSERT INTO person (id, employee_no, name, title, email, phone, tier, active)"
            " VALUES (1, '00042', '张三', '', '', '', 'end_user', 1)"
        )
        for sid, day in ((1, "2025-01-06"), (2, "2025-01-07"), (3, "2999-01-06")):
            conn.execute(
                "INSERT INTO training_session (id, course_id, starts_at, ends_at, location,"
                f" capacity) VALUES ({sid}, 1, '{day} 09:00:00', '{day} 11:00:00', '多功能厅', 30)"
            )
        conn.execute(
            "INSERT INTO enrollment (id, session_id, person_id, attendance, score, passed)"
            " VALUES (1, 1, 1, 'present', 80, 1), (2, 3, 1, NULL, NULL, NULL)"
        )
        conn.execute("COMMIT")
        upgrade(conn, "head")
        assert conn.execute("SELECT id, status FROM training_session ORDER BY id").fetchall() == [
            (1, "held"),
            (2, "planned"),  # over, but nobody's attendance recorded: the PM decides
            (3, "planned"),
        ]
        assert conn.execute(
            "SELECT id, attendance, score, waitlisted FROM enrollment ORDER BY id"
        ).fetchall() == [(1, "present", 80.0, 0), (2, None, None, 0)]
        assert conn.execute(
            "SELECT modules, materials_url, prerequisites FROM course"
        ).fetchall() == [("", "", "")]
    finally:
        conn.close()
