"""Department paths such as 总部/财务部/会计科: matched to the tree, or created.

A foreign sheet names departments by path (or by a name the plan has once);
a path the plan lacks becomes inserts of the preview, one per missing level,
each under the right parent and after its siblings.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from oa_desk.domain import checks
from oa_desk.exchange.changeset import ImportPreview, Insert, NewRow
from oa_desk.exchange.current import CurrentTable, department_paths, department_rows
from oa_desk.exchange.normalize import CellError, clean_code, raise_finding
from oa_desk.exchange.problems import ProblemCode
from oa_desk.exchange.schema import TABLES
from oa_desk.exchange.spec import sheet_by_table

__all__ = ["DepartmentPaths"]

_NAME_LENGTH = TABLES["department"].column("name").length


class DepartmentPaths:
    """Department paths to ids, creating the missing ones as inserts of the preview."""

    def __init__(self, departments: CurrentTable, preview: ImportPreview) -> None:
        self.preview = preview
        paths = department_paths(department_rows(departments))
        self.by_path: dict[str, int | NewRow] = {p: i for i, p in paths.items()}
        names: dict[str, list[int]] = defaultdict(list)
        for ident, path in paths.items():
            names[path.rsplit("/", 1)[-1]].append(ident)
        self.by_name = {n: ids[0] for n, ids in names.items() if len(ids) == 1}
        parent_pos, seq_pos = departments.pos("parent_id"), departments.pos("seq")
        self.next_seq: dict[Any, int] = defaultdict(int)
        for row in departments.rows.values():
            parent = row[parent_pos]
            self.next_seq[parent] = max(self.next_seq[parent], (row[seq_pos] or 0) + 1)
        spec = sheet_by_table("department")
        self.changes = preview.table("department", spec.title, {c.key: c for c in spec.columns})
        # A roster names the same few hundred departments on every row.
        self._normalised: dict[Any, str] = {}

    @staticmethod
    def normalise(text: Any) -> str:
        parts = re.split(r"\s*[/／\\>＞]\s*", clean_code(text))
        return "/".join(p for p in parts if p)

    def resolve(self, text: Any, row: int, create: bool = True) -> int | NewRow | None:
        path = self._normalised.get(text)
        if path is None:
            path = self.normalise(text)
            if len(self._normalised) < 100_000:
                self._normalised[text] = path
        if not path:
            return None
        found = self.by_path.get(path)
        if found is not None:
            return found
        if "/" not in path and path in self.by_name:
            return self.by_name[path]
        if not create:
            raise CellError(ProblemCode.NO_DEPARTMENT_WITH_PATH, key=path)
        parent: int | NewRow | None = None
        prefix = ""
        for name in path.split("/"):
            prefix = f"{prefix}/{name}" if prefix else name
            existing = self.by_path.get(prefix)
            if existing is None:
                raise_finding(checks.text_fits("name", name, _NAME_LENGTH))
                token = NewRow("department")
                seq = self.next_seq[parent]
                self.next_seq[parent] = seq + 1
                level = {"name": name, "parent_id": parent, "seq": seq}
                # Kept for the other rows naming it if ``row`` is left out (its values
                # then are the level's alone, not what a departments sheet's row adds).
                self.changes.inserts.append(Insert(row, level, token, prefix, bare=dict(level)))
                self.by_path[prefix] = token
                existing = token
            parent = existing
        return parent

    def insert_for(self, token: NewRow) -> Insert | None:
        return next((i for i in self.changes.inserts if i.token is token), None)
