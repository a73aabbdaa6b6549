"""The main window: a navigation between the screens, the 繁/简 toggle, menus.

Each screen is its own module and takes the :class:`GuiContext`; this window
only arranges them, owns the menus and remembers its size and place.
The quiz page and the import dialog come from their own packages and are
optional at run time: if one cannot be imported, its place says so.

Fast start: a screen (and its module) is built the first time it is needed, and
the window can be shown before the decks and the progress store are ready. With
a ``loader``, the window paints at once with "Loading decks…" in place of the
page; right after its first paint it starts ``preload`` (background work that
calls back when done) and then runs the loader; anything that needs the data
before then (a page, an action) runs the loader at once (:meth:`finish_loading`).
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
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
    QVBoxLayout,
    QWidget,
)

from studyapp import __version__
from studyapp.gui.context import GuiContext
from studyapp.gui.dialogs.errors import show_error
from studyapp.gui.error_text import error_text
from studyapp.gui.i18n import Translators, resolve_language
from studyapp.gui.theme import apply_theme
from studyapp.paths import resources_dir

if TYPE_CHECKING:  # each screen's module is imported when the screen is first built
    from studyapp.gui.screens.browse import BrowseScreen
    from studyapp.gui.screens.decks import DecksScreen
    from studyapp.gui.screens.review import ReviewScreen
    from studyapp.gui.screens.sources import SourcesScreen
    from studyapp.gui.screens.stats import StatsScreen

log = logging.getLogger(__name__)

PAGES = ("decks", "review", "quiz", "browse", "sources", "stats")
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


class _Pages(Mapping[str, QWidget]):
    """``window.pages[key]``: the screen, built on first use."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def __getitem__(self, key: str) -> QWidget:
        if key not in PAGES:
            raise KeyError(key)
        return self._window.page(key)

    def __iter__(self) -> Iterator[str]:
        return iter(PAGES)

    def __len__(self) -> int:
        return len(PAGES)


