"""The window as a team-plan client: open by URL, Connect, Publish, Pull, two windows
kept live, a lost server. Each test needs the test server (OA_DESK_TEST_PG_URL,
tests/pg.py) except the ones about the command line and the dialog's fields."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select, text, update

from oa_desk import cli
from oa_desk.gui.app import build_window, make_app, open_initial
from oa_desk.gui.main_window import MainWindow
from oa_desk.gui.operations import perform
from oa_desk.gui.overview.operations import edit_plan_field
from oa_desk.gui.settings import Settings
from oa_desk.gui.team_plan import ConnectDialog
from oa_desk.services import tasks as task_service
from oa_desk.services.demo import generate_demo
from oa_desk.store import models as m
from oa_desk.store.connect import public_url, with_password
from oa_desk.store.planfile import open_plan
from oa_desk.store.teamplan import TeamPlanStore, open_team_plan
from tests.gui.conftest import MessageBoxes
from tests.pg import PgServer, team_plan_from_file
from tests.unit.test_live import _pg_ctl, own_server  # noqa: F401  (a fixture)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("team-gui") / "demo.oadesk"
    generate_demo(path, scale=1)
    return path


@pytest.fixture
def team_url(pg_server: PgServer, demo_file: Path) -> Iterator[str]:
    url = team_plan_from_file(pg_server, demo_file)
    yield url
    pg_server.drop(url)


@pytest.fixture
def second_window(qtbot: Any, window: MainWindow) -> Iterator[MainWindow]:
    make_app()
    win = build_window(Settings())
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def _team_store(window: MainWindow) -> TeamPlanStore:
    assert window.doc is not None
    store = window.doc.store
    assert isinstance(store, TeamPlanStore)
    return store


def _stored_name(url: str) -> str:
    with open_team_plan(url, read_only=True) as store, store.read() as s:
        return str(s.execute(select(m.Plan.name)).scalar_one())


# -- without a server ---------------------------------------------------------------------


def test_the_command_line_opens_the_gui_on_a_url(monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[object] = []
    monkeypatch.setattr(cli, "start_gui", lambda plan, read_only=False: started.append(plan) or 0)
    assert cli.main(["postgresql://pm@db.example.com/rollout"]) == 0
    assert cli.main(["postgresql://pm@db.example.com/rollout", "--read-only"]) == 0
    assert started == ["postgresql://pm@db.example.com/rollout"] * 2


def test_the_dialog_builds_the_url_and_keeps_the_password_out_of_it(qtbot: Any) -> None:
    dialog = ConnectDialog(url="postgresql://pm@db.example.com:6543/rollout")
    qtbot.addWidget(dialog)
    assert dialog.public_url() == "postgresql://pm@db.example.com:6543/rollout"
    dialog.set_password("s3cret")
    assert dialog.url() == with_password(dialog.public_url(), "s3cret")
    assert "s3cret" not in dialog.public_url()


def test_an_unreachable_server_is_explained_in_the_dialog(qtbot: Any) -> None:
    dialog = ConnectDialog(url="postgresql://pm@127.0.0.1:1/rollout")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.tested, timeout=10_000) as outcome:
        dialog.test_connection()
    assert outcome.args == [False]
    assert "cannot be reached" in dialog._ui.resultLabel.text()


# -- on the test server --------------------------------------------------------------------


@pytest.mark.both_engines
def test_a_team_plan_opens_by_url_and_is_remembered_without_password(
    team_url: str, window: MainWindow, demo_file: Path
) -> None:
    secret = with_password(team_url, "not-needed")  # trust authentication ignores it
    assert window.open_target(secret)
    store = _team_store(window)
    assert "not-needed" not in window.path_label.text()
    assert public_url(team_url) in window.path_label.text().replace(":***", "")
    with open_plan(demo_file, read_only=True) as plan, plan.read() as s:
        name = s.execute(select(m.Plan.name)).scalar_one()
    assert name in window.windowTitle()
    assert window.settings.recent_files[0] == public_url(team_url)
    assert window.settings.last_plan == public_url(team_url)
    assert all("not-needed" not in p for p in window.settings.recent_files)
    team = window.lifecycle.team
    assert not team.act_publish.isEnabled() and team.act_pull.isEnabled()
    assert team.server_label.text() == "Team plan: live"
    assert store.location in window.path_label.text()
    # reopened from the recent plans, and at the next start from the last plan
    window.lifecycle._fill_recent()
    entry = window.menu_recent.actions()[0]
    assert "not-needed" not in entry.text() and "not-needed" not in entry.toolTip()
    window.close_plan()
    entry.trigger()
    assert isinstance(window.doc and window.doc.store, TeamPlanStore)
    window.settings.last_plan = public_url(team_url)
    window.close_plan_quietly()
    open_initial(window, None, read_only=False)
    assert isinstance(window.doc and window.doc.store, TeamPlanStore)


@pytest.mark.both_engines
def test_another_windows_edits_reach_this_one_within_two_seconds(
    team_url: str, window: MainWindow, second_window: MainWindow, qtbot: Any
) -> None:
    assert window.open_target(team_url) and second_window.open_target(team_url)
    for win in (window, second_window):
        assert win.lifecycle.team.live is not None
        assert win.lifecycle.team.live.link.listener.wait_listening(5)
    second_window.show_page("timeline")
    timeline = second_window.page("timeline")
    qtbot.waitUntil(lambda: timeline.model.rowCount() > 0, timeout=5000)
    task_id = timeline.model.timeline.rows[-1].id
    assert window.doc is not None
    started = time.monotonic()
    assert edit_plan_field(window.doc, "name", "Name", "华东区 OA 推广") is not None
    qtbot.waitUntil(lambda: "华东区 OA 推广" in second_window.windowTitle(), timeout=2000)
    assert time.monotonic() - started < 2.0
    doc, store = window.doc, window.doc.store
    perform(
        doc,
        "Rename",
        lambda: task_service.set_task_fields(store, task_id, {"name": "远程改名"}),
        lambda r: task_service.revert_task_edit(store, r.undo),
    )
    qtbot.waitUntil(
        lambda: (row := timeline.model.row_of(task_id)) is not None and row.name == "远程改名",
        timeout=2000,
    )
    # undo in the first window reaches the second too
    window.act_undo.trigger()
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: "华东区 OA 推广" not in second_window.windowTitle(), timeout=2000)


def _terminate(url: str, application: str) -> None:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.begin() as conn:
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                    "AND application_name LIKE :app"
                ),
                {"app": application},
            )
    finally:
        engine.dispose()


@pytest.mark.both_engines
def test_a_server_lost_mid_edit_refuses_it_then_the_window_becomes_writable_again(
    team_url: str, window: MainWindow, qtbot: Any, message_boxes: MessageBoxes
) -> None:
    assert window.open_target(team_url)
    store = _team_store(window)
    assert window.doc is not None
    before = _stored_name(team_url)

    def edit_that_loses_the_server() -> Any:
        with store.write() as session:
            session.execute(update(m.Plan).values(name="half written"))
            _terminate(team_url, "OA Desk")
            session.execute(update(m.Plan).values(organisation="x"))
        raise AssertionError("the unit of work should have failed")

    assert perform(window.doc, "Edit", edit_that_loses_the_server, lambda r: r) is None
    assert any("connection to the server was lost" in t for _k, t in message_boxes.shown)
    assert _stored_name(team_url) == before
    # the live link still reaches the server: writable again, by itself
    qtbot.waitUntil(lambda: not store.offline, timeout=5000)
    qtbot.waitUntil(lambda: not window.read_only_badge.isVisible(), timeout=2000)
    assert edit_plan_field(window.doc, "name", "Name", "恢复之后") is not None
    assert _stored_name(team_url) == "恢复之后"


@pytest.mark.both_engines
def test_a_broken_live_connection_makes_the_window_read_only_until_it_is_back(
    team_url: str, window: MainWindow, qtbot: Any
) -> None:
    assert window.open_target(team_url)
    store = _team_store(window)
    team = window.lifecycle.team
    assert team.live is not None and team.live.link.listener.wait_listening(5)
    states: list[bool] = []
    team.live.connection.connect(states.append)
    _terminate(team_url, "OA Desk (live)")
    qtbot.waitUntil(lambda: False in states, timeout=3000)
    # read-only while it was away; said so in the status bar
    qtbot.waitUntil(lambda: states[-1] is True, timeout=5000)
    assert not store.offline
    assert team.server_label.text() == "Team plan: live"


@pytest.mark.both_engines
def test_offline_is_shown_in_the_status_bar_and_edits_are_refused(
    team_url: str, window: MainWindow, message_boxes: MessageBoxes
) -> None:
    assert window.open_target(team_url)
    store = _team_store(window)
    assert window.doc is not None
    team = window.lifecycle.team
    team._connection(window.doc, False)  # what the live link reports when the server goes
    assert store.offline and window.doc.read_only
    assert window.read_only_badge.isVisible()
    assert "Server lost" in team.server_label.text()
    assert edit_plan_field(window.doc, "name", "Name", "不会保存") is None
    assert any("connection to the server was lost" in t for _k, t in message_boxes.shown)
    team._connection(window.doc, True)
    assert not window.doc.read_only and not window.read_only_badge.isVisible()


@pytest.mark.both_engines
def test_the_dialog_tests_the_connection_and_an_empty_database_offers_publish(
    team_url: str, window: MainWindow, pg_server: PgServer, qtbot: Any, message_boxes: MessageBoxes
) -> None:
    dialog = ConnectDialog(window, url=team_url)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.tested, timeout=10_000) as outcome:
        dialog.test_connection()
    assert outcome.args == [True]
    assert "an OA Desk plan" in dialog._ui.resultLabel.text()
    empty = pg_server.database()
    dialog = ConnectDialog(window, url=empty)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.tested, timeout=10_000):
        dialog.test_connection()
    assert "the database is empty" in dialog._ui.resultLabel.text()
    assert not window.open_target(empty)
    assert any("holds no OA Desk plan" in t for _k, t in message_boxes.shown)
    assert window.doc is None


class _AcceptingDialog:
    """Stands for ConnectDialog: the user typed ``url`` and pressed OK."""

    DialogCode = ConnectDialog.DialogCode
    url_given = ""

    def __init__(self, *_a: Any, **_k: Any) -> None:
        pass

    def exec(self) -> Any:
        return ConnectDialog.DialogCode.Accepted

    def url(self) -> str:
        return self.url_given


@pytest.mark.both_engines
def test_publish_and_pull_from_the_file_menu(
    window: MainWindow,
    pg_server: PgServer,
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: MessageBoxes,
) -> None:
    plan = tmp_path / "plan.oadesk"
    plan.write_bytes(demo_file.read_bytes())
    assert window.open_path(plan)
    team = window.lifecycle.team
    assert team.act_publish.isEnabled()
    empty = pg_server.database()
    _AcceptingDialog.url_given = empty
    monkeypatch.setattr("oa_desk.gui.team_client.ConnectDialog", _AcceptingDialog)
    assert team.publish()
    with open_plan(plan, read_only=True) as store, store.read() as s:
        name = s.execute(select(m.Plan.name)).scalar_one()
    assert _stored_name(empty) == name
    assert any("was published to" in t for _k, t in message_boxes.shown)
    # publishing again into the now full database is refused, nothing changes there
    assert not team.publish()
    assert any("is not empty" in t for _k, t in message_boxes.shown)
    # pull the team plan into a file, from the team plan's window
    assert window.open_target(empty)
    target = tmp_path / "offline.oadesk"
    monkeypatch.setattr(window.lifecycle, "_ask_save_path", lambda *_a: target)
    assert team.pull()
    with open_plan(target, read_only=True) as copy, copy.read() as s:
        assert s.execute(select(m.Plan.name)).scalar_one() == name
    window.close_plan()
    pg_server.drop(empty)


def test_the_dialog_keeps_the_password_in_the_keyring_only_when_asked(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, isolated_settings: Path
) -> None:
    import sys

    from tests.unit.test_live import FakeKeyring

    monkeypatch.setitem(sys.modules, "keyring", None)
    dialog = ConnectDialog(url="postgresql://pm@db/r")
    qtbot.addWidget(dialog)
    assert not dialog._ui.savePasswordCheck.isEnabled()  # no keyring: for this session only
    fake = FakeKeyring()
    monkeypatch.setitem(sys.modules, "keyring", fake)
    dialog = ConnectDialog(url="postgresql://pm@db/r")
    qtbot.addWidget(dialog)
    dialog.set_password("s3cret")
    dialog._accept()
    assert fake.secrets == {}
    dialog = ConnectDialog(url="postgresql://pm@db/r")
    qtbot.addWidget(dialog)
    dialog.set_password("s3cret")
    dialog._ui.savePasswordCheck.setChecked(True)
    dialog._accept()
    assert list(fake.secrets.values()) == ["s3cret"]
    Settings().sync()
    if isolated_settings.exists():
        assert "s3cret" not in isolated_settings.read_text(encoding="utf-8")


@pytest.mark.both_engines
def test_a_stopped_server_makes_the_window_read_only_and_it_recovers_by_itself(
    own_server: str,  # noqa: F811  (the fixture imported above)
    window: MainWindow,
    demo_file: Path,
    qtbot: Any,
    message_boxes: MessageBoxes,
) -> None:
    server = PgServer(own_server)
    url = team_plan_from_file(server, demo_file)
    server._admin_engine().dispose()
    assert window.open_target(url)
    store = _team_store(window)
    team = window.lifecycle.team
    assert window.doc is not None and team.live is not None
    assert team.live.link.listener.wait_listening(5)
    _pg_ctl(own_server, "stop")
    qtbot.waitUntil(lambda: store.offline, timeout=3000)
    assert window.read_only_badge.isVisible() and "[read-only]" in window.windowTitle()
    assert "Server lost" in team.server_label.text()
    assert "connection to the team plan's server was lost" in (team.read_only_reason() or "")
    assert edit_plan_field(window.doc, "name", "Name", "不会保存") is None
    assert any("connection to the server was lost" in t for _k, t in message_boxes.shown)
    _pg_ctl(own_server, "start")
    qtbot.waitUntil(lambda: not store.offline, timeout=20_000)
    assert not window.read_only_badge.isVisible()
    assert team.server_label.text() == "Team plan: live"
    assert edit_plan_field(window.doc, "name", "Name", "恢复之后") is not None
    assert _stored_name(url) == "恢复之后"


@pytest.mark.both_engines
def test_a_cancelled_publish_leaves_the_database_empty(
    window: MainWindow,
    pg_server: PgServer,
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: MessageBoxes,
) -> None:
    from sqlalchemy import inspect

    plan = tmp_path / "plan.oadesk"
    plan.write_bytes(demo_file.read_bytes())
    assert window.open_path(plan)
    empty = pg_server.database()
    _AcceptingDialog.url_given = empty
    monkeypatch.setattr("oa_desk.gui.team_client.ConnectDialog", _AcceptingDialog)
    monkeypatch.setattr("oa_desk.gui.jobs.SHOW_AFTER_MS", 0)  # before the copy can end
    window.jobs.on_dialog = lambda _dialog, job: job.cancel()
    assert not window.lifecycle.team.publish()
    assert any("Cancelled: nothing was changed." in t for _k, t in message_boxes.shown)
    engine = create_engine(empty.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.connect() as conn:
            assert inspect(conn).get_table_names() == []
    finally:
        engine.dispose()
    pg_server.drop(empty)


def test_the_welcome_page_offers_to_connect(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[object] = []
    monkeypatch.setattr(window.lifecycle.team, "connect_dialog", lambda: asked.append(1))
    assert window.welcome._ui.connectButton.isVisible()
    window.welcome._ui.connectButton.click()
    assert asked == [1]
