"""Previews of imports from sheets OA Desk did not make (rosters, usage exports...).

Rows are matched to the plan by a natural key (employee number; department
path; department + date ...): a match updates only the mapped fields that
differ, anything else is added. Department paths such as 总部/财务部/会计科
match the tree or create the missing departments. Nothing is written here.
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Mapping
from operator import itemgetter
from pathlib import Path
from typing import Any

from oa_desk.exchange.changeset import (
    ImportPreview,
    Insert,
    NewRow,
    Severity,
    Update,
    db_to_py,
    same_value,
    take_fingerprint,
)
from oa_desk.exchange.convert import converter, normalise_header
from oa_desk.exchange.mapping import KIND_FIELDS, ColumnMapping, FieldSpec, ImportKind
from oa_desk.exchange.normalize import CellError, cell_text, clean_code, parse_employee_no
from oa_desk.exchange.plan_rows import department_paths
from oa_desk.exchange.problems import ProblemCode
from oa_desk.exchange.progress import Job, ensure_job
from oa_desk.exchange.sheets import RawSheet, column_letter, zero_pad_width
from oa_desk.exchange.spec import ColType, Column, sheet_by_table

__all__ = ["preview_foreign"]

_ACTIVE = {
    "在职": True,
    "正式": True,
    "试用": True,
    "active": True,
    "离职": False,
    "停用": False,
    "退休": False,
    "inactive": False,
    "left": False,
}
_CODE_LIKE = {"phone", "email", "code", "head", "raised_by", "owner", "ref", "wbs"}
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:d|days?|天|个?工作日|工作天)?\s*$", re.I)


class _Departments:
    """Department paths to ids, creating the missing ones as inserts of the preview."""

    def __init__(self, conn: sqlite3.Connection, preview: ImportPreview) -> None:
        self.preview = preview
        self.by_path: dict[str, int | NewRow] = {p: i for i, p in department_paths(conn).items()}
        names: dict[str, list[int]] = defaultdict(list)
        for path, ident in self.by_path.items():
            names[path.rsplit("/", 1)[-1]].append(ident)  # type: ignore[arg-type]
        self.by_name = {n: ids[0] for n, ids in names.items() if len(ids) == 1}
        self.next_seq: dict[Any, int] = defaultdict(int)
        for _id, parent, seq in conn.execute("SELECT id, parent_id, seq FROM department"):
            self.next_seq[parent] = max(self.next_seq[parent], (seq or 0) + 1)
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
                token = NewRow("department")
                seq = self.next_seq[parent]
                self.next_seq[parent] = seq + 1
                self.changes.inserts.append(
                    Insert(row, {"name": name, "parent_id": parent, "seq": seq}, token, prefix)
                )
                self.by_path[prefix] = token
                existing = token
            parent = existing
        return parent

    def insert_for(self, token: NewRow) -> Insert | None:
        return next((i for i in self.changes.inserts if i.token is token), None)


class _Foreign:
    def __init__(
        self,
        conn: sqlite3.Connection,
        sheet: RawSheet,
        mapping: ColumnMapping,
        source: Path,
        formats: dict[int, str],
        job: Job,
    ) -> None:
        self.conn = conn
        self.sheet = sheet
        self.mapping = mapping
        self.job = job
        self.formats = formats
        self.preview = ImportPreview(source, mapping.kind.value)
        self.departments = _Departments(conn, self.preview)
        self.fields = {f.key: f for f in KIND_FIELDS[mapping.kind]}
        self.convs: dict[str, Callable[[Any], Any]] = {
            key: converter(
                Column(
                    key, f.zh, f.en, f.kind, enum=f.enum, low=0 if f.kind is ColType.INT else None
                ),
                verbatim_text=False,
            )
            for key, f in self.fields.items()
        }
        for key in _CODE_LIKE & set(self.convs):
            self.convs[key] = clean_code  # full-width digits and letters to ASCII
        self.people: dict[str, int] | None = None
        self.number_warned: set[str] = set()
        self.required = [k for k, f in self.fields.items() if f.required and k in mapping.columns]
        col = mapping.columns.get("employee_no")
        self.employee_width = zero_pad_width(formats.get(col, "")) if col is not None else None

    # -- cells -------------------------------------------------------------------

    def problem(
        self,
        row: int,
        key: str | None,
        value: Any,
        code: ProblemCode,
        params: Mapping[str, object] | None = None,
        severity: Severity = Severity.ERROR,
    ) -> None:
        col = self.mapping.columns.get(key) if key else None
        header = self.mapping.headers.get(key, self.fields[key].label) if key else None
        self.preview.error(
            self.sheet.name,
            row,
            column_letter(col) if col is not None else None,
            header,
            value,
            code,
            params,
            severity,
        )

    def cell_problem(self, row: int, key: str | None, value: Any, exc: CellError) -> None:
        self.problem(row, key, value, exc.code, exc.params)

    def rows(self) -> list[tuple[int, dict[str, Any]]]:
        """(Excel row, raw value per mapped field) for each data row below the header."""
        header = [normalise_header(v) for v in self.sheet.rows[self.mapping.header_row - 1]]
        keys = list(self.mapping.columns)
        cols = list(self.mapping.columns.values())
        if not keys:
            return []
        probe_col = cols[0]
        probe = header[probe_col] if probe_col < len(header) else ""
        # ASCII text normalises to ASCII, so it can never repeat a non-ASCII header
        # such as 工号: skip normalising those cells (employee numbers) on every row.
        probe_ascii = probe.isascii()
        widest = max(cols)
        take = itemgetter(*cols) if len(cols) > 1 else (lambda r: (r[probe_col],))
        out = []
        for index in range(self.mapping.header_row, len(self.sheet.rows)):
            raw = self.sheet.rows[index]
            if len(raw) > widest:
                cells = take(raw)
            else:
                cells = tuple(raw[c] if c < len(raw) else "" for c in cols)
            first = cells[0]
            if not (first.strip() if type(first) is str else first is not None) and not any(
                v.strip() if type(v) is str else v is not None for v in cells
            ):
                continue  # blank in every mapped column
            if (
                isinstance(first, str)
                and (probe_ascii or not first.isascii())
                and normalise_header(first) == probe
                and [normalise_header(v) for v in raw] == header
            ):
                continue  # a header repeated on every printed page
            out.append((index + 1, dict(zip(keys, cells, strict=True))))
        return out

    def convert(self, row: int, raw: dict[str, Any]) -> dict[str, Any] | None:
        values: dict[str, Any] = {}
        ok = True
        convs = self.convs
        for key, value in raw.items():
            try:
                if key == "employee_no":
                    values[key] = self.employee_no(row, value)
                elif key == "active":
                    values[key] = self.active(value)
                else:
                    values[key] = convs[key](value)
            except CellError as exc:
                self.cell_problem(row, key, value, exc)
                ok = False
        for key in self.required:
            if values.get(key) in (None, ""):
                if ok:
                    self.problem(row, key, raw.get(key, ""), ProblemCode.VALUE_REQUIRED)
                ok = False
        return values if ok else None

    def active(self, value: Any) -> Any:
        """在职 / 离职 and the like, else yes or no."""
        word = _ACTIVE.get(clean_code(value).lower())
        return word if word is not None else self.convs["active"](value)

    def employee_no(self, row: int, value: Any) -> str:
        width = self.employee_width
        text, was_number = parse_employee_no(value, width)
        if was_number and not width and "employee_no" not in self.number_warned:
            self.number_warned.add("employee_no")
            self.problem(
                row,
                "employee_no",
                value,
                ProblemCode.EMPLOYEE_NO_AS_NUMBER,
                severity=Severity.WARNING,
            )
        return text

    def person(self, row: int, key: str, value: Any) -> int | None:
        if value in ("", None):
            return None
        if self.people is None:
            self.people = {}
            names: dict[str, list[int]] = defaultdict(list)
            for ident, number, name in self.conn.execute(
                "SELECT id, employee_no, name FROM person"
            ):
                self.people[number] = ident
                names[name.strip()].append(ident)
            for name, ids in names.items():
                if len(ids) == 1 and name not in self.people:
                    self.people[name] = ids[0]
        text = clean_code(cell_text(value))
        found = self.people.get(text)
        if found is None:
            self.problem(row, key, value, ProblemCode.NO_PERSON_NAMED, {"key": text})
        return found

    def department(self, row: int, key: str, value: Any) -> int | NewRow | None:
        try:
            return self.departments.resolve(value, row)
        except CellError as exc:
            self.cell_problem(row, key, value, exc)
            return None

    # -- matching ------------------------------------------------------------------

    def merge(
        self,
        table: str,
        key_cols: tuple[str, ...],
        rows: list[tuple[int, dict[str, Any], tuple[Any, ...]]],
        defaults: dict[str, Any],
    ) -> None:
        """Match (row, values, key) to the table by key; updates and inserts into the preview."""
        spec = sheet_by_table(table)
        cols = {c.key: c for c in spec.columns}
        changes = self.preview.table(table, spec.title, cols)
        names = [c.key for c in spec.table_columns] + (["parent_id", "seq"] if spec.tree else [])
        names = list(dict.fromkeys(n for n in names if n != "id"))
        kinds = [cols[n].kind if n in cols else ColType.INT for n in names]
        existing: dict[tuple[Any, ...], tuple[int, dict[str, Any]]] = {}
        select = ", ".join(f'"{n}"' for n in names)
        for raw in self.conn.execute(f'SELECT id, {select} FROM "{table}"'):
            values = {n: db_to_py(v, k) for n, v, k in zip(names, raw[1:], kinds, strict=True)}
            existing[tuple(values[k] for k in key_cols)] = (raw[0], values)
        seen: dict[tuple[Any, ...], int] = {}
        self.job.stage(f"Matching {spec.title}", len(rows))
        label_keys = ("employee_no", "name", "pain_point")
        advance = self.job.advance
        for excel_row, values, key in rows:
            advance()
            if key in seen:
                self.problem(
                    excel_row,
                    next(iter(self.mapping.columns), None),
                    ", ".join(cell_text(k) for k in key if not isinstance(k, NewRow)),
                    ProblemCode.DUPLICATE_ROW,
                    {"row": seen[key], "table": spec.title},
                )
                continue
            seen[key] = excel_row
            label = " ".join(
                [v if type(v) is str else cell_text(v) for k in label_keys if (v := values.get(k))]
            ) or ", ".join(cell_text(k) for k in key if not isinstance(k, NewRow))
            found = existing.get(key)
            if found is None:
                changes.inserts.append(
                    Insert(excel_row, {**defaults, **values}, NewRow(table), label)
                )
                continue
            ident, old = found
            fields = {
                k: (old[k], v)
                for k, v in values.items()
                if k in old
                and not same_value(old[k], v, cols[k].kind if k in cols else ColType.INT)
            }
            if fields:
                changes.updates.append(Update(ident, excel_row, fields, label))
        take_fingerprint(self.conn, self.preview)

    # -- kinds ---------------------------------------------------------------------

    def run(self) -> ImportPreview:
        missing = self.mapping.missing_required()
        if missing:
            for field in missing:
                self.preview.error(
                    self.sheet.name,
                    self.mapping.header_row,
                    None,
                    field.label,
                    "",
                    ProblemCode.COLUMN_NOT_MAPPED,
                    {"field": field.label},
                )
            return self.preview
        getattr(self, f"_{self.mapping.kind.value}")()
        if not self.departments.changes.inserts:
            self.preview.tables.pop("department", None)
        for name in [n for n, t in self.preview.tables.items() if not t]:
            del self.preview.tables[name]
        take_fingerprint(self.conn, self.preview)
        return self.preview

    def _converted(self) -> list[tuple[int, dict[str, Any]]]:
        out = []
        raw_rows = self.rows()
        self.job.stage(f"Checking {self.sheet.name}", len(raw_rows))
        for excel_row, raw in raw_rows:
            self.job.advance()
            values = self.convert(excel_row, raw)
            if values is not None:
                out.append((excel_row, values))
        return out

    def _people(self) -> None:
        rows = []
        optional = [
            k for k in ("title", "email", "phone", "tier", "active") if k in self.mapping.columns
        ]
        for excel_row, v in self._converted():
            values: dict[str, Any] = {"employee_no": v["employee_no"], "name": v["name"]}
            for key in optional:
                value = v.get(key)
                if value is not None and value != "":  # a blank cell keeps what the plan has
                    values[key] = value
            if "department" in v:
                values["department_id"] = self.department(excel_row, "department", v["department"])
            rows.append((excel_row, values, (values["employee_no"],)))
        self.merge(
            "person",
            ("employee_no",),
            rows,
            {"title": "", "email": "", "phone": "", "tier": "end_user", "active": True},
        )

    def _departments(self) -> None:
        spec_changes = self.departments.changes
        for excel_row, v in self._converted():
            path = self.departments.normalise(v["path"])
            if v.get("parent"):
                path = f"{self.departments.normalise(v['parent'])}/{path}"
            ref = self.department(excel_row, "path", path)
            if ref is None:
                continue
            values: dict[str, Any] = {}
            for key in ("code", "headcount"):
                if v.get(key) is not None:
                    values[key] = v[key]
            if v.get("head"):
                head = self.person(excel_row, "head", v["head"])
                if head is not None:
                    values["head_id"] = head
            if isinstance(ref, NewRow):
                insert = self.departments.insert_for(ref)
                if insert is not None:
                    insert.values.update(values)
                    insert.row = excel_row
                continue
            old = dict(
                zip(
                    ("code", "headcount", "head_id"),
                    self.conn.execute(
                        "SELECT code, headcount, head_id FROM department WHERE id = ?", (ref,)
                    ).fetchone(),
                    strict=True,
                )
            )
            fields = {k: (old[k], n) for k, n in values.items() if old[k] != n}
            if fields:
                spec_changes.updates.append(Update(ref, excel_row, fields, path))

    def _requirements(self) -> None:
        rows = []
        for excel_row, v in self._converted():
            values: dict[str, Any] = {"pain_point": v["pain_point"]}
            for key in ("description", "module", "priority", "fit", "status", "raised_on"):
                if v.get(key) not in (None, ""):
                    values[key] = v[key]
            values["department_id"] = (
                self.department(excel_row, "department", v["department"])
                if v.get("department")
                else None
            )
            if v.get("raised_by"):
                values["raised_by_id"] = self.person(excel_row, "raised_by", v["raised_by"])
            rows.append((excel_row, values, (values["department_id"], values["pain_point"])))
        self.merge(
            "requirement",
            ("department_id", "pain_point"),
            rows,
            {
                "description": "",
                "module": "workflow",
                "priority": "should",
                "fit": "standard",
                "status": "new",
            },
        )

    def _adoption(self) -> None:
        rows = []
        for excel_row, v in self._converted():
            dept = self.department(excel_row, "department", v["department"])
            if dept is None:
                continue
            values: dict[str, Any] = {
                "department_id": dept,
                "day": v["day"],
                "active_users": v["active_users"],
            }
            for key in ("total_users", "online_approvals"):
                if v.get(key) is not None:
                    values[key] = v[key]
            total = values.get("total_users", values["active_users"])
            if values["active_users"] > total:
                self.problem(
                    excel_row,
                    "active_users",
                    v["active_users"],
                    ProblemCode.ACTIVE_OVER_TOTAL,
                    {"active": values["active_users"], "total": total},
                )
                continue
            values.setdefault("total_users", total)
            rows.append((excel_row, values, (dept, v["day"])))
        self.merge("adoption_snapshot", ("department_id", "day"), rows, {"online_approvals": 0})

    def _feedback(self) -> None:
        rows = []
        for excel_row, v in self._converted():
            satisfaction = v.get("satisfaction")
            if satisfaction is not None and not 1 <= satisfaction <= 5:
                self.problem(
                    excel_row,
                    "satisfaction",
                    satisfaction,
                    ProblemCode.SATISFACTION_RANGE,
                )
                continue
            dept = (
                self.department(excel_row, "department", v["department"])
                if v.get("department")
                else None
            )
            values: dict[str, Any] = {
                "department_id": dept,
                "day": v["day"],
                "channel": v.get("channel") or "questionnaire",
            }
            for key in ("respondents", "satisfaction", "comments"):
                if v.get(key) not in (None, ""):
                    values[key] = v[key]
            rows.append((excel_row, values, (dept, v["day"], values["channel"])))
        self.merge(
            "feedback_round",
            ("department_id", "day", "channel"),
            rows,
            {"respondents": 0, "comments": ""},
        )

    def _tasks(self) -> None:
        converted = self._converted()
        nodes = self.conn.execute("SELECT id, parent_id, seq, name FROM task").fetchall()
        names = {i: n for i, _p, _s, n in nodes}
        parents = {i: p for i, p, _s, _n in nodes}
        paths: dict[int, str] = {}
        for ident in names:
            chain: list[str] = []
            node: int | None = ident
            while node is not None and node in names and len(chain) < 100:
                chain.append(names[node])
                node = parents.get(node)
            paths[ident] = "/".join(reversed(chain))
        by_path: dict[str, int | NewRow] = {p: i for i, p in paths.items()}
        next_seq: dict[Any, int] = defaultdict(int)
        for _i, p, s, _n in nodes:
            next_seq[p] = max(next_seq[p], (s or 0) + 1)
        spec = sheet_by_table("task")
        changes = self.preview.table("task", spec.title, {c.key: c for c in spec.columns})
        fraction = all((v.get("progress") or 0) <= 1 for _r, v in converted)
        stack: list[tuple[int, int | NewRow, str]] = []
        refs: dict[str, int | NewRow] = {}
        links: list[tuple[int, int | NewRow, str]] = []
        for excel_row, v in converted:
            level = v.get("level") or (len(str(v["wbs"]).split(".")) if v.get("wbs") else 1)
            while stack and stack[-1][0] >= level:
                stack.pop()
            parent = stack[-1][1] if stack else None
            path = f"{stack[-1][2]}/{v['name']}" if stack else v["name"]
            values: dict[str, Any] = {"name": v["name"], "parent_id": parent}
            for key in ("start", "finish", "phase", "notes"):
                if v.get(key) not in (None, ""):
                    values[key] = v[key]
            if v.get("progress") is not None:
                values["progress"] = round(v["progress"] * 100 if fraction else v["progress"])
            if v.get("duration") not in (None, ""):
                match = _DURATION.match(cell_text(v["duration"]))
                if match is None:
                    self.problem(
                        excel_row,
                        "duration",
                        v["duration"],
                        ProblemCode.DURATION_UNREADABLE,
                    )
                    continue
                values["duration"] = round(float(match.group(1)))
            if v.get("milestone"):
                values["kind"] = "milestone"
                values["duration"] = 0
            if v.get("owner"):
                values["owner_id"] = self.person(excel_row, "owner", v["owner"])
            if v.get("department"):
                values["department_id"] = self.department(excel_row, "department", v["department"])
            found = by_path.get(path)
            if isinstance(found, int):
                ref: int | NewRow = found
                old = self.conn.execute(
                    "SELECT " + ", ".join(f'"{k}"' for k in values) + " FROM task WHERE id = ?",
                    (found,),
                ).fetchone()
                fields = {}
                for (k, new), before in zip(values.items(), old, strict=True):
                    kind = spec.column(k).kind if k != "parent_id" else ColType.INT
                    before = db_to_py(before, kind)
                    if not same_value(before, new, kind):
                        fields[k] = (before, new)
                if fields:
                    changes.updates.append(Update(found, excel_row, fields, path))
            else:
                ref = NewRow("task")
                values["seq"] = next_seq[parent]
                next_seq[parent] += 1
                values.setdefault("kind", "task")
                changes.inserts.append(Insert(excel_row, values, ref, path))
                by_path[path] = ref
            stack.append((level, ref, path))
            if v.get("ref"):
                refs[clean_code(v["ref"])] = ref
            if v.get("predecessors"):
                links.append((excel_row, ref, cell_text(v["predecessors"])))
        self._task_links(links, refs)

    def _task_links(
        self, links: list[tuple[int, int | NewRow, str]], refs: dict[str, int | NewRow]
    ) -> None:
        from oa_desk.exchange.plan_import import parse_predecessors

        if not links:
            return
        spec = sheet_by_table("dependency")
        changes = self.preview.table("dependency", spec.title, {c.key: c for c in spec.columns})
        existing = {
            (p, s)
            for p, s in self.conn.execute("SELECT predecessor_id, successor_id FROM dependency")
        }
        for excel_row, succ, text in links:
            try:
                items = parse_predecessors(text)
            except CellError as exc:
                self.cell_problem(excel_row, "predecessors", text, exc)
                continue
            for pred_ref, kind, lag in items:
                pred = refs.get(str(pred_ref))
                if pred is None:
                    self.problem(
                        excel_row,
                        "predecessors",
                        text,
                        ProblemCode.PREDECESSOR_NOT_IN_SHEET,
                        {"id": pred_ref},
                    )
                    continue
                if (pred, succ) in existing:
                    continue
                changes.inserts.append(
                    Insert(
                        excel_row,
                        {"predecessor_id": pred, "successor_id": succ, "type": kind, "lag": lag},
                        NewRow("dependency"),
                        f"{pred_ref} → row {excel_row}",
                    )
                )


def preview_foreign(
    conn: sqlite3.Connection,
    sheet: RawSheet,
    mapping: ColumnMapping,
    *,
    source: Path,
    number_formats: dict[int, str] | None = None,
    job: Job | None = None,
) -> ImportPreview:
    """What importing ``sheet`` as ``mapping.kind`` would change; writes nothing."""
    runner = _Foreign(conn, sheet, mapping, source, number_formats or {}, ensure_job(job))
    return runner.run()


def field_specs(kind: ImportKind) -> tuple[FieldSpec, ...]:
    """The fields the mapping dialog offers for ``kind``, in display order."""
    return KIND_FIELDS[kind]
