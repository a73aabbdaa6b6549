"""Per-deck scheduling options and today's custom study, and the daily limits
they make.

A deck's options (:class:`DeckOptions`) override the defaults in
:class:`~studyapp.core.store.settings.SchedulerSettings` field by field (None:
the default). :class:`DeckLimits` is the result. Custom study ("N more new
cards today", "more reviews today") is an :class:`Extension` of one deck's
limits on one of the reader's days; it lapses when the day ends.

The functions take an open connection; the caller owns the transaction.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, fields
from datetime import date

from studyapp.core.store.settings import NewOrder, SchedulerSettings, check_retention


@dataclass(frozen=True, slots=True)
class DeckOptions:
    """A deck's own options; None means "the default" (Settings)."""

    new_per_day: int | None = None
    reviews_per_day: int | None = None
    desired_retention: float | None = None
    new_order: NewOrder | None = None

    def __post_init__(self) -> None:
        if self.new_per_day is not None and self.new_per_day < 0:
            raise ValueError("the daily new-card limit cannot be negative")
        if self.reviews_per_day is not None and self.reviews_per_day < 0:
            raise ValueError("the daily review limit cannot be negative")
        if self.desired_retention is not None:
            check_retention(self.desired_retention)

    @property
    def is_default(self) -> bool:
        """True when the deck follows the defaults in every option."""
        return all(getattr(self, f.name) is None for f in fields(self))


@dataclass(frozen=True, slots=True)
class DeckLimits:
    """A deck's options in effect: its own where it has them, else the defaults."""

    new_per_day: int
    reviews_per_day: int
    desired_retention: float
    new_order: NewOrder
    own: bool  # the deck has options of its own

    @classmethod
    def resolve(cls, options: DeckOptions | None, defaults: SchedulerSettings) -> DeckLimits:
        o = options or DeckOptions()
        return cls(
            new_per_day=o.new_per_day if o.new_per_day is not None else defaults.new_per_day,
            reviews_per_day=(
                o.reviews_per_day if o.reviews_per_day is not None else defaults.reviews_per_day
            ),
            desired_retention=(
                o.desired_retention
                if o.desired_retention is not None
                else defaults.desired_retention
            ),
            new_order=o.new_order if o.new_order is not None else defaults.new_order,
            own=not o.is_default,
        )


@dataclass(frozen=True, slots=True)
class Extension:
    """Custom study: how far one deck's limits are raised on the reader's ``day``."""

    day: date
    new: int = 0
    reviews: int = 0

    def on(self, today: date) -> Extension:
        """This extension as it counts on ``today`` (nothing once its day is over)."""
        return self if self.day == today else Extension(today)


@dataclass(frozen=True, slots=True)
class DailyCounts:
    """Answers on the reader's ``day`` per deck: new cards introduced (first answer
    of a new card) and answers to review cards, which the daily limits count."""

    day: date
    new: dict[str, int]
    reviews: dict[str, int]

    def add(self, deck_id: str, *, new: int = 0, reviews: int = 0) -> None:
        if new:
            self.new[deck_id] = self.new.get(deck_id, 0) + new
        if reviews:
            self.reviews[deck_id] = self.reviews.get(deck_id, 0) + reviews


def load(conn: sqlite3.Connection) -> tuple[dict[str, DeckOptions], dict[str, Extension]]:
    """Every deck's own options and its latest extension."""
    options: dict[str, DeckOptions] = {}
    extensions: dict[str, Extension] = {}
    for deck_id, new, reviews, retention, order, day, ext_new, ext_reviews in conn.execute(
        "SELECT deck_id, new_per_day, reviews_per_day, desired_retention, new_order, "
        "extend_day, extend_new, extend_reviews FROM deck_options"
    ):
        try:
            new_order = NewOrder(order) if order is not None else None
        except ValueError:  # written by a newer studyapp: keep the default
            new_order = None
        own = DeckOptions(new, reviews, retention, new_order)
        if not own.is_default:
            options[deck_id] = own
        if day:
            extensions[deck_id] = Extension(date.fromisoformat(day), ext_new, ext_reviews)
    return options, extensions


