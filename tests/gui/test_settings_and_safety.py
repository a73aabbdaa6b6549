"""Settings persist across a restart; the interface language switches live;
a progress file that cannot be used is reported and never overwritten; errors never show
a traceback."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from studyapp.core.deck.model import CardKind
from studyapp.gui.dialogs.errors import ExceptionHook
from studyapp.gui.dialogs.settings import SettingsDialog
from studyapp.gui.main_window import MainWindow
from studyapp.gui.screens.browse import BrowseScreen
from studyapp.gui.screens.decks import DecksScreen
from studyapp.gui.screens.review import ReviewScreen
from studyapp.gui.settings import AppSettings
from studyapp.paths import log_file, progress_file
from tests.gui.conftest import MakeWindow, close, facts_in


def test_settings_persist_across_a_restart(make_window: MakeWindow, qsettings: QSettings) -> None:
    first = make_window()
    first.open_settings()
    dialog = first.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    dialog.retention.setValue(0.85)
    dialog.new_per_day.setValue(7)
    dialog.font_size.setValue(26)
    dialog.kinds[CardKind.REVERSE].setChecked(True)
    dialog.script.setCurrentIndex(dialog.script.findData("hans"))
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.accept()
    assert first.ctx.store is not None
    assert first.ctx.store.settings.desired_retention == 0.85
    assert first.ctx.store.settings.new_per_day == 7
    first.show_page("stats")
    first.resize(780, 520)
    size = first.size()
    close(first)

    again = AppSettings(QSettings(qsettings.fileName(), QSettings.Format.IniFormat))
    assert again.font_size == 26
    assert "retention" not in Path(qsettings.fileName()).read_text(encoding="utf-8")  # one home
    assert again.card_kinds == ("qa", "cloze", "reverse")
    assert (again.script, again.theme, again.page) == ("hans", "dark", "stats")

    second = make_window(QSettings(qsettings.fileName(), QSettings.Format.IniFormat))
    assert second.current_page() == "stats"
    assert second.ctx.script == "hans"
    assert second.size() == size
    assert second.ctx.store is not None
    assert second.ctx.store.settings.new_per_day == 7
    second.open_settings()
    assert isinstance(second.settings_dialog, SettingsDialog)
    assert second.settings_dialog.retention.value() == 0.85  # read from the store
    assert second.screen_as("review", ReviewScreen).prompt.styleSheet() == "font-size: 26.0pt;"


def test_interface_language_switches_live(window: MainWindow, qapp: QApplication) -> None:
    assert window.nav.item(0).text() == "Decks"
    window.set_language("zh_TW")
    qapp.processEvents()
    assert window.nav.item(0).text() == "牌組"
    assert window.file_menu.title() == "檔案(&F)"
    assert window.screen_as("decks", DecksScreen).study_button.text().startswith("開始學習")
    window.set_language("zh_CN")
    qapp.processEvents()
    assert window.nav.item(0).text() == "牌组"
    assert window.screen_as("browse", BrowseScreen).column_name("question") == "问题"
    window.set_language("en")
    qapp.processEvents()
    assert window.nav.item(0).text() == "Decks"


def test_a_file_that_is_not_progress_is_reported_and_kept(
    make_window: MakeWindow, data_dir: Path, qtbot: QtBot
) -> None:
    path = progress_file(data_dir)
    path.parent.mkdir(parents=True)
    damaged = b"this is not a database" * 100
    path.write_bytes(damaged)
    window = make_window()
    assert window.ctx.store is None
    window.report_startup_problem()
    box = window.startup_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "is not a studyapp progress file" in box.text() and "Traceback" not in box.text()
    assert "left it exactly as it was" in box.text()
    # Browsing still works; studying says why it cannot.
    assert window.screen_as("decks", DecksScreen).notice.isVisible()
    window.show_page("browse")
    assert len(window.screen_as("browse", BrowseScreen).model.rows) == facts_in(window)
    window.show_page("review")
    assert (
        window.screen_as("review", ReviewScreen).done_title.text() == "Reviewing is not available"
    )
    box.close()
    close(window)
    assert path.read_bytes() == damaged


def test_unexpected_errors_show_a_dialog_and_a_log(data_dir: Path, qtbot: QtBot) -> None:
    hook = ExceptionHook(data_dir)
    try:
        raise RuntimeError("the disk spoke in riddles")
    except RuntimeError:
        hook(*sys.exc_info())  # type: ignore[arg-type]
    box = hook.last_box
    assert box is not None and box.isVisible()
    assert "the disk spoke in riddles" in box.text().lower()
    assert "Traceback" not in box.text() + box.informativeText()
    assert "Traceback" in log_file(data_dir).read_text(encoding="utf-8")
    box.close()
