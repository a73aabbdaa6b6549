"""The issue's "done when", end to end: a 20-question quiz with 15 seconds per
question, some right, some wrong, one run out, a pause; the results with
explanations and sources; the mistakes sent to review and found due there; the
attempt in the history after a restart."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studyapp.core.questions.model import QuestionType
from studyapp.core.quiz import LimitMode, QuizSetup, QuizState
from studyapp.core.store import FactKey, QuizOutcome
from studyapp.gui.quiz.page import QuizPage
from studyapp.gui.screens.review import ReviewScreen

from ..conftest import MakeWindow
from .conftest import FakeMonotonic, configure
from .test_quiz_keyboard import answer_right


def test_done_when(qtbot: QtBot, make_window: MakeWindow, mono: FakeMonotonic) -> None:
    window = make_window()
    page = window.screen_as("quiz", QuizPage)
    assert isinstance(page, QuizPage)
    page.monotonic = mono
    page.rng = random.Random(20)
    window.show_page("quiz")
    configure(page, QuizSetup(count=20, limit=LimitMode.PER_QUESTION, seconds=15))
    qtbot.mouseClick(page.setup_view.start_button, Qt.MouseButton.LeftButton)
    session = page.session
    assert session is not None and session.total == 20
    view = page.run_view
    wrong_given = timed_out = False
    for k in range(20):
        question = session.current
        assert question is not None
        mono.advance(4)
        if k == 3:  # pause and resume: the clock does not move while paused
            qtbot.keyClick(view, Qt.Key.Key_Escape)
            assert not view.prompt.isVisible()
            mono.advance(120)
            qtbot.keyClick(view, Qt.Key.Key_Escape)
            view.tick()
            assert view.time_label.text() == "11 s"
        if k == 5:  # let this one run out
            mono.advance(11)
            view.tick()
            timed_out = True
        elif not wrong_given and question.type is QuestionType.TRUEFALSE:
            qtbot.keyClick(view, Qt.Key.Key_F if question.truth else Qt.Key.Key_T)
            wrong_given = True
        else:
            answer_right(qtbot, page, question)
        assert session.state is QuizState.ANSWERED
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert timed_out and wrong_given
    results = page.results_view
    assert page.stack.currentWidget() is results
    assert results.headline.text() == "18 / 20   90%"
    outcomes = [i.outcome for i in session.items]
    assert outcomes.count(QuizOutcome.TIMED_OUT) == 1 and outcomes.count(QuizOutcome.WRONG) == 1
    details = results.details.toPlainText()
    for item in session.items:
        assert item.question.explanation.statements[0] in details
        assert item.question.explanation.sources[0] in details

    qtbot.mouseClick(results.review_button, Qt.MouseButton.LeftButton)
    missed = set(session.missed_facts())
    window.show_page("review")
    review = window.screen_as("review", ReviewScreen).session
    assert review is not None and review.card is not None
    assert FactKey(review.card.deck_id, review.card.fact_id) in missed

    window.close()
    assert window.ctx.store is not None
    window.ctx.store.close()
    again = make_window()
    page = again.screen_as("quiz", QuizPage)
    assert isinstance(page, QuizPage)
    again.show_page("quiz")
    qtbot.mouseClick(page.setup_view.history_button, Qt.MouseButton.LeftButton)
    table = page.history_view.table
    assert table.rowCount() == 1
    assert table.item(0, 2).text() == "18 / 20  (90%)"
    assert "15 s per question" in table.item(0, 1).text()
    assert page.history_view.chart.points[0][1] == 90.0
