"""The desktop app meeting storage faults: each is said in plain words (never
the unexpected-error dialog), the window never hangs on "Loading decks…", and
the progress keeps every acknowledged answer.

A full disk is a small tmpfs filled to the last byte, another program's lock is
a second SQLite connection holding a write transaction, a read-only file is one
whose permission bits apply (:mod:`tests.faults`)."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from studyapp.core.questions.model import QuestionType
from studyapp.core.quiz import QuizSetup
from studyapp.core.store import Rating
from studyapp.gui import app as gui_app
from studyapp.gui.main_window import MainWindow
from studyapp.gui.quiz.page import QuizPage
from studyapp.gui.screens.decks import DecksScreen
from studyapp.gui.screens.review import ReviewScreen
from studyapp.gui.screens.stats import StatsScreen
from studyapp.paths import log_file, progress_file
from tests.faults import (
    fill,
    no_override,
    permissions_apply,
    reviews_in,
    short_busy_wait,  # noqa: F401  (a fixture)
    small_disk,
    studied,
)
from tests.gui.conftest import MakeWindow, Shown, close

pytestmark = pytest.mark.usefixtures("short_busy_wait")


def _review(window: MainWindow, answers: int) -> ReviewScreen:
    window.show_page("decks")
    window.screen_as("decks", DecksScreen).study(None)
    review = window.screen_as("review", ReviewScreen)
    for _ in range(answers):
        review.show_answer()
        review.rate(Rating.GOOD)
    return review


# -- another program's lock ---------------------------------------------------------------


@pytest.fixture
def foreign_writer(data_dir: Path) -> Iterator[sqlite3.Connection]:
    studied(progress_file(data_dir), 2, cards=5)
    conn = sqlite3.connect(progress_file(data_dir), isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE config SET value = value")
    yield conn
    if conn.in_transaction:
        conn.execute("ROLLBACK")
    conn.close()


def test_another_programs_lock_at_start_is_said_and_the_decks_load(
    make_window: MakeWindow, shown: Shown, foreign_writer: sqlite3.Connection, data_dir: Path
) -> None:
    window = make_window()
    assert window.is_loaded
    assert window.stack.currentWidget() is window.screen_as("decks", DecksScreen)
    assert window.loading_label.text() != "The decks could not be loaded."
    assert window.ctx.store is None
    window.report_startup_problem()
    ((title, text, detail),) = shown
    assert title == "Your progress could not be opened"
    assert "Another program is using your progress file" in text and "damaged" not in text
    assert "without saving progress" in detail
    close(window)
    foreign_writer.execute("ROLLBACK")
    assert reviews_in(progress_file(data_dir)) == 2


def test_another_programs_lock_mid_review_is_a_plain_dialog(
    make_window: MakeWindow, shown: Shown, data_dir: Path
) -> None:
    window = make_window()
    review = _review(window, 2)
    other = sqlite3.connect(progress_file(data_dir), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        review.show_answer()
        review.rate(Rating.GOOD)  # the unexpected-error hook would fail this test
    finally:
        other.execute("ROLLBACK")
        other.close()
    ((title, text, _detail),) = shown
    assert title == "Review"
    assert text.startswith("Another program is using your progress file")
    review.rate(Rating.GOOD)  # the same answer, once the other program let go
    assert review.session is not None and review.session.reviewed == 3
    close(window)
    assert reviews_in(progress_file(data_dir)) == 3


# -- a full disk ---------------------------------------------------------------------------


def test_a_full_disk_mid_review_is_a_plain_dialog_and_loses_no_answer(
    make_window: MakeWindow, shown: Shown, tmp_path: Path
) -> None:
    with small_disk(tmp_path / "disk", size_kb=4096) as disk:
        data = disk / "data"
        window = make_window(data=data)
        review = _review(window, 3)
        filler = fill(disk)
        for _ in range(50):  # the WAL has room for a few answers; then it has none
            review.show_answer()
            review.rate(Rating.GOOD)
            if shown:
                break
        ((title, text, _detail),) = shown
        assert title == "Review"
        assert text.startswith("The disk is full, so your progress file")
        assert review.session is not None
        saved = review.session.reviewed
        filler.unlink()
        review.rate(Rating.GOOD)  # with space again, the same answer is saved
        close(window)
        assert reviews_in(progress_file(data)) == saved + 1


def test_a_fresh_data_folder_on_a_full_disk_does_not_leave_the_app_stuck(
    make_window: MakeWindow, shown: Shown, tmp_path: Path
) -> None:
    with small_disk(tmp_path / "disk", size_kb=512) as disk:
        fill(disk, leave=8192)  # small files still fit; a database does not
        window = make_window(data=disk / "data")
        assert window.is_loaded and window.ctx.library.decks
        assert window.stack.currentWidget() is window.screen_as("decks", DecksScreen)
        window.report_startup_problem()
        ((title, text, _detail),) = shown
        assert title == "Your progress could not be opened"
        assert text.startswith("The disk is full")
        close(window)


def test_the_log_on_a_full_disk_prints_nothing(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here to stand for a full disk")
    path = log_file(data_dir)
    path.parent.mkdir(parents=True)
    path.symlink_to("/dev/full")  # every write: "No space left on device"
    logger = logging.getLogger("studyapp")
    before = list(logger.handlers)
    gui_app.setup_logging(data_dir)
    try:
        logging.getLogger("studyapp.gui.test").warning("a warning on a full disk")
    finally:
        for handler in logger.handlers[len(before) :]:
            logger.removeHandler(handler)
            handler.close()
    assert capsys.readouterr().err == ""


# -- a read-only file ---------------------------------------------------------------------


def test_a_read_only_progress_file_is_opened_read_only_and_the_next_start_works(
    make_window: MakeWindow, shown: Shown, data_dir: Path, qtbot: QtBot, qsettings: QSettings
) -> None:
    studied(progress_file(data_dir), 2, cards=5)
    path = progress_file(data_dir)
    path.chmod(0o444)
    try:
        with no_override():
            assert permissions_apply(path)
            window = make_window()
            store = window.ctx.store
            assert store is not None and store.readonly
            window.report_startup_problem()
            ((title, text, detail),) = shown
            assert title == "Your progress is open read-only"
            assert "is read-only, so studyapp opened it only for reading" in text
            assert "nothing is saved" in detail
            decks = window.screen_as("decks", DecksScreen)
            assert not decks.study_button.isEnabled()
            assert "read-only" in decks.notice.text()
            window.show_page("review")
            review = window.screen_as("review", ReviewScreen)
            assert review.done_title.text() == "Reviewing is not available"
            window.show_page("stats")  # the reader's statistics, read from the file
            stats = window.screen_as("stats", StatsScreen)
            assert stats.stats is not None and stats.stats.reviews_total == 2
            # A quiz runs and says it is not saved.
            quiz = window.screen_as("quiz", QuizPage)
            window.show_page("quiz")
            assert "read-only" in quiz.setup_view.notice.text()
            quiz.setup_view.apply(QuizSetup(count=2, types=(QuestionType.TRUEFALSE,)))
            qtbot.mouseClick(quiz.setup_view.start_button, Qt.MouseButton.LeftButton)
            assert quiz.run_view.unsaved_label.text() == "Not saved: progress is unavailable"
            close(window)
        leftovers = sorted(p.name for p in data_dir.glob("progress.sqlite-*"))
        assert leftovers == []  # nothing read-only left to break the next start
    finally:
        path.chmod(0o644)
    shown.clear()
    with no_override():
        again = make_window(QSettings(qsettings.fileName(), QSettings.Format.IniFormat))
        assert again.ctx.can_save
        review = _review(again, 1)
        assert review.session is not None and review.session.reviewed == 1
        close(again)
    assert shown == []
    assert reviews_in(path) == 3
    assert os.access(path, os.W_OK)
