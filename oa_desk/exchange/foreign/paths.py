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
    """Department paths to ids, creating the missing ones as inserts of the preview.

    A path names the department whose whole path it is, or else the one department
    whose path ends with it (运维科, 信息技术部/运维科 for 集团总部/信息技术部/运维科);
    one that ends more than one is refused, naming them. A path that names nothing is
    created under the longest part of it that does (信息技术部/新科 under
    集团总部/信息技术部), or at the top.
    """

    def __init__(self, departments: CurrentTable, preview: ImportPreview) -> None:
        self.preview = preview
        paths = department_paths(department_rows(departments))
        self.by_path: dict[str, int | NewRow] = {}
        # A path's endings ("b/c" and "c" of "a/b/c") -> the paths that end so.
        self.endings: dict[str, list[str]] = defaultdict(list)
        for ident, path in paths.items():
            self._add(path, ident)
        parent_pos, seq_pos = departments.pos("parent_id"), departments.pos("seq")
        self.next_seq: dict[Any, int] = defaultdict(int)
        for row in departments.rows.values():
            parent = row[parent_pos]
            self.next_seq[parent] = max(self.next_seq[parent], (row[seq_pos] or 0) + 1)
        spec = sheet_by_table("department")
        self.changes = preview.table("department", spec.title, {c.key: c for c in spec.columns})
        # A roster names the same few hundred departments on every row.
        self._normalised: dict[Any, str] = {}

    def _add(self, path: str, ref: int | NewRow) -> None:
        self.by_path[path] = ref
        parts = path.split("/")
        for start in range(len(parts)):
            self.endings["/".join(parts[start:])].append(path)

    @staticmethod
    def normalise(text: Any) -> str:
        parts = re.split(r"\s*[/／\\>＞]\s*", clean_code(text))
        return "/".join(p for p in parts if p)

    def _found(self, path: str) -> str | None:
        """The whole path of the department ``path`` names: its own, or the one path
        ending with it."""
        if path in self.by_path:
            return path
        ending = self.endings.get(path, ())
        if len(ending) > 1:
            shown = sorted(ending)
            paths = "; ".join(shown[:5]) + ("…" if len(shown) > 5 else "")
            raise CellError(ProblemCode.DEPARTMENT_AMBIGUOUS, key=path, paths=paths)
        return ending[0] if ending else None

    def resolve(self, text: Any, row: int, create: bool = True) -> int | NewRow | None:
        path = self._normalised.get(text)
        if path is None:
            path = self.normalise(text)
            if len(self._normalised) < 100_000:
                self._normalised[text] = path
        if not path:
            return None
        found = self._found(path)
        if found is not None:
            return self.by_path[found]
        if not create:
            raise CellError(ProblemCode.NO_DEPARTMENT_WITH_PATH, key=path)
        names = path.split("/")
        parent: int | NewRow | None = None
        prefix = ""
        for cut in range(len(names) - 1, 0, -1):  # the longest part naming a department
            head = self._found("/".join(names[:cut]))
            if head is not None:
                parent, prefix, names = self.by_path[head], head, names[cut:]
                break
        for name in names:
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
                self._add(prefix, token)
                existing = token
            parent = existing
        return parent

    def insert_for(self, token: NewRow) -> Insert | None:
        return next((i for i in self.changes.inserts if i.token is token), None)
