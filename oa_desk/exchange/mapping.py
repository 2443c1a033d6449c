"""Column mapping for sheets OA Desk did not make: header row and a column per field.

:func:`propose_mapping` finds the header row below any title rows and proposes
a column for each field of the import kind from Chinese and English header
synonyms (工号 / 员工编号 / Employee ID ...), which each kind's module declares
(``oa_desk.exchange.foreign``). A :class:`ColumnMapping` is plain
data: :meth:`ColumnMapping.to_dict` / :meth:`ColumnMapping.from_dict` round-trip
through JSON, and :func:`layout_signature` names a file layout (its header row)
so the gui can remember the mapping the user confirmed for that layout.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from oa_desk.exchange.convert import normalise_header
from oa_desk.exchange.foreign.base import FieldSpec, ImportKind
from oa_desk.exchange.foreign.registry import KINDS
from oa_desk.exchange.sheets import RawSheet, column_letter

__all__ = [
    "KIND_FIELDS",
    "ColumnMapping",
    "FieldSpec",
    "ImportKind",
    "find_header_row",
    "layout_signature",
    "propose_mapping",
    "same_layout_sheets",
]


# Each kind's fields (with their header synonyms) live in the kind's module.
KIND_FIELDS: Mapping[ImportKind, tuple[FieldSpec, ...]] = MappingProxyType(
    {kind: spec.fields for kind, spec in KINDS.items()}
)


def layout_signature(headers: Sequence[Any]) -> str:
    """A stable name for a header row: the same layout gives the same signature."""
    names = [normalise_header(h) for h in headers]
    while names and not names[-1]:
        names.pop()
    return hashlib.sha256("\x1f".join(names).encode("utf-8")).hexdigest()[:16]


@dataclass
class ColumnMapping:
    """Which sheet column feeds each field; plain data the gui keeps in settings."""

    kind: ImportKind
    header_row: int  # 1-based, as Excel shows it
    columns: dict[str, int] = field(default_factory=dict)  # field key -> 0-based column
    headers: dict[str, str] = field(default_factory=dict)  # field key -> header text seen
    sheet: str | None = None
    signature: str = ""
    # Import the rows without errors and leave the others out (not remembered).
    skip_invalid: bool = False

    def letter(self, key: str) -> str:
        return column_letter(self.columns[key])

    def missing_required(self) -> list[FieldSpec]:
        return [f for f in KIND_FIELDS[self.kind] if f.required and f.key not in self.columns]

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "header_row": self.header_row,
            "columns": dict(self.columns),
            "headers": dict(self.headers),
            "sheet": self.sheet,
            "signature": self.signature,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ColumnMapping:
        return cls(
            ImportKind(data["kind"]),
            int(data["header_row"]),
            {str(k): int(v) for k, v in dict(data.get("columns", {})).items()},
            {str(k): str(v) for k, v in dict(data.get("headers", {})).items()},
            data.get("sheet"),
            str(data.get("signature", "")),
        )


def _synonyms(kind: ImportKind) -> dict[str, str]:
    table: dict[str, str] = {}
    for spec in KIND_FIELDS[kind]:
        for name in (*spec.synonyms, spec.label):
            table.setdefault(normalise_header(name), spec.key)
    return table


def _score_row(row: Sequence[Any], synonyms: Mapping[str, str]) -> int:
    keys = {synonyms.get(normalise_header(v)) for v in row if isinstance(v, str) and v.strip()}
    keys.discard(None)
    return len(keys)


def find_header_row(sheet: RawSheet, kind: ImportKind, scan: int = 30) -> int | None:
    """0-based index of the row that best matches the kind's header names, if any."""
    synonyms = _synonyms(kind)
    best, best_score = None, 0
    for index, row in enumerate(sheet.rows[:scan]):
        score = _score_row(row, synonyms)
        if score > best_score:
            best, best_score = index, score
    return best


def propose_mapping(sheet: RawSheet, kind: ImportKind) -> ColumnMapping:
    """Header row and a column for each field whose header matches a synonym.

    Exact matches win; then a header that contains a synonym ("员工工号(必填)").
    Each column feeds at most one field.
    """
    header_index = find_header_row(sheet, kind)
    if header_index is None:
        return ColumnMapping(kind, 1, sheet=sheet.name, signature="")
    header = sheet.rows[header_index]
    synonyms = _synonyms(kind)
    columns: dict[str, int] = {}
    used: set[int] = set()
    for index, text in enumerate(header):
        key = synonyms.get(normalise_header(text)) if isinstance(text, str) else None
        if key and key not in columns:
            columns[key] = index
            used.add(index)
    for spec in KIND_FIELDS[kind]:
        if spec.key in columns:
            continue
        names = sorted({normalise_header(s) for s in spec.synonyms}, key=len, reverse=True)
        for index, text in enumerate(header):
            if index in used or not isinstance(text, str):
                continue
            norm = normalise_header(text)
            if any(len(n) >= 2 and n in norm for n in names):
                columns[spec.key] = index
                used.add(index)
                break
    headers = {k: str(header[i]) for k, i in columns.items()}
    return ColumnMapping(
        kind, header_index + 1, columns, headers, sheet.name, layout_signature(header)
    )


def reuse_mapping(sheet: RawSheet, saved: ColumnMapping) -> ColumnMapping:
    """A remembered mapping applied to ``sheet``: columns are found again by header text."""
    proposed = propose_mapping(sheet, saved.kind)
    row = saved.header_row - 1
    if row >= len(sheet.rows):
        return proposed
    header = sheet.rows[row]
    by_text = {normalise_header(v): i for i, v in enumerate(header) if v not in ("", None)}
    columns: dict[str, int] = {}
    for key, text in saved.headers.items():
        index = by_text.get(normalise_header(text))
        if index is None and key in saved.columns and saved.columns[key] < len(header):
            index = saved.columns[key]
        if index is not None:
            columns[key] = index
    headers = {k: str(header[i]) for k, i in columns.items()}
    return ColumnMapping(
        saved.kind, saved.header_row, columns, headers, sheet.name, layout_signature(header)
    )


def same_layout_sheets(sheets: Sequence[RawSheet], mapping: ColumnMapping) -> list[str]:
    """The names of the sheets other than ``mapping``'s whose headers are the same (a
    workbook with one roster sheet per department), as :func:`propose_mapping` finds them."""
    if not mapping.signature:
        return []
    return [
        s.name
        for s in sheets
        if s.name != mapping.sheet
        and propose_mapping(s, mapping.kind).signature == mapping.signature
    ]
