"""Importing a sign-in sheet into one session: match, preview, then write all or nothing.

Rows are matched to the roster by employee number, else by name and
department (a name alone when the sheet has no department and the name is
unique). An employee number that lost its leading zeros (107 for 000107) is
taken as the roster's one number it pads to, with a warning naming the cell;
names and departments are compared without white space (黄 春新 is 黄春新).
Unknown people, ambiguous names and a person listed twice are problems shown
with their row before anything is written; applying writes the matched rows
in one unit of work (attendance, score, passed, rating; a person
who came without being enrolled is enrolled) and is undone exactly.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Table, select, update

from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.domain.training import passed
from oa_desk.exchange.normalize import zero_padded, zeroless_index
from oa_desk.exchange.sheets import column_letter
from oa_desk.exchange.signin import SigninProblem, SigninRow, SigninSheet, read_signin
from oa_desk.services.training import TrainingError
from oa_desk.store import models
from oa_desk.store import training as store_training
from oa_desk.store.planfile import PlanStore

__all__ = ["SigninEdit", "SigninPreview", "apply_signin", "preview_signin", "revert_signin"]

_E: Table = models.Base.metadata.tables["enrollment"]
_P = models.Person.__table__
_D = models.Department.__table__


@dataclass(frozen=True)
class Match:
    row: SigninRow
    person_id: int
    enrollment_id: int | None  # None: came without being enrolled


@dataclass
class SigninPreview:
    session_id: int
    matched: list[Match] = field(default_factory=list)
    problems: list[SigninProblem] = field(default_factory=list)
    header_row: int = 0
    # Warnings on imported rows and notes on the sheet (nothing is left out for them).
    notes: list[SigninProblem] = field(default_factory=list)

    @property
    def walk_ins(self) -> int:
        return sum(1 for m in self.matched if m.enrollment_id is None)


_SPACE = re.compile(r"\s+")


def _name_key(text: str | None) -> str:
    """A name or department as compared: NFKC, without any white space (a stray or
    full-width space inside 黄 春新 is a typing slip, not another person)."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", text or ""))


def _roster(
    store: PlanStore,
) -> tuple[dict[str, int], dict[tuple[str, str], list[int]], dict[str, list[int]]]:
    by_no: dict[str, int] = {}
    by_name_dept: dict[tuple[str, str], list[int]] = defaultdict(list)
    by_name: dict[str, list[int]] = defaultdict(list)
    stmt = select(_P.c.id, _P.c.employee_no, _P.c.name, _D.c.name).select_from(
        _P.outerjoin(_D, _D.c.id == _P.c.department_id)
    )
    with store.read() as session:
        for pid, number, name, dept in session.connection().execute(stmt):
            by_no[number] = pid
            by_name_dept[(_name_key(name), _name_key(dept))].append(pid)
            by_name[_name_key(name)].append(pid)
    return by_no, by_name_dept, by_name


def match_sheet(store: PlanStore, session_id: int, sheet: SigninSheet) -> SigninPreview:
    """Match parsed rows to the roster and the session's enrollments."""
    preview = SigninPreview(
        session_id,
        problems=list(sheet.problems),
        header_row=sheet.header_row,
        notes=list(sheet.notes),
    )
    by_no, by_name_dept, by_name = _roster(store)
    zeroless: dict[str, list[str]] | None = None
    no_column = sheet.columns.get("employee_no")
    no_letter = column_letter(no_column) if no_column is not None else ""
    with store.read() as session:
        conn = session.connection()
        if store_training.session_course(conn, session_id) is None:
            raise TrainingError("missing", f"session #{session_id} does not exist")
        enrolled = {
            pid: eid
            for eid, pid in conn.execute(
                select(_E.c.id, _E.c.person_id).where(_E.c.session_id == session_id)
            )
        }
    seen: dict[int, int] = {}
    for row in sheet.rows:
        pid: int | None = None
        if row.employee_no:
            pid = by_no.get(row.employee_no)
            if pid is None:  # 107 for 000107: Excel dropped the zeros
                if zeroless is None:
                    zeroless = zeroless_index(by_no)
                padded = zero_padded(row.employee_no, zeroless)
                if padded is not None:
                    pid = by_no[padded]
                    preview.notes.append(
                        SigninProblem(
                            row.row, no_letter, "employee_no_zeros_matched", row.employee_no, padded
                        )
                    )
            if pid is None:
                preview.problems.append(
                    SigninProblem(row.row, "", "unknown_person", row.employee_no)
                )
                continue
        else:
            name = _name_key(row.name)
            ids = (
                by_name_dept.get((name, _name_key(row.department)), [])
                if row.department
                else by_name.get(name, [])
            )
            if not ids:
                preview.problems.append(SigninProblem(row.row, "", "unknown_person", row.name))
                continue
            if len(ids) > 1:
                preview.problems.append(SigninProblem(row.row, "", "ambiguous_person", row.name))
                continue
            pid = ids[0]
        if pid in seen:
            preview.problems.append(SigninProblem(row.row, "", "duplicate_row", str(seen[pid])))
            continue
        seen[pid] = row.row
        preview.matched.append(Match(row, pid, enrolled.get(pid)))
    preview.problems.sort(key=lambda p: p.row)
    preview.notes.sort(key=lambda p: p.row)
    return preview


