"""File › Bring progress back from Anki: the file is read in the background with a
progress bar, the reviews are merged into the progress, and the dialog says what
changed; importing the same file again adds nothing; a wrong file is explained."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studyapp.core.anki_export import export_apkg
from studyapp.core.store import open_store
from studyapp.gui import main_window
from studyapp.gui.dialogs.anki_import import AnkiImportDialog
from studyapp.gui.main_window import MainWindow
from studyapp.paths import progress_file
from tests.core.progress_travel import open_studied


@pytest.fixture
def package(window: MainWindow, tmp_path: Path) -> tuple[Path, int]:
    """A package with a few days of reviews of the built-in deck (as Anki writes one
    with its scheduling: the notes with their GUIDs, the cards, the review log)."""
    deck = window.ctx.library.decks[0]
    store, _clock = open_studied(tmp_path / "elsewhere.sqlite", deck, days=3)
    try:
        snapshot = store.progress_snapshot([deck.id])
        answers = sum(1 for h in snapshot.reviews.values() for r in h if r.rating)
        path = export_apkg(
            [deck], tmp_path / "from-anki.apkg", with_progress=snapshot, now=lambda: 1.7e9
        ).path
    finally:
        store.close()
    return path, answers


def _import(dialog: AnkiImportDialog, qtbot: QtBot, path: Path) -> None:
    dialog.path.setText(str(path))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.task is not None
    assert dialog.progress.isVisible() and not dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.task.finished, timeout=30_000):
        pass


def _reviews(window: MainWindow) -> int:
    store = window.ctx.store
    assert store is not None
    return sum(len(store.review_log(c.id)) for c in store.all_cards())


def test_reviews_come_back_once(
    window: MainWindow, qtbot: QtBot, package: tuple[Path, int]
) -> None:
    path, answers = package
    assert window.anki_import_action.text() == "&Bring progress back from Anki…"
    assert window.anki_import_action in window.file_menu.actions()
    window.anki_import_action.trigger()
    dialog = window.anki_import_dialog
    assert isinstance(dialog, AnkiImportDialog) and dialog.isVisible()
    assert "Include scheduling information" in dialog.intro.text()
    assert "collection.anki2" in dialog.intro.text()
    assert not dialog.import_button.isEnabled()  # no file chosen yet

    with qtbot.waitSignal(window.ctx.progress_changed, timeout=30_000):
        _import(dialog, qtbot, path)
    text = dialog.status.text()
    assert f"{answers} reviews from Anki added (0 were already here)" in text, text
    assert str(path) in text
    assert _reviews(window) == answers
    assert dialog.progress.value() == dialog.progress.maximum()
    assert dialog.cancel_button.text() == "Close"
    assert window.ctx.settings.anki_import_path == str(path)

    _import(dialog, qtbot, path)
    assert f"Nothing new: all {answers} reviews" in dialog.status.text()
    assert _reviews(window) == answers


def test_a_file_that_is_not_from_anki_is_explained(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window.anki_import_action.trigger()
    dialog = window.anki_import_dialog
    text_file = tmp_path / "notes.apkg"
    text_file.write_text("hello", encoding="utf-8")
    _import(dialog, qtbot, text_file)
    assert dialog.status.text() == (
        f"{text_file} is not a file from Anki. Choose a package Anki exported (.apkg, .colpkg) "
        "or Anki's collection file (collection.anki2)."
    )
    assert not dialog.progress.isVisible()
    assert dialog.import_button.isEnabled()
    assert _reviews(window) == 0


def test_a_plain_export_asks_for_the_scheduling(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    plain = export_apkg(window.ctx.library.decks, tmp_path / "plain.apkg").path
    window.anki_import_action.trigger()
    dialog = window.anki_import_dialog
    _import(dialog, qtbot, plain)
    assert "has no learning progress" in dialog.status.text()
    assert "Include scheduling information" in dialog.status.text()


def test_without_progress_there_is_nothing_to_import_into(
    make_window: Callable[..., MainWindow], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(main_window, "show_error", lambda *args, **kwargs: None)
    path = progress_file(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    other = open_store(path)  # another studyapp holds the progress
    try:
        window = make_window()
        window.anki_import_action.trigger()
        dialog = window.anki_import_dialog
        dialog.path.setText("/somewhere/collection.anki2")
        assert not dialog.import_button.isEnabled()
        assert "already running" in dialog.status.text()
    finally:
        other.close()


def test_an_anki_collection_is_only_read(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    """An Anki collection is opened read-only: not one byte of it changes."""
    path = tmp_path / "collection.anki2"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, guid TEXT, mid INTEGER)")
    conn.execute(
        "CREATE TABLE cards (id INTEGER PRIMARY KEY, nid INTEGER, ord INTEGER, type INTEGER)"
    )
    conn.execute("CREATE TABLE revlog (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    window.anki_import_action.trigger()
    dialog = window.anki_import_dialog
    _import(dialog, qtbot, path)
    assert "has none of the notes studyapp exported" in dialog.status.text()
    assert path.read_bytes() == before
