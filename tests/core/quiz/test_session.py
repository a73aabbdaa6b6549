"""The quiz session state machine, driven by a fake monotonic clock."""

from __future__ import annotations

import pytest

from studyapp.core.questions.model import QuestionType
from studyapp.core.quiz import (
    Feedback,
    LimitMode,
    QuizError,
    QuizSession,
    QuizSetup,
    QuizState,
    results_of,
)
from studyapp.core.store import FactKey, QuizOutcome, Store

from .conftest import RIGHT, WRONG, FakeMonotonic, q

MCQS = [q(QuestionType.MCQ, n) for n in range(4)]


def session(
    mono: FakeMonotonic,
    questions: list = MCQS,  # type: ignore[type-arg]
    *,
    store: Store | None = None,
    **setup: object,
) -> QuizSession:
    s = QuizSession(
        questions, QuizSetup(count=len(questions), **setup), recorder=store, monotonic=mono
    )  # type: ignore[arg-type]
    s.start()
    return s


def test_a_quiz_goes_question_answered_next_finished(mono: FakeMonotonic) -> None:
    s = QuizSession(MCQS[:2], QuizSetup(count=2), monotonic=mono)
    assert s.state is QuizState.NOT_STARTED and s.current is None
    s.start()
    assert (s.state, s.index, s.current) == (QuizState.QUESTION, 0, MCQS[0])
    mono.advance(3.25)
    item = s.answer(2)
    assert (item.outcome, item.time_ms, s.state, s.score) == (
        QuizOutcome.CORRECT,
        3250,
        QuizState.ANSWERED,
        1,
    )
    with pytest.raises(QuizError):
        s.answer(2)  # one answer per question
    mono.advance(30)  # reading the feedback is not timed
    s.next()
    assert (s.state, s.index, s.question_elapsed_ms()) == (QuizState.QUESTION, 1, 0)
    mono.advance(1)
    assert s.answer(1).outcome is QuizOutcome.WRONG
    s.next()
    assert s.state is QuizState.FINISHED and s.completed and s.current is None
    assert s.quiz_elapsed_ms() == 4250


def test_feedback_at_the_end_goes_straight_to_the_next_question(mono: FakeMonotonic) -> None:
    s = session(mono, MCQS[:2], feedback=Feedback.AT_END)
    s.answer(2)
    assert (s.state, s.index) == (QuizState.QUESTION, 1)
    s.answer(2)
    assert s.state is QuizState.FINISHED


def test_per_question_limit_times_out_at_the_exact_boundary(mono: FakeMonotonic) -> None:
    s = session(mono, limit=LimitMode.PER_QUESTION, seconds=15)
    mono.advance(14.999)
    assert s.remaining_ms() == 1
    assert s.tick() is False
    mono.advance(0.001)  # exactly 15 s
    assert s.remaining_ms() == 0
    assert s.tick() is True
    item = s.items[-1]
    assert (item.outcome, item.response, item.time_ms) == (QuizOutcome.TIMED_OUT, None, 15_000)
    assert s.state is QuizState.ANSWERED
    assert s.tick() is False  # only once


def test_an_answer_just_before_the_limit_counts_one_at_it_does_not(mono: FakeMonotonic) -> None:
    s = session(mono, limit=LimitMode.PER_QUESTION, seconds=15)
    mono.advance(14.999)
    assert s.answer(2).outcome is QuizOutcome.CORRECT
    s.next()
    mono.advance(15)
    item = s.answer(2)  # no tick came in time: the answer is still too late
    assert (item.outcome, item.time_ms) == (QuizOutcome.TIMED_OUT, 15_000)


def test_a_late_tick_records_exactly_the_limit(mono: FakeMonotonic) -> None:
    s = session(mono, limit=LimitMode.PER_QUESTION, seconds=15)
    mono.advance(16.4)
    assert s.tick() is True
    assert s.items[-1].time_ms == 15_000


def test_pause_stops_the_clock_and_refuses_answers(mono: FakeMonotonic) -> None:
    s = session(mono, limit=LimitMode.PER_QUESTION, seconds=15)
    mono.advance(10)
    s.pause()
    assert s.state is QuizState.PAUSED and s.paused
    mono.advance(600)
    assert s.tick() is False
    assert s.remaining_ms() == 5_000
    with pytest.raises(QuizError):
        s.answer(2)
    s.resume()
    assert s.state is QuizState.QUESTION
    mono.advance(4.999)
    assert s.tick() is False
    mono.advance(0.001)
    assert s.tick() is True
    assert s.items[-1].time_ms == 15_000


def test_pausing_during_feedback_returns_to_the_feedback(mono: FakeMonotonic) -> None:
    s = session(mono)
    s.answer(2)
    s.pause()
    s.resume()
    assert s.state is QuizState.ANSWERED


def test_whole_quiz_limit_ends_the_quiz(mono: FakeMonotonic, store: Store) -> None:
    s = session(mono, store=store, limit=LimitMode.PER_QUIZ, seconds=30)
    mono.advance(12)
    s.answer(2)
    mono.advance(60)  # feedback does not count
    s.next()
    s.pause()
    mono.advance(100)  # nor pauses
    s.resume()
    mono.advance(17.999)
    assert s.remaining_ms() == 1 and not s.tick()
    mono.advance(0.001)
    assert s.tick() is True
    assert s.state is QuizState.FINISHED and s.time_up and s.completed
    assert [i.outcome for i in s.items] == [
        QuizOutcome.CORRECT,
        QuizOutcome.TIMED_OUT,
        QuizOutcome.SKIPPED,
        QuizOutcome.SKIPPED,
    ]
    assert s.quiz_elapsed_ms() == 30_000
    attempt = store.quiz_attempt(s.attempt_id or 0)
    assert attempt.finished and len(attempt.answers) == 4 and attempt.correct == 1


