"""Per-deck options (new cards per day, maximum reviews per day, desired
retention, new-card order) and custom study's extension of today's limits."""

from __future__ import annotations

from datetime import timedelta

import pytest

from studyapp.core.deck.model import CardKind
from studyapp.core.store import (
    CardRecord,
    CardState,
    CustomStudy,
    DeckOptions,
    NewOrder,
    QueueCounts,
    Rating,
    Store,
)

from .conftest import QA, T0, FakeClock, StoreFactory, facts


def _study_new(store: Store, decks: list[str] | None = None) -> list[str]:
    """Answer new cards Easy until none is left today; returns "deck/fact" of each."""
    seen = []
    while (card := store.next_card(decks)) is not None and card.is_new:
        seen.append(f"{card.deck_id}/{card.fact_id}")
        store.answer(card.id, Rating.EASY)
    return seen


def test_a_deck_without_options_follows_the_defaults(store: Store) -> None:
    store.update_settings(new_per_day=7, reviews_per_day=50, desired_retention=0.85)
    limits = store.deck_limits("d")
    assert (limits.new_per_day, limits.reviews_per_day, limits.desired_retention) == (7, 50, 0.85)
    assert limits.new_order is NewOrder.DECK and not limits.own
    assert store.deck_options("d").is_default


def test_each_deck_has_its_own_new_card_limit(store: Store) -> None:
    store.update_settings(new_per_day=2)
    store.sync_cards("a", facts(10), QA)
    store.sync_cards("b", facts(10), QA)
    store.set_deck_options("b", DeckOptions(new_per_day=5))
    assert store.counts(["a"]).new == 2
    assert store.counts(["b"]).new == 5
    assert store.counts().new == 7  # every deck: the sum of what each may still show
    seen = _study_new(store)
    assert sum(s.startswith("a/") for s in seen) == 2
    assert sum(s.startswith("b/") for s in seen) == 5
    assert store.counts() == QueueCounts(0, 0, 0)


def test_options_survive_a_restart_and_can_go_back_to_the_defaults(
    make_store: StoreFactory,
) -> None:
    store = make_store()
    own = DeckOptions(
        new_per_day=3, reviews_per_day=40, desired_retention=0.95, new_order=NewOrder.RANDOM
    )
    limits = store.set_deck_options("d", own)
    assert limits.own and limits.desired_retention == 0.95
    store.close()
    store = make_store()
    assert store.deck_options("d") == own
    store.set_deck_options("d", DeckOptions())
    assert not store.deck_limits("d").own
    store.close()
    assert make_store().deck_options("d").is_default


def test_the_review_limit_holds_back_reviews_past_it(store: Store, clock: FakeClock) -> None:
    store.update_settings(new_per_day=100, bury_siblings=False)
    store.sync_cards("d", facts(6), QA)
    _study_new(store)
    clock.advance(days=60)  # all six are due
    store.set_deck_options("d", DeckOptions(reviews_per_day=4))
    assert store.counts().review == 4
    answered = 0
    while (card := store.next_card()) is not None:
        assert card.state is CardState.REVIEW
        store.answer(card.id, Rating.GOOD)
        answered += 1
    assert answered == 4
    assert store.counts().review == 0
    store.extend_today("d", reviews=1)  # custom study: one more review today
    assert store.counts().review == 1
    store.answer(store.next_card().id, Rating.GOOD)  # type: ignore[union-attr]
    assert store.next_card() is None


def test_study_more_new_cards_today_and_only_today(store: Store, clock: FakeClock) -> None:
    store.update_settings(new_per_day=2)
    store.sync_cards("d", facts(20), QA)
    assert len(_study_new(store)) == 2
    extension = store.extend_today("d", new=5)
    assert extension.new == 5 and extension.day == store.today()
    assert store.counts().new == 5
    assert len(_study_new(store)) == 5
    store.extend_today("d", new=1)  # extends again, on top
    assert store.extension("d").new == 6
    assert len(_study_new(store)) == 1
    clock.set(T0 + timedelta(days=1))  # the next day: the extension is over
    assert store.extension("d").new == 0
    assert store.counts().new == 2
    with pytest.raises(ValueError):
        store.extend_today("d", new=-1)


