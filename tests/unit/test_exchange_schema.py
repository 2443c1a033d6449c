"""exchange's plain-data copy of the schema is the schema (generated, kept in step)."""

from __future__ import annotations

from pathlib import Path

from oa_desk.exchange import schema
from oa_desk.store import describe, models


def test_generated_schema_is_up_to_date() -> None:
    expected = describe.render(describe.describe())
    current = Path(schema.__file__).read_text(encoding="utf-8")
    assert current == expected, (
        "oa_desk/exchange/schema.py is out of date: run python -m oa_desk.store.describe"
    )


def test_schema_names_every_table_and_column() -> None:
    assert list(schema.TABLES) == [t.name for t in models.TABLES]
    for table in models.TABLES:
        described = schema.TABLES[table.name]
        assert [c.name for c in described.columns] == [c.name for c in table.columns]


def test_schema_keeps_what_the_workbook_needs() -> None:
    person = schema.TABLES["person"]
    assert person.column("employee_no").length == 50
    assert ("employee_no",) in person.unique
    assert person.column("department_id").ref == "department"
    task = schema.TABLES["task"]
    assert task.column("phase").enum is not None and task.column("phase").kind == "enum"
    assert task.column("duration").default == 1
    assert task.column("notes").length is None  # unbounded text
    assert task.column("start").kind == "date" and task.column("start").nullable
