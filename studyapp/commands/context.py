"""What every subcommand is handed: the data dir and the loaded decks."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from studyapp.core.deck.library import DeckLibrary, load_library
from studyapp.core.store import Clock, utc_now
from studyapp.paths import progress_file


class CommandError(Exception):
    """A problem to report to the user in one line; exit code 1 (or ``code``)."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


@dataclass
class AppContext:
    data_dir: Path
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    clock: Clock = utc_now  # "now" for the commands that schedule or count what is due
    _library: DeckLibrary | None = None

    def library(self) -> DeckLibrary:
        """Built-in decks plus the reader's decks in ``DATA_DIR/decks``."""
        if self._library is None:
            self._library = load_library(self.data_dir)
        return self._library

    @property
    def store_path(self) -> Path:
        return progress_file(self.data_dir)
