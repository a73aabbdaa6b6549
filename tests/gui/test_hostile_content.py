"""A deck written to take over the window gets nowhere: its markup shows as the
characters it is made of on every screen (review, quiz, browse, sources, decks,
the Match game), and its links open only as web pages, only after the reader has
seen the address and said yes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QTextBrowser, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from studyapp.core.questions.model import QuestionType
from studyapp.core.quiz import Feedback, LimitMode, QuizSetup, QuizState
from studyapp.core.store import Rating
from studyapp.gui.main_window import MainWindow
from studyapp.gui.quiz.page import QuizPage
from studyapp.gui.screens.browse import BrowseScreen
from studyapp.gui.screens.decks import DECK_ROLE, DecksScreen
from studyapp.gui.screens.people import PeopleScreen
from studyapp.gui.screens.read import ReadScreen
from studyapp.gui.screens.review import ReviewScreen
from studyapp.gui.screens.sources import SourcesScreen
from studyapp.gui.screens.timeline import TimelineScreen
from studyapp.gui.widgets.links import ask_to_open
from tests.gui.conftest import MakeWindow
from tests.gui.quiz.conftest import FakeMonotonic
from tests.hostile import BAD_LINKS, write_hostile_deck

MARK = "<b>BOLD</b>"


def shown_text(label: QLabel) -> str:
    """What a label puts on the screen: its text itself, or the text its markup renders."""
    text = label.text()
    fmt = label.textFormat()
    if fmt == Qt.TextFormat.PlainText or (
        fmt == Qt.TextFormat.AutoText and not QtGui.Qt.mightBeRichText(text)
    ):
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def assert_plain(widget: QWidget) -> int:
    """Every deck text ``widget`` shows is shown as written; returns how many were seen."""
    seen = 0
    for label in widget.findChildren(QLabel):
        if label.isVisibleTo(widget) and "BOLD" in label.text():
            seen += 1
            shown = shown_text(label)
            assert MARK in shown, (label.objectName(), label.text()[:120], shown[:120])
    for page in widget.findChildren(QTextEdit):
        plain = page.toPlainText()
        if page.isVisibleTo(widget) and "BOLD" in plain:
            seen += 1
            assert MARK in plain, (page.objectName(), plain[:120])
            assert "<img" not in page.toHtml().replace("&lt;img", "")
    return seen


@pytest.fixture
def hostile(make_window: MakeWindow, data_dir: Path) -> MainWindow:
    write_hostile_deck(data_dir)
    window = make_window()
    assert window.ctx.library.get("hostile") is not None
    return window


def test_review_shows_the_deck_text_as_written(hostile: MainWindow) -> None:
    decks = hostile.screen_as("decks", DecksScreen)
    hostile.show_page("decks")
    items = [decks.tree.topLevelItem(i) for i in range(decks.tree.topLevelItemCount())]
    (item,) = [i for i in items if i is not None and i.data(0, DECK_ROLE) == "hostile"]
    assert MARK in item.text(0)  # a tree item is plain text
    decks.tree.setCurrentItem(item)
    assert assert_plain(decks) >= 1  # the deck's description
    decks.study("hostile")
    review = hostile.screen_as("review", ReviewScreen)
    assert review.session is not None and review.session.card is not None
    # question side: the deck title, the topic, the prompt
    assert assert_plain(review) >= 3
    review.show_answer()
    # answer side too: the statement, the sources line (and the claims of a dispute)
    assert assert_plain(review) >= 5
    assert MARK in review.sources.text()
    answers = 0
    while review.session.card is not None and answers < 20:  # on to an entity's name
        if "BOLD" in review.answer.text():
            answers += 1
            assert MARK in shown_text(review.answer)
        review.rate(Rating.GOOD)
        review.show_answer()
        assert_plain(review)
    assert answers >= 1


def _each_question(qtbot: QtBot, quiz: QuizPage, mono: FakeMonotonic) -> Iterator[None]:
    """Yield at every question and every feedback of the running quiz, to its end."""
    while quiz.session is not None and quiz.session.state is not QuizState.FINISHED:
        yield
        if quiz.session.state is QuizState.QUESTION:
            if quiz.session.current is not None and quiz.session.current.type is (
                QuestionType.FLASHCARD
            ):
                qtbot.keyClick(quiz.run_view, Qt.Key.Key_Space)  # the back
                yield
            mono.advance(5)
            quiz.run_view.tick()  # time's up: the feedback shows the right answer
        else:
            qtbot.keyClick(quiz.run_view, Qt.Key.Key_Return)


@pytest.mark.parametrize("kind", list(QuestionType), ids=lambda t: t.value)
def test_every_kind_of_quiz_question_shows_the_deck_text_as_written(
    hostile: MainWindow, qtbot: QtBot, kind: QuestionType
) -> None:
    quiz = hostile.screen_as("quiz", QuizPage)
    mono = FakeMonotonic()
    quiz.monotonic = mono
    hostile.show_page("quiz")
    quiz.setup_view.apply(
        QuizSetup(
            decks=("hostile",),
            count=2,
            types=(kind,),
            limit=LimitMode.PER_QUESTION,
            seconds=5,
            feedback=Feedback.IMMEDIATE,
        )
    )
    qtbot.mouseClick(quiz.setup_view.start_button, Qt.MouseButton.LeftButton)
    assert quiz.session is not None, quiz.setup_view.notice.text()
    steps = seen = 0
    for _ in _each_question(qtbot, quiz, mono):
        seen += assert_plain(quiz)
        steps += 1
    assert steps >= 2 and seen >= 1
    assert quiz.stack.currentWidget() is quiz.results_view
    assert assert_plain(quiz.results_view) >= 1  # each question, its answer, its source


def test_the_match_game_shows_the_deck_text_as_written(
    hostile: MainWindow, qtbot: QtBot, qapp: QApplication
) -> None:
    quiz = hostile.screen_as("quiz", QuizPage)
    hostile.show_page("quiz")
    hostile.ctx.settings.match_deck = "hostile"
    qtbot.mouseClick(quiz.setup_view.match_button, Qt.MouseButton.LeftButton)
    qapp.processEvents()  # the new tiles show, the old ones go
    assert quiz.match_game is not None
    assert assert_plain(quiz.match_view) >= 1  # the names on the tiles


def test_browse_and_sources_show_the_deck_text_as_written(hostile: MainWindow) -> None:
    browse = hostile.screen_as("browse", BrowseScreen)
    hostile.show_page("browse")
    rows = [i for i, r in enumerate(browse.model.rows) if r.entry.deck.id == "hostile"]
    assert rows
    for row in rows:
        browse.table.selectRow(row)
        assert assert_plain(browse) >= 1
        html = browse.detail.toHtml()
        for link in BAD_LINKS:
            assert f'href="{link}' not in html  # a link that is not a web address is no link
    sources = hostile.screen_as("sources", SourcesScreen)
    hostile.show_page("sources")
    assert assert_plain(sources) >= 1
    assert MARK in sources.plain_text()
    for link in BAD_LINKS:
        assert f'href="{link}' not in sources.page.toHtml()


# -- links ---------------------------------------------------------------------------------


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What was handed to the desktop to open (nothing really opens in a test)."""
    calls: list[str] = []

    def record(url: QUrl) -> bool:
        calls.append(url.toString())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(record))
    return calls