def test_a_deck_with_its_own_retention_gets_longer_intervals(store: Store) -> None:
    store.update_settings(bury_siblings=False, enable_fuzz=False)
    store.sync_cards("low", facts(1), QA)
    store.sync_cards("high", facts(1), QA)
    store.set_deck_options("high", DeckOptions(desired_retention=0.97))
    store.set_deck_options("low", DeckOptions(desired_retention=0.80))
    good = {}
    for deck in ("low", "high"):
        card = store.next_card([deck])
        assert card is not None
        store.answer(card.id, Rating.EASY)
        good[deck] = store.preview(store.card(card.id))[Rating.GOOD]
    assert good["low"] > good["high"] * 3  # 80 % lets a card go much longer than 97 %


def test_new_card_order_by_topic_and_random(store: Store) -> None:
    store.update_settings(new_per_day=100)
    pairs = [(f"f{i}", f"t{i % 3}") for i in range(9)]  # topics interleaved in deck order
    store.sync_cards("d", pairs, QA)
    in_deck_order = [c.fact_id for c in _peek_new_order(store)]
    assert in_deck_order == [f"f{i}" for i in range(9)]

    store.set_deck_options("d", DeckOptions(new_order=NewOrder.TOPIC))
    by_topic = _peek_new_order(store)
    assert [c.topic for c in by_topic] == ["t0"] * 3 + ["t1"] * 3 + ["t2"] * 3
    assert [c.fact_id for c in by_topic[:3]] == ["f0", "f3", "f6"]

    store.set_deck_options("d", DeckOptions(new_order=NewOrder.RANDOM))
    shuffled = [c.fact_id for c in _peek_new_order(store)]
    assert sorted(shuffled) == sorted(in_deck_order) and shuffled != in_deck_order
    # a fact added later slots in somewhere; the others keep their order
    store.sync_cards("d", [*pairs, ("f9", "t0")], QA)
    again = [c.fact_id for c in _peek_new_order(store)]
    assert [f for f in again if f != "f9"] == shuffled

    store.set_deck_options("d", DeckOptions(new_order=NewOrder.DECK))
    assert [c.fact_id for c in _peek_new_order(store)] == [f"f{i}" for i in range(10)]
    assert [c.fact_id for c in [store.next_card()]] == ["f0"]  # type: ignore[union-attr]


def _peek_new_order(store: Store) -> list[CardRecord]:
    cards = [c for c in store.all_cards() if c.is_new]
    return sorted(cards, key=lambda c: (c.due, c.id))


def test_custom_study_review_ahead(store: Store, clock: FakeClock) -> None:
    store.update_settings(new_per_day=100, bury_siblings=False)
    store.sync_cards("d", facts(4), QA)
    _study_new(store)
    clock.advance(days=1)
    assert store.next_card() is None
    ahead = store.custom_cards(CustomStudy.REVIEW_AHEAD, ["d"], days=30)
    assert len(ahead) == 4
    dues = [store.card(i).due for i in ahead]
    assert dues == sorted(dues)
    assert store.custom_cards(CustomStudy.REVIEW_AHEAD, ["other"], days=30) == []


def test_custom_study_todays_forgotten_cards(store: Store, clock: FakeClock) -> None:
    store.update_settings(new_per_day=100, bury_siblings=False)
    store.sync_cards("d", facts(3), [CardKind.QA])
    _study_new(store)
    clock.advance(days=30)
    forgotten = []
    while (card := store.next_card()) is not None and card.state is CardState.REVIEW:
        rating = Rating.AGAIN if card.fact_id != "f1" else Rating.GOOD
        store.answer(card.id, rating)
        if rating is Rating.AGAIN:
            forgotten.append(card.id)
    assert store.custom_cards(CustomStudy.FORGOTTEN_TODAY) == forgotten
    clock.advance(days=1)
    assert store.custom_cards(CustomStudy.FORGOTTEN_TODAY) == []


def test_bad_options_are_refused(store: Store) -> None:
    with pytest.raises(ValueError):
        DeckOptions(new_per_day=-1)
    with pytest.raises(ValueError):
        DeckOptions(desired_retention=1.2)
    assert store.deck_options("d").is_default
