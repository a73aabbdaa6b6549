"""Time running out, pausing, the results, retrying mistakes, sending them to
review, the history after a restart, the live 繁/简 switch and the setup memory."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studyapp.core.questions.model import QuestionType
from studyapp.core.quiz import Feedback, LimitMode, QuizSetup, QuizState
from studyapp.core.store import FactKey, QuizOutcome
from studyapp.gui.main_window import MainWindow
from studyapp.gui.quiz.page import QuizPage
from studyapp.gui.screens.review import ReviewScreen

from ..conftest import MakeWindow
from .conftest import FakeMonotonic, configure

MCQ_ONLY = (QuestionType.MCQ,)


def start(qtbot: QtBot, page: QuizPage, setup: QuizSetup) -> None:
    configure(page, setup)
    qtbot.mouseClick(page.setup_view.start_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.run_view


def wrong_key(page: QuizPage) -> Qt.Key:
    q = page.session.current  # type: ignore[union-attr]
    assert q is not None
    return Qt.Key.Key_2 if q.correct == 0 else Qt.Key.Key_1


def right_key(page: QuizPage) -> Qt.Key:
    q = page.session.current  # type: ignore[union-attr]
    assert q is not None
    return getattr(Qt.Key, f"Key_{q.correct + 1}")  # type: ignore[no-any-return]


def test_time_runs_out_and_the_bar_turns_red(
    qtbot: QtBot, quiz: QuizPage, mono: FakeMonotonic
) -> None:
    start(qtbot, quiz, QuizSetup(count=3, types=MCQ_ONLY, seconds=15))
    view = quiz.run_view
    view.tick()
    assert view.time_label.text() == "15 s" and view.level == "normal"
    assert view.bar.value() == 1000
    mono.advance(10)
    view.tick()
    assert view.time_label.text() == "5 s" and view.level == "warning"
    mono.advance(2)
    view.tick()
    assert view.level == "urgent" and "#dc2626" in view.bar.styleSheet()
    mono.advance(2.999)
    view.tick()
    assert quiz.session is not None and quiz.session.state is QuizState.QUESTION
    mono.advance(0.001)
    view.tick()  # exactly 15 s: time's up
    assert quiz.session.state is QuizState.ANSWERED
    assert quiz.session.items[-1].outcome is QuizOutcome.TIMED_OUT
    assert "Time's up" in view.feedback.text() and view.feedback.isVisible()
    assert view.answer is None  # the options are gone; the right answer is shown
    assert "Answer: " in view.feedback.text()


def test_the_quiz_timer_drives_the_countdown(
    qtbot: QtBot, quiz: QuizPage, mono: FakeMonotonic
) -> None:
    start(qtbot, quiz, QuizSetup(count=2, types=MCQ_ONLY, seconds=15))
    mono.advance(15)
    with qtbot.waitSignal(quiz.run_view.timer.timeout, timeout=2000):
        pass
    assert quiz.session is not None and quiz.session.state is QuizState.ANSWERED


def test_esc_pauses_hides_the_question_and_stops_the_clock(
    qtbot: QtBot, quiz: QuizPage, mono: FakeMonotonic
) -> None:
    start(qtbot, quiz, QuizSetup(count=2, types=MCQ_ONLY, seconds=15))
    view = quiz.run_view
    mono.advance(5)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.pages.currentWidget() is view.paused_page
    assert not view.prompt.isVisible() and view.paused_title.isVisible()
    mono.advance(300)
    view.tick()
    assert view.time_label.text() == "10 s"
    qtbot.keyClick(view, Qt.Key.Key_1)  # no answering while paused
    assert quiz.session is not None and not quiz.session.items
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.prompt.isVisible()
    mono.advance(9.999)
    view.tick()
    assert quiz.session.state is QuizState.QUESTION
    mono.advance(0.001)
    view.tick()
    assert quiz.session.items[-1].time_ms == 15_000


def test_results_retry_and_mistakes_to_review(
    qtbot: QtBot, window: MainWindow, quiz: QuizPage, mono: FakeMonotonic
) -> None:
    start(qtbot, quiz, QuizSetup(count=4, types=MCQ_ONLY, feedback=Feedback.AT_END, seconds=20))
    session = quiz.session
    assert session is not None
    view = quiz.run_view
    keys = [right_key, wrong_key, right_key]
    for pick in keys:
        mono.advance(3)
        qtbot.keyClick(view, pick(quiz))
    mono.advance(20)
    view.tick()  # the last one runs out
    results = quiz.results_view
    assert quiz.stack.currentWidget() is results
    assert results.headline.text() == "2 / 4   50%"
    assert "Time: 29.0 s" in results.summary.text()
    assert "Multiple choice" in results.breakdown.text() and "2 / 4" in results.breakdown.text()
    details = results.details.toPlainText()
    missed = session.mistakes()
    assert len(missed) == 2
    for q in session.questions:
        assert q.prompt in details and q.explanation.statements[0] in details
        assert q.explanation.sources[0] in details
    assert "Time's up" in details and "Wrong" in details

    # add my mistakes to review: their cards come first in the Review screen
    store = window.ctx.store
    assert store is not None
    missed_facts = {FactKey(q.deck_id, q.fact_ids[0]) for q in missed}
    qtbot.mouseClick(results.review_button, Qt.MouseButton.LeftButton)
    assert results.status.text() == (
        "Review now has 4 cards of your mistakes, due today. Learning now: 4 new cards, "
        "not counted toward today's new-card limit."
    )
    assert not results.review_button.isEnabled()
    window.show_page("review")
    card = window.screen_as("review", ReviewScreen).session.card  # type: ignore[union-attr]
    assert card is not None and FactKey(card.deck_id, card.fact_id) in missed_facts

    # retry my mistakes: exactly the two missed questions
    window.show_page("quiz")
    qtbot.mouseClick(results.retry_button, Qt.MouseButton.LeftButton)
    retry = quiz.session
    assert retry is not None and retry is not session
    assert [q.id for q in retry.questions] == [q.id for q in missed]
    assert quiz.run_view.progress_label.text() == "Question 1 / 2"
    qtbot.keyClick(view, right_key(quiz))
    qtbot.keyClick(view, right_key(quiz))
    assert results.headline.text() == "2 / 2   100%"
    assert not results.retry_button.isEnabled()
    attempts = store.quiz_attempts()
    assert [a.setup["selection"] for a in attempts] == ["retry", "all"]


def test_quitting_half_way_keeps_the_answers_and_history_survives_a_restart(
    qtbot: QtBot, make_window: MakeWindow, mono: FakeMonotonic
) -> None:
    window = make_window()
    page = window.screen_as("quiz", QuizPage)
    assert isinstance(page, QuizPage)
    page.monotonic = mono
    page.rng = random.Random(3)
    window.show_page("quiz")
    start(qtbot, page, QuizSetup(count=5, types=MCQ_ONLY, feedback=Feedback.AT_END))
    qtbot.keyClick(page.run_view, right_key(page))
    qtbot.keyClick(page.run_view, Qt.Key.Key_Escape)
    qtbot.mouseClick(page.run_view.quit_button, Qt.MouseButton.LeftButton)
    assert page.results_view.headline.text() == "1 / 5   20%"
    assert "Ended after 1 of 5 questions." in page.results_view.summary.text()
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
    assert table.item(0, 2).text() == "1 / 5  (20%)  (not finished)"
    assert "5 questions" in table.item(0, 1).text()
    # the setup was remembered too
    assert page.setup_view.current().count == 5
    assert page.setup_view.current().feedback is Feedback.AT_END


def test_the_question_follows_the_script_switch(
    qtbot: QtBot, window: MainWindow, quiz: QuizPage
) -> None:
    start(qtbot, quiz, QuizSetup(count=3, types=(QuestionType.TYPED,), limit=LimitMode.NONE))
    session = quiz.session
    assert session is not None and session.current is not None
    hant_prompt = session.current.prompt
    window.ctx.set_script("hans")
    assert session.current.script == "hans"
    assert quiz.run_view.prompt.text() == session.current.prompt != hant_prompt
    edit = quiz.run_view.answer.edit  # type: ignore[union-attr]
    edit.insert(session.current.accept[0])
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert session.items[-1].outcome is QuizOutcome.CORRECT


def test_history_lists_attempts_with_the_best_starred(
    qtbot: QtBot, quiz: QuizPage, mono: FakeMonotonic
) -> None:
    for picks in ([right_key, wrong_key], [right_key, right_key]):
        start(qtbot, quiz, QuizSetup(count=2, types=MCQ_ONLY, feedback=Feedback.AT_END))
        for pick in picks:
            mono.advance(1)
            qtbot.keyClick(quiz.run_view, pick(quiz))
        qtbot.mouseClick(quiz.results_view.new_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(quiz.setup_view.history_button, Qt.MouseButton.LeftButton)
    table = quiz.history_view.table
    assert table.rowCount() == 2
    rows = {table.item(r, 2).text(): table.item(r, 4).text() for r in range(2)}
    assert rows == {"2 / 2  (100%)": "★", "1 / 2  (50%)": ""}
    assert [p for _, p in quiz.history_view.chart.points] == [50.0, 100.0]
    quiz.history_view.chart.grab()  # paints without warnings


def test_half_typed_answers_survive_other_screens_changes(
    qtbot: QtBot, window: MainWindow, quiz: QuizPage
) -> None:
    start(qtbot, quiz, QuizSetup(count=2, types=(QuestionType.TYPED,)))
    edit = quiz.run_view.answer.edit  # type: ignore[union-attr]
    qtbot.keyClicks(edit, "Dario")
    window.ctx.notify_progress()  # e.g. a review elsewhere: the question is not redrawn
    assert quiz.run_view.answer.edit is edit and edit.text() == "Dario"  # type: ignore[union-attr]


def test_a_script_switch_while_paused_shows_after_resuming(
    qtbot: QtBot, window: MainWindow, quiz: QuizPage
) -> None:
    start(qtbot, quiz, QuizSetup(count=2, types=MCQ_ONLY))
    view = quiz.run_view
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    window.ctx.set_script("hans")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    session = quiz.session
    assert session is not None and session.current is not None
    assert session.current.script == "hans" and view.prompt.text() == session.current.prompt


def test_esc_pauses_from_inside_the_answer_widgets(qtbot: QtBot, quiz: QuizPage) -> None:
    start(qtbot, quiz, QuizSetup(count=2, types=(QuestionType.ORDERING, QuestionType.TYPED)))
    view = quiz.run_view
    session = quiz.session
    assert session is not None
    for _ in range(2):
        answer = view.answer
        assert answer is not None
        target = answer.focus_target()
        assert target is not None
        qtbot.keyClick(target, Qt.Key.Key_Escape)
        assert session.state is QuizState.PAUSED
        qtbot.keyClick(view, Qt.Key.Key_Escape)
        session.skip()
        session.next()


def test_a_question_about_one_fact_names_its_topic_above_it(qtbot: QtBot, quiz: QuizPage) -> None:
    # as the review card and the Anki card do: an imported article's card says which
    # article it asks about, which the question itself often does not
    start(qtbot, quiz, QuizSetup(count=3, types=MCQ_ONLY, seconds=30))
    question = quiz.session.current  # type: ignore[union-attr]
    assert question is not None
    deck = quiz.ctx.library.get(question.deck_id)
    assert deck is not None
    title = quiz.ctx.view(deck).topic_title(question.topic)
    assert title and quiz.run_view.type_label.text().endswith(" · " + title)
    assert quiz.run_view.type_label.isVisibleTo(quiz.run_view)
