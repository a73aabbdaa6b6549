"""The reader's push-back kept in their progress: accepted answers, reports,
the options each multiple-choice answer showed and picked; and the migration
that adds them to a database of the previous version."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from studyapp.core.store import SCHEMA_VERSION, QuizAnswer, QuizOutcome, Store
from studyapp.core.store.records import FactKey
from studyapp.core.store.schema import MIGRATIONS, migrate

from .conftest import StoreFactory

F1 = FactKey("deck", "f1")


def test_accepted_answers_are_kept_once_per_fact(store: Store) -> None:
    assert store.accept_answer(F1, " 二十幾位 ")
    assert not store.accept_answer(F1, "二十幾位")  # already accepted
    assert not store.accept_answer(F1, "   ")  # nothing to accept
    store.accept_answer(FactKey("deck", "f2"), "上海市")
    assert store.accepted_answers() == {F1: ("二十幾位",), FactKey("deck", "f2"): ("上海市",)}


def test_reports_are_listed_newest_first(store: Store) -> None:
    store.report_question(F1, "mcq", " two options fit ", "Which one?")
    store.report_question(FactKey("deck", "f2"), "truefalse", "it is true", "A statement.")
    reports = store.question_reports()
    assert [(r.fact, r.question_type, r.reason, r.prompt) for r in reports] == [
        (FactKey("deck", "f2"), "truefalse", "it is true", "A statement."),
        (F1, "mcq", "two options fit", "Which one?"),
    ]


def test_the_options_shown_and_picked_are_kept_and_an_answer_can_be_overruled(
    store: Store,
) -> None:
    attempt = store.start_quiz({"count": 2})
    store.record_quiz_answer(
        attempt,
        QuizAnswer(
            (F1,), "mcq", QuizOutcome.WRONG, "B", 900, options=("A", "B", "C", "D"), picked=1
        ),
    )
    store.record_quiz_answer(attempt, QuizAnswer((F1,), "typed", QuizOutcome.WRONG, "廿"))
    store.overrule_quiz_answer(attempt, 1)
    loaded = store.finish_quiz(attempt)
    first, second = (r.answer for r in loaded.answers)
    assert (first.options, first.picked, first.outcome) == (
        ("A", "B", "C", "D"),
        1,
        QuizOutcome.WRONG,
    )
    assert (second.options, second.picked, second.outcome) == ((), None, QuizOutcome.CORRECT)
    assert loaded.correct == 1
    assert QuizAnswer.from_dict(first.to_dict()) == first


def test_a_version_2_database_gains_the_push_back_tables(
    make_store: StoreFactory, db_path: Path
) -> None:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(db_path, isolation_level=None)
    migrate(conn, target=len(MIGRATIONS) - 1)
    conn.execute("INSERT INTO quiz_attempts (id, started_at, setup) VALUES (1, 0, '{}')")
    conn.execute(
        "INSERT INTO quiz_answers (attempt_id, position, facts, question_type, outcome, answer, "
        "time_ms, answered_at) VALUES (1, 0, '[[\"deck\", \"f1\"]]', 'mcq', 'wrong', 'B', 5, 0)"
    )
    conn.close()
    store = make_store()
    assert store.schema_version == SCHEMA_VERSION
    old = store.quiz_attempt(1).answers[0].answer
    assert (old.answer, old.options, old.picked) == ("B", (), None)  # kept, with defaults
    assert store.accepted_answers() == {} and store.question_reports() == []
    store.accept_answer(F1, "x")
    assert store.accepted_answers() == {F1: ("x",)}
