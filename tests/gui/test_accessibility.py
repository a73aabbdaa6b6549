"""Issue 14, accessibility: every control a keyboard can reach has a name a screen
reader can say, on every screen of the registry and in the main dialogs; Tab goes
round each screen and reaches every control of a quiz question of each type; a
right or wrong answer is announced; each chart has its figures as a table."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from studyapp.core.questions.model import Question, QuestionType
from studyapp.core.quiz import QuizSession, QuizSetup, build_questions
from studyapp.core.store import Rating
from studyapp.gui.context import Destination
from studyapp.gui.main_window import MainWindow
from studyapp.gui.quiz.answers import MatchingAnswer
from studyapp.gui.quiz.page import QuizPage
from studyapp.gui.screens.registry import KEYS
from studyapp.gui.screens.review import ReviewScreen
from studyapp.gui.screens.stats import StatsScreen
from studyapp.gui.widgets import announce

from .a11y_walk import accessible_name, focusables, tab_stops, unnamed, unreachable

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"


def settle() -> None:
    QApplication.processEvents()


@pytest.mark.parametrize("key", KEYS)
def test_every_screen_names_its_controls_and_tab_reaches_them(
    qtbot: QtBot, window: MainWindow, key: str
) -> None:
    window.show_page(key)
    settle()
    page = window.page(key)
    assert focusables(page), f"{key}: nothing on the screen takes the keyboard"
    assert unnamed(window) == []
    assert unreachable(qtbot, window, page) == []


def test_review_names_its_answer_side_and_its_end(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("review")
    review = window.screen_as("review", ReviewScreen)
    review.show_answer()
    settle()
    assert unnamed(window) == []
    assert unreachable(qtbot, window, review) == []
    review.rate(Rating.GOOD)
    window.go(Destination("review", "no-such-deck", start=True))  # nothing due: the end page
    settle()
    assert review.done_title.isVisible()
    assert unnamed(window) == []
    assert unreachable(qtbot, window, review) == []


def test_browse_names_a_chosen_fact(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("browse")
    browse = window.page("browse")
    browse.table.selectRow(0)  # type: ignore[attr-defined]
    settle()
    assert browse.detail.toPlainText()  # type: ignore[attr-defined]
    assert unnamed(window) == []
    assert unreachable(qtbot, window, browse) == []


def test_sources_names_its_disagreements(qtbot: QtBot, window: MainWindow) -> None:
    from studyapp.gui.screens.sources import SourcesScreen

    window.show_page("sources")
    sources = window.screen_as("sources", SourcesScreen)
    sources.show_disagreements()
    settle()
    assert unnamed(window) == []
    assert unreachable(qtbot, window, sources) == []


def test_read_names_an_opened_article(qtbot: QtBot, window: MainWindow) -> None:
    deck = window.ctx.library.decks[0]
    window.go(Destination("read", deck.id, facts=(deck.facts[0].id,)))
    settle()
    assert unnamed(window) == []
    assert unreachable(qtbot, window, window.page("read")) == []


def test_learn_names_a_round(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("learn")
    from studyapp.gui.learn.screen import LearnScreen

    learn = window.screen_as("learn", LearnScreen)
    learn.start_round()
    settle()
    assert unnamed(window) == []
    assert unreachable(qtbot, window, learn) == []


# -- the quiz ----------------------------------------------------------------------------


def question_of(quiz: QuizPage, window: MainWindow, kind: QuestionType) -> Question:
    for seed in range(30):
        for q in build_questions(
            QuizSetup(count=3, types=(kind,), seed=seed),
            window.ctx.library.decks,
            "hant",
            quiz.generate(),
        ):
            if q.type is kind:
                return q
    raise AssertionError(f"no {kind} question")


def ask(window: MainWindow, kind: QuestionType) -> QuizPage:
    quiz = window.screen_as("quiz", QuizPage)
    window.show_page("quiz")
    question = question_of(quiz, window, kind)
    quiz.begin(QuizSession([question], QuizSetup(count=1), monotonic=lambda: 0.0))
    settle()
    return quiz


@pytest.mark.parametrize("kind", list(QuestionType))
def test_every_control_of_a_quiz_question_is_named_and_reached_by_tab(
    qtbot: QtBot, window: MainWindow, kind: QuestionType
) -> None:
    quiz = ask(window, kind)
    view = quiz.run_view
    answer = view.answer
    assert answer is not None
    controls = focusables(view, enabled_only=True)
    # the answer's own controls (options, pairs, items, the typed line) are there
    assert [w for w in controls if answer.isAncestorOf(w) or w in view._pinned]
    assert unnamed(window) == []
    assert unreachable(qtbot, window, view) == []
    if kind is QuestionType.FLASHCARD:
        answer.reveal()  # type: ignore[attr-defined]
    if kind is QuestionType.MATCHING:  # every pair made: Check is enabled
        assert isinstance(answer, MatchingAnswer)
        for i, j in enumerate(answer.question.pairing):
            answer.choose_left(i)
            answer.choose_right(j)
        assert answer.submit_button.isEnabled()
    settle()
    assert unnamed(window) == []
    assert unreachable(qtbot, window, view) == []
    if kind in (QuestionType.MATCHING, QuestionType.ORDERING):
        assert answer.submit_button in tab_stops(qtbot, window)  # type: ignore[attr-defined]


def test_the_quiz_feedback_its_results_and_history_are_named(
    qtbot: QtBot, window: MainWindow
) -> None:
    quiz = window.screen_as("quiz", QuizPage)
    window.show_page("quiz")
    quiz.start(QuizSetup(count=1, types=(QuestionType.TRUEFALSE,)))  # saved: History has it
    view = quiz.run_view
    qtbot.keyClick(view, Qt.Key.Key_T)
    settle()
    assert view.next_button.isVisible()
    assert unnamed(window) == []
    assert unreachable(qtbot, window, view) == []
    qtbot.keyClick(view, Qt.Key.Key_Escape)  # paused
    settle()
    assert unnamed(window) == []
    assert unreachable(qtbot, window, view) == []
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.keyClick(view, Qt.Key.Key_Return)  # the results
    settle()
    assert quiz.results_view.isVisible()
    assert unnamed(window) == []
    assert unreachable(qtbot, window, quiz.results_view) == []
    quiz.show_history()
    settle()
    assert unnamed(window) == []
    assert unreachable(qtbot, window, quiz.history_view) == []
    quiz.open_attempt(quiz.history_view.attempts[0].id)  # a past attempt
    walk_dialog(qtbot, quiz.attempt_dialog)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    quiz.show_match()
    settle()
    assert quiz.match_view.isVisible()
    assert unnamed(window) == []
    assert unreachable(qtbot, window, quiz.match_view) == []


@pytest.mark.parametrize("right", [True, False])
def test_a_right_or_wrong_answer_is_announced(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, right: bool
) -> None:
    sent: list[tuple[QAccessible.Event, str, QWidget]] = []

    def record(event: QAccessibleEvent) -> None:
        assert isinstance(event, QAccessibleAnnouncementEvent)
        target = event.object()
        assert isinstance(target, QWidget)
        sent.append((event.type(), event.message(), target))

    monkeypatch.setattr(announce, "send", record)
    quiz = ask(window, QuestionType.TRUEFALSE)
    view = quiz.run_view
    question = view.session.current  # type: ignore[union-attr]
    assert question is not None
    said_true = question.truth if right else not question.truth
    qtbot.keyClick(view, Qt.Key.Key_T if said_true else Qt.Key.Key_F)
    assert len(sent) == 1
    kind, message, target = sent[0]
    assert kind == QAccessible.Event.Announcement
    assert target is view.feedback
    assert message.startswith("✓ Right" if right else "✗ Wrong")
    assert "Answer:" in message  # the right answer is said too, in plain words
    assert "<" not in message
    # a screen reader that reads the label later finds the same words
    assert view.feedback.accessibleName() == message


# -- the dialogs ----------------------------------------------------------------------------


def walk_dialog(qtbot: QtBot, dialog: QDialog) -> None:
    assert dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    settle()
    assert unnamed(dialog) == []
    assert unreachable(qtbot, dialog) == []
    dialog.reject()


DIALOGS: dict[str, Callable[[MainWindow], QDialog]] = {}


def _settings(window: MainWindow) -> QDialog:
    window.open_settings()
    assert window.settings_dialog is not None
    return window.settings_dialog


def _backups(window: MainWindow) -> QDialog:
    store = window.ctx.store
    assert store is not None
    store.maybe_backup(force=True)
    window.open_backups()
    return window.backups_dialog  # type: ignore[return-value]


def _export(window: MainWindow) -> QDialog:
    window.open_export()
    return window.export_dialog  # type: ignore[return-value]


def _anki_import(window: MainWindow) -> QDialog:
    window.open_anki_import()
    return window.anki_import_dialog  # type: ignore[return-value]


def _deck_options(window: MainWindow) -> QDialog:
    from studyapp.gui.screens.decks import DecksScreen

    decks = window.screen_as("decks", DecksScreen)
    decks.options_button.click()
    return decks.options_dialog  # type: ignore[return-value]


def _custom_study(window: MainWindow) -> QDialog:
    from studyapp.gui.screens.decks import DecksScreen

    decks = window.screen_as("decks", DecksScreen)
    decks.custom_button.click()
    return decks.custom_dialog  # type: ignore[return-value]


def _error(window: MainWindow) -> QDialog:
    from studyapp.gui.dialogs.errors import show_error

    return show_error(window, "studyapp", "The disk is full.", "details for the log")


DIALOGS = {
    "error message": _error,
    "settings": _settings,
    "backups": _backups,
    "export": _export,
    "anki import": _anki_import,
    "deck options": _deck_options,
    "custom study": _custom_study,
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_main_dialog_names_its_controls(qtbot: QtBot, window: MainWindow, name: str) -> None:
    walk_dialog(qtbot, DIALOGS[name](window))


def test_the_import_review_names_its_controls(qtbot: QtBot, window: MainWindow) -> None:
    window.open_import()
    dialog = window.import_dialog
    assert dialog is not None
    settle()
    assert unnamed(dialog) == []  # the empty dialog
    with qtbot.waitSignal(dialog.loaded, timeout=15_000):
        dialog.open_file(ARTICLES / "lab-hant.md")
    walk_dialog(qtbot, dialog)


def test_the_edit_fact_dialog_names_its_controls(qtbot: QtBot, window: MainWindow) -> None:
    from studyapp.gui.dialogs.edit_fact import EditFactDialog

    deck = window.ctx.library.decks[0]
    dialog = EditFactDialog(window.ctx, deck.id, deck.facts[0].id, window)
    dialog.show()
    walk_dialog(qtbot, dialog)


# -- charts -------------------------------------------------------------------------------


def test_each_chart_has_its_figures_as_a_table(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("review")
    review = window.screen_as("review", ReviewScreen)
    for _ in range(3):
        review.show_answer()
        review.rate(Rating.GOOD)
    window.show_page("stats")
    stats = window.screen_as("stats", StatsScreen)
    stats.refresh()
    settle()
    tabs = stats.chart_tabs
    assert [t.tabText(1) for t in tabs] == ["Table"] * 4
    reviews = tabs[0]
    reviews.setCurrentIndex(1)
    table = reviews.figures
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[0] == "Day"
    assert table.rowCount() == len(stats.reviews_chart.bars) > 0
    today = table.rowCount() - 1
    answered = sum(int(table.item(today, c).text()) for c in range(1, table.columnCount()))
    assert answered == 3
    assert reviews.accessibleName() == stats.reviews_chart.title
    topics = tabs[3].figures
    assert topics.rowCount() == len(stats.topics_chart.rows) > 0
    # Tab reaches the table's tab bar; the table itself once shown
    assert reviews.figures in tab_stops(qtbot, window)


def test_on_review_space_presses_the_button_tab_reached_and_else_rates_good(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.show_page("review")
    review = window.screen_as("review", ReviewScreen)
    rated: list[Rating] = []
    monkeypatch.setattr(review, "rate", rated.append)
    review.show_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(review.show_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: review.rate_row.isVisible())
    # the button it pressed is gone: the focus is on the card, not on "Again"
    assert QApplication.focusWidget() is review.card_scroll
    qtbot.keyClick(review.card_scroll, Qt.Key.Key_Space)
    assert rated == [Rating.GOOD]
    again = review.rate_buttons[Rating.AGAIN]
    again.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(rated) == 2)
    assert rated == [Rating.GOOD, Rating.AGAIN]
    review.browse_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(review.browse_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.current_page() == "browse")


def test_a_ring_shows_the_focus_as_tab_moves_through_a_matching(
    qtbot: QtBot, window: MainWindow, qapp: QApplication
) -> None:
    from studyapp.gui.theme import install_focus_ring

    ring = install_focus_ring(qapp)
    quiz = ask(window, QuestionType.MATCHING)
    view = quiz.run_view
    seen = []
    for _ in range(len(focusables(window, enabled_only=True)) + 1):
        qtbot.keyClick(QApplication.focusWidget() or view, Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        assert focus is not None and ring.widget is focus
        seen.append(focus)
    answer = view.answer
    assert isinstance(answer, MatchingAnswer)
    assert set(answer.left_buttons + answer.right_buttons) <= set(seen)


def test_a_learn_verdict_is_announced(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from studyapp.gui.learn.screen import LearnScreen

    from .test_learn_screen import answer_by_keys, learn_screen

    sent: list[QAccessibleEvent] = []
    monkeypatch.setattr(announce, "send", sent.append)
    screen: LearnScreen = learn_screen(window)
    screen.start_round()
    session = screen.session
    assert session is not None and session.question is not None
    answer_by_keys(screen, qtbot, session.question, right=False)
    assert len(sent) == 1
    event = sent[0]
    assert isinstance(event, QAccessibleAnnouncementEvent)
    assert event.object() is screen.feedback
    assert event.message().startswith("✗ Not yet")
    assert screen.feedback.accessibleName() == event.message()
    # and the focus is on Next, whose Enter goes on
    assert QApplication.focusWidget() is screen.next_button


@pytest.mark.parametrize("kind", [QuestionType.TYPED, QuestionType.MCQ])
def test_the_question_is_said_with_the_focus(
    qtbot: QtBot, window: MainWindow, kind: QuestionType
) -> None:
    quiz = ask(window, kind)
    view = quiz.run_view
    question = view.session.current  # type: ignore[union-attr]
    assert question is not None
    focus = QApplication.focusWidget()
    assert focus is not None
    assert focus is (view.answer.focus_target() or view)  # type: ignore[union-attr]
    assert focus.accessibleDescription() == question.prompt
    assert accessible_name(focus)  # "Your answer", "Quiz question"


def test_the_match_game_says_the_chosen_tile_and_each_pair(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(announce, "send", lambda event: said.append(event.message()))
    quiz = window.screen_as("quiz", QuizPage)
    window.show_page("quiz")
    quiz.show_match()
    game = quiz.match_game
    assert game is not None
    tiles = quiz.match_view.tiles
    by_pair: dict[int, list[int]] = {}
    for t in game.tiles:
        by_pair.setdefault(t.pair, []).append(t.index)
    a, b = by_pair[0]
    other = by_pair[1][0]
    words = (tiles[a].text(), tiles[b].text())
    tiles[a].click()
    assert tiles[a].accessibleDescription() == "Chosen"
    tiles[other].click()  # not its partner
    assert said == ["Not a pair: one second more"]
    assert tiles[a].accessibleDescription() == ""
    tiles[a].click()
    tiles[b].click()
    assert said[-1] == f"A pair: {words[0]} — {words[1]}"
    assert not tiles[a].isEnabled() and not accessible_name(tiles[a])


def test_review_says_the_card_and_announces_its_answer(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(announce, "send", lambda event: said.append(event.message()))
    window.show_page("review")
    review = window.screen_as("review", ReviewScreen)
    prompt = review.prompt.text()
    assert prompt and prompt in review.card_scroll.accessibleDescription()
    qtbot.keyClick(review.card_scroll, Qt.Key.Key_Space)
    answer = review.answer.text()
    assert len(said) == 1 and said[0].startswith(answer + "\n")
    described = review.card_scroll.accessibleDescription()
    assert prompt in described and answer in described and "<" not in described
    assert accessible_name(review.card_scroll) == "The card"
