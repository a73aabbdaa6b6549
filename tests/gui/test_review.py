"""A review session with the keyboard alone: Space shows the answer, 1–4 rate,
Ctrl+Z undoes, and the end screen says what comes next. Every step is in the store."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studyapp.core.review_session import ReviewState
from studyapp.gui.main_window import MainWindow
from studyapp.gui.screens.decks import DecksScreen
from studyapp.gui.screens.review import ReviewScreen
from studyapp.paths import progress_file


def revlog(window: MainWindow) -> list[tuple[int, int]]:
    conn = sqlite3.connect(progress_file(window.ctx.data_dir))
    try:
        return conn.execute("SELECT card_id, rating FROM revlog ORDER BY id").fetchall()
    finally:
        conn.close()


def start(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    window.screen_as("decks", DecksScreen).tree.setFocus()
    qtbot.keyClick(window.screen_as("decks", DecksScreen).tree, Qt.Key.Key_Return)
    assert window.current_page() == "review"
    assert window.screen_as("review", ReviewScreen).session is not None
    window.screen_as("review", ReviewScreen).setFocus()


def key(
    window: MainWindow,
    qtbot: QtBot,
    k: Qt.Key,
    mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    target = window.focusWidget() or window.screen_as("review", ReviewScreen)
    qtbot.keyClick(target, k, mod)


def test_enter_on_a_deck_starts_review_and_space_shows_the_answer(
    window: MainWindow, qtbot: QtBot
) -> None:
    start(window, qtbot)
    review = window.screen_as("review", ReviewScreen)
    assert review.session is not None
    assert review.session.state is ReviewState.QUESTION
    assert review.prompt.text()
    assert not review.back.isVisible()
    key(window, qtbot, Qt.Key.Key_Space)
    assert review.session.state is ReviewState.ANSWER
    assert review.back.isVisible()
    assert review.answer.text()
    texts = [b.text() for b in review.rate_buttons.values()]
    assert [t.split("\n")[0] for t in texts] == ["Again", "Hard", "Good", "Easy"]
    assert all("\n" in t and t.split("\n")[1] for t in texts)  # each shows its interval


def test_keys_rate_and_undo_writes_and_removes_rows(window: MainWindow, qtbot: QtBot) -> None:
    start(window, qtbot)
    review = window.screen_as("review", ReviewScreen)
    assert review.session is not None
    first = review.session.card
    assert first is not None
    ratings = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4]
    for k in ratings:
        key(window, qtbot, Qt.Key.Key_Space)
        key(window, qtbot, k)
    rows = revlog(window)
    assert [r for _c, r in rows] == [1, 2, 3, 4]
    assert rows[0][0] == first.id
    assert review.session.reviewed == 4
    assert review.progress_label.text() == "4 done"

    key(window, qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [r for _c, r in revlog(window)] == [1, 2, 3]
    assert review.session.reviewed == 3
    assert review.session.state is ReviewState.QUESTION
    assert review.session.card is not None and review.session.card.id == rows[3][0]


def test_end_screen_when_nothing_is_due(window: MainWindow, qtbot: QtBot) -> None:
    store = window.ctx.store
    assert store is not None
    store.update_settings(new_per_day=2)
    window.ctx.notify_progress()
    start(window, qtbot)
    review = window.screen_as("review", ReviewScreen)
    assert review.session is not None
    for _ in range(20):  # Easy graduates a new card at once
        if review.session.state is ReviewState.FINISHED:
            break
        key(window, qtbot, Qt.Key.Key_Space)
        key(window, qtbot, Qt.Key.Key_4)
    assert review.session.state is ReviewState.FINISHED
    assert review.done_title.text() == "Nothing is due now"
    text = review.done_text.text()
    assert "You reviewed 2 cards in this session." in text
    assert "Your next reviews are due" in text
    assert review.done_undo.isVisible()
    qtbot.mouseClick(review.back_button, Qt.MouseButton.LeftButton)
    assert window.current_page() == "decks"
