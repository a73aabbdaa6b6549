"""The database schema and its forward migrations.

``PRAGMA user_version`` is the schema version. Each migration is a list of
statements run in one transaction together with the version bump, so a
migration is applied completely or not at all. Migrations only ever go forward;
a database with a higher version than :data:`SCHEMA_VERSION` is refused (see
:mod:`studyapp.core.store.db`).

Times are integer milliseconds since the Unix epoch, UTC.
"""

from __future__ import annotations

import sqlite3

# Version 1: cards, review log, settings.
_V1 = (
    """
    CREATE TABLE config (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE cards (
        id           INTEGER PRIMARY KEY,
        deck_id      TEXT NOT NULL,
        fact_id      TEXT NOT NULL,
        kind         TEXT NOT NULL,
        state        INTEGER NOT NULL DEFAULT 0 CHECK (state BETWEEN 0 AND 3),
        step         INTEGER,
        stability    REAL,
        difficulty   REAL,
        due          INTEGER NOT NULL,
        last_review  INTEGER,
        reps         INTEGER NOT NULL DEFAULT 0,
        lapses       INTEGER NOT NULL DEFAULT 0,
        suspended    INTEGER NOT NULL DEFAULT 0,
        buried       INTEGER NOT NULL DEFAULT 0,
        buried_until INTEGER,
        hidden       INTEGER NOT NULL DEFAULT 0,
        created_at   INTEGER NOT NULL,
        UNIQUE (deck_id, fact_id, kind)
    )
    """,
    # The due queue: only cards that can be shown are indexed, ordered by state
    # then due, so "next learning/review/new card" is one index seek.
    """
    CREATE INDEX cards_queue ON cards (state, due)
        WHERE suspended = 0 AND buried = 0 AND hidden = 0
    """,
    "CREATE INDEX cards_buried ON cards (buried_until) WHERE buried = 1",
    """
    CREATE TABLE revlog (
        id           INTEGER PRIMARY KEY,
        card_id      INTEGER NOT NULL REFERENCES cards (id),
        reviewed_at  INTEGER NOT NULL,
        rating       INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 4),
        state_before INTEGER NOT NULL,
        state_after  INTEGER NOT NULL,
        due_after    INTEGER NOT NULL,
        stability    REAL,
        difficulty   REAL,
        duration_ms  INTEGER NOT NULL DEFAULT 0
    )
    """,
    "CREATE INDEX revlog_card ON revlog (card_id, reviewed_at)",
    "CREATE INDEX revlog_time ON revlog (reviewed_at)",
)

# Version 2: each card's topic (for mastery per topic) and timed-quiz attempts.
_V2 = (
    "ALTER TABLE cards ADD COLUMN topic TEXT NOT NULL DEFAULT ''",
    """
    CREATE TABLE quiz_attempts (
        id          INTEGER PRIMARY KEY,
        started_at  INTEGER NOT NULL,
        finished_at INTEGER,
        setup       TEXT NOT NULL DEFAULT '{}'
    )
    """,
    """
    CREATE TABLE quiz_answers (
        id            INTEGER PRIMARY KEY,
        attempt_id    INTEGER NOT NULL REFERENCES quiz_attempts (id) ON DELETE CASCADE,
        position      INTEGER NOT NULL,
        facts         TEXT NOT NULL,
        question_type TEXT NOT NULL,
        outcome       TEXT NOT NULL,
        answer        TEXT NOT NULL DEFAULT '',
        time_ms       INTEGER NOT NULL DEFAULT 0,
        answered_at   INTEGER NOT NULL,
        UNIQUE (attempt_id, position)
    )
    """,
    "CREATE INDEX quiz_answers_time ON quiz_answers (answered_at)",
)

# Version 3: the reader's push-back on generated questions. Answers they marked
# right ("I was right"), accepted from then on for that fact (the built-in deck
# is never edited); reported questions, whose form is not asked again; and the
# options each multiple-choice answer was shown and which one was picked.
_V3 = (
    """
    CREATE TABLE accepted_answers (
        deck_id    TEXT NOT NULL,
        fact_id    TEXT NOT NULL,
        answer     TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (deck_id, fact_id, answer)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE question_reports (
        id            INTEGER PRIMARY KEY,
        deck_id       TEXT NOT NULL,
        fact_id       TEXT NOT NULL,
        question_type TEXT NOT NULL,
        reason        TEXT NOT NULL,
        prompt        TEXT NOT NULL DEFAULT '',
        created_at    INTEGER NOT NULL
    )
    """,
    "CREATE INDEX question_reports_fact ON question_reports (deck_id, fact_id)",
    "ALTER TABLE quiz_answers ADD COLUMN options TEXT NOT NULL DEFAULT '[]'",
    "ALTER TABLE quiz_answers ADD COLUMN picked INTEGER",
)

# Version 4: per-deck scheduling options and today's custom study. A NULL option
# means "the default" (the scheduling settings); the extension adds to the deck's
# limits on the reader's day ``extend_day`` only.
_V4 = (
    """
    CREATE TABLE deck_options (
        deck_id           TEXT PRIMARY KEY,
        new_per_day       INTEGER CHECK (new_per_day >= 0),
        reviews_per_day   INTEGER CHECK (reviews_per_day >= 0),
        desired_retention REAL CHECK (desired_retention BETWEEN 0.5 AND 0.99),
        new_order         TEXT,
        extend_day        TEXT,
        extend_new        INTEGER NOT NULL DEFAULT 0,
        extend_reviews    INTEGER NOT NULL DEFAULT 0
    ) WITHOUT ROWID
    """,
)

# Version 5: what an Anki user reaches for. A card's flag (1 red, 2 orange, 3 green,
# 4 blue, as Anki numbers them; no row: no flag), in a table of its own so the review
# queue's reads are unchanged; and each quiz answer's question and right answer as
# they were shown, so a past attempt can be opened from History.
_V5 = (
    """
    CREATE TABLE card_flags (
        card_id INTEGER PRIMARY KEY REFERENCES cards (id),
        flag    INTEGER NOT NULL CHECK (flag BETWEEN 1 AND 4)
    )
    """,
    "ALTER TABLE quiz_answers ADD COLUMN prompt TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE quiz_answers ADD COLUMN right_answer TEXT NOT NULL DEFAULT ''",
)

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    _V1,
    _V2,
    _V3,
    _V4,
    _V5,
)  # MIGRATIONS[n - 1] brings n-1 to n
SCHEMA_VERSION = len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(conn: sqlite3.Connection, *, target: int = SCHEMA_VERSION) -> list[int]:
    """Bring the schema up to ``target``, one transaction per version.

    Returns the versions applied. ``conn`` must be in autocommit mode
    (``isolation_level=None``).
    """
    applied: list[int] = []
    current = user_version(conn)
    for version in range(current + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[version - 1]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version:d}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied
