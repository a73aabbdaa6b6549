"""Helpers for the tests of progress that travels to Anki and back: a studyapp
store studied on a fixed clock, and a real Anki collection answered by Anki's
own scheduler.

studyapp's clock is fixed (days in 2025); Anki always runs on the wall clock,
so expectations about Anki's dates are written through Anki's own day count
(:func:`anki_date`), never through "today".
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from studyapp.core.anki_export.ids import note_guid
from studyapp.core.deck.model import CardKind, Deck, Script
from studyapp.core.store import CardRecord, CardState, Rating, Store, open_store

START = datetime(2025, 3, 3, 9, 0, tzinfo=timezone.utc)
# Mostly Good, some of each: every card state comes up in a month of study.
RATINGS = (1, 2, 3, 3, 3, 3, 4)


class Clock:
    def __init__(self, start: datetime = START) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def open_studied(path: Path, deck: Deck, *, seed: int = 5, days: int = 30) -> tuple[Store, Clock]:
    """A store (the computer's time zone, as Anki's) in which ``deck`` was studied
    for ``days`` days, every due card every day, then left with a card in each
    state: learning, relearning, review, suspended."""
    clock = Clock()
    store = open_store(path, clock=clock, rng=random.Random(7), tz=None)
    # due dates from the answers alone (no load balancing), as a replay computes them
    store.update_settings(load_balance=False)
    store.sync_cards(deck.id, [(f.id, f.topic) for f in deck.facts], (CardKind.QA, CardKind.CLOZE))
    study(store, clock, range(days), random.Random(seed))
    # The last day: one card lapses into relearning, one stays in learning, one is
    # suspended. Every answer of a day comes later in the day than the day before's
    # (whole-day gaps are whole days for studyapp and for Anki alike).
    clock.now = START + timedelta(days=days, seconds=days)
    reviews = [c for c in store.all_cards() if c.state is CardState.REVIEW]
    store.answer(reviews[0].id, Rating.AGAIN)
    store.suspend([reviews[1].id])
    store.reset([reviews[2].id])
    clock.now += timedelta(milliseconds=1)
    store.answer(reviews[2].id, Rating.HARD)
    return store, clock


def study(store: Store, clock: Clock, days: Iterable[int], rng: random.Random) -> int:
    """Answer every card that comes up on each of ``days`` (counted from START)."""
    answered = 0
    for day in days:
        clock.now = START + timedelta(days=day, seconds=day)
        while (card := store.next_card()) is not None:
            rating = Rating(rng.choice(RATINGS))
            store.answer(card, rating, duration_ms=rng.randrange(1500, 12_000))
            clock.now += timedelta(milliseconds=1)
            answered += 1
    return answered


def new_collection(folder: Path) -> Any:
    """A fresh Anki collection with FSRS switched on."""
    from anki.collection import Collection

    folder.mkdir(parents=True, exist_ok=True)
    col = Collection(str(folder / "collection.anki2"))
    col.set_config("fsrs", True)
    return col


def import_with_progress(col: Any, path: Path, *, with_scheduling: bool = True) -> Any:
    """Import as Anki's dialog does with *Import any learning progress* ticked."""
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    options = ImportAnkiPackageOptions(with_scheduling=with_scheduling)
    request = ImportAnkiPackageRequest(package_path=str(path), options=options)
    return col.import_anki_package(request).log


def anki_card_id(col: Any, deck_id: str, fact_id: str, kind: CardKind, script: Script) -> int:
    guid = note_guid(deck_id, fact_id, kind, script)
    cid = col.db.scalar(
        "SELECT c.id FROM cards c JOIN notes n ON n.id = c.nid WHERE n.guid = ?", guid
    )
    assert cid, guid
    return int(cid)


def anki_date(col: Any, day_number: int) -> date:
    """The date Anki's day ``day_number`` is (days count from the collection's
    creation date in its creation time zone, each starting at the rollover)."""
    offset = timezone(timedelta(minutes=-int(col.get_config("creationOffset"))))
    return datetime.fromtimestamp(col.crt, offset).date() + timedelta(days=day_number)


def answer_in_anki(col: Any, deck_name: str, ratings: Iterable[int], limit: int) -> int:
    """Answer up to ``limit`` cards of ``deck_name`` with Anki's v3 scheduler."""
    from anki.scheduler.v3 import CardAnswer

    col.decks.select(col.decks.id_for_name(deck_name))
    buttons = {
        1: CardAnswer.AGAIN,
        2: CardAnswer.HARD,
        3: CardAnswer.GOOD,
        4: CardAnswer.EASY,
    }
    answered = 0
    for rating in ratings:
        if answered >= limit:
            break
        queued = col.sched.get_queued_cards().cards
        if not queued:
            break
        card = col.get_card(queued[0].card.id)
        card.start_timer()
        col.sched.answer_card(
            col.sched.build_answer(card=card, states=queued[0].states, rating=buttons[rating])
        )
        answered += 1
    return answered


def answers(store: Store, card: CardRecord) -> list[tuple[int, int]]:
    """(time in ms, rating) of each answer in a card's review log."""
    from studyapp.core.store.clock import to_ms

    return [(to_ms(r.reviewed_at), r.rating) for r in store.review_log(card.id) if r.rating]
