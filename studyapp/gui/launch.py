"""Starting the GUI from the command line, with a clear message when it cannot start."""

from __future__ import annotations

import sys
from pathlib import Path


def launch_gui(data_dir: Path) -> int:
    try:
        from studyapp.gui.app import run_app
    except ImportError as exc:  # PySide6 missing or its system libraries
        print(f"studyapp: the desktop app cannot start: {exc}", file=sys.stderr)
        return 1
    return run_app(data_dir)
