"""Load balancing and easy days (as in Anki 24.11): the day a review goes to.

FSRS gives an interval; fuzz widens it to a range of days (a few days either
side, more for longer intervals). Without balancing, a number fixed by the card
picks a day in the range at random. With balancing, the review goes to the day
of the range with the fewest reviews due, the same number choosing among days
equally loaded, so a card's interval stays reproducible and the button shows
the day the answer gives. (Anki draws a day at random with weights that favour
the emptier days; choosing the emptiest outright keeps the days level, and as
the counts are updated after every answer, cards answered together still
spread over the range.)

Easy days: the reader marks days of the week as light (a load of 0.5: their
reviews count double, so they get about half of what other days get) or off
(0: chosen only when every day of the range is off). They work through
balancing. Intervals beyond :data:`MAX_BALANCED_DAYS` are far enough out not to
matter and are fuzzed as before.

The counts come from one query a day and are kept up to date as cards are
answered (:meth:`LoadBalancer.moved`); any other change to review dates
(resets, "due now", suspending) drops them and the next answer reads them again.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Sequence
from datetime import date

from studyapp.core.store.clock import DAY_MS
from studyapp.core.store.scheduler import fuzz_range, fuzzed_days

MAX_BALANCED_DAYS = 90
_KEPT_DAYS = 100  # counts kept for days 0..99 (a fuzz range can reach past day 90)
_DAY_OFF = 1e9  # the load of a day off: chosen only when the whole range is off


class LoadBalancer:
    def __init__(self, *, balance: bool, easy_days: Sequence[float]) -> None:
        self.active = balance  # easy days work through balancing; without it, plain fuzz
        self.easy_days = tuple(float(x) for x in easy_days)
        self.plain_week = all(x == 1.0 for x in self.easy_days)
        self.day: date | None = None
        self.start_ms = 0
        self.counts: list[int] = []

    @property
    def loaded(self) -> bool:
        return self.day is not None

    def load(self, conn: sqlite3.Connection, day: date, start_ms: int) -> None:
        """Count the review cards due on each of the next days (``day`` is day 0)."""
        counts = [0] * _KEPT_DAYS
        for index, n in conn.execute(
            "SELECT (due - :start) / :day, count(*) FROM cards "
            "WHERE state = 2 AND due >= :start AND due < :end "
            "AND suspended = 0 AND buried = 0 AND hidden = 0 GROUP BY 1",
            {"start": start_ms, "day": DAY_MS, "end": start_ms + _KEPT_DAYS * DAY_MS},
        ):
            counts[int(index)] = int(n)
        self.day, self.start_ms, self.counts = day, start_ms, counts

    def forget(self) -> None:
        """Drop the counts (something other than an answer moved review dates)."""
        self.day = None

    def moved(self, old_due_ms: int | None, new_due_ms: int | None) -> None:
        """A review card left ``old_due_ms`` (None: it was not a review card) for
        ``new_due_ms`` (None: it is not one any more)."""
        if self.day is None:
            return
        counts = self.counts
        if old_due_ms is not None:
            i = (old_due_ms - self.start_ms) // DAY_MS
            if 0 <= i < _KEPT_DAYS and counts[i]:
                counts[i] -= 1
        if new_due_ms is not None:
            i = (new_due_ms - self.start_ms) // DAY_MS
            if 0 <= i < _KEPT_DAYS:
                counts[i] += 1

    def pick(self, interval_days: int, unit: float, maximum_interval: int) -> int:
        """The interval (days from today) for ``interval_days``: the least loaded day
        of its fuzz range; ``unit`` in [0, 1) chooses among equally loaded days."""
        if interval_days < 3 or interval_days > MAX_BALANCED_DAYS or self.day is None:
            return fuzzed_days(interval_days, unit, maximum_interval)
        low, high = fuzz_range(interval_days, maximum_interval)
        high = min(high, _KEPT_DAYS - 1)
        if self.plain_week:  # no light days: the emptiest day (one pass in C)
            span = self.counts[low : high + 1]
            least = min(span)
            ties = [low + k for k, n in enumerate(span) if n == least]
            return ties[int(unit * len(ties))]
        counts = self.counts
        easy = self.easy_days
        weekday = self.day.weekday()
        best: list[int] = []
        best_load = math.inf
        for d in range(low, high + 1):
            factor = easy[(weekday + d) % 7]
            # a light day's reviews weigh double; a day off is last in line
            load = counts[d] / factor if factor > 0 else _DAY_OFF + counts[d]
            if load < best_load:
                best, best_load = [d], load
            elif load == best_load:
                best.append(d)
        return best[int(unit * len(best))]
