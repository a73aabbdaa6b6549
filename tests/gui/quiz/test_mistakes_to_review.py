"""Issue 16's "Add my mistakes to review": after a quiz, with the day's new cards
used up, the mistakes' cards are due in Review the same day, and the results
say exactly what was done."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studyapp.core.quiz import Feedback, QuizSetup
from studyapp.core.store import CardState, FactKey, Rating
from studyapp.gui.main_window import MainWindow
from studyapp.gui.quiz.page import QuizPage
from studyapp.gui.screens.review import ReviewScreen

from .conftest import FakeMonotonic
from .test_quiz_flow import MCQ_ONLY, right_key, start, wrong_key


def test_mistakes_are_due_the_same_day_whatever_the_new_card_limit(
    qtbot: QtBot, window: MainWindow, quiz: QuizPage, mono: FakeMonotonic
) -> None:
    store = window.ctx.store
    assert store is not None
    deck = window.ctx.library.decks[0]
    store.update_settings(new_per_day=1)
    studied = store.next_card([deck.id])
    assert studied is not None
    store.answer(studied, Rating.EASY)  # today's one new card: the limit is used up
    assert store.counts([deck.id]).new == 0

    start(qtbot, quiz, QuizSetup(count=4, types=MCQ_ONLY, feedback=Feedback.AT_END, seconds=20))
    session = quiz.session
    assert session is not None
    for pick in (wrong_key, right_key, wrong_key, right_key):
        mono.advance(2)
        qtbot.keyClick(quiz.run_view, pick(quiz))
    missed = set(session.missed_facts())
    assert len(missed) == 2
    cards = [c for f in missed for c in store.cards_of_fact(f.deck_id, f.fact_id)]
    suspended = cards[-1]
    store.suspend([suspended.id])
    was_new = sum(c.state is CardState.NEW for c in cards if c.id != suspended.id)
    was_studied = len(cards) - 1 - was_new

    results = quiz.results_view
    qtbot.mouseClick(results.review_button, Qt.MouseButton.LeftButton)
    expected = [f"Review now has {len(cards) - 1} cards of your mistakes, due today."]
    if was_studied:
        expected.append(
            f"Due now: {was_studied} card{'s' if was_studied > 1 else ''} you had studied."
        )
    expected.append(
        f"Learning now: {was_new} new card{'s' if was_new > 1 else ''}, not counted toward "
        "today's new-card limit."
    )
    expected.append("Left suspended: 1 card.")
    assert results.status.text() == " ".join(expected)

    # Review shows exactly those cards, today, then nothing more (no new cards left)
    window.show_page("review")
    review = window.screen_as("review", ReviewScreen)
    review.start(None)
    shown = set()
    while review.session is not None and review.session.card is not None:
        card = review.session.card
        assert FactKey(card.deck_id, card.fact_id) in missed
        shown.add(card.id)
        review.show_answer()
        review.rate(Rating.EASY)
    assert shown == {c.id for c in cards} - {suspended.id}
    assert review.done_title.text() == "Nothing is due now"


def test_a_finished_review_picks_the_mistakes_up(
    qtbot: QtBot, window: MainWindow, quiz: QuizPage, mono: FakeMonotonic
) -> None:
    """Review had said "Nothing is due now" before the quiz: coming back to it after
    adding the mistakes shows them, not the old end screen."""
    store = window.ctx.store
    assert store is not None
    store.update_settings(new_per_day=0)
    window.show_page("review")
    review = window.screen_as("review", ReviewScreen)
    review.start(None)
    assert review.done_title.text() == "Nothing is due now"

    window.show_page("quiz")
    start(qtbot, quiz, QuizSetup(count=2, types=MCQ_ONLY, feedback=Feedback.AT_END, seconds=20))
    for pick in (wrong_key, right_key):
        mono.advance(2)
        qtbot.keyClick(quiz.run_view, pick(quiz))
    qtbot.mouseClick(quiz.results_view.review_button, Qt.MouseButton.LeftButton)
    missed = set(quiz.session.missed_facts())  # type: ignore[union-attr]

    window.show_page("review")
    session = review.session
    assert session is not None and session.card is not None
    assert FactKey(session.card.deck_id, session.card.fact_id) in missed
    assert review.pages.currentWidget() is not review._done_page
