"""Read, Timeline and People on the real main window: what each shows, in either
script, and the ways on from a fact (Show in article, Review these, Quiz me)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from pytestqt.qtbot import QtBot

from studyapp.core.deck.library import load_library
from studyapp.core.importer.drafts import DraftStatus, make_session
from studyapp.core.importer.reading import read_article
from studyapp.core.importer.userdeck import save_session
from studyapp.core.quiz import QuizState, Selection
from studyapp.core.review_session import ReviewState
from studyapp.gui.context import Destination
from studyapp.gui.main_window import MainWindow
from studyapp.gui.quiz.page import QuizPage
from studyapp.gui.screens.browse import BrowseScreen
from studyapp.gui.screens.people import PeopleScreen
from studyapp.gui.screens.read import ReadScreen
from studyapp.gui.screens.review import ReviewScreen
from studyapp.gui.screens.timeline import TimelineScreen
from tests.core.story_decks import STORY

from .conftest import MakeWindow

ARTICLE = Path(__file__).resolve().parents[1] / "fixtures" / "articles" / "lab-hant.md"
BUILTIN = "anthropic-founding"


@pytest.fixture
def with_article(make_window: MakeWindow, data_dir: Path) -> MainWindow:
    """The app with one imported article (every draft kept) beside the built-in deck."""
    decks = load_library(data_dir).decks
    session = make_session(read_article(ARTICLE), decks, today=date(2025, 1, 2))
    for draft in session.drafts:
        session = session.with_status(draft.id, DraftStatus.ACCEPTED)
    save_session(data_dir, session, decks)
    return make_window()


@pytest.fixture
def with_story(make_window: MakeWindow, data_dir: Path) -> MainWindow:
    """The app with a deck whose two articles give an event different dates."""
    (data_dir / "decks").mkdir(parents=True, exist_ok=True)
    (data_dir / "decks" / "story.yaml").write_text(STORY, encoding="utf-8")
    return make_window()


def read_screen(window: MainWindow) -> ReadScreen:
    window.show_page("read")
    return window.screen_as("read", ReadScreen)


# -- Read ---------------------------------------------------------------------------------
def test_the_built_in_articles_read_as_outlines(window: MainWindow) -> None:
    read = read_screen(window)
    names = [read.choose.itemText(i) for i in range(read.choose.count())]
    view = window.ctx.view(window.ctx.library.deck(BUILTIN))
    assert names == [f"{view.source_title(s)} (outline)" for s in ("tw", "cn")]
    text = read.plain_text()
    assert "1. 開頭：出處與所附影片" in text
    assert "18. 作者的觀點" in text
    assert "not shipped" in read.hint.text()
    assert "Open the article" in read.link.text()
    assert "https://www.youtube.com/watch?v=I9aGC6Ui3eE" in read.link.text()
    # a disagreement is inline, with what the other article says
    assert "Simplified article：" in text
    assert not read.review_button.isEnabled()
    read._clicked(QUrl("p:6"))
    assert read.passage_title.text() == "7. Jack Clark 從記者轉行"
    assert "Jack Clark 從哪一年起把 ImageNet" in read.passage.toPlainText()
    assert read.review_button.isEnabled() and read.quiz_button.isEnabled()


def test_the_outline_follows_the_script(window: MainWindow) -> None:
    read = read_screen(window)
    window.ctx.set_script("hans")
    assert "1. 开头：出处与所附视频" in read.plain_text()  # the glossary: 影片 → 视频
    read.choose.setCurrentIndex(1)
    assert "3. 一、团队怎么形成" in read.plain_text()


def test_an_imported_article_is_shown_with_its_facts_marked(with_article: MainWindow) -> None:
    read = read_screen(with_article)
    mine = next(i for i, r in enumerate(read.readings) if r.has_copy)
    read.choose.setCurrentIndex(mine)
    assert "(outline)" not in read.choose.currentText()
    page = read.page
    assert page is not None and hasattr(page, "highlights")
    assert "頂點實驗室在 2019 年成立" in read.plain_text()
    assert "as you imported it" in read.hint.text()
    html = read.text.toHtml()
    assert html.count('href="h:') >= len(page.highlights)  # type: ignore[union-attr]
    read._clicked(QUrl("h:0"))
    facts = page.highlights[0].fact_ids  # type: ignore[union-attr]
    assert read.selected == facts
    plural = "fact" if len(facts) == 1 else "facts"
    assert read.passage_title.text() == f"{len(facts)} {plural} in this sentence"
    assert "Not studied yet" in read.passage.toPlainText()


def test_quiz_me_on_this_passage(window: MainWindow) -> None:
    read = read_screen(window)
    read.select_section(6)
    wanted = set(read.selected)
    read.quiz_button.click()
    assert window.current_page() == "quiz"
    quiz = window.screen_as("quiz", QuizPage)
    session = quiz.session
    assert session is not None and session.state is QuizState.QUESTION
    assert session.setup.selection is Selection.CHOSEN
    asked = {f for q in session.questions for f in q.fact_ids[:1]}
    assert asked <= wanted


def test_review_these_brings_their_cards_forward(window: MainWindow) -> None:
    read = read_screen(window)
    read.select_section(17)  # the last section: its facts come last in the deck
    wanted = set(read.selected)
    read.review_button.click()
    assert window.current_page() == "review"
    review = window.screen_as("review", ReviewScreen)
    assert review.session is not None and review.session.state is ReviewState.QUESTION
    assert review.session.card is not None
    assert review.session.card.fact_id in wanted


def test_show_in_article_from_a_card(window: MainWindow, qtbot: QtBot) -> None:
    window.go(Destination("review", start=True))
    review = window.screen_as("review", ReviewScreen)
    review.show_answer()
    assert review.article_button.isVisible()
    assert review.article_button.text() == "Show in article"
    card = review.session.card  # type: ignore[union-attr]
    assert card is not None
    qtbot.mouseClick(review.article_button, Qt.MouseButton.LeftButton)
    assert window.current_page() == "read"
    read = window.screen_as("read", ReadScreen)
    assert card.fact_id in read.selected
    assert read.focus_fact == card.fact_id


def test_show_in_article_from_a_quiz_answer_and_its_results(window: MainWindow) -> None:
    quiz = window.screen_as("quiz", QuizPage)
    window.go(Destination("quiz", BUILTIN, start=True, facts=("a-jack-leaves-journalism",)))
    session = quiz.session
    assert session is not None
    session.skip()
    assert "Show in article" in quiz.run_view.feedback.text()
    quiz.run_view.feedback.linkActivated.emit(
        f"article:{BUILTIN}/{session.current.fact_ids[0]}"  # type: ignore[union-attr]
    )
    assert window.current_page() == "read"
    read = window.screen_as("read", ReadScreen)
    assert read.selected and "a-jack-leaves-journalism" in read.selected
    quiz.session.quit()  # type: ignore[union-attr]
    window.show_page("quiz")
    assert "Show in article" in quiz.results_view.details.toPlainText()


# -- Timeline -------------------------------------------------------------------------------
def test_the_timeline_shows_every_dated_event_on_one_axis(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page("timeline")
    tl = window.screen_as("timeline", TimelineScreen)
    # 2015 twice: Jack meets Dario, and (the Simplified article) Dario was writing the paper
    assert len(tl.rows) == len(tl.events) == 18
    assert tl.rows[0].date.text() == "1939"
    remark = next(
        r for r, e in zip(tl.rows, tl.events, strict=True) if "a-2018-remark" in e.fact_ids
    )
    assert "⚑ The articles disagree" in remark.sources.text()
    assert "Traditional article · Simplified article" in remark.sources.text()
    qtbot.mouseClick(remark, Qt.MouseButton.LeftButton, pos=QPoint(60, 10))
    assert tl.detail_title.text().startswith("2018")
    assert "Jack Clark" in tl.detail.toPlainText()
    assert "Simplified article：" in tl.detail.toPlainText()
    at = tl.current
    qtbot.keyClick(tl, Qt.Key.Key_Down)
    assert tl.current == at + 1
    qtbot.keyClick(tl, Qt.Key.Key_Up)
    assert tl.current == at
    tl.quiz_button.click()
    quiz = window.screen_as("quiz", QuizPage)
    assert window.current_page() == "quiz"
    assert quiz.session is not None
    assert {q.fact_ids[0] for q in quiz.session.questions} <= set(tl.events[at].fact_ids)


def test_both_dates_side_by_side_where_the_articles_differ(with_story: MainWindow) -> None:
    with_story.show_page("timeline")
    tl = with_story.screen_as("timeline", TimelineScreen)
    assert tl.choose.isVisible()
    tl.choose.setCurrentIndex(tl.choose.findData("story"))
    founded = tl.rows[0]
    assert founded.date.text() == "2015"
    text = founded.sources.text()
    assert "<b>Traditional article</b> 2015" in text
    assert "<b>Simplified article</b> 2016" in text
    with_story.ctx.set_script("hans")
    assert tl.rows[0].label.text() == "实验室创立"


def test_clicking_an_event_opens_its_facts_in_the_article(window: MainWindow) -> None:
    window.show_page("timeline")
    tl = window.screen_as("timeline", TimelineScreen)
    tl.select(0)
    assert tl.article_button.isEnabled()
    tl.article_button.click()
    assert window.current_page() == "read"
    assert tl.events[0].fact_ids[0] in window.screen_as("read", ReadScreen).selected


# -- People ---------------------------------------------------------------------------------
def test_a_page_per_person_co_founders_first(window: MainWindow) -> None:
    window.show_page("people")
    people = window.screen_as("people", PeopleScreen)
    rows = [people.list.item(i).text() for i in range(people.list.count())]
    assert rows[0] == "Co-founders"
    assert rows[1].startswith("Dario Amodei")
    assert rows.index("Others in the articles") == 8
    assert people.person is not None and people.person.entity_id == "dario-amodei"
    people.choose_person("jack-clark")
    text = people.plain_text()
    assert text.startswith("Jack Clark")
    assert "共同創辦人，記者出身，座談主持人" in text  # who he is, as the registry says
    assert "What each article says they said or did" in text
    assert "Traditional article" in text and "Simplified article" in text
    assert "Where the articles name different people" in text
    assert "Simplified article：Jared Kaplan" in text  # the 2018 remark, as the other tells it
    assert "Known well" in text or "Not studied yet" in text
    window.ctx.set_script("hans")
    assert "联合创始人，记者出身，座谈主持人" in people.plain_text()


def test_quiz_me_on_a_persons_facts(window: MainWindow) -> None:
    window.show_page("people")
    people = window.screen_as("people", PeopleScreen)
    people.choose_person("sam-mccandlish")
    assert people.quiz_button.isEnabled()
    people.quiz_button.click()
    quiz = window.screen_as("quiz", QuizPage)
    assert quiz.session is not None
    assert {q.fact_ids[0] for q in quiz.session.questions} <= set(people.person.fact_ids)  # type: ignore[union-attr]


def test_show_in_article_from_browse(window: MainWindow) -> None:
    window.show_page("browse")
    browse = window.screen_as("browse", BrowseScreen)
    browse.table.selectRow(3)
    key = browse.selected_key()
    assert key is not None
    assert browse.article_button.isEnabled()
    assert browse.article_button.text() == "Show in article"
    browse.article_button.click()
    assert window.current_page() == "read"
    assert key[1] in window.screen_as("read", ReadScreen).selected