def test_no_limit_never_times_out(mono: FakeMonotonic) -> None:
    s = session(mono, limit=LimitMode.NONE)
    mono.advance(10_000)
    assert s.remaining_ms() is None and s.tick() is False
    assert s.answer(2).time_ms == 10_000_000


def test_every_answer_is_saved_as_it_is_given(mono: FakeMonotonic, store: Store) -> None:
    s = session(mono, store=store, seconds=20)
    mono.advance(2)
    s.answer(2)
    attempt = store.quiz_attempt(s.attempt_id or 0)
    assert not attempt.finished
    assert [
        (a.answer.facts, a.answer.outcome, a.answer.answer, a.answer.time_ms)
        for a in attempt.answers
    ] == [((FactKey("d", "f0"),), QuizOutcome.CORRECT, "2021", 2000)]
    assert attempt.setup["questions"] == 4 and attempt.setup["seconds"] == 20


def test_quitting_half_way_keeps_a_partial_attempt(mono: FakeMonotonic, store: Store) -> None:
    s = session(mono, store=store)
    s.answer(2)
    s.next()
    s.answer(0)
    s.next()
    s.quit()
    assert s.state is QuizState.FINISHED and not s.completed
    attempt = store.quiz_attempt(s.attempt_id or 0)
    assert not attempt.finished
    assert [a.answer.outcome for a in attempt.answers] == [QuizOutcome.CORRECT, QuizOutcome.WRONG]
    assert attempt.missed_facts() == [FactKey("d", "f1")]
    r = results_of(s)
    assert (r.score, r.answered, r.total, r.completed) == (1, 2, 4, False)


def test_finishing_marks_the_attempt_finished(mono: FakeMonotonic, store: Store) -> None:
    s = session(mono, MCQS[:1], store=store, feedback=Feedback.AT_END)
    s.answer(2)
    assert store.quiz_attempt(s.attempt_id or 0).finished


class BrokenStore:
    def start_quiz(self, setup: object) -> int:
        return 1

    def record_quiz_answer(self, attempt_id: int, answer: object) -> int:
        from studyapp.core.store import ReadOnlyStoreError

        raise ReadOnlyStoreError()

    def finish_quiz(self, attempt_id: int) -> object:
        raise AssertionError("not after a failure")


def test_a_failing_store_does_not_stop_the_quiz(mono: FakeMonotonic) -> None:
    s = QuizSession(
        MCQS[:2],
        QuizSetup(count=2, feedback=Feedback.AT_END),
        recorder=BrokenStore(),
        monotonic=mono,
    )  # type: ignore[arg-type]
    s.start()
    s.answer(2)
    assert s.save_error is not None
    s.answer(2)
    assert s.state is QuizState.FINISHED and s.score == 2


ALL = list(QuestionType)


@pytest.mark.parametrize("kind", ALL, ids=[k.value for k in ALL])
def test_every_type_is_scored(mono: FakeMonotonic, kind: QuestionType) -> None:
    s = session(mono, [q(kind, 0), q(kind, 1), q(kind, 2)], feedback=Feedback.AT_END)
    assert s.answer(RIGHT[kind]).outcome is QuizOutcome.CORRECT
    assert s.answer(WRONG[kind]).outcome is QuizOutcome.WRONG
    assert s.skip().outcome is QuizOutcome.SKIPPED
    assert s.score == 1


def test_results_per_type_and_topic(mono: FakeMonotonic) -> None:
    questions = [
        q(QuestionType.MCQ, 0, topic="a"),
        q(QuestionType.TRUEFALSE, 1, topic="a"),
        q(QuestionType.TRUEFALSE, 2, topic="b"),
        q(QuestionType.ORDERING, 3, topic="b"),
    ]
    s = session(mono, questions, feedback=Feedback.AT_END)
    for response in (2, True, False, (2, 0, 1)):
        mono.advance(2)
        s.answer(response)
    r = results_of(s)
    assert (r.score, r.total, r.percent, r.time_ms) == (3, 4, 75.0, 8000)
    assert {k.value: (v.correct, v.total) for k, v in r.by_type.items()} == {
        "mcq": (1, 1),
        "truefalse": (1, 2),
        "ordering": (1, 1),
    }
    assert list(r.by_type) == [QuestionType.MCQ, QuestionType.TRUEFALSE, QuestionType.ORDERING]
    assert {k: (v.correct, v.total) for k, v in r.by_topic.items()} == {
        ("d", "a"): (2, 2),
        ("d", "b"): (1, 2),
    }
    assert [i.question.id for i in r.mistakes] == ["truefalse-2"]
    assert s.missed_facts() == [FactKey("d", "f2")]


def test_retry_my_mistakes_asks_exactly_the_missed_questions(mono: FakeMonotonic) -> None:
    s = session(mono, feedback=Feedback.AT_END)
    for response in (2, 0, 2, 1):
        s.answer(response)
    mistakes = s.mistakes()
    assert [m.id for m in mistakes] == ["mcq-1", "mcq-3"]
    retry_setup = s.setup.retry(tuple(s.missed_facts()), len(mistakes), seed=5)
    again = QuizSession(mistakes, retry_setup, monotonic=mono)
    again.start()
    assert again.total == 2 and again.current is not None and again.current.id == "mcq-1"
    assert retry_setup.to_dict()["facts"] == [["d", "f1"], ["d", "f3"]]
