"""Past attempts: the best score per setup, scores over time, the last mistakes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from studyapp.core.quiz.setup import setup_key
from studyapp.core.store.quiz import QuizAttempt
from studyapp.core.store.records import FactKey


@dataclass(frozen=True, slots=True)
class AttemptSummary:
    attempt: QuizAttempt
    total: int  # questions the quiz had
    correct: int
    time_ms: int
    key: str

    @property
    def when(self) -> datetime:
        return self.attempt.started_at

    @property
    def finished(self) -> bool:
        return self.attempt.finished

    @property
    def percent(self) -> float:
        return 100.0 * self.correct / self.total if self.total else 0.0


def summarize(attempt: QuizAttempt) -> AttemptSummary:
    try:
        total = int(attempt.setup.get("questions", 0))
    except (TypeError, ValueError):
        total = 0
    total = max(total, len(attempt.answers))
    return AttemptSummary(
        attempt=attempt,
        total=total,
        correct=attempt.correct,
        time_ms=attempt.time_ms,
        key=setup_key(attempt.setup),
    )


def best_by_setup(attempts: Sequence[QuizAttempt]) -> dict[str, AttemptSummary]:
    """The best finished attempt of every setup: highest share right, then fastest, then first."""
    best: dict[str, AttemptSummary] = {}
    for summary in sorted((summarize(a) for a in attempts), key=lambda s: (s.when, s.attempt.id)):
        if not summary.finished or not summary.total:
            continue
        held = best.get(summary.key)
        if held is None or (summary.percent, -summary.time_ms) > (held.percent, -held.time_ms):
            best[summary.key] = summary
    return best


def score_series(attempts: Sequence[QuizAttempt]) -> list[tuple[datetime, float]]:
    """Finished attempts' percentages, oldest first (the history chart)."""
    points = [(s.when, s.percent) for s in map(summarize, attempts) if s.finished and s.total]
    return sorted(points, key=lambda p: p[0])


def last_mistakes(attempts: Sequence[QuizAttempt]) -> list[FactKey]:
    """The facts missed in the most recent attempt that missed any."""
    for attempt in sorted(attempts, key=lambda a: (a.started_at, a.id), reverse=True):
        missed = attempt.missed_facts()
        if missed:
            return missed
    return []
