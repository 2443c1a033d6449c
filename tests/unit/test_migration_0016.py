"""0016 turns the prerequisites' free text into course links where it names one other
course, keeps what names none, and swaps the enrollment index for the covering one."""

from __future__ import annotations

from pathlib import Path

from oa_desk.store.migrations import upgrade
from oa_desk.store.sqlitefile import connect


def test_0016_links_the_courses_the_text_names_and_keeps_the_rest(tmp_path: Path) -> None:
    conn = connect(tmp_path / "old.oadesk", create=True)
    try:
        upgrade(conn, "0011")
        conn.execute("BEGIN")
        for cid, name, text in (
            (1, "OA 基础", ""),
            (2, "流程审批", "oa基础、 阅读手册"),  # case and spaces ignored; a book kept
            (3, "流程配置", "流程审批, OA 基础;流程配置"),  # itself: kept as text
            (4, "重名", ""),
            (5, "重名", ""),
            (6, "报表", "重名\n流程审批"),  # two courses of that name: kept
        ):
            conn.execute(
                "INSERT INTO course (id, name, tier, format, duration_hours, description,"
                " prerequisites) VALUES (?, ?, 'end_user', 'lecture', 2, '', ?)",
                (cid, name, text),
            )
        conn.execute("COMMIT")
        upgrade(conn, "head")
        assert conn.execute(
            "SELECT course_id, prerequisite_id FROM course_prerequisite"
            " ORDER BY course_id, prerequisite_id"
        ).fetchall() == [(2, 1), (3, 1), (3, 2), (6, 2)]
        assert conn.execute("SELECT id, prerequisites FROM course ORDER BY id").fetchall() == [
            (1, ""),
            (2, "阅读手册"),
            (3, "流程配置"),
            (4, ""),
            (5, ""),
            (6, "重名"),
        ]
        indexes = {
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'enrollment'"
            )
        }
        assert "ix_enrollment_person_cover" in indexes
        assert "ix_enrollment_person_id" not in indexes
    finally:
        conn.close()