def preview_signin(store: PlanStore, session_id: int, path: Path | str) -> SigninPreview:
    """Read and match a sign-in file; nothing is written."""
    return match_sheet(store, session_id, read_signin(path))


@dataclass(frozen=True)
class SigninUndo:
    session_id: int
    added: tuple[int, ...]
    old: tuple[
        tuple[int, tuple[Any, ...]], ...
    ]  # enrollment id, (attendance, score, passed, rating)


@dataclass(frozen=True)
class SigninEdit:
    changes: Changes
    undo: SigninUndo
    updated: int
    added: int


_FIELDS = ("attendance", "score", "passed", "rating")


def apply_signin(store: PlanStore, preview: SigninPreview) -> SigninEdit:
    """Write every matched row in one unit of work (problem rows are left out)."""
    if not preview.matched:
        raise TrainingError("nobody_to_enrol", "no matched rows to import")
    with store.write() as session:
        conn = session.connection()
        found = store_training.session_course(conn, preview.session_id)
        if found is None:
            raise TrainingError("missing", f"session #{preview.session_id} does not exist")
        mark = found[1]
        walk_ins = [m for m in preview.matched if m.enrollment_id is None]
        import datetime as dt

        added = store_training.insert_enrollments(
            conn,
            preview.session_id,
            [m.person_id for m in walk_ins],
            [False] * len(walk_ins),
            dt.date.today(),
        )
        ids = {m.person_id: eid for m, eid in zip(walk_ins, added, strict=True)}
        targets = [(m, m.enrollment_id or ids[m.person_id]) for m in preview.matched]
        existing = [eid for m, eid in targets if m.enrollment_id is not None]
        old: list[tuple[int, tuple[Any, ...]]] = []
        for start in range(0, len(existing), 500):
            chunk = existing[start : start + 500]
            rows = conn.execute(
                select(_E.c.id, *(_E.c[f] for f in _FIELDS)).where(_E.c.id.in_(chunk))
            )
            old.extend((r[0], tuple(r[1:])) for r in rows)
        values = [
            {
                "eid": eid,
                "attendance": m.row.attendance.value,
                "score": m.row.score,
                "passed": passed(m.row.score, mark),
                "rating": m.row.rating,
            }
            for m, eid in targets
        ]
        from sqlalchemy import bindparam

        stmt = (
            update(_E).where(_E.c.id == bindparam("eid")).values({f: bindparam(f) for f in _FIELDS})
        )
        conn.execute(stmt, values)
    changed = tuple(eid for _m, eid in targets)
    return SigninEdit(
        Changes.update(ChangeKind.ENROLLMENT, changed),
        SigninUndo(preview.session_id, added, tuple(old)),
        len(existing),
        len(added),
    )


def revert_signin(store: PlanStore, undo: SigninUndo) -> Changes:
    from sqlalchemy import bindparam

    with store.write() as session:
        conn = session.connection()
        store_training.delete_enrollments(conn, undo.added)
        if undo.old:
            stmt = (
                update(_E)
                .where(_E.c.id == bindparam("eid"))
                .values({f: bindparam(f) for f in _FIELDS})
            )
            conn.execute(
                stmt,
                [{"eid": eid, **dict(zip(_FIELDS, vals, strict=True))} for eid, vals in undo.old],
            )
    return Changes.update(ChangeKind.ENROLLMENT, [e for e, _v in undo.old]) | Changes.delete(
        ChangeKind.ENROLLMENT, undo.added
    )
