"""Issue 14, Settings: right after reviewing, "Optimize my scheduler" counts the
answers given, and says how many of them it can learn from yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studyapp.core.store import Rating
from studyapp.gui.dialogs.settings import SettingsDialog
from studyapp.gui.main_window import MainWindow

from .test_scheduling import _study


def test_optimizing_right_after_nine_reviews_counts_them(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("review")
    _study(window, Rating.GOOD, 9)
    window.open_settings()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    qtbot.mouseClick(dialog.optimize_button, Qt.MouseButton.LeftButton)
    assert dialog.task is not None
    with qtbot.waitSignal(dialog.task.finished, timeout=20_000):
        pass
    text = dialog.optimize_result.text()
    assert text.startswith("Your review log has 9 answers.")
    assert "came back on a later day: 0 of them so far." in text
    assert "not enough yet" in text
    assert "0 reviews" not in text
    dialog.reject()
