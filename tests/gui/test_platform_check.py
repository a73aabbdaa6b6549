"""Before Qt starts: a missing system library or display is said in one line, exit 1."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from studyapp.gui.platform_check import (
    Problem,
    chosen_platform,
    missing_libraries,
    package_for,
    problem,
)

LDD_OUTPUT = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /x/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f)
"""


def test_packages_are_named_for_every_missing_library() -> None:
    assert package_for("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert package_for("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert package_for("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert package_for("libfoo-bar.so.3") == "libfoo-bar3"  # the Debian rule
    assert package_for("libfoo2.so.1") == "libfoo2-1"


def test_the_platform_is_the_one_qt_would_try() -> None:
    assert chosen_platform({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert chosen_platform({"QT_QPA_PLATFORM": "xcb"}) == "xcb"
    if sys.platform.startswith("linux"):
        assert chosen_platform({"DISPLAY": ":0"}) == "xcb"
        wayland = {"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}
        assert chosen_platform(wayland) == "wayland"


def test_every_missing_library_is_listed_with_the_run_time_one(tmp_path: Path) -> None:
    (tmp_path / "plugins" / "platforms").mkdir(parents=True)
    (tmp_path / "plugins" / "platforms" / "libqxcb.so").write_bytes(b"")
    found = missing_libraries(
        "xcb", tmp_path, run=lambda _args: LDD_OUTPUT, loadable=lambda _lib: False
    )
    assert found == (
        "libxcb-icccm.so.4",
        "libxcb-keysyms.so.1",
        "libxkbcommon-x11.so.0",
        "libxcb-cursor.so.0",
    )
    text = Problem("xcb", found).message()
    assert text.count("\n") == 0
    assert (
        "sudo apt install libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libxcb-cursor0" in text
    )


def test_nothing_is_said_when_everything_loads(tmp_path: Path) -> None:
    assert missing_libraries("xcb", tmp_path, run=lambda _a: "", loadable=lambda _l: True) == ()


def test_no_display_is_said_plainly() -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("the X11/Wayland check is for Linux")
    found = problem({})
    assert found is not None and found.no_display
    assert "graphical session" in found.message()


@pytest.mark.slow
def test_starting_without_a_display_exits_1_with_one_line(tmp_path: Path) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("the X11/Wayland check is for Linux")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [sys.executable, "-m", "studyapp", "--data-dir", str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert done.stderr.count("\n") == 1 and "graphical session" in done.stderr
