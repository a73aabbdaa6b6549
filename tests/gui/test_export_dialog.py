"""The Export dialog runs the export in the background and offers the folder."""

from __future__ import annotations

import importlib.util
import zipfile
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
