"""The lock file beside a plan: ``<name>.oadesk.lock``.

It records who holds the plan (user, host, process, time) so that a second
opener can be told, and is refreshed while the plan is open so that a lock
left by a crashed process, or by a machine that went away, is recognised as
stale and taken over safely.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import socket
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from oa_desk.store.errors import PlanLockedError

# A lock whose holder has not refreshed it for this long is stale, whatever host holds it.
STALE_AFTER_SECONDS = 10 * 60
# How often the holder should call PlanLock.refresh().
REFRESH_EVERY_SECONDS = 60


# A lock file is a few hundred bytes; reading more than this is never needed.
MAX_LOCK_BYTES = 8192


def lock_path_for(plan_path: Path) -> Path:
    """The lock beside the plan's real file, so a symlink to it finds the same lock."""
    real = Path(os.path.realpath(plan_path))
    return real.with_name(real.name + ".lock")


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (service accounts, containers)
        return "unknown"


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill(pid, 0) would terminate the process on Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined, unused-ignore]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        ok = kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return bool(ok) and code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, owned by someone else
        return True
    return True


@dataclass(frozen=True)
class LockInfo:
    user: str
    host: str
    pid: int
    time: str  # ISO 8601, local time with offset, when the lock was taken
    token: str  # distinguishes this holder from a later one with the same pid

    @staticmethod
    def mine() -> LockInfo:
        now = dt.datetime.now().astimezone().isoformat(timespec="seconds")
        return LockInfo(_user(), socket.gethostname(), os.getpid(), now, uuid.uuid4().hex)

    def since_text(self) -> str:
        try:
            return dt.datetime.fromisoformat(self.time).strftime("%Y-%m-%d %H:%M")
        except ValueError:
            return self.time

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @staticmethod
    def from_json(text: str) -> LockInfo:
        data = json.loads(text)
        return LockInfo(
            user=str(data["user"]),
            host=str(data["host"]),
            pid=int(data["pid"]),
            time=str(data["time"]),
            token=str(data.get("token", "")),
        )


