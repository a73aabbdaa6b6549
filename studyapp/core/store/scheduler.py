"""FSRS scheduling through the maintained ``fsrs`` package.

The library does the memory model and the learning steps. Two things are ours:

* time comes in as an argument (a UTC datetime from the store's clock);
* fuzz: the library draws it from the global ``random`` module, which would
  make intervals unreproducible and the button labels disagree with the
  result. We run the library without fuzz and apply the same fuzz ranges with
  a number fixed by (store salt, card id, review count), as Anki seeds its fuzz
  by card, so the interval a button shows is exactly the interval the answer
  gives.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

import fsrs

from studyapp.core.store.clock import truncate_ms
from studyapp.core.store.records import CardRecord, CardState, Rating
from studyapp.core.store.settings import SchedulerSettings

_MASK = (1 << 64) - 1
_FSRS_RATINGS = {r: fsrs.Rating(int(r)) for r in Rating}
_STATES = {s: CardState(int(s)) for s in fsrs.State}

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
        if now.microsecond % 1000:
            now = truncate_ms(now)
        result, _log = self._fsrs.review_card(
            to_fsrs_card(card), _FSRS_RATINGS[rating], review_datetime=now
        )
        due: datetime = result.due
        state = _STATES[result.state]
        if state is CardState.REVIEW and self.settings.enable_fuzz:
            days = (due - now).days
            due = now + timedelta(days=fuzzed_days(days, self._fuzz_unit(card), self._max_ivl))
        elif due.microsecond % 1000:  # e.g. a hard step of 1.5 × 1 minute
            due = truncate_ms(due)
        lapsed = card.state is CardState.REVIEW and rating is Rating.AGAIN
        return CardRecord(
            id=card.id,
            deck_id=card.deck_id,
            fact_id=card.fact_id,
            kind=card.kind,
            topic=card.topic,
            state=state,
            step=result.step,
            stability=result.stability,
            difficulty=result.difficulty,
            due=due,
            last_review=now,
            reps=card.reps + 1,
            lapses=card.lapses + (1 if lapsed else 0),
            suspended=card.suspended,
            buried=card.buried,
            hidden=card.hidden,
        )

    def preview(self, card: CardRecord, now: datetime) -> dict[Rating, timedelta]:
        """The interval each rating would give: what the answer buttons show.

        The same computation as :meth:`review` (so the labels are exact), keeping
        only the due dates."""
        now = truncate_ms(now)
        fsrs_card = to_fsrs_card(card)
        fuzz = self.settings.enable_fuzz
        out: dict[Rating, timedelta] = {}
        for rating, fsrs_rating in _FSRS_RATINGS.items():
            result, _log = self._fsrs.review_card(fsrs_card, fsrs_rating, review_datetime=now)
            interval: timedelta = result.due - now
            if fuzz and result.state == fsrs.State.Review:
                days = fuzzed_days(interval.days, self._fuzz_unit(card), self._max_ivl)
                interval = timedelta(days=days)
            elif interval.microseconds % 1000:
                interval = truncate_ms(now + interval) - now
            out[rating] = interval
        return out

    def retrievability(self, card: CardRecord, now: datetime) -> float:
        """The predicted chance of recalling ``card`` at ``now`` (0 for a new card)."""
        if card.state is CardState.NEW:
            return 0.0
        return float(self._fsrs.get_card_retrievability(to_fsrs_card(card), truncate_ms(now)))

    @property
    def _max_ivl(self) -> int:
        return self.settings.maximum_interval

    def _fuzz_unit(self, card: CardRecord) -> float:
        """A number in [0, 1) fixed by (salt, card, review count): splitmix64 of the three."""
        x = (self._salt * 0x9E3779B97F4A7C15 + card.id * 0xBF58476D1CE4E5B9 + card.reps) & _MASK
        x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
        x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & _MASK
        x ^= x >> 31
        return (x >> 11) / float(1 << 53)


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
