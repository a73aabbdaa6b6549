"""Browse search: a fact is found whichever script, width, case, spacing or
punctuation the reader types; filters narrow by deck, topic, source, dispute
and study state."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studyapp.core.deck.library import load_library
from studyapp.core.deck.load import load_deck
from studyapp.core.deck.model import Deck
from studyapp.core.deck.script import convert_plain
from studyapp.core.deck.view import DeckView
from studyapp.core.search import (
    FactFilter,
    FactIndex,
    FactStatus,
    search_key,
    status_lookup,
    summarise_status,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(scope="module")
def mini() -> Deck:
    return load_deck(FIXTURES / "mini.yaml")


@pytest.fixture(scope="module")
def builtin() -> Deck:
    return load_library(None).deck("anthropic-founding")


@pytest.fixture(scope="module")
def index(mini: Deck) -> FactIndex:
    return FactIndex([mini])


def ids(index: FactIndex, query: FactFilter | str) -> list[str]:
    return [e.fact.id for e in index.search(query)]


def test_simplified_finds_traditional_and_back(index: FactIndex) -> None:
    found = ids(index, "頂點實驗室")
    assert found == ["lab-founded", "founder"]
    assert ids(index, "顶点实验室") == found


def test_the_glossary_joins_regional_words(index: FactIndex) -> None:
    assert ids(index, "软件") == ["first-product"]
    assert ids(index, "軟體") == ["first-product"]


def test_a_glossary_term_typed_in_the_other_scripts_characters_is_found(builtin: Deck) -> None:
    index = FactIndex([builtin])
    found = ids(index, "執行長")  # the Traditional text's word (首席执行官 in the 简 view)
    assert found
    assert ids(index, "执行长") == found  # its characters typed in Simplified
    assert ids(index, "首席执行官") == found


def test_the_builtin_deck_is_found_in_both_scripts(builtin: Deck) -> None:
    index = FactIndex([builtin])
    hant = ids(index, "負責任擴展政策")
    assert len(hant) >= 3
    assert ids(index, "负责任扩展政策") == hant
    view = DeckView(builtin, "hans")
    fact = builtin.facts[0]
    assert fact.id in ids(index, view.question(fact))


def test_width_case_and_spaces_do_not_matter(index: FactIndex) -> None:
    assert ids(index, "ａｌｉｃｅ　ｗｏｎｇ") == ["founder"]
    assert ids(index, "ALICE WONG") == ["founder"]
    assert ids(index, "alicewong") == ["founder"]
    assert ids(index, "８０％") == ids(index, "80%") == ["share"]


def test_punctuation_does_not_matter(index: FactIndex) -> None:
    assert ids(index, "先想清楚，再動手") == ["motto"]
    assert ids(index, "“先想清楚再动手”") == ["motto"]
    assert ids(index, "《安全手冊》的第一版") == ["handbook-author"]
    assert ids(index, "安全手冊的第一版") == ["handbook-author"]


def test_a_query_of_punctuation_alone_narrows_nothing(index: FactIndex, mini: Deck) -> None:
    everything = [f.id for f in mini.facts]
    assert ids(index, "") == everything
    assert ids(index, "  ？ 。") == everything


def test_every_word_of_a_query_must_match(index: FactIndex) -> None:
    assert set(ids(index, "Alice")) == {"founder", "motto"}
    assert ids(index, "Alice 原則") == ["motto"]
    assert ids(index, "Alice 方向盤") == []


def test_names_answers_and_the_disputing_claim_are_searched(index: FactIndex) -> None:
    assert ids(index, "黃愛麗") == ["founder"]  # an alias of the answer
    assert ids(index, "Dan Wu") == ["hesitated"]  # the other article's answer
    assert ids(index, "猶豫的是") == ["hesitated"]  # its statement
    assert ids(index, "駕駛盤") == ["analogy"]  # an accepted answer
    assert ids(index, "eve-role") == ["eve-role"]  # the id


def test_a_word_does_not_match_across_two_texts(index: FactIndex) -> None:
    # "staff" is the fact's id, "實驗室成立時" starts its question.
    assert ids(index, "staff") == ["staff"]
    assert ids(index, "實驗室成立時") == ["staff"]
    assert ids(index, "staff實驗室成立時") == []


def test_filters(index: FactIndex, mini: Deck) -> None:
    people = [f.id for f in mini.facts if f.topic == "people"]
    assert ids(index, FactFilter(topic_id="people")) == people
    assert ids(index, FactFilter(disputed=True)) == ["hesitated"]
    assert "hesitated" not in ids(index, FactFilter(disputed=False))
    # A source finds the facts it supports and those where it disagrees.
    s2 = ids(index, FactFilter(source_id="s2"))
    assert "hesitated" in s2
    assert s2 == [f.id for f in mini.facts if "s2" in f.sources or f.id == "hesitated"]
    assert ids(index, FactFilter(text="Alice", topic_id="lab")) == []
    assert ids(index, FactFilter(text="Alice", topic_id="people")) == ["founder", "motto"]
    assert ids(index, FactFilter(deck_id="nope")) == []


def test_filters_by_deck_in_a_library(mini: Deck, builtin: Deck) -> None:
    index = FactIndex([mini, builtin])
    assert ids(index, FactFilter(deck_id="mini")) == [f.id for f in mini.facts]
    assert {e.deck.id for e in index.search("")} == {"mini", "anthropic-founding"}


def test_status_filter(index: FactIndex) -> None:
    statuses = {("mini", "founder"): FactStatus.REVIEW, ("mini", "motto"): FactStatus.SUSPENDED}
    lookup = status_lookup(statuses)
    found = [e.fact.id for e in index.search(FactFilter(status=FactStatus.REVIEW), lookup)]
    assert found == ["founder"]
    new = [e.fact.id for e in index.search(FactFilter(status=FactStatus.NEW), lookup)]
    assert "founder" not in new and "motto" not in new and "staff" in new


@pytest.mark.parametrize(
    ("states", "suspended", "status"),
    [
        ([], [], FactStatus.NEW),
        ([0, 0], [False, False], FactStatus.NEW),
        ([2, 0], [False, False], FactStatus.REVIEW),
        ([2, 3], [False, False], FactStatus.LEARNING),
        ([1, 2], [True, False], FactStatus.REVIEW),  # the suspended card does not count
        ([2, 2], [True, True], FactStatus.SUSPENDED),
    ],
)
def test_a_facts_status_from_its_cards(
    states: list[int], suspended: list[bool], status: FactStatus
) -> None:
    assert summarise_status(states, suspended) is status


def test_fold_keeps_a_decimal_point() -> None:
    assert search_key("5.5") != search_key("55")
    assert search_key("Ｖ２．５ 版。") == search_key("v2.5版")


def to_fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


# Script comes from the view (the glossary's regional words are converted as the deck
# says; OpenCC alone would write 軟體 as 软体, which the deck does not use).
TRANSFORMS = {
    "hant": lambda t: convert_plain(t, "hant"),
    "upper": str.upper,
    "fullwidth": to_fullwidth,
    "no spaces": lambda t: t.replace(" ", ""),
    "no punctuation": lambda t: "".join(
        c for c in t if not unicodedata.category(c).startswith("P")
    ),
}


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_a_facts_own_wording_finds_it_however_it_is_typed(
    data: st.DataObject, index: FactIndex, mini: Deck
) -> None:
    fact = data.draw(st.sampled_from(mini.facts))
    view = DeckView(mini, data.draw(st.sampled_from(["hant", "hans"])))
    text = data.draw(st.sampled_from([view.question(fact), view.statement(fact)]))
    for name in data.draw(st.lists(st.sampled_from(sorted(TRANSFORMS)), max_size=3)):
        text = TRANSFORMS[name](text)
    assert fact.id in ids(index, text)
