"""Merging reviews made elsewhere: each arrives once, and the card ends where
answering the same ratings at the same moments in studyapp would have left it."""

from __future__ import annotations

import itertools
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studyapp.core.deck.model import CardKind
from studyapp.core.store import (
    MATCH_WINDOW_MS,
    CardRecord,
    CardState,
    IncomingReview,
    Rating,
    ReadOnlyStoreError,
    Store,
    open_store,
)
from studyapp.core.store.balance import LoadBalancer
from studyapp.core.store.clock import to_ms
from studyapp.core.store.merge import unmatched

from .conftest import T0, FakeClock, StoreFactory, facts

_COUNTER = itertools.count()


@pytest.fixture(autouse=True)
def _no_load_balancing(monkeypatch: pytest.MonkeyPatch) -> None:
    """A replay re-tells the past without load balancing; "as if answered here"
    compares with answers given without it too (balancing depends on what else is
    due, which a replay of one card does not see)."""
    real = LoadBalancer.__init__

    def unbalanced(self: LoadBalancer, *, balance: bool, easy_days: Any) -> None:
        real(self, balance=False, easy_days=easy_days)

    monkeypatch.setattr(LoadBalancer, "__init__", unbalanced)


QA_CLOZE = (CardKind.QA, CardKind.CLOZE)


def _review(
    at: datetime | int, rating: int, fact: str = "f0", kind: CardKind = CardKind.QA
) -> IncomingReview:
    ms = at if isinstance(at, int) else to_ms(at)
    return IncomingReview("d", fact, kind, "t1", ms, rating, 3000)


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


def _answer_at(store: Store, clock: FakeClock, card_id: int, at: datetime, rating: int) -> None:
    clock.set(at)
    store.answer(card_id, Rating(rating))


# -- which incoming reviews are new --------------------------------------------------------


def test_exact_times_pair_first_then_the_nearest_within_the_window() -> None:
    from studyapp.core.store.merge import _Row

    existing = [_Row(1_000_000, 3), _Row(1_000_400, 3), _Row(2_000_000, 1)]
    incoming = [
        _review(1_000_400, 3),  # exact: pairs with the second row
        _review(1_000_900, 3),  # then the nearest free row, the first (900 ms away)
        _review(2_000_000, 3),  # same moment, another rating: a different answer
        _review(2_000_000 + MATCH_WINDOW_MS + 1, 1),  # beyond the window: new
    ]
    assert unmatched(incoming, existing) == [incoming[2], incoming[3]]


def test_each_row_stands_for_one_review_only() -> None:
    from studyapp.core.store.merge import _Row

    incoming = [_review(5_000, 1), _review(5_200, 1)]
    assert unmatched(incoming, [_Row(5_100, 1)]) == [incoming[1]]


# -- merging into a store --------------------------------------------------------------------


def test_reviews_elsewhere_continue_the_card_as_if_answered_here(
    make_store: StoreFactory, clock: FakeClock, tmp_path: Path
) -> None:
    store = make_store()
    store.sync_cards("d", facts(1), (CardKind.QA,))
    card_id = store.cards_of_fact("d", "f0")[0].id
    plan = [(T0, 3), (T0 + timedelta(minutes=10), 3), (T0 + timedelta(days=3), 1)]
    elsewhere = [(T0 + timedelta(days=3, minutes=10), 3), (T0 + timedelta(days=9), 4)]
    for at, rating in plan:
        _answer_at(store, clock, card_id, at, rating)
    clock.set(T0 + timedelta(days=10))
    result = store.merge_reviews([_review(at, r) for at, r in elsewhere])
    assert (result.added, result.already_present, result.cards_updated) == (2, 0, (card_id,))

    oracle_clock = FakeClock()
    oracle = open_store(
        tmp_path / "oracle.sqlite", clock=oracle_clock, rng=random.Random(7), tz=timezone.utc
    )
    try:
        oracle.sync_cards("d", facts(1), (CardKind.QA,))
        for at, rating in plan + elsewhere:
            _answer_at(oracle, oracle_clock, card_id, at, rating)
        assert _scheduling(store.card(card_id)) == _scheduling(oracle.card(card_id))
        assert [
            (r.reviewed_at, r.rating, r.state_after, r.stability) for r in store.review_log(card_id)
        ] == [
            (r.reviewed_at, r.rating, r.state_after, r.stability)
            for r in oracle.review_log(card_id)
        ]
        assert [r.duration_ms for r in store.review_log(card_id)][-2:] == [3000, 3000]
    finally:
        oracle.close()


