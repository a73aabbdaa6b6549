"""studyapp's progress as Anki stores it: a card's scheduling columns and FSRS
memory state, and its review log.

Anki (``rslib/src/import_export/package/apkg/import/cards.rs``) takes this from
a package only for cards new to its collection and only when the reader ticks
*Import any learning progress*; the review log comes along only for those cards.
What it reads, and what this module writes:

* the card's type and queue (new 0, learning 1, review 2, relearning 3; queue 1
  is due at a time in seconds, queues 2 and 3 on a day number; -1 suspended),
  its interval in days, reps, lapses and ``left`` (learning steps still to go);
* the memory state in the card's ``data`` JSON: ``s`` stability, ``d``
  difficulty, ``dr`` desired retention, ``decay`` (FSRS-6's last parameter) and
  ``lrt``, the last review in seconds (``rslib/src/storage/card/data.rs``);
* day numbers count from the package's creation day ``crt``: Anki shifts them by
  the difference between the package's day count and its own collection's, so
  a date here stays the same date there. The package says scheduler version 2,
  its rollover hour and its creation UTC offset, so Anki neither converts the
  cards from the old v1 scheduler nor guesses the day boundaries;
* one review-log row per answer, its id the answer's time in milliseconds (ids
  are the primary key; the rare equal times move up a millisecond), the rating,
  the interval it gave (days, or negative seconds for a learning step), the
  interval before, the difficulty shifted into 100–1100 (as Anki's FSRS writes
  it), the answer time and the kind (learning, review, relearning) from the
  card's state before the answer. Resets are not written: Anki computes the
  memory state from the last learning answers, which follow a reset.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from studyapp.core.store import CardRecord, CardState, ProgressSnapshot, ReviewRecord
from studyapp.core.store.clock import to_ms

# Anki's card types and queues.
TYPE_NEW, TYPE_LEARN, TYPE_REVIEW, TYPE_RELEARN = 0, 1, 2, 3
QUEUE_SUSPENDED, QUEUE_LEARN, QUEUE_REVIEW, QUEUE_DAY_LEARN = -1, 1, 2, 3
# Anki's review-log kinds (``RevlogReviewKind``).
REVLOG_LEARNING, REVLOG_REVIEW, REVLOG_RELEARNING = 0, 1, 2
_REVLOG_KIND = {
    CardState.NEW: REVLOG_LEARNING,
    CardState.LEARNING: REVLOG_LEARNING,
    CardState.REVIEW: REVLOG_REVIEW,
    CardState.RELEARNING: REVLOG_RELEARNING,
}
DEFAULT_EASE = 2500  # per mille; FSRS ignores it, Anki's database check wants one
_DAY = timedelta(days=1)
_U32 = 2**32 - 1


class AnkiCard(NamedTuple):
    """The scheduling columns of one card in Anki's ``cards`` table."""

    type: int
    queue: int
    due: int
    ivl: int
    factor: int
    reps: int
    lapses: int
    left: int
    data: str


class AnkiReview(NamedTuple):
    """One row of Anki's ``revlog`` table, without its card id."""

    id: int
    ease: int
    ivl: int
    last_ivl: int
    factor: int
    time: int
    type: int


def revlog_factor(difficulty: float | None) -> int:
    """Difficulty (1–10) as Anki's FSRS stores it in the review log: 100–1100."""
    if difficulty is None:
        return 0
    return round(((difficulty - 1.0) / 9.0 + 0.1) * 1000)


