"""Workload and retention ("help me decide"): what a desired retention costs.

fsrs-rs's simulator plays a year of study of a deck with the reader's own FSRS
parameters, the deck's daily limits and the app's learning steps, once per
desired retention, and reports the reviews a day and the cards remembered at
the end. It starts from a deck the size of the reader's with every card new (it
cannot start from the cards' present memory states), so it answers "what would
a year of this deck cost at this retention", not "what is due next week".

Pure and slow-ish (a few milliseconds per retention for a few hundred cards, a
second or two in all for ten thousand): run the job in a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import fsrs_rs_python

SPAN_DAYS = 365
SEED = 42  # the same simulated answers for every retention: the curve is the retention's
RETENTIONS = tuple(round(0.70 + 0.01 * k, 2) for k in range(28))  # 0.70 … 0.97


@dataclass(frozen=True, slots=True)
class WorkloadPoint:
    """One desired retention, simulated over :data:`SPAN_DAYS` days."""

    retention: float
    reviews_per_day: float  # answers a day on average, first answers of new cards included
    minutes_per_day: float  # the simulator's estimate of the time they take
    remembered: float  # cards expected to be remembered at the end of the span


@dataclass(frozen=True, slots=True)
class Workload:
    points: tuple[WorkloadPoint, ...]
    chosen: float  # the deck's desired retention now
    cards: int  # the deck size simulated
    days: int = SPAN_DAYS

    def point(self, retention: float) -> WorkloadPoint | None:
        for p in self.points:
            if abs(p.retention - retention) < 1e-9:
                return p
        return None


@dataclass(frozen=True, slots=True)
class WorkloadJob:
    """The simulation as one call for a worker thread (needs no database)."""

    parameters: tuple[float, ...]
    cards: int
    new_per_day: int
    reviews_per_day: int
    chosen: float
    learning_steps: int = 2
    relearning_steps: int = 1
    retentions: tuple[float, ...] = RETENTIONS

    def __call__(self, progress: Callable[[int, int], None] | None = None) -> Workload:
        wanted = sorted(set(self.retentions) | {self.chosen})
        points = []
        for k, retention in enumerate(wanted):
            points.append(simulate(self, retention))
            if progress is not None:
                progress(k + 1, len(wanted))
        return Workload(tuple(points), self.chosen, self.cards)


def simulate(job: WorkloadJob, retention: float) -> WorkloadPoint:
    config = fsrs_rs_python.default_simulator_config()
    config.deck_size = max(0, job.cards)
    config.learn_span = SPAN_DAYS
    config.learn_limit = max(0, job.new_per_day)
    config.review_limit = max(0, job.reviews_per_day)
    config.max_cost_perday = 24 * 3600.0  # the limits above decide, not a time budget
    config.learning_step_count = job.learning_steps
    config.relearning_step_count = job.relearning_steps
    if job.cards == 0:
        return WorkloadPoint(retention, 0.0, 0.0, 0.0)
    result = fsrs_rs_python.simulate(list(job.parameters), retention, config, SEED)
    answers = sum(result.review_cnt_per_day) + sum(result.learn_cnt_per_day)
    return WorkloadPoint(
        retention=retention,
        reviews_per_day=answers / SPAN_DAYS,
        minutes_per_day=sum(result.cost_per_day) / SPAN_DAYS / 60,
        remembered=float(result.memorized_cnt_per_day[-1]) if result.memorized_cnt_per_day else 0.0,
    )


def table(workload: Workload, retentions: Sequence[float] | None = None) -> list[WorkloadPoint]:
    """The points to list in a table: every fifth hundredth and the chosen value."""
    keep = set(retentions or (0.70, 0.75, 0.80, 0.85, 0.90, 0.95, 0.97)) | {workload.chosen}
    return [p for p in workload.points if p.retention in keep]