class MainWindow(QMainWindow):
    #: The decks and the store are ready (emitted once, by :meth:`finish_loading`).
    loaded = Signal()
    #: Edit > Undo: the Review screen's own action once that screen exists.
    undo_action: QAction

    def __init__(
        self,
        ctx: GuiContext,
        translators: Translators | None = None,
        parent: QWidget | None = None,
        *,
        loader: Callable[[], None] | None = None,
        preload: Callable[[Callable[[], object]], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.translators = translators or Translators()
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.startup_box: QMessageBox | None = None
        self._loader = loader
        self._preload = preload
        self._loading = False
        self._load_armed = False
        self._load_begun = False

        # -- screens: built on first show (see page()) ---------------------------------
        self._decks: DecksScreen | None = None
        self._review: ReviewScreen | None = None
        self._browse: BrowseScreen | None = None
        self._sources: SourcesScreen | None = None
        self._stats: StatsScreen | None = None
        self._quiz: QWidget | None = None
        self.pages: Mapping[str, QWidget] = _Pages(self)
        self.stack = QStackedWidget()
        self.loading_label = QLabel()
        self.loading_label.setObjectName("loadingDecks")
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading_label)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(0, 0))
        for key in PAGES:
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

        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_EVERY_MS)
        self._backup_timer.timeout.connect(self.backup_now)
        self._backup_timer.start()

        self.retranslate()
        self._restore_layout()

    # -- loading -------------------------------------------------------------------
    @property
    def is_loaded(self) -> bool:
        return self._loader is None

    def finish_loading(self) -> None:
        """Run the loader now if it has not run (idempotent), then show the page."""
        loader = self._loader
        if loader is None or self._loading:
            return
        self._loading = True
        try:
            loader()
        except Exception:
            self.loading_label.setText(self.tr("The decks could not be loaded."))
            raise
        finally:
            self._loading = False
        self._loader = None
        self._page_chosen(self.nav.currentRow())
        self.loaded.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._loader is not None and not self._load_armed:
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
        """Start the background part of loading (once), then finish on this thread."""
        if self._load_begun or self._loader is None:
            return
        self._load_begun = True
        if self._preload is None:
            self.finish_loading()
        else:
            self._preload(self.finish_loading)

    # -- screens -------------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The screen for ``key``, built (after the decks are loaded) on first use."""
        getters: dict[str, Callable[[], QWidget]] = {
            "decks": lambda: self.decks,
            "review": lambda: self.review,
            "quiz": lambda: self.quiz,
            "browse": lambda: self.browse,
            "sources": lambda: self.sources,
            "stats": lambda: self.stats,
        }
        return getters[key]()

    def built_pages(self) -> dict[str, QWidget]:
        """The screens built so far (nothing is built by asking)."""
        found = {
            "decks": self._decks,
            "review": self._review,
            "quiz": self._quiz,
            "browse": self._browse,
            "sources": self._sources,
            "stats": self._stats,
        }
        return {k: v for k, v in found.items() if v is not None}

    def _added(self, page: QWidget) -> None:
        self.stack.addWidget(page)

    @property
    def decks(self) -> DecksScreen:
        if self._decks is None:
            self.finish_loading()
            from studyapp.gui.screens.decks import DecksScreen

            self._decks = DecksScreen(self.ctx)
            self._decks.study_requested.connect(self.start_review)
            self._added(self._decks)
        return self._decks

    @property
    def review(self) -> ReviewScreen:
        if self._review is None:
            self.finish_loading()
            from studyapp.gui.screens.review import ReviewScreen

            review = self._review = ReviewScreen(self.ctx)
            review.leave_requested.connect(lambda: self.show_page("decks"))
            review.session_changed.connect(self._update_undo)
            # The Edit menu's undo is the review's own (Ctrl+Z while reviewing).
            review.undo_action.setText(self.undo_action.text())
            self.edit_menu.insertAction(self.undo_action, review.undo_action)
            self.edit_menu.removeAction(self.undo_action)
            self.undo_action = review.undo_action
            self._added(review)
        return self._review

    @property
    def browse(self) -> BrowseScreen:
        if self._browse is None:
            self.finish_loading()
            from studyapp.gui.screens.browse import BrowseScreen

            self._browse = BrowseScreen(self.ctx)
            self._added(self._browse)
        return self._browse

    @property
    def sources(self) -> SourcesScreen:
        if self._sources is None:
            self.finish_loading()
            from studyapp.gui.screens.sources import SourcesScreen

            self._sources = SourcesScreen(self.ctx)
            self._added(self._sources)
        return self._sources

    @property
    def stats(self) -> StatsScreen:
        if self._stats is None:
            self.finish_loading()
            from studyapp.gui.screens.stats import StatsScreen

            self._stats = StatsScreen(self.ctx)
            self._added(self._stats)
        return self._stats

    @property
    def quiz(self) -> QWidget:
        if self._quiz is None:
            self.finish_loading()
            self._quiz = self._make_quiz()
            self._added(self._quiz)
        return self._quiz

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
        self.import_action.setEnabled(_find("studyapp.gui.importer", "dialog"))
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
        # Undo takes back the last rating of the review session; until the Review
        # screen exists there is nothing to undo (it then puts its own action here).
        self.undo_action = QAction(self)
        self.undo_action.setEnabled(False)
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
        if not self.is_loaded:
            self.loading_label.setText(self.tr("Loading decks…"))
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
        self.ctx.settings.page = key
        if not self.is_loaded:
            self.stack.setCurrentWidget(self.loading_label)
            return
        page = self.page(key)
        self.stack.setCurrentWidget(page)
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
        session = self._review.session if self._review is not None else None
        self.undo_action.setEnabled(session is not None and session.can_undo)

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
        try:
            from studyapp.gui.dialogs.export import ExportDialog
        except ImportError:
            show_error(self, self.tr("Export to Anki"), self.tr("Export to Anki is not available."))
            return
        dialog = ExportDialog(self.ctx, self)
        dialog.open()
        self.export_dialog = dialog

    def open_import(self) -> None:
        self.finish_loading()
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
        if self._browse is not None:
            self._browse.save_layout()
        settings.sync()

    def backup_now(self, *, wait: bool = False) -> None:
        """Back up the progress if a backup is due: in the background (the timer's
        way, so the window never waits on it) or, with ``wait``, here and now (quit)."""
        store = self.ctx.store
        if store is None:
            return
        from studyapp.core.store import StoreError

        try:
            if wait:
                store.maybe_backup()
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


def _find(package: str, module: str | None = None) -> bool:
    """Whether ``package`` (and its ``module``) is installed, without importing
    either (finding ``a.b.c`` would run ``a/b/__init__.py``)."""
    import importlib.machinery
    import importlib.util

    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return False
    if spec is None or module is None:
        return spec is not None
    where = spec.submodule_search_locations
    return where is not None and (
        importlib.machinery.PathFinder.find_spec(module, list(where)) is not None
    )
