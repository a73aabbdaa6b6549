"""The main window: a navigation between the screens, the 繁/简 toggle, menus.

Each screen is its own module and takes the :class:`GuiContext`; this window
only arranges them, owns the menus and remembers its size and place.
The quiz page and the import dialog come from their own packages and are
optional at run time: if one cannot be imported, its place says so.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
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
    QVBoxLayout,
    QWidget,
)

from studyapp import __version__
from studyapp.core.store import StoreError
from studyapp.gui.context import GuiContext
from studyapp.gui.dialogs.errors import error_text, show_error
from studyapp.gui.i18n import Translators, resolve_language
from studyapp.gui.screens.browse import BrowseScreen
from studyapp.gui.screens.decks import DecksScreen
from studyapp.gui.screens.review import ReviewScreen
from studyapp.gui.screens.sources import SourcesScreen
from studyapp.gui.screens.stats import StatsScreen
from studyapp.gui.theme import apply_theme
from studyapp.paths import resources_dir

log = logging.getLogger(__name__)

PAGES = ("decks", "review", "quiz", "browse", "sources", "stats")
BACKUP_EVERY_MS = 30 * 60 * 1000


def app_icon() -> QIcon:
    icon = QIcon.fromTheme("io.github.studyapp.StudyApp")
    if icon.isNull():
        icon = QIcon()
        for name in ("studyapp.svg", "studyapp.png"):
            path = resources_dir() / "icons" / name
            if path.exists():
                icon.addFile(str(path))
    return icon


class Unavailable(QWidget):
    """The place of a part of the app that could not be loaded."""

    def __init__(self, what: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._what = what
        self.label = QLabel()
        self.label.setObjectName("unavailable")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self._what())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _load(module: str, name: str) -> type | None:
    """A class from an optional part of the app, or None if it is not installed."""
    try:
        found = getattr(importlib.import_module(module), name)
    except ImportError:
        log.info("%s.%s is not available", module, name)
        return None
    return found if isinstance(found, type) else None


class MainWindow(QMainWindow):
    def __init__(
        self,
        ctx: GuiContext,
        translators: Translators | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.translators = translators or Translators()
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.startup_box: QMessageBox | None = None

        # -- screens ---------------------------------------------------------------
        self.decks = DecksScreen(ctx)
        self.review = ReviewScreen(ctx)
        self.browse = BrowseScreen(ctx)
        self.sources = SourcesScreen(ctx)
        self.stats = StatsScreen(ctx)
        self.quiz = self._make_quiz()
        self.pages: dict[str, QWidget] = {
            "decks": self.decks,
            "review": self.review,
            "quiz": self.quiz,
            "browse": self.browse,
            "sources": self.sources,
            "stats": self.stats,
        }
        self.stack = QStackedWidget()
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(0, 0))
        for key in PAGES:
            self.stack.addWidget(self.pages[key])
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

        self.decks.study_requested.connect(self.start_review)
        self.review.leave_requested.connect(lambda: self.show_page("decks"))
        self.review.session_changed.connect(self._update_undo)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.statusBar()
        ctx.script_changed.connect(self._script_changed)

        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_EVERY_MS)
        self._backup_timer.timeout.connect(self.backup_now)
        self._backup_timer.start()

        self.retranslate()
        self._restore_layout()

    # -- parts -----------------------------------------------------------------------
    def _make_quiz(self) -> QWidget:
        page_class = _load("studyapp.gui.quiz.page", "QuizPage")
        if page_class is None:
            return Unavailable(
                lambda: QCoreApplication.translate(
                    "MainWindow", "The timed quiz is not available in this version of studyapp."
                )
            )
        try:
            page: QWidget = page_class(self.ctx, None)
        except Exception as exc:
            log.warning("the quiz page could not be created", exc_info=True)
            message = error_text(exc)
            return Unavailable(
                lambda: QCoreApplication.translate(
                    "MainWindow", "The timed quiz could not start: {reason}"
                ).format(reason=message)
            )
        return page

    def _action(
        self,
        slot: Callable[[], object],
        shortcut: QKeySequence | str | None = None,
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
        self.import_action.setEnabled(_find("studyapp.gui.importer.dialog"))
        self.export_action = self._action(self.open_export, "Ctrl+E")
        self.export_action.setEnabled(_find("studyapp.core.anki_export"))
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
        # Undo takes back the last rating of the review session (Ctrl+Z anywhere).
        self.undo_action = self.review.undo_action
        self.page_actions: dict[str, QAction] = {}
        for n, key in enumerate(PAGES, start=1):
            self.page_actions[key] = self._action(lambda k=key: self.show_page(k), f"Ctrl+{n}")
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
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.view_menu = bar.addMenu("")
        for key in PAGES:
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
    def page_title(self, key: str) -> str:
        return {
            "decks": self.tr("Decks"),
            "review": self.tr("Review"),
            "quiz": self.tr("Quiz"),
            "browse": self.tr("Browse"),
            "sources": self.tr("Sources"),
            "stats": self.tr("Stats"),
        }[key]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("studyapp — Anthropic's founding"))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.import_action.setText(self.tr("&Import article…"))
        self.export_action.setText(self.tr("&Export to Anki…"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.about_action.setText(self.tr("&About studyapp"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.undo_action.setText(self.tr("&Undo last rating"))
        self.toggle_script_action.setText(self.tr("Switch 繁 / 简"))
        self.hant_action.setToolTip(self.tr("Show the content in Traditional characters (Ctrl+T)"))
        self.hans_action.setToolTip(self.tr("Show the content in Simplified characters (Ctrl+T)"))
        self.script_label.setText(self.tr("Script:"))
        if not self.import_action.isEnabled():
            self.import_action.setToolTip(self.tr("Importing articles is not available"))
        if not self.export_action.isEnabled():
            self.export_action.setToolTip(self.tr("Export to Anki is not available"))
        for row, key in enumerate(PAGES):
            item = self.nav.item(row)
            item.setText(self.page_title(key))
            self.page_actions[key].setText(self.page_title(key))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- navigation --------------------------------------------------------------------
    def current_page(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else "decks"

    def show_page(self, key: str) -> None:
        if key not in PAGES:
            key = "decks"
        self.nav.setCurrentRow(PAGES.index(key))

    def _page_chosen(self, row: int) -> None:
        if row < 0:
            return
        key = PAGES[row]
        page = self.pages[key]
        self.stack.setCurrentWidget(page)
        self.ctx.settings.page = key
        if key == "review" and self.review.session is None:
            self.review.start(
                self.decks.current_deck_id() if len(self.ctx.library.decks) > 1 else None
            )
        if self.nav.hasFocus() or self.isVisible():
            page.setFocus()
        self._update_undo()

    def start_review(self, deck_id: str | None) -> None:
        self.review.start(deck_id)
        self.show_page("review")

    def _update_undo(self) -> None:
        session = self.review.session
        self.undo_action.setEnabled(session is not None and session.can_undo)

    # -- the script ---------------------------------------------------------------
    def toggle_script(self) -> None:
        self.ctx.set_script("hans" if self.ctx.script == "hant" else "hant")

    def _script_changed(self, script: str) -> None:
        self.hant_action.setChecked(script == "hant")
        self.hans_action.setChecked(script == "hans")

    # -- dialogs -------------------------------------------------------------------
    def open_settings(self) -> None:
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
        try:
            from studyapp.gui.dialogs.export import ExportDialog
        except ImportError:
            show_error(self, self.tr("Export to Anki"), self.tr("Export to Anki is not available."))
            return
        dialog = ExportDialog(self.ctx, self)
        dialog.open()
        self.export_dialog = dialog

    def open_import(self) -> None:
        dialog_class = _load("studyapp.gui.importer.dialog", "ImportDialog")
        if dialog_class is None:
            show_error(self, self.tr("Import"), self.tr("Importing articles is not available."))
            return
        dialog = dialog_class(self.ctx, self)
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
            ("Ctrl+Z", self.tr("Undo the last rating")),
            ("Ctrl+T", self.tr("Switch between 繁 and 简")),
            ("Ctrl+1 … Ctrl+6", self.tr("Decks, Review, Quiz, Browse, Sources, Stats")),
            ("Ctrl+F", self.tr("Search (in Browse)")),
            ("Ctrl+I", self.tr("Import an article")),
            ("Ctrl+E", self.tr("Export to Anki")),
            ("Ctrl+,", self.tr("Settings")),
            ("Ctrl+Q", self.tr("Quit")),
        ]
        table = "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in rows)
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), f"<table>{table}</table>")

    def report_startup_problem(self) -> None:
        """After the window is shown: say once why progress is not available."""
        if self.ctx.store_problem:
            self.startup_box = show_error(
                self,
                self.tr("Your progress could not be opened"),
                self.ctx.store_problem,
                self.tr("studyapp will run without saving progress until this is fixed."),
            )

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
        self.browse.save_layout()
        settings.sync()

    def backup_now(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        try:
            store.maybe_backup()
        except (StoreError, OSError):
            log.warning("backup failed", exc_info=True)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        if self.ctx.tasks.busy:
            self.ctx.tasks.cancel_all()
            self.ctx.tasks.wait(5000)
        self.backup_now()
        super().closeEvent(event)


def _find(module: str) -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False
