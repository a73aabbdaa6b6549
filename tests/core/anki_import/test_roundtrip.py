"""Progress back from Anki, with the real Anki: studyapp exports with progress,
Anki imports it into a fresh collection, Anki's own scheduler answers cards
there, Anki exports with scheduling, studyapp imports it: every Anki answer
appears once, nothing studyapp had is doubled, and each card's FSRS state is
what studyapp computes from the whole history."""

from __future__ import annotations

import random
import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from studyapp.core.anki_import import import_anki_file, read_anki_file
from studyapp.core.store import CardRecord, Store, open_store
from studyapp.core.store.clock import from_ms

from ..progress_travel import (
    Clock,
    answers,
)
from .conftest import ANKI_ANSWERS, AnkiSide


@pytest.fixture
def progress(anki_side: AnkiSide, tmp_path: Path) -> Iterator[Store]:
    """A copy of the studied store, opened after the Anki answers (its clock: the
    moment of the last of them plus an hour)."""
    path = tmp_path / "progress.sqlite"
    shutil.copyfile(anki_side.progress, path)
    found = read_anki_file(anki_side.files["apkg"], [anki_side.deck])
    clock = Clock(from_ms(max(r.reviewed_at for r in found.reviews)) + timedelta(hours=1))
    store = open_store(path, clock=clock, tz=None)
    yield store
    store.close()


def _scheduling(card: CardRecord) -> tuple[Any, ...]:
    return (
        card.state,
        card.step,
        card.stability,
        card.difficulty,
        card.due,
        card.last_review,
        card.reps,
        card.lapses,
    )


def test_ankis_answers_arrive_once_and_the_cards_are_recomputed(
    anki_side: AnkiSide, progress: Store, tmp_path: Path
) -> None:
    before = {c.id: answers(progress, c) for c in progress.all_cards()}
    result = import_anki_file(progress, anki_side.files["apkg"], [anki_side.deck])
    found, merged = result.found, result.merged
    assert (found.studyapp_notes, found.cards, found.unknown_studyapp_notes) == (28, 28, 0)
    assert merged.added == anki_side.anki_answers == ANKI_ANSWERS
    assert merged.already_present == sum(len(a) for a in before.values())
    assert merged.cards_created == 0
    after = {c.id: answers(progress, c) for c in progress.all_cards()}
    anki_times = {r.reviewed_at for r in found.reviews}
    for card_id, log in after.items():
        assert len(log) == len(set(log)), card_id  # nothing twice
        assert set(before[card_id]) <= set(log)
        assert {t for t, _ in log} - {t for t, _ in before[card_id]} <= anki_times
    assert sum(len(log) for log in after.values()) == merged.already_present + merged.added
    assert set(merged.cards_updated) == {
        card_id for card_id, log in after.items() if log != before[card_id]
    }

    # The FSRS state is what studyapp computes when the same answers are given in
    # studyapp at the same moments: an oracle store answers them one by one.
    oracle_clock = Clock()
    oracle = open_store(
        tmp_path / "oracle.sqlite", clock=oracle_clock, rng=random.Random(7), tz=None
    )
    try:
        # a replay re-tells the past without placing reviews among the coming days'
        oracle.update_settings(load_balance=False)
        deck = anki_side.deck
        oracle.sync_cards(deck.id, [(f.id, f.topic) for f in deck.facts])
        events = sorted(
            (r.reviewed_at, r.id, r.card_id, r.rating)
            for c in progress.all_cards()
            for r in progress.review_log(c.id)
        )
        for at, _rid, card_id, rating in events:
            oracle_clock.now = at
            if rating:
                oracle.answer(card_id, rating)
            else:
                oracle.reset([card_id])
        for card in progress.all_cards():
            assert _scheduling(card) == _scheduling(oracle.card(card.id)), card.fact_id
            assert [
                (r.state_after, r.due_after, r.stability, r.difficulty)
                for r in progress.review_log(card.id)
            ] == [
                (r.state_after, r.due_after, r.stability, r.difficulty)
                for r in oracle.review_log(card.id)
            ]
    finally:
        oracle.close()


def test_importing_twice_changes_nothing(anki_side: AnkiSide, progress: Store) -> None:
    first = import_anki_file(progress, anki_side.files["apkg"], [anki_side.deck]).merged
    assert first.added == ANKI_ANSWERS
    cards = progress.all_cards()
    logs = {c.id: progress.review_log(c.id) for c in cards}
    again = import_anki_file(progress, anki_side.files["apkg"], [anki_side.deck]).merged
    assert (again.added, again.cards_updated) == (0, ())
    assert again.already_present == first.added + first.already_present
    assert progress.all_cards() == cards
    assert {c.id: progress.review_log(c.id) for c in cards} == logs


@pytest.mark.parametrize("form", ["legacy-apkg", "colpkg", "collection"])
def test_every_form_anki_writes_holds_the_same_answers(
    anki_side: AnkiSide, progress: Store, form: str
) -> None:
    """A package for older Ankis (schema 11, not compressed), a whole-collection
    package (.colpkg) and the collection file itself, read with Anki closed."""
    reference = read_anki_file(anki_side.files["apkg"], [anki_side.deck])
    found = read_anki_file(anki_side.files[form], [anki_side.deck])
    assert found.source == ("collection" if form == "collection" else "package")
    assert sorted(found.reviews) == sorted(reference.reviews)
    # and one form after another adds nothing more
    assert import_anki_file(progress, anki_side.files[form], [anki_side.deck]).merged.added == (
        ANKI_ANSWERS
    )
    again = import_anki_file(progress, anki_side.files["apkg"], [anki_side.deck]).merged
    assert again.added == 0


def test_progress_is_reported_while_a_package_is_unpacked(anki_side: AnkiSide) -> None:
    seen: list[tuple[int, int]] = []
    read_anki_file(
        anki_side.files["apkg"], [anki_side.deck], progress=lambda d, t: seen.append((d, t))
    )
    assert seen[-1] == (1, 1)
    assert len(seen) >= 2
    assert all(0 <= done <= total for done, total in seen)
