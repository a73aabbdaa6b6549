"""Issue 14: backups and restoring one from the GUI (File › Backups…)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from studyapp.core.store import Rating
from studyapp.gui.dialogs.backups import BackupsDialog
from studyapp.gui.main_window import MainWindow
from studyapp.gui.screens.review import ReviewScreen

from .test_scheduling import _study


def listed(qtbot: QtBot, dialog: BackupsDialog) -> None:
    if dialog._task is not None:
        with qtbot.waitSignal(dialog.listed, timeout=10_000):
            pass


def test_backups_list_what_each_holds_and_restore_brings_it_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    store = window.ctx.store
    assert store is not None
    window.show_page("review")
    _study(window, Rating.GOOD, 3)
    store.maybe_backup(force=True)
    window.show_page("review")
    _study(window, Rating.AGAIN, 2)

    window.open_backups()
    dialog = window.backups_dialog
    assert isinstance(dialog, BackupsDialog)
    listed(qtbot, dialog)
    assert dialog.table.rowCount() == 1
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(5)]
    assert headers == ["Taken", "Reviews", "Cards (studied)", "Last review", "Quizzes"]
    row = [dialog.table.item(0, c).text() for c in range(5)]
    assert row[1] == "3" and row[2].endswith("(3)") and row[4] == "0"

    # the reader asks to restore it, is asked first, and says yes
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    box = dialog.last_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "It holds 3 reviews of" in box.text()
    assert "backed up first" in box.informativeText()
    with qtbot.waitSignal(dialog.restored, timeout=10_000):
        dialog.confirm_button.click()
    listed(qtbot, dialog)
    assert "Restored the backup of" in dialog.status.text()
    assert "newest backup in the list" in dialog.status.text()

    # the app goes on with the restored progress: three reviews, not five
    restored = window.ctx.store
    assert restored is not None and restored is not store
    reviews = sum(len(restored.review_log(c.id)) for c in restored.all_cards())
    assert reviews == 3
    # and the progress it replaced is a backup now, with all five
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 1).text() == "5"
    review = window.screen_as("review", ReviewScreen)
    window.show_page("review")
    assert review.session is not None and review.session.store is restored


def test_back_up_now_adds_a_backup(qtbot: QtBot, window: MainWindow) -> None:
    window.open_backups()
    dialog = window.backups_dialog
    assert isinstance(dialog, BackupsDialog)
    listed(qtbot, dialog)
    assert dialog.table.rowCount() == 0
    assert dialog.status.text() == "There are no backups yet."
    assert not dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    listed(qtbot, dialog)
    assert dialog.table.rowCount() == 1 and dialog.status.text() == "Backed up."
