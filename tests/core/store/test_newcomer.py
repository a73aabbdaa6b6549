"""Issue 14 in the store: flags (Anki's four colours), a quiz answer's question and
right answer kept for History, what a backup holds, and the migration that adds them."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from studyapp.core.store import (
    SCHEMA_VERSION,
    FactKey,
    QuizAnswer,
    QuizOutcome,
    Rating,
    Store,
    StoreError,
    summarize_backup,
)
from studyapp.core.store.backup import list_backups
from studyapp.core.store.schema import MIGRATIONS, migrate

from .conftest import QA, T0, FakeClock, StoreFactory, facts


def test_flags_are_set_changed_and_taken_away(store: Store) -> None:
    store.sync_cards("d", facts(3), QA)
    ids = [c.id for c in store.all_cards()]
    assert store.flags() == {}
    assert store.set_flag(ids[:2], 1) == 2
    assert store.flags() == {ids[0]: 1, ids[1]: 1}
    assert store.set_flag([ids[0]], 4) == 1
    assert store.set_flag([ids[0]], 4) == 0  # already blue
    assert store.flags([ids[0], ids[2]]) == {ids[0]: 4}
    assert store.set_flag([ids[0]], 0) == 1
    assert store.flags() == {ids[1]: 1}
    assert store.set_flag([999_999], 2) == 0  # no such card: nothing flagged
    with pytest.raises(ValueError):
        store.set_flag(ids, 5)


def test_a_flag_leaves_the_review_queue_as_it_was(store: Store) -> None:
    store.sync_cards("d", facts(2), QA)
    first = store.next_card()
    assert first is not None
    store.set_flag([first.id], 2)
    assert store.next_card() == first  # a flag is a note to oneself, not a state
    store.answer(first.id, Rating.GOOD)
    assert store.flags() == {first.id: 2}


def test_a_quiz_answer_keeps_its_question_and_right_answer(store: Store) -> None:
    attempt = store.start_quiz({"questions": 1})
    store.record_quiz_answer(
        attempt,
        QuizAnswer(
            (FactKey("d", "f0"),), "truefalse", QuizOutcome.WRONG, "true", 900,
            prompt="Anthropic 成立於 2021 年。", right="false",
        ),
    )  # fmt: skip
    kept = store.quiz_attempt(attempt).answers[0].answer
    assert (kept.prompt, kept.right, kept.answer) == ("Anthropic 成立於 2021 年。", "false", "true")


def test_a_version_4_database_gains_flags_and_the_questions_of_answers(
    make_store: StoreFactory, db_path: Path
) -> None:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(db_path, isolation_level=None)
    migrate(conn, target=4)
    conn.execute("INSERT INTO quiz_attempts (id, started_at, setup) VALUES (1, 0, '{}')")
    conn.execute(
        "INSERT INTO quiz_answers (attempt_id, position, facts, question_type, outcome, answer, "
        "time_ms, answered_at) VALUES (1, 0, '[[\"d\", \"f1\"]]', 'mcq', 'wrong', 'B', 5, 0)"
    )
    conn.close()
    store = make_store()
    assert store.schema_version == SCHEMA_VERSION == len(MIGRATIONS)
    old = store.quiz_attempt(1).answers[0].answer
    assert (old.answer, old.prompt, old.right) == ("B", "", "")  # kept, with defaults
    store.sync_cards("d", facts(1), QA)
    card = store.all_cards()[0]
    store.set_flag([card.id], 3)
    assert store.flags() == {card.id: 3}


def test_a_read_only_store_refuses_a_flag(make_store: StoreFactory, store: Store) -> None:
    store.sync_cards("d", facts(1), QA)
    card = store.all_cards()[0]
    store.close()
    reader = make_store(readonly=True)
    with pytest.raises(StoreError):
        reader.set_flag([card.id], 1)


def test_a_backup_says_what_it_holds(store: Store, clock: FakeClock, tmp_path: Path) -> None:
    store.sync_cards("d", facts(3), QA)
    for _ in range(2):
        card = store.next_card()
        assert card is not None
        store.answer(card.id, Rating.GOOD)
        clock.advance(minutes=1)
    store.start_quiz({"questions": 1})
    store.maybe_backup(force=True)
    summary = summarize_backup(store.backups()[0])
    assert summary.usable
    assert (summary.reviews, summary.cards, summary.studied, summary.quizzes) == (2, 3, 2, 1)
    assert summary.last_review == T0 + timedelta(minutes=1)
    broken = store.backups_dir / "progress-20250101T000000Z.sqlite"
    broken.write_bytes(b"not a database at all" * 100)
    bad = next(b for b in list_backups(store.backups_dir) if b.path == broken)
    assert not summarize_backup(bad).usable
