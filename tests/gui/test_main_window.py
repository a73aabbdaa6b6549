"""The main window starts on an empty data dir and every screen can be shown."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from studyapp.gui.main_window import MainWindow
from studyapp.gui.screens.decks import DecksScreen
from studyapp.gui.screens.registry import KEYS as PAGES


def test_starts_on_empty_data_dir_with_the_builtin_deck(window: MainWindow) -> None:
    assert window.ctx.store is not None
    assert window.screen_as("decks", DecksScreen).tree.topLevelItemCount() >= 1
    assert (
        window.screen_as("decks", DecksScreen).tree.topLevelItem(0).text(0)
        == "Anthropic 的創辦歷程"
    )
    assert window.nav.count() == len(PAGES)


def test_every_screen_can_be_shown(window: MainWindow, qtbot: QtBot) -> None:
    for key in PAGES:
        window.show_page(key)
        assert window.current_page() == key
        assert window.stack.currentWidget() is window.pages[key]
        assert window.pages[key].isVisible()


def test_the_window_title_names_the_screen_and_not_the_app_twice(window: MainWindow) -> None:
    window.show_page("stats")
    assert window.windowTitle() == "Stats"  # Qt adds " — studyapp" (the display name)
    window.show_page("decks")
    assert window.windowTitle() == "Decks"
