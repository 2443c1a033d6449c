"""One running OA Desk per user: a second start hands its plan to the first.

Double-clicking a ``.oadesk`` while OA Desk runs starts a second process. It
connects to the running instance's local socket (a per-user name; a named pipe
on Windows, a socket file on Unix that only its user may open), sends the
plan's path, and exits once the running instance says it took it; that
instance opens the plan in a new window (or in its window if that one has no
plan open, or brings forward the window that already has it). With nobody
listening, the process starts as usual and listens itself.

macOS does not start a second process: Finder sends the running app a
``QFileOpenEvent``, also at launch instead of a command-line argument, and the
same :class:`Windows` opens it.

A message is one line of JSON, ``{"open": PATH, "read_only": BOOL}``, at most
:data:`MAX_MESSAGE` bytes; anything else is ignored.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication

from oa_desk.gui.main_window import MainWindow
from oa_desk.gui.settings import SETTINGS_FILE_ENV

log = logging.getLogger(__name__)

MAX_MESSAGE = 64 * 1024
CONNECT_MS = 500
REPLY_MS = 5000
ACK = b"ok\n"
CASCADE_PX = 32  # a new window's offset from the last one


def server_name() -> str:
    """The running instance's socket name: one per user (and per settings file, so
    tests and a second profile do not meet the user's own instance)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or passwd
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    key = f"{user}|{os.environ.get(SETTINGS_FILE_ENV, '')}"
    return "oa-desk-" + hashlib.sha1(key.encode()).hexdigest()[:16]


def encode(path: Path, *, read_only: bool) -> bytes:
    message = {"open": str(path.expanduser().absolute()), "read_only": read_only}
    return json.dumps(message, ensure_ascii=False).encode() + b"\n"


def decode(data: bytes) -> tuple[Path, bool] | None:
    """The plan and read-only flag a message asks for, or None for anything else."""
    if len(data) > MAX_MESSAGE or not data.endswith(b"\n"):
        return None
    try:
        message = json.loads(data)
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(message, dict):
        return None
    path, read_only = message.get("open"), message.get("read_only", False)
    if not isinstance(path, str) or not path or "\0" in path or not isinstance(read_only, bool):
        return None
    return Path(path), read_only


def hand_over(path: Path, *, read_only: bool = False, name: str | None = None) -> bool:
    """Give ``path`` to the running instance; False when none answers (start normally)."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(QByteArray(encode(path, read_only=read_only)))
    socket.flush()
    reply = b""
    while len(reply) < len(ACK) and socket.waitForReadyRead(REPLY_MS):
        reply += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return reply.startswith(ACK)


class InstanceServer(QObject):
    """Listens for the plans later starts hand over; emits each one."""

    open_requested = Signal(Path, bool)

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Take the name; False while another instance answers on it. Asked first:
        with access options Qt puts a new socket file over an existing one."""
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(CONNECT_MS):
            probe.disconnectFromServer()
            return False  # another instance is alive: it keeps the name
        if self._server.listen(self.name):
            return True
        # A socket file left by an instance that crashed (Unix): nobody answers on it.
        if self._server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
            QLocalServer.removeServer(self.name)
            return self._server.listen(self.name)
        log.warning("cannot listen on %s: %s", self.name, self._server.errorString())
        return False

    def is_listening(self) -> bool:
        return self._server.isListening()

    def close(self) -> None:
        # Clients first, their signals off: a socket destroyed with the server would
        # otherwise announce its disconnection to a half-destroyed server (a crash).
        for socket in list(self._buffers):
            socket.blockSignals(True)
            socket.abort()
            socket.deleteLater()
        self._buffers.clear()
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if len(data) > MAX_MESSAGE:
            socket.abort()
            return
        self._buffers[socket] = data
        if not data.endswith(b"\n"):
            return
        asked = decode(data)
        if asked is None:
            socket.abort()
            return
        socket.write(QByteArray(ACK))
        socket.flush()
        self.open_requested.emit(*asked)

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()


class Windows(QObject):
    """The app's main windows: opens a plan handed over or sent by Finder."""

    def __init__(
        self,
        first: MainWindow,
        make_window: Callable[[], MainWindow] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.windows: list[MainWindow] = [first]
        self._make = make_window or (lambda: MainWindow(first.settings, first.translations))

    def open(self, path: Path, read_only: bool = False) -> MainWindow:
        """Show ``path``: its window if open, else an empty window, else a new one."""
        self.windows = [w for w in self.windows if _alive(w)]
        target = next((w for w in self.windows if _shows(w, path)), None)
        if target is None:
            target = next((w for w in self.windows if w.doc is None and w.isVisible()), None)
            if target is None:
                last = self.windows[-1] if self.windows else None
                target = self._make()
                self.windows.append(target)
                if last is not None:  # cascaded, not exactly over the last one
                    target.move(last.pos() + QPoint(CASCADE_PX, CASCADE_PX))
                target.show()
            target.open_path(path, read_only=read_only)
        target.raise_()
        target.activateWindow()
        return target

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Finder's "open this file" (macOS); also sent at launch instead of argv.
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            name = event.file()
            if name:
                self.open(Path(name))
                return True
        return super().eventFilter(watched, event)


def _alive(window: MainWindow) -> bool:
    try:
        window.objectName()
    except RuntimeError:  # its C++ object was deleted
        return False
    return True


def _shows(window: MainWindow, path: Path) -> bool:
    if window.doc is None:
        return False
    try:
        return window.doc.store.path.resolve() == path.expanduser().resolve()
    except (OSError, AttributeError):
        return False


def serve(app: QApplication, first: MainWindow) -> tuple[Windows, InstanceServer]:
    """Make ``app`` the instance later starts hand their plans to, and open Finder's files."""
    windows = Windows(first, parent=app)
    if sys.platform == "darwin":  # only there; an app-wide filter costs every event a call
        app.installEventFilter(windows)
    server = InstanceServer(parent=app)
    server.open_requested.connect(windows.open)
    app.aboutToQuit.connect(server.close)
    server.listen()
    return windows, server
