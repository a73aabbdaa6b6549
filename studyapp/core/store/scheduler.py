"""FSRS scheduling through the maintained ``fsrs`` package.

The library's FSRS-6 memory model and learning-step rules decide everything;
they are evaluated here for the four ratings at once (:class:`_Formulas`, the
library's own expressions, held bit for bit to ``review_card`` by property
tests), because the buttons need all four and ``review_card`` costs about
30 µs a call. Two things are ours:

* time comes in as an argument (a UTC datetime from the store's clock);
* fuzz: the library draws it from the global ``random`` module, which would
  make intervals unreproducible and the button labels disagree with the
  result. We run the library without fuzz and apply the same fuzz ranges with
  a number fixed by (store salt, card id, review count), as Anki seeds its fuzz
  by card, so the interval a button shows is exactly the interval the answer
  gives.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import NamedTuple

import fsrs
from fsrs.scheduler import MAX_DIFFICULTY, MIN_DIFFICULTY, STABILITY_MIN

from studyapp.core.store.clock import truncate_ms
from studyapp.core.store.records import CardRecord, CardState, Rating
from studyapp.core.store.settings import SchedulerSettings

_MASK = (1 << 64) - 1
# The library's enum members, bound once (looking one up on its class is slow).
_AGAIN, _HARD, _GOOD, _EASY = (
    fsrs.Rating.Again,
    fsrs.Rating.Hard,
    fsrs.Rating.Good,
    fsrs.Rating.Easy,
)
_LIB_RATINGS = (_AGAIN, _HARD, _GOOD, _EASY)
_LEARNING, _REVIEW, _RELEARNING = fsrs.State.Learning, fsrs.State.Review, fsrs.State.Relearning
_LIB_STATES = {s: fsrs.State(int(s)) for s in CardState if s is not CardState.NEW}
_STATES = {s: CardState(int(s)) for s in fsrs.State}

# (start, end, factor): the fuzz ranges of py-fsrs and Anki.
_FUZZ_RANGES = ((2.5, 7.0, 0.15), (7.0, 20.0, 0.1), (20.0, math.inf, 0.05))


@functools.lru_cache(maxsize=4096)  # a handful of distinct intervals come up a day
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


class _Formulas:
    """py-fsrs 6's memory model for one scheduler, for all four ratings at once.

    Each expression is the library's own (``fsrs/scheduler.py``: ``_initial_*``,
    ``_short_term_stability``, ``_next_forget_stability``,
    ``_next_recall_stability``, ``_next_difficulty``, ``_next_interval``,
    ``get_card_retrievability``), in the same order of operations, so the
    floats are bit for bit the library's; only the parts that do not depend on
    the rating are computed once instead of four times. The property tests in
    ``tests/core/store/test_scheduler_equivalence.py`` hold it to
    ``review_card``.
    """

    def __init__(self, lib: fsrs.Scheduler) -> None:
        p = lib.parameters
        self.p = p
        self.decay: float = lib._DECAY
        self.factor: float = lib._FACTOR
        self.maximum_interval: int = lib.maximum_interval
        self.interval_scale: float = (lib.desired_retention ** (1 / self.decay)) - 1
        ratings = (1, 2, 3, 4)
        self.initial = tuple(
            (
                max(p[r - 1], STABILITY_MIN),
                min(max(p[4] - (math.e ** (p[5] * (r - 1))) + 1, MIN_DIFFICULTY), MAX_DIFFICULTY),
            )
            for r in ratings
        )
        self.short_term_growth = tuple(math.e ** (p[17] * (r - 3 + p[18])) for r in ratings)
        self.forget_short_term = math.e ** (p[17] * p[18])
        self.recall_growth = math.e ** (p[8])
        self.hard_penalty = p[15]
        self.easy_bonus = p[16]
        easy_initial_difficulty = p[4] - (math.e ** (p[5] * (4 - 1))) + 1  # not clamped
        self.reversion_target = p[7] * easy_initial_difficulty
        self.reversion_keep = 1 - p[7]
        self.difficulty_delta = tuple(-(p[6] * (r - 3)) for r in ratings)

    def difficulties(self, d: float) -> tuple[float, float, float, float]:
        out = [
            self.reversion_target + self.reversion_keep * (d + (10.0 - d) * delta / 9.0)
            for delta in self.difficulty_delta
        ]
        a, h, g, e = (min(max(x, MIN_DIFFICULTY), MAX_DIFFICULTY) for x in out)
        return a, h, g, e

    def short_term(self, s: float, d: float) -> Memory:
        """Reviewed again the same day."""
        shrink = s ** -self.p[19]
        growth = self.short_term_growth
        stabilities = [
            max(s * (growth[0] * shrink), STABILITY_MIN),
            *(max(s * max(growth[i] * shrink, 1.0), STABILITY_MIN) for i in (1, 2, 3)),
        ]
        return _pair(stabilities, self.difficulties(d))

    def long_term(self, s: float, d: float, days: int | None) -> Memory:
        """Reviewed a day or more later (``days`` None: never reviewed, an odd card)."""
        p = self.p
        r = 0.0 if days is None else (1 + self.factor * max(0, days) / s) ** self.decay
        forget = min(
            p[11] * (d ** -p[12]) * (((s + 1) ** (p[13])) - 1) * (math.e ** ((1 - r) * p[14])),
            s / self.forget_short_term,
        )
        base = self.recall_growth * (11 - d) * (s ** -p[9]) * ((math.e ** ((1 - r) * p[10])) - 1)
        stabilities = [
            max(forget, STABILITY_MIN),
            max(s * (1 + base * self.hard_penalty), STABILITY_MIN),  # the library's × 1s
            max(s * (1 + base), STABILITY_MIN),  # are left out: exact either way
            max(s * (1 + base * self.easy_bonus), STABILITY_MIN),
        ]
        return _pair(stabilities, self.difficulties(d))

    def interval_days(self, stability: float) -> int:
        days = round((stability / self.factor) * self.interval_scale)
        return min(max(days, 1), self.maximum_interval)


Memory = tuple[tuple[float, float], tuple[float, float], tuple[float, float], tuple[float, float]]


def _pair(stabilities: list[float], difficulties: tuple[float, float, float, float]) -> Memory:
    a, h, g, e = zip(stabilities, difficulties, strict=True)
    return a, h, g, e


class Outcome(NamedTuple):
    """What one rating would make of a card: its next memory state, and the exact
    interval (fuzzed, at millisecond precision) until it is due."""

    state: CardState
    step: int | None
    stability: float
    difficulty: float
    interval: timedelta


Outcomes = tuple[Outcome, Outcome, Outcome, Outcome]  # indexed by rating - 1

# (interval in days, a number in [0, 1), maximum interval) -> the fuzzed interval
PickDay = Callable[[int, float, int], int]


class FsrsScheduler:
    """Computes a card's next state for a rating.

    The four outcomes of the card last shown are kept (one entry): they depend
    only on the card and the whole days since its last review, so the answer
    reuses what the buttons were labelled with instead of computing it again.
    """

    def __init__(
        self,
        settings: SchedulerSettings,
        fuzz_salt: int = 0,
        *,
        desired_retention: float | None = None,
        pick_day: PickDay | None = None,
    ) -> None:
        """``desired_retention``: a deck's own (else the settings'); ``pick_day``
        chooses the day within the fuzz range (load balancing, easy days; else a
        plain fuzz)."""
        self.settings = settings
        self._salt = fuzz_salt
        self._pick = pick_day or fuzzed_days
        self._fsrs = fsrs.Scheduler(
            parameters=settings.parameters,
            desired_retention=(
                settings.desired_retention if desired_retention is None else desired_retention
            ),
            learning_steps=settings.learning_steps,
            relearning_steps=settings.relearning_steps,
            maximum_interval=settings.maximum_interval,
            enable_fuzzing=False,
        )
        self._k = _Formulas(self._fsrs)
        self._memo: tuple[CardRecord, int | None, Outcomes] | None = None

    def outcomes(self, card: CardRecord, now: datetime) -> Outcomes:
        """The outcome of each rating if ``card`` is answered at ``now`` (UTC, ms)."""
        if now.tzinfo is not timezone.utc and now.tzinfo != timezone.utc:
            raise ValueError("datetime must be timezone-aware and set to UTC")
        last = card.last_review if card.state is not CardState.NEW else None
        days = (now - last).days if last is not None else None
        memo = self._memo
        if memo is not None and memo[1] == days and (memo[0] is card or memo[0] == card):
            return memo[2]
        result = self._compute(card, days)
        self._memo = (card, days, result)
        return result

    def review(self, card: CardRecord, rating: Rating, now: datetime) -> CardRecord:
        """``card`` after being answered with ``rating`` at ``now`` (UTC)."""
        if now.microsecond % 1000:
            now = truncate_ms(now)
        out = self.outcomes(card, now)[rating - 1]
        lapsed = card.state is CardState.REVIEW and rating is Rating.AGAIN
        return CardRecord(
            id=card.id,
            deck_id=card.deck_id,
            fact_id=card.fact_id,
            kind=card.kind,
            topic=card.topic,
            state=out.state,
            step=out.step,
            stability=out.stability,
            difficulty=out.difficulty,
            due=now + out.interval,
            last_review=now,
            reps=card.reps + 1,
            lapses=card.lapses + (1 if lapsed else 0),
            suspended=card.suspended,
            buried=card.buried,
            hidden=card.hidden,
        )

    def preview(self, card: CardRecord, now: datetime) -> dict[Rating, timedelta]:
        """The interval each rating would give: what the answer buttons show.

        The same outcomes as :meth:`review` uses, so the labels are exact."""
        a, h, g, e = self.outcomes(card, truncate_ms(now))
        return {
            Rating.AGAIN: a.interval,
            Rating.HARD: h.interval,
            Rating.GOOD: g.interval,
            Rating.EASY: e.interval,
        }

    def _compute(self, card: CardRecord, days: int | None) -> Outcomes:
        """``fsrs.Scheduler.review_card`` for the four ratings at once, step for step:
        its learning-step rules and its FSRS-6 formulas (see :class:`_Formulas`),
        without the card copy and review log it makes per call; then our fuzz."""
        k = self._k
        step: int | None
        if card.state is CardState.NEW:
            state, step, s, d = _LEARNING, 0, None, None
        else:
            state = _LIB_STATES[card.state]
            step, s, d = card.step, card.stability, card.difficulty
            if state is _LEARNING and step is None:
                step = 0
        short_term = days is not None and days < 1
        if s is None or d is None:
            if state is not _LEARNING:
                raise ValueError(f"a {state.name} card without a memory state")
            memory = k.initial
        elif short_term:
            memory = k.short_term(s, d)
        else:
            memory = k.long_term(s, d, days)
        lib = self._fsrs
        steps = lib.relearning_steps if state is _RELEARNING else lib.learning_steps
        fuzz = self.settings.enable_fuzz
        unit = self._fuzz_unit(card) if fuzz else 0.0
        pick = self._pick
        out: list[Outcome] = []
        for rating, (s2, d2) in zip(_LIB_RATINGS, memory, strict=True):
            new_state, new_step = _REVIEW, None
            interval: timedelta | None = None  # None: the memory model's interval
            if state is _REVIEW:
                new_step = step
                if rating is _AGAIN and lib.relearning_steps:
                    new_state, new_step = _RELEARNING, 0
                    interval = lib.relearning_steps[0]
            else:
                assert step is not None
                graduate = not steps or (step >= len(steps) and rating is not _AGAIN)
                if graduate or rating is _EASY:
                    pass
                elif rating is _AGAIN:
                    new_state, new_step, interval = state, 0, steps[0]
                elif rating is _HARD:
                    new_state, new_step = state, step
                    if step == 0 and len(steps) == 1:
                        interval = steps[0] * 1.5
                    elif step == 0:
                        interval = (steps[0] + steps[1]) / 2.0
                    else:
                        interval = steps[step]
                elif step + 1 != len(steps):  # Good, not the last step
                    new_state, new_step, interval = state, step + 1, steps[step + 1]
            if interval is None:
                ivl_days = k.interval_days(s2)
                if fuzz:
                    ivl_days = pick(ivl_days, unit, k.maximum_interval)
                interval = timedelta(days=ivl_days)
            elif interval.microseconds % 1000:  # e.g. a hard step of 1.5 × 1 minute
                interval -= timedelta(microseconds=interval.microseconds % 1000)
            out.append(Outcome(_STATES[new_state], new_step, s2, d2, interval))
        return out[0], out[1], out[2], out[3]

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
