"""The due queue: which card to show next, and how many are left today.

Every query runs on the partial index ``cards_queue (state, due)``, which holds
only cards that can be shown (not suspended, buried or hidden), so the next
card is one index seek however large the collection is.

Order: learning cards that are due, then review cards due today, then new cards,
then learning cards due within the learn-ahead window (so a session can finish
instead of waiting a few minutes). Reviews and new cards come only from decks
that have not reached that day's limit (:class:`QueueLimits`, worked out by the
store from each deck's options, today's answers and custom study); learning
cards have no limit.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from studyapp.core.store.records import CARD_COLUMNS, CardRecord, QueueCounts, card_from_row

_SHOWABLE = "suspended = 0 AND buried = 0 AND hidden = 0"


def _deck_filter(decks: Sequence[str] | None) -> tuple[str, tuple[str, ...]]:
    if not decks:
        return "", ()
    return f" AND deck_id IN ({','.join('?' * len(decks))})", tuple(decks)


@dataclass(frozen=True, slots=True)
class QueueTimes:
    """The instants the queue is computed for, in epoch milliseconds."""

    now: int
    day_end: int  # review cards due before this are due today
    learn_ahead_until: int


@functools.lru_cache(maxsize=64)
def _first_sql(where: str, order: str) -> str:
    return (
        f"SELECT {CARD_COLUMNS} FROM cards WHERE {where} AND {_SHOWABLE} ORDER BY {order} LIMIT 1"
    )


def _first(
    conn: sqlite3.Connection, where: str, params: tuple[object, ...], order: str = "due"
) -> CardRecord | None:
    row = conn.execute(_first_sql(where, order), params).fetchone()
    return card_from_row(row) if row is not None else None


def _first_learning(
    conn: sqlite3.Connection, until: int, decks: Sequence[str] | None
) -> CardRecord | None:
    flt, args = _deck_filter(decks)
    return _first(conn, f"state IN (1, 3) AND due <= ?{flt}", (until, *args), order="due, id")


@dataclass(frozen=True, slots=True)
class QueueLimits:
    """Which decks may still show review and new cards today, and how many.

    ``review_decks``/``new_decks`` None: every deck of the queue may (no deck has
    reached its limit); a tuple: only these. ``review_left``/``new_left``: what is
    left of each deck's limit (for the counts).
    """

    review_decks: tuple[str, ...] | None
    new_decks: tuple[str, ...] | None
    review_left: dict[str, int]
    new_left: dict[str, int]


@functools.lru_cache(maxsize=64)
def _next_card_sql(deck_count: int, review_count: int, new_count: int) -> str:
    """One statement for the whole queue order: the branches of a UNION ALL run in
    order and the outer LIMIT stops at the first row, so the later branches only
    run when the earlier ones are empty (each is one seek on ``cards_queue``).

    ``deck_count``: decks of the session (0: all); ``review_count``/``new_count``:
    decks that may still show reviews / new cards (-1: all of the session's)."""

    def decks(prefix: str, n: int) -> str:
        return f" AND deck_id IN ({', '.join(f':{prefix}{i}' for i in range(n))})" if n else ""

    session = decks("deck", deck_count)
    branches = [("state IN (1, 3) AND due <= :now" + session, "due, id")]  # learning, due now
    if review_count:  # reviews due today
        flt = session if review_count < 0 else decks("rev", review_count)
        branches.append(("state = 2 AND due < :day_end" + flt, "due"))
    if new_count:  # new cards, within today's limit
        flt = session if new_count < 0 else decks("new", new_count)
        branches.append(("state = 0" + flt, "due, id"))
    branches.append(("state IN (1, 3) AND due <= :ahead" + session, "due, id"))  # learn-ahead
    return (
        " UNION ALL ".join(
            f"SELECT * FROM (SELECT {CARD_COLUMNS} FROM cards WHERE {where} AND {_SHOWABLE} "
            f"ORDER BY {order} LIMIT 1)"
            for where, order in branches
        )
        + " LIMIT 1"
    )


def _count(decks: tuple[str, ...] | None) -> int:
    return -1 if decks is None else len(decks)


def next_card(
    conn: sqlite3.Connection,
    times: QueueTimes,
    limits: QueueLimits,
    decks: Sequence[str] | None = None,
) -> CardRecord | None:
    """Learning cards due now, then reviews due today, then new cards (both within
    their decks' limits), then learning cards due within the learn-ahead window."""
    sql = _next_card_sql(
        len(decks) if decks else 0, _count(limits.review_decks), _count(limits.new_decks)
    )
    params: dict[str, object] = {
        "now": times.now,
        "day_end": times.day_end,
        "ahead": times.learn_ahead_until,
    }
    if decks:
        params.update({f"deck{i}": deck for i, deck in enumerate(decks)})
    if limits.review_decks:
        params.update({f"rev{i}": deck for i, deck in enumerate(limits.review_decks)})
    if limits.new_decks:
        params.update({f"new{i}": deck for i, deck in enumerate(limits.new_decks)})
    row = conn.execute(sql, params).fetchone()
    return card_from_row(row) if row is not None else None


def next_learning(
    conn: sqlite3.Connection, before: int, decks: Sequence[str] | None = None
) -> CardRecord | None:
    """The learning card due soonest, if it is due before ``before`` (ms)."""
    return _first_learning(conn, before, decks)


def counts(
    conn: sqlite3.Connection,
    times: QueueTimes,
    limits: QueueLimits,
    decks: Sequence[str] | None = None,
) -> QueueCounts:
    """Cards left today: learning due before the day ends, reviews due today and new
    cards, each deck's up to what is left of its limits."""
    flt, args = _deck_filter(decks)
    row = conn.execute(
        f"SELECT count(*) FROM cards WHERE state IN (1, 3) AND due < ? AND {_SHOWABLE}{flt}",
        (times.day_end, *args),
    ).fetchone()
    learning = int(row[0])
    review = 0
    for deck_id, n in conn.execute(
        f"SELECT deck_id, count(*) FROM cards WHERE state = 2 AND due < ? AND {_SHOWABLE}{flt} "
        "GROUP BY deck_id",
        (times.day_end, *args),
    ):
        review += min(int(n), max(0, limits.review_left.get(deck_id, 0)))
    new = 0
    for deck_id, left in limits.new_left.items():
        if left > 0 and (not decks or deck_id in decks):
            row = conn.execute(
                f"SELECT count(*) FROM (SELECT 1 FROM cards WHERE deck_id = ? AND state = 0 "
                f"AND {_SHOWABLE} LIMIT ?)",
                (deck_id, left),
            ).fetchone()
            new += int(row[0])
    return QueueCounts(new=new, learning=learning, review=review)
