"""Live refresh of a team plan (store/live.py) and connecting to its server
(store/connect.py): payloads, the receiver's rules, URLs, failures told apart; then,
on the test server (skipped without OA_DESK_TEST_PG_URL), two clients and a lost
connection."""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text, update

from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.services.demo import generate_demo
from oa_desk.store import models as m
from oa_desk.store.connect import (
    build_url,
    lost_connection,
    public_url,
    server_error,
    split_url,
    with_password,
)
from oa_desk.store.errors import PlanErrorKind, PlanFileError
from oa_desk.store.live import MAX_PAYLOAD, LiveLink, Receiver, decode, encode
from oa_desk.store.teamplan import TeamPlanStore, open_team_plan, safe_url
from tests.pg import PgServer, team_plan_from_file

# -- payloads -------------------------------------------------------------------------


def test_changes_travel_whole_in_an_announcement() -> None:
    changes = (
        Changes.update(ChangeKind.TASK, [3, 1])
        | Changes.insert(ChangeKind.TICKET, [7])
        | Changes.delete(ChangeKind.RISK, [9])
    )
    notice = decode(encode(changes, "abc", [12, 11]))
    assert notice is not None
    assert notice.sender == "abc"
    assert notice.writes == (11, 12)
    assert notice.changes == changes


def test_a_big_change_names_its_kinds_only_and_stays_under_the_limit() -> None:
    changes = Changes.update(ChangeKind.TASK, range(100_000, 103_000)) | Changes.insert(
        ChangeKind.DEPENDENCY, [1]
    )
    payload = encode(changes, "abc", [5])
    assert len(payload.encode()) <= MAX_PAYLOAD < 8000
    notice = decode(payload)
    assert notice is not None and notice.changes is not None
    assert not notice.changes.everything
    assert notice.changes.kinds() == {ChangeKind.TASK, ChangeKind.DEPENDENCY}
    # every page reloads those kinds whole: they are named as inserted, too
    assert ChangeKind.TASK in notice.changes.inserted


def test_everything_and_commit_notices_and_garbage_are_read() -> None:
    everything = decode(encode(Changes.all(), "abc", [1]))
    assert everything is not None and everything.changes == Changes.all()
    commit = decode("w abc 42")
    assert commit is not None and commit.changes is None and commit.writes == (42,)
    for garbage in ("", "w abc", "w abc x", "{", "[1]", '{"s": 3}', "hello"):
        assert decode(garbage) is None
    unknown = decode('{"s": "x", "w": [1], "u": {"no_such_table": [1], "task": [2]}}')
    assert unknown is not None and unknown.changes == Changes.update(ChangeKind.TASK, [2])


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_receiver_ignores_itself_and_waits_for_announcements() -> None:
    got: list[Changes] = []
    clock = Clock()
    receiver = Receiver("me", got.append, grace=0.5, clock=clock)
    receiver.receive("w me 1")
    receiver.receive(encode(Changes.update(ChangeKind.TASK, [1]), "me", [1]))
    assert got == []  # our own
    receiver.receive("w other 2")
    receiver.receive(encode(Changes.update(ChangeKind.TASK, [5]), "other", [2]))
    clock.now += 1
    receiver.expire()
    assert got == [Changes.update(ChangeKind.TASK, [5])]  # no "everything" after it


def test_a_commit_without_its_announcement_reloads_everything_after_the_grace() -> None:
    got: list[Changes] = []
    clock = Clock()
    receiver = Receiver("me", got.append, grace=0.5, clock=clock)
    receiver.receive("w other 3")
    clock.now += 0.4
    receiver.expire()
    assert got == []
    clock.now += 0.2
    receiver.expire()
    assert got == [Changes.all()]
    receiver.expire()
    assert got == [Changes.all()]  # once


def test_an_announcement_may_arrive_before_its_commit_notice() -> None:
    got: list[Changes] = []
    clock = Clock()
    receiver = Receiver("me", got.append, grace=0.5, clock=clock)
    receiver.receive(encode(Changes.update(ChangeKind.TASK, [5]), "other", [4]))
    receiver.receive("w other 4")
    clock.now += 1
    receiver.expire()
    assert got == [Changes.update(ChangeKind.TASK, [5])]


