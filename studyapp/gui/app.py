"""The QApplication and its main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from studyapp.paths import default_data_dir


def run_app(data_dir: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("studyapp")
    window.setCentralWidget(QLabel("studyapp"))
    window.show()
    return app.exec()


def main() -> int:
    return run_app(default_data_dir())
