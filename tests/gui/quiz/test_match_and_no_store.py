"""The Match game board, and quizzes without a progress store."""

from __future__ import annotations

import random
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studyapp.core.deck.library import load_library
from studyapp.core.questions.model import QuestionType
from studyapp.core.quiz import Feedback, QuizSetup, Selection
from studyapp.core.store import OpenedProgress
from studyapp.gui.context import GuiContext
from studyapp.gui.main_window import MainWindow
from studyapp.gui.quiz.page import QuizPage
from studyapp.gui.settings import AppSettings
from studyapp.gui.worker import TaskRunner

from .conftest import FakeMonotonic, configure


def play_to_the_end(qtbot: QtBot, page: QuizPage, mono: FakeMonotonic, *, mistakes: int) -> None:
    game = page.match_game
    assert game is not None
    by_pair: dict[int, list[int]] = {}
    for tile in game.tiles:
        by_pair.setdefault(tile.pair, []).append(tile.index)
    tiles = page.match_view.tiles
    for _ in range(mistakes):
        qtbot.mouseClick(tiles[by_pair[0][0]], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(tiles[by_pair[1][0]], Qt.MouseButton.LeftButton)
    for a, b in by_pair.values():
        mono.advance(1)
        qtbot.mouseClick(tiles[a], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(tiles[b], Qt.MouseButton.LeftButton)
        assert not tiles[a].isEnabled() and tiles[a].text() == ""


def test_match_game_keeps_the_best_time_per_deck(
    qtbot: QtBot, window: MainWindow, quiz: QuizPage, mono: FakeMonotonic
) -> None:
    qtbot.mouseClick(quiz.setup_view.match_button, Qt.MouseButton.LeftButton)
    view = quiz.match_view
    assert quiz.stack.currentWidget() is view
    assert len(view.tiles) == 12 and view.best_label.text() == "No best time yet"
    assert len({t.text() for t in view.tiles}) == 12
    play_to_the_end(qtbot, quiz, mono, mistakes=1)
    assert quiz.match_game is not None and quiz.match_game.finished
    # six seconds after the first click, plus one penalty second
    assert view.time_label.text() == "7.0 s"
    assert "A new best time!" in view.message.text()
    assert view.best_label.text() == "Best: 7.0 s"
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    play_to_the_end(qtbot, quiz, mono, mistakes=3)
    assert view.best_label.text() == "Best: 7.0 s"
    assert "new best" not in view.message.text()
    assert window.ctx.store is not None
    deck = window.ctx.library.decks[0]
    assert window.ctx.store.match_best_ms(deck.id) == 7000


def test_match_tiles_follow_the_script(qtbot: QtBot, window: MainWindow, quiz: QuizPage) -> None:
    qtbot.mouseClick(quiz.setup_view.match_button, Qt.MouseButton.LeftButton)
    before = [t.text() for t in quiz.match_view.tiles]
    window.ctx.set_script("hans")
    after = [t.text() for t in quiz.match_view.tiles]
    assert before != after and len(after) == 12


def test_without_a_store_quizzes_run_but_say_they_are_not_saved(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, mono: FakeMonotonic
) -> None:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    ctx = GuiContext(tmp_path, settings, TaskRunner())
    ctx.attach(load_library(tmp_path), OpenedProgress(None))
    page = QuizPage(ctx, monotonic=mono, rng=random.Random(2))
    qtbot.addWidget(page)
    page.show()
    assert "will not be saved" in page.setup_view.notice.text()
    configure(
        page,
        QuizSetup(
            count=2,
            types=(QuestionType.TRUEFALSE,),
            selection=Selection.MISTAKES,
            feedback=Feedback.AT_END,
        ),
    )
    qtbot.mouseClick(page.setup_view.start_button, Qt.MouseButton.LeftButton)
    assert page.run_view.unsaved_label.text() == "Not saved: progress is unavailable"
    qtbot.keyClick(page.run_view, Qt.Key.Key_T)
    qtbot.keyClick(page.run_view, Qt.Key.Key_F)
    results = page.results_view
    assert page.stack.currentWidget() is results
    assert "was not saved" in results.status.text()
    if results.review_button.isEnabled():
        qtbot.mouseClick(results.review_button, Qt.MouseButton.LeftButton)
        assert "cannot be sent to review" in results.status.text()
    qtbot.mouseClick(results.history_button, Qt.MouseButton.LeftButton)
    assert "no history" in page.history_view.note.text()
