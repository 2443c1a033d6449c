"""Live refresh of a team plan: other clients' changes, within a couple of seconds.

Two notifications on the channel ``oa_desk_changes`` (PostgreSQL's LISTEN/NOTIFY):

* **the commit notice** ``w <sender> <number>``: sent by every unit of work of a
  :class:`~oa_desk.store.teamplan.TeamPlanStore` inside its transaction, with
  the number it drew from ``oa_desk_writes``. PostgreSQL delivers it when, and
  only if, the transaction commits: no commit goes unannounced, and a rolled
  back one is never announced.
* **the announcement** ``{"s": sender, "w": [numbers], "i"/"u"/"d": {kind: ids},
  "e": everything}``: the :class:`~oa_desk.domain.changes.Changes` of those
  units of work, sent by the client once the service returned them
  (:meth:`LiveLink.announce`). A payload must stay under 8000 bytes: a big
  one names its kinds only (``"k"``), and receivers reload those kinds whole.

A receiver (:class:`Listener`, on a worker thread with a connection of its
own) ignores its own sender, hands each announcement's Changes on, and when a
commit notice is not followed by its announcement within :data:`GRACE_SECONDS`
(the client was killed in between, a script wrote), hands on
``Changes.all()``. Either way it moves the store's generation on, so that the
scheduler's warm cache is not used for content it did not see.

When the listener's connection breaks it reports the server lost, tries again
with growing waits (:data:`BACKOFF_SECONDS`), and on success reports it back,
followed by ``Changes.all()`` (what was missed meanwhile is unknown).
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.store.activity import SCHEDULE_NEUTRAL
from oa_desk.store.teamplan import LIVE_CHANNEL, TeamPlanStore, _url, with_keyring_password

if TYPE_CHECKING:
    import psycopg

__all__ = [
    "GRACE_SECONDS",
    "LIVE_CHANNEL",
    "Listener",
    "LiveLink",
    "Notice",
    "decode",
    "encode",
]

log = logging.getLogger(__name__)

# PostgreSQL refuses a NOTIFY payload of 8000 bytes or more.
MAX_PAYLOAD = 7900
# How long a commit notice waits for its announcement before "everything changed".
GRACE_SECONDS = 0.6
# The waits between attempts to reach a lost server.
BACKOFF_SECONDS = (0.5, 1.0, 2.0, 4.0, 8.0, 15.0)
# How often the listening thread looks up from the socket (stop, recheck, expiry).
TICK_SECONDS = 0.2


def _ids(mapping: Mapping[ChangeKind, frozenset[int]]) -> dict[str, list[int]]:
    return {str(kind): sorted(ids) for kind, ids in mapping.items()}


def encode(changes: Changes, sender: str, writes: Iterable[int]) -> str:
    """The announcement of ``changes`` made by the units of work ``writes``."""
    head: dict[str, Any] = {"s": sender, "w": sorted(writes)}
    if changes.everything:
        return json.dumps({**head, "e": True}, separators=(",", ":"))
    full = {
        **head,
        "i": _ids(changes.inserted),
        "u": _ids(changes.updated),
        "d": _ids(changes.deleted),
    }
    text = json.dumps(full, separators=(",", ":"))
    if len(text.encode()) <= MAX_PAYLOAD:
        return text
    kinds = json.dumps(
        {**head, "k": sorted(str(k) for k in changes.kinds())}, separators=(",", ":")
    )
    if len(kinds.encode()) <= MAX_PAYLOAD:
        return kinds
    return json.dumps({**head, "e": True}, separators=(",", ":"))


@dataclass(frozen=True)
class Notice:
    """One notification as a receiver understands it."""

    sender: str
    writes: tuple[int, ...]
    changes: Changes | None  # None: a commit notice, its Changes still to come


def _kinds(raw: object) -> dict[ChangeKind, frozenset[int]]:
    out: dict[ChangeKind, frozenset[int]] = {}
    if not isinstance(raw, dict):
        return out
    for name, ids in raw.items():
        try:
            kind = ChangeKind(name)
        except ValueError:  # a newer client's kind: reload what we cannot name
            continue
        if isinstance(ids, list):
            out[kind] = frozenset(i for i in ids if isinstance(i, int))
    return out


def decode(payload: str) -> Notice | None:
    """A notification's payload read, or None for one that is not ours (or garbled)."""
    if payload.startswith("w "):
        parts = payload.split(" ")
        if len(parts) == 3 and parts[2].isdigit():
            return Notice(parts[1], (int(parts[2]),), None)
        return None
    try:
        data = json.loads(payload)
    except ValueError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("s"), str):
        return None
    writes = tuple(w for w in data.get("w", []) if isinstance(w, int))
    if data.get("e"):
        return Notice(data["s"], writes, Changes.all())
    if "k" in data:  # kinds only: every id of those kinds may have changed
        kinds = {k: frozenset[int]() for k in _kinds({n: [] for n in data["k"]})}
        proxy = MappingProxyType(kinds)
        return Notice(data["s"], writes, Changes(inserted=proxy, updated=proxy, deleted=proxy))
    return Notice(
        data["s"],
        writes,
        Changes(
            inserted=MappingProxyType(_kinds(data.get("i"))),
            updated=MappingProxyType(_kinds(data.get("u"))),
            deleted=MappingProxyType(_kinds(data.get("d"))),
        ),
    )


