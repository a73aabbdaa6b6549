"""Issue 14, the quiz as a newcomer meets it: a limit per question that suits the
question, no running score when feedback waits for the end, "Retry my mistakes"
only when there are mistakes, results that start afresh after a retry, History's
time of an abandoned quiz, the Match game's end page and its tiles."""

from __future__ import annotations

import dataclasses
import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from studyapp.core.deck.model import Deck
from studyapp.core.deck.view import DeckView
from studyapp.core.questions.model import QuestionType
from studyapp.core.quiz import Feedback, LimitMode, QuizSetup, QuizState
from studyapp.core.quiz.match import TILE_MAX, match_pairs
from studyapp.gui.main_window import MainWindow
from studyapp.gui.quiz.attempt_view import AttemptDialog
from studyapp.gui.quiz.page import QuizPage

from .conftest import FakeMonotonic
from .test_match_and_no_store import play_to_the_end
from .test_quiz_flow import right_key, start, wrong_key

MCQ_ONLY = (QuestionType.MCQ,)


@pytest.fixture
def deck_without_gists(window: MainWindow) -> Deck:
    """The built-in deck as an imported one would be: facts with no gist."""
    deck = window.ctx.library.decks[0]
    facts = tuple(dataclasses.replace(f, gist="") for f in deck.facts)
    return dataclasses.replace(deck, facts=facts, _fact_index={})


def test_matching_and_ordering_get_more_time_than_true_or_false(
    qtbot: QtBot, quiz: QuizPage, mono: FakeMonotonic
) -> None:
    types = (QuestionType.TRUEFALSE, QuestionType.MATCHING, QuestionType.ORDERING)
    start(qtbot, quiz, QuizSetup(count=6, types=types, seconds=10))
    session = quiz.session
    assert session is not None
    seen: dict[QuestionType, int] = {}
    while session.state is not QuizState.FINISHED:
        question = session.current
        assert question is not None
        quiz.run_view.tick()
        seen[question.type] = int(quiz.run_view.time_label.text().split()[0].replace(":", ""))
        mono.advance(60)
        quiz.run_view.tick()  # time's up
        if session.state is QuizState.ANSWERED:
            session.next()
    assert seen[QuestionType.TRUEFALSE] == 10
    # at least three pairs or items: at least half again as long
    assert seen[QuestionType.MATCHING] >= 15 and seen[QuestionType.ORDERING] >= 15
    limits = {i.question.type: i.time_ms for i in session.items}
    assert limits[QuestionType.MATCHING] > limits[QuestionType.TRUEFALSE]


def test_feedback_at_the_end_shows_no_running_score(
    qtbot: QtBot, quiz: QuizPage, mono: FakeMonotonic
) -> None:
    start(qtbot, quiz, QuizSetup(count=3, types=MCQ_ONLY, feedback=Feedback.AT_END))
    view = quiz.run_view
    assert not view.score_label.isVisible()
    qtbot.keyClick(view, right_key(quiz))
    assert not view.score_label.isVisible()
    assert "Score" not in view.progress_label.text()
    # with feedback after each answer the score is there
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.mouseClick(view.quit_button, Qt.MouseButton.LeftButton)
    quiz.show_setup()
    start(qtbot, quiz, QuizSetup(count=3, types=MCQ_ONLY, feedback=Feedback.IMMEDIATE))
    assert view.score_label.isVisible() and view.score_label.text() == "Score: 0"


def test_retry_is_offered_only_while_there_are_mistakes(
    qtbot: QtBot, quiz: QuizPage, mono: FakeMonotonic
) -> None:
    start(qtbot, quiz, QuizSetup(count=2, types=MCQ_ONLY, feedback=Feedback.AT_END))
    for _ in range(2):
        qtbot.keyClick(quiz.run_view, right_key(quiz))
    results = quiz.results_view
    assert results.headline.text() == "2 / 2   100%"
    assert not results.retry_button.isEnabled()
    assert not results.review_button.isEnabled()


def test_a_mistake_marked_right_leaves_nothing_to_retry(
    qtbot: QtBot, quiz: QuizPage, mono: FakeMonotonic
) -> None:
    types = (QuestionType.TYPED,)
    start(qtbot, quiz, QuizSetup(count=1, types=types, feedback=Feedback.AT_END))
    answer = quiz.run_view.answer
    assert answer is not None
    target = answer.focus_target()
    assert isinstance(target, QLineEdit)
    target.setText("一個說錯的答案")  # as an input method would type it
    qtbot.keyClick(target, Qt.Key.Key_Return)
    results = quiz.results_view
    assert results.retry_button.isEnabled()
    quiz.overrule(0)  # "I was right"
    assert results.headline.text() == "1 / 1   100%"
    assert not results.retry_button.isEnabled()


def test_after_a_retry_the_results_start_afresh(
    qtbot: QtBot, quiz: QuizPage, mono: FakeMonotonic
) -> None:
    start(qtbot, quiz, QuizSetup(count=10, types=MCQ_ONLY, feedback=Feedback.AT_END))
    session = quiz.session
    assert session is not None
    for n in range(session.total):
        qtbot.keyClick(quiz.run_view, (wrong_key if n % 2 else right_key)(quiz))
    results = quiz.results_view
    quiz.mistakes_to_review()
    assert "Review now has" in results.status.text()
    results.resize(700, 300)
    bar = results.details.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert bar.value() > 0
    qtbot.mouseClick(results.retry_button, Qt.MouseButton.LeftButton)
    retry = quiz.session
    assert retry is not None and retry is not session
    for _ in range(retry.total):
        qtbot.keyClick(quiz.run_view, right_key(quiz))
    assert quiz.stack.currentWidget() is results
    assert results.status.text() == "" and not results.status.isVisible()
    assert bar.value() == 0
    assert results.review_button.isEnabled() is False  # nothing missed in the retry


