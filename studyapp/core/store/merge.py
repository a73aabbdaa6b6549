"""Reviews made elsewhere (in Anki), merged into the review log once.

A review is the same review when it is of the same card, with the same rating,
at the same moment. Anki keeps a review's time as its id (milliseconds), and an
export with progress writes studyapp's reviews with their own times, so a review
that went to Anki and comes back, or a file imported twice, finds its row
already here. The match allows :data:`MATCH_WINDOW_MS` of difference (an id Anki
or the export had to move by a millisecond or two to keep it unique) and pairs
each incoming review with at most one row, exact times first.

Each card that gained reviews has its whole history replayed, oldest first,
through the store's FSRS scheduler: its memory state, due date, reps and lapses
are what studyapp would have computed had every answer been given here, and the
replayed rows from the first new one on store the state after each answer.
A reset (rating 0) makes the card new again, as :func:`cards.reset` does.

The functions take an open connection; the caller owns the transaction.
:class:`MergeJob` runs the merge in a worker thread through a connection of
its own (a first import of a long Anki history replays every review of every
card: about 40 µs a review).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from studyapp.core.deck.model import CardKind
from studyapp.core.errors import file_fault
from studyapp.core.store import cards as card_ops
from studyapp.core.store.clock import from_ms, to_ms
from studyapp.core.store.db import configure, transaction
from studyapp.core.store.errors import StoreError
from studyapp.core.store.records import (
    MANUAL_RATING,
    CardId,
    CardRecord,
    CardState,
    Rating,
    scheduling_values,
)
from studyapp.core.store.scheduler import FsrsScheduler
from studyapp.core.store.settings import SchedulerSettings

MATCH_WINDOW_MS = 1000


class IncomingReview(NamedTuple):
    """One answer (or reset) given outside studyapp, to one of studyapp's cards."""

    deck_id: str
    fact_id: str
    kind: CardKind
    topic: str  # for a card studyapp does not have yet
    reviewed_at: int  # milliseconds since the epoch, UTC
    rating: int  # a Rating, or MANUAL_RATING (0) for a reset
    duration_ms: int = 0


@dataclass(frozen=True, slots=True)
class MergeResult:
    """What :func:`merge_reviews` changed."""

    added: int  # reviews written to the log
    already_present: int  # reviews the log already had
    cards_updated: tuple[CardId, ...]  # cards whose state was recomputed
    cards_created: int  # cards studyapp did not have (kept hidden until their kind is on)


class _Row(NamedTuple):
    at: int
    rating: int


SchedulerFor = Callable[[str], FsrsScheduler]  # a deck id -> the scheduler of its retention


def replay_schedulers(
    settings: SchedulerSettings, fuzz_salt: int, retentions: Mapping[str, float]
) -> SchedulerFor:
    """One scheduler per desired retention in use, without load balancing (a replay
    re-tells the past; it does not place reviews among the coming days')."""
    made: dict[float, FsrsScheduler] = {}

    def scheduler_for(deck_id: str) -> FsrsScheduler:
        retention = retentions.get(deck_id, settings.desired_retention)
        found = made.get(retention)
        if found is None:
            found = made[retention] = FsrsScheduler(
                settings, fuzz_salt, desired_retention=retention
            )
        return found

    return scheduler_for


def merge_reviews(
    conn: sqlite3.Connection,
    scheduler_for: SchedulerFor,
    reviews: Iterable[IncomingReview],
    now_ms: int,
    progress: Callable[[int, int], None] | None = None,
) -> MergeResult:
    """Add the reviews the log does not have yet and recompute those cards;
    ``progress(done, total)`` counts the cards, every hundred."""
    groups: dict[tuple[str, str, CardKind], list[IncomingReview]] = {}
    for review in reviews:
        if not (review.rating == MANUAL_RATING or 1 <= review.rating <= 4):
            raise ValueError(f"not a rating: {review.rating!r}")
        groups.setdefault((review.deck_id, review.fact_id, review.kind), []).append(review)
    added = present = created = 0
    updated: list[CardId] = []
    for done, ((deck_id, fact_id, kind), incoming) in enumerate(groups.items()):
        if progress is not None and done % 100 == 0:
            progress(done, len(groups))
        card = card_ops.find_card(conn, deck_id, fact_id, kind)
        if card is None:
            card_id = _create_hidden_card(conn, deck_id, fact_id, kind, incoming[0].topic, now_ms)
            created += 1
        else:
            card_id = card.id
        existing = [
            _Row(at, rating)
            for at, rating in conn.execute(
                "SELECT reviewed_at, rating FROM revlog WHERE card_id = ?", (card_id,)
            )
        ]
        new = unmatched(incoming, existing)
        present += len(incoming) - len(new)
        if not new:
            continue
        conn.executemany(
            "INSERT INTO revlog (card_id, reviewed_at, rating, state_before, state_after, "
            "due_after, stability, difficulty, duration_ms) VALUES (?, ?, ?, 0, 0, ?, NULL, NULL, ?)",
            [(card_id, r.reviewed_at, r.rating, r.reviewed_at, max(0, r.duration_ms)) for r in new],
        )
        added += len(new)
        replay(conn, scheduler_for(deck_id), card_id, since_ms=min(r.reviewed_at for r in new))
        updated.append(card_id)
    return MergeResult(
        added=added, already_present=present, cards_updated=tuple(updated), cards_created=created
    )


