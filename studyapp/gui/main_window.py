"""The main window: a navigation between the screens, the 繁/简 toggle, menus.

The screens come from :mod:`studyapp.gui.screens.registry` (adding one is an
entry there); this window arranges them, owns the menus, goes where the context
asks (:meth:`GuiContext.open`) and remembers its size and place.

Fast start: a screen (and its module) is built the first time it is needed, and
the window is shown before the decks and the progress store are ready. With a
``loader``, the window paints at once with "Loading decks…" in place of the
page; right after its first paint the loader reads the decks in the background
and then attaches them; anything that needs the data before then (a page, an
action) makes the loader finish at once (:meth:`finish_loading`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from studyapp import __version__
from studyapp.gui.context import Destination, GuiContext
from studyapp.gui.dialogs.errors import show_error
from studyapp.gui.i18n import Translators, resolve_language
from studyapp.gui.loading import DataLoader
from studyapp.gui.screens.base import Screen
from studyapp.gui.screens.registry import HOME, KEYS, SCREENS, entry
from studyapp.gui.theme import apply_theme
from studyapp.paths import resources_dir

log = logging.getLogger(__name__)

S = TypeVar("S", bound=Screen)
BACKUP_EVERY_MS = 30 * 60 * 1000
LOAD_FALLBACK_MS = 300  # load even if the window is never painted (minimized, hidden)


def app_icon() -> QIcon:
    icon = QIcon.fromTheme("io.github.studyapp.StudyApp")
    if icon.isNull():
        icon = QIcon()
        for name in ("studyapp.svg", "studyapp.png"):
            path = resources_dir() / "icons" / name
            if path.exists():
                icon.addFile(str(path))
    return icon


class _Pages(Mapping[str, Screen]):
    """``window.pages[key]``: the screen, built on first use."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def __getitem__(self, key: str) -> Screen:
        if key not in KEYS:
            raise KeyError(key)
        return self._window.page(key)

    def __iter__(self) -> Iterator[str]:
        return iter(KEYS)

    def __len__(self) -> int:
        return len(KEYS)