# -- URLs and failures -----------------------------------------------------------------


def test_urls_are_built_from_fields_and_remembered_without_a_password() -> None:
    url = build_url(" db.example.com ", 5432, "rollout", "pm")
    assert url == "postgresql://pm@db.example.com/rollout"
    assert build_url("db", 6543, "r", "") == "postgresql://db:6543/r"
    secret = with_password(url, "p@ss:w/rd")
    assert "p%40ss" in secret
    assert public_url(secret) == url
    assert "p@ss" not in public_url(secret) and "***" not in public_url(secret)
    assert with_password(url, "") == url
    parts = split_url(secret)
    assert (parts.host, parts.port, parts.database, parts.user) == (
        "db.example.com",
        5432,
        "rollout",
        "pm",
    )


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ('FATAL:  password authentication failed for user "pm"', PlanErrorKind.SERVER_AUTH),
        ("fe_sendauth: no password supplied", PlanErrorKind.SERVER_AUTH),
        ('FATAL:  database "nope" does not exist', PlanErrorKind.NO_DATABASE),
        (
            'connection to server at "127.0.0.1", port 1 failed: Connection refused',
            PlanErrorKind.SERVER_UNREACHABLE,
        ),
        ('could not translate host name "nohost" to address', PlanErrorKind.SERVER_UNREACHABLE),
        ("something else entirely", PlanErrorKind.IO),
    ],
)
def test_connection_failures_are_told_apart(message: str, kind: PlanErrorKind) -> None:
    error = server_error(
        RuntimeError(message + "\nsecond line"), safe_url("postgresql://pm:pw@db/r")
    )
    assert error.kind is kind
    assert "pw" not in str(error).replace("pwd", "")
    assert error.params["detail"] in message
    assert "127.0.0.1" not in error.params["detail"]  # the address is named once, first


def test_a_server_that_is_not_there_is_unreachable() -> None:
    with pytest.raises(PlanFileError) as refused:
        open_team_plan("postgresql://nobody@127.0.0.1:1/none")
    assert refused.value.kind is PlanErrorKind.SERVER_UNREACHABLE


def test_only_a_broken_connection_is_a_lost_one() -> None:
    assert lost_connection(ValueError("x"), "postgresql://db/r") is None


# -- on the test server ------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("live") / "demo.oadesk"
    generate_demo(path, scale=1)
    return path


@pytest.fixture
def team_url(pg_server: PgServer, demo_file: Path) -> Iterator[str]:
    url = team_plan_from_file(pg_server, demo_file)
    yield url
    pg_server.drop(url)


def _wait(condition: Callable[[], bool], seconds: float) -> float:
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > seconds:
            raise AssertionError(f"not within {seconds} s")
        time.sleep(0.01)
    return time.monotonic() - started


def _rename_plan(store: TeamPlanStore, name: str) -> None:
    with store.write() as session:
        session.execute(update(m.Plan).values(name=name))


@pytest.mark.both_engines
def test_another_clients_change_arrives_named_and_its_own_does_not(team_url: str) -> None:
    a, b = open_team_plan(team_url), open_team_plan(team_url)
    got_a: list[Changes] = []
    got_b: list[Changes] = []
    link_a = LiveLink(a, got_a.append, lambda _up: None)
    link_b = LiveLink(b, got_b.append, lambda _up: None)
    try:
        link_a.start()
        link_b.start()
        assert link_a.listener.wait_listening(5) and link_b.listener.wait_listening(5)
        generation = b.generation
        _rename_plan(a, "华东区")
        link_a.announce(Changes.update(ChangeKind.PLAN, [1]))
        took = _wait(lambda: bool(got_b), 2.0)
        assert got_b == [Changes.update(ChangeKind.PLAN, [1])]
        assert b.generation > generation  # the warm cache of b is not used any more
        time.sleep(0.8)  # past the grace period: no "everything" follows
        assert got_b == [Changes.update(ChangeKind.PLAN, [1])]
        assert got_a == []
        assert took < 2.0
        # a unit of work that is never announced (a client killed after its commit)
        _rename_plan(a, "华北区")
        _wait(lambda: len(got_b) == 2, 2.0)
        assert got_b[1] == Changes.all()
        # a refused unit of work is never announced: its transaction rolled back
        with pytest.raises(RuntimeError), a.write() as session:
            session.execute(update(m.Plan).values(name="x"))
            raise RuntimeError("refused")
        time.sleep(1.0)
        assert len(got_b) == 2
    finally:
        link_a.close()
        link_b.close()
        a.close()
        b.close()


