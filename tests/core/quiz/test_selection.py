"""Which facts a quiz asks about, with the real question generator and the mini deck."""

from __future__ import annotations

from pathlib import Path

from studyapp.core.deck.load import load_deck
from studyapp.core.deck.model import CardKind
from studyapp.core.questions import generate
from studyapp.core.questions.model import QuestionType
from studyapp.core.quiz import QuizSetup, Selection, build_questions, due_weak_weights
from studyapp.core.store import FactKey, Rating, Store

from .conftest import WallClock


def test_my_last_mistakes_asks_only_about_them(mini_deck_path: Path) -> None:
    deck = load_deck(mini_deck_path)
    facts = tuple(FactKey(deck.id, f.id) for f in deck.facts[:2])
    setup = QuizSetup(
        count=6,
        types=(QuestionType.MCQ, QuestionType.TYPED),
        selection=Selection.MISTAKES,
        facts=facts,
    )
    questions = build_questions(setup, [deck], "hans", generate)
    assert questions and all(q.script == "hans" for q in questions)
    assert {(q.deck_id, q.fact_ids[0]) for q in questions} <= set(facts)
    assert build_questions(QuizSetup(selection=Selection.MISTAKES), [deck], "hant", generate) == []


def test_topics_and_decks_narrow_the_questions(mini_deck_path: Path) -> None:
    deck = load_deck(mini_deck_path)
    setup = QuizSetup(
        decks=(deck.id,), topics=("people",), count=5, types=(QuestionType.TRUEFALSE,)
    )
    questions = build_questions(setup, [deck], "hant", generate)
    assert len(questions) == 5 and {q.topic for q in questions} == {"people"}
    assert build_questions(QuizSetup(decks=("nope",)), [deck], "hant", generate) == []


def test_due_and_weak_facts_weigh_more_than_known_ones(mini_deck_path: Path, store: Store) -> None:
    deck = load_deck(mini_deck_path)
    store.sync_cards(deck.id, [(f.id, f.topic) for f in deck.facts], [CardKind.QA])
    known, forgotten = deck.facts[0].id, deck.facts[1].id
    for fact_id, rating in ((known, Rating.EASY), (forgotten, Rating.AGAIN)):
        card = store.find_card(deck.id, fact_id, CardKind.QA)
        assert card is not None
        store.answer(card.id, rating)
    clock: WallClock = store._clock  # type: ignore[attr-defined]
    from datetime import timedelta

    clock.now += timedelta(hours=1)
    weights = due_weak_weights(store, [deck])
    assert (
        weights[(deck.id, forgotten)]
        > weights[(deck.id, deck.facts[2].id)]
        > weights[(deck.id, known)]
    )
    assert weights[(deck.id, deck.facts[2].id)] == 1.5  # never studied
