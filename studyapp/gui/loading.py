"""The decks and the progress store, made ready after the window's first paint.

:meth:`DataLoader.start` reads the decks in the background (pure core work, off
the GUI thread, so the window stays responsive); :meth:`DataLoader.finish` runs
on the GUI thread: it takes the decks (waiting for them, or reading them itself
if they were never started), opens the store and hands both to the context.
Whatever needs the data before then calls :meth:`finish` and gets it at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from studyapp.core.deck.library import DeckLibrary
from studyapp.gui.context import GuiContext


class DataLoader(QObject):
    #: The context has its decks and store (emitted once, by :meth:`finish`).
    loaded = Signal()

    def __init__(self, ctx: GuiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._started = False
        self._finishing = False
        self.done = False
        self._library: DeckLibrary | None = None  # written once by the worker

    def start(self, then: Callable[[], object] | None = None) -> None:
        """Read the decks in the background, then call ``then`` on the GUI thread."""
        if self._started or self.done:
            return
        self._started = True
        data_dir = self.ctx.data_dir

        def work(_progress: Callable[[int, int], None]) -> None:
            import studyapp.core.store  # noqa: F401  (imported here, not on the GUI thread)
            from studyapp.core.deck.library import load_library

            self._library = load_library(data_dir)

        self.ctx.tasks.start("load decks", work, on_finished=then)

    def finish(self) -> None:
        """Open the store and attach the decks (idempotent)."""
        if self.done or self._finishing:
            return
        self._finishing = True
        try:
            from studyapp.core.deck.library import load_library
            from studyapp.core.store import open_progress

            if self._started and self._library is None:
                self.ctx.tasks.wait()
            # never started, or the background read failed: read here (errors surface)
            library = self._library
            if library is None:
                library = load_library(self.ctx.data_dir)
            self.ctx.attach(library, open_progress(self.ctx.data_dir))
        finally:
            self._finishing = False
        self.done = True
        self.loaded.emit()
