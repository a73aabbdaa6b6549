"""Issue 14, themes and sizes: check boxes and radio buttons that can be seen in the
dark theme, pages redrawn at once in a new theme or font size, a usable Browse and
a whole matching question at 900×600, a Sources header that stays in sight."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QTextBrowser,
)
from pytestqt.qtbot import QtBot

from studyapp.core.questions.model import QuestionType
from studyapp.core.quiz import QuizSession, QuizSetup, build_questions
from studyapp.gui.main_window import MainWindow
from studyapp.gui.quiz.answers import MatchingAnswer
from studyapp.gui.quiz.page import QuizPage
from studyapp.gui.screens.browse import QUESTION_MIN, BrowseScreen
from studyapp.gui.screens.people import PeopleScreen
from studyapp.gui.screens.read import ReadScreen
from studyapp.gui.screens.sources import SourcesScreen
from studyapp.gui.screens.timeline import TimelineScreen


@pytest.fixture(autouse=True)
def light_again(qapp: QApplication) -> Iterator[None]:
    yield
    from studyapp.gui.theme import apply_theme

    apply_theme(qapp, "light")


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.mark.parametrize("theme", ["dark", "light"])
@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton])
def test_an_unticked_box_stands_out_from_the_window(
    qtbot: QtBot, window: MainWindow, theme: str, kind: type[QCheckBox] | type[QRadioButton]
) -> None:
    window.set_theme(theme)
    box = kind("選項")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    option = QStyleOptionButton()
    box.initStyleOption(option)
    element = (
        QStyle.SubElement.SE_CheckBoxIndicator
        if kind is QCheckBox
        else QStyle.SubElement.SE_RadioButtonIndicator
    )
    rect = box.style().subElementRect(element, option, box)
    image = box.grab().toImage()
    window_colour = box.palette().color(QPalette.ColorRole.Window)
    # the strongest edge of the indicator against the window: WCAG asks 3:1 of a
    # control's parts
    edge = max(
        contrast(image.pixelColor(QPoint(x, y)), window_colour)
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
    )
    assert edge >= 3.0


def story_page(window: MainWindow, key: str) -> QTextBrowser:
    """The page of HTML a screen shows its content in."""
    if key == "sources":
        return window.screen_as("sources", SourcesScreen).page
    if key == "read":
        return window.screen_as("read", ReadScreen).text
    if key == "timeline":
        return window.screen_as("timeline", TimelineScreen).detail
    return window.screen_as("people", PeopleScreen).page


@pytest.mark.parametrize("key", ["sources", "read", "timeline", "people"])
def test_a_new_theme_redraws_the_page_at_once(window: MainWindow, key: str) -> None:
    page = story_page(window, key)
    window.show_page(key)
    if key == "timeline":
        timeline = window.screen_as("timeline", TimelineScreen)
        timeline.select(0)
    html = page.toHtml()
    light_muted = window.palette().color(QPalette.ColorRole.PlaceholderText).name()
    assert light_muted in html
    window.set_theme("dark")
    dark_muted = window.palette().color(QPalette.ColorRole.PlaceholderText).name()
    assert dark_muted != light_muted
    html = page.toHtml()
    assert dark_muted in html and light_muted not in html


def test_a_new_theme_redraws_browses_links_and_answer(window: MainWindow) -> None:
    browse = window.screen_as("browse", BrowseScreen)
    window.show_page("browse")
    window.set_theme("dark")
    html = browse.detail.toHtml()
    pal = window.palette()
    assert pal.color(QPalette.ColorRole.Link).name() in html  # not a dark blue on black
    assert pal.color(QPalette.ColorRole.Highlight).name() in html  # the answer


def test_a_new_font_size_redraws_browse_at_once(window: MainWindow) -> None:
    browse = window.screen_as("browse", BrowseScreen)
    window.show_page("browse")
    window.ctx.set_font_size(30)
    assert "font-size:24pt" in browse.detail.toHtml().replace(" ", "")  # 0.8 × 30


def test_at_900_by_600_browse_keeps_room_for_the_question(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(900, 600)
    browse = window.screen_as("browse", BrowseScreen)
    window.show_page("browse")
    QApplication.processEvents()
    header = browse.table.horizontalHeader()
    assert header.sectionSize(0) >= QUESTION_MIN
    assert header.sectionSize(0) > header.sectionSize(1)
    window.resize(1400, 900)
    QApplication.processEvents()
    assert header.sectionSize(1) == 130  # room again: the columns are as they were


def test_at_900_by_600_a_six_pair_matching_shows_its_check_button(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(900, 600)
    quiz = window.screen_as("quiz", QuizPage)
    window.show_page("quiz")
    matching = [
        q
        for seed in range(30)
        for q in build_questions(
            QuizSetup(count=5, types=(QuestionType.MATCHING,), seed=seed),
            window.ctx.library.decks,
            "hant",
            quiz.generate(),
        )
    ]
    six = max(matching, key=lambda q: len(q.left))
    assert len(six.left) == 6
    quiz.begin(QuizSession([six], QuizSetup(count=1), monotonic=lambda: 0.0))
    QApplication.processEvents()
    check = next(b for b in quiz.run_view._pinned if b.objectName() == "submitMatching")
    assert check.isVisible()
    seen = check.visibleRegion().boundingRect()
    assert seen.height() == check.height() and seen.width() == check.width()
    bottom = check.mapTo(window, QPoint(0, check.height()))
    assert bottom.y() <= window.centralWidget().geometry().bottom()
    # every pair is on the screen too, without scrolling
    answer = quiz.run_view.answer
    assert isinstance(answer, MatchingAnswer)
    for button in (*answer.left_buttons, *answer.right_buttons):
        assert button.visibleRegion().boundingRect().size() == button.size()


def test_the_sources_header_stays_in_sight(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(900, 600)
    sources = window.screen_as("sources", SourcesScreen)
    window.show_page("sources")
    QApplication.processEvents()
    assert not sources.sticky.isVisible()  # the header is on the page itself
    bar = sources.page.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    QApplication.processEvents()
    assert sources.sticky.isVisible()
    texts = sources.sticky.texts()
    assert texts[0] == "Question" and len(texts) == 3
    assert texts[1].startswith("從 OpenAI 出走到建立 Anthropic")
    assert sources.sticky.geometry().top() == 0
    bar.setValue(0)
    assert not sources.sticky.isVisible()


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_a_button_that_cannot_be_pressed_looks_it(window: MainWindow, theme: str) -> None:
    window.set_theme(theme)
    pal = QApplication.palette()
    active = pal.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)
    disabled = pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    button = pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button)
    # greyed: nearer the button's own colour than the text of one that can be pressed
    assert contrast(active, disabled) > 1.8
    assert contrast(disabled, button) < contrast(active, button)