@dataclass(frozen=True, slots=True)
class MergeJob:
    """:func:`merge_reviews` as one call for a worker thread, in one transaction on
    a connection of its own (the store's belongs to the thread that opened it),
    with the store's scheduling settings. Hand the result to
    :meth:`Store.merged <studyapp.core.store.Store.merged>` on the store's thread."""

    path: Path
    settings: SchedulerSettings
    fuzz_salt: int
    now_ms: int
    retentions: Mapping[str, float]  # each deck's desired retention (the default otherwise)

    def __call__(
        self,
        reviews: Iterable[IncomingReview],
        progress: Callable[[int, int], None] | None = None,
    ) -> MergeResult:
        try:
            conn = sqlite3.connect(str(self.path), isolation_level=None)
            try:
                configure(conn, self.path, readonly=False)
                scheduler_for = replay_schedulers(self.settings, self.fuzz_salt, self.retentions)
                with transaction(conn):
                    return merge_reviews(conn, scheduler_for, reviews, self.now_ms, progress)
            finally:
                conn.close()
        except sqlite3.Error as exc:  # nothing was written (rolled back)
            kind, params = file_fault(exc, self.path)
            raise StoreError(kind, **params) from exc


def unmatched(incoming: Sequence[IncomingReview], existing: Sequence[_Row]) -> list[IncomingReview]:
    """The incoming reviews of one card that no existing row stands for.

    Exact times are paired first, then each remaining review with the nearest
    unpaired row of the same rating within :data:`MATCH_WINDOW_MS`."""
    free: dict[int, list[int]] = {}  # rating -> times of unpaired rows
    for row in existing:
        free.setdefault(row.rating, []).append(row.at)
    rest: list[IncomingReview] = []
    for review in sorted(incoming, key=lambda r: r.reviewed_at):
        times = free.get(review.rating)
        if times is not None and review.reviewed_at in times:
            times.remove(review.reviewed_at)
        else:
            rest.append(review)
    new: list[IncomingReview] = []
    for review in rest:
        times = free.get(review.rating, [])
        near = [t for t in times if abs(t - review.reviewed_at) <= MATCH_WINDOW_MS]
        if near:
            times.remove(min(near, key=lambda t: (abs(t - review.reviewed_at), t)))
        else:
            new.append(review)
    return new


def _create_hidden_card(
    conn: sqlite3.Connection, deck_id: str, fact_id: str, kind: CardKind, topic: str, now_ms: int
) -> CardId:
    """A card of a kind studyapp does not show (yet): hidden, as sync leaves such cards;
    the next sync that asks for its kind shows it with its history."""
    cur = conn.execute(
        "INSERT INTO cards (deck_id, fact_id, kind, topic, due, created_at, hidden) "
        "VALUES (?, ?, ?, ?, ?, ?, 1)",
        (deck_id, fact_id, kind.value, topic, now_ms, now_ms),
    )
    return CardId(int(cur.lastrowid or 0))


def replay(
    conn: sqlite3.Connection, scheduler: FsrsScheduler, card_id: CardId, *, since_ms: int
) -> CardRecord:
    """Recompute a card from its whole review log; rows from ``since_ms`` on are
    rewritten with the state after each answer. Returns the card as stored."""
    stored = card_ops.get_card(conn, card_id)
    if stored is None:
        raise ValueError(f"no card {card_id}")
    card = _as_new(stored, stored.due)
    rewrites: list[tuple[int, int, int, float | None, float | None, int]] = []
    for row_id, at, rating in conn.execute(
        "SELECT id, reviewed_at, rating FROM revlog WHERE card_id = ? ORDER BY reviewed_at, id",
        (card_id,),
    ).fetchall():
        before = card
        if rating == MANUAL_RATING:
            card = _as_new(card, from_ms(at))
        else:
            card = scheduler.review(card, Rating(rating), from_ms(at))
        if at >= since_ms:
            rewrites.append(
                (
                    int(before.state),
                    int(card.state),
                    to_ms(card.due),
                    card.stability,
                    card.difficulty,
                    row_id,
                )
            )
    conn.executemany(
        "UPDATE revlog SET state_before = ?, state_after = ?, due_after = ?, stability = ?, "
        "difficulty = ? WHERE id = ?",
        rewrites,
    )
    conn.execute(
        "UPDATE cards SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?, "
        "last_review = ?, reps = ?, lapses = ? WHERE id = ?",
        (*scheduling_values(card), card_id),
    )
    return card


def _as_new(card: CardRecord, due: datetime) -> CardRecord:
    """``card`` made new again (a reset), in the new queue from ``due``."""
    return replace(
        card,
        state=CardState.NEW,
        step=None,
        stability=None,
        difficulty=None,
        due=due,
        last_review=None,
        reps=0,
        lapses=0,
    )
