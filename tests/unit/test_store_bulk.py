"""store.bulk: generated rows by table and column name, names checked against the schema."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from oa_desk.store.bulk import bulk_write, stored_datetime
from oa_desk.store.planfile import create_plan, open_plan


def test_rows_are_written_in_one_transaction_and_names_are_checked(tmp_path: Path) -> None:
    path = tmp_path / "bulk.oadesk"
    create_plan(path, name="批量")
    with open_plan(path, snapshot=False) as store:
        with bulk_write(store) as out:
            assert (
                out.insert(
                    "wave",
                    (
                        "id",
                        "name",
                        "seq",
                        "is_pilot",
                        "gate_criteria",
                        "gate_decision",
                        "gate_notes",
                    ),
                    [(1, "试点", 0, 1, "", "pending", ""), (2, "第一批", 1, 0, "", "pending", "")],
                )
                == 2
            )
            out.update("plan", 1, {"name": "批量计划"})
            out.update_column("wave", "gate_notes", [("同意", 1)])
        for bad_table, bad_column in (("waves", "name"), ("wave", "title")):
            with pytest.raises(KeyError), bulk_write(store) as out:
                out.insert(
                    "wave",
                    (
                        "id",
                        "name",
                        "seq",
                        "is_pilot",
                        "gate_criteria",
                        "gate_decision",
                        "gate_notes",
                    ),
                    [(3, "第二批", 2, 0, "", "pending", "")],
                )
                out.insert(bad_table, (bad_column,), [("x",)])
        with store.read_raw() as conn:
            assert conn.execute("SELECT id, gate_notes FROM wave ORDER BY id").fetchall() == [
                (1, "同意"),
                (2, ""),
            ]  # the refused batches wrote nothing, not even their valid first insert
            assert conn.execute("SELECT name FROM plan").fetchone() == ("批量计划",)


def test_stored_datetime_is_what_sqlalchemy_reads_back() -> None:
    assert stored_datetime(dt.datetime(2026, 3, 5, 9, 30)) == "2026-03-05 09:30:00.000000"