def _terminate(url: str, application: str) -> None:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.begin() as conn:
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                    "AND application_name = :app"
                ),
                {"app": application},
            )
    finally:
        engine.dispose()


@pytest.mark.both_engines
def test_a_connection_lost_mid_edit_refuses_the_edit_and_writes_nothing(team_url: str) -> None:
    store = open_team_plan(team_url)
    try:
        with store.read() as session:
            before = session.execute(select(m.Plan.name)).scalar_one()
        with pytest.raises(PlanFileError) as refused, store.write() as session:
            session.execute(update(m.Plan).values(name="half written"))
            _terminate(team_url, "OA Desk")  # the server drops this unit of work's session
            session.execute(update(m.Plan).values(organisation="x"))
        assert refused.value.kind is PlanErrorKind.DISCONNECTED
        assert not store.offline  # nobody watches the connection: the next one tries again
        with store.read() as session:
            assert session.execute(select(m.Plan.name)).scalar_one() == before
        _rename_plan(store, "after")
        # watched (the live link's recheck): offline until the watcher says otherwise
        told: list[str] = []
        store.on_lost.append(lambda: told.append("lost"))
        with pytest.raises(PlanFileError), store.write() as session:
            session.execute(update(m.Plan).values(name="half written"))
            _terminate(team_url, "OA Desk")
            session.execute(update(m.Plan).values(organisation="x"))
        assert store.offline and told == ["lost"]
        with pytest.raises(PlanFileError) as again, store.write():
            pass
        assert again.value.kind is PlanErrorKind.DISCONNECTED
        store.offline = False
        with store.read() as session:
            assert session.execute(select(m.Plan.name)).scalar_one() == "after"
    finally:
        store.close()


@pytest.mark.both_engines
def test_the_listener_reports_a_lost_connection_and_comes_back_by_itself(team_url: str) -> None:
    store = open_team_plan(team_url)
    states: list[bool] = []
    got: list[Changes] = []
    back = threading.Event()

    def on_connection(up: bool) -> None:
        states.append(up)
        if up and False in states:
            back.set()

    link = LiveLink(store, got.append, on_connection)
    try:
        link.start()
        assert link.listener.wait_listening(5)
        _terminate(team_url, "OA Desk (live)")
        assert back.wait(5)
        assert states[:3] == [True, False, True]
        _wait(lambda: Changes.all() in got, 1.0)  # what was missed meanwhile: everything
    finally:
        link.close()
        store.close()


class FakeKeyring:
    """The ``keyring`` package's three calls OA Desk makes, in memory."""

    def __init__(self) -> None:
        self.secrets: dict[tuple[str, str], str] = {}

    def get_keyring(self) -> object:
        return self

    priority = 1

    def set_password(self, service: str, user: str, password: str) -> None:
        self.secrets[(service, user)] = password

    def get_password(self, service: str, user: str) -> str | None:
        return self.secrets.get((service, user))


def test_a_password_kept_in_the_keyring_is_used_for_that_url_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from oa_desk.store.connect import keyring_available, save_password
    from oa_desk.store.teamplan import _url, with_keyring_password

    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setitem(sys.modules, "keyring", None)  # not installed
    assert not keyring_available()
    assert not save_password("postgresql://pm@db:5433/r", "pw")
    fake = FakeKeyring()
    monkeypatch.setitem(sys.modules, "keyring", fake)
    assert keyring_available()
    assert save_password("postgresql://pm@db:5433/r", "pw")
    assert with_keyring_password(_url("postgresql://pm@db:5433/r")).password == "pw"
    assert with_keyring_password(_url("postgresql://pm@db:5433/other")).password is None
    assert with_keyring_password(_url("postgresql://pm:typed@db:5433/r")).password == "typed"


