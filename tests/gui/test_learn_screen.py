"""The Learn screen with the keyboard alone: a round from its setup to its end, the
verdicts and the progress shown, leaving and resuming (also after a restart), and
the review schedule left alone."""

from __future__ import annotations

import random
import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from studyapp.core.learn import LearnState, Step
from studyapp.core.questions.model import Question, QuestionType
from studyapp.gui.learn.screen import LearnScreen
from studyapp.gui.main_window import MainWindow
from studyapp.paths import learn_file, progress_file

from .conftest import MakeWindow


def learn_screen(window: MainWindow) -> LearnScreen:
    screen = window.screen_as("learn", LearnScreen)
    screen.rng = random.Random(3)
    window.show_page("learn")
    return screen


def revlog_count(window: MainWindow) -> int:
    conn = sqlite3.connect(progress_file(window.ctx.data_dir))
    try:
        return int(conn.execute("SELECT count(*) FROM revlog").fetchone()[0])
    finally:
        conn.close()


def answer_by_keys(screen: LearnScreen, qtbot: QtBot, question: Question, right: bool) -> None:
    target = screen.focusWidget() or screen
    if question.type is QuestionType.MCQ:
        n = question.correct if right else (question.correct + 1) % len(question.options)
        qtbot.keyClick(target, getattr(Qt.Key, f"Key_{n + 1}"))
    elif question.type is QuestionType.TRUEFALSE:
        truth = question.truth if right else not question.truth
        qtbot.keyClick(target, Qt.Key.Key_T if truth else Qt.Key.Key_F)
    else:
        assert screen.answer is not None
        edit = screen.answer.focus_target()
        assert isinstance(edit, QLineEdit)
        assert edit.hasFocus()  # the typed answer has the keyboard at once
        edit.setText(question.answer if right else "不是這個")  # (QTest types only ASCII)
        qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_a_whole_round_by_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    screen = learn_screen(window)
    assert screen.stack.currentWidget() is screen.setup_page
    assert screen.start_button.isVisible()
    assert not screen.resume_box.isVisible()
    screen.round_size.setCurrentIndex(screen.round_size.findData(5))
    qtbot.keyClick(screen, Qt.Key.Key_Return)  # Enter starts a round
    session = screen.session
    assert session is not None and screen.stack.currentWidget() is screen.run_page
    assert screen.facts_list.count() == 5
    assert screen.round_label.text() == "0 of 5 facts learned"
    first = True
    while session.state is not LearnState.FINISHED:
        question = session.question
        assert question is not None
        assert screen.prompt.text() == question.prompt
        step = session.step
        assert screen.step_label.text().endswith(
            {Step.RECOGNISE: "Recognise", Step.RECALL: "Recall", Step.PRODUCE: "Produce"}[step]
        )
        answer_by_keys(screen, qtbot, question, right=not first)
        assert session.state is LearnState.ANSWERED
        assert screen.feedback.isVisible()
        if first:  # the first answer is wrong: where it went, and that it comes back
            assert "✗ Not yet" in screen.feedback.text()
            assert "comes back within 3 questions" in screen.feedback.text()
            assert "↺" in screen.facts_list.item(0).text()
        else:
            assert "✓ Right" in screen.feedback.text()
        first = False
        assert screen.next_button.isVisible()
        qtbot.keyClick(screen.focusWidget() or screen, Qt.Key.Key_Return)
    assert screen.stack.currentWidget() is screen.done_page
    assert screen.done_title.text() == "Round complete"
    assert "5 facts in 16 questions, with 1 mistakes" in screen.done_text.text()
    assert "Your review schedule was not changed." in screen.done_text.text()
    assert revlog_count(window) == 0  # learning touched no card


def test_progress_per_step_and_per_fact_is_shown(window: MainWindow, qtbot: QtBot) -> None:
    screen = learn_screen(window)
    screen.start_round()
    session = screen.session
    assert session is not None
    assert "Recognise <b>7</b>" in screen.steps_label.text()
    question = session.question
    assert question is not None
    answer_by_keys(screen, qtbot, question, right=True)
    assert "Recognise <b>6</b> · Recall <b>1</b>" in screen.steps_label.text()
    assert screen.progress.value() == 1
    assert screen.progress.maximum() == 21
    assert screen.facts_list.item(0).text().startswith("●○○")


def test_leaving_keeps_the_round_and_a_restart_resumes_it(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window()
    screen = learn_screen(window)
    screen.start_round()
    session = screen.session
    assert session is not None
    for _ in range(2):
        question = session.question
        assert question is not None
        answer_by_keys(screen, qtbot, question, right=True)
        screen.go_on()
    shown = session.question
    assert shown is not None
    qtbot.keyClick(screen.focusWidget() or screen, Qt.Key.Key_Escape)  # leave the round
    assert screen.stack.currentWidget() is screen.setup_page
    assert screen.resume_box.isVisible()
    assert "2 question(s) asked" in screen.resume_text.text()
    assert learn_file(window.ctx.data_dir).is_file()
    window.close()

    again = make_window()  # quit and start the app again: Learn goes on where it was
    screen2 = learn_screen(again)
    assert screen2.stack.currentWidget() is screen2.run_page
    session2 = screen2.session
    assert session2 is not None and session2.question is not None
    assert screen2.prompt.text() == shown.prompt
    assert session2.question.options == shown.options
    assert session2.round.asked == 2


def test_counting_as_reviews_is_a_choice(window: MainWindow, qtbot: QtBot) -> None:
    screen = learn_screen(window)
    assert screen.count_reviews.isEnabled()  # there is a progress store
    assert not screen.count_reviews.isChecked()
    screen.count_reviews.setChecked(True)
    screen.start_round()
    assert screen.session is not None and screen.session.round.count_reviews
    assert screen.session.reviews is window.ctx.store