class Receiver:
    """What a listener does with notices, apart from the socket (tested alone)."""

    def __init__(
        self,
        sender: str,
        deliver: Callable[[Changes], None],
        *,
        grace: float = GRACE_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.sender = sender
        self._deliver = deliver
        self._grace = grace
        self._clock = clock
        self._waiting: dict[int, float] = {}  # a commit's number -> when to give up on it
        self._announced: set[int] = set()  # announcements that came before their commit

    def receive(self, payload: str) -> None:
        notice = decode(payload)
        if notice is None or notice.sender == self.sender:
            return
        if notice.changes is None:
            for number in notice.writes:
                if number in self._announced:
                    self._announced.discard(number)
                else:
                    self._waiting[number] = self._clock() + self._grace
            return
        for number in notice.writes:
            if self._waiting.pop(number, None) is None:
                self._announced.add(number)
        if len(self._announced) > 10_000:  # never followed by their commits: forget them
            self._announced.clear()
        if notice.changes:
            self._deliver(notice.changes)

    def expire(self) -> None:
        """Hand on "everything" for commits whose announcement did not come in time."""
        now = self._clock()
        late = [n for n, until in self._waiting.items() if until <= now]
        for number in late:
            del self._waiting[number]
        if late:
            self._deliver(Changes.all())


def _connect_args(url: str) -> dict[str, Any]:
    parsed = with_keyring_password(_url(url))
    args: dict[str, Any] = dict(parsed.translate_connect_args(database="dbname", username="user"))
    args.update({k: v for k, v in parsed.query.items() if isinstance(v, str)})
    args.update(application_name="OA Desk (live)", connect_timeout=5, autocommit=True)
    return args


class Listener:
    """LISTENs on a team plan's channel on a thread of its own.

    ``on_changes`` and ``on_connection(True/False)`` are called on that thread:
    the gui hands them over to its own (a queued signal).
    """

    def __init__(
        self,
        url: str,
        sender: str,
        on_changes: Callable[[Changes], None],
        on_connection: Callable[[bool], None],
        *,
        grace: float = GRACE_SECONDS,
    ) -> None:
        self._url = url
        self._receiver = Receiver(sender, on_changes, grace=grace)
        self._on_changes = on_changes
        self._on_connection = on_connection
        self._stop = threading.Event()
        self._recheck = threading.Event()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="oa-desk-live", daemon=True)
        self.connected = False

    def start(self) -> None:
        self._thread.start()

    def wait_listening(self, timeout: float) -> bool:
        """Wait until the first LISTEN is in place (tests and benchmarks)."""
        return self._ready.wait(timeout)

    def recheck(self) -> None:
        """Look at the connection now (a unit of work has just lost its own)."""
        self._recheck.set()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout=5)

    def _run(self) -> None:
        import psycopg

        attempt = 0
        lost = False
        while not self._stop.is_set():
            try:
                conn = psycopg.connect(**_connect_args(self._url))
            except psycopg.Error as exc:
                if not lost:
                    lost = True
                    self._report(False)
                log.info("live refresh: the server cannot be reached: %s", exc)
                self._stop.wait(BACKOFF_SECONDS[min(attempt, len(BACKOFF_SECONDS) - 1)])
                attempt += 1
                continue
            attempt = 0
            try:
                conn.execute(f"LISTEN {LIVE_CHANNEL}")
                self._ready.set()
                if lost or not self.connected:
                    was_lost, lost = lost, False
                    self._report(True)
                    if was_lost:  # what changed meanwhile is unknown: everything
                        self._on_changes(Changes.all())
                self._listen(conn)
            except psycopg.Error as exc:
                log.info("live refresh: the connection broke: %s", exc)
                lost = True
                self._report(False)
            finally:
                conn.close()

    def _listen(self, conn: psycopg.Connection[Any]) -> None:
        while not self._stop.is_set():
            for notify in conn.notifies(timeout=TICK_SECONDS):
                self._receiver.receive(notify.payload)
            self._receiver.expire()
            if self._recheck.is_set():
                self._recheck.clear()
                conn.execute("SELECT 1")
                self._report(True)  # still here: the server is reachable again

    def _report(self, connected: bool) -> None:
        self.connected = connected
        self._on_connection(connected)


