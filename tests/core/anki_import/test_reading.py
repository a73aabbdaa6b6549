"""Which rows of Anki's review log are answers, read from a collection written
by hand (the real Anki's files are read in test_roundtrip)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from studyapp.core.anki_export.ids import MODEL_IDS, note_guid
from studyapp.core.anki_import import read_anki_file
from studyapp.core.deck.load import load_deck
from studyapp.core.deck.model import CardKind, Deck
from studyapp.core.store import IncomingReview

from ...conftest import FIXTURES


@pytest.fixture
def mini() -> Deck:
    return load_deck(FIXTURES / "mini.yaml")


def _collection(
    path: Path,
    notes: list[tuple[int, str, int]],
    cards: list[tuple[int, int, int, int]],
    revlog: list[tuple[int, int, int, int, int, int]],
) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE col (id INTEGER PRIMARY KEY)")
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, guid TEXT, mid INTEGER)")
    conn.execute(
        "CREATE TABLE cards (id INTEGER PRIMARY KEY, nid INTEGER, ord INTEGER, type INTEGER)"
    )
    conn.execute(
        "CREATE TABLE revlog (id INTEGER PRIMARY KEY, cid INTEGER, ease INTEGER, "
        "type INTEGER, factor INTEGER, time INTEGER)"
    )
    conn.executemany("INSERT INTO notes VALUES (?, ?, ?)", notes)
    conn.executemany("INSERT INTO cards VALUES (?, ?, ?, ?)", cards)
    conn.executemany("INSERT INTO revlog VALUES (?, ?, ?, ?, ?, ?)", revlog)
    conn.commit()
    conn.close()
    return path


def test_answers_resets_and_what_is_skipped(mini: Deck, tmp_path: Path) -> None:
    fact, other = mini.facts[0], mini.facts[1]
    qa_hans = note_guid(mini.id, fact.id, CardKind.QA, "hans")
    cloze_hant = note_guid(mini.id, fact.id, CardKind.CLOZE, "hant")
    path = _collection(
        tmp_path / "collection.anki2",
        notes=[
            (1, qa_hans, MODEL_IDS[(CardKind.QA, "hans")]),
            (2, cloze_hant, MODEL_IDS[(CardKind.CLOZE, "hant")]),
            (3, "someone-elses-note", 42),
            (4, "studyapp-note-of-a-removed-fact", MODEL_IDS[(CardKind.QA, "hant")]),
        ],
        cards=[(10, 1, 0, 2), (20, 2, 0, 1), (21, 2, 1, 1), (30, 3, 0, 2), (40, 4, 0, 2)],
        revlog=[
            (1000, 10, 3, 0, 0, 5000),  # learning answer (factor 0 under SM-2)
            (2000, 10, 3, 1, 250, 61000),  # review answer
            (3000, 10, 1, 1, 300, 4000),  # lapse
            (4000, 10, 3, 2, 310, 3000),  # relearning answer
            (5000, 10, 4, 3, 0, 1000),  # a preview in a filtered deck: no effect
            (6000, 10, 2, 3, 320, 2000),  # early review in a rescheduling filtered deck
            (7000, 10, 0, 4, 2500, 0),  # due date set by hand
            (8000, 10, 0, 5, 330, 0),  # rescheduled by FSRS
            (9000, 10, 0, 4, 0, 0),  # Forget: a reset
            (9500, 20, 2, 0, 0, 3000),  # the cloze note's card
            (9600, 21, 3, 0, 0, 3000),  # a second cloze card added in Anki: not studyapp's
            (9700, 30, 3, 1, 250, 3000),  # someone else's card
            (9800, 40, 3, 1, 250, 3000),  # a fact that is gone
        ],
    )
    found = read_anki_file(path, [mini])
    assert (found.source, found.notes_in_file, found.studyapp_notes) == ("collection", 4, 2)
    assert (found.unknown_studyapp_notes, found.cards, found.studied_cards) == (1, 2, 2)
    assert found.skipped == 3

    def review(at: int, rating: int, taken: int, kind: CardKind = CardKind.QA) -> IncomingReview:
        return IncomingReview(mini.id, fact.id, kind, fact.topic, at, rating, taken)

    assert list(found.reviews) == [
        review(1000, 3, 5000),
        review(2000, 3, 61000),
        review(3000, 1, 4000),
        review(4000, 3, 3000),
        review(6000, 2, 2000),
        review(9000, 0, 0),
        review(9500, 2, 3000, CardKind.CLOZE),
    ]
    assert other.id not in {r.fact_id for r in found.reviews}
