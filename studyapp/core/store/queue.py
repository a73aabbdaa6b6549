"""The due queue: which card to show next, and how many are left today.

Every query runs on the partial index ``cards_queue (state, due)``, which holds
only cards that can be shown (not suspended, buried or hidden), so the next
card is one index seek however large the collection is.

Order: learning cards that are due, then review cards due today, then new cards
within the daily limit, then learning cards due within the learn-ahead window
(so a session can finish instead of waiting a few minutes).
"""

from __future__ import annotations

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


def _first(
    conn: sqlite3.Connection, where: str, params: tuple[object, ...], order: str = "due"
) -> CardRecord | None:
    row = conn.execute(
        f"SELECT {CARD_COLUMNS} FROM cards WHERE {where} AND {_SHOWABLE} ORDER BY {order} LIMIT 1",
        params,
    ).fetchone()
    return card_from_row(row) if row is not None else None


def _first_learning(
    conn: sqlite3.Connection, until: int, decks: Sequence[str] | None
) -> CardRecord | None:
    flt, args = _deck_filter(decks)
    # Two seeks (learning, relearning) beat one IN (...) that needs a sort.
    found = [
        card
        for state in (1, 3)
        if (card := _first(conn, f"state = {state} AND due <= ?{flt}", (until, *args))) is not None
    ]
    return min(found, key=lambda c: (c.due, c.id)) if found else None


def next_card(
    conn: sqlite3.Connection,
    times: QueueTimes,
    new_left: int,
    decks: Sequence[str] | None = None,
) -> CardRecord | None:
    flt, args = _deck_filter(decks)
    card = _first_learning(conn, times.now, decks)
    if card is None:
        card = _first(conn, f"state = 2 AND due < ?{flt}", (times.day_end, *args))
    if card is None and new_left > 0:
        card = _first(conn, f"state = 0{flt}", args, order="due, id")
    if card is None and times.learn_ahead_until > times.now:
        card = _first_learning(conn, times.learn_ahead_until, decks)
    return card


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

    learning = count("state = 1 AND due < ?", (times.day_end,)) + count(
        "state = 3 AND due < ?", (times.day_end,)
    )
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
