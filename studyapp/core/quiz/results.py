"""What the results screen shows: score, time, accuracy per type and per topic,
and every question with the reader's answer, the right one and its explanation."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeVar

from studyapp.core.questions.model import QuestionType
from studyapp.core.quiz.session import QuizItem, QuizSession

K = TypeVar("K")


@dataclass(frozen=True, slots=True)
class Accuracy:
    correct: int
    total: int

    @property
    def percent(self) -> float:
        return 100.0 * self.correct / self.total if self.total else 0.0


@dataclass(frozen=True, slots=True)
class QuizResults:
    items: tuple[QuizItem, ...]
    total: int  # questions in the quiz (some may be unanswered after quitting)
    time_ms: int  # on the questions answered (as History adds it up from the saved answers)
    completed: bool
    time_up: bool
    by_type: dict[QuestionType, Accuracy]
    by_topic: dict[tuple[str, str], Accuracy]  # (deck id, topic id)

    @property
    def score(self) -> int:
        return sum(1 for item in self.items if item.correct)

    @property
    def answered(self) -> int:
        return len(self.items)

    @property
    def percent(self) -> float:
        return 100.0 * self.score / self.total if self.total else 0.0

    @property
    def mistakes(self) -> tuple[QuizItem, ...]:
        return tuple(item for item in self.items if not item.correct)


def _tally(pairs: Iterable[tuple[K, bool]]) -> dict[K, Accuracy]:
    counts: dict[K, list[int]] = {}
    for key, right in pairs:
        c = counts.setdefault(key, [0, 0])
        c[0] += int(right)
        c[1] += 1
    return {k: Accuracy(c[0], c[1]) for k, c in counts.items()}


def results_of(session: QuizSession) -> QuizResults:
    items = tuple(session.items)
    by_type = _tally((i.question.type, i.correct) for i in items)
    by_topic = _tally(((i.question.deck_id, i.question.topic), i.correct) for i in items)
    return QuizResults(
        items=items,
        total=session.total,
        # a question left when quitting has no answer and so no time: History, which
        # adds up the saved answers, says the same time as these results
        time_ms=sum(i.time_ms for i in items),
        completed=session.completed,
        time_up=session.time_up,
        by_type=dict(sorted(by_type.items(), key=lambda kv: list(QuestionType).index(kv[0]))),
        by_topic=by_topic,
    )