def test_a_review_between_two_here_rewrites_only_the_rows_after_it(
    make_store: StoreFactory, clock: FakeClock
) -> None:
    store = make_store()
    store.sync_cards("d", facts(1), (CardKind.QA,))
    card_id = store.cards_of_fact("d", "f0")[0].id
    for at, rating in ((T0, 3), (T0 + timedelta(minutes=10), 3), (T0 + timedelta(days=8), 3)):
        _answer_at(store, clock, card_id, at, rating)
    before = store.review_log(card_id)
    store.merge_reviews([_review(T0 + timedelta(days=2), 1)])
    after = store.review_log(card_id)
    assert [r.reviewed_at for r in after] == sorted(
        [*(r.reviewed_at for r in before), T0 + timedelta(days=2)]
    )
    assert after[:2] == before[:2]  # older than the new review: as they were
    assert after[3].reviewed_at == before[2].reviewed_at
    assert after[3].stability != before[2].stability  # recomputed after the lapse
    assert (
        after[2].state_before is CardState.REVIEW and after[2].state_after is CardState.RELEARNING
    )
    assert store.card(card_id).lapses == 1


def test_a_reset_in_anki_makes_the_card_new(make_store: StoreFactory, clock: FakeClock) -> None:
    store = make_store()
    store.sync_cards("d", facts(1), (CardKind.QA,))
    card_id = store.cards_of_fact("d", "f0")[0].id
    _answer_at(store, clock, card_id, T0, 4)
    reset_at = T0 + timedelta(days=2)
    store.merge_reviews([_review(reset_at, 0)])
    card = store.card(card_id)
    assert (card.state, card.reps, card.stability, card.due) == (CardState.NEW, 0, None, reset_at)
    assert [r.rating for r in store.review_log(card_id)] == [4, 0]


def test_a_card_studyapp_does_not_show_is_kept_hidden_until_its_kind_is_on(
    make_store: StoreFactory,
) -> None:
    store = make_store()
    store.sync_cards("d", facts(2), (CardKind.QA,))
    result = store.merge_reviews([_review(T0, 3, fact="f1", kind=CardKind.CLOZE)])
    assert (result.added, result.cards_created) == (1, 1)
    assert store.find_card("d", "f1", CardKind.CLOZE) is not None
    assert all(c.kind is CardKind.QA for c in store.all_cards())
    store.sync_cards("d", facts(2), QA_CLOZE)
    cloze = store.find_card("d", "f1", CardKind.CLOZE)
    assert cloze is not None and not cloze.hidden
    assert (cloze.state, cloze.reps) == (CardState.LEARNING, 1)


def test_a_bad_rating_writes_nothing(make_store: StoreFactory) -> None:
    store = make_store()
    store.sync_cards("d", facts(2), (CardKind.QA,))
    with pytest.raises(ValueError):
        store.merge_reviews([_review(T0, 3, fact="f0"), _review(T0, 7, fact="f1")])
    assert store.review_log(store.cards_of_fact("d", "f0")[0].id) == []


def test_merging_clears_the_undo_history(make_store: StoreFactory, clock: FakeClock) -> None:
    store = make_store()
    store.sync_cards("d", facts(1), (CardKind.QA,))
    card_id = store.cards_of_fact("d", "f0")[0].id
    _answer_at(store, clock, card_id, T0, 3)
    assert store.merge_reviews([_review(T0, 3)]).added == 0
    assert store.can_undo  # nothing changed: the answer can still be taken back
    store.merge_reviews([_review(T0 - timedelta(days=1), 3)])
    assert not store.can_undo


def test_todays_new_cards_count_reviews_from_anki(
    make_store: StoreFactory, clock: FakeClock
) -> None:
    store = make_store()
    store.update_settings(new_per_day=2)
    store.sync_cards("d", facts(5), (CardKind.QA,))
    assert store.counts().new == 2
    store.merge_reviews([_review(clock.now - timedelta(minutes=5), 3, fact="f3")])
    assert store.counts().new == 1


def test_a_read_only_store_refuses(make_store: StoreFactory, db_path: Path) -> None:
    make_store().close()
    reader = make_store(readonly=True)
    with pytest.raises(ReadOnlyStoreError):
        reader.merge_reviews([_review(T0, 3)])


# -- the property --------------------------------------------------------------------------------

