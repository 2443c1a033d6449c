"""Scripted clients of one plan, for the concurrency test and its benchmark.

Editors (each its own store, on its own thread, like the hotline and the trainers)
read a row, then change it passing the version they read, and retry from a fresh
read when the edit is refused as stale; one planner reschedules (drags a task)
alongside. Every edit is a read-modify-write that would lose an update if two
could overwrite each other:

* a shared counter: a training session's capacity, read and written as +1;
* tickets: a comment (one ticket event each) and the priority flipped;
* attendance: an enrollment's attendance flipped.

The report says how many edits were made, how many were refused (and whether each
refusal named who and when), every other error (a deadlock, a timeout: there must
be none), and the latencies of the committed edits.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from oa_desk.domain.enums import Attendance, TicketEventKind
from oa_desk.services import records, support, training
from oa_desk.services.schedule import move_task
from oa_desk.store import activity
from oa_desk.store import models as m
from oa_desk.store.planfile import PlanStore

NOW = dt.datetime(2026, 6, 1, 9, 0, tzinfo=dt.UTC)


@dataclass
class ClientLog:
    latencies_ms: list[float] = field(default_factory=list)
    increments: int = 0
    comments: int = 0
    refused: int = 0
    unexplained: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Targets:
    session: int
    tickets: tuple[int, ...]
    enrollments: tuple[int, ...]
    task: int


@dataclass
class Report:
    clients: list[ClientLog]
    planner_moves: int
    planner_errors: list[str]
    expected_capacity: int
    capacity: int
    expected_events: int
    events: int

    @property
    def lost_updates(self) -> int:
        return abs(self.expected_capacity - self.capacity) + abs(self.expected_events - self.events)

    @property
    def errors(self) -> list[str]:
        return [e for c in self.clients for e in c.errors] + self.planner_errors

    @property
    def unexplained(self) -> list[str]:
        return [e for c in self.clients for e in c.unexplained]

    @property
    def refused(self) -> int:
        return sum(c.refused for c in self.clients)

    @property
    def edits(self) -> int:
        return sum(len(c.latencies_ms) for c in self.clients)

    def percentile(self, q: float) -> float:
        values = sorted(v for c in self.clients for v in c.latencies_ms)
        if not values:
            return 0.0
        return values[min(len(values) - 1, int(q * len(values)))]


def targets(store: PlanStore, tickets: int = 4, enrollments: int = 4) -> Targets:
    """Rows every client fights over (few, so that edits do collide)."""
    with store.read() as s:
        session = s.scalar(select(m.TrainingSession.id).order_by(m.TrainingSession.id).limit(1))
        found = s.scalars(select(m.Ticket.id).order_by(m.Ticket.id).limit(tickets)).all()
        seats = s.scalars(select(m.Enrollment.id).order_by(m.Enrollment.id).limit(enrollments))
        task = s.scalar(
            select(m.Task.id).where(m.Task.kind == "task").order_by(m.Task.id.desc()).limit(1)
        )
        return Targets(int(session or 0), tuple(found), tuple(seats.all()), int(task or 0))


def _read(store: PlanStore, table: str, row_id: int) -> tuple[dict[str, Any], int]:
    t = m.Base.metadata.tables[table]
    with store.read() as s:
        row = s.connection().execute(select(t).where(t.c.id == row_id)).mappings().one()
        return dict(row), int(row["row_version"])


def _edit(
    log: ClientLog,
    table: str,
    row_id: int,
    store: PlanStore,
    change: Callable[[dict[str, Any]], object],
) -> bool:
    """Read, change from what was read; True once committed (refusals retried)."""
    for _attempt in range(50):
        row, version = _read(store, table, row_id)
        t0 = time.perf_counter()
        try:
            with activity.expecting({(table, row_id): version}):
                change(row)
        except activity.StaleEdit as exc:
            log.refused += 1
            if not exc.params.get("user") or exc.params.get("at") is None:
                log.unexplained.append(str(exc))
            continue
        except Exception as exc:  # a deadlock, a timeout, anything a user would see
            log.errors.append(f"{type(exc).__name__}: {exc}")
            return False
        log.latencies_ms.append((time.perf_counter() - t0) * 1000)
        return True
    log.errors.append(f"{table} #{row_id}: refused 50 times in a row")
    return False


def editor(store: PlanStore, number: int, edits: int, goal: Targets, log: ClientLog) -> None:
    for k in range(edits):
        step = (number + k) % 3
        if step == 0:
            ok = _edit(
                log,
                "training_session",
                goal.session,
                store,
                lambda row: records.update_record(
                    store, "training_session", goal.session, {"capacity": row["capacity"] + 1}
                ),
            )
            log.increments += ok
        elif step == 1:
            tid = goal.tickets[(number + k) % len(goal.tickets)]
            ok = _edit(
                log,
                "ticket",
                tid,
                store,
                lambda row, tid=tid, k=k: support.bulk_edit(
                    store,
                    [tid],
                    actor_id=None,
                    now=NOW,
                    priority="P2" if row["priority"] != "P2" else "P3",
                    comment=f"client {number} edit {k}",
                ),
            )
            log.comments += ok
        else:
            eid = goal.enrollments[(number + k) % len(goal.enrollments)]
            _edit(
                log,
                "enrollment",
                eid,
                store,
                lambda row, eid=eid: training.set_result(
                    store,
                    eid,
                    {
                        "attendance": Attendance.ABSENT
                        if row["attendance"] == Attendance.PRESENT.value
                        else Attendance.PRESENT
                    },
                ),
            )


def _comments(session: Any) -> int:
    query = select(func.count()).where(m.TicketEvent.kind == TicketEventKind.COMMENT)
    return int(session.scalar(query) or 0)


def run(
    open_client: Callable[[], PlanStore],
    *,
    clients: int = 10,
    edits: int = 100,
) -> Report:
    """``clients`` editors making ``edits`` edits each while one planner reschedules."""
    first = open_client()
    try:
        goal = targets(first)
        capacity0 = _read(first, "training_session", goal.session)[0]["capacity"]
        with first.read() as s:
            events0 = _comments(s)
    finally:
        first.close()
    logs = [ClientLog() for _ in range(clients)]
    stores = [open_client() for _ in range(clients + 1)]
    done = threading.Event()
    planner: dict[str, Any] = {"moves": 0, "errors": []}

    def plan() -> None:
        base = dt.date(2026, 3, 2)
        store = stores[-1]
        while not done.is_set():
            try:
                move_task(store, goal.task, base + dt.timedelta(days=planner["moves"] % 30))
                planner["moves"] += 1
            except Exception as exc:
                planner["errors"].append(f"{type(exc).__name__}: {exc}")
                return

    threads = [
        threading.Thread(target=editor, args=(stores[i], i, edits, goal, logs[i]))
        for i in range(clients)
    ]
    pm = threading.Thread(target=plan)
    try:
        pm.start()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        done.set()
        pm.join()
        check = stores[0]
        capacity = _read(check, "training_session", goal.session)[0]["capacity"]
        with check.read() as s:
            events = _comments(s)
    finally:
        for store in stores:
            store.close()
    increments = sum(c.increments for c in logs)
    comments = sum(c.comments for c in logs)
    return Report(
        logs,
        planner["moves"],
        planner["errors"],
        capacity0 + increments,
        capacity,
        events0 + comments,  # one comment event per ticket edit
        events,
    )
