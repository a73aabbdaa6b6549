"""Opening the reader's progress without ever harming it.

A damaged file, one written by a newer studyapp, or one held by another
running studyapp is left exactly as it is: the app then runs without progress
(the decks can still be browsed) and says why in plain words.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from studyapp.core.store import Store, StoreError, open_store
from studyapp.gui.error_text import error_text
from studyapp.paths import progress_file

log = logging.getLogger(__name__)


@dataclass
class OpenedStore:
    store: Store | None
    problem: str = ""  # in plain words, for a dialog and the screens that need progress
    error: StoreError | None = None


def open_progress(data_dir: Path) -> OpenedStore:
    path = progress_file(data_dir)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return OpenedStore(open_store(path))
    except StoreError as exc:
        log.warning("progress store not opened: %s", exc)
        return OpenedStore(None, error_text(exc), exc)
    except OSError as exc:
        log.warning("progress store not opened: %s", exc)
        return OpenedStore(None, error_text(exc), None)
