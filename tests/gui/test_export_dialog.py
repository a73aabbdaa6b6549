"""The Export dialog runs the export in the background and offers the folder."""

from __future__ import annotations

import importlib.util
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studyapp.gui.main_window import MainWindow

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("studyapp.core.anki_export") is None,
    reason="the Anki export core (studyapp.core.anki_export) is not installed yet",
)


def test_export_dialog_writes_an_apkg(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    from studyapp.gui.dialogs.export import ExportDialog

    assert window.export_action.isEnabled()
    window.export_action.trigger()
    dialog = window.export_dialog
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    target = tmp_path / "out" / "anthropic.apkg"
    target.parent.mkdir()
    dialog.path.setText(str(target))
    dialog.script.setCurrentIndex(dialog.script.findData("hans"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.task is not None
    with qtbot.waitSignal(dialog.task.finished, timeout=30_000):
        pass
    assert dialog.result_path == target, dialog.status.text()
    assert target.is_file() and zipfile.is_zipfile(target)
    assert dialog.show_button.isVisible()
    assert str(target) in dialog.status.text()
    assert dialog.last_result is not None
    # one note per fact and card kind (question and cloze), in one script
    assert dialog.last_result.notes == 2 * sum(len(d.facts) for d in window.ctx.library.decks)
    assert window.ctx.settings.export_path == str(target)
    # What the dialog wrote imports into real Anki, every note, in Simplified.
    anki = pytest.importorskip("anki.collection")
    folder = tmp_path / "anki"
    folder.mkdir()
    col = anki.Collection(str(folder / "collection.anki2"))
    try:
        request = anki.ImportAnkiPackageRequest(
            package_path=str(target), options=anki.ImportAnkiPackageOptions()
        )
        log = col.import_anki_package(request).log
        assert len(log.new) == dialog.last_result.notes
        assert col.note_count() == dialog.last_result.notes
        fields = " ".join(col.get_note(nid).joined_fields() for nid in col.find_notes(""))
        # Simplified text, except the Traditional article's title, cited as it wrote it
        title = "從 OpenAI 出走到建立 Anthropic：共同創辦人首次完整回顧創業歷程"
        assert "创办" in fields and "創辦" not in fields.replace(title, "")
    finally:
        col.close()


def test_export_with_progress_says_what_anki_does_with_it(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    import sqlite3

    from studyapp.core.store import Rating

    store = window.ctx.store
    assert store is not None
    answered = 0
    while answered < 6 and (card := store.next_card()) is not None:
        store.answer(card, Rating.GOOD)
        answered += 1
    window.export_action.trigger()
    dialog = window.export_dialog
    assert dialog.with_progress.isEnabled() and not dialog.with_progress.isChecked()
    assert not dialog.progress_note.isVisible()
    dialog.with_progress.setChecked(True)
    assert dialog.progress_note.isVisible()
    note = dialog.progress_note.text()
    assert "Import any learning progress" in note and "does not have yet" in note
    dialog.script.setCurrentIndex(dialog.script.findData("both"))
    assert "the progress goes with the Traditional cards" in dialog.progress_note.text()
    dialog.script.setCurrentIndex(dialog.script.findData("hant"))
    assert "Traditional cards" not in dialog.progress_note.text()

    target = tmp_path / "progress.apkg"
    dialog.path.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.task is not None
    with qtbot.waitSignal(dialog.task.finished, timeout=30_000):
        pass
    result = dialog.last_result
    assert result is not None and result.reviews == answered
    assert f"with {answered} reviews" in dialog.status.text()
    assert "Import any learning progress" in dialog.status.text()
    assert window.ctx.settings.export_progress
    with zipfile.ZipFile(target) as zf:
        (tmp_path / "c.db").write_bytes(zf.read("collection.anki2"))
    conn = sqlite3.connect(tmp_path / "c.db")
    try:
        assert conn.execute("SELECT count(*) FROM revlog").fetchone()[0] == answered
    finally:
        conn.close()


def test_without_progress_the_option_is_off_and_says_why(
    make_window: Callable[..., MainWindow], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from studyapp.core.store import open_store
    from studyapp.gui import main_window
    from studyapp.paths import progress_file

    monkeypatch.setattr(main_window, "show_error", lambda *args, **kwargs: None)
    path = progress_file(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    other = open_store(path)  # another studyapp holds the progress
    try:
        window = make_window()
        window.export_action.trigger()
        dialog = window.export_dialog
        assert not dialog.with_progress.isEnabled() and not dialog.with_progress.isChecked()
        assert "already running" in dialog.with_progress.toolTip()
    finally:
        other.close()
