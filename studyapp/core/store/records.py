"""The typed values the store hands out: ratings, card states and kinds, cards,
review-log rows and the results of store operations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum, IntEnum
from typing import Any, NamedTuple, NewType

from studyapp.core.deck.model import CardKind
from studyapp.core.store.clock import from_ms, to_ms

CardId = NewType("CardId", int)
ReviewId = NewType("ReviewId", int)


class Rating(IntEnum):
    """The four answer buttons. 0 is kept for manual review-log rows (a reset)."""

    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4


MANUAL_RATING = 0  # review-log rows that record a reset, not an answer


class CardState(IntEnum):
    """Where a card is in FSRS; the numbers are Anki's card types."""

    NEW = 0
    LEARNING = 1
    REVIEW = 2
    RELEARNING = 3


class FactKey(NamedTuple):
    """A fact across decks: fact ids are unique only within their deck."""

    deck_id: str
    fact_id: str

    def to_list(self) -> list[str]:
        return [self.deck_id, self.fact_id]

    @classmethod
    def from_list(cls, value: Any) -> FactKey:
        deck_id, fact_id = value
        return cls(str(deck_id), str(fact_id))


@dataclass(frozen=True, slots=True)
class CardRecord:
    """One study card and its scheduling state.

    ``due`` of a new card is when it joined the new queue (new cards are shown
    in that order); of other cards, when FSRS wants it reviewed.
    """

    id: CardId
    deck_id: str
    fact_id: str
    kind: CardKind
    topic: str
    state: CardState
    step: int | None
    stability: float | None
    difficulty: float | None
    due: datetime
    last_review: datetime | None
    reps: int
    lapses: int
    suspended: bool = False
    buried: bool = False
    hidden: bool = False

    @property
    def fact(self) -> FactKey:
        return FactKey(self.deck_id, self.fact_id)

    @property
    def is_new(self) -> bool:
        return self.state is CardState.NEW

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": int(self.id),
            "deck_id": self.deck_id,
            "fact_id": self.fact_id,
            "kind": self.kind.value,
            "topic": self.topic,
            "state": int(self.state),
            "step": self.step,
            "stability": self.stability,
            "difficulty": self.difficulty,
            "due": self.due.isoformat(),
            "last_review": self.last_review.isoformat() if self.last_review else None,
            "reps": self.reps,
            "lapses": self.lapses,
            "suspended": self.suspended,
            "buried": self.buried,
            "hidden": self.hidden,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> CardRecord:
        return cls(
            id=CardId(int(d["id"])),
            deck_id=str(d["deck_id"]),
            fact_id=str(d["fact_id"]),
            kind=CardKind(d["kind"]),
            topic=str(d.get("topic", "")),
            state=CardState(int(d["state"])),
            step=d["step"],
            stability=d["stability"],
            difficulty=d["difficulty"],
            due=datetime.fromisoformat(d["due"]),
            last_review=datetime.fromisoformat(d["last_review"]) if d["last_review"] else None,
            reps=int(d["reps"]),
            lapses=int(d["lapses"]),
            suspended=bool(d.get("suspended", False)),
            buried=bool(d.get("buried", False)),
            hidden=bool(d.get("hidden", False)),
        )


# The column list every card query selects, in CardRecord order.
CARD_COLUMNS = (
    "id, deck_id, fact_id, kind, topic, state, step, stability, difficulty, due, "
    "last_review, reps, lapses, suspended, buried, hidden"
)


_KINDS = {k.value: k for k in CardKind}
_STATES = {int(s): s for s in CardState}


def card_from_row(row: Any) -> CardRecord:
    return CardRecord(
        id=CardId(row[0]),
        deck_id=row[1],
        fact_id=row[2],
        kind=_KINDS[row[3]],
        topic=row[4],
        state=_STATES[row[5]],
        step=row[6],
        stability=row[7],
        difficulty=row[8],
        due=from_ms(row[9]),
        last_review=from_ms(row[10]) if row[10] is not None else None,
        reps=row[11],
        lapses=row[12],
        suspended=bool(row[13]),
        buried=bool(row[14]),
        hidden=bool(row[15]),
    )


def scheduling_values(card: CardRecord) -> tuple[Any, ...]:
    """The scheduling columns of ``card`` as the database stores them (for UPDATE)."""
    return (
        int(card.state),
        card.step,
        card.stability,
        card.difficulty,
        to_ms(card.due),
        to_ms(card.last_review) if card.last_review is not None else None,
        card.reps,
        card.lapses,
    )


@dataclass(frozen=True, slots=True)
class ReviewRecord:
    """One row of the review log."""

    id: ReviewId
    card_id: CardId
    reviewed_at: datetime
    rating: int  # a Rating, or MANUAL_RATING for a reset
    state_before: CardState
    state_after: CardState
    due_after: datetime
    stability: float | None
    difficulty: float | None
    duration_ms: int

    @property
    def interval(self) -> timedelta:
        return self.due_after - self.reviewed_at

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": int(self.id),
            "card_id": int(self.card_id),
            "reviewed_at": self.reviewed_at.isoformat(),
            "rating": self.rating,
            "state_before": int(self.state_before),
            "state_after": int(self.state_after),
            "due_after": self.due_after.isoformat(),
            "stability": self.stability,
            "difficulty": self.difficulty,
            "duration_ms": self.duration_ms,
        }


@dataclass(frozen=True, slots=True)
class ReviewResult:
    """What :meth:`Store.answer` committed."""

    review_id: ReviewId
    card: CardRecord  # the card after the answer
    previous: CardRecord  # the card before it (what undo restores)
    buried_siblings: tuple[CardId, ...] = ()

    @property
    def interval(self) -> timedelta:
        assert self.card.last_review is not None
        return self.card.due - self.card.last_review


@dataclass(frozen=True, slots=True)
class QueueCounts:
    """Cards left to study today (new within today's remaining limit)."""

    new: int
    learning: int
    review: int

    @property
    def total(self) -> int:
        return self.new + self.learning + self.review

    def to_dict(self) -> dict[str, int]:
        return {"new": self.new, "learning": self.learning, "review": self.review}


class CustomStudy(Enum):
    """The custom-study sessions that show a set of cards outside the normal queue."""

    REVIEW_AHEAD = "review_ahead"  # review cards due in the next days, before their day
    FORGOTTEN_TODAY = "forgotten_today"  # the cards answered Again today, once more


@dataclass(frozen=True, slots=True)
class DueNow:
    """What :meth:`Store.mark_due_now` did."""

    studied: int = 0  # learning and review cards, now due
    started: int = 0  # new cards, now learning and due (outside the new-card limit)
    suspended: int = 0  # left alone

    @property
    def due(self) -> int:
        """Cards that Review now shows today."""
        return self.studied + self.started

    def to_dict(self) -> dict[str, int]:
        return {"studied": self.studied, "started": self.started, "suspended": self.suspended}


@dataclass(frozen=True, slots=True)
class SyncResult:
    """What :meth:`Store.sync_cards` changed for one deck."""

    added: int = 0
    hidden: int = 0
    restored: int = 0
    retopiced: int = 0

    def to_dict(self) -> dict[str, int]:
        return {
            "added": self.added,
            "hidden": self.hidden,
            "restored": self.restored,
            "retopiced": self.retopiced,
        }
