"""A whole quiz taken with the keyboard, through the real main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studyapp.core.questions.model import Question, QuestionType
from studyapp.core.quiz import Feedback, LimitMode, QuizSetup, QuizState
from studyapp.gui.main_window import MainWindow
from studyapp.gui.quiz.answers import LETTERS, OrderingAnswer
from studyapp.gui.quiz.page import QuizPage

from .conftest import FakeMonotonic, configure

DIGIT_KEYS = [getattr(Qt.Key, f"Key_{n}") for n in range(10)]


def answer_right(qtbot: QtBot, page: QuizPage, question: Question) -> None:
    """Answer ``question`` correctly with keys only."""
    view = page.run_view
    kind = question.type
    if kind is QuestionType.MCQ:
        qtbot.keyClick(view, DIGIT_KEYS[question.correct + 1])
    elif kind is QuestionType.TRUEFALSE:
        qtbot.keyClick(view, Qt.Key.Key_T if question.truth else Qt.Key.Key_F)
    elif kind is QuestionType.FLASHCARD:
        qtbot.keyClick(view, Qt.Key.Key_Space)
        qtbot.keyClick(view, Qt.Key.Key_1)
    elif kind in (QuestionType.TYPED, QuestionType.CLOZE):
        edit = view.answer.edit  # type: ignore[union-attr]
        typed = next((a for a in question.accept if a.isascii()), None)
        if typed is not None:
            qtbot.keyClicks(edit, typed)
        else:
            edit.insert(question.accept[0])  # what an input method commits (QTest types ASCII only)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    elif kind is QuestionType.MATCHING:
        for i, j in enumerate(question.pairing):
            qtbot.keyClick(view, DIGIT_KEYS[i + 1])
            qtbot.keyClick(view, LETTERS[j].lower())
        qtbot.keyClick(view, Qt.Key.Key_Return)
    elif kind is QuestionType.ORDERING:
        answer = view.answer
        assert isinstance(answer, OrderingAnswer)
        lst = answer.list
        # selection sort with Ctrl+arrows: bring each item to its place
        for target, item_index in enumerate(question.order):
            row = answer.order().index(item_index)
            lst.setCurrentRow(0)
            for _ in range(row):
                qtbot.keyClick(lst, Qt.Key.Key_Down)
            for _ in range(row - target):
                qtbot.keyClick(lst, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
        assert answer.order() == question.order
        qtbot.keyClick(lst, Qt.Key.Key_Return)


def test_a_whole_quiz_with_the_keyboard(
    qtbot: QtBot, window: MainWindow, quiz: QuizPage, mono: FakeMonotonic
) -> None:
    configure(quiz, QuizSetup(count=14, limit=LimitMode.PER_QUESTION, seconds=20))
    qtbot.mouseClick(quiz.setup_view.start_button, Qt.MouseButton.LeftButton)
    session = quiz.session
    assert session is not None and session.total == 14
    assert {q.type for q in session.questions} == set(QuestionType)
    view = quiz.run_view
    for k in range(14):
        assert view.progress_label.text() == f"Question {k + 1} / 14"
        assert view.score_label.text() == f"Score: {k}"
        question = session.current
        assert question is not None and view.prompt.isVisible()
        mono.advance(2)
        answer_right(qtbot, quiz, question)
        assert session.state is QuizState.ANSWERED, question.type
        assert view.feedback.isVisible() and "Right" in view.feedback.text()
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert quiz.stack.currentWidget() is quiz.results_view
    assert quiz.results_view.headline.text() == "14 / 14   100%"
    assert "Time: 28.0 s" in quiz.results_view.summary.text()
    store = window.ctx.store
    assert store is not None
    (attempt,) = store.quiz_attempts()
    assert attempt.finished and attempt.correct == 14


def test_feedback_at_the_end_goes_straight_on(
    qtbot: QtBot, quiz: QuizPage, mono: FakeMonotonic
) -> None:
    configure(quiz, QuizSetup(count=3, types=(QuestionType.MCQ,), feedback=Feedback.AT_END))
    qtbot.mouseClick(quiz.setup_view.start_button, Qt.MouseButton.LeftButton)
    session = quiz.session
    assert session is not None
    for _ in range(3):
        assert not quiz.run_view.feedback.isVisible()
        qtbot.keyClick(quiz.run_view, Qt.Key.Key_1)
    assert quiz.stack.currentWidget() is quiz.results_view
