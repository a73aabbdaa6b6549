"""The QApplication and its main window.

:func:`run_app` is what ``studyapp`` (no arguments) starts; :func:`build_window`
does everything but the event loop, so tests start the real app the same way.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from studyapp.core.library import load_library
from studyapp.core.store import StoreError
from studyapp.gui.context import GuiContext
from studyapp.gui.dialogs.errors import ExceptionHook, log_path
from studyapp.gui.i18n import Translators, resolve_language, script_for_language
from studyapp.gui.main_window import MainWindow, app_icon
from studyapp.gui.settings import AppSettings, default_qsettings
from studyapp.gui.startup import open_progress
from studyapp.gui.theme import apply_theme
from studyapp.gui.worker import TaskRunner
from studyapp.paths import APP_ID, APP_NAME, default_data_dir

log = logging.getLogger(__name__)


def application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, named so the desktop finds its entry and icon."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationDisplayName("studyapp")
    QApplication.setDesktopFileName(APP_ID)
    QApplication.setWindowIcon(app_icon())
    return app


def setup_logging(data_dir: Path) -> None:
    """Warnings and errors go to ``DATA_DIR/logs/studyapp.log``."""
    path = log_path(data_dir)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
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
) -> MainWindow:
    """Everything the app needs, wired together: settings, language, theme, the
    decks, the progress store (never harmed if it cannot be opened), the window."""
    settings = AppSettings(qsettings if qsettings is not None else default_qsettings())
    translators = translators or Translators()
    language = resolve_language(settings.ui_language)
    translators.install(app, language)
    if not settings.has_script():
        settings.script = script_for_language(language)
    apply_theme(app, settings.theme)

    opened = open_progress(data_dir)
    library = load_library(data_dir)
    tasks = TaskRunner(app)
    ctx = GuiContext(data_dir, library, opened.store, settings, tasks, store_problem=opened.problem)
    if opened.store is not None:
        try:
            store = opened.store
            if (store.settings.desired_retention, store.settings.new_per_day) != (
                settings.desired_retention,
                settings.new_per_day,
            ):
                store.update_settings(
                    desired_retention=settings.desired_retention,
                    new_per_day=settings.new_per_day,
                )
            ctx.sync_cards()
        except (StoreError, ValueError):
            log.warning("could not prepare the progress store", exc_info=True)
    window = MainWindow(ctx, translators)
    app.aboutToQuit.connect(lambda: _close_store(ctx))
    return window


def _close_store(ctx: GuiContext) -> None:
    if ctx.store is not None:
        try:
            ctx.store.close()
        except StoreError:
            log.warning("closing the progress store failed", exc_info=True)


def run_app(data_dir: Path) -> int:
    app = application()
    setup_logging(data_dir)
    window: MainWindow | None = None
    hook = ExceptionHook(data_dir, parent=lambda: window)
    hook.install()
    try:
        try:
            window = build_window(app, data_dir)
        except Exception as exc:  # nothing to show yet: say it in a box, log the details
            hook(type(exc), exc, exc.__traceback__)
            if hook.last_box is not None:
                hook.last_box.exec()
            return 1
        window.show()
        window.report_startup_problem()
        return app.exec()
    finally:
        hook.uninstall()


def main() -> int:
    return run_app(default_data_dir())
