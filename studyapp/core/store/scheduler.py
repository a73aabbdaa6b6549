"""FSRS scheduling through the maintained ``fsrs`` package.

The library does the memory model and the learning steps. Two things are ours:

* time comes in as an argument (a UTC datetime from the store's clock);
* fuzz: the library draws it from the global ``random`` module, which would
  make intervals unreproducible and the button labels disagree with the
  result. We run the library without fuzz and apply the same fuzz ranges with
  a generator seeded by (store salt, card id, review count), as Anki does, so
  the interval a button shows is exactly the interval the answer gives.
"""

from __future__ import annotations

import math
import random
from dataclasses import replace
from datetime import datetime, timedelta

import fsrs

from studyapp.core.store.clock import truncate_ms
from studyapp.core.store.records import CardRecord, CardState, Rating
from studyapp.core.store.settings import SchedulerSettings

# (start, end, factor): the fuzz ranges of py-fsrs and Anki.
_FUZZ_RANGES = ((2.5, 7.0, 0.15), (7.0, 20.0, 0.1), (20.0, math.inf, 0.05))


def fuzz_range(interval_days: int, maximum_interval: int) -> tuple[int, int]:
    """The smallest and largest fuzzed interval for ``interval_days``."""
    delta = 1.0
    for start, end, factor in _FUZZ_RANGES:
        delta += factor * max(min(float(interval_days), end) - start, 0.0)
    low = max(2, round(interval_days - delta))
    high = min(round(interval_days + delta), maximum_interval)
    return min(low, high), high


def fuzzed_days(interval_days: int, unit: float, maximum_interval: int) -> int:
    """The interval after fuzz; ``unit`` in [0, 1) picks a point in the fuzz range."""
    if interval_days < 2.5:
        return interval_days
    low, high = fuzz_range(interval_days, maximum_interval)
    return min(round(unit * (high - low + 1) + low), maximum_interval)


class FsrsScheduler:
    """Computes a card's next state for a rating; holds no card data."""

    def __init__(self, settings: SchedulerSettings, fuzz_salt: int = 0) -> None:
        self.settings = settings
        self._salt = fuzz_salt
        self._fsrs = fsrs.Scheduler(
            parameters=settings.parameters,
            desired_retention=settings.desired_retention,
            learning_steps=settings.learning_steps,
            relearning_steps=settings.relearning_steps,
            maximum_interval=settings.maximum_interval,
            enable_fuzzing=False,
        )

    def review(self, card: CardRecord, rating: Rating, now: datetime) -> CardRecord:
        """``card`` after being answered with ``rating`` at ``now`` (UTC)."""
        now = truncate_ms(now)
        result, _log = self._fsrs.review_card(
            to_fsrs_card(card), fsrs.Rating(int(rating)), review_datetime=now
        )
        due: datetime = result.due
        state = CardState(int(result.state))
        if self.settings.enable_fuzz and state is CardState.REVIEW:
            days = (due - now).days
            due = now + timedelta(days=fuzzed_days(days, self._fuzz_unit(card), self._max_ivl))
        lapsed = card.state is CardState.REVIEW and rating is Rating.AGAIN
        return replace(
            card,
            state=state,
            step=result.step,
            stability=result.stability,
            difficulty=result.difficulty,
            due=truncate_ms(due),
            last_review=now,
            reps=card.reps + 1,
            lapses=card.lapses + (1 if lapsed else 0),
        )

    def preview(self, card: CardRecord, now: datetime) -> dict[Rating, timedelta]:
        """The interval each rating would give: what the answer buttons show."""
        now = truncate_ms(now)
        return {r: self.review(card, r, now).due - now for r in Rating}

    def retrievability(self, card: CardRecord, now: datetime) -> float:
        """The predicted chance of recalling ``card`` at ``now`` (0 for a new card)."""
        if card.state is CardState.NEW:
            return 0.0
        return float(self._fsrs.get_card_retrievability(to_fsrs_card(card), truncate_ms(now)))

    @property
    def _max_ivl(self) -> int:
        return self.settings.maximum_interval

    def _fuzz_unit(self, card: CardRecord) -> float:
        return random.Random(f"{self._salt}:{card.id}:{card.reps}").random()


def to_fsrs_card(card: CardRecord) -> fsrs.Card:
    if card.state is CardState.NEW:
        return fsrs.Card(card_id=int(card.id), state=fsrs.State.Learning, step=0, due=card.due)
    return fsrs.Card(
        card_id=int(card.id),
        state=fsrs.State(int(card.state)),
        step=card.step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=card.due,
        last_review=card.last_review,
    )