class LiveLink:
    """A team plan store's side of live refresh: announce this client's Changes, and
    listen for everyone else's."""

    def __init__(
        self,
        store: TeamPlanStore,
        on_changes: Callable[[Changes], None],
        on_connection: Callable[[bool], None],
        *,
        grace: float = GRACE_SECONDS,
    ) -> None:
        self.store = store
        self._unannounced: list[int] = []
        self._lock = threading.Lock()
        store.after_commit.append(self._committed)

        def received(changes: Changes) -> None:
            # The warm cache no longer describes the plan, unless the change is one the
            # scheduler does not read (the hotline's tickets, a trainer's attendance).
            touched = {kind.value for kind in changes.kinds()}
            if changes.everything or touched - SCHEDULE_NEUTRAL:
                store._bump_generation()
            on_changes(changes)

        self.listener = Listener(store.url, store.sender, received, on_connection, grace=grace)
        store.on_lost.append(self.listener.recheck)  # is it the server, or one connection?

    def start(self) -> None:
        self.listener.start()

    def _committed(self) -> None:
        number = self.store._last_write
        if number is not None:
            with self._lock:
                self._unannounced.append(number)

    def announce(self, changes: Changes) -> None:
        """Tell the other clients what this client's units of work since the last
        announcement changed (nothing is sent when there were none)."""
        with self._lock:
            writes, self._unannounced = self._unannounced, []
        if not writes or not changes or self.store.offline:
            return
        from sqlalchemy import func, select
        from sqlalchemy.exc import DBAPIError

        payload = encode(changes, self.store.sender, writes)
        try:
            with self.store._server_engine().connect() as conn:
                conn.execute(select(func.pg_notify(LIVE_CHANNEL, payload)))
                conn.commit()
        except DBAPIError as exc:  # the others reload everything after the grace period
            log.info("live refresh: could not announce a change: %s", exc)

    def close(self) -> None:
        if self._committed in self.store.after_commit:
            self.store.after_commit.remove(self._committed)
        if self.listener.recheck in self.store.on_lost:
            self.store.on_lost.remove(self.listener.recheck)
        self.listener.stop()
