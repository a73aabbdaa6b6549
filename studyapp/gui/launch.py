"""Starting the GUI from the command line, with a clear message when it cannot start."""

from __future__ import annotations

import sys
from pathlib import Path

from studyapp.paths import default_data_dir


def launch_gui(data_dir: Path) -> int:
    from studyapp.gui.platform_check import problem

    found = problem()
    if found is not None:  # Qt would abort (exit 134) naming one library; say it all
        print(found.message(), file=sys.stderr)
        return 1
    try:
        from studyapp.gui.app import run_app
    except ImportError as exc:  # PySide6 missing or its system libraries
        print(f"studyapp: the desktop app cannot start: {exc}", file=sys.stderr)
        return 1
    return run_app(data_dir)


def main() -> int:
    """``studyapp-gui``: the desktop app alone (``studyapp`` with no command does the same)."""
    return launch_gui(default_data_dir())
