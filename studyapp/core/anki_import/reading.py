"""The reviews of studyapp's own notes in an Anki collection.

studyapp's notes are recognised by their GUIDs, which depend only on (deck,
fact, card kind, script) (:mod:`studyapp.core.anki_export.ids`): every fact of
the loaded decks gives the GUIDs its notes have in any export, and a note with
one of them is that fact's note, whatever Anki did to its fields, deck or tags.
Both scripts' notes of a fact belong to the same studyapp card.

Anki's review log (``revlog``) has one row per event on a card; which of them
are answers follows Anki's own FSRS code (``rslib/src/revlog/mod.rs``,
``rslib/src/scheduler/fsrs/params.rs``):

* ease 1–4 of kind learning (0), review (1) or relearning (2): an answer;
* kind filtered (3) with ease 1–4: an answer, unless its factor is 0 (a preview
  or cram answer that did not change the card's schedule);
* kind manual (4) with ease 0 and factor 0: a reset ("Forget");
* everything else (a due date set by hand, a rescheduling): not an answer, skipped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from studyapp.core.anki_export.ids import CARD_KINDS, MODEL_IDS, fact_guid_prefix, guid_suffix
from studyapp.core.anki_import.files import AnkiFileError, AnkiImportCancelled, Source
from studyapp.core.deck.model import CardKind, Deck, Script
from studyapp.core.errors import ErrorKind
from studyapp.core.store import IncomingReview

_SCRIPTS: tuple[Script, ...] = ("hant", "hans")
_KIND_LEARNING, _KIND_REVIEW, _KIND_RELEARNING, _KIND_FILTERED, _KIND_MANUAL = 0, 1, 2, 3, 4
_RESET = 0


@dataclass(frozen=True, slots=True)
class NoteTarget:
    """The studyapp card a note's GUID stands for."""

    deck_id: str
    fact_id: str
    kind: CardKind
    topic: str


@dataclass(frozen=True, slots=True)
class AnkiReviews:
    """What an Anki file holds for studyapp: the answers to its cards, and counts."""

    path: Path
    source: Source
    notes_in_file: int
    studyapp_notes: int  # notes matched to a fact of the loaded decks
    unknown_studyapp_notes: int  # notes of studyapp's note types whose fact is not loaded
    cards: int  # Anki cards of the matched notes
    studied_cards: int  # of those, cards Anki does not have as new
    reviews: tuple[IncomingReview, ...]  # answers and resets, oldest first
    skipped: int  # review-log rows of those cards that are not answers


def guid_targets(decks: Iterable[Deck]) -> dict[str, NoteTarget]:
    """Every GUID a studyapp export can give a note of ``decks``."""
    targets: dict[str, NoteTarget] = {}
    for deck in decks:
        for fact in deck.facts:
            prefix = fact_guid_prefix(deck.id, fact.id)
            for kind in CARD_KINDS:
                target = NoteTarget(deck.id, fact.id, kind, fact.topic)
                for script in _SCRIPTS:
                    targets[prefix + guid_suffix(kind, script)] = target
    return targets


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def read_reviews(
    conn: sqlite3.Connection,
    path: Path,
    source: Source,
    decks: Iterable[Deck],
    *,
    cancelled: Callable[[], bool] | None = None,
) -> AnkiReviews:
    """The answers in the collection ``conn`` to the notes of ``decks``.

    Raises :class:`AnkiFileError` when the file is not an Anki collection, holds
    none of studyapp's notes, or (a package) carries no learning progress."""
    is_cancelled = cancelled or (lambda: False)
    try:
        if not {"notes", "cards", "revlog"} <= _tables(conn):
            raise AnkiFileError(ErrorKind.ANKI_FILE_NOT_ANKI, path=str(path))
        targets = guid_targets(decks)
        our_types = set(MODEL_IDS.values())
        notes: dict[int, NoteTarget] = {}
        notes_in_file = unknown = 0
        for nid, guid, mid in conn.execute("SELECT id, guid, mid FROM notes"):
            notes_in_file += 1
            target = targets.get(guid)
            if target is not None:
                notes[nid] = target
            elif mid in our_types:
                unknown += 1
        if not notes:
            raise AnkiFileError(ErrorKind.ANKI_FILE_NO_NOTES, path=str(path))
        if is_cancelled():
            raise AnkiImportCancelled()
        cards: dict[int, NoteTarget] = {}
        studied = 0
        # ord 0: the one card of a studyapp note (a template or cloze number added in
        # Anki makes cards studyapp has no counterpart for)
        for cid, nid, ctype in conn.execute("SELECT id, nid, type FROM cards WHERE ord = 0"):
            target = notes.get(nid)
            if target is not None:
                cards[cid] = target
                studied += ctype != 0
        reviews: list[IncomingReview] = []
        skipped = ours = 0
        for rid, cid, ease, kind, factor, taken in conn.execute(
            "SELECT id, cid, ease, type, factor, time FROM revlog ORDER BY id"
        ):
            target = cards.get(cid)
            if target is None:
                continue
            ours += 1
            rating = _rating(int(ease), int(kind), int(factor))
            if rating is None:
                skipped += 1
                continue
            reviews.append(
                IncomingReview(
                    target.deck_id,
                    target.fact_id,
                    target.kind,
                    target.topic,
                    int(rid),
                    rating,
                    max(0, int(taken)),
                )
            )
    except sqlite3.DatabaseError as exc:
        raise AnkiFileError(ErrorKind.ANKI_FILE_DAMAGED, path=str(path), reason=str(exc)) from exc
    if source == "package" and not ours and not studied:
        raise AnkiFileError(ErrorKind.ANKI_FILE_NO_PROGRESS, path=str(path))
    return AnkiReviews(
        path=path,
        source=source,
        notes_in_file=notes_in_file,
        studyapp_notes=len(notes),
        unknown_studyapp_notes=unknown,
        cards=len(cards),
        studied_cards=studied,
        reviews=tuple(reviews),
        skipped=skipped,
    )


def _rating(ease: int, kind: int, factor: int) -> int | None:
    """The rating of a review-log row (0 for a reset), None if it is not an answer."""
    if kind in (_KIND_LEARNING, _KIND_REVIEW, _KIND_RELEARNING) and 1 <= ease <= 4:
        return ease
    if kind == _KIND_FILTERED and 1 <= ease <= 4 and factor != 0:
        return ease
    if kind == _KIND_MANUAL and ease == 0 and factor == 0:
        return _RESET
    return None