PROPERTY = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@PROPERTY
@given(
    steps=st.lists(
        st.tuples(
            st.integers(min_value=1, max_value=4),
            st.integers(min_value=1, max_value=60 * 24 * 30),  # minutes since the last answer
            st.booleans(),  # answered in Anki
        ),
        min_size=1,
        max_size=10,
    )
)
def test_any_split_of_a_history_between_here_and_anki_merges_to_the_whole(
    tmp_path: Path, steps: list[tuple[int, int, bool]]
) -> None:
    folder = tmp_path / f"m{next(_COUNTER)}"
    at = T0
    timeline: list[tuple[datetime, int, bool]] = []
    for rating, minutes, in_anki in steps:
        at += timedelta(minutes=minutes)
        timeline.append((at, rating, in_anki))
    stores = []
    for name in ("split", "whole"):
        clock = FakeClock()
        store = open_store(
            folder / f"{name}.sqlite", clock=clock, rng=random.Random(3), tz=timezone.utc
        )
        store.sync_cards("d", facts(1), (CardKind.QA,))
        stores.append((store, clock))
    (split, split_clock), (whole, whole_clock) = stores
    try:
        card_id = split.cards_of_fact("d", "f0")[0].id
        for moment, rating, in_anki in timeline:
            _answer_at(whole, whole_clock, card_id, moment, rating)
            if not in_anki:
                _answer_at(split, split_clock, card_id, moment, rating)
        incoming = [_review(moment, rating) for moment, rating, in_anki in timeline if in_anki]
        first = split.merge_reviews(incoming)
        assert first.added == len(incoming)
        assert _scheduling(split.card(card_id)) == _scheduling(whole.card(card_id))
        everything = [_review(moment, rating) for moment, rating, _ in timeline]
        again = split.merge_reviews(everything)  # all of it, ours included: nothing new
        assert (again.added, again.already_present) == (0, len(timeline))
        assert [(r.reviewed_at, r.rating, r.due_after) for r in split.review_log(card_id)] == [
            (r.reviewed_at, r.rating, r.due_after) for r in whole.review_log(card_id)
        ]
    finally:
        split.close()
        whole.close()


def test_a_merge_job_in_another_thread_does_what_the_store_does(
    make_store: StoreFactory, clock: FakeClock, tmp_path: Path
) -> None:
    import threading

    store = make_store()
    store.sync_cards("d", facts(3), QA_CLOZE)
    _answer_at(store, clock, store.cards_of_fact("d", "f0")[0].id, T0, 3)
    incoming = [
        _review(T0 + timedelta(days=d), r, fact=f"f{d % 3}", kind=QA_CLOZE[d % 2])
        for d, r in ((1, 3), (2, 1), (4, 3), (5, 4))
    ]
    job = store.merge_job()
    seen: list[tuple[int, int]] = []
    results: list[Any] = []
    worker = threading.Thread(
        target=lambda: results.append(job(incoming, lambda *p: seen.append(p)))
    )
    worker.start()
    worker.join()
    (result,) = results
    store.merged(result)
    assert result.added == 4 and not store.can_undo
    assert seen == [(0, len(result.cards_updated))]

    twin_clock = FakeClock()
    twin = open_store(
        tmp_path / "twin.sqlite", clock=twin_clock, rng=random.Random(7), tz=timezone.utc
    )
    try:
        twin.sync_cards("d", facts(3), QA_CLOZE)
        _answer_at(twin, twin_clock, twin.cards_of_fact("d", "f0")[0].id, T0, 3)
        twin_clock.set(clock.now)
        assert twin.merge_reviews(incoming) == result
        assert [_scheduling(c) for c in twin.all_cards()] == [
            _scheduling(c) for c in store.all_cards()
        ]
    finally:
        twin.close()


def test_a_merge_job_that_cannot_write_changes_nothing(
    make_store: StoreFactory, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from studyapp.core.errors import ErrorKind
    from studyapp.core.store import StoreError
    from studyapp.core.store import merge as merge_module

    store = make_store()
    store.sync_cards("d", facts(1), (CardKind.QA,))
    job = store.merge_job()
    original = merge_module.configure

    def impatient(conn: sqlite3.Connection, path: Path, *, readonly: bool) -> None:
        original(conn, path, readonly=readonly)
        conn.execute("PRAGMA busy_timeout = 10")

    monkeypatch.setattr(merge_module, "configure", impatient)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # someone else is writing, longer than the job waits
    try:
        with pytest.raises(StoreError) as info:
            job([_review(T0, 3)])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert info.value.kind is ErrorKind.WRITE_FAILED
    assert store.review_log(store.cards_of_fact("d", "f0")[0].id) == []
    with pytest.raises(ReadOnlyStoreError):
        make_store(readonly=True).merge_job()
