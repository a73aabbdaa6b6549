"""Custom study as Anki users know it: the cards of a session outside the normal
queue (review ahead, today's forgotten cards), chosen by a query each.

"Study N more new cards today" is not a list: it raises the deck's new-card
limit for the day (:meth:`Store.extend_today`), and the normal queue shows them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from studyapp.core.store.clock import DAY_MS
from studyapp.core.store.records import CardId, CustomStudy

MAX_CARDS = 9999  # one custom session at most (as Anki's custom study)
_SHOWABLE = "suspended = 0 AND buried = 0 AND hidden = 0"


def _decks(decks: Sequence[str] | None, column: str = "deck_id") -> tuple[str, tuple[str, ...]]:
    if not decks:
        return "", ()
    return f" AND {column} IN ({','.join('?' * len(decks))})", tuple(decks)


def custom_cards(
    conn: sqlite3.Connection,
    kind: CustomStudy,
    decks: Sequence[str] | None,
    *,
    day_start: int,
    day_end: int,
    days: int = 1,
) -> list[CardId]:
    """The card ids of a custom session, in the order to show them.

    * review ahead: review cards due in the ``days`` days after today, soonest first;
    * today's forgotten cards: the cards answered Again since ``day_start``, in the
      order they were first forgotten today (whatever their state now).
    """
    if kind is CustomStudy.REVIEW_AHEAD:
        flt, args = _decks(decks)
        if days < 1:
            raise ValueError("review ahead needs at least one day")
        rows = conn.execute(
            f"SELECT id FROM cards WHERE state = 2 AND due >= ? AND due < ? AND {_SHOWABLE}{flt} "
            "ORDER BY due, id LIMIT ?",
            (day_end, day_end + days * DAY_MS, *args, MAX_CARDS),
        ).fetchall()
    else:
        flt, args = _decks(decks, "c.deck_id")
        rows = conn.execute(
            "SELECT c.id FROM cards c JOIN (SELECT card_id, min(reviewed_at) AS first "
            "FROM revlog WHERE reviewed_at >= ? AND rating = 1 GROUP BY card_id) r "
            "ON r.card_id = c.id WHERE c.suspended = 0 AND c.buried = 0 AND c.hidden = 0"
            f"{flt} ORDER BY r.first, c.id LIMIT ?",
            (day_start, *args, MAX_CARDS),
        ).fetchall()
    return [CardId(r[0]) for r in rows]


def new_cards_waiting(conn: sqlite3.Connection, decks: Sequence[str] | None) -> int:
    """New cards not yet introduced, of ``decks`` (None: all), that can be shown."""
    flt, args = _decks(decks)
    row = conn.execute(
        f"SELECT count(*) FROM cards WHERE state = 0 AND {_SHOWABLE}{flt}", args
    ).fetchone()
    return int(row[0])


def reviews_due(conn: sqlite3.Connection, decks: Sequence[str] | None, day_end: int) -> int:
    """Review cards of ``decks`` due before ``day_end`` that can be shown."""
    flt, args = _decks(decks)
    row = conn.execute(
        f"SELECT count(*) FROM cards WHERE state = 2 AND due < ? AND {_SHOWABLE}{flt}",
        (day_end, *args),
    ).fetchone()
    return int(row[0])
