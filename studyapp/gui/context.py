"""What every screen is handed: the decks, the progress store, the settings,
the background-work runner, and the reader's current study script.

One object, passed in (never a global), with signals for the things that
change while the app runs. Screens built by other issues (the timed quiz, the
article importer) take the same object:

    QuizPage(ctx: GuiContext, parent: QWidget | None = None)
    ImportDialog(ctx: GuiContext, parent: QWidget | None = None)
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from studyapp.gui.settings import AppSettings
from studyapp.gui.worker import TaskRunner

if TYPE_CHECKING:  # imported where used: the window paints before any of them loads
    from studyapp.core.deck.library import DeckLibrary
    from studyapp.core.deck.model import CardKind, Deck, Script
    from studyapp.core.deck.view import DeckView
    from studyapp.core.store import Store

log = logging.getLogger(__name__)


class GuiContext(QObject):
    script_changed = Signal(str)  # "hant" or "hans": every content text must be redrawn
    library_changed = Signal()  # decks were added or reloaded (e.g. after an import)
    progress_changed = Signal()  # reviews, suspensions, resets: counts and stats are stale
    font_size_changed = Signal(int)  # the reading font's point size
    card_kinds_changed = Signal()

    def __init__(
        self,
        data_dir: Path,
        library: DeckLibrary,
        store: Store | None,
        settings: AppSettings,
        tasks: TaskRunner,
        *,
        store_problem: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.library = library
        self.store = store
        self.settings = settings
        self.tasks = tasks
        # Why there is no store (a damaged or newer file): shown where progress would be.
        self.store_problem = store_problem
        self._script: Script = settings.script
        self._views: dict[tuple[str, Script], DeckView] = {}
        self.changes_since_backup = False

    # -- the study script ---------------------------------------------------------
    @property
    def script(self) -> Script:
        return self._script

    def set_script(self, script: Script) -> None:
        if script == self._script:
            return
        self._script = script
        self.settings.script = script
        self.script_changed.emit(script)

    def view(self, deck: Deck) -> DeckView:
        """The deck's texts in the current script."""
        key = (deck.id, self._script)
        view = self._views.get(key)
        if view is None or view.deck is not deck:
            from studyapp.core.deck.view import DeckView

            view = self._views[key] = DeckView(deck, self._script)
        return view

    # -- decks and cards ---------------------------------------------------------------
    @property
    def card_kinds(self) -> list[CardKind]:
        return list(self.settings.card_kinds)

    def sync_cards(self) -> None:
        """Give every deck's facts their cards (of the kinds switched on)."""
        if self.store is None:
            return
        kinds = self.card_kinds
        for deck in self.library.decks:
            self.store.sync_cards(deck.id, [(f.id, f.topic) for f in deck.facts], kinds)

    def reload_library(self) -> None:
        """Load the decks again (after an import) and tell every screen."""
        from studyapp.core.deck.library import load_library
        from studyapp.core.store import StoreError

        self.library = load_library(self.data_dir)
        self._views.clear()
        try:
            self.sync_cards()
        except StoreError:
            log.warning("could not sync cards after reloading the decks", exc_info=True)
        self.library_changed.emit()

    def set_card_kinds(self, kinds: tuple[CardKind, ...]) -> None:
        if tuple(kinds) == self.settings.card_kinds:
            return
        self.settings.card_kinds = kinds
        self.sync_cards()
        self.card_kinds_changed.emit()
        self.progress_changed.emit()

    def set_font_size(self, size: int) -> None:
        self.settings.font_size = size
        self.font_size_changed.emit(self.settings.font_size)

    def notify_progress(self) -> None:
        """Call after changing the store (answers, suspend, reset): screens refresh."""
        self.changes_since_backup = True
        self.progress_changed.emit()
