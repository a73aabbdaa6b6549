"""Writing an answer, and taking it back.

:func:`write_answer` stores the card's new scheduling state and its review-log
row (and buries the fact's other cards for the day); :func:`undo_answer`
restores the previous state exactly and deletes the row. The caller wraps each
in its own transaction, so an answer is on disk when the call returns.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from studyapp.core.errors import ErrorKind
from studyapp.core.store.errors import UndoError
from studyapp.core.store.records import (
    CardId,
    CardRecord,
    Rating,
    ReviewId,
    ReviewResult,
    scheduling_values,
)

_UPDATE_SCHEDULING = (
    "UPDATE cards SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?, "
    "last_review = ?, reps = ?, lapses = ? WHERE id = ?"
)
# The same, only if the card still has the scheduling state it was read with.
_UPDATE_IF_UNCHANGED = (
    _UPDATE_SCHEDULING + " AND state = ? AND step IS ? AND stability IS ? AND difficulty IS ? "
    "AND due = ? AND last_review IS ? AND reps = ? AND lapses = ?"
)
_INSERT_REVIEW = (
    "INSERT INTO revlog (card_id, reviewed_at, rating, state_before, state_after, due_after, "
    "stability, difficulty, duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
# The fact's other cards that would otherwise come up again today.
_SIBLINGS_WHERE = (
    "deck_id = ? AND fact_id = ? AND id <> ? "
    "AND suspended = 0 AND buried = 0 AND hidden = 0 AND (state = 0 OR (state = 2 AND due < ?))"
)
_SIBLINGS = "SELECT id FROM cards WHERE " + _SIBLINGS_WHERE
_BURY_SIBLINGS = (
    "UPDATE cards SET buried = 1, buried_until = ? WHERE " + _SIBLINGS_WHERE + " RETURNING id"
)
_HAS_RETURNING = sqlite3.sqlite_version_info >= (3, 35, 0)


@dataclass(frozen=True, slots=True)
class UndoEntry:
    review_id: ReviewId
    previous: CardRecord
    buried_siblings: tuple[CardId, ...]


def write_answer(
    conn: sqlite3.Connection,
    before: CardRecord,
    after: CardRecord,
    rating: Rating,
    duration_ms: int,
    *,
    bury_siblings_until: int | None,
    day_end: int,
    only_if_unchanged: bool = False,
) -> ReviewResult | None:
    """Store the answer. With ``only_if_unchanged``, nothing is written and None is
    returned when the card's scheduling in the database is no longer ``before``'s."""
    assert after.last_review is not None
    values = scheduling_values(after)
    if only_if_unchanged:
        cur = conn.execute(_UPDATE_IF_UNCHANGED, (*values, before.id, *scheduling_values(before)))
        if cur.rowcount != 1:
            return None
    else:
        conn.execute(_UPDATE_SCHEDULING, (*values, before.id))
    cur = conn.execute(
        _INSERT_REVIEW,
        (
            before.id,
            values[5],  # last_review: when it was answered
            int(rating),
            int(before.state),
            values[0],
            values[4],  # due
            after.stability,
            after.difficulty,
            max(0, int(duration_ms)),
        ),
    )
    review_id = ReviewId(int(cur.lastrowid or 0))
    buried: tuple[CardId, ...] = ()
    if bury_siblings_until is not None:
        where = (before.deck_id, before.fact_id, before.id, day_end)
        if _HAS_RETURNING:
            buried = tuple(
                CardId(r[0]) for r in conn.execute(_BURY_SIBLINGS, (bury_siblings_until, *where))
            )
        else:
            buried = tuple(CardId(r[0]) for r in conn.execute(_SIBLINGS, where))
            conn.executemany(
                "UPDATE cards SET buried = 1, buried_until = ? WHERE id = ?",
                [(bury_siblings_until, cid) for cid in buried],
            )
    return ReviewResult(review_id=review_id, card=after, previous=before, buried_siblings=buried)


def undo_answer(conn: sqlite3.Connection, entry: UndoEntry) -> None:
    card_id = entry.previous.id
    row = conn.execute(
        "SELECT id FROM revlog WHERE card_id = ? ORDER BY reviewed_at DESC, id DESC LIMIT 1",
        (card_id,),
    ).fetchone()
    if row is None or row[0] != entry.review_id:
        raise UndoError(ErrorKind.UNDO_STALE)
    conn.execute(_UPDATE_SCHEDULING, (*scheduling_values(entry.previous), card_id))
    conn.executemany(
        "UPDATE cards SET buried = 0, buried_until = NULL WHERE id = ? AND buried = 1",
        [(cid,) for cid in entry.buried_siblings],
    )
    conn.execute("DELETE FROM revlog WHERE id = ?", (entry.review_id,))
