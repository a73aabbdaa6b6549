"""Opening the reader's progress without ever harming it.

A damaged file, one written by a newer studyapp, or one held by another
running studyapp is left exactly as it is: the caller then runs without
progress (the decks can still be browsed) and says why, from ``error``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from studyapp.core.store.errors import StoreError
from studyapp.core.store.store import Store, open_store
from studyapp.paths import progress_file

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OpenedProgress:
    store: Store | None
    error: StoreError | OSError | None = None  # why there is no store


def open_progress(data_dir: Path) -> OpenedProgress:
    """The progress store of ``data_dir`` (made on first use), or why it cannot be opened."""
    path = progress_file(data_dir)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return OpenedProgress(open_store(path))
    except (StoreError, OSError) as exc:
        log.warning("progress store not opened: %s", exc)
        return OpenedProgress(None, exc)
