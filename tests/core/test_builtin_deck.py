"""The deck studyapp ships: it loads, it is complete, and it records every disagreement."""

from __future__ import annotations

import json
from collections import Counter

import opencc
import pytest

from studyapp.cli import main
from studyapp.core.deck.library import load_library
from studyapp.core.deck.model import Deck, strip_span
from studyapp.core.deck.view import DeckView
from studyapp.paths import builtin_decks_dir


@pytest.fixture(scope="module")
def deck() -> Deck:
    library = load_library(None)
    assert not library.problems, "\n".join(map(str, library.problems))
    return library.deck("anthropic-founding")


def test_every_shipped_deck_file_validates() -> None:
    library = load_library(None)
    assert not library.problems, "\n".join(map(str, library.problems))
    assert len(library.decks) == len(list(builtin_decks_dir().glob("*.yaml")))


# The deck's census, exact: a fact lost or added by accident shows here. A change
# to the deck that means to change these figures updates them in the same commit.
CENSUS = {
    "facts": 228,
    "cited tw": 207,
    # a-video-id asks where both articles' video is (YouTube), not the two ids in its URLs
    "cited cn": 68,
    "disputed": 14,
    "entities": 55,
    # a-cp-cn-writing answers with the Simplified article's own title of the paper (a text)
    "answers": {"text": 99, "entity": 77, "number": 20, "quote": 15, "year": 14, "date": 3},
}


def census(deck: Deck) -> dict[str, object]:
    cited = Counter(s for f in deck.facts for s in f.sources)
    return {
        "facts": len(deck.facts),
        "cited tw": cited["tw"],
        "cited cn": cited["cn"],
        "disputed": sum(1 for f in deck.facts if f.disputed),
        "entities": len(deck.entities),
        "answers": dict(Counter(f.answer.kind.value for f in deck.facts)),
    }


def test_the_deck_census_is_exact(deck: Deck) -> None:
    assert census(deck) == CENSUS


def test_every_fact_cites_a_source(deck: Deck) -> None:
    assert all(f.sources for f in deck.facts)


def test_every_topic_has_facts(deck: Deck) -> None:
    used = Counter(f.topic for f in deck.facts)
    assert set(used) == set(deck.topics)


# Where the two articles disagree: (fact whose answer is the tw claim, the cn claim's answer value)
KNOWN_DISPUTES = {
    "who hesitated about six months": ("tom-brown", "jared-kaplan"),
    "who gave the talk where ~95% raised hands": ("tom-brown", "dario-amodei"),
    "who made the 2018 White House remark": ("jack-clark", "jared-kaplan"),
    "who wanted to stay a physics professor": ("jared-kaplan", "chris-olah"),
    "who described the dysfunctional, divided company": ("dario-amodei", "chris-olah"),
    "who spoke of governments' new testing bodies": ("jack-clark", "dario-amodei"),
    "who spoke as a former neuroscientist": ("dario-amodei", "chris-olah"),
    "who predicted a Nobel Prize in medicine": ("dario-amodei", "chris-olah"),
    "where the ~95% talk was given": ("y-combinator", "YCU"),
}


@pytest.mark.parametrize("what", sorted(KNOWN_DISPUTES))
def test_known_disagreements_are_recorded_as_disputes(deck: Deck, what: str) -> None:
    tw_claim, cn_claim = KNOWN_DISPUTES[what]
    matches = [
        f
        for f in deck.facts
        if f.answer.value == tw_claim
        and "tw" in f.sources
        and any(d.source == "cn" and d.answer.value == cn_claim for d in f.disputed)
    ]
    assert matches, f"no disputed fact for: {what}"


def test_each_dispute_names_another_source(deck: Deck) -> None:
    for f in [f for f in deck.facts if f.disputed]:
        for d in f.disputed:
            assert d.source in deck.sources and d.source not in f.sources


def test_facts_json_in_simplified_is_all_simplified(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["facts", "--script", "hans", "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert len(records) == CENSUS["facts"]
    t2s = opencc.OpenCC("t2s.json")
    for rec in records:
        for key in ("question", "answer", "statement"):
            assert t2s.convert(rec[key]) == rec[key], (rec["id"], key, rec[key])
        assert rec["sources"]
        assert isinstance(rec["disputed"], list)
        assert "{{" not in rec["statement"]


def test_facts_json_in_traditional_is_all_traditional(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["facts", "--script", "hant", "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    s2t = opencc.OpenCC("s2tw.json")
    for rec in records:
        for key in ("question", "statement"):
            text = rec[key]
            converted = s2t.convert(text)
            assert len(converted) == len(text)
            changed = {(a, b) for a, b in zip(text, converted, strict=True) if a != b}
            assert changed <= BOTH_TRADITIONAL, (rec["id"], key, text)


# s2tw rewrites these, but Taiwan's own usage has both forms (同台 / 同臺, 了解 / 瞭解, ...).
BOTH_TRADITIONAL = {("台", "臺"), ("了", "瞭"), ("布", "佈"), ("占", "佔")}


# A statement is shown by itself (cloze, true/false, explanations): it names who or
# what it is about instead of pointing back to a sentence the reader never saw.
_POINTING_BACK = ("他", "她", "這", "那", "此", "該", "其", "兩人", "兩者", "同場")


def test_every_statement_stands_alone(deck: Deck) -> None:
    statements = [(f.id, strip_span(f.statement)) for f in deck.facts]
    statements += [(f.id, strip_span(d.statement)) for f in deck.facts for d in f.disputed]
    starts = [(fid, s) for fid, s in statements if s.startswith(_POINTING_BACK)]
    assert not starts, starts


# Taiwan wordings the mainland says otherwise, as character conversion alone would
# leave them in the Simplified view (the glossary gives each its mainland term).
_TAIWAN_IN_SIMPLIFIED = ("硬体", "软体", "程式", "资料", "网路", "使用者", "专案", "杂讯", "讯号",
                         "搜寻", "后照镜", "当机", "新创", "大学部", "技术长", "营运长", "财务长",
                         "法务长", "行销", "水准", "募资", "影片", "部落格", "数位", "资讯")  # fmt: skip


def test_the_simplified_view_says_it_the_mainland_way(deck: Deck) -> None:
    view = DeckView(deck, "hans")
    shown = []
    for f in deck.facts:
        shown += [view.question(f), view.statement(f), view.text(f.gist), view.text(f.event)]
        shown += [view.text(w) for w in (*f.answer.wrong, *(f.answer.untrue or ()))]
        shown += [view.dispute_statement(f, d) for d in f.disputed]
    found = sorted(
        {(term, text) for text in shown for term in _TAIWAN_IN_SIMPLIFIED if term in text}
    )
    assert not found, found


def test_the_simplified_view_names_people_as_the_article_does(deck: Deck) -> None:
    """Szilard and Teller appear only in the Traditional article (齊拉德, 泰勒; 泰勒 is
    also the mainland's name for Teller): the Simplified view writes the article's names
    in Simplified characters, where an independent reader rejected 特勒 as in neither
    article. Harris keeps the mainland's 哈里斯 (贺锦丽 is Taiwan's)."""
    view = DeckView(deck, "hans")
    teller = view.statement(deck.fact("a-teller-serious"))
    assert "齐拉德" in teller and "泰勒" in teller and "特勒" not in teller, teller
    assert "哈里斯" in view.statement(deck.fact("a-harris"))
