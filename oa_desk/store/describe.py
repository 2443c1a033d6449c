"""The schema as plain data, and the generated module that gives it to ``exchange``.

``exchange`` turns files into plain data and back and knows nothing of the
database, not even SQLAlchemy; the plan workbook's layout still needs each
column's type, length, nullability, default, enumeration, reference and the
unique keys. :func:`describe` reads them from :mod:`oa_desk.store.models`;
``python -m oa_desk.store.describe`` writes them as ``oa_desk/exchange/schema.py``
(kept in step by ``tests/unit/test_exchange_schema.py``, like the Designer forms).
Run it after every change to the models.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Enum,
    Float,
    Integer,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.types import TypeEngine

from oa_desk.domain import enums
from oa_desk.store import models

__all__ = ["ColumnInfo", "TableInfo", "describe", "render", "target"]


@dataclass(frozen=True)
class ColumnInfo:
    name: str
    kind: str  # int, text, float, date, datetime, bool, enum
    nullable: bool
    default: str | int | float | bool | None = None  # a constant default, else None
    length: int | None = None  # characters, for bounded text
    enum: str | None = None  # the class's name in oa_desk.domain.enums
    ref: str | None = None  # the table a foreign key refers to


@dataclass(frozen=True)
class TableInfo:
    name: str
    columns: tuple[ColumnInfo, ...]
    unique: tuple[tuple[str, ...], ...]  # unique keys: constraints, then unique columns


def _base_type(sa_type: TypeEngine[object]) -> TypeEngine[object]:
    while isinstance(sa_type, TypeDecorator):
        sa_type = sa_type.impl_instance
    return sa_type


def _type_name(table: Table, column: str, sa_type: TypeEngine[object]) -> str:
    # Order matters: DateTime before Date, Boolean before Integer.
    for kind, name in (
        (Enum, "enum"),
        (Boolean, "bool"),
        (DateTime, "datetime"),
        (Date, "date"),
        (Integer, "int"),
        (Float, "float"),
        (String, "text"),
        (Text, "text"),
    ):
        if isinstance(sa_type, kind):
            return name
    raise TypeError(f"{table.name}.{column}: unsupported type {sa_type!r}")


def _column(table: Table, name: str) -> ColumnInfo:
    col = table.c[name]
    sa_type = _base_type(col.type)
    kind = _type_name(table, name, sa_type)
    enum_name = None
    if isinstance(sa_type, Enum):
        enum_cls: type[object] | None = sa_type.enum_class
        enum_name = enum_cls.__name__ if enum_cls is not None else ""
        if getattr(enums, enum_name, None) is not enum_cls:
            raise TypeError(f"{table.name}.{name}: enumerations come from oa_desk.domain.enums")
    default = None
    arg = getattr(col.default, "arg", None)
    if arg is not None and not callable(arg):
        default = arg.value if isinstance(arg, StrEnum) else arg
    # An enumeration's length follows from its values; text's is a rule to check.
    length = sa_type.length if isinstance(sa_type, String) and enum_name is None else None
    fks = list(col.foreign_keys)
    return ColumnInfo(
        name,
        kind,
        bool(col.nullable),
        default,
        length,
        enum_name,
        fks[0].column.table.name if fks else None,
    )


def _unique(table: Table) -> tuple[tuple[str, ...], ...]:
    keys: list[tuple[str, ...]] = []
    for constraint in table.constraints:
        if isinstance(constraint, UniqueConstraint):
            keys.append(tuple(c.name for c in constraint.columns))
    for col in table.columns:
        if col.unique:
            keys.append((col.name,))
    return tuple(dict.fromkeys(keys))


def describe() -> dict[str, TableInfo]:
    """Every table of the plan, parents first, with its columns in schema order."""
    return {
        table.name: TableInfo(
            table.name, tuple(_column(table, c.name) for c in table.columns), _unique(table)
        )
        for table in models.TABLES
    }


# ---------------------------------------------------------------------------
# The generated module


_HEADER = '''\
"""The plan schema's tables and columns as plain data, for the workbook layout.

Generated from oa_desk.store.models by ``python -m oa_desk.store.describe``:
do not edit. tests/unit/test_exchange_schema.py fails when it is out of date.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import NamedTuple

from oa_desk.domain import enums

__all__ = ["TABLES", "SchemaColumn", "SchemaTable"]


class SchemaColumn(NamedTuple):
    name: str
    kind: str  # int, text, float, date, datetime, bool, enum
    nullable: bool
    default: str | int | float | bool | None = None
    length: int | None = None
    enum: type[StrEnum] | None = None
    ref: str | None = None  # the table a foreign key refers to


class SchemaTable(NamedTuple):
    name: str
    columns: tuple[SchemaColumn, ...]
    unique: tuple[tuple[str, ...], ...] = ()

    def column(self, name: str) -> SchemaColumn:
        for col in self.columns:
            if col.name == name:
                return col
        raise KeyError(f"{self.name}.{name}")


'''


def _literal(value: object) -> str:
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return repr(value)


def _call(indent: int, name: str, args: list[str], suffix: str = ",") -> list[str]:
    """``name(args)`` split the way ruff format splits a call that is too long."""
    pad = " " * indent
    one = f"{pad}{name}({', '.join(args)}){suffix}"
    if len(one) <= _WIDTH:
        return [one]
    inner = f"{pad}    {', '.join(args)}"
    if len(inner) <= _WIDTH:
        return [f"{pad}{name}(", inner, f"{pad}){suffix}"]
    return [f"{pad}{name}(", *(f"{pad}    {a}," for a in args), f"{pad}){suffix}"]


_WIDTH = 100


def _render_column(col: ColumnInfo) -> list[str]:
    args = [_literal(col.name), _literal(col.kind), repr(col.nullable)]
    if col.default is not None:
        args.append(f"default={_literal(col.default)}")
    if col.length is not None:
        args.append(f"length={col.length}")
    if col.enum is not None:
        args.append(f"enum=enums.{col.enum}")
    if col.ref is not None:
        args.append(f"ref={_literal(col.ref)}")
    return _call(16, "SchemaColumn", args)


def _tuple(items: list[str]) -> str:
    return f"({items[0]},)" if len(items) == 1 else f"({', '.join(items)})"


def _render_unique(keys: tuple[tuple[str, ...], ...]) -> str:
    inner = _tuple([_tuple([_literal(k) for k in key]) for key in keys])
    return f"unique={inner}," if keys else ""


def render(tables: dict[str, TableInfo]) -> str:
    """The source of ``oa_desk/exchange/schema.py`` (formatted as ruff formats it)."""
    lines = [
        _HEADER.rstrip("\n"),
        "",
        "",
        "TABLES: Mapping[str, SchemaTable] = MappingProxyType(",
        "    {",
    ]
    for table in tables.values():
        lines.append(f"        {_literal(table.name)}: SchemaTable(")
        lines.append(f"            {_literal(table.name)},")
        lines.append("            (")
        for col in table.columns:
            lines.extend(_render_column(col))
        lines.append("            ),")
        unique = _render_unique(table.unique)
        if unique:
            lines.append(f"            {unique}")
        lines.append("        ),")
    lines.extend(["    }", ")", ""])
    return "\n".join(lines)


def target() -> Path:
    """Where the generated module lives in a source checkout."""
    return Path(__file__).resolve().parents[1] / "exchange" / "schema.py"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="exit 1 if the module is stale")
    args = parser.parse_args(argv)
    text = render(describe())
    path = target()
    if args.check:
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != text:
            print(f"{path} is out of date: run python -m oa_desk.store.describe", file=sys.stderr)
            return 1
        return 0
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
