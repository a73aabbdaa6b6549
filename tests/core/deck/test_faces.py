"""The two sides of a review card: what the front asks, what the back shows, for
each card kind, in either script; a disputed fact shows every article's claim."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studyapp.core.deck.faces import BLANK, card_face
from studyapp.core.deck.library import load_library
from studyapp.core.deck.load import load_deck
from studyapp.core.deck.model import CardKind, Deck, Fact
from studyapp.core.deck.view import DeckView

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
KINDS = tuple(CardKind)


@pytest.fixture(scope="module")
def mini() -> Deck:
    return load_deck(FIXTURES / "mini.yaml")


def fact(deck: Deck, fact_id: str) -> Fact:
    return next(f for f in deck.facts if f.id == fact_id)


def test_qa_asks_the_question_and_answers_with_the_statement(mini: Deck) -> None:
    face = card_face(DeckView(mini, "hant"), fact(mini, "founder"), CardKind.QA)
    assert face.prompt == "誰創立了頂點實驗室？"
    assert face.answer == "Alice Wong"
    assert face.statement == ("", "Alice Wong", " 創立了頂點實驗室。")
    assert face.plain_statement == "Alice Wong 創立了頂點實驗室。"
    assert face.sources == ("第一篇報導（2024-03-01）", "第二篇报道（2024-03-02）")
    assert face.topic == "人物"
    assert not face.disputed and face.claims == ()


def test_cloze_blanks_the_answer_where_the_span_was(mini: Deck) -> None:
    face = card_face(DeckView(mini, "hant"), fact(mini, "lab-founded"), CardKind.CLOZE)
    assert face.prompt == f"頂點實驗室在 {BLANK} 年成立。"
    assert "2019" not in face.prompt
    assert face.answer == "2019"


def test_reverse_gives_the_answer_and_asks_for_the_question(mini: Deck) -> None:
    face = card_face(DeckView(mini, "hant"), fact(mini, "analogy"), CardKind.REVERSE)
    assert face.prompt == "方向盤\n（人物）"
    assert face.answer == "Bob 把安全規範比作汽車的哪個部件？"


def test_simplified_view_converts_every_text(mini: Deck) -> None:
    face = card_face(DeckView(mini, "hans"), fact(mini, "first-product"), CardKind.CLOZE)
    assert face.prompt == f"第一个软件产品在 {BLANK} 年推出。"  # the glossary's word
    assert face.answer == "2020"
    assert face.sources == ("第二篇报道（2024-03-02）",)
    assert face.topic == "实验室的成立"


@pytest.mark.parametrize("script", ["hant", "hans"])
def test_a_disputed_fact_carries_both_articles_claims(mini: Deck, script: str) -> None:
    view = DeckView(mini, script)  # type: ignore[arg-type]
    face = card_face(view, fact(mini, "hesitated"), CardKind.QA)
    assert face.disputed
    assert [(c.label, c.answer) for c in face.claims] == [
        (view.source_label("s1"), "Carol Chen"),
        (view.source_label("s2"), "Dan Wu"),
    ]
    assert face.claims[0].statement == face.plain_statement
    assert face.claims[1].statement == view.text("第二篇報導說，猶豫的是 Dan Wu。")
    assert face.sources == (view.source_label("s1"),)
    assert face.answer == "Carol Chen"


def every_face() -> st.SearchStrategy[tuple[DeckView, Fact, CardKind]]:
    decks = [load_deck(FIXTURES / "mini.yaml"), load_library(None).deck("anthropic-founding")]
    return st.sampled_from(decks).flatmap(
        lambda deck: st.tuples(
            st.sampled_from([DeckView(deck, "hant"), DeckView(deck, "hans")]),
            st.sampled_from(deck.facts),
            st.sampled_from(KINDS),
        )
    )


@settings(max_examples=150, deadline=None)
@given(every_face())
def test_faces_of_every_fact(case: tuple[DeckView, Fact, CardKind]) -> None:
    view, f, kind = case
    face = card_face(view, f, kind)
    before, span, after = face.statement
    assert span and face.plain_statement == view.statement(f)
    assert face.sources == tuple(view.source_label(s) for s in f.sources)
    assert face.disputed == f.is_disputed
    if f.is_disputed:
        assert len(face.claims) == 1 + len(f.disputed)
        assert {c.answer for c in face.claims} >= {view.fact_answer(f)}
    if kind == "cloze":
        assert face.prompt.count(BLANK) == 1
        assert face.prompt.replace(BLANK, span) == face.plain_statement
        assert face.prompt.startswith(before) and face.prompt.endswith(after)
    elif kind == "reverse":
        assert face.answer == view.question(f)
        assert face.prompt.startswith(view.fact_answer(f))
    else:
        assert (face.prompt, face.answer) == (view.question(f), view.fact_answer(f))
