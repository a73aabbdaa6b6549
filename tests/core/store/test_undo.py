"""Undo of the last answer restores the card exactly and removes the review."""

from __future__ import annotations

import pytest

from studyapp.core.deck.model import CardKind
from studyapp.core.store import Rating, Store, UndoError

from .conftest import QA, FakeClock, facts


def test_undo_restores_the_previous_state_exactly(store: Store, clock: FakeClock) -> None:
    store.sync_cards("d", facts(1), QA)
    card = store.next_card()
    assert card is not None
    store.answer(card.id, Rating.GOOD)
    clock.advance(minutes=10)
    before = store.card(card.id)
    log_before = store.review_log(card.id)
    result = store.answer(card.id, Rating.AGAIN, duration_ms=5000)
    assert result.previous == before
    assert store.can_undo
    restored = store.undo()
    assert restored == before
    assert store.card(card.id) == before
    assert store.review_log(card.id) == log_before


def test_undo_walks_back_several_answers_and_the_new_count(store: Store) -> None:
    store.update_settings(new_per_day=2)
    store.sync_cards("d", facts(3), [CardKind.QA, CardKind.CLOZE])
    first = store.next_card()
    assert first is not None
    store.answer(first.id, Rating.EASY)
    cloze = store.find_card("d", "f0", CardKind.CLOZE)
    assert cloze is not None and cloze.buried
    second = store.next_card()
    assert second is not None
    store.answer(second.id, Rating.EASY)
    assert store.counts().new == 0
    store.undo()
    assert store.counts().new == 1
    store.undo()
    assert store.counts().new == 2
    assert not store.card(cloze.id).buried  # the sibling comes back too
    assert store.next_card() == store.card(first.id)
    with pytest.raises(UndoError, match="no answer to undo"):
        store.undo()


def test_undo_is_refused_after_a_reset(store: Store) -> None:
    store.sync_cards("d", facts(1), QA)
    card = store.next_card()
    assert card is not None
    store.answer(card.id, Rating.GOOD)
    store.reset([card.id])
    with pytest.raises(UndoError, match="no longer be undone"):
        store.undo()
    assert [r.rating for r in store.review_log(card.id)] == [3, 0]
