"""A Learn round being played: its questions, the answers, and the round kept on disk.

The session asks :class:`~studyapp.core.learn.round.LearnRound` which fact comes
next, makes the question for the fact's step with the question generator
(``make_question``: multiple choice to recognise, a cloze to recall, a typed
answer to produce; the next type of the step when a fact cannot make one), grades
the answer, moves the fact and hands the round to ``save`` after every change,
so that quitting at any moment loses nothing: the round resumes at the same
question.

Each time a fact is asked it gets a new question: a new seed, and for multiple
choice the first of a few seeds whose options differ from the ones it was last
shown (other wrong options, the answer in another place).

A round does not touch the FSRS schedule, unless it was started with
``count_reviews``: then the first answer to each fact whose cards are due is
recorded as a review of those cards (Good if right, Again if not), once.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from enum import Enum
from typing import Protocol

from studyapp.core.deck.model import Deck, Fact, Script
from studyapp.core.errors import StudyError
from studyapp.core.learn.round import STEPS, FactProgress, LearnRound, Move, Step
from studyapp.core.questions.model import Question, QuestionType, Response
from studyapp.core.store.records import CardRecord, CardState, FactKey, Rating, ReviewResult

log = logging.getLogger(__name__)

#: The question types of each step, best first.
STEP_TYPES: dict[Step, tuple[QuestionType, ...]] = {
    Step.RECOGNISE: (QuestionType.MCQ, QuestionType.TRUEFALSE, QuestionType.CLOZE),
    Step.RECALL: (QuestionType.CLOZE, QuestionType.TYPED),
    Step.PRODUCE: (QuestionType.TYPED, QuestionType.CLOZE),
}
OPTION_TRIES = 8  # seeds tried for a multiple-choice question unlike the last one shown
MAX_ANSWER_MS = 60_000


class MakeQuestion(Protocol):
    """:func:`studyapp.core.questions.make_question`."""

    def __call__(
        self,
        deck: Deck,
        fact: Fact,
        qtype: QuestionType,
        script: Script,
        rng: random.Random,
        *,
        seed: int = ...,
    ) -> Question | None: ...


class ReviewSink(Protocol):
    """What counting answers as reviews needs from :class:`studyapp.core.store.Store`."""

    def cards_of_fact(self, deck_id: str, fact_id: str) -> list[CardRecord]: ...
    def now(self) -> datetime: ...
    def answer(
        self, card: CardRecord | int, rating: Rating, *, duration_ms: int = 0
    ) -> ReviewResult: ...


class LearnState(Enum):
    QUESTION = "question"
    ANSWERED = "answered"  # the verdict is shown; next() asks the next question
    FINISHED = "finished"  # every fact reached the top


def _default_make() -> MakeQuestion:
    from studyapp.core.questions import make_question

    return make_question


def question_seed(round_seed: int, number: int, attempt: int) -> int:
    return (round_seed * 1_000_003 + number * 101 + attempt) % (2**31)


def build(
    make: MakeQuestion,
    deck: Deck,
    fact: Fact,
    step: Step,
    script: Script,
    seed: int,
    types: Sequence[QuestionType] | None = None,
) -> Question | None:
    """The question for ``fact`` at ``step`` with ``seed``: the first type of the step
    that makes one."""
    for qtype in types or STEP_TYPES[step]:
        question = make(deck, fact, qtype, script, random.Random(seed), seed=seed)
        if question is not None:
            return question
    return None


def askable(make: MakeQuestion, deck: Deck, fact: Fact) -> bool:
    """Whether every step can ask about ``fact`` (else it cannot climb to the top)."""
    return all(
        any(build(make, deck, fact, step, deck.script, question_seed(0, 0, k)) for k in range(3))
        for step in STEPS
    )


def due_cards(sink: ReviewSink, key: FactKey) -> list[CardRecord]:
    now = sink.now()
    return [
        c
        for c in sink.cards_of_fact(key.deck_id, key.fact_id)
        if c.state is not CardState.NEW and not c.suspended and c.due <= now
    ]


class LearnSession:
    def __init__(
        self,
        round_: LearnRound,
        decks: Mapping[str, Deck],
        script: Script,
        *,
        make: MakeQuestion | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        save: Callable[[LearnRound], None] | None = None,
        reviews: ReviewSink | None = None,
        on_change: Callable[[LearnSession], None] | None = None,
    ) -> None:
        self.round = round_
        self.decks = decks
        self.script: Script = script
        self._make = make
        self._monotonic = monotonic
        self._save = save
        self.reviews = reviews
        self.on_change = on_change
        self.state = LearnState.FINISHED if round_.finished else LearnState.QUESTION
        self.question: Question | None = None
        self.step = Step.RECOGNISE
        self.last_move: Move | None = None
        self.last_response: Response | None = None
        self.reviewed = 0  # cards whose review this session recorded
        self.review_error: StudyError | None = None
        self.save_error: OSError | StudyError | None = None
        self._shown_at = 0.0

    @property
    def make(self) -> MakeQuestion:
        if self._make is None:
            self._make = _default_make()
        return self._make

    # -- transitions ------------------------------------------------------------------
    def start(self) -> None:
        """Show the round's current question (or its end)."""
        if self.round.finished:
            self.state = LearnState.FINISHED
        else:
            self._ask()
        self._changed()

    def answer(self, response: Response | None) -> Move:
        """Grade ``response`` (None: "I don't know") and move the fact."""
        if self.state is not LearnState.QUESTION or self.question is None:
            raise ValueError("there is no question to answer")
        right = self.question.check(response)
        duration = max(0, min(MAX_ANSWER_MS, int((self._monotonic() - self._shown_at) * 1000)))
        progress = self.round.choose()
        move = self.round.answer(right)
        if move.first_answer and self.round.count_reviews and not progress.counted:
            progress.counted = True
            self._count_review(move, duration)
        self.last_move = move
        self.last_response = response
        self.state = LearnState.ANSWERED
        self._keep()
        self._changed()
        return move

    def skip(self) -> Move:
        return self.answer(None)

    def next(self) -> None:
        """After the verdict: the next question, or the end of the round."""
        if self.state is not LearnState.ANSWERED:
            return
        if self.round.finished:
            self.state = LearnState.FINISHED
            self.question = None
        else:
            self._ask()
        self._changed()

    def restyle(self, script: Script) -> None:
        """Show the content in the other script (the same question, not a new one)."""
        if script == self.script:
            return
        self.script = script
        if self.question is not None and not self.round.finished:
            if self.state is LearnState.QUESTION:
                self.question = self._rebuild() or self.question
            else:
                self.question = self._rebuild_answered() or self.question
        self._changed()

    # -- what is shown ----------------------------------------------------------------
    @property
    def current(self) -> FactProgress | None:
        if self.state is LearnState.QUESTION and self.round.current is not None:
            return self.round.facts[self.round.current]
        return None

    def fact_of(self, key: FactKey) -> Fact | None:
        deck = self.decks.get(key.deck_id)
        return deck.fact(key.fact_id) if deck is not None and deck.has_fact(key.fact_id) else None

    # -- internals ----------------------------------------------------------------------
    def _ask(self) -> None:
        rnd = self.round
        while not rnd.finished:
            resumed = rnd.current is not None and rnd.question_seed != 0
            progress = rnd.choose()
            question = self._rebuild() if resumed else None
            if question is None:
                question = self._fresh(progress)
            if question is not None:
                self.question = question
                self.step = progress.step
                self.state = LearnState.QUESTION
                if question.options:
                    progress.last_options = question.options
                self._shown_at = self._monotonic()
                self._keep()
                return
            # the fact can no longer be asked (its deck changed): it leaves the climb
            log.warning("Learn: no question for %s; it counts as learned", progress.key)
            progress.step = Step.LEARNED
            rnd.current = None
        self.state = LearnState.FINISHED
        self.question = None
        self._keep()

    def _fresh(self, progress: FactProgress) -> Question | None:
        deck = self.decks.get(progress.key.deck_id)
        fact = self.fact_of(progress.key)
        if deck is None or fact is None:
            return None
        rnd = self.round
        best: tuple[int, int, Question] | None = None
        for attempt in range(OPTION_TRIES):
            seed = question_seed(rnd.seed, rnd.asked, attempt) or 1
            question = build(self.make, deck, fact, progress.step, self.script, seed)
            if question is None:
                continue
            score = _novelty(question, progress.last_options)
            if best is None or score > best[0]:
                best = (score, seed, question)
            if score >= 3 or not question.options:
                break
        if best is None:
            return None
        rnd.question_seed = best[1]
        return best[2]

    def _rebuild(self) -> Question | None:
        """The current question again, from its saved seed (a resumed round, a script
        switch)."""
        rnd = self.round
        if rnd.current is None:
            return None
        progress = rnd.facts[rnd.current]
        deck = self.decks.get(progress.key.deck_id)
        fact = self.fact_of(progress.key)
        if deck is None or fact is None or rnd.question_seed == 0:
            return None
        return build(self.make, deck, fact, progress.step, self.script, rnd.question_seed)

    def _rebuild_answered(self) -> Question | None:
        """The question just answered, in the new script (for its verdict)."""
        move, question = self.last_move, self.question
        if move is None or question is None:
            return None
        deck = self.decks.get(move.key.deck_id)
        fact = self.fact_of(move.key)
        if deck is None or fact is None:
            return None
        seed = self.round.question_seed
        return build(self.make, deck, fact, move.before, self.script, seed, [question.type])

    def _count_review(self, move: Move, duration_ms: int) -> None:
        sink = self.reviews
        if sink is None:
            return
        rating = Rating.GOOD if move.right else Rating.AGAIN
        try:
            for card in due_cards(sink, move.key):
                sink.answer(card, rating, duration_ms=duration_ms)
                self.reviewed += 1
        except StudyError as exc:
            log.warning("Learn: could not record a review: %s", exc)
            self.review_error = exc

    def _keep(self) -> None:
        if self._save is None:
            return
        try:
            self._save(self.round)
            self.save_error = None
        except (OSError, StudyError) as exc:
            log.warning("Learn: the round could not be saved: %s", exc)
            self.save_error = exc

    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change(self)


def _novelty(question: Question, last: tuple[str, ...]) -> int:
    """How unlike the last options shown these are: 2 for other wrong options, 1 for
    the answer in another place (3: both; anything counts when nothing was shown)."""
    if not question.options or not last:
        return 3
    score = 0
    right = question.options[question.correct]
    old_wrong = set(last) - {right}
    if set(question.options) - {right} != old_wrong:
        score += 2
    if right not in last or last.index(right) != question.correct:
        score += 1
    return score


def new_round(
    picked: Sequence[tuple[Deck, Fact]],
    *,
    seed: int,
    count_reviews: bool = False,
    decks: Sequence[str] = (),
    topics: Sequence[str] = (),
    started: str = "",
) -> LearnRound:
    """A round over ``picked`` (ValueError when it is empty)."""
    return LearnRound(
        facts=[FactProgress(FactKey(d.id, f.id)) for d, f in picked],
        seed=seed,
        count_reviews=count_reviews,
        decks=tuple(decks),
        topics=tuple(topics),
        started=started,
    )