class MainWindow(QMainWindow):
    #: The decks and the store are ready (emitted once).
    loaded = Signal()

    def __init__(
        self,
        ctx: GuiContext,
        translators: Translators | None = None,
        parent: QWidget | None = None,
        *,
        loader: DataLoader | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.translators = translators or Translators()
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.startup_box: QMessageBox | None = None
        self._loader = loader
        self._load_armed = False
        self._load_begun = False
        self._arriving = Destination(HOME)
        if loader is not None:
            loader.loaded.connect(self._data_loaded)

        # -- screens: built on first show (see page()) ---------------------------------
        self._built: dict[str, Screen] = {}
        self.pages: Mapping[str, Screen] = _Pages(self)
        self.stack = QStackedWidget()
        self.loading_label = QLabel()
        self.loading_label.setObjectName("loadingDecks")
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading_label)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(0, 0))
        for key in KEYS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._page_chosen)
        self.nav.setMinimumWidth(120)
        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([150, 850])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.statusBar()
        ctx.script_changed.connect(self._script_changed)
        ctx.open_requested.connect(self.go)

        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_EVERY_MS)
        self._backup_timer.timeout.connect(self.backup_now)
        self._backup_timer.start()

        self.retranslate()
        self._restore_layout()

    # -- loading -------------------------------------------------------------------
    @property
    def is_loaded(self) -> bool:
        return self._loader is None or self._loader.done

    def finish_loading(self) -> None:
        """Make the data ready now if it is not (idempotent)."""
        if self._loader is None or self._loader.done:
            return
        try:
            self._loader.finish()
        except Exception:
            self.loading_label.setText(self.tr("The decks could not be loaded."))
            raise

    def _data_loaded(self) -> None:
        self._page_chosen(self.nav.currentRow())
        self.loaded.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.is_loaded and not self._load_armed:
            self._load_armed = True
            self.installEventFilter(self)
            QTimer.singleShot(LOAD_FALLBACK_MS, self._begin_loading)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Right after the first paint: the window is on screen, now load the decks.
        if watched is self and event.type() == QEvent.Type.Paint:
            self.removeEventFilter(self)
            QTimer.singleShot(0, self._begin_loading)
        return super().eventFilter(watched, event)

    def _begin_loading(self) -> None:
        """Start the background part of loading (once); it finishes on this thread."""
        if self._load_begun or self._loader is None or self._loader.done:
            return
        self._load_begun = True
        self._loader.start(then=self.finish_loading)

    # -- screens -------------------------------------------------------------------
    def page(self, key: str) -> Screen:
        """The screen for ``key``, built (after the decks are loaded) on first use."""
        screen = self._built.get(key)
        if screen is None:
            self.finish_loading()
            screen = self._built[key] = entry(key).build(self.ctx)
            self.stack.addWidget(screen)
            if screen.undo_action is not None:
                screen.undo_action.changed.connect(self._update_undo)
        return screen

    def screen_as(self, key: str, kind: type[S]) -> S:
        """The screen for ``key``, known to be a ``kind`` (typed access for tests and tools)."""
        found = self.page(key)
        if not isinstance(found, kind):
            raise TypeError(f"screen {key!r} is a {type(found).__name__}, not a {kind.__name__}")
        return found

    def built_pages(self) -> dict[str, Screen]:
        """The screens built so far (nothing is built by asking)."""
        return dict(self._built)

    def _action(
        self,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        *,
        role: QAction.MenuRole | None = None,
    ) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if role is not None:
            action.setMenuRole(role)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.import_action = self._action(self.open_import, "Ctrl+I")
        self.export_action = self._action(self.open_export, "Ctrl+E")
        self.anki_import_action = self._action(self.open_anki_import)
        self.settings_action = self._action(
            self.open_settings, QKeySequence.StandardKey.Preferences
        )
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit_action = self._action(self.close, QKeySequence.StandardKey.Quit)
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.about_action = self._action(self.show_about, role=QAction.MenuRole.AboutRole)
        self.shortcuts_action = self._action(self.show_shortcuts, "F1")
        # Edit › Undo is the shown screen's own undo (the Review screen's: the last
        # rating); it is enabled while that screen's undo is.
        self.undo_action = QAction(self)
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self._undo)
        self.page_actions: dict[str, QAction] = {}
        for n, key in enumerate(KEYS, start=1):  # Ctrl+1 … Ctrl+9: the first nine screens
            shortcut = f"Ctrl+{n}" if n <= 9 else None
            action = self.page_actions[key] = self._action(self._shower(key), shortcut)
            if n <= 9:  # Alt+n too: on Review, Ctrl+1 … Ctrl+4 flag the card (Anki's keys)
                action.setShortcuts([QKeySequence(f"Ctrl+{n}"), QKeySequence(f"Alt+{n}")])
        self.backups_action = self._action(self.open_backups)
        self.script_group = QActionGroup(self)
        self.script_group.setExclusive(True)
        self.hant_action = QAction("繁", self, checkable=True)
        self.hans_action = QAction("简", self, checkable=True)
        for action, script in ((self.hant_action, "hant"), (self.hans_action, "hans")):
            action.setObjectName(f"script_{script}")
            self.script_group.addAction(action)
            action.triggered.connect(lambda _c=False, s=script: self.ctx.set_script(s))
        self.toggle_script_action = self._action(self.toggle_script, "Ctrl+T")
        self._script_changed(self.ctx.script)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.export_action)
        self.file_menu.addAction(self.anki_import_action)
        self.file_menu.addAction(self.backups_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.view_menu = bar.addMenu("")
        for key in KEYS:
            self.view_menu.addAction(self.page_actions[key])
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.hant_action)
        self.view_menu.addAction(self.hans_action)
        self.view_menu.addAction(self.toggle_script_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.script_label = QLabel()
        self.script_label.setContentsMargins(6, 0, 4, 0)
        self.toolbar.addWidget(self.script_label)
        self.toolbar.addAction(self.hant_action)
        self.toolbar.addAction(self.hans_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.import_action)
        self.toolbar.addAction(self.export_action)
        self.toolbar.addAction(self.settings_action)
        self.addToolBar(self.toolbar)

    # -- words -------------------------------------------------------------------
    def retranslate(self) -> None:
        # Qt adds the application's display name: "Review — studyapp"
        self.setWindowTitle(entry(self.current_page()).title())
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.import_action.setText(self.tr("&Import article…"))
        self.export_action.setText(self.tr("&Export to Anki…"))
        self.anki_import_action.setText(self.tr("&Bring progress back from Anki…"))
        self.backups_action.setText(self.tr("Back&ups…"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.about_action.setText(self.tr("&About studyapp"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.undo_action.setText(self.tr("&Undo last rating"))
        self.toggle_script_action.setText(self.tr("Switch 繁 / 简"))
        self.hant_action.setToolTip(self.tr("Show the content in Traditional characters (Ctrl+T)"))
        self.hans_action.setToolTip(self.tr("Show the content in Simplified characters (Ctrl+T)"))
        self.script_label.setText(self.tr("Script:"))
        self.nav.setAccessibleName(self.tr("Screens"))
        if not self.is_loaded:
            self.loading_label.setText(self.tr("Loading decks…"))
        for row, screen in enumerate(SCREENS):
            self.nav.item(row).setText(screen.title())
            self.page_actions[screen.key].setText(screen.title())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- navigation --------------------------------------------------------------------
    def current_page(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else HOME

    def show_page(self, key: str) -> None:
        self.go(Destination(key if key in KEYS else HOME))

    def go(self, destination: Destination) -> None:
        """Show the screen of ``destination`` and let it arrive there."""
        self._arriving = destination
        row = KEYS.index(destination.screen)
        if self.nav.currentRow() == row:
            self._page_chosen(row)
        else:
            self.nav.setCurrentRow(row)  # -> _page_chosen

    def _page_chosen(self, row: int) -> None:
        if row < 0:
            return
        key = KEYS[row]
        destination = self._arriving if self._arriving.screen == key else Destination(key)
        self._arriving = Destination(HOME)
        self.ctx.settings.page = key
        self.setWindowTitle(entry(key).title())
        if not self.is_loaded:
            self.stack.setCurrentWidget(self.loading_label)
            return
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        page.arrive(destination)
        if self.nav.hasFocus() or self.isVisible():
            page.setFocus()
        self._update_undo()

    def _shower(self, key: str) -> Callable[[], None]:
        return lambda: self.show_page(key)

    def _current_undo(self) -> QAction | None:
        page = self._built.get(self.current_page())
        return page.undo_action if page is not None else None

    def _update_undo(self) -> None:
        action = self._current_undo()
        self.undo_action.setEnabled(action is not None and action.isEnabled())

    def _undo(self) -> None:
        action = self._current_undo()
        if action is not None and action.isEnabled():
            action.trigger()

    # -- the script ---------------------------------------------------------------
    def toggle_script(self) -> None:
        self.ctx.set_script("hans" if self.ctx.script == "hant" else "hant")

    def _script_changed(self, script: str) -> None:
        self.hant_action.setChecked(script == "hant")
        self.hans_action.setChecked(script == "hans")

    # -- dialogs -------------------------------------------------------------------
    def open_settings(self) -> None:
        self.finish_loading()
        from studyapp.gui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self.ctx, self)
        dialog.language_changed.connect(self.set_language)
        dialog.theme_changed.connect(self.set_theme)
        dialog.open()
        self.settings_dialog = dialog

    def set_language(self, setting: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.translators.install(app, resolve_language(setting))

    def set_theme(self, theme: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)

    def open_export(self) -> None:
        self.finish_loading()
        from studyapp.gui.dialogs.export import ExportDialog

        dialog = ExportDialog(self.ctx, self)
        dialog.open()
        self.export_dialog = dialog

    def open_anki_import(self) -> None:
        self.finish_loading()
        from studyapp.gui.dialogs.anki_import import AnkiImportDialog

        dialog = AnkiImportDialog(self.ctx, self)
        dialog.open()
        self.anki_import_dialog = dialog

    def open_backups(self) -> None:
        self.finish_loading()
        from studyapp.gui.dialogs.backups import BackupsDialog

        dialog = BackupsDialog(self.ctx, self)
        dialog.open()
        self.backups_dialog = dialog

    def open_import(self) -> None:
        self.finish_loading()
        from studyapp.gui.importer.dialog import ImportDialog

        dialog = ImportDialog(self.ctx, self)
        dialog.open()
        self.import_dialog = dialog

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About studyapp"),
            self.tr(
                "<h3>studyapp {version}</h3>"
                "<p>Study two Chinese articles about how Anthropic began: flashcards with "
                "FSRS scheduling, timed quizzes, the articles' disagreements side by side, "
                "and export to Anki.</p>"
                "<p>Your progress is kept in {path}.</p>"
            ).format(version=__version__, path=self.ctx.data_dir),
        )

    def show_shortcuts(self) -> None:
        rows = [
            (self.tr("Space / Enter"), self.tr("Show the answer; on the answer: Good")),
            ("1 2 3 4", self.tr("Again, Hard, Good, Easy")),
            ("Ctrl+Z", self.tr("Undo the last rating, bury or suspension")),
            ("E", self.tr("Review: edit the fact (your own decks)")),
            ("-", self.tr("Review: bury the card until tomorrow")),
            ("@", self.tr("Review: suspend the card")),
            ("Ctrl+1 … Ctrl+4", self.tr("Review: red, orange, green, blue flag (again: no flag)")),
            ("B", self.tr("Review: show the fact in Browse")),
            ("Ctrl+T", self.tr("Switch between 繁 and 简")),
            (
                "Ctrl+1 … Ctrl+6",
                self.tr("Decks, Review, Quiz, Browse, Sources, Stats (not on Review: flags)"),
            ),
            ("Alt+1 … Alt+6", self.tr("Decks, Review, Quiz, Browse, Sources, Stats (everywhere)")),
            ("Ctrl+7 … Ctrl+9", self.tr("Learn, Read, Timeline")),
            ("Tab / Shift+Tab", self.tr("Move between controls (a ring shows where you are)")),
            ("Ctrl+F", self.tr("Search (in Browse)")),
            ("Ctrl+I", self.tr("Import an article")),
            ("Ctrl+E", self.tr("Export to Anki")),
            ("Ctrl+,", self.tr("Settings")),
            ("Ctrl+Q", self.tr("Quit")),
        ]
        table = "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in rows)
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), f"<table>{table}</table>")

    def report_startup_problem(self) -> None:
        """After the window is shown: say once why progress is not available, or
        why it is read-only."""
        if not self.ctx.store_problem:
            return
        if self.ctx.store is not None:  # open, read-only
            self.startup_box = show_error(
                self,
                self.tr("Your progress is open read-only"),
                self.ctx.store_problem,
                self.tr("You can browse the decks and take quizzes; nothing is saved."),
            )
            return
        self.startup_box = show_error(
            self,
            self.tr("Your progress could not be opened"),
            self.ctx.store_problem,
            self.tr("studyapp will run without saving progress until this is fixed."),
        )

    def bring_to_front(self) -> None:
        """Another start of studyapp handed over to this window: show it."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    # -- remembering and leaving ----------------------------------------------------
    def _restore_layout(self) -> None:
        settings = self.ctx.settings
        if not self.restoreGeometry(settings.window_geometry):
            self.resize(1100, 760)
        self.restoreState(settings.window_state)
        self.show_page(settings.page)

    def save_layout(self) -> None:
        settings = self.ctx.settings
        settings.window_geometry = self.saveGeometry()
        settings.window_state = self.saveState()
        settings.page = self.current_page()
        for page in self._built.values():
            page.save_layout()
        settings.sync()

    def backup_now(self, *, wait: bool = False) -> None:
        """Back up the progress if a backup is due: in the background (the timer's
        way, so the window never waits on it; at most every 30 minutes) or, with
        ``wait``, here and now (quit: whenever something changed since the last one)."""
        store = self.ctx.store
        if store is None:
            return
        from studyapp.core.store import StoreError

        try:
            if wait:
                store.maybe_backup(quitting=True)
                return
            job = store.backup_job()
        except (StoreError, OSError):
            log.warning("backup failed", exc_info=True)
            return
        if job is None:
            return

        def failed(exc: object) -> None:
            log.warning("backup failed: %s", exc)
            store.backup_failed()

        self.ctx.tasks.start("backup", lambda _progress: job(), on_failure=failed)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        if self.ctx.tasks.busy:
            self.ctx.tasks.cancel_all()
            self.ctx.tasks.wait(5000)
        self.backup_now(wait=True)
        super().closeEvent(event)
