"""Grab the screenshots of progress that travels (offscreen): the Export dialog
with the progress ticked after an export (export-progress-*.png, export-en.png)
and File › Bring progress back from Anki… after an import (anki-import-*.png),
in 繁 (繁體中文 interface) and 简 (简体中文 interface).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/take_anki.py

A month of made-up reviews (take.py's) is exported with progress from one data
folder and brought back into a fresh one. Nothing outside a temporary folder is
touched.
"""
# ruff: noqa: E402  (Qt must see QT_QPA_PLATFORM=offscreen before it is imported)

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))

from PySide6.QtCore import QEventLoop, QSettings
from PySide6.QtWidgets import QApplication
from take import grab, history  # the same data and the same small PNGs as the other shots

from studyapp.gui.app import application, build_window
from studyapp.gui.dialogs.anki_import import AnkiImportDialog
from studyapp.gui.dialogs.export import ExportDialog
from studyapp.gui.i18n import Translators
from studyapp.gui.main_window import MainWindow
from studyapp.gui.settings import ini_file
from studyapp.gui.worker import Task

SHOTS = (("zh_TW", "hant"), ("zh_CN", "hans"))
TRANSLATORS = Translators()  # one for all windows: each language replaces the last


def window_for(app: QApplication, data: Path, tmp: Path, ui: str, script: str) -> MainWindow:
    qs: QSettings = ini_file(tmp / f"settings-{data.name}.ini")
    qs.setValue("ui/theme", "light")
    window = build_window(app, data, qs, TRANSLATORS)
    window.show()
    window.finish_loading()
    window.set_language(ui)
    window.ctx.set_script(script)  # type: ignore[arg-type]
    app.processEvents()
    return window


def finish(task: Task | None) -> None:
    if task is not None and not task.done:
        loop = QEventLoop()
        task.finished.connect(loop.quit)
        loop.exec()


def export_shot(window: MainWindow, target: Path, name: str) -> None:
    window.open_export()
    dialog = window.export_dialog
    assert isinstance(dialog, ExportDialog)
    dialog.with_progress.setChecked(True)
    dialog.script.setCurrentIndex(dialog.script.findData("both"))
    dialog.path.setText(str(target))
    dialog.start_export()
    finish(dialog.task)
    dialog.adjustSize()
    grab(dialog, name)
    dialog.close()


def import_shot(window: MainWindow, package: Path, name: str) -> None:
    window.open_anki_import()
    dialog = window.anki_import_dialog
    assert isinstance(dialog, AnkiImportDialog)
    dialog.path.setText(str(package))
    dialog.start_import()
    finish(dialog.task)
    dialog.adjustSize()
    grab(dialog, name)
    dialog.close()


def close(window: MainWindow) -> None:
    window.close()
    if window.ctx.store is not None:
        window.ctx.store.close()


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="studyapp-anki-shots-"))
    studied = tmp / "studied"
    studied.mkdir()
    history(studied)
    app = application(sys.argv)
    packages = {}
    for ui, script in (*SHOTS, ("en", "hant")):
        window = window_for(app, studied, tmp, ui, script)
        packages[ui] = tmp / f"anthropic-{ui}.apkg"
        name = "export-en" if ui == "en" else f"export-progress-{ui}-{script}"
        export_shot(window, packages[ui], name)
        close(window)
    for ui, script in SHOTS:  # each into a fresh data folder: the reviews arrive
        fresh = tmp / f"fresh-{ui}"
        fresh.mkdir()
        window = window_for(app, fresh, tmp, ui, script)
        import_shot(window, packages[ui], f"anki-import-{ui}-{script}")
        close(window)
    return 0


if __name__ == "__main__":
    sys.exit(main())
