"""Issue 14, what Anki users reach for on the Review screen, with Anki's keys: E
edits the fact (a deck of one's own), - buries, @ suspends, Ctrl+1…Ctrl+4 flag
(the window's Ctrl+1…Ctrl+4 stay screen keys elsewhere; Alt+1… work everywhere),
B opens the fact in Browse; Ctrl+Z takes a bury or a suspension back."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studyapp.core.deck.load import load_deck
from studyapp.core.review_session import ReviewState
from studyapp.gui.context import Destination
from studyapp.gui.dialogs.edit_fact import EditFactDialog
from studyapp.gui.main_window import MainWindow
from studyapp.gui.screens.browse import BrowseScreen
from studyapp.gui.screens.review import ReviewScreen

from .conftest import MakeWindow

KNOWN = Path(__file__).resolve().parents[1] / "fixtures" / "articles" / "known.yaml"


def reviewing(window: MainWindow, deck_id: str | None = None) -> ReviewScreen:
    window.go(Destination("review", deck_id, start=True))
    review = window.screen_as("review", ReviewScreen)
    assert review.session is not None and review.session.state is ReviewState.QUESTION
    review.card_scroll.setFocus()
    return review


def press(qtbot: QtBot, key: Qt.Key | str, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:  # fmt: skip
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, mods)


@pytest.fixture
def own_deck(make_window: MakeWindow, data_dir: Path) -> MainWindow:
    (data_dir / "decks").mkdir(parents=True, exist_ok=True)
    shutil.copy(KNOWN, data_dir / "decks" / "known-lab.yaml")
    return make_window()


def test_minus_buries_and_ctrl_z_brings_the_card_back(qtbot: QtBot, window: MainWindow) -> None:
    review = reviewing(window)
    store = window.ctx.store
    assert store is not None and review.session is not None and review.session.card is not None
    first = review.session.card.id
    assert review.bury_button.isVisible() and review.bury_button.text() == "Bury (-)"
    press(qtbot, "-")
    assert store.card(first).buried
    assert review.session.card is not None and review.session.card.id != first
    assert "Buried until tomorrow" in review.action_note.text()
    assert window.undo_action.isEnabled()
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not store.card(first).buried
    assert review.session.card is not None and review.session.card.id == first


def test_at_suspends_the_card(qtbot: QtBot, window: MainWindow) -> None:
    review = reviewing(window)
    store = window.ctx.store
    assert store is not None and review.session is not None and review.session.card is not None
    first = review.session.card.id
    press(qtbot, "@")
    assert store.card(first).suspended
    assert review.session.card is not None and review.session.card.id != first
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not store.card(first).suspended


def test_ctrl_digits_flag_the_card_on_review_and_switch_screens_elsewhere(
    qtbot: QtBot, window: MainWindow
) -> None:
    review = reviewing(window)
    store = window.ctx.store
    assert store is not None and review.session is not None and review.session.card is not None
    card = review.session.card.id
    press(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "review"  # not the Decks screen
    assert store.flags([card]) == {card: 1}
    assert review.flag_label.text() == "⚑ Red flag"
    press(qtbot, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert store.flags([card]) == {card: 4} and review.flag_label.text() == "⚑ Blue flag"
    press(qtbot, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # again: no flag
    assert store.flags([card]) == {} and review.flag_label.text() == ""
    # the flag menu does the same with the mouse
    review.flag_actions[3].trigger()
    assert store.flags([card]) == {card: 3}
    # Alt+1 goes to Decks from here; elsewhere Ctrl+n still switches screens
    press(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert window.current_page() == "decks"
    press(qtbot, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "browse"
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "review"
    # the flag is there when the card comes back on screen
    assert review.flag_label.text() == "⚑ Green flag"


def test_b_opens_the_fact_in_browse(qtbot: QtBot, window: MainWindow) -> None:
    review = reviewing(window)
    assert review.session is not None and review.session.card is not None
    key = (review.session.card.deck_id, review.session.card.fact_id)
    browse = window.screen_as("browse", BrowseScreen)
    browse.search.setText("no fact says this")
    press(qtbot, "B")
    assert window.current_page() == "browse"
    assert browse.search.text() == ""
    assert browse.selected_key() == key


def test_the_built_in_deck_is_not_edited(qtbot: QtBot, window: MainWindow) -> None:
    review = reviewing(window)
    assert not review.edit_button.isEnabled()
    press(qtbot, "E")
    assert "Only the facts of your own decks" in review.action_note.text()


def test_e_edits_a_fact_of_ones_own_deck_and_keeps_its_history(
    qtbot: QtBot, own_deck: MainWindow, data_dir: Path
) -> None:
    window = own_deck
    review = reviewing(window, "known-lab")
    store = window.ctx.store
    assert store is not None and review.session is not None and review.session.card is not None
    fact_id = review.session.card.fact_id
    card_id = review.session.card.id
    assert review.edit_button.isEnabled()
    press(qtbot, "E")
    dialog = review.edit_dialog
    assert isinstance(dialog, EditFactDialog) and dialog.isVisible()
    # something wrong is said in words, and nothing is written
    dialog.statement.setPlainText(
        dialog.statement.toPlainText().replace("{{", "").replace("}}", "")
    )
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    assert dialog.problem.text() == "The statement must mark its answer exactly once, as {{…}}."
    before = (data_dir / "decks" / "known-lab.yaml").read_text(encoding="utf-8")
    fact = window.ctx.library.deck("known-lab").fact(fact_id)
    dialog.statement.setPlainText(fact.statement)
    dialog.question.setText(fact.question + "（改寫）")
    dialog.gist.setText("改寫過的摘要")
    with qtbot.waitSignal(window.ctx.library_changed):
        dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    after = (data_dir / "decks" / "known-lab.yaml").read_text(encoding="utf-8")
    assert after != before
    saved = load_deck(data_dir / "decks" / "known-lab.yaml").fact(fact_id)
    assert saved.question.endswith("（改寫）") and saved.gist == "改寫過的摘要"
    assert review.prompt.text().endswith("（改寫）") or review.session.card.kind.value != "qa"
    assert store.card(card_id).fact_id == fact_id  # the same card, its history kept


def test_a_text_answer_follows_the_marked_words(
    qtbot: QtBot, own_deck: MainWindow, data_dir: Path
) -> None:
    window = own_deck
    dialog = EditFactDialog(window.ctx, "known-lab", "cloud-move", window)
    qtbot.addWidget(dialog)
    dialog.statement.setPlainText("頂點實驗室把伺服器搬到了 {{ 台中市 }}。")
    dialog.buttons.accepted.emit()
    saved = load_deck(data_dir / "decks" / "known-lab.yaml").fact("cloud-move")
    assert saved.answer.value == "台中市"
    assert saved.statement == "頂點實驗室把伺服器搬到了  {{台中市}} 。"
