"""The QApplication and its main window.

:func:`run_app` is what ``studyapp`` (no arguments) starts; :func:`build_window`
does everything but the event loop, so tests start the real app the same way.

Start-up is ordered for a fast first paint: this module imports only what the
window's frame needs (no decks, no store, no screens); :func:`run_app` shows the
window with "Loading decks…"; right after the first paint the
:class:`~studyapp.gui.loading.DataLoader` reads the decks in the background,
opens the store and hands both to the context.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from studyapp.gui.context import GuiContext
from studyapp.gui.dialogs.errors import ExceptionHook
from studyapp.gui.i18n import Translators, resolve_language, script_for_language
from studyapp.gui.input_method import choose_im_module, plugins_present
from studyapp.gui.loading import DataLoader
from studyapp.gui.main_window import MainWindow, app_icon
from studyapp.gui.platform_check import qt_dir
from studyapp.gui.settings import AppSettings, data_dir_settings
from studyapp.gui.single_instance import InstanceServer, hand_over
from studyapp.gui.theme import apply_theme
from studyapp.gui.worker import TaskRunner
from studyapp.paths import APP_ID, APP_NAME, default_data_dir, log_file

log = logging.getLogger(__name__)


def application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, named so the desktop finds its entry and icon."""
    existing = QApplication.instance()
    if not isinstance(existing, QApplication):  # fcitx5 users: see gui/input_method.py
        choose_im_module(os.environ, plugins_present(qt_dir()))
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationDisplayName("studyapp")
    QApplication.setDesktopFileName(APP_ID)
    QApplication.setWindowIcon(app_icon())
    return app


class LogFileHandler(logging.FileHandler):
    """The log file: a record it cannot write (a full disk, a read-only folder) is
    dropped without a word; logging's own report would print a traceback on the
    terminal for a condition the app already tells the reader about."""

    def handleError(self, record: logging.LogRecord) -> None:
        self.failed = getattr(self, "failed", 0) + 1

    def close(self) -> None:
        with contextlib.suppress(OSError):  # what it could not write stays unwritten
            super().close()


def setup_logging(data_dir: Path) -> None:
    """Warnings and errors go to ``DATA_DIR/logs/studyapp.log``."""
    path = log_file(data_dir)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = LogFileHandler(path, encoding="utf-8")
    except OSError:
        return
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger("studyapp").addHandler(handler)


def build_window(
    app: QApplication,
    data_dir: Path,
    qsettings: QSettings | None = None,
    translators: Translators | None = None,
    *,
    defer_loading: bool = False,
) -> MainWindow:
    """Everything the app needs, wired together: settings, language, theme, the
    decks, the progress store (never harmed if it cannot be opened), the window.

    With ``defer_loading`` the decks and the store are loaded after the window's
    first paint (or as soon as something needs them); otherwise before returning.
    """
    settings = AppSettings(qsettings if qsettings is not None else data_dir_settings(data_dir))
    translators = translators or Translators()
    language = resolve_language(settings.ui_language)
    translators.install(app, language)
    if not settings.has_script():
        settings.script = script_for_language(language)
    apply_theme(app, settings.theme)

    ctx = GuiContext(data_dir, settings, TaskRunner(app))
    loader = DataLoader(ctx)
    window = MainWindow(ctx, translators, loader=loader)
    app.aboutToQuit.connect(ctx.close_store)
    if not defer_loading:
        window.finish_loading()
    return window


def serve_instance(window: MainWindow, data_dir: Path) -> InstanceServer:
    """Make ``window`` the one studyapp of ``data_dir``: a later start shows it."""
    server = InstanceServer(data_dir, window)
    server.show_requested.connect(window.bring_to_front)
    server.listen()
    return server


def run_app(data_dir: Path) -> int:
    app = application()
    if hand_over(data_dir):  # already running with this data folder: it shows its window
        print("studyapp is already running; its window was brought to the front.")
        return 0
    setup_logging(data_dir)
    window: MainWindow | None = None
    hook = ExceptionHook(data_dir, parent=lambda: window)
    hook.install()
    try:
        try:
            window = build_window(app, data_dir, defer_loading=True)
        except Exception as exc:  # nothing to show yet: say it in a box, log the details
            hook(type(exc), exc, exc.__traceback__)
            if hook.last_box is not None:
                hook.last_box.exec()
            return 1
        window.loaded.connect(window.report_startup_problem)
        # After the first paint (Qt's network module is not needed before it).
        window.loaded.connect(lambda: serve_instance(window, data_dir))
        window.show()
        return app.exec()
    finally:
        hook.uninstall()


def main() -> int:
    return run_app(default_data_dir())