ROOT = Path(__file__).resolve().parents[2]


def _pg_ctl(url: str, action: str) -> None:
    """Stop or start again the server ``.ci/pg-start`` made for ``url`` (same folder, port)."""
    import subprocess

    from sqlalchemy.engine import make_url

    port = make_url(url).port
    folder = Path(f"/tmp/oa-desk-pg-{port}.folder").read_text(encoding="utf-8").strip()
    pg_ctl = str(sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))[-1])
    command = [pg_ctl, "-D", f"{folder}/data", "-w"]
    if action == "stop":
        # "fast": connections are cut as when a server goes down; what was committed
        # stays (the test server runs with synchronous_commit=off, which "immediate"
        # would make lose the last commits)
        command += ["-m", "fast", "stop"]
    else:
        options = f"-h 127.0.0.1 -p {port} -k {folder} -c fsync=off"
        command += ["-l", f"{folder}/server.log", "-o", options, "start"]
    if os.getuid() == 0:
        command = ["runuser", "-u", "postgres", "--", *command]
    subprocess.run(command, check=True, capture_output=True, timeout=60)


@pytest.fixture
def own_server(pg_server: PgServer) -> Iterator[str]:
    """A server of this test's own (it is stopped and started again), by .ci/pg-start."""
    import subprocess

    started = subprocess.run(
        [str(ROOT / ".ci" / "pg-start")], capture_output=True, text=True, timeout=120
    )
    if started.returncode != 0:
        pytest.skip(f"no server of its own: {started.stderr.strip()}")
    url = started.stdout.strip()
    yield url
    stopped = subprocess.run(
        [str(ROOT / ".ci" / "pg-start"), "--stop", url], capture_output=True, timeout=60
    )
    if stopped.returncode != 0:  # the test left it stopped: remove its folder all the same
        import shutil

        from sqlalchemy.engine import make_url

        note = Path(f"/tmp/oa-desk-pg-{make_url(url).port}.folder")
        if note.exists():
            shutil.rmtree(note.read_text(encoding="utf-8").strip(), ignore_errors=True)
            note.unlink()


@pytest.mark.both_engines
def test_a_stopped_server_is_noticed_and_reconnected_to_when_it_is_back(
    own_server: str, demo_file: Path
) -> None:
    server = PgServer(own_server)
    url = team_plan_from_file(server, demo_file)
    store = open_team_plan(url)
    states: list[bool] = []
    got: list[Changes] = []
    link = LiveLink(store, got.append, states.append)
    try:
        link.start()
        assert link.listener.wait_listening(5)
        server._admin_engine().dispose()  # its admin connection (the databases stay)
        _pg_ctl(own_server, "stop")
        _wait(lambda: False in states, 3.0)
        with pytest.raises(PlanFileError) as refused, store.write() as session:
            session.execute(update(m.Plan).values(name="while away"))
        assert refused.value.kind is PlanErrorKind.DISCONNECTED
        _pg_ctl(own_server, "start")
        took = _wait(lambda: states[-1] is True, 20.0)
        assert took < 20.0
        _wait(lambda: Changes.all() in got, 2.0)
        store.offline = False  # what the window does on the live link's news
        _rename_plan(store, "back")
    finally:
        link.close()
        store.close()


@pytest.mark.both_engines
def test_a_read_that_loses_the_server_says_so(team_url: str) -> None:
    store = open_team_plan(team_url)
    try:
        with pytest.raises(PlanFileError) as refused, store.read() as session:
            session.execute(select(m.Plan.name)).scalar_one()
            _terminate(team_url, "OA Desk")
            session.execute(select(m.Plan.name)).scalar_one()
        assert refused.value.kind is PlanErrorKind.DISCONNECTED
        with store.read() as session:  # a new connection: the server is still there
            assert session.execute(select(m.Plan.name)).scalar_one()
    finally:
        store.close()
