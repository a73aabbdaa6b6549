"""The due queue: order, the daily new-card limit, learn-ahead, sibling burying."""

from __future__ import annotations

from datetime import timedelta

from studyapp.core.deck.model import CardKind
from studyapp.core.store import CardState, QueueCounts, Rating, Store

from .conftest import QA, T0, FakeClock, facts


def test_new_cards_come_in_deck_order_up_to_the_daily_limit(store: Store) -> None:
    store.update_settings(new_per_day=3)
    store.sync_cards("d", facts(10), QA)
    assert store.counts() == QueueCounts(new=3, learning=0, review=0)
    seen = []
    while (card := store.next_card()) is not None and card.is_new:
        seen.append(card.fact_id)
        store.answer(card.id, Rating.EASY)
    assert seen == ["f0", "f1", "f2"]
    assert card is None
    assert store.counts().new == 0


def test_the_new_limit_resets_on_the_next_day(store: Store, clock: FakeClock) -> None:
    store.update_settings(new_per_day=2)
    store.sync_cards("d", facts(5), QA)
    for _ in range(2):
        card = store.next_card()
        assert card is not None
        store.answer(card.id, Rating.EASY)
    assert store.next_card() is None
    clock.set(T0 + timedelta(hours=16))  # 04:00 UTC next day: the day rolls over
    assert store.counts().new == 2


def test_day_starts_at_the_rollover_hour(store: Store, clock: FakeClock) -> None:
    store.update_settings(new_per_day=1)
    store.sync_cards("d", facts(3), QA)
    store.answer(store.next_card().id, Rating.EASY)  # type: ignore[union-attr]
    clock.set(T0.replace(hour=23, minute=59) + timedelta(hours=3))  # 02:59 next morning
    assert store.counts().new == 0
    clock.advance(hours=1, minutes=1)  # 04:00
    assert store.counts().new == 1


def test_learning_then_reviews_then_new(store: Store, clock: FakeClock) -> None:
    store.update_settings(new_per_day=100, bury_siblings=False)
    store.sync_cards("d", facts(3), QA)
    first = store.next_card()
    assert first is not None and first.fact_id == "f0"
    store.answer(first.id, Rating.EASY)  # review in a week
    second = store.next_card()
    assert second is not None and second.fact_id == "f1"
    store.answer(second.id, Rating.AGAIN)  # learning, due in 1 minute
    clock.advance(minutes=2)
    assert store.next_card().fact_id == "f1"  # type: ignore[union-attr]
    clock.advance(days=30)
    # f0 is an overdue review now, f1 an overdue learning card, f2 still new
    assert store.next_card().fact_id == "f1"  # type: ignore[union-attr]
    store.answer(second.id, Rating.EASY)
    assert store.next_card().fact_id == "f0"  # type: ignore[union-attr]
    store.answer(first.id, Rating.GOOD)
    assert store.next_card().fact_id == "f2"  # type: ignore[union-attr]


def test_learn_ahead_when_nothing_else_is_left(store: Store, clock: FakeClock) -> None:
    store.sync_cards("d", facts(1), QA)
    card = store.answer(store.next_card().id, Rating.GOOD).card  # type: ignore[union-attr]
    assert card.due == clock.now + timedelta(minutes=10)
    assert store.next_card() == card  # due in 10 minutes, within the 20-minute window
    store.update_settings(learn_ahead=timedelta(minutes=5))
    assert store.next_card() is None
    assert store.next_learning_due() == card.due
    assert store.counts() == QueueCounts(new=0, learning=1, review=0)


def test_review_cards_are_due_for_the_whole_day(store: Store, clock: FakeClock) -> None:
    store.sync_cards("d", facts(1), QA)
    card = store.answer(store.next_card().id, Rating.EASY).card  # type: ignore[union-attr]
    clock.set(card.due - timedelta(hours=8))  # same reader day, earlier hour
    assert store.next_card() is not None
    clock.set(card.due - timedelta(hours=9))  # before 04:00: still the previous day
    assert store.next_card() is None


def test_deck_filter(store: Store) -> None:
    store.sync_cards("a", facts(2), QA)
    store.sync_cards("b", facts(2), QA)
    assert store.next_card(["b"]).deck_id == "b"  # type: ignore[union-attr]
    assert store.counts(["b"]).new == 2
    assert store.counts().new == 4


def test_answering_buries_the_facts_other_cards_until_tomorrow(
    store: Store, clock: FakeClock
) -> None:
    store.sync_cards("d", facts(2), [CardKind.QA, CardKind.CLOZE])
    card = store.next_card()
    assert card is not None and (card.fact_id, card.kind) == ("f0", CardKind.QA)
    result = store.answer(card.id, Rating.GOOD)
    sibling = store.find_card("d", "f0", CardKind.CLOZE)
    assert sibling is not None and sibling.buried
    assert result.buried_siblings == (sibling.id,)
    nxt = store.next_card()
    assert nxt is not None and nxt.fact_id == "f1"
    clock.advance(days=1)
    store.next_card()  # the first look at the queue on a new day unburies
    assert not store.card(sibling.id).buried


def test_hidden_suspended_and_buried_cards_are_not_shown(store: Store) -> None:
    store.sync_cards("d", facts(3), QA)
    ids = [c.id for c in (store.find_card("d", f"f{i}", CardKind.QA) for i in range(3)) if c]
    store.suspend([ids[0]])
    store.bury([ids[1]])
    store.sync_cards("d", facts(2), QA)  # f2 leaves the deck
    assert store.next_card() is None
    assert store.counts().total == 0
    assert store.card(ids[2]).hidden
    assert store.card(ids[2]).state is CardState.NEW