class Scheduling:
    """Anki's columns for the cards of one :class:`ProgressSnapshot`, in one package."""

    def __init__(self, snapshot: ProgressSnapshot) -> None:
        self.snapshot = snapshot
        days = snapshot.days
        self.today = days.day_of(snapshot.taken_at)
        start = days.start_of(self.today)
        self.crt = int(start.timestamp())  # the package's day 0 starts at today's rollover
        offset = days.local(start).utcoffset() or timedelta(0)
        self.creation_offset = -int(offset.total_seconds()) // 60  # minutes west of UTC
        settings = snapshot.settings
        self._data_tail: dict[str, Any] = {"dr": round(settings.desired_retention, 2)}
        if len(settings.parameters) >= 21:
            self._data_tail["decay"] = round(settings.parameters[20], 3)
        self._used_ids: set[int] = set()
        self.cards = 0  # cards written with progress
        self.reviews = 0  # review-log rows written

    def conf(self) -> dict[str, Any]:
        """What the package's collection config must say for Anki to read the dates."""
        return {
            "schedVer": 2,
            "rollover": self.snapshot.days.rollover_hour,
            "creationOffset": self.creation_offset,
        }

    def day_number(self, moment: datetime) -> int:
        """The Anki day (counted from ``crt``) on which ``moment`` falls."""
        return (self.snapshot.days.day_of(moment) - self.today).days

    def card(self, card: CardRecord) -> tuple[AnkiCard | None, list[AnkiReview]]:
        """``card`` as Anki's columns (None: still new, Anki places it in its new
        queue) and its answers as Anki's review log."""
        reviews = self._revlog(self.snapshot.history(card.id))
        anki = None if card.state is CardState.NEW else self._scheduled(card)
        if anki is not None:
            self.cards += 1
        self.reviews += len(reviews)
        return anki, reviews

    def _scheduled(self, card: CardRecord) -> AnkiCard:
        settings = self.snapshot.settings
        last = card.last_review or card.due
        step = card.step or 0
        if card.state is CardState.REVIEW:
            ctype, queue, due = TYPE_REVIEW, QUEUE_REVIEW, self.day_number(card.due)
            ivl, left = max(1, round((card.due - last) / _DAY)), 0
        else:
            relearning = card.state is CardState.RELEARNING
            steps = settings.relearning_steps if relearning else settings.learning_steps
            ctype = TYPE_RELEARN if relearning else TYPE_LEARN
            left = max(1, len(steps) - step)
            if self.day_number(card.due) > self.day_number(last):
                queue, due = QUEUE_DAY_LEARN, self.day_number(card.due)
            else:
                queue, due = QUEUE_LEARN, int(card.due.timestamp())
            # A relearning card's interval is the one it returns to review with.
            ivl = self._interval_days(card.stability) if relearning else 0
        if card.suspended:
            queue = QUEUE_SUSPENDED
        data: dict[str, Any] = {}
        if card.stability is not None and card.difficulty is not None:
            data = {"s": round(card.stability, 4), "d": round(card.difficulty, 3)}
            data.update(self._data_tail)
        if card.last_review is not None:
            data["lrt"] = int(card.last_review.timestamp())
        factor = 0 if ctype == TYPE_LEARN else DEFAULT_EASE
        return AnkiCard(
            type=ctype,
            queue=queue,
            due=due,
            ivl=ivl,
            factor=factor,
            reps=card.reps,
            lapses=card.lapses,
            left=left,
            data=json.dumps(data, separators=(",", ":")) if data else "",
        )

    def _interval_days(self, stability: float | None) -> int:
        """FSRS's interval for ``stability`` at the desired retention (py-fsrs's formula)."""
        settings = self.snapshot.settings
        if stability is None or len(settings.parameters) < 21:
            return 1
        decay = -settings.parameters[20]
        factor = 0.9 ** (1 / decay) - 1
        days = float(stability / factor * (settings.desired_retention ** (1 / decay) - 1))
        return min(max(1, round(days)), settings.maximum_interval)

    def _revlog(self, history: tuple[ReviewRecord, ...]) -> list[AnkiReview]:
        out: list[AnkiReview] = []
        last_ivl = 0
        for review in history:
            if review.rating == 0:  # a reset: the next answer starts from nothing
                last_ivl = 0
                continue
            interval = review.due_after - review.reviewed_at
            if review.state_after is CardState.REVIEW:
                ivl = max(1, round(interval / _DAY))
            else:
                ivl = -max(1, round(interval.total_seconds()))
            out.append(
                AnkiReview(
                    id=self._unique_id(to_ms(review.reviewed_at)),
                    ease=review.rating,
                    ivl=ivl,
                    last_ivl=last_ivl,
                    factor=revlog_factor(review.difficulty),
                    time=min(max(0, review.duration_ms), _U32),
                    type=_REVLOG_KIND[review.state_before],
                )
            )
            last_ivl = ivl
        return out

    def _unique_id(self, ms: int) -> int:
        while ms in self._used_ids:
            ms += 1
        self._used_ids.add(ms)
        return ms
