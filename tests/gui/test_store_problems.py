"""A progress file the app must not use: written by a newer studyapp, or held by a
second running instance. Each is explained in a dialog in plain words, the app
runs without progress, and the file keeps every byte."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from studyapp.core.store import SCHEMA_VERSION, Store, open_store
from studyapp.gui.main_window import MainWindow
from studyapp.gui.screens.browse import BrowseScreen
from studyapp.gui.screens.review import ReviewScreen
from studyapp.paths import progress_file
from tests.gui.conftest import MakeWindow, Shown, close, facts_in


def made_store(data_dir: Path) -> Path:
    path = progress_file(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    open_store(path).close()
    return path


def files(path: Path) -> dict[str, bytes]:
    """The database and any journal beside it."""
    return {p.name: p.read_bytes() for p in sorted(path.parent.glob(path.name + "*"))}


def assert_runs_without_progress(window: MainWindow, shown: Shown, words: str) -> None:
    assert window.ctx.store is None
    window.report_startup_problem()
    ((title, text, detail),) = shown
    assert title == "Your progress could not be opened"
    assert words in text
    assert "Traceback" not in text and "Error" not in text
    assert "without saving progress" in detail
    # The decks can still be browsed; studying says why it cannot.
    window.show_page("browse")
    assert len(window.screen_as("browse", BrowseScreen).model.rows) == facts_in(window)
    window.show_page("review")
    assert (
        window.screen_as("review", ReviewScreen).done_title.text() == "Reviewing is not available"
    )


def test_a_file_from_a_newer_studyapp(
    make_window: MakeWindow, data_dir: Path, shown: Shown
) -> None:
    path = made_store(data_dir)
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = files(path)
    window = make_window()
    assert_runs_without_progress(window, shown, "written by a newer version of studyapp")
    assert "left untouched" in shown[0][1]
    close(window)
    assert files(path) == before
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION + 1,)
    conn.close()


@pytest.fixture
def other_instance(data_dir: Path) -> Iterator[Store]:
    """A second studyapp that has the progress file open."""
    store = open_store(made_store(data_dir))
    yield store
    store.close()


def test_a_file_another_studyapp_is_using(
    make_window: MakeWindow, data_dir: Path, shown: Shown, other_instance: Store
) -> None:
    path = progress_file(data_dir)
    other_instance.checkpoint()
    before = files(path)
    window = make_window()
    assert_runs_without_progress(window, shown, "already running")
    close(window)
    assert files(path) == before
    # The first instance keeps working with its file.
    other_instance.sync_cards("d", [("f1", "t")])
    assert [c.fact_id for c in other_instance.all_cards()] == ["f1"] * 2
