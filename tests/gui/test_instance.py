"""A second start hands its plan to the running instance; Finder's files open the same way."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtNetwork import QLocalServer

from oa_desk.gui import instance
from oa_desk.gui.instance import InstanceServer, Windows, decode, encode
from oa_desk.gui.main_window import MainWindow
from oa_desk.services.demo import generate_demo
from oa_desk.store.planfile import create_plan

ROOT = Path(__file__).resolve().parents[2]
HAND_OVER = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from oa_desk.gui.instance import hand_over
app = QCoreApplication([])
print(hand_over(Path(sys.argv[1]), read_only=sys.argv[3] == "ro", name=sys.argv[2]))
"""


@pytest.fixture
def name() -> str:
    return f"oa-desk-test-{uuid.uuid4().hex[:12]}"


@pytest.fixture
def server(qtbot: Any, name: str) -> Iterator[InstanceServer]:
    served = InstanceServer(name)
    assert served.listen()
    yield served
    served.close()


def _second_start(path: Path, name: str, *, read_only: bool = False) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, "-c", HAND_OVER, str(path), name, "ro" if read_only else "rw"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )


def test_a_second_process_hands_its_plan_over(
    qtbot: Any, server: InstanceServer, name: str, tmp_path: Path
) -> None:
    plan = tmp_path / "第二个.oadesk"
    with qtbot.waitSignal(server.open_requested, timeout=20000) as signal:
        started = _second_start(plan, name, read_only=True)
    assert signal.args == [plan, True]
    out, err = started.communicate(timeout=20)
    assert started.returncode == 0, err
    assert out.strip() == "True"  # the second start was told it can exit


def test_nobody_listening_means_start_normally(name: str, tmp_path: Path) -> None:
    started = _second_start(tmp_path / "a.oadesk", name)
    out, err = started.communicate(timeout=20)
    assert started.returncode == 0, err
    assert out.strip() == "False"


def test_the_name_is_taken_while_an_instance_lives(server: InstanceServer, name: str) -> None:
    second = InstanceServer(name)
    assert not second.listen()
    assert server.is_listening()


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave no file behind")
def test_a_socket_left_by_a_crashed_instance_is_taken_over(name: str) -> None:
    path = Path(tempfile.gettempdir()) / name  # where QLocalServer puts a bare name
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(path))
    stale.close()  # the file stays, nobody listens: what a crash leaves
    assert path.exists()
    server = InstanceServer(name)
    try:
        assert server.listen()
    finally:
        server.close()
        QLocalServer.removeServer(name)


def test_messages_round_trip_and_garbage_is_refused(tmp_path: Path) -> None:
    plan = tmp_path / "计划.oadesk"
    assert decode(encode(plan, read_only=False)) == (plan, False)
    assert decode(b'{"open": "x.oadesk"}') is None  # no end of line
    assert decode(b"not json\n") is None
    assert decode(b'["x.oadesk"]\n') is None
    assert decode(b'{"open": 3}\n') is None
    assert decode(b'{"open": "a\\u0000b"}\n') is None
    assert decode(b'{"open": "x", "read_only": "yes"}\n') is None
    assert decode(b'{"open": "' + b"x" * instance.MAX_MESSAGE + b'"}\n') is None


def test_an_oversized_message_is_cut_off(qtbot: Any, server: InstanceServer, name: str) -> None:
    from PySide6.QtCore import QByteArray
    from PySide6.QtNetwork import QLocalSocket

    received: list[object] = []
    server.open_requested.connect(lambda *a: received.append(a))
    client = QLocalSocket()
    client.connectToServer(name)
    assert client.waitForConnected(2000)
    client.write(QByteArray(b"x" * (instance.MAX_MESSAGE + 10)))
    client.flush()
    qtbot.waitUntil(lambda: client.state() == QLocalSocket.LocalSocketState.UnconnectedState)
    assert received == []


@pytest.fixture
def plans(tmp_path: Path) -> tuple[Path, Path]:
    first, second = tmp_path / "first.oadesk", tmp_path / "second.oadesk"
    generate_demo(first)
    create_plan(second, name="Second")
    return first, second


def test_a_handed_over_plan_opens_in_a_new_window(
    qtbot: Any, window: MainWindow, plans: tuple[Path, Path]
) -> None:
    first, second = plans
    assert window.open_path(first)
    windows = Windows(window)
    opened = windows.open(second)
    qtbot.addWidget(opened)
    assert opened is not window and opened.isVisible()
    assert opened.pos() - window.pos() == QPoint(instance.CASCADE_PX, instance.CASCADE_PX)
    assert opened.doc is not None and opened.doc.store.path.resolve() == second.resolve()
    assert window.doc is not None and window.doc.store.path.resolve() == first.resolve()
    # Asked again for a plan a window has: that window, no third one.
    assert windows.open(first) is window
    assert windows.open(second) is opened
    assert len(windows.windows) == 2
    opened.close()


def test_a_window_without_a_plan_takes_it(window: MainWindow, plans: tuple[Path, Path]) -> None:
    windows = Windows(window)
    assert window.doc is None
    assert windows.open(plans[1], read_only=True) is window
    assert window.doc is not None and window.doc.read_only


def test_finders_file_open_event_opens_the_plan(
    window: MainWindow, plans: tuple[Path, Path]
) -> None:
    windows = Windows(window)
    event = QFileOpenEvent(str(plans[0]))
    assert event.type() == QEvent.Type.FileOpen
    assert windows.eventFilter(window, event)
    assert window.doc is not None and window.doc.store.path.resolve() == plans[0].resolve()


def test_the_socket_name_is_per_user_and_settings_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OA_DESK_SETTINGS_FILE", "/tmp/one.ini")
    one = instance.server_name()
    monkeypatch.setenv("OA_DESK_SETTINGS_FILE", "/tmp/two.ini")
    assert instance.server_name() != one
    monkeypatch.setenv("USER", "somebody-else")
    monkeypatch.setenv("LOGNAME", "somebody-else")
    assert instance.server_name() != one


def test_oa_desk_started_on_a_plan_while_one_runs_hands_it_over_and_exits(
    qtbot: Any, tmp_path: Path
) -> None:
    """The real command: ``oa-desk PLAN`` finds the running instance (same user and
    settings file as this test) and exits 0 without a window of its own."""
    running = InstanceServer()  # the name the app itself works out
    assert running.listen()
    plan = tmp_path / "双击.oadesk"
    create_plan(plan, name="双击")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("OA_DESK_EXIT_AFTER_PAINT", None)
    try:
        with qtbot.waitSignal(running.open_requested, timeout=30000) as signal:
            started = subprocess.Popen(
                [sys.executable, "-m", "oa_desk", str(plan)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                cwd=ROOT,
                env=env,
            )
        _out, err = started.communicate(timeout=30)
    finally:
        running.close()
        # The hand-over's socket is deleted later: let that happen while its server lives
        # (a server collected first leaves the event to a freed socket, a crash in the
        # next test that runs the event loop).
        qtbot.wait(50)
    assert signal.args == [plan.absolute(), False]
    assert started.returncode == 0, err
    assert "was handed to the running OA Desk" in err
