"""Issue 14 in the quiz core: a limit per question scaled by the work the question
asks, results whose time is what History adds up, and each answer stored with its
question and right answer."""

from __future__ import annotations

import pytest

from studyapp.core.questions.model import QuestionType
from studyapp.core.quiz import LimitMode, QuizSession, QuizSetup, results_of
from studyapp.core.quiz.history import summarize
from studyapp.core.quiz.setup import work
from studyapp.core.store import Store

from .conftest import RIGHT, WRONG, FakeMonotonic, q

SIX_PAIRS = {
    "left": tuple("ABCDEF"),
    "right": tuple("abcdef"),
    "pairing": (0, 1, 2, 3, 4, 5),
}
FIVE_ITEMS = {"items": tuple("VWXYZ"), "order": (0, 1, 2, 3, 4), "item_dates": ("",) * 5}


@pytest.mark.parametrize(
    ("kind", "fields", "seconds"),
    [
        (QuestionType.TRUEFALSE, {}, 20),
        (QuestionType.MCQ, {}, 20),
        (QuestionType.FLASHCARD, {}, 20),
        (QuestionType.TYPED, {}, 30),
        (QuestionType.CLOZE, {}, 30),
        (QuestionType.MATCHING, SIX_PAIRS, 60),
        (QuestionType.ORDERING, FIVE_ITEMS, 50),
        (QuestionType.MATCHING, {}, 30),  # three pairs
    ],
)
def test_the_limit_per_question_grows_with_the_work(
    kind: QuestionType, fields: dict[str, object], seconds: int
) -> None:
    setup = QuizSetup(limit=LimitMode.PER_QUESTION, seconds=20)
    question = q(kind, **fields)
    assert setup.question_limit_ms(question) == seconds * 1000
    assert work(question) == seconds / 20
    assert QuizSetup(limit=LimitMode.PER_QUIZ, seconds=20).question_limit_ms(question) is None


def test_a_session_counts_down_each_questions_own_limit(mono: FakeMonotonic) -> None:
    questions = [q(QuestionType.TRUEFALSE, 0), q(QuestionType.MATCHING, 1, **SIX_PAIRS)]
    session = QuizSession(
        questions, QuizSetup(limit=LimitMode.PER_QUESTION, seconds=10), monotonic=mono
    )
    session.start()
    assert session.limit_ms == 10_000
    mono.advance(10)
    assert session.tick()  # true/false: time's up after 10 s
    session.next()
    assert session.limit_ms == 30_000
    mono.advance(25)
    assert not session.tick()  # six pairs: 25 s is still in time
    assert session.remaining_ms() == 5_000
    session.answer((0, 1, 2, 3, 4, 5))
    assert session.last is not None and session.last.correct


def test_results_of_an_abandoned_quiz_say_the_time_history_says(
    mono: FakeMonotonic, store: Store
) -> None:
    questions = [q(QuestionType.MCQ, n) for n in range(3)]
    session = QuizSession(questions, QuizSetup(count=3), recorder=store, monotonic=mono)
    session.start()
    mono.advance(2.5)
    session.answer(WRONG[QuestionType.MCQ])
    session.next()
    mono.advance(1.1)  # then the reader quits in the middle of the second question
    session.quit()
    results = results_of(session)
    assert session.attempt_id is not None
    history = summarize(store.quiz_attempt(session.attempt_id))
    assert results.time_ms == history.time_ms == 2500
    assert not history.finished


def test_every_answer_is_stored_with_its_question_and_right_answer(
    mono: FakeMonotonic, store: Store
) -> None:
    kinds = [QuestionType.TRUEFALSE, QuestionType.MCQ, QuestionType.ORDERING]
    session = QuizSession(
        [q(k, n) for n, k in enumerate(kinds)], QuizSetup(count=3), recorder=store, monotonic=mono
    )
    session.start()
    for kind in kinds:
        session.answer(RIGHT[kind])
        session.next()
    assert session.attempt_id is not None
    stored = [r.answer for r in store.quiz_attempt(session.attempt_id).answers]
    assert [a.prompt for a in stored] == ["問題 0", "問題 1", "問題 2"]
    assert [a.right for a in stored] == ["true", "2021", "A → B → C"]
