"""Timed-quiz attempts, partial ones included, and "due now" for missed facts."""

from __future__ import annotations

import json

import pytest

from studyapp.core.deck.model import CardKind
from studyapp.core.store import (
    FactKey,
    QuizAnswer,
    QuizAttemptNotFoundError,
    QuizOutcome,
    Rating,
    Store,
)

from .conftest import FakeClock, facts

A, B, C = FactKey("d", "f0"), FactKey("d", "f1"), FactKey("d", "f2")


def test_an_attempt_keeps_setup_and_every_question(store: Store, clock: FakeClock) -> None:
    setup = {"questions": 3, "seconds_per_question": 20, "decks": ["d"], "title": "創立"}
    attempt_id = store.start_quiz(setup)
    clock.advance(seconds=12)
    assert (
        store.record_quiz_answer(
            attempt_id, QuizAnswer((A,), "multiple_choice", QuizOutcome.CORRECT, "2021", 11_500)
        )
        == 0
    )
    clock.advance(seconds=20)
    store.record_quiz_answer(
        attempt_id, QuizAnswer((B, C), "match", QuizOutcome.WRONG, "Dario ↔ 2016", 19_000)
    )
    store.record_quiz_answer(
        attempt_id, QuizAnswer((C,), "typed", QuizOutcome.TIMED_OUT, "", 20_000)
    )

    partial = store.quiz_attempt(attempt_id)
    assert not partial.finished
    assert partial.setup == setup
    assert [a.position for a in partial.answers] == [0, 1, 2]
    second = partial.answers[1]
    assert second.answer == QuizAnswer((B, C), "match", QuizOutcome.WRONG, "Dario ↔ 2016", 19_000)
    assert second.answered_at == clock.now
    assert (partial.correct, partial.time_ms) == (1, 50_500)
    assert partial.missed_facts() == [B, C]

    clock.advance(seconds=1)
    done = store.finish_quiz(attempt_id)
    assert done.finished and done.finished_at == clock.now
    json.dumps(done.to_dict(), ensure_ascii=False)  # JSON-able for export and the GUI


def test_abandoned_attempts_are_listed_with_finished_ones(store: Store, clock: FakeClock) -> None:
    first = store.start_quiz({"n": 1})
    store.record_quiz_answer(first, QuizAnswer((A,), "typed", QuizOutcome.CORRECT))
    store.finish_quiz(first)
    clock.advance(minutes=5)
    second = store.start_quiz({"n": 5})
    store.record_quiz_answer(second, QuizAnswer((B,), "typed", QuizOutcome.SKIPPED))
    attempts = store.quiz_attempts()
    assert [a.id for a in attempts] == [second, first]
    assert [a.finished for a in attempts] == [False, True]
    assert len(attempts[0].answers) == 1


def test_unknown_attempt(store: Store) -> None:
    with pytest.raises(QuizAttemptNotFoundError):
        store.record_quiz_answer(99, QuizAnswer((A,), "typed", QuizOutcome.CORRECT))
    with pytest.raises(QuizAttemptNotFoundError):
        store.quiz_attempt(99)


def test_missed_facts_become_due_now(store: Store, clock: FakeClock) -> None:
    store.update_settings(bury_siblings=False)
    store.sync_cards("d", facts(3), [CardKind.QA])
    for fact in ("f0", "f1", "f2"):
        card = store.find_card("d", fact, CardKind.QA)
        assert card is not None
        store.answer(card.id, Rating.EASY)
    clock.advance(days=1)
    assert store.next_card() is None  # nothing due
    attempt = store.start_quiz({})
    store.record_quiz_answer(attempt, QuizAnswer((A,), "typed", QuizOutcome.CORRECT))
    store.record_quiz_answer(attempt, QuizAnswer((C,), "typed", QuizOutcome.WRONG))
    missed = store.finish_quiz(attempt).missed_facts()
    assert store.mark_due_now(missed).due == 1
    card = store.next_card()
    assert card is not None and card.fact == C
    assert store.counts().review == 1
