"""The 繁/简 toggle redraws the content live; Browse finds a fact whichever
script the search is typed in, and can suspend and reset it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from studyapp.core.search import FactStatus
from studyapp.gui.main_window import MainWindow
from studyapp.gui.screens.browse import BrowseScreen
from studyapp.gui.screens.decks import DecksScreen
from studyapp.gui.screens.review import ReviewScreen
from studyapp.gui.screens.sources import SourcesScreen
from tests.gui.conftest import facts_in


def test_toggle_switches_the_shown_text(window: MainWindow, qtbot: QtBot) -> None:
    assert (
        window.screen_as("decks", DecksScreen).tree.topLevelItem(0).text(0)
        == "Anthropic 的創辦歷程"
    )
    window.hans_action.trigger()
    assert window.ctx.script == "hans"
    assert (
        window.screen_as("decks", DecksScreen).tree.topLevelItem(0).text(0)
        == "Anthropic 的创办历程"
    )
    window.show_page("review")
    shown = window.screen_as("review", ReviewScreen).prompt.text()
    window.toggle_script_action.trigger()  # Ctrl+T
    assert window.ctx.script == "hant"
    assert window.hant_action.isChecked()
    assert window.screen_as("review", ReviewScreen).prompt.text() != shown
    window.show_page("sources")
    assert (
        "創辦" in window.screen_as("sources", SourcesScreen).plain_text()
        or "從" in window.screen_as("sources", SourcesScreen).plain_text()
    )
    window.hans_action.trigger()
    text = window.screen_as("sources", SourcesScreen).plain_text()
    assert "繁体文章" in text  # the deck's text in Simplified, with mainland quotation marks
    assert "“工程师”" in text
    # a cited title stays as its article wrote it
    assert "從 OpenAI 出走到建立 Anthropic" in text and "从 OpenAI 出走" not in text


def test_script_is_remembered(make_window, qsettings) -> None:  # type: ignore[no-untyped-def]
    from tests.gui.conftest import close

    first = make_window()
    first.hans_action.trigger()
    close(first)
    second = make_window()
    assert second.ctx.script == "hans"
    assert second.hans_action.isChecked()


def search(window: MainWindow, text: str) -> list[str]:
    window.screen_as("browse", BrowseScreen).search.setText(text)
    return window.screen_as("browse", BrowseScreen).visible_questions()


def test_browse_search_ignores_the_script(window: MainWindow) -> None:
    window.show_page("browse")
    total = len(window.screen_as("browse", BrowseScreen).model.rows)
    assert total == facts_in(window)
    traditional = search(window, "憲法")
    simplified = search(window, "宪法")
    assert traditional and traditional == simplified
    assert len(traditional) < total
    window.hans_action.trigger()  # the rows are now shown in 简体, found the same
    assert len(search(window, "憲法")) == len(traditional)
    assert all(
        "宪法" in q or "憲法" not in q
        for q in window.screen_as("browse", BrowseScreen).visible_questions()
    )


def test_browse_filters_disputed(window: MainWindow) -> None:
    window.show_page("browse")
    browse = window.screen_as("browse", BrowseScreen)
    browse.disputed_filter.setCurrentIndex(browse.disputed_filter.findData(True))
    rows = browse.model.rows
    assert rows and all(r.disputed for r in rows)
    assert "The articles disagree" in browse.detail.toPlainText()


def test_suspend_and_reset_from_browse(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page("browse")
    browse = window.screen_as("browse", BrowseScreen)
    browse.table.selectRow(0)
    key = browse.selected_key()
    assert key is not None
    qtbot.mouseClick(browse.suspend_button, Qt.MouseButton.LeftButton)
    assert browse._statuses[key] is FactStatus.SUSPENDED
    assert browse.suspend_button.text() == "Unsuspend"
    qtbot.mouseClick(browse.suspend_button, Qt.MouseButton.LeftButton)
    assert browse._statuses[key] is FactStatus.NEW
    qtbot.mouseClick(browse.reset_button, Qt.MouseButton.LeftButton)
    box = browse.reset_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    box.button(QMessageBox.StandardButton.Reset).click()
    assert window.ctx.store is not None
    assert all(c.is_new for c in window.ctx.store.cards_of_fact(*key))


def test_each_article_on_the_sources_page_says_how_many_facts_it_tells_differently(
    window: MainWindow,
) -> None:
    window.set_language("zh_TW")
    window.show_page("sources")
    text = window.screen_as("sources", SourcesScreen).plain_text()
    window.set_language("en")
    assert text.count("則事實說法不同") == 2  # the Traditional article's card too
    assert "; " not in text and "；" in text  # the separator of Chinese text
