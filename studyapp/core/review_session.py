"""One review session, as Anki users know it, without any display.

The session asks the progress store for the next due card, shows its question
(:attr:`ReviewState.QUESTION`), then its answer (:attr:`ReviewState.ANSWER`),
takes one of four ratings (committed to the store at once) and moves on, until
nothing is due (:attr:`ReviewState.FINISHED`). The last rating can be undone.

The Review screen renders the session and forwards keys to it; the session
calls ``on_change`` after every transition. Time spent on a card comes from an
injected monotonic clock.

A custom-study session (:class:`CustomQueue`: review ahead, today's forgotten
cards) shows a fixed list of cards once each instead of the due queue; the
answers are scheduled as any other.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum
from typing import Protocol

from studyapp.core.store.clock import LearnerDays
from studyapp.core.store.records import (
    CardId,
    CardRecord,
    CardState,
    CustomStudy,
    QueueCounts,
    Rating,
    ReviewResult,
)

MAX_ANSWER_MS = 60_000  # a card left on screen longer counts as a minute (as in Anki)


class ReviewState(Enum):
    QUESTION = "question"  # the front is shown
    ANSWER = "answer"  # the back is shown; the four ratings are open
    FINISHED = "finished"  # nothing is due now


class ReviewStore(Protocol):
    """What the session needs from :class:`studyapp.core.store.Store`."""

    def next_card(self, decks: Sequence[str] | None = None) -> CardRecord | None: ...
    def card(self, card_id: int) -> CardRecord: ...
    def counts(self, decks: Sequence[str] | None = None) -> QueueCounts: ...
    def preview(self, card: CardRecord) -> dict[Rating, timedelta]: ...
    def answer(
        self, card: CardRecord | int, rating: Rating, *, duration_ms: int = 0
    ) -> ReviewResult: ...
    def undo(self) -> CardRecord: ...
    @property
    def can_undo(self) -> bool: ...
    def next_learning_due(self, decks: Sequence[str] | None = None) -> datetime | None: ...
    def all_cards(self, decks: Sequence[str] | None = None) -> list[CardRecord]: ...
    def now(self) -> datetime: ...
    def today(self) -> date: ...
    @property
    def days(self) -> LearnerDays: ...


@dataclass(frozen=True, slots=True)
class CustomQueue:
    """The cards of a custom-study session, in the order to show them."""

    kind: CustomStudy
    cards: tuple[CardId, ...]
    days: int = 1  # review ahead: how many days


class SessionError(Exception):
    """An action that the current state does not allow (e.g. rating a hidden answer)."""


@dataclass(frozen=True, slots=True)
class NextReview:
    """What the end-of-session screen says comes next."""

    learning_at: datetime | None  # a learning card comes back later today
    day: date | None  # else: the first day with cards due (None: nothing scheduled)
    today: date


class ReviewSession:
    def __init__(
        self,
        store: ReviewStore,
        decks: Sequence[str] | None = None,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        on_change: Callable[[ReviewSession], None] | None = None,
        custom: CustomQueue | None = None,
    ) -> None:
        self.store = store
        self.decks: tuple[str, ...] | None = tuple(decks) if decks else None
        self.custom = custom
        self._remaining: list[CardId] = list(custom.cards) if custom is not None else []
        self._monotonic = monotonic
        self.on_change = on_change
        self.state = ReviewState.FINISHED
        self.card: CardRecord | None = None
        self.intervals: dict[Rating, timedelta] = {}
        self.counts = QueueCounts(0, 0, 0)
        self.reviewed = 0  # answers given in this session (undo takes one back)
        self.last_result: ReviewResult | None = None
        self._shown_at = 0.0
        self._undoable = 0  # answers of this session that undo may take back

    # -- transitions --------------------------------------------------------
    def start(self) -> None:
        """Show the first due card (or the end screen)."""
        self._advance()

    def show_answer(self) -> None:
        if self.state is not ReviewState.QUESTION:
            raise SessionError("there is no question to turn over")
        assert self.card is not None
        self.intervals = self.store.preview(self.card)
        self.state = ReviewState.ANSWER
        self._changed()

    def rate(self, rating: Rating) -> ReviewResult:
        if self.state is not ReviewState.ANSWER:
            raise SessionError("show the answer before rating the card")
        assert self.card is not None
        elapsed = int((self._monotonic() - self._shown_at) * 1000)
        result = self.store.answer(
            self.card, Rating(rating), duration_ms=max(0, min(MAX_ANSWER_MS, elapsed))
        )
        self.last_result = result
        self.reviewed += 1
        self._undoable += 1
        self._advance()
        return result

    @property
    def can_undo(self) -> bool:
        return self._undoable > 0 and self.store.can_undo

    def undo(self) -> CardRecord:
        """Take back the last rating of this session and show that card's question again."""
        if not self.can_undo:
            raise SessionError("there is no answer to undo")
        # The store drops the answer from its undo list even when it refuses to undo it
        # (the card was reset meanwhile); count it as gone, or the next undo would take
        # back an answer of an earlier session.
        self._undoable -= 1
        card = self.store.undo()
        if self.custom is not None and self.card is not None and self.card.id != card.id:
            self._remaining.insert(0, self.card.id)  # the card on screen waits its turn
        self.reviewed -= 1
        self.last_result = None
        self._show(card)
        return card

    def set_aside(self) -> None:
        """The card on screen was buried or suspended: show the next one (or the end)."""
        if self.card is None:
            raise SessionError("there is no card to set aside")
        self._advance()

    def bring_back(self, card_id: int) -> CardRecord:
        """Show ``card_id`` again (a card set aside, unburied or unsuspended by undo); the
        card on screen, in a custom session, waits its turn."""
        card = self.store.card(card_id)
        if self.custom is not None and self.card is not None and self.card.id != card.id:
            self._remaining.insert(0, self.card.id)
        self._show(card)
        return card

    # -- what the screen shows ---------------------------------------------
    @property
    def remaining(self) -> int:
        """Cards still to study today (the current one included)."""
        return self.counts.total

    @property
    def progress(self) -> tuple[int, int]:
        """(answered, answered + still due) for a progress bar."""
        return self.reviewed, self.reviewed + self.remaining

    def next_review(self) -> NextReview:
        """At the end: when studying resumes."""
        learning = self.store.next_learning_due(self.decks)
        today = self.store.today()
        day = None
        if learning is None:
            # The session's decks only. A studied card due today that is not in the queue
            # (buried) is back tomorrow.
            tomorrow = today + timedelta(days=1)
            day = min(
                (
                    max(self.store.days.day_of(card.due), tomorrow)
                    for card in self.store.all_cards(self.decks)
                    if card.state is not CardState.NEW and not card.suspended
                ),
                default=None,
            )
        return NextReview(learning_at=learning, day=day, today=today)

    # -- internals ----------------------------------------------------------
    def _advance(self) -> None:
        card = self._next_custom() if self.custom is not None else self.store.next_card(self.decks)
        if card is None:
            self.card = None
            self.intervals = {}
            self.counts = self._counts()
            self.state = ReviewState.FINISHED
            self._changed()
            return
        self._show(card)

    def _show(self, card: CardRecord) -> None:
        self.card = card
        self.intervals = {}
        self.counts = self._counts()
        self.state = ReviewState.QUESTION
        self._shown_at = self._monotonic()
        self._changed()

    def _next_custom(self) -> CardRecord | None:
        """The next card of the custom list that can still be shown."""
        while self._remaining:
            card = self.store.card(self._remaining.pop(0))
            if not (card.suspended or card.buried or card.hidden):
                return card
        return None

    def _counts(self) -> QueueCounts:
        if self.custom is None:
            return self.store.counts(self.decks)
        shown = 1 if self.card is not None else 0  # the card on screen is still to do
        return QueueCounts(new=0, learning=0, review=len(self._remaining) + shown)

    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change(self)


def format_interval(delta: timedelta) -> tuple[str, str]:
    """An interval as (amount, unit), unit one of "min", "h", "d", "mo", "y", rounded
    as Anki's buttons are: whole minutes, hours and days; months and years to one
    decimal place below ten. Under a minute shows as 1 min."""
    minutes = delta.total_seconds() / 60
    if minutes < 59.5:
        return str(max(1, round(minutes))), "min"
    hours = minutes / 60
    if hours < 23.5:
        return str(round(hours)), "h"
    days = hours / 24
    if days < 30:
        return str(round(days)), "d"
    if days < 365:
        return _decimal(days / 30.4), "mo"
    return _decimal(days / 365), "y"


def _decimal(value: float) -> str:
    if value >= 10:
        return str(round(value))
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text
