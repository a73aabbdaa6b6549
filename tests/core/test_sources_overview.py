"""The Sources screen's numbers: what each article covers and supports, and the
disagreements side by side, in the reader's script."""

from __future__ import annotations

from pathlib import Path

import pytest

from studyapp.core.deck.claims import Claim
from studyapp.core.deck.library import load_library
from studyapp.core.deck.load import load_deck
from studyapp.core.deck.model import Deck
from studyapp.core.deck.view import DeckView
from studyapp.core.sources_overview import disagreements, summarise_sources

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(scope="module")
def mini() -> Deck:
    return load_deck(FIXTURES / "mini.yaml")


def test_each_article_with_its_topics_and_counts(mini: Deck) -> None:
    s1, s2 = summarise_sources(DeckView(mini, "hant"))
    # both articles tell the one disputed fact, each its own way; a cited title stays as written
    assert (s1.source.id, s1.title, s1.supported, s1.disputing) == ("s1", "第一篇報導", 9, 1)
    assert (s2.source.id, s2.title, s2.supported, s2.disputing) == ("s2", "第二篇报道", 7, 1)
    assert s1.topics == s2.topics == ("實驗室的成立", "人物")


def test_topics_follow_the_script_and_titles_stay_as_written(mini: Deck) -> None:
    s1, s2 = summarise_sources(DeckView(mini, "hans"))
    assert (s1.title, s2.title) == ("第一篇報導", "第二篇报道")  # titles as the articles wrote them
    assert s1.topics == ("实验室的成立", "人物")


def test_the_disagreement_side_by_side(mini: Deck) -> None:
    view = DeckView(mini, "hans")
    (found,) = disagreements(view)
    assert found.fact.id == "hesitated"
    assert found.question == "哪一位成员犹豫了大约三个月才加入？"
    assert found.topic == "人物"
    assert found.claims == (
        Claim(("s1",), view.source_label("s1"), "Carol Chen", "Carol Chen 犹豫了约三个月才加入。"),
        Claim(
            ("s2",),
            view.source_label("s2"),
            "Dan Wu",
            "第二篇报导说，犹豫的是 Dan Wu。",
            "两篇报导对犹豫的人说法不同。",
        ),
    )


def test_the_builtin_deck_every_disagreement_has_a_claim_per_article() -> None:
    deck = load_library(None).deck("anthropic-founding")
    view = DeckView(deck, "hant")
    found = disagreements(view)
    assert [d.fact.id for d in found] == [f.id for f in deck.facts if f.is_disputed]
    for d in found:
        assert [c.sources for c in d.claims] == [(s,) for s in deck.sources]
        said = [c for c in d.claims if c.answer]
        assert len(said) >= 2  # a disagreement needs two answers
        assert len({c.answer for c in said}) >= 2
        assert all(c.statement for c in said)
    summaries = summarise_sources(view)
    disputed = sum(1 for f in deck.facts if f.disputed)
    assert [s.disputing for s in summaries] == [disputed, disputed]  # each tells its side
    for s in summaries:
        assert s.supported == sum(1 for f in deck.facts if s.source.id in f.sources) > 0