def read_lock(plan_path: Path) -> tuple[LockInfo | None, float] | None:
    """The lock's holder (None when unreadable) and its last refresh time, or None if unlocked."""
    path = lock_path_for(plan_path)
    try:
        mtime = path.stat().st_mtime
        with path.open("rb") as f:
            raw = f.read(MAX_LOCK_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError:
        return (None, time.time())
    if len(raw) > MAX_LOCK_BYTES:  # not a lock we wrote: judged by its age alone
        return (None, mtime)
    try:
        return (LockInfo.from_json(raw.decode("utf-8")), mtime)
    except (ValueError, KeyError, TypeError, OverflowError, AttributeError):
        # not UTF-8, not JSON, missing keys, "pid": 1e400, a list instead of an object
        return (None, mtime)


def is_stale(info: LockInfo | None, mtime: float, *, now: float | None = None) -> bool:
    """A lock is stale when its holder is gone or has stopped refreshing it."""
    now = time.time() if now is None else now
    if now - mtime > STALE_AFTER_SECONDS:
        return True
    if info is None:  # half-written by a process that died while writing it
        return now - mtime > 5
    return info.host == socket.gethostname() and not _pid_alive(info.pid)


class PlanLock:
    """A held lock. Create with :meth:`acquire`; ``release`` when the plan closes."""

    def __init__(self, plan_path: Path, info: LockInfo) -> None:
        self.plan_path = plan_path
        self.path = lock_path_for(plan_path)
        self.info = info
        self.took_over: LockInfo | None = None

    @classmethod
    def acquire(cls, plan_path: Path, *, take_stale: bool = True) -> PlanLock:
        """Take the lock, or raise PlanLockedError naming the holder."""
        mine = LockInfo.mine()
        took_over: LockInfo | None = None
        for _attempt in range(50):
            if _create_exclusive(lock_path_for(plan_path), mine):
                lock = cls(plan_path, mine)
                lock.took_over = took_over
                return lock
            current = read_lock(plan_path)
            if current is None:
                continue  # released in between: try again
            info, mtime = current
            if not (take_stale and is_stale(info, mtime)):
                raise PlanLockedError(plan_path, info or _unknown_holder(mtime))
            if _remove_if_still_stale(plan_path, info):
                took_over = info
            else:
                time.sleep(0.02)  # another opener is taking it over: look again
        current = read_lock(plan_path)
        holder = current[0] if current and current[0] else _unknown_holder(time.time())
        raise PlanLockedError(plan_path, holder)

    def is_mine(self) -> bool:
        current = read_lock(self.plan_path)
        return (
            current is not None and current[0] is not None and current[0].token == self.info.token
        )

    def refresh(self) -> bool:
        """Touch the lock so others see we are alive. False if someone took it over.

        A lock file that cannot be read for a moment (a network share's hiccup) is
        read again before the plan is given up: only another holder's lock, or none,
        means it was taken over.
        """
        for attempt in range(3):
            current = read_lock(self.plan_path)
            if current is None or current[0] is not None:
                break
            time.sleep(0.1 * (attempt + 1))
        else:
            return True  # still unreadable: not evidence of a takeover; try next time
        if current is None or current[0] is None or current[0].token != self.info.token:
            return False
        with contextlib.suppress(OSError):
            os.utime(self.path)
        return True

    def release(self) -> None:
        if self.is_mine():
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()


@contextlib.contextmanager
def held_for_replacement(plan_path: Path) -> Iterator[None]:
    """Hold ``plan_path``'s lock while a new file is renamed over it.

    Whoever has the plan open would otherwise go on writing into the file the
    rename unlinked, and lose that work: PlanLockedError names them instead.
    """
    lock = PlanLock.acquire(plan_path)
    try:
        with kept_fresh(lock):  # building a demo plan beside it takes a while
            yield
    finally:
        lock.release()


@contextlib.contextmanager
def kept_fresh(lock: PlanLock | None, every: float | None = None) -> Iterator[None]:
    """Refresh ``lock`` on a daemon thread while the block runs.

    The gui refreshes its lock on a timer; a long job without an event loop (a
    command-line import, a demo build) does it this way, so that it is not taken
    over as stale while it is still at work.
    """
    if lock is None:
        yield
        return
    interval = REFRESH_EVERY_SECONDS if every is None else every
    stop = threading.Event()

    def run() -> None:
        while not stop.wait(interval):
            lock.refresh()

    thread = threading.Thread(target=run, daemon=True, name="lock-refresh")
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(timeout=5)


def _unknown_holder(mtime: float) -> LockInfo:
    when = dt.datetime.fromtimestamp(mtime).astimezone().isoformat(timespec="seconds")
    return LockInfo("?", "?", 0, when, "")


def _create_exclusive(path: Path, info: LockInfo) -> bool:
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
    except FileExistsError:
        return False
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(info.to_json())
        f.flush()
        os.fsync(f.fileno())
    return True


@contextlib.contextmanager
def _takeover_mutex(lock_path: Path) -> Iterator[bool]:
    """Only one opener at a time may remove a stale lock: the one that creates
    ``<lock>.takeover``. A mutex left by a crash is cleared after a while."""
    mutex = lock_path.with_name(lock_path.name + ".takeover")
    try:
        fd = os.open(mutex, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
    except FileExistsError:
        with contextlib.suppress(OSError):
            if time.time() - mutex.stat().st_mtime > 30:
                mutex.unlink()
        yield False
        return
    os.close(fd)
    try:
        yield True
    finally:
        with contextlib.suppress(OSError):
            mutex.unlink()


def _remove_if_still_stale(plan_path: Path, judged: LockInfo | None) -> bool:
    """Remove the stale lock we judged, unless it changed; True when removed.

    Under the takeover mutex the lock is read again: if someone replaced it
    with a fresh one in the meantime, it is left alone.
    """
    path = lock_path_for(plan_path)
    with _takeover_mutex(path) as mine:
        if not mine:
            return False
        current = read_lock(plan_path)
        if current is None:
            return False
        info, mtime = current
        same = (info is None and judged is None) or (
            info is not None and judged is not None and info.token == judged.token
        )
        if not same or not is_stale(info, mtime):
            return False
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        return True
