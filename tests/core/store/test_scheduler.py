"""FSRS through the store gives exactly what the ``fsrs`` library gives."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import fsrs
import pytest

from studyapp.core.store import CardState, Rating, Store
from studyapp.core.store.scheduler import fuzzed_days

from .conftest import QA, FakeClock, StoreFactory, facts

SEQUENCE = [Rating.GOOD] * 6 + [Rating.AGAIN] * 2 + [Rating.GOOD] * 5
START = datetime(2022, 11, 29, 12, 30, tzinfo=timezone.utc)


def _run_store(store: Store, clock: FakeClock, ratings: list[Rating]) -> list[int]:
    store.sync_cards("d", facts(1), QA)
    card_id = store.find_card("d", "f0", QA[0]).id  # type: ignore[union-attr]
    clock.set(START)
    intervals = []
    for rating in ratings:
        card = store.answer(card_id, rating).card
        assert card.last_review is not None
        intervals.append((card.due - card.last_review).days)
        clock.set(card.due)
    return intervals


def test_intervals_match_the_library_reference(make_store: StoreFactory, clock: FakeClock) -> None:
    store = make_store()
    store.update_settings(enable_fuzz=False)
    # The same list as py-fsrs' tests/test_basic.py (fsrs 6.x, default parameters).
    assert _run_store(store, clock, SEQUENCE) == [0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21]


@pytest.mark.parametrize("retention", [0.9, 0.8, 0.95])
def test_memory_state_equals_the_library_step_by_step(
    make_store: StoreFactory, clock: FakeClock, retention: float
) -> None:
    store = make_store()
    store.update_settings(enable_fuzz=False, desired_retention=retention)
    ref = fsrs.Scheduler(desired_retention=retention, enable_fuzzing=False)
    ref_card = fsrs.Card(card_id=1, due=START)
    store.sync_cards("d", facts(1), QA)
    card_id = store.find_card("d", "f0", QA[0]).id  # type: ignore[union-attr]
    moment = START
    ratings = [Rating.AGAIN, Rating.GOOD, Rating.HARD, Rating.GOOD, Rating.EASY, Rating.AGAIN]
    ratings += [Rating.GOOD, Rating.GOOD, Rating.HARD, Rating.EASY]
    for rating in ratings:
        clock.set(moment)
        ours = store.answer(card_id, rating).card
        ref_card, _ = ref.review_card(ref_card, fsrs.Rating(int(rating)), moment)
        assert ours.state == CardState(int(ref_card.state))
        assert ours.step == ref_card.step
        assert ours.stability == ref_card.stability
        assert ours.difficulty == ref_card.difficulty
        assert ours.due == ref_card.due
        moment = ref_card.due + timedelta(hours=3)  # a little late, as readers are


def test_default_desired_retention_is_090(store: Store) -> None:
    assert store.settings.desired_retention == 0.90


def test_buttons_show_the_interval_the_answer_gives(
    make_store: StoreFactory, clock: FakeClock
) -> None:
    store = make_store()  # fuzz on
    store.sync_cards("d", facts(1), QA)
    card = store.find_card("d", "f0", QA[0])
    assert card is not None
    for rating in [Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.HARD, Rating.EASY, Rating.GOOD]:
        shown = store.preview(card)
        assert shown[Rating.AGAIN] < shown[Rating.HARD] <= shown[Rating.GOOD] < shown[Rating.EASY]
        card = store.answer(card.id, rating).card
        assert card.last_review is not None
        assert card.due - card.last_review == shown[rating]
        clock.set(card.due)


def test_new_card_buttons(store: Store) -> None:
    store.update_settings(enable_fuzz=False)
    store.sync_cards("d", facts(1), QA)
    card = store.next_card()
    assert card is not None
    assert store.preview(card) == {
        Rating.AGAIN: timedelta(minutes=1),
        Rating.HARD: timedelta(minutes=5, seconds=30),
        Rating.GOOD: timedelta(minutes=10),
        Rating.EASY: timedelta(days=8),
    }


@pytest.mark.parametrize("unit", [0.0, 0.2, 0.5, 0.83, 0.999999])
@pytest.mark.parametrize("days", [1, 2, 3, 5, 10, 30, 100, 1000, 36000])
def test_fuzz_equals_the_library_fuzz(
    monkeypatch: pytest.MonkeyPatch, days: int, unit: float
) -> None:
    # The library draws from the global random(); pin it to compare like with like.
    monkeypatch.setattr(fsrs.scheduler, "random", lambda: unit)
    ref = fsrs.Scheduler(maximum_interval=36500)
    expected = ref._get_fuzzed_interval(interval=timedelta(days=days)).days
    assert fuzzed_days(days, unit, 36500) == expected


def test_fuzz_depends_only_on_the_store_salt(make_store: StoreFactory, clock: FakeClock) -> None:
    store = make_store()
    first = _run_store(store, clock, [Rating.GOOD] * 6)
    store.close()
    clock.set(START)
    store = make_store()
    store.reset([store.find_card("d", "f0", QA[0]).id])  # type: ignore[union-attr]
    again = []
    card_id = store.find_card("d", "f0", QA[0]).id  # type: ignore[union-attr]
    for _ in range(6):
        card = store.answer(card_id, Rating.GOOD).card
        assert card.last_review is not None
        again.append((card.due - card.last_review).days)
        clock.set(card.due)
    assert again == first  # same salt, card id and review count: same fuzz
    assert first != [0, 2, 11, 46, 163, 498]  # the unfuzzed intervals


def test_naive_clock_is_refused(make_store: StoreFactory) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        make_store(clock=lambda: datetime(2025, 1, 1, 12, 0))


def test_answering_with_the_shown_record_or_an_out_of_date_one(
    store: Store, clock: FakeClock
) -> None:
    store.sync_cards("d", facts(1), QA)
    shown = store.next_card()
    assert shown is not None
    first = store.answer(shown, Rating.GOOD)  # the record next_card returned
    assert first.previous == shown
    clock.advance(minutes=10)
    # the same, now out-of-date record: the stored state is used, not the stale one
    second = store.answer(shown, Rating.GOOD)
    assert second.previous == first.card
    assert second.card.reps == 2
    assert [r.rating for r in store.review_log(shown.id)] == [3, 3]
