"""One timed quiz, without any display: a small state machine over a list of questions.

::

    NOT_STARTED --start--> QUESTION --answer / time's up--> ANSWERED --next--> QUESTION …
                              |  ^                            (feedback at the end: straight
                         pause|  |resume                       to the next QUESTION)
                              v  |
                             PAUSED            last question, quit, or the quiz's time ran out
                                                                    --> FINISHED

Time comes from an injected monotonic clock (seconds, as :func:`time.monotonic`)
and is counted in whole milliseconds, so a test's fake clock hits a limit
exactly. The clock runs only while a question is shown: paused and feedback
time are not counted. A question is out of time when its elapsed time *reaches*
the limit: an answer given at exactly the limit is "time's up".

The screen calls :meth:`QuizSession.tick` from a timer; every other method
checks the clock first, so a late tick never lets a late answer through.

Every answer goes to the recorder (the progress store) as it is given; quitting
half-way leaves a partial attempt (never finished). A failing recorder does not
stop the quiz: the error is kept in :attr:`QuizSession.save_error` and nothing
more is saved.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, Protocol

from studyapp.core.questions.model import Question, QuestionType, Response
from studyapp.core.quiz.setup import Feedback, LimitMode, QuizSetup
from studyapp.core.store.errors import StoreError
from studyapp.core.store.quiz import QuizAnswer, QuizAttempt, QuizOutcome
from studyapp.core.store.records import FactKey


class QuizState(Enum):
    NOT_STARTED = "not_started"
    QUESTION = "question"  # a question is shown and its clock runs
    ANSWERED = "answered"  # feedback on the last answer is shown (immediate feedback)
    PAUSED = "paused"  # the clock is stopped and the question hidden
    FINISHED = "finished"


class QuizRecorder(Protocol):
    """What the session needs from :class:`studyapp.core.store.Store`."""

    def start_quiz(self, setup: Mapping[str, Any]) -> int: ...
    def record_quiz_answer(self, attempt_id: int, answer: QuizAnswer) -> int: ...
    def finish_quiz(self, attempt_id: int) -> QuizAttempt: ...
    def overrule_quiz_answer(self, attempt_id: int, position: int) -> None: ...


class QuizError(Exception):
    """An action the current state does not allow (answering while paused, …)."""


@dataclass(frozen=True, slots=True)
class QuizItem:
    """One asked question and what became of it."""

    question: Question
    response: Response | None  # None: no answer (time's up, skipped)
    outcome: QuizOutcome
    time_ms: int

    @property
    def correct(self) -> bool:
        return self.outcome is QuizOutcome.CORRECT


def response_text(question: Question, response: Response | None) -> str:
    """The reader's answer as content text (stored with the attempt, shown in results).

    True/false and flashcard marks are stored as ``true`` / ``false``; the
    screen words them in the interface language.
    """
    if response is None:
        return ""
    t = question.type
    if isinstance(response, bool):
        return "true" if response else "false"
    if t is QuestionType.MCQ and isinstance(response, int):
        return question.options[response] if 0 <= response < len(question.options) else ""
    if t is QuestionType.MATCHING and isinstance(response, tuple):
        return "；".join(
            f"{question.left[i]} → {question.right[j]}"
            for i, j in enumerate(response)
            if i < len(question.left) and 0 <= j < len(question.right)
        )
    if t is QuestionType.ORDERING and isinstance(response, tuple):
        return " → ".join(question.items[i] for i in response if 0 <= i < len(question.items))
    return str(response)


def right_text(question: Question) -> str:
    """The right answer as content text (stored with the attempt, so History can show
    it later): true/false as ``true`` / ``false``, a matching's pairs, an ordering's order."""
    t = question.type
    if t is QuestionType.TRUEFALSE and question.truth is not None:
        return "true" if question.truth else "false"
    if t is QuestionType.FLASHCARD:
        return question.answer
    if t is QuestionType.MATCHING:
        return response_text(question, question.pairing)
    if t is QuestionType.ORDERING:
        return response_text(question, question.order)
    if t is QuestionType.MCQ and 0 <= question.correct < len(question.options):
        return question.options[question.correct]
    return question.answer


def _fact_keys(question: Question) -> tuple[FactKey, ...]:
    return tuple(FactKey(question.deck_id, f) for f in question.fact_ids)


class QuizSession:
    def __init__(
        self,
        questions: Sequence[Question],
        setup: QuizSetup,
        *,
        recorder: QuizRecorder | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        on_change: Callable[[QuizSession], None] | None = None,
    ) -> None:
        if not questions:
            raise ValueError("a quiz needs at least one question")
        self.questions: tuple[Question, ...] = tuple(questions)
        self.setup = setup
        self.recorder = recorder
        self.on_change = on_change
        self._monotonic = monotonic
        self.state = QuizState.NOT_STARTED
        self.index = 0
        self.items: list[QuizItem] = []
        self.attempt_id: int | None = None
        self.save_error: StoreError | None = None
        self.time_up = False  # the whole quiz's time ran out
        self.completed = False  # every question was asked (not quit half-way)
        self._paused_from = QuizState.QUESTION
        self._running_since: int | None = None  # ms, while the clock runs
        self._question_ms = 0  # the current question's time before ``_running_since``
        self._quiz_ms = 0  # every question's time before ``_running_since``

    # -- reading the state ----------------------------------------------------------
    @property
    def total(self) -> int:
        return len(self.questions)

    @property
    def current(self) -> Question | None:
        if self.state in (QuizState.NOT_STARTED, QuizState.FINISHED):
            return None
        return self.questions[self.index]

    @property
    def last(self) -> QuizItem | None:
        return self.items[-1] if self.items else None

    @property
    def score(self) -> int:
        return sum(1 for item in self.items if item.correct)

    @property
    def paused(self) -> bool:
        return self.state is QuizState.PAUSED

    @property
    def limit_ms(self) -> int | None:
        """The limit the countdown shows: the current question's (scaled by the work
        it asks, see :func:`studyapp.core.quiz.setup.work`) or the whole quiz's."""
        question = self.current
        if self.setup.limit is LimitMode.PER_QUESTION and question is not None:
            return self.setup.question_limit_ms(question)
        return self.setup.limit_ms

    def _now(self) -> int:
        return round(self._monotonic() * 1000)

    def _running_ms(self) -> int:
        return 0 if self._running_since is None else self._now() - self._running_since

    def question_elapsed_ms(self) -> int:
        return self._question_ms + self._running_ms()

    def quiz_elapsed_ms(self) -> int:
        """Time spent on questions so far (not paused, not reading feedback)."""
        return self._quiz_ms + self._running_ms()

    def remaining_ms(self) -> int | None:
        """Milliseconds left on the countdown (never below 0); None without a limit."""
        limit = self.limit_ms
        if limit is None:
            return None
        if self.setup.limit is LimitMode.PER_QUESTION:
            used = self.question_elapsed_ms()
        else:
            used = self.quiz_elapsed_ms()
        return max(0, limit - used)

    # -- the clock --------------------------------------------------------------------
    def _run(self) -> None:
        self._running_since = self._now()

    def _stop(self) -> None:
        if self._running_since is not None:
            ran = self._now() - self._running_since
            self._question_ms += ran
            self._quiz_ms += ran
            self._running_since = None

    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change(self)

    # -- transitions ------------------------------------------------------------------
    def start(self) -> None:
        if self.state is not QuizState.NOT_STARTED:
            raise QuizError("the quiz has already started")
        if self.recorder is not None:
            try:
                self.attempt_id = self.recorder.start_quiz(
                    {**self.setup.to_dict(), "questions": self.total}
                )
            except StoreError as exc:
                self.save_error = exc
        self._show(0)
        self._changed()

    def _show(self, index: int) -> None:
        self.index = index
        self.state = QuizState.QUESTION
        self._question_ms = 0
        self._run()

    def tick(self) -> bool:
        """Check the clock; returns True if time ran out just now."""
        if self.state is not QuizState.QUESTION:
            return False
        remaining = self.remaining_ms()
        if remaining is None or remaining > 0:
            return False
        self._stop()
        limit = self.limit_ms
        assert limit is not None
        # the time spent is exactly the limit, however late the tick came
        overshoot = (
            self._question_ms if self.setup.limit is LimitMode.PER_QUESTION else self._quiz_ms
        ) - limit
        self._question_ms -= overshoot
        self._quiz_ms -= overshoot
        self._settle(None, QuizOutcome.TIMED_OUT)
        if self.setup.limit is LimitMode.PER_QUIZ:
            self.time_up = True
            for index in range(self.index + 1, self.total):
                self._record(QuizItem(self.questions[index], None, QuizOutcome.SKIPPED, 0))
            self._finish(completed=True)
        self._changed()
        return True

    def answer(self, response: Response) -> QuizItem:
        """Submit the reader's answer to the current question."""
        if self.tick():
            item = self.last
            assert item is not None
            return item
        self._require(QuizState.QUESTION, "answer")
        question = self.questions[self.index]
        self._stop()
        outcome = QuizOutcome.CORRECT if question.check(response) else QuizOutcome.WRONG
        item = self._settle(response, outcome)
        self._changed()
        return item

    def skip(self) -> QuizItem:
        """Give up on the current question ("I don't know")."""
        if self.tick():
            item = self.last
            assert item is not None
            return item
        self._require(QuizState.QUESTION, "skip")
        self._stop()
        item = self._settle(None, QuizOutcome.SKIPPED)
        self._changed()
        return item

    def _settle(self, response: Response | None, outcome: QuizOutcome) -> QuizItem:
        item = QuizItem(self.questions[self.index], response, outcome, self._question_ms)
        self._record(item)
        if self.setup.feedback is Feedback.IMMEDIATE:
            self.state = QuizState.ANSWERED
        else:
            self._advance()
        return item

    def next(self) -> None:
        """Leave the feedback for the next question (or the end)."""
        self._require(QuizState.ANSWERED, "go on")
        self._advance()
        self._changed()

    def _advance(self) -> None:
        if self.index + 1 < self.total:
            self._show(self.index + 1)
        else:
            self._finish(completed=True)

    def pause(self) -> None:
        if self.tick():
            return
        if self.state not in (QuizState.QUESTION, QuizState.ANSWERED):
            raise QuizError(f"cannot pause in state {self.state.value}")
        self._stop()
        self._paused_from = self.state
        self.state = QuizState.PAUSED
        self._changed()

    def resume(self) -> None:
        self._require(QuizState.PAUSED, "resume")
        self.state = self._paused_from
        if self.state is QuizState.QUESTION:
            self._run()
        self._changed()

    def quit(self) -> None:
        """Stop half-way: the answers given so far stay saved as a partial attempt."""
        if self.state is QuizState.FINISHED:
            return
        self._stop()
        self.state = QuizState.FINISHED
        self.completed = False
        self._changed()

    def _finish(self, *, completed: bool) -> None:
        self._stop()
        self.state = QuizState.FINISHED
        self.completed = completed
        if (
            completed
            and self.recorder is not None
            and self.attempt_id is not None
            and self.save_error is None
        ):
            try:
                self.recorder.finish_quiz(self.attempt_id)
            except StoreError as exc:
                self.save_error = exc

    def _record(self, item: QuizItem) -> None:
        self.items.append(item)
        if self.recorder is None or self.attempt_id is None or self.save_error is not None:
            return
        q = item.question
        picked = item.response if q.type is QuestionType.MCQ else None
        answer = QuizAnswer(
            facts=_fact_keys(q),
            question_type=q.type.value,
            outcome=item.outcome,
            answer=response_text(q, item.response),
            time_ms=item.time_ms,
            options=q.options,
            picked=picked if isinstance(picked, int) and not isinstance(picked, bool) else None,
            prompt=q.prompt,
            right=right_text(q),
        )
        try:
            self.recorder.record_quiz_answer(self.attempt_id, answer)
        except StoreError as exc:
            self.save_error = exc

    def overrule(self, index: int) -> QuizItem:
        """ "I was right": the reader's answer to question ``index`` counts as correct.

        Only a question they answered can be overruled (not one left unanswered).
        Returns the item as it now stands; the store is told (its error kept in
        :attr:`save_error`).
        """
        item = self.items[index]
        if item.response is None or item.correct:
            return item
        item = QuizItem(item.question, item.response, QuizOutcome.CORRECT, item.time_ms)
        self.items[index] = item
        if self.recorder is not None and self.attempt_id is not None and self.save_error is None:
            try:
                self.recorder.overrule_quiz_answer(self.attempt_id, index)
            except StoreError as exc:
                self.save_error = exc
        self._changed()
        return item

    def _require(self, state: QuizState, action: str) -> None:
        if self.state is not state:
            raise QuizError(f"cannot {action} in state {self.state.value}")

    def restyle(self, fn: Callable[[Question], Question]) -> None:
        """Replace every question by ``fn(question)`` (the same question in another script)."""
        self.questions = tuple(fn(q) for q in self.questions)
        self.items = [
            QuizItem(fn(i.question), i.response, i.outcome, i.time_ms) for i in self.items
        ]

    # -- afterwards -------------------------------------------------------------------
    def mistakes(self) -> list[Question]:
        """The questions not answered correctly, in the order they were asked."""
        return [item.question for item in self.items if not item.correct]

    def missed_facts(self) -> list[FactKey]:
        seen: dict[FactKey, None] = {}
        for item in self.items:
            if not item.correct:
                seen.update(dict.fromkeys(_fact_keys(item.question)))
        return list(seen)