def _click_link(qtbot: QtBot, browser: QTextBrowser, text: str) -> None:
    """Click the link whose text is ``text``, as a reader does."""
    found = browser.document().find(text)
    assert not found.isNull(), text
    middle = QTextCursor(browser.document())
    middle.setPosition((found.selectionStart() + found.selectionEnd()) // 2)
    rect = browser.cursorRect(middle)
    where = QPoint(rect.center().x(), rect.center().y())
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=where)


def _question(qapp: QApplication) -> QMessageBox:
    boxes = [
        w
        for w in qapp.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "openLink" and w.isVisible()
    ]
    assert len(boxes) == 1
    return boxes[0]


def test_a_source_link_opens_only_after_the_reader_sees_it_and_says_yes(
    window: MainWindow, qtbot: QtBot, qapp: QApplication, opened: list[str]
) -> None:
    sources = window.screen_as("sources", SourcesScreen)
    window.show_page("sources")
    assert not sources.page.openExternalLinks() and not sources.page.openLinks()
    deck = window.ctx.library.decks[0]
    first = next(iter(deck.sources.values()))  # type: ignore[call-overload]
    _click_link(qtbot, sources.page, "Open the article")
    box = _question(qapp)
    assert opened == []  # not yet
    assert box.informativeText() == first.url  # the whole address, before anything opens
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert opened == []
    _click_link(qtbot, sources.page, "Open the article")
    _question(qapp).button(QMessageBox.StandardButton.Open).click()
    assert opened == [first.url]


@pytest.mark.parametrize("link", [*BAD_LINKS, "smb://evil.example/share", "ms-msdt:/id x"])
def test_a_link_that_is_not_a_web_address_is_never_opened(
    window: MainWindow, qtbot: QtBot, opened: list[str], link: str
) -> None:
    box = ask_to_open(window, link)
    assert box.windowTitle() == "Link not opened"
    assert box.informativeText() == link
    assert box.standardButtons() == QMessageBox.StandardButton.Ok
    box.button(QMessageBox.StandardButton.Ok).click()
    assert opened == []


def test_the_hostile_decks_links_are_not_links_at_all(
    hostile: MainWindow, qtbot: QtBot, opened: list[str]
) -> None:
    browse = hostile.screen_as("browse", BrowseScreen)
    hostile.show_page("browse")
    rows = [i for i, r in enumerate(browse.model.rows) if r.entry.deck.id == "hostile"]
    browse.table.selectRow(rows[0])
    assert not browse.detail.openExternalLinks() and not browse.detail.openLinks()
    label = browse.detail.document().find("第一篇報導")
    assert not label.isNull()
    assert not label.charFormat().isAnchor()
    assert opened == []


def test_read_timeline_and_people_show_the_deck_text_as_written(hostile: MainWindow) -> None:
    read = hostile.screen_as("read", ReadScreen)
    hostile.show_page("read")
    hostile_readings = [i for i, r in enumerate(read.readings) if r.deck_id == "hostile"]
    assert hostile_readings  # both articles, as outlines
    for index in hostile_readings:
        read.choose.setCurrentIndex(index)
        assert assert_plain(read) >= 1
        assert read.link.text() == ""  # its links are not web addresses: no link at all
    for key, kind in (("timeline", TimelineScreen), ("people", PeopleScreen)):
        screen = hostile.screen_as(key, kind)
        hostile.show_page(key)
        assert_plain(screen)  # (what each shows of the hostile deck depends on its data)
