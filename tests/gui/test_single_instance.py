"""A second start of studyapp with the same data folder brings the running window
to the front and exits, as Anki does; it never opens a second window beside it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from studyapp.gui.app import serve_instance
from studyapp.gui.main_window import MainWindow
from studyapp.gui.single_instance import hand_over, server_address, server_name
from tests.conftest import ROOT
from tests.gui.conftest import OFFSCREEN_NOISE

# The offscreen platform cannot raise a window; it says so, and that is all it means.
offscreen = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, r"This plugin does not support raise\(\)")


@offscreen
def test_a_second_start_hands_over_to_the_running_window(
    window: MainWindow, data_dir: Path, qtbot: QtBot
) -> None:
    server = serve_instance(window, data_dir)
    window.showMinimized()
    with qtbot.waitSignal(server.show_requested, timeout=5000):
        assert hand_over(data_dir)
    assert not window.isMinimized() and window.isVisible()
    server.close()


def test_another_data_folder_is_another_reader(
    window: MainWindow, data_dir: Path, tmp_path: Path
) -> None:
    server = serve_instance(window, data_dir)
    assert server_name(tmp_path / "other") != server_name(data_dir)
    assert not hand_over(tmp_path / "other")
    assert server_name(data_dir / ".." / data_dir.name) == server_name(data_dir)
    server.close()


@pytest.mark.skipif(sys.platform == "win32", reason="a named pipe leaves no file behind")
@offscreen
def test_a_socket_left_by_a_crashed_studyapp_is_replaced(
    window: MainWindow, data_dir: Path, qtbot: QtBot
) -> None:
    path = server_address(data_dir)
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(path)  # a socket file nobody listens on: what a crash leaves
    stale.close()
    assert Path(path).exists()
    assert not hand_over(data_dir)
    server = serve_instance(window, data_dir)
    with qtbot.waitSignal(server.show_requested, timeout=5000):
        assert hand_over(data_dir)
    server.close()


@pytest.mark.slow
@offscreen
def test_the_studyapp_command_exits_and_the_running_window_comes_forward(
    window: MainWindow, data_dir: Path, qtbot: QtBot
) -> None:
    server = serve_instance(window, data_dir)
    env = {**os.environ, "STUDYAPP_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    second = subprocess.Popen(
        [sys.executable, "-m", "studyapp"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        with qtbot.waitSignal(server.show_requested, timeout=30_000):
            pass
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=30_000)
    finally:
        if second.poll() is None:  # a second window that did not hand over
            second.kill()
    out, err = second.communicate()
    assert second.returncode == 0, err
    assert out == "studyapp is already running; its window was brought to the front.\n"
    server.close()
