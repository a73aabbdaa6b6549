"""Card identity, syncing from decks, suspend / bury / reset, "due now"."""

from __future__ import annotations

from datetime import timedelta

from studyapp.core.deck.model import CardKind
from studyapp.core.store import CardState, DueNow, FactKey, Rating, Store

from .conftest import QA, FakeClock, facts


def test_sync_adds_cards_per_fact_and_kind(store: Store) -> None:
    result = store.sync_cards("d", facts(3), [CardKind.QA, CardKind.CLOZE])
    assert result.added == 6
    again = store.sync_cards("d", facts(3), [CardKind.QA, CardKind.CLOZE])
    assert again.to_dict() == {"added": 0, "hidden": 0, "restored": 0, "retopiced": 0}
    kinds = [(c.fact_id, c.kind.value) for c in store.cards_of_fact("d", "f1")]
    assert kinds == [("f1", "qa"), ("f1", "cloze")]


def test_a_removed_fact_keeps_its_history_hidden_and_comes_back(
    store: Store, clock: FakeClock
) -> None:
    store.sync_cards("d", facts(2), QA)
    card = store.find_card("d", "f1", CardKind.QA)
    assert card is not None
    store.answer(card.id, Rating.EASY)
    before = store.card(card.id)

    gone = store.sync_cards("d", [("f0", "t1")], QA)
    assert gone.hidden == 1
    assert store.card(card.id).hidden
    assert len(store.review_log(card.id)) == 1

    clock.advance(days=3)
    back = store.sync_cards("d", facts(2), QA)
    assert back.restored == 1 and back.added == 0
    returned = store.card(card.id)
    assert not returned.hidden
    assert returned.state is CardState.REVIEW
    assert returned.due == before.due and returned.stability == before.stability


def test_turning_a_kind_off_hides_its_cards(store: Store) -> None:
    store.sync_cards("d", facts(2), [CardKind.QA, CardKind.CLOZE])
    result = store.sync_cards("d", facts(2), [CardKind.QA])
    assert result.hidden == 2
    assert store.counts().new == 2
    assert store.sync_cards("d", facts(2), [CardKind.QA, CardKind.CLOZE]).restored == 2


def test_topic_is_recorded_and_follows_the_deck(store: Store) -> None:
    store.sync_cards("d", [("f0", "origins"), ("f1", "people")], QA)
    assert store.find_card("d", "f0", CardKind.QA).topic == "origins"  # type: ignore[union-attr]
    result = store.sync_cards("d", [("f0", "founding"), ("f1", "people")], QA)
    assert result.retopiced == 1
    assert store.find_card("d", "f0", CardKind.QA).topic == "founding"  # type: ignore[union-attr]


def test_same_fact_id_in_two_decks_are_different_cards(store: Store) -> None:
    store.sync_cards("a", facts(1), QA)
    store.sync_cards("b", facts(1), QA)
    a = store.find_card("a", "f0", CardKind.QA)
    b = store.find_card("b", "f0", CardKind.QA)
    assert a is not None and b is not None and a.id != b.id


def test_sync_of_a_large_deck(store: Store) -> None:
    big = [(f"fact-{i:05d}", f"topic-{i % 40}") for i in range(50_000)]
    assert store.sync_cards("big", big, [CardKind.QA, CardKind.CLOZE]).added == 100_000
    smaller = [*big[:49_000], ("fact-new", "topic-0")]
    result = store.sync_cards("big", smaller, [CardKind.QA, CardKind.CLOZE])
    assert (result.added, result.hidden, result.restored) == (2, 2000, 0)
    assert store.sync_cards("big", big, [CardKind.QA, CardKind.CLOZE]).restored == 2000


def test_suspend_and_unsuspend(store: Store) -> None:
    store.sync_cards("d", facts(1), QA)
    card = store.next_card()
    assert card is not None
    assert store.suspend([card.id]) == 1
    assert store.suspend([card.id]) == 0
    assert store.card(card.id).suspended and store.next_card() is None
    assert store.unsuspend([card.id]) == 1
    assert store.next_card() == store.card(card.id)


