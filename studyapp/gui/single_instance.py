"""One running studyapp per data folder: a second start hands over and exits.

As in Anki, starting studyapp while it already runs with the same data folder
brings the running window to the front instead of opening a second window
(which could not use the progress: the first one holds it). The running app
listens on a local socket named after its data folder (:class:`InstanceServer`);
a new start first tries to reach it (:func:`hand_over`) and, if it answers,
asks it to show its window and exits.

The new start asks before its window exists, so it must be quick: on POSIX it
connects with Python's own socket to the path the server listens on (Qt's
network module is loaded only by the running app, after its first paint); on
Windows, where the socket is a named pipe, through Qt.
"""

from __future__ import annotations

import binascii
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

SHOW = b"show\n"
TIMEOUT_S = 0.5  # a running app answers at once; no app, or a stale socket, fails at once


def server_name(data_dir: Path) -> str:
    """The socket's name: one per data folder (however the folder was written)."""
    folder = str(Path(data_dir).expanduser().resolve()).encode("utf-8")
    # A checksum, not a secure hash: it only tells data folders apart (and
    # hashlib would cost the first paint a few milliseconds).
    return f"studyapp-{binascii.crc32(folder):08x}{len(folder):x}"


def server_address(data_dir: Path) -> str:
    """Where the running app listens: a socket file in the user's runtime folder on
    POSIX (private to the user where there is one), a pipe name on Windows."""
    name = server_name(data_dir)
    if sys.platform == "win32":
        return name
    folder = os.environ.get("XDG_RUNTIME_DIR") or os.environ.get("TMPDIR") or "/tmp"
    return str(Path(folder) / f"{name}-{os.getuid()}")


def hand_over(data_dir: Path) -> bool:
    """Ask a studyapp running with ``data_dir`` to show its window; True if one
    took the request (then this start should end)."""
    address = server_address(data_dir)
    if sys.platform == "win32":
        return _hand_over_qt(address)
    import socket

    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(TIMEOUT_S)
            client.connect(address)
            client.sendall(SHOW)
    except OSError:  # nobody listens (no file, or one a crashed app left)
        return False
    return True


def _hand_over_qt(address: str) -> bool:
    from PySide6.QtNetwork import QLocalSocket

    client = QLocalSocket()
    try:
        client.connectToServer(address)
        if not client.waitForConnected(int(TIMEOUT_S * 1000)):
            return False
        client.write(SHOW)
        return client.waitForBytesWritten(int(TIMEOUT_S * 1000))
    finally:
        client.abort()


class InstanceServer(QObject):
    """The running app's side: emits :attr:`show_requested` when a new start hands over."""

    show_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self.address = server_address(data_dir)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening (a socket left by a studyapp that crashed is replaced)."""
        from PySide6.QtNetwork import QLocalServer

        if self._server.listen(self.address):
            return True
        QLocalServer.removeServer(self.address)
        if self._server.listen(self.address):
            return True
        log.warning("cannot listen for other starts: %s", self._server.errorString())
        return False

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while (client := self._server.nextPendingConnection()) is not None:
            client.readyRead.connect(lambda c=client: self._read(c))
            client.disconnected.connect(client.deleteLater)
            if client.bytesAvailable():
                self._read(client)

    def _read(self, client: QObject) -> None:
        from PySide6.QtNetwork import QLocalSocket

        if isinstance(client, QLocalSocket) and SHOW.strip() in bytes(client.readAll().data()):
            self.show_requested.emit()
