"""What every screen is handed: the decks, the progress store, the settings,
the background-work runner, and the reader's current study script.

One object, passed in (never a global), with signals for the things that
change while the app runs. Its data arrives once, through :meth:`attach`
(the loader calls it after the window's first paint); screens and dialogs
read it and ask for changes through its methods, never by assigning to it.
Moving between screens is a request too: :meth:`open` names a
:class:`Destination` and the main window shows it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from studyapp.core.deck.library import DeckLibrary
from studyapp.gui.settings import AppSettings
from studyapp.gui.worker import TaskRunner

if TYPE_CHECKING:  # imported where used: the window paints before any of them loads
    from studyapp.core.deck.model import CardKind, Deck, Script
    from studyapp.core.deck.view import DeckView
    from studyapp.core.review_session import CustomQueue
    from studyapp.core.store import OpenedProgress, RestoreResult, Store, StoreError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Destination:
    """Where to go: a screen (its registry key), and what to show there."""

    screen: str
    deck_id: str | None = None  # e.g. the deck to review (None: every deck)
    start: bool = False  # begin afresh there (a new review session), not go on
    custom: CustomQueue | None = None  # review: a custom-study session over these cards
    facts: tuple[str, ...] = ()  # facts of ``deck_id`` to show (Read) or ask about (Quiz)


class GuiContext(QObject):
    script_changed = Signal(str)  # "hant" or "hans": every content text must be redrawn
    library_changed = Signal()  # decks were added or reloaded (e.g. after an import)
    progress_changed = Signal()  # reviews, suspensions, resets: counts and stats are stale
    font_size_changed = Signal(int)  # the reading font's point size
    card_kinds_changed = Signal()
    open_requested = Signal(object)  # a Destination

    def __init__(
        self,
        data_dir: Path,
        settings: AppSettings,
        tasks: TaskRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.settings = settings
        self.tasks = tasks
        self._library = DeckLibrary()
        self._store: Store | None = None
        self._store_error: StoreError | OSError | None = None
        self._script: Script = settings.script
        self._views: dict[tuple[str, Script], DeckView] = {}
        #: The deck chosen on the Decks screen (reviewing starts there).
        self.current_deck_id: str | None = None

    # -- the data ------------------------------------------------------------------
    @property
    def library(self) -> DeckLibrary:
        return self._library

    @property
    def store(self) -> Store | None:
        return self._store

    @property
    def store_problem(self) -> str:
        """Why there is no progress, or why it is read-only, in the interface
        language ("" when it can be studied and saved)."""
        if self._store_error is None:
            return ""
        from studyapp.gui.error_text import error_text

        return error_text(self._store_error)

    @property
    def can_save(self) -> bool:
        """Whether progress is kept: a store that is not read-only."""
        return self._store is not None and not self._store.readonly

    def attach(self, library: DeckLibrary, opened: OpenedProgress) -> None:
        """Take the loaded decks and the opened progress; give the facts their cards.

        If the cards cannot be written (another program holds the file, the disk
        is full), the store is closed again and the app runs without progress,
        saying why, as when it cannot be opened."""
        from studyapp.core.store import StoreError

        self._library = library
        self._store, self._store_error = opened.store, opened.error
        self._views.clear()
        try:
            self.sync_cards()
        except StoreError as exc:
            log.warning("could not prepare the progress store: %s", exc)
            self.close_store()
            self._store_error = exc

    def close_store(self) -> None:
        """Close the progress store (at quit); the context has no store afterwards."""
        store, self._store = self._store, None
        if store is None:
            return
        from studyapp.core.store import StoreError

        try:
            store.close()
        except StoreError:
            log.warning("closing the progress store failed", exc_info=True)

    def restore_progress(self, backup: Path) -> RestoreResult:
        """Replace the progress with ``backup`` through the core's safe restore (the
        progress as it is now is backed up first), then open it again and tell every
        screen. The store is closed meanwhile (the restore needs the file to itself);
        whatever happens, it is opened again, the restored one or the one it was."""
        from studyapp.core.store import open_progress, restore_backup, utc_now
        from studyapp.paths import progress_file

        self.tasks.wait(10_000)  # a backup being written reads the file: let it finish
        self.close_store()
        try:
            return restore_backup(progress_file(self.data_dir), backup, utc_now())
        finally:
            self.attach(self._library, open_progress(self.data_dir))
            self.progress_changed.emit()

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

    def deck_title(self, deck_id: str) -> str:
        """The deck's title in the current script (its id if it is not loaded)."""
        deck = self._library.get(deck_id)
        return self.view(deck).text(deck.title) if deck is not None else deck_id

    # -- decks and cards ---------------------------------------------------------------
    @property
    def card_kinds(self) -> list[CardKind]:
        return list(self.settings.card_kinds)

    def sync_cards(self) -> None:
        """Give every deck's facts their cards (of the kinds switched on)."""
        if self._store is None or self._store.readonly:
            return
        kinds = self.card_kinds
        for deck in self._library.decks:
            self._store.sync_cards(deck.id, [(f.id, f.topic) for f in deck.facts], kinds)

    def reload_library(self) -> None:
        """Load the decks again (after an import) and tell every screen."""
        from studyapp.core.deck.library import load_library
        from studyapp.core.store import StoreError

        self._library = load_library(self.data_dir)
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
        from studyapp.core.store import StoreError

        try:
            self.sync_cards()
        except StoreError as exc:  # the new kinds get their cards at the next start
            log.warning("could not add the cards of the new kinds: %s", exc)
        self.card_kinds_changed.emit()
        self.progress_changed.emit()

    def set_font_size(self, size: int) -> None:
        self.settings.font_size = size
        self.font_size_changed.emit(self.settings.font_size)

    def notify_progress(self) -> None:
        """Call after changing the store (answers, suspend, reset): screens refresh."""
        self.progress_changed.emit()

    # -- moving between screens ----------------------------------------------------------
    def open(self, destination: Destination) -> None:
        """Ask the main window to show ``destination``."""
        self.open_requested.emit(destination)