_ENSURE_ROW = "INSERT INTO deck_options (deck_id) VALUES (?) ON CONFLICT (deck_id) DO NOTHING"


def save(conn: sqlite3.Connection, deck_id: str, options: DeckOptions) -> None:
    conn.execute(_ENSURE_ROW, (deck_id,))
    conn.execute(
        "UPDATE deck_options SET new_per_day = ?, reviews_per_day = ?, desired_retention = ?, "
        "new_order = ? WHERE deck_id = ?",
        (
            options.new_per_day,
            options.reviews_per_day,
            options.desired_retention,
            options.new_order.value if options.new_order is not None else None,
            deck_id,
        ),
    )


def extend(
    conn: sqlite3.Connection, deck_id: str, current: Extension, *, new: int, reviews: int
) -> Extension:
    """Raise ``deck_id``'s limits on ``current.day`` by ``new`` and ``reviews`` more."""
    if new < 0 or reviews < 0:
        raise ValueError("custom study adds cards; it cannot take them away")
    extended = Extension(current.day, current.new + new, current.reviews + reviews)
    conn.execute(_ENSURE_ROW, (deck_id,))
    conn.execute(
        "UPDATE deck_options SET extend_day = ?, extend_new = ?, extend_reviews = ? "
        "WHERE deck_id = ?",
        (extended.day.isoformat(), extended.new, extended.reviews, deck_id),
    )
    return extended


def count_day(conn: sqlite3.Connection, day: date, start_ms: int) -> DailyCounts:
    """Today's answers per deck, from the review log (one query, once a day)."""
    counts = DailyCounts(day, {}, {})
    for deck_id, new, reviews in conn.execute(
        "SELECT c.deck_id, sum(r.state_before = 0), sum(r.state_before = 2) "
        "FROM revlog r JOIN cards c ON c.id = r.card_id "
        "WHERE r.reviewed_at >= ? AND r.rating > 0 GROUP BY c.deck_id",
        (start_ms,),
    ):
        counts.add(deck_id, new=int(new or 0), reviews=int(reviews or 0))
    return counts


def deck_ids(conn: sqlite3.Connection) -> tuple[str, ...]:
    """Every deck that has cards (hidden ones left out), in name order."""
    return tuple(
        r[0] for r in conn.execute("SELECT DISTINCT deck_id FROM cards WHERE hidden = 0 ORDER BY 1")
    )


def reorder_new(conn: sqlite3.Connection, deck_id: str, order: NewOrder, salt: int) -> int:
    """Give the deck's new cards their queue positions for ``order``.

    A new card's ``due`` is its place in the new queue. The deck keeps the first
    place it had (so decks keep their turn among each other); its cards are laid
    out from there one millisecond apart, in card-id order (the order they were
    added: the deck's order), by topic (topics in the order of their first card,
    cards in deck order within a topic) or shuffled by a hash of the card id and
    the store's salt (stable: a later card slots in, the others keep their order).
    Returns the number of cards placed.
    """
    rows = conn.execute(
        "SELECT id, topic, due FROM cards WHERE deck_id = ? AND state = 0 ORDER BY id",
        (deck_id,),
    ).fetchall()
    if not rows:
        return 0
    start = min(r[2] for r in rows)
    ids = [r[0] for r in rows]
    if order is NewOrder.TOPIC:
        topic_of = {card_id: topic for card_id, topic, _due in rows}
        first: dict[str, int] = {}
        for card_id in ids:
            first.setdefault(topic_of[card_id], card_id)
        ids.sort(key=lambda cid: (first[topic_of[cid]], cid))
    elif order is NewOrder.RANDOM:
        ids.sort(key=lambda cid: _mix(salt, cid))
    conn.executemany(
        "UPDATE cards SET due = ? WHERE id = ?", [(start + k, cid) for k, cid in enumerate(ids)]
    )
    return len(ids)


def _mix(salt: int, card_id: int) -> int:
    """A fixed pseudo-random number for (salt, card id): splitmix64."""
    mask = (1 << 64) - 1
    x = (salt * 0x9E3779B97F4A7C15 + card_id * 0xBF58476D1CE4E5B9) & mask
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & mask
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & mask
    return x ^ (x >> 31)
