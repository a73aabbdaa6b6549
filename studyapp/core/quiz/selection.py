"""Which facts a quiz asks about, and the questions made from them.

"Due and weak first" weighs every fact by its cards: due cards and cards the
reader is likely to have forgotten (low retrievability) weigh most, cards never
studied a little more than well-known ones. "My last mistakes" asks about the
facts missed in the last attempt.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import datetime
from typing import Protocol

from studyapp.core.deck.model import Deck, Script
from studyapp.core.questions.model import Question, QuestionType
from studyapp.core.quiz.history import last_mistakes
from studyapp.core.quiz.setup import QuizSetup, Selection
from studyapp.core.store.quiz import QuestionReport, QuizAttempt
from studyapp.core.store.records import CardRecord, CardState, FactKey

FactSet = set[tuple[str, str]]
Weights = dict[tuple[str, str], float]


class Generate(Protocol):
    """:func:`studyapp.core.questions.generate`."""

    def __call__(
        self,
        decks: Sequence[Deck],
        script: Script,
        *,
        count: int,
        types: Sequence[QuestionType] = ...,
        seed: int = ...,
        topics: Sequence[str] | None = ...,
        tags: Sequence[str] | None = ...,
        facts: FactSet | None = ...,
        weights: Mapping[tuple[str, str], float] | None = ...,
        skip: Collection[tuple[str, str, str]] = ...,
        accepted: Mapping[tuple[str, str], Sequence[str]] | None = ...,
    ) -> list[Question]: ...


class WeightStore(Protocol):
    def cards_of_fact(self, deck_id: str, fact_id: str) -> list[CardRecord]: ...
    def retrievability(self, card: CardRecord) -> float: ...
    def now(self) -> datetime: ...


class MistakeStore(Protocol):
    def quiz_attempts(self, limit: int = ...) -> list[QuizAttempt]: ...


def fact_weight(cards: Sequence[CardRecord], now: datetime, recall: Sequence[float]) -> float:
    """1 for a well-known fact, up to 10 for a due, forgotten one; 1.5 if never studied."""
    if not cards:
        return 1.0
    weight = 1.0
    for card, r in zip(cards, recall, strict=True):
        if card.state is CardState.NEW:
            weight = max(weight, 1.5)
            continue
        w = 1.0 + 6.0 * (1.0 - max(0.0, min(1.0, r)))
        if card.due <= now:
            w += 3.0
        weight = max(weight, w)
    return weight


def due_weak_weights(store: WeightStore, decks: Sequence[Deck]) -> Weights:
    now = store.now()
    weights: Weights = {}
    for deck in decks:
        for fact in deck.facts:
            cards = [c for c in store.cards_of_fact(deck.id, fact.id) if not c.suspended]
            recall = [
                store.retrievability(c) if c.state is not CardState.NEW else 0.0 for c in cards
            ]
            weights[(deck.id, fact.id)] = fact_weight(cards, now, recall)
    return weights


def chosen_decks(setup: QuizSetup, decks: Sequence[Deck]) -> list[Deck]:
    if not setup.decks:
        return list(decks)
    return [d for d in decks if d.id in setup.decks]


def mistake_facts(store: MistakeStore | None) -> list[FactKey]:
    if store is None:
        return []
    return last_mistakes(store.quiz_attempts(limit=50))


def build_questions(
    setup: QuizSetup,
    decks: Sequence[Deck],
    script: Script,
    generate: Generate,
    *,
    weights: Mapping[tuple[str, str], float] | None = None,
    skip: Collection[tuple[str, str, str]] = (),
    accepted: Mapping[tuple[str, str], Sequence[str]] | None = None,
) -> list[Question]:
    """The quiz's questions for ``setup`` (its facts must already be set for MISTAKES);
    ``skip`` and ``accepted`` are the reader's reports and accepted answers."""
    pool = chosen_decks(setup, decks)
    facts: FactSet | None = None
    if setup.selection in (Selection.MISTAKES, Selection.RETRY, Selection.CHOSEN):
        facts = {(f.deck_id, f.fact_id) for f in setup.facts}
        if not facts:
            return []
    return generate(
        pool,
        script,
        count=setup.count,
        types=setup.types,
        seed=setup.seed,
        topics=list(setup.topics) or None,
        facts=facts,
        weights=weights if setup.selection is Selection.DUE_WEAK else None,
        skip=skip,
        accepted=accepted,
    )


class PushBackStore(Protocol):
    def accepted_answers(self) -> Mapping[FactKey, Sequence[str]]: ...
    def question_reports(self) -> Sequence[QuestionReport]: ...


def push_back(
    store: PushBackStore | None,
) -> tuple[set[tuple[str, str, str]], dict[tuple[str, str], tuple[str, ...]]]:
    """The reader's reported question forms and accepted answers, for :func:`build_questions`."""
    if store is None:
        return set(), {}
    skip = {(r.fact.deck_id, r.fact.fact_id, r.question_type) for r in store.question_reports()}
    accepted = {(k.deck_id, k.fact_id): tuple(v) for k, v in store.accepted_answers().items()}
    return skip, accepted
