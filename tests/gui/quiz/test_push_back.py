"""The reader pushes back: "I was right" on a typed answer (counted right, and
accepted for that fact from then on), "Report this question" with a reason
(kept, listed in Browse, that question form not asked again)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot

from studyapp.core.questions.model import Question, QuestionType
from studyapp.core.quiz import Feedback, QuizSetup
from studyapp.core.store import FactKey, QuizOutcome
from studyapp.gui.main_window import MainWindow
from studyapp.gui.quiz.page import QuizPage
from studyapp.gui.screens.browse import BrowseScreen

from .conftest import FakeMonotonic
from .test_quiz_flow import right_key, start

TYPED_ONLY = (QuestionType.TYPED,)
MCQ_ONLY = (QuestionType.MCQ,)


def _type(qtbot: QtBot, page: QuizPage, text: str) -> None:
    edit = page.run_view.answer.edit  # type: ignore[union-attr]
    edit.setText(text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_i_was_right_counts_it_and_accepts_it_next_time(
    qtbot: QtBot, window: MainWindow, quiz: QuizPage, mono: FakeMonotonic
) -> None:
    start(qtbot, quiz, QuizSetup(count=2, types=TYPED_ONLY, seconds=30))
    view = quiz.run_view
    question = quiz.session.current  # type: ignore[union-attr]
    assert question is not None
    mono.advance(2)
    _type(qtbot, quiz, "差一點點")
    assert quiz.session.last.outcome is QuizOutcome.WRONG  # type: ignore[union-attr]
    assert view.right_button.isVisible() and view.right_button.text() == "I was right"
    assert view.report_button.isVisible()
    qtbot.mouseClick(view.right_button, Qt.MouseButton.LeftButton)
    assert quiz.session.last.outcome is QuizOutcome.CORRECT  # type: ignore[union-attr]
    assert not view.right_button.isVisible()  # done: nothing left to overrule
    assert view.score_label.text().endswith("1")
    store = window.ctx.store
    assert store is not None
    fact = FactKey(question.deck_id, question.fact_ids[0])
    assert store.accepted_answers() == {fact: ("差一點點",)}
    # the next quiz about that fact accepts it
    quiz.session.quit()  # type: ignore[union-attr]
    qs = quiz.generate()(window.ctx.library.decks, "hant", count=300, types=TYPED_ONLY,
                         accepted={(fact.deck_id, fact.fact_id): ("差一點點",)})  # fmt: skip
    again = [q for q in qs if q.fact_ids[0] == fact.fact_id]
    assert again and again[0].check("差一點點")


def test_a_report_is_kept_listed_in_browse_and_the_form_skipped(
    qtbot: QtBot, window: MainWindow, quiz: QuizPage, mono: FakeMonotonic
) -> None:
    start(qtbot, quiz, QuizSetup(count=2, types=MCQ_ONLY, feedback=Feedback.AT_END, seconds=30))
    first: Question = quiz.session.current  # type: ignore[union-attr, assignment]
    for _ in range(2):
        mono.advance(2)
        qtbot.keyClick(quiz.run_view, right_key(quiz))
    results = quiz.results_view
    assert quiz.stack.currentWidget() is results
    assert "Report this question…" in results.details.toPlainText()
    asked: list[Question] = []
    quiz.ask_reason = lambda q: asked.append(q) or "two options fit"  # type: ignore[method-assign, func-returns-value]
    results.details.anchorClicked.emit(QUrl("report:0"))
    assert asked == [first]
    assert "will not be asked again" in results.status.text()
    store = window.ctx.store
    assert store is not None
    (report,) = store.question_reports()
    assert (report.fact.fact_id, report.question_type, report.reason, report.prompt) == (
        first.fact_ids[0], "mcq", "two options fit", first.prompt,
    )  # fmt: skip
    # the picked options are kept with the attempt
    attempt = store.quiz_attempts()[0]
    picked = attempt.answers[0].answer
    assert picked.options == first.options and picked.picked == first.correct
    # Browse lists it
    window.show_page("browse")
    browse = window.screen_as("browse", BrowseScreen)
    assert browse.reports_list.isVisible() and browse.reports_list.count() == 1
    assert "two options fit" in browse.reports_list.item(0).text()
    assert first.prompt in browse.reports_list.item(0).text()
    assert "(Multiple choice)" in browse.reports_list.item(0).text()
    assert "Reported questions (1)" in browse.reports_label.text()
    # a new quiz never asks that form about that fact again
    window.show_page("quiz")
    quiz.show_setup()
    for _ in range(3):
        start(qtbot, quiz, QuizSetup(count=40, types=MCQ_ONLY, seconds=30))
        ids = [q.fact_ids[0] for q in quiz.session.questions]  # type: ignore[union-attr]
        assert first.fact_ids[0] not in ids
        quiz.session.quit()  # type: ignore[union-attr]
        quiz.show_setup()


def test_a_quiz_on_chosen_facts_leaves_out_a_reported_form(
    window: MainWindow, quiz: QuizPage
) -> None:
    store = window.ctx.store
    assert store is not None
    deck = window.ctx.library.decks[0]
    fact = next(f for f in deck.facts if f.answer.kind.value == "entity" and not f.disputed)
    window.ctx.settings.quiz_setup = QuizSetup(types=MCQ_ONLY).choices()
    quiz.quiz_on(deck.id, (fact.id,))  # Read/Timeline/People's "Quiz me"
    assert quiz.session is not None and quiz.session.current is not None
    quiz.session.quit()
    store.report_question(FactKey(deck.id, fact.id), "mcq", "two options fit")
    quiz.quiz_on(deck.id, (fact.id,))
    assert quiz.setup_view.notice.text() == "No questions can be made from these facts."
