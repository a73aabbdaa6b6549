"""Opening the reader's progress without ever harming it.

A damaged file, one written by a newer studyapp, one held by another running
studyapp or another program, or one on a full disk is left exactly as it is:
the caller then runs without progress (the decks can still be browsed) and
says why, from ``error``. A file or folder that cannot be written is opened
read-only: the store is there to read (statistics, the cards' state) and
``error`` says that nothing can be saved.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from studyapp.core.store.db import os_store_error
from studyapp.core.store.errors import ReadOnlyLocationError, StoreError
from studyapp.core.store.store import Store, open_store
from studyapp.paths import progress_file

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OpenedProgress:
    store: Store | None
    error: StoreError | OSError | None = None  # why there is no store, or why it is read-only

    @property
    def read_only(self) -> bool:
        """The progress is there to read, but nothing can be saved."""
        return self.store is not None and self.store.readonly


def open_progress(data_dir: Path) -> OpenedProgress:
    """The progress store of ``data_dir`` (made on first use), or why it cannot be opened."""
    path = progress_file(data_dir)
    try:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise os_store_error(exc, path) from exc
        return OpenedProgress(open_store(path))
    except ReadOnlyLocationError as exc:
        log.warning("progress opened read-only: %s", exc)
        try:
            return OpenedProgress(open_store(path, readonly=True), exc)
        except StoreError as again:  # none yet, or not readable either
            log.warning("progress not opened read-only either: %s", again)
            return OpenedProgress(None, exc)
    except (StoreError, OSError) as exc:
        log.warning("progress store not opened: %s", exc)
        return OpenedProgress(None, exc)
