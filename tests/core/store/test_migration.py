"""An older database is migrated forward, keeping every card and review."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from studyapp.core.deck.model import CardKind
from studyapp.core.store import (
    SCHEMA_VERSION,
    CardState,
    DeckOptions,
    NewOrder,
    QuizAnswer,
    QuizOutcome,
)
from studyapp.core.store.records import FactKey

from .conftest import T0, StoreFactory

# Schema version 1 as it was shipped: a frozen copy, deliberately not imported
# from schema.py, so the fixture stays what old files on disk look like.
V1_DDL = """
CREATE TABLE config (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE cards (
    id INTEGER PRIMARY KEY, deck_id TEXT NOT NULL, fact_id TEXT NOT NULL, kind TEXT NOT NULL,
    state INTEGER NOT NULL DEFAULT 0 CHECK (state BETWEEN 0 AND 3), step INTEGER,
    stability REAL, difficulty REAL, due INTEGER NOT NULL, last_review INTEGER,
    reps INTEGER NOT NULL DEFAULT 0, lapses INTEGER NOT NULL DEFAULT 0,
    suspended INTEGER NOT NULL DEFAULT 0, buried INTEGER NOT NULL DEFAULT 0,
    buried_until INTEGER, hidden INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL,
    UNIQUE (deck_id, fact_id, kind)
);
CREATE INDEX cards_queue ON cards (state, due) WHERE suspended = 0 AND buried = 0 AND hidden = 0;
CREATE INDEX cards_buried ON cards (buried_until) WHERE buried = 1;
CREATE TABLE revlog (
    id INTEGER PRIMARY KEY, card_id INTEGER NOT NULL REFERENCES cards (id),
    reviewed_at INTEGER NOT NULL, rating INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 4),
    state_before INTEGER NOT NULL, state_after INTEGER NOT NULL, due_after INTEGER NOT NULL,
    stability REAL, difficulty REAL, duration_ms INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX revlog_card ON revlog (card_id, reviewed_at);
CREATE INDEX revlog_time ON revlog (reviewed_at);
PRAGMA user_version = 1;
"""

T0_MS = int(T0.timestamp() * 1000)
DAY = 86_400_000


def write_v1_fixture(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.executescript(V1_DDL)
    conn.execute(
        "INSERT INTO config VALUES ('settings', '{\"desired_retention\": 0.85}'), "
        "('fuzz_salt', '12345')"
    )
    conn.execute(
        "INSERT INTO cards (id, deck_id, fact_id, kind, state, stability, difficulty, due, "
        "last_review, reps, created_at) VALUES "
        "(1, 'deck', 'f1', 'qa', 2, 10.5, 5.25, ?, ?, 3, ?), "
        "(2, 'deck', 'f1', 'cloze', 0, NULL, NULL, ?, NULL, 0, ?)",
        (T0_MS + 3 * DAY, T0_MS - 7 * DAY, T0_MS - 30 * DAY, T0_MS - 30 * DAY, T0_MS - 30 * DAY),
    )
    conn.executemany(
        "INSERT INTO revlog (card_id, reviewed_at, rating, state_before, state_after, due_after, "
        "stability, difficulty, duration_ms) VALUES (1, ?, ?, ?, ?, ?, NULL, NULL, 4000)",
        [
            (T0_MS - 30 * DAY, 3, 0, 1, T0_MS - 30 * DAY + 600_000),
            (T0_MS - 29 * DAY, 3, 1, 2, T0_MS - 7 * DAY),
            (T0_MS - 7 * DAY, 3, 2, 2, T0_MS + 3 * DAY),
        ],
    )
    conn.commit()
    conn.close()


def test_v1_database_is_migrated_with_its_data(make_store: StoreFactory, db_path: Path) -> None:
    write_v1_fixture(db_path)
    store = make_store()
    conn = store._conn
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    card = store.card(1)
    assert (card.deck_id, card.fact_id, card.kind) == ("deck", "f1", CardKind.QA)
    assert card.state is CardState.REVIEW and card.stability == 10.5 and card.reps == 3
    assert card.topic == ""  # new column, default
    assert [r.rating for r in store.review_log(1)] == [3, 3, 3]
    assert store.settings.desired_retention == 0.85  # old settings kept, new keys defaulted
    assert store.settings.new_per_day == 20
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    # the new parts of the schema work
    store.sync_cards("deck", [("f1", "origins")], [CardKind.QA, CardKind.CLOZE])
    assert store.card(1).topic == "origins"
    attempt = store.start_quiz({"size": 1})
    store.record_quiz_answer(
        attempt, QuizAnswer((FactKey("deck", "f1"),), "choice", QuizOutcome.CORRECT)
    )
    assert store.quiz_attempt(attempt).correct == 1


def test_a_backup_is_taken_before_migrating(make_store: StoreFactory, db_path: Path) -> None:
    write_v1_fixture(db_path)
    store = make_store()
    backups = store.backups()
    assert len(backups) == 1
    old = sqlite3.connect(backups[0].path)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old.execute("SELECT count(*) FROM revlog").fetchone()[0] == 3
    old.close()


def test_reopening_a_current_database_migrates_nothing(
    make_store: StoreFactory, db_path: Path
) -> None:
    make_store().close()
    store = make_store()
    assert store.backups() == []


def test_a_version_2_database_gains_deck_options(make_store: StoreFactory, db_path: Path) -> None:
    """Step 3 of the schema adds the per-deck options and today's custom study; the
    cards, reviews and settings of version 2 are untouched."""
    from studyapp.core.store.schema import migrate

    write_v1_fixture(db_path)
    conn = sqlite3.connect(db_path, isolation_level=None)
    migrate(conn, target=2)
    conn.close()
    store = make_store()
    conn = store._conn
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 3
    assert conn.execute("SELECT count(*) FROM deck_options").fetchone()[0] == 0
    assert store.card(1).stability == 10.5
    assert store.settings.desired_retention == 0.85
    assert store.settings.reviews_per_day == 200  # a new setting: its default
    assert store.deck_options("deck").is_default
    store.set_deck_options("deck", DeckOptions(new_per_day=5, new_order=NewOrder.TOPIC))
    store.extend_today("deck", new=3)
    assert conn.execute(
        "SELECT new_per_day, new_order, extend_new FROM deck_options WHERE deck_id = 'deck'"
    ).fetchone() == (5, "topic", 3)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
