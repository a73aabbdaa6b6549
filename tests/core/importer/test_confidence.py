"""Drafts a careful reader would throw away are not offered (sentences made up
for the tests; the model's weights were fitted on blind readers' verdicts)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studyapp.core.deck.load import load_deck
from studyapp.core.importer.confidence import DOUBT_LIMIT, doubt, features
from studyapp.core.importer.drafts import make_session
from studyapp.core.importer.pending import load_pending, save_pending
from studyapp.core.importer.reading import read_article

from .conftest import TODAY


@pytest.mark.parametrize(
    ("question", "answer", "before", "after", "topic"),
    [
        # vague: nothing says which sport, and the answer is one common word
        ("什麼是一項運動？", "網球", "", "是一項運動。", "山城運動會"),
        # the topic line above the card already says the answer
        ("哪個團體在山城馬拉松開跑？", "山城", "", "馬拉松開跑。", "山城馬拉松開跑"),
    ],
)
def test_a_card_a_reader_would_throw_away_is_doubted(
    question: str, answer: str, before: str, after: str, topic: str
) -> None:
    assert doubt(question, answer, before, answer, after, topic, 0.5) >= DOUBT_LIMIT


@pytest.mark.parametrize(
    ("question", "answer", "before", "span", "after"),
    [
        ("星橋研究所在哪一年成立？", "2019", "星橋研究所在", "2019", "年成立。"),
        ("山城馬拉松今年有多少人報名？", "3200人", "山城馬拉松今年有", "3200", "人報名。"),
        (
            "洪小姐說山城的口號是「……」（引號中的話是什麼？）",
            "跑得慢也是跑",
            "洪小姐說山城的口號是「",
            "跑得慢也是跑",
            "」。",
        ),
    ],
)
def test_a_clear_card_is_not(
    question: str, answer: str, before: str, span: str, after: str
) -> None:
    assert doubt(question, answer, before, span, after, "山城的春天", 0.5) < DOUBT_LIMIT


@given(
    question=st.text(max_size=80),
    answer=st.text(max_size=30),
    before=st.text(max_size=60),
    after=st.text(max_size=60),
    topic=st.text(max_size=40),
    rank=st.floats(0, 1),
)
def test_any_draft_gets_a_doubt_between_zero_and_one(
    question: str, answer: str, before: str, after: str, topic: str, rank: float
) -> None:
    d = doubt(question, answer, before, answer, after, topic, rank)
    assert 0.0 <= d <= 1.0
    assert features(question, answer, before, answer, after, topic, rank)["bias"] == 1.0


def test_the_vague_draft_of_an_article_is_not_offered(articles: Path) -> None:
    path = articles / "games-hant.md"  # one draft a reader would drop: 網球是一項運動
    every = make_session(read_article(path), [], today=TODAY, doubt_limit=1.0)
    offered = make_session(read_article(path), [], today=TODAY)
    vague = ("什麼是一項運動？", "網球")
    assert vague in {(d.question, d.answer_text) for d in every.drafts}
    assert vague not in {(d.question, d.answer_text) for d in offered.drafts}
    assert {d.answer_text for d in offered.drafts} >= {"3200名", "3月12日", "洪立仁"}


def test_without_doubts_only_what_a_deck_knows_is_kept(articles: Path) -> None:
    # doubt_limit 0: every draft is doubted, and only the drafts a loaded deck
    # knows (a repeat or a disagreement, for its flag) are still offered
    deck = load_deck(articles / "rivals.yaml")
    article = read_article(articles / "rivals-hant.md")
    session = make_session(article, [deck], today=TODAY, doubt_limit=0.0)
    every = make_session(article, [deck], today=TODAY, doubt_limit=1.0)
    assert session.drafts
    assert all(d.duplicates or d.disagreements or d.entity for d in session.drafts)
    assert len(session.drafts) < len(every.drafts)


def test_the_held_back_drafts_are_marked_when_shown_and_kept_in_the_drafts_file(
    articles: Path, tmp_path: Path
) -> None:

    path = articles / "games-hant.md"
    offered = make_session(read_article(path), [], today=TODAY)
    every = make_session(read_article(path), [], today=TODAY, doubt_limit=1.0)
    held = {d.id for d in every.drafts} - {d.id for d in offered.drafts}
    assert held and len(held) == offered.held_back
    assert offered.doubted == frozenset()
    assert every.doubted == held  # exactly the drafts the default holds back
    assert load_pending(save_pending(tmp_path, every)).doubted == every.doubted


def test_a_stock_phrase_is_doubted_more_than_a_name_in_its_place() -> None:
    """Readers dropped 47 % of the blanks that hold no name (生命安全, 特色产業) and 22 % of
    those that are one, as the name tagger reads them (sets 94-129)."""
    stock = doubt(
        "活動希望保障民眾的什麼？", "生命安全", "活動希望保障民眾的", "生命安全", "。", "山城", 0.5
    )
    named = doubt(
        "活動希望感謝哪個機構？",
        "山城消防局",
        "活動希望感謝",
        "山城消防局",
        "。",
        "山城",
        0.5,
    )
    assert stock > named


def test_a_long_articles_drafts_are_doubted_as_the_readers_drafts_were_on_average() -> None:
    """Without the name tagger (an article over 30,000 characters) a blank counts as a
    name as often as the readers' blanks were, not as no name."""
    args = (
        "活動希望保障民眾的什麼？",
        "生命安全",
        "活動希望保障民眾的",
        "生命安全",
        "。",
        "山城",
        0.5,
    )
    unread = features(*args, names=False)
    assert sum(v for k, v in unread.items() if k.startswith("answer-name=")) == pytest.approx(1)
    assert doubt(*args, names=True) > doubt(*args, names=False)
