"""Cards in the database: syncing them from decks, looking them up, and the
reader's manual actions (suspend, bury, reset, "due now").

A card is identified by (deck id, fact id, kind), never by the fact's wording,
so editing a question keeps its history. A fact that leaves a deck keeps its
cards and their history, hidden; they come back when the fact does.

The functions take an open connection; the caller owns the transaction.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from studyapp.core.deck.model import CardKind
from studyapp.core.store.records import (
    CARD_COLUMNS,
    MANUAL_RATING,
    CardRecord,
    CardState,
    DueNow,
    FactKey,
    SyncResult,
    card_from_row,
)

_CHUNK = 500  # host parameters per IN (...) list, well under SQLite's limit


def chunks(ids: Sequence[int], size: int = _CHUNK) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def placeholders(n: int) -> str:
    return ",".join("?" * n)


def get_card(conn: sqlite3.Connection, card_id: int) -> CardRecord | None:
    row = conn.execute(f"SELECT {CARD_COLUMNS} FROM cards WHERE id = ?", (card_id,)).fetchone()
    return card_from_row(row) if row is not None else None


def find_card(
    conn: sqlite3.Connection, deck_id: str, fact_id: str, kind: CardKind
) -> CardRecord | None:
    row = conn.execute(
        f"SELECT {CARD_COLUMNS} FROM cards WHERE deck_id = ? AND fact_id = ? AND kind = ?",
        (deck_id, fact_id, kind.value),
    ).fetchone()
    return card_from_row(row) if row is not None else None


def cards_of_facts(conn: sqlite3.Connection, facts: Iterable[FactKey]) -> list[CardRecord]:
    out: list[CardRecord] = []
    for deck_id, fact_id in dict.fromkeys(facts):
        rows = conn.execute(
            f"SELECT {CARD_COLUMNS} FROM cards WHERE deck_id = ? AND fact_id = ? ORDER BY id",
            (deck_id, fact_id),
        ).fetchall()
        out.extend(card_from_row(r) for r in rows)
    return out


def sync_deck(
    conn: sqlite3.Connection,
    deck_id: str,
    facts: Iterable[tuple[str, str]],
    kinds: Iterable[CardKind],
    now_ms: int,
) -> SyncResult:
    """Make the deck's visible cards exactly ``facts`` × ``kinds``.

    ``facts`` are (fact id, topic id) pairs in deck order; new cards enter the
    new queue in that order. Cards of absent facts or of kinds not asked for
    are hidden, never deleted. A deck synced again unchanged (the usual case at
    start-up) is recognised by a fingerprint and costs no reads of its cards.
    """
    kind_values = [CardKind(k).value for k in dict.fromkeys(kinds)]
    fact_list = list(facts)
    fingerprint = _fingerprint(fact_list, kind_values)
    key = f"sync/{deck_id}"
    row = conn.execute("SELECT value FROM config WHERE key = ?", (key,)).fetchone()
    if row is not None and json.loads(row[0]) == fingerprint:
        return SyncResult()

    wanted: dict[tuple[str, str], str] = {}
    for fact_id, topic in fact_list:
        for kind in kind_values:
            wanted.setdefault((fact_id, kind), topic)

    existing: dict[tuple[str, str], tuple[int, int, str]] = {
        (fact_id, kind): (card_id, hidden, topic)
        for card_id, fact_id, kind, hidden, topic in conn.execute(
            # a table scan is faster than the (deck_id, …) index when reading a whole deck
            "SELECT id, fact_id, kind, hidden, topic FROM cards WHERE +deck_id = ?",
            (deck_id,),
        )
    }
    inserts: list[tuple[str, str, str, str, int, int]] = []
    restore: list[tuple[int]] = []
    retopic: list[tuple[str, int]] = []
    for wanted_key, topic in wanted.items():
        found = existing.get(wanted_key)
        if found is None:
            inserts.append((deck_id, wanted_key[0], wanted_key[1], topic, now_ms, now_ms))
            continue
        card_id, hidden, old_topic = found
        if hidden:
            restore.append((card_id,))
        if old_topic != topic:
            retopic.append((topic, card_id))
    hide = [(cid,) for k, (cid, hidden, _t) in existing.items() if k not in wanted and not hidden]

    conn.executemany(
        "INSERT INTO cards (deck_id, fact_id, kind, topic, due, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        inserts,
    )
    conn.executemany("UPDATE cards SET hidden = 0 WHERE id = ?", restore)
    conn.executemany("UPDATE cards SET hidden = 1 WHERE id = ?", hide)
    conn.executemany("UPDATE cards SET topic = ? WHERE id = ?", retopic)
    conn.execute(
        "INSERT INTO config (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, json.dumps(fingerprint)),
    )
    return SyncResult(
        added=len(inserts), hidden=len(hide), restored=len(restore), retopiced=len(retopic)
    )


def _fingerprint(facts: Sequence[tuple[str, str]], kinds: Sequence[str]) -> str:
    digest = hashlib.sha256("\x1e".join(kinds).encode())
    for fact_id, topic in facts:
        digest.update(f"\x1e{fact_id}\x1f{topic}".encode())
    return digest.hexdigest()


def set_suspended(conn: sqlite3.Connection, card_ids: Sequence[int], suspended: bool) -> int:
    changed = 0
    for part in chunks(card_ids):
        cur = conn.execute(
            f"UPDATE cards SET suspended = ? WHERE suspended <> ? AND id IN ({placeholders(len(part))})",
            (int(suspended), int(suspended), *part),
        )
        changed += cur.rowcount
    return changed


def bury(conn: sqlite3.Connection, card_ids: Sequence[int], until_ms: int) -> int:
    """Hide cards from the queue until ``until_ms`` (the start of the reader's next day)."""
    changed = 0
    for part in chunks(card_ids):
        cur = conn.execute(
            f"UPDATE cards SET buried = 1, buried_until = ? "
            f"WHERE buried = 0 AND id IN ({placeholders(len(part))})",
            (until_ms, *part),
        )
        changed += cur.rowcount
    return changed


def unbury(conn: sqlite3.Connection, card_ids: Sequence[int]) -> int:
    changed = 0
    for part in chunks(card_ids):
        cur = conn.execute(
            f"UPDATE cards SET buried = 0, buried_until = NULL "
            f"WHERE buried = 1 AND id IN ({placeholders(len(part))})",
            tuple(part),
        )
        changed += cur.rowcount
    return changed


def unbury_expired(conn: sqlite3.Connection, now_ms: int) -> int:
    """Return buried cards to the queue once their day is over."""
    cur = conn.execute(
        "UPDATE cards SET buried = 0, buried_until = NULL WHERE buried = 1 AND buried_until <= ?",
        (now_ms,),
    )
    return cur.rowcount


def any_buried_expired(conn: sqlite3.Connection, now_ms: int) -> bool:
    row = conn.execute(
        "SELECT 1 FROM cards WHERE buried = 1 AND buried_until <= ? LIMIT 1", (now_ms,)
    ).fetchone()
    return row is not None


def reset(conn: sqlite3.Connection, card_ids: Sequence[int], now_ms: int) -> int:
    """Make cards new again, at the end of the new queue.

    Their review history stays; a manual review-log row (rating 0) marks the
    reset, so the optimizer starts each card's history after it.
    """
    changed = 0
    for card_id in dict.fromkeys(card_ids):
        row = conn.execute("SELECT state FROM cards WHERE id = ?", (card_id,)).fetchone()
        if row is None or row[0] == CardState.NEW:
            continue
        conn.execute(
            "UPDATE cards SET state = 0, step = NULL, stability = NULL, difficulty = NULL, "
            "due = ?, last_review = NULL, reps = 0, lapses = 0 WHERE id = ?",
            (now_ms, card_id),
        )
        conn.execute(
            "INSERT INTO revlog (card_id, reviewed_at, rating, state_before, state_after, "
            "due_after, stability, difficulty, duration_ms) VALUES (?, ?, ?, ?, 0, ?, NULL, NULL, 0)",
            (card_id, now_ms, MANUAL_RATING, row[0], now_ms),
        )
        changed += 1
    return changed


@dataclass(frozen=True, slots=True)
class Marked:
    """The cards :func:`mark_due_now` changed (as they were before) and the tally."""

    cards: list[CardRecord]
    result: DueNow


def mark_due_now(conn: sqlite3.Connection, facts: Iterable[FactKey], now_ms: int) -> Marked:
    """Make a missed fact's cards due now: studied cards keep their memory state and
    become due now; new cards start learning now (state learning, first step, no
    memory state yet: their first answer is scheduled exactly as a new card's),
    so no daily new-card limit holds them back. Buried cards come back; suspended
    and hidden cards stay out."""
    changed: list[CardRecord] = []
    studied = started = suspended = 0
    for deck_id, fact_id in dict.fromkeys(facts):
        rows = conn.execute(
            f"SELECT {CARD_COLUMNS} FROM cards WHERE deck_id = ? AND fact_id = ? AND hidden = 0 "
            "ORDER BY id",
            (deck_id, fact_id),
        ).fetchall()
        for card in map(card_from_row, rows):
            if card.suspended:
                suspended += 1
                continue
            if card.state is CardState.NEW:
                conn.execute(
                    "UPDATE cards SET state = 1, step = 0, due = ?, buried = 0, "
                    "buried_until = NULL WHERE id = ?",
                    (now_ms, card.id),
                )
                started += 1
            else:
                conn.execute(
                    "UPDATE cards SET due = ?, buried = 0, buried_until = NULL WHERE id = ?",
                    (now_ms, card.id),
                )
                studied += 1
            changed.append(card)
    return Marked(changed, DueNow(studied=studied, started=started, suspended=suspended))


# -- flags (Anki's four colours, by number) ------------------------------------------------
FLAGS = (1, 2, 3, 4)  # red, orange, green, blue


def set_flag(conn: sqlite3.Connection, card_ids: Sequence[int], flag: int) -> int:
    """Give cards ``flag`` (1–4), or take their flag away (0); returns how many changed."""
    if flag and flag not in FLAGS:
        raise ValueError(f"a flag is 0 (none) or 1-4, not {flag}")
    changed = 0
    for part in chunks(card_ids):
        marks = placeholders(len(part))
        if flag:
            cur = conn.execute(
                f"INSERT INTO card_flags (card_id, flag) SELECT id, ? FROM cards "
                f"WHERE id IN ({marks}) ON CONFLICT (card_id) DO UPDATE SET flag = excluded.flag "
                f"WHERE flag != excluded.flag",
                (flag, *part),
            )
        else:
            cur = conn.execute(f"DELETE FROM card_flags WHERE card_id IN ({marks})", tuple(part))
        changed += cur.rowcount
    return changed


def flags_of(conn: sqlite3.Connection, card_ids: Sequence[int] | None = None) -> dict[int, int]:
    """The flag of each flagged card among ``card_ids`` (every flagged card if None)."""
    if card_ids is None:
        return {int(c): int(f) for c, f in conn.execute("SELECT card_id, flag FROM card_flags")}
    out: dict[int, int] = {}
    for part in chunks(card_ids):
        rows = conn.execute(
            f"SELECT card_id, flag FROM card_flags WHERE card_id IN ({placeholders(len(part))})",
            tuple(part),
        )
        out.update((int(c), int(f)) for c, f in rows)
    return out
