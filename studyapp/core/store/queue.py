"""The due queue: which card to show next, and how many are left today.

Every query runs on the partial index ``cards_queue (state, due)``, which holds
only cards that can be shown (not suspended, buried or hidden), so the next
card is one index seek however large the collection is.

Order: learning cards that are due, then review cards due today, then new cards
within the daily limit, then learning cards due within the learn-ahead window
(so a session can finish instead of waiting a few minutes).
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


@functools.lru_cache(maxsize=16)
def _next_card_sql(deck_count: int) -> str:
    """One statement for the whole queue order: the branches of a UNION ALL run in
    order and the outer LIMIT stops at the first row, so the later branches only
    run when the earlier ones are empty (each is one seek on ``cards_queue``)."""
    names = ", ".join(f":deck{i}" for i in range(deck_count))
    flt = f" AND deck_id IN ({names})" if deck_count else ""
    branches = [
        f"state IN (1, 3) AND due <= :now{flt}",  # learning, due now
        f"state = 2 AND due < :day_end{flt}",  # reviews due today
        f"state = 0 AND :new_left > 0{flt}",  # new cards, within today's limit
        f"state IN (1, 3) AND due <= :ahead{flt}",  # learning, due within learn-ahead
    ]
    orders = ["due, id", "due", "due, id", "due, id"]
    return (
        " UNION ALL ".join(
            f"SELECT * FROM (SELECT {CARD_COLUMNS} FROM cards WHERE {where} AND {_SHOWABLE} "
            f"ORDER BY {order} LIMIT 1)"
            for where, order in zip(branches, orders, strict=True)
        )
        + " LIMIT 1"
    )


def next_card(
    conn: sqlite3.Connection,
    times: QueueTimes,
    new_left: int,
    decks: Sequence[str] | None = None,
) -> CardRecord | None:
    """Learning cards due now, then reviews due today, then new cards within the
    limit, then learning cards due within the learn-ahead window."""
    sql = _next_card_sql(len(decks) if decks else 0)
    params: dict[str, object] = {
        "now": times.now,
        "day_end": times.day_end,
        "new_left": new_left,
        "ahead": times.learn_ahead_until,
    }
    if decks:
        params.update({f"deck{i}": deck for i, deck in enumerate(decks)})
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
    new_left: int,
    decks: Sequence[str] | None = None,
) -> QueueCounts:
    """Cards left today: learning due before the day ends, reviews due today,
    new cards up to what is left of today's limit."""
    flt, args = _deck_filter(decks)

    def count(where: str, params: tuple[object, ...]) -> int:
        row = conn.execute(
            f"SELECT count(*) FROM cards WHERE {where} AND {_SHOWABLE}{flt}", (*params, *args)
        ).fetchone()
        return int(row[0])

    learning = count("state IN (1, 3) AND due < ?", (times.day_end,))
    review = count("state = 2 AND due < ?", (times.day_end,))
    new = 0
    if new_left > 0:
        row = conn.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM cards WHERE state = 0 AND {_SHOWABLE}{flt} "
            "LIMIT ?)",
            (*args, new_left),
        ).fetchone()
        new = int(row[0])
    return QueueCounts(new=new, learning=learning, review=review)
