"""Plan-file lifecycle: refusal of bad files, locks, copies, snapshots, crash safety."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from oa_desk.store import models as m
from oa_desk.store import planfile
from oa_desk.store.errors import PlanErrorKind, PlanFileError, PlanLockedError
from oa_desk.store.lock import LockInfo, PlanLock, lock_path_for, read_lock
from oa_desk.store.planfile import (
    SCHEMA_VERSION,
    check_plan,
    copy_plan,
    create_plan,
    open_plan,
)
from oa_desk.store.snapshots import KEEP_RECENT, list_snapshots, rotate, snapshot_dir
from oa_desk.store.sqlitefile import check_integrity, hot_journal, read_header


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "集团OA推广.oadesk"
    create_plan(path, name="集团 OA 推广", go_live=dt.date(2027, 3, 1))
    with open_plan(path, snapshot=False) as store, store.write() as s:
        s.add_all(m.Department(name=f"部门{i}", headcount=i) for i in range(300))
    return path


def _assert_refused(path: Path, kind: PlanErrorKind) -> PlanFileError:
    before = _digest(path) if path.exists() else None
    names_before = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(PlanFileError) as info:
        open_plan(path)
    assert info.value.kind == kind, str(info.value)
    assert str(path) in str(info.value)
    if before is not None:
        assert _digest(path) == before, "a refused file was modified"
    assert sorted(p.name for p in path.parent.iterdir()) == names_before, "files left behind"
    return info.value


def test_create_and_open(plan: Path) -> None:
    with open_plan(plan) as store, store.read() as s:
        assert s.get_one(m.Plan, 1).name == "集团 OA 推广"
        assert s.execute(select(func.count()).select_from(m.Department)).scalar_one() == 300
    conn = sqlite3.connect(plan)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_create_refuses_existing_file(plan: Path) -> None:
    with pytest.raises(PlanFileError) as info:
        create_plan(plan, name="again")
    assert info.value.kind == PlanErrorKind.EXISTS


def test_text_file_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.oadesk"
    path.write_text("项目会议纪要\nnot a plan\n", encoding="utf-8")
    _assert_refused(path, PlanErrorKind.NOT_SQLITE)


def test_empty_file_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.oadesk"
    path.write_bytes(b"")
    _assert_refused(path, PlanErrorKind.EMPTY)


def test_missing_file_refused(tmp_path: Path) -> None:
    with pytest.raises(PlanFileError) as info:
        open_plan(tmp_path / "nowhere.oadesk")
    assert info.value.kind == PlanErrorKind.MISSING


def test_truncated_plan_refused(plan: Path) -> None:
    data = plan.read_bytes()
    plan.write_bytes(data[: len(data) // 2 + 100])
    _assert_refused(plan, PlanErrorKind.TRUNCATED)


def test_truncated_at_page_boundary_refused(plan: Path) -> None:
    data = plan.read_bytes()
    plan.write_bytes(data[: 4096 * 3])
    _assert_refused(plan, PlanErrorKind.TRUNCATED)


def test_corrupted_page_refused(plan: Path) -> None:
    data = bytearray(plan.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    pages = len(data) // page_size
    victim = pages // 2
    rng = random.Random(7)
    data[victim * page_size : (victim + 1) * page_size] = bytes(
        rng.randrange(256) for _ in range(page_size)
    )
    plan.write_bytes(bytes(data))
    err = _assert_refused(plan, PlanErrorKind.DAMAGED)
    assert "damaged" in str(err)


def test_foreign_sqlite_database_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.oadesk"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    _assert_refused(path, PlanErrorKind.FOREIGN)


def test_newer_version_refused(plan: Path) -> None:
    conn = sqlite3.connect(plan)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    err = _assert_refused(plan, PlanErrorKind.NEWER)
    assert str(SCHEMA_VERSION + 1) in str(err) and str(SCHEMA_VERSION) in str(err)


def test_check_plan_reports_counts_and_damage(plan: Path) -> None:
    report = check_plan(plan)
    assert report.ok and report.counts["department"] == 300
    data = bytearray(plan.read_bytes())
    data[4096 * 3 : 4096 * 4] = b"\xff" * 4096
    plan.write_bytes(bytes(data))
    assert not check_plan(plan).ok


# -- the lock file -------------------------------------------------------------------


def test_second_opener_is_told_who_holds_the_plan(plan: Path) -> None:
    with open_plan(plan):
        with pytest.raises(PlanLockedError) as info:
            open_plan(plan)
        holder = info.value.info
        assert holder.pid == os.getpid()
        assert holder.host == socket.gethostname()
        assert holder.user in str(info.value) and str(os.getpid()) in str(info.value)
        with open_plan(plan, read_only=True) as ro, ro.read() as s:  # read-only needs no lock
            assert s.get_one(m.Plan, 1).name == "集团 OA 推广"
    assert not lock_path_for(plan).exists()


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_stale_lock_of_a_dead_process_is_taken_over(plan: Path) -> None:
    stale = LockInfo("someone", socket.gethostname(), _dead_pid(), "2026-01-01T09:00:00", "t0")
    lock_path_for(plan).write_text(stale.to_json(), encoding="utf-8")
    with open_plan(plan) as store:
        assert store.lock is not None
        assert store.lock.took_over == stale
        assert store.lock.is_mine()


def test_lock_of_another_host_is_stale_only_when_not_refreshed(plan: Path) -> None:
    other = LockInfo("zhang", "other-host", 4242, "2026-01-01T09:00:00", "t1")
    path = lock_path_for(plan)
    path.write_text(other.to_json(), encoding="utf-8")
    with pytest.raises(PlanLockedError) as info:
        open_plan(plan)
    assert "zhang" in str(info.value) and "other-host" in str(info.value)
    old = time.time() - 3600
    os.utime(path, (old, old))
    with open_plan(plan) as store:
        assert store.lock is not None and store.lock.took_over == other


@pytest.mark.parametrize(
    "content",
    [
        b"\xff\xfe\x00garbage \xc0\xc1",  # not UTF-8
        b'{"user": "x", "host": "h", "pid": 1e400, "time": "t", "token": ""}',  # int(inf)
        b"[1, 2, 3]",  # JSON, but not an object
        b"{" + b" " * 9000 + b"}",  # far larger than any lock we write: never read whole
    ],
    ids=["not-utf8", "pid-1e400", "json-list", "oversized"],
)
def test_a_damaged_lock_file_is_stale_once_old_and_never_a_traceback(
    plan: Path, content: bytes
) -> None:
    # Regression: a non-UTF-8 lock raised UnicodeDecodeError and "pid": 1e400
    # OverflowError at every start, until the user found the hidden .lock.
    path = lock_path_for(plan)
    path.write_bytes(content)
    assert read_lock(plan) == (None, path.stat().st_mtime)
    old = time.time() - 60
    os.utime(path, (old, old))
    with open_plan(plan) as store:
        assert store.lock is not None and store.lock.is_mine()
        assert store.lock.took_over is None


def test_a_plan_opened_through_a_symlink_shares_the_real_files_lock(
    plan: Path, tmp_path: Path
) -> None:
    # Regression: the lock went beside the link, so a second writer got in by the real path.
    link = tmp_path / "elsewhere" / "link.oadesk"
    link.parent.mkdir()
    link.symlink_to(plan)
    assert lock_path_for(link) == lock_path_for(plan)
    with open_plan(link), pytest.raises(PlanLockedError):
        open_plan(plan)
    with open_plan(plan), pytest.raises(PlanLockedError):
        open_plan(link)


def test_lock_refresh_notices_a_takeover(plan: Path) -> None:
    with open_plan(plan) as store:
        assert store.refresh_lock()
        lock_path_for(plan).write_text(
            LockInfo("li", "elsewhere", 1, "2026-01-01T09:00:00", "x").to_json(), encoding="utf-8"
        )
        assert not store.refresh_lock()
    assert lock_path_for(plan).exists(), "closing must not delete another holder's lock"


def test_a_lock_file_unreadable_for_a_moment_is_not_a_takeover(
    plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from oa_desk.store import lock as lock_module

    real = lock_module.read_lock
    hiccups = [2]

    def flaky(path: Path) -> tuple[LockInfo | None, float] | None:
        if hiccups[0]:  # what read_lock returns when reading raised OSError
            hiccups[0] -= 1
            return (None, time.time())
        return real(path)

    with open_plan(plan) as store:
        monkeypatch.setattr(lock_module, "read_lock", flaky)
        assert store.refresh_lock()
        assert hiccups == [0]
        hiccups[0] = 10**6  # unreadable for good: still not evidence of a takeover
        assert store.refresh_lock()
        monkeypatch.setattr(lock_module, "read_lock", real)


@pytest.mark.parametrize("round_", range(10))
def test_contended_takeover_gives_the_lock_to_one_opener(plan: Path, round_: int) -> None:
    # Regression: two openers could both take a stale lock over (a rename race).
    stale = LockInfo("old", socket.gethostname(), _dead_pid(), "2026-01-01T09:00:00", "s")
    lock_path_for(plan).write_text(stale.to_json(), encoding="utf-8")
    winners: list[PlanLock] = []
    losers: list[BaseException] = []
    barrier = threading.Barrier(6)

    def contend() -> None:
        barrier.wait()
        try:
            winners.append(PlanLock.acquire(plan))
        except PlanLockedError as exc:
            losers.append(exc)

    threads = [threading.Thread(target=contend) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(winners) == 1 and len(losers) == 5
    assert winners[0].is_mine()
    winners[0].release()
    assert not lock_path_for(plan).exists()


# -- copies -----------------------------------------------------------------------------


def test_save_copy_while_another_connection_writes(plan: Path, tmp_path: Path) -> None:
    stop = threading.Event()
    first_commit = threading.Event()
    written = [0]

    def writer() -> None:
        conn = sqlite3.connect(plan, timeout=30, isolation_level=None)
        while not stop.is_set():
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(
                "INSERT INTO department (seq, name, code, headcount, readiness)"
                " VALUES (0, ?, '', 1, 'preparing')",
                [(f"并发{written[0]}-{i}",) for i in range(50)],
            )
            conn.execute("COMMIT")
            written[0] += 1
            first_commit.set()
            # Back-to-back commits with no pause at all can starve a rollback-journal
            # reader for as long as they go on: that case ends in a clear BUSY refusal
            # (test_copy_of_a_plan_kept_busy_says_so), not in a copy.
            time.sleep(0.002)
        conn.close()

    with open_plan(plan, snapshot=False) as store:
        thread = threading.Thread(target=writer)
        thread.start()
        assert first_commit.wait(60), "the writer never got to write"
        try:
            copies = []
            for i in range(8):
                target = tmp_path / f"副本{i}.oadesk"
                store.save_copy(target)
                copies.append(target)
        finally:
            stop.set()
            thread.join()
    assert written[0] > 0
    for copy in copies:
        assert check_integrity(copy, full=True) is None
        conn = sqlite3.connect(copy)
        count = conn.execute("SELECT count(*) FROM department").fetchone()[0]
        conn.close()
        assert (count - 300) % 50 == 0, "a copy caught a transaction half way"
        assert not list(tmp_path.glob(".*.tmp")), "temporary files left behind"


def test_copy_of_a_locked_plan(plan: Path, tmp_path: Path) -> None:
    with open_plan(plan):
        copy_plan(plan, tmp_path / "copy.oadesk")
    with open_plan(tmp_path / "copy.oadesk") as store, store.read() as s:
        assert s.get_one(m.Plan, 1).name == "集团 OA 推广"


# -- snapshots ---------------------------------------------------------------------------


def test_snapshot_on_open_and_restore(plan: Path) -> None:
    with open_plan(plan) as store:
        store.wait_ready()  # the opening snapshot is taken beside the user
        snaps = list_snapshots(plan)
        assert [s.reason for s in snaps] == ["open"]
        with store.write() as s:
            s.get_one(m.Plan, 1).name = "改过的名字"
            s.execute(m.Department.__table__.delete())
        store.restore(snaps[0].path)
        with store.read() as s:
            assert s.get_one(m.Plan, 1).name == "集团 OA 推广"
            assert s.execute(select(func.count()).select_from(m.Department)).scalar_one() == 300
        reasons = {s.reason for s in list_snapshots(plan)}
        assert reasons == {"open", "before-restore"}
        before_restore = next(s for s in list_snapshots(plan) if s.reason == "before-restore")
        store.restore(before_restore.path)  # restoring can itself be undone
        with store.read() as s:
            assert s.get_one(m.Plan, 1).name == "改过的名字"
    assert check_integrity(plan, full=True) is None


def test_read_only_open_takes_no_snapshot_and_refuses_writes(plan: Path) -> None:
    with open_plan(plan, read_only=True) as store:
        with pytest.raises(PlanFileError) as info, store.write():
            pass
        assert info.value.kind == PlanErrorKind.READ_ONLY
    assert list_snapshots(plan) == []


def test_rotation_keeps_recent_and_one_a_day(plan: Path) -> None:
    folder = snapshot_dir(plan)
    folder.mkdir(parents=True)
    now = dt.datetime(2026, 11, 27, 12, 0, 0)
    for hours in range(0, 24 * 40, 6):  # four a day for forty days
        taken = now - dt.timedelta(hours=hours)
        (folder / f"{taken:%Y%m%d-%H%M%S-%f}-hourly.oadesk").write_bytes(b"x")
    rotate(folder, now=now)
    kept = sorted(p.name for p in folder.iterdir())
    days = {name[:8] for name in kept}
    assert len(days) == 30  # one a day for the last thirty days
    newest = sorted(kept)[-10:]
    assert all((folder / n).exists() for n in newest)
    assert len(kept) < 40


def test_background_check_blocks_writes_until_it_passes(plan: Path) -> None:
    store = open_plan(plan, background_check=True)
    try:
        with store.write() as s:  # waits for the check, then writes
            s.get_one(m.Plan, 1).description = "ok"
        assert store.is_ready and store.ready_error is None
    finally:
        store.close()


# -- crash safety ---------------------------------------------------------------------------

OPS_PER_CHILD = 100_000
ROWS_PER_OP = 25


def _child_writes(path: Path, flushed: int, go_on: int) -> None:  # pragma: no cover - child
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    def handshake(*_: object) -> None:
        # Rows have reached the file (its journal exists): tell the parent, and wait
        # for it, so that it knows where this writer is when it chooses to kill it.
        os.write(flushed, b".")
        os.read(go_on, 1)

    event.listen(Session, "after_flush", handshake)
    store = open_plan(path, snapshot=False)
    for op in range(OPS_PER_CHILD):
        with store.write() as s:
            s.add_all(
                m.Department(name=f"op{op}-{i}", code=f"op{op}", headcount=i)
                for i in range(ROWS_PER_OP)
            )
            s.get_one(m.Plan, 1).description = str(op)
            s.execute(
                m.Department.__table__.update()
                .where(m.Department.code == f"op{op - 3}")
                .values(headcount=m.Department.headcount + 1000)
            )


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork() to kill a writer mid-write")
def test_killed_writer_never_leaves_half_an_operation(tmp_path: Path) -> None:
    path = tmp_path / "crash.oadesk"
    create_plan(path, name="崩溃测试")
    rng = random.Random(20261127)
    interrupted = 0
    for attempt in range(50):
        flushed, flushing = os.pipe()
        go_on, going_on = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - child
            try:
                os.close(flushed)
                os.close(going_on)
                _child_writes(path, flushing, go_on)
            finally:
                os._exit(0)
        os.close(flushing)
        os.close(go_on)
        if attempt % 2:  # at any moment: opening, between writes, inside one
            deadline = time.monotonic() + rng.uniform(0.02, 0.35)
            while time.monotonic() < deadline:
                os.read(flushed, 1)
                os.write(going_on, b".")
        else:  # inside a write: right after one of its flushes, or during its commit
            for _ in range(rng.randint(1, 20)):
                os.read(flushed, 1)
                os.write(going_on, b".")
            os.read(flushed, 1)
            if rng.random() < 0.5:
                os.write(going_on, b".")
                time.sleep(rng.uniform(0, 0.001))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(flushed)
        os.close(going_on)
        # A journal left behind: the kill landed inside a write (before its commit the
        # journal is not yet "hot" and the file untouched; during the commit, SQLite
        # rolls it back; test_writer_killed_mid_commit_... freezes that moment).
        journal = path.with_name(path.name + "-journal")
        interrupted += journal.exists() and journal.stat().st_size > 0
        with open_plan(path, snapshot=False) as store:  # takes over the dead child's lock
            assert check_integrity(path, full=True) is None, f"attempt {attempt}"
            with store.read() as s:
                groups = s.execute(
                    select(
                        m.Department.code, func.count(), func.min(m.Department.headcount)
                    ).group_by(m.Department.code)
                ).all()
                last = s.get_one(m.Plan, 1).description
            ops = {code: (count, low) for code, count, low in groups}
            assert all(count == ROWS_PER_OP for count, _ in ops.values()), f"attempt {attempt}"
            if ops:
                newest = max(int(code[2:]) for code in ops)
                assert last == str(newest), "the plan row and the rows of one op disagree"
                for code, (_count, low) in ops.items():
                    op = int(code[2:])
                    bumped = op + 3 <= newest
                    assert (low >= 1000) == bumped, f"op {op}: update half applied"
            with store.write() as s:  # start the next child from a clean slate
                s.execute(m.Department.__table__.delete())
                s.get_one(m.Plan, 1).description = ""
    assert interrupted >= 20, f"only {interrupted} of 50 kills landed inside a write"


def test_first_write_waits_for_the_opening_snapshot(plan: Path) -> None:
    with open_plan(plan) as store, store.write() as s:  # no wait: write at once
        s.get_one(m.Plan, 1).name = "第一次修改"
    snaps = list_snapshots(plan)
    assert [x.reason for x in snaps] == ["open"]
    conn = sqlite3.connect(snaps[0].path)
    assert conn.execute("SELECT name FROM plan").fetchone()[0] == "集团 OA 推广"
    conn.close()


# -- other writers, and files that must not be replaced ------------------------------------


def test_read_only_open_while_another_program_is_writing(plan: Path) -> None:
    """A live write's journal is not a crashed one: read-only opens (and exports) work."""
    writer = sqlite3.connect(plan, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE plan SET name = '写到一半'")
        assert plan.with_name(plan.name + "-journal").stat().st_size > 0
        assert not hot_journal(plan)
        with open_plan(plan, read_only=True) as store, store.read() as s:
            assert s.get_one(m.Plan, 1).name == "集团 OA 推广"  # the last committed state
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def _looks_short(path: Path) -> bool:
    """Page 1 promises more pages than the file holds (a commit caught half way)."""
    with path.open("rb") as f:
        raw = f.read(100)
    size = path.stat().st_size
    page_size = int.from_bytes(raw[16:18], "big")
    return int.from_bytes(raw[28:32], "big") * page_size > size


def _commit_big_transactions(path: Path) -> None:  # pragma: no cover - forked child
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA cache_size = -400000")  # every page is written at COMMIT
    n = 0
    while True:
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(
            "INSERT INTO department (seq, name, code, headcount, readiness)"
            " VALUES (0, ?, '', 1, 'preparing')",
            [(f"{n}-{i}-" + "长名" * 200,) for i in range(5000)],
        )
        conn.execute("COMMIT")
        n += 1


@pytest.mark.skipif(not hasattr(signal, "SIGSTOP"), reason="needs SIGSTOP to freeze a commit")
def test_writer_killed_mid_commit_is_recovered_not_called_truncated(plan: Path) -> None:
    """SQLite writes page 1 (with the new page count) before the pages that grow the
    file, so a writer that dies there leaves a file that looks short. Its journal
    rolls the commit back; the file must not be refused as truncated."""
    with open_plan(plan, snapshot=False) as store, store.read() as s:
        before = s.scalar(select(func.count()).select_from(m.Department))
    caught = False
    for _attempt in range(20):
        pid = os.fork()
        if pid == 0:  # pragma: no cover - child
            try:
                _commit_big_transactions(plan)
            finally:
                os._exit(0)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if _looks_short(plan):
                os.kill(pid, signal.SIGSTOP)
                caught = _looks_short(plan)
                if caught:
                    break
                os.kill(pid, signal.SIGCONT)
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        if caught:
            break
        with open_plan(plan, snapshot=False) as store:  # roll back, start again
            pass
    assert caught, "never froze the writer between page 1 and the end of the file"
    assert hot_journal(plan)
    read_header(plan)  # not TRUNCATED: SQLite will recover it
    with pytest.raises(PlanFileError) as info:
        open_plan(plan, read_only=True)
    assert info.value.kind == PlanErrorKind.IO and "interrupted" in str(info.value)
    with open_plan(plan, snapshot=False) as store, store.read() as s:
        count = s.scalar(select(func.count()).select_from(m.Department))
    assert count is not None and count >= before and (count - before) % 5000 == 0
    assert check_integrity(plan, full=True) is None
    assert not hot_journal(plan)


def test_copy_of_a_plan_kept_busy_says_so(
    plan: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(planfile, "COPY_BUSY_TIMEOUT_MS", 300)
    target = tmp_path / "副本.oadesk"
    writer = sqlite3.connect(plan, isolation_level=None)
    try:
        writer.execute("BEGIN EXCLUSIVE")  # another program in the middle of a commit
        with pytest.raises(PlanFileError) as info:
            copy_plan(plan, target)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert info.value.kind == PlanErrorKind.BUSY
    assert str(plan) in str(info.value) and "Try again" in str(info.value)
    assert not target.exists()
    assert not list(tmp_path.glob(".*.tmp")) and not list(tmp_path.glob("*.lock"))


def test_restoring_the_oldest_snapshot_survives_rotation(plan: Path) -> None:
    with open_plan(plan, snapshot=False) as store:
        with store.write() as s:
            s.get_one(m.Plan, 1).name = "最早的版本"
        oldest = store.snapshot("hourly")
        with store.write() as s:
            s.get_one(m.Plan, 1).name = "后来的版本"
        for _ in range(KEEP_RECENT - 1):
            store.snapshot("hourly")
        # The before-restore snapshot would make the chosen one the eleventh newest.
        store.restore(oldest)
        with store.read() as s:
            assert s.get_one(m.Plan, 1).name == "最早的版本"
    assert check_integrity(plan, full=True) is None


def test_new_plan_and_copies_never_replace_an_open_plan(plan: Path, tmp_path: Path) -> None:
    other = tmp_path / "另一个.oadesk"
    create_plan(other, name="另一个")
    with open_plan(plan, snapshot=False) as store:
        with pytest.raises(PlanLockedError):
            create_plan(plan, name="新计划", overwrite=True)
        with pytest.raises(PlanLockedError):
            copy_plan(other, plan)
        with store.write() as s:  # the open plan is still the file on disk
            s.get_one(m.Plan, 1).description = "还在"
    with open_plan(plan, snapshot=False) as store, store.read() as s:
        row = s.get_one(m.Plan, 1)
        assert (row.name, row.description) == ("集团 OA 推广", "还在")
    create_plan(plan, name="新计划", overwrite=True)  # closed: replacing it is allowed
    with open_plan(plan, snapshot=False) as store, store.read() as s:
        assert s.get_one(m.Plan, 1).name == "新计划"
    assert not lock_path_for(plan).exists()