def test_bury_until_the_next_day(store: Store, clock: FakeClock) -> None:
    store.sync_cards("d", facts(1), QA)
    card = store.next_card()
    assert card is not None
    assert store.bury([card.id]) == 1
    assert store.next_card() is None
    clock.advance(hours=15)  # 03:00 next morning: same reader day
    assert store.next_card() is None
    clock.advance(hours=1)  # 04:00
    assert store.next_card() is not None
    store.bury([card.id])
    assert store.unbury([card.id]) == 1


def test_reset_makes_a_card_new_and_keeps_its_history(store: Store, clock: FakeClock) -> None:
    store.sync_cards("d", facts(2), QA)
    card = store.next_card()
    assert card is not None
    store.answer(card.id, Rating.GOOD)
    clock.advance(minutes=10)
    store.answer(card.id, Rating.GOOD)
    assert store.reset([card.id]) == 1
    reset = store.card(card.id)
    assert reset.state is CardState.NEW
    assert (reset.stability, reset.difficulty, reset.reps, reset.last_review) == (
        None,
        None,
        0,
        None,
    )
    log = store.review_log(card.id)
    assert [r.rating for r in log] == [3, 3, 0]
    assert store.reset([card.id]) == 0  # already new
    # back at the end of the new queue
    assert store.next_card().fact_id == "f1"  # type: ignore[union-attr]


def test_mark_due_now_brings_a_missed_facts_cards_forward(store: Store, clock: FakeClock) -> None:
    store.update_settings(bury_siblings=False)
    store.sync_cards("d", facts(3), [CardKind.QA, CardKind.CLOZE])
    qa = store.find_card("d", "f1", CardKind.QA)
    assert qa is not None
    store.answer(qa.id, Rating.EASY)  # due in days
    assert store.card(qa.id).due > clock.now + timedelta(days=2)
    changed = store.mark_due_now([FactKey("d", "f1")])
    assert changed == DueNow(studied=1, started=1) and changed.due == 2
    assert store.card(qa.id).due == clock.now
    cloze = store.find_card("d", "f1", CardKind.CLOZE)
    assert cloze is not None
    assert (cloze.state, cloze.step, cloze.stability, cloze.due) == (
        CardState.LEARNING,
        0,
        None,
        clock.now,
    )
    # the new card learns now (learning comes first), then the review
    assert store.next_card().id == cloze.id  # type: ignore[union-attr]
    store.answer(cloze.id, Rating.GOOD)
    assert store.next_card().id == qa.id  # type: ignore[union-attr]
    store.answer(qa.id, Rating.GOOD)


def test_mark_due_now_ignores_the_daily_limits(store: Store, clock: FakeClock) -> None:
    """The bug of issue 16: "8 cards now due", and Review showed none, because the
    new cards waited for a new-card limit already used up."""
    store.update_settings(new_per_day=1, reviews_per_day=0, bury_siblings=False)
    store.sync_cards("d", facts(3), [CardKind.QA, CardKind.CLOZE])
    studied = store.next_card()
    assert studied is not None and studied.fact_id == "f0"
    store.answer(studied.id, Rating.EASY)  # the day's one new card, due in days
    assert store.next_card() is None
    clock.advance(minutes=5)
    result = store.mark_due_now([FactKey("d", "f0"), FactKey("d", "f1")])
    assert result == DueNow(studied=1, started=3)
    assert store.counts().total == 4
    shown = []
    while (card := store.next_card()) is not None and len(shown) < 10:
        shown.append((card.fact_id, card.kind))
        store.answer(card.id, Rating.EASY)
    assert len(shown) == 4 and set(shown) == {
        ("f0", CardKind.QA),
        ("f0", CardKind.CLOZE),
        ("f1", CardKind.QA),
        ("f1", CardKind.CLOZE),
    }


def test_mark_due_now_leaves_suspended_cards_out_and_says_so(store: Store) -> None:
    store.sync_cards("d", facts(2), [CardKind.QA, CardKind.CLOZE])
    cloze = store.find_card("d", "f0", CardKind.CLOZE)
    assert cloze is not None
    store.suspend([cloze.id])
    assert store.mark_due_now([FactKey("d", "f0")]) == DueNow(started=1, suspended=1)
    assert store.card(cloze.id).state is CardState.NEW
