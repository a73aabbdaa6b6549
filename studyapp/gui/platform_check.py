"""Before Qt starts: can its platform plugin load here? If not, say which libraries to install.

On a minimal Linux (containers, WSL, server images) Qt's X11 plugin misses system
libraries, and Qt then aborts the process (exit 134) naming only the first one.
This check runs first, without creating a QApplication: it finds the platform Qt
will use, lists every library its plugin cannot find (``ldd``, and the one Qt
opens at run time, ``libxcb-cursor``) and names the Debian/Ubuntu packages that
give them, in one line. It never blocks a start it is unsure about.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

# The libraries Qt's xcb plugin needs that minimal systems lack, and the Debian
# package of each (Ubuntu uses the same names). A library not listed here is
# named by its file; the rule below guesses its package.
PACKAGES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}
# Opened by the xcb plugin at run time (Qt >= 6.5), so ldd does not show it.
RUNTIME = {"xcb": ("libxcb-cursor.so.0",)}
PLUGINS = {"xcb": ("libqxcb.so", "libQt6XcbQpa.so.6"), "wayland": ("libqwayland.so",)}

Run = Callable[[list[str]], str]


@dataclass(frozen=True)
class Problem:
    """Why Qt's platform plugin cannot load, in one line for the terminal."""

    platform: str
    missing: tuple[str, ...] = ()
    no_display: bool = False

    def message(self) -> str:
        if self.no_display:
            return (
                "studyapp: the desktop app needs a graphical session, and none was found "
                "(DISPLAY and WAYLAND_DISPLAY are not set). Start it from your desktop; "
                "the command-line tools (studyapp --help) work without one."
            )
        packages = " ".join(dict.fromkeys(package_for(lib) for lib in self.missing))
        return (
            f"studyapp: the desktop app cannot start: Qt's {self.platform} platform plugin "
            f"needs libraries this system lacks ({', '.join(self.missing)}). On Debian or "
            f"Ubuntu install them with: sudo apt install {packages}"
        )


def package_for(library: str) -> str:
    """The Debian package that gives ``library`` (``libfoo-bar.so.3`` -> ``libfoo-bar3``)."""
    known = PACKAGES.get(library)
    if known:
        return known
    m = re.match(r"^(lib[\w+-]+?)\.so\.(\d+)", library)
    if not m:
        return library
    name, version = m.group(1).lower(), m.group(2)
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def chosen_platform(env: Mapping[str, str]) -> str | None:
    """The platform Qt will try first (None: nothing to check, e.g. offscreen)."""
    forced = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if forced:
        return forced if forced in PLUGINS else None
    if not sys.platform.startswith("linux"):
        return None
    if env.get("WAYLAND_DISPLAY") and env.get("XDG_SESSION_TYPE") == "wayland":
        return "wayland"
    return "xcb"


def _ldd(args: list[str]) -> str:
    if shutil.which(args[0]) is None:  # no ldd: only the run-time check below
        return ""
    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=20, check=False)
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout


def missing_libraries(
    platform: str,
    qt_dir: Path,
    run: Run = _ldd,
    loadable: Callable[[str], bool] | None = None,
) -> tuple[str, ...]:
    """The libraries the ``platform`` plugin needs and the system lacks."""
    can_load = loadable or _loadable
    missing: dict[str, None] = {}
    for name in PLUGINS[platform]:
        found = next(iter(qt_dir.rglob(name)), None)
        if found is None:
            continue
        for line in run(["ldd", str(found)]).splitlines():
            m = re.match(r"^\s*(\S+)\s*=>\s*not found", line)
            if m:
                missing[m.group(1)] = None
    for library in RUNTIME.get(platform, ()):
        if not can_load(library):
            missing[library] = None
    return tuple(missing)


def _loadable(library: str) -> bool:
    try:
        ctypes.CDLL(library)
    except OSError:
        return False
    return True


def qt_dir() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "Qt"


def problem(env: Mapping[str, str] | None = None) -> Problem | None:
    """What keeps Qt's platform plugin from loading here, or None (go ahead)."""
    env = os.environ if env is None else env
    platform = chosen_platform(env)
    if platform is None:
        return None
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return Problem(platform, no_display=True)
    where = qt_dir()
    if where is None:
        return None
    missing = missing_libraries(platform, where)
    return Problem(platform, missing) if missing else None
