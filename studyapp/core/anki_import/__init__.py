"""Progress back from Anki: the reviews of studyapp's notes in an Anki file,
merged into studyapp's review log.

    found = read_anki_file(path, library.decks, progress=..., cancelled=...)  # any thread
    merged = store.merge_reviews(found.reviews)                               # the store's

:func:`read_anki_file` opens a package Anki exported (.apkg with *Include
scheduling information*, or .colpkg) or an Anki collection file, read-only
(:mod:`.files`), and picks the answers to studyapp's own notes, matched by their
fixed GUIDs (:mod:`.reading`). :meth:`Store.merge_reviews
<studyapp.core.store.Store.merge_reviews>` adds the answers studyapp does not
have yet and recomputes those cards' FSRS state (:mod:`studyapp.core.store.merge`);
importing the same file twice changes nothing. :func:`import_anki_file` does
both, for the command line.

Qt-free: the GUI runs :func:`read_anki_file` in a worker, forwarding ``progress``
to a progress bar, and merges on its own thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from studyapp.core.anki_import.files import (
    AnkiFileError,
    AnkiImportCancelled,
    Source,
    open_collection,
)
from studyapp.core.anki_import.reading import AnkiReviews, guid_targets, read_reviews
from studyapp.core.deck.model import Deck
from studyapp.core.store import MergeResult, Store

__all__ = [
    "AnkiFileError",
    "AnkiImportCancelled",
    "AnkiImportResult",
    "AnkiReviews",
    "Source",
    "guid_targets",
    "import_anki_file",
    "read_anki_file",
]


@dataclass(frozen=True, slots=True)
class AnkiImportResult:
    """What a file held for studyapp and what merging it changed."""

    found: AnkiReviews
    merged: MergeResult


def read_anki_file(
    path: Path,
    decks: Iterable[Deck],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> AnkiReviews:
    """The answers in the Anki file ``path`` to the notes of ``decks``.

    ``progress(done, total)`` follows the unpacking of a package; ``cancelled()``
    is polled as often (then :class:`AnkiImportCancelled` is raised). Raises
    :class:`AnkiFileError` with a kind that says what is wrong with the file."""
    path = Path(path)
    with open_collection(path, progress=progress, cancelled=cancelled) as (conn, source):
        found = read_reviews(conn, path, source, decks, cancelled=cancelled)
    if progress is not None:
        progress(1, 1)
    return found


def import_anki_file(store: Store, path: Path, decks: Iterable[Deck]) -> AnkiImportResult:
    """Read ``path`` and merge its answers into ``store``, here and now."""
    found = read_anki_file(path, decks)
    return AnkiImportResult(found, store.merge_reviews(found.reviews))