def test_history_says_the_time_the_results_of_an_abandoned_quiz_said(
    qtbot: QtBot, window: MainWindow, quiz: QuizPage, mono: FakeMonotonic
) -> None:
    start(qtbot, quiz, QuizSetup(count=5, types=MCQ_ONLY, limit=LimitMode.NONE))
    mono.advance(1.1)
    qtbot.keyClick(quiz.run_view, right_key(quiz))
    qtbot.keyClick(quiz.run_view, Qt.Key.Key_Return)  # on to the second question
    mono.advance(2.0)  # thinking about it, then quitting
    qtbot.keyClick(quiz.run_view, Qt.Key.Key_Escape)
    qtbot.mouseClick(quiz.run_view.quit_button, Qt.MouseButton.LeftButton)
    results = quiz.results_view
    assert "Time: 1.1 s" in results.summary.text()
    qtbot.mouseClick(results.history_button, Qt.MouseButton.LeftButton)
    table = quiz.history_view.table
    assert table.item(0, 3).text() == "1.1 s"
    assert "(not finished)" in table.item(0, 2).text()


def test_the_match_game_ends_on_a_page_of_its_own(
    qtbot: QtBot, quiz: QuizPage, mono: FakeMonotonic
) -> None:
    qtbot.mouseClick(quiz.setup_view.match_button, Qt.MouseButton.LeftButton)
    view = quiz.match_view
    assert view.pages.currentWidget() is view.board_page
    play_to_the_end(qtbot, quiz, mono, mistakes=2)
    assert view.pages.currentWidget() is view.end_page
    assert view.end_title.text() == "All pairs matched!"
    assert view.end_time.text() == "8.0 s"  # six seconds and two penalty seconds
    assert "A new best time!" in view.end_text.text()
    assert "2 wrong pairs" in view.end_text.text()
    assert view.again_button.isVisible() and view.again_button.hasFocus()
    qtbot.keyClick(view.again_button, Qt.Key.Key_Space)  # play again, from the keyboard
    assert view.pages.currentWidget() is view.board_page
    assert quiz.match_game is not None and not quiz.match_game.finished
    play_to_the_end(qtbot, quiz, mono, mistakes=3)
    assert "Best: 8.0 s" in view.end_text.text()


def test_match_tiles_of_facts_without_a_gist_hold_a_few_words(deck_without_gists: Deck) -> None:
    view = DeckView(deck_without_gists, "hant")
    pairs = match_pairs(view, random.Random(3))
    assert len(pairs) >= 2
    questions = {view.question(f) for f in deck_without_gists.facts}
    for pair in pairs:
        assert len(pair.prompt) <= TILE_MAX + 2  # a few words (with … at a cut)
        assert pair.prompt not in questions or len(pair.prompt) <= TILE_MAX
        assert "＿＿" in pair.prompt or pair.prompt in questions


def test_a_past_quiz_opens_from_history_with_its_questions_and_answers(
    qtbot: QtBot, window: MainWindow, quiz: QuizPage, mono: FakeMonotonic
) -> None:
    setup = QuizSetup(count=3, types=(QuestionType.MCQ,), feedback=Feedback.AT_END)
    start(qtbot, quiz, setup)
    session = quiz.session
    assert session is not None
    asked = [q.prompt for q in session.questions]
    rights = [q.options[q.correct] for q in session.questions]
    mono.advance(2)
    qtbot.keyClick(quiz.run_view, right_key(quiz))
    mono.advance(3)
    wrong = session.current
    assert wrong is not None
    key = wrong_key(quiz)
    picked = wrong.options[int(key) - int(Qt.Key.Key_1)]
    qtbot.keyClick(quiz.run_view, key)
    qtbot.keyClick(quiz.run_view, right_key(quiz))
    qtbot.mouseClick(quiz.results_view.history_button, Qt.MouseButton.LeftButton)
    history = quiz.history_view
    assert not history.open_button.isEnabled()
    history.table.selectRow(0)
    assert history.open_button.isEnabled()
    qtbot.keyClick(history.table, Qt.Key.Key_Return)  # Enter opens it, as the button does
    dialog = quiz.attempt_dialog
    assert isinstance(dialog, AttemptDialog) and dialog.isVisible()
    assert dialog.headline.text() == "2 / 3   67%"
    assert "Time: 5.0 s" in dialog.summary.text()
    text = dialog.details.toPlainText()
    for prompt, right in zip(asked, rights, strict=True):
        assert prompt in text and f"Answer: {right}" in text
    assert f"Your answer: {picked}" in text
    assert text.count("✓ Right") == 2 and text.count("✗ Wrong") == 1
    # in the other script, as everything else
    dialog.close()
    window.ctx.set_script("hans")
    quiz.open_attempt(history.attempts[0].id)
    assert quiz.attempt_dialog.details.toPlainText() != text
