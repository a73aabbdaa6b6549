"""Read mode's core: an article with its facts highlighted, an outline, where a fact is;
and how well each fact is known."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

from studyapp.core.deck.articles import ArticleCopy, ArticleSection
from studyapp.core.deck.load import load_deck
from studyapp.core.deck.model import CardKind
from studyapp.core.deck.view import DeckView
from studyapp.core.knowledge import Knowledge, Level, knowledge_of, level_of, weakest
from studyapp.core.read_view import article_page, outline_page, place_of, readings
from studyapp.core.store import Rating, open_store
from studyapp.paths import builtin_decks_dir

from .story_decks import story_deck

TEXT = "頂點實驗室在 2015 年創立。Ann Lee 說過「先做再說」。後來它搬到海邊。"


def copy() -> ArticleCopy:
    return ArticleCopy(
        "story",
        "a",
        "甲文",
        TEXT,
        (ArticleSection("開頭", 0, len(TEXT)),),
        {"founded": (0, 16), "founder": (0, 16), "motto": (16, 31), "gone": (31, 39)},
    )


def test_every_sentence_with_facts_is_highlighted_by_the_weakest() -> None:
    known = {"founded": Knowledge(Level.STRONG, 0.95), "founder": Knowledge(Level.WEAK, 0.4)}
    page = article_page(copy(), story_deck(), known)
    assert [(h.start, h.end, h.fact_ids) for h in page.highlights] == [
        (0, 16, ("founded", "founder")),
        (16, 31, ("motto",)),
    ]  # "gone" is no fact of the deck any more
    assert page.highlights[0].knowledge.level is Level.WEAK
    assert page.highlights[1].knowledge.level is Level.UNSEEN
    assert "".join(s.text for s in page.segments()) == TEXT
    assert [s.highlight is not None for s in page.segments()] == [True, True, False]
    assert page.highlight_at(20) is page.highlights[1]
    assert page.highlight_at(35) is None
    assert page.highlight_of("founder") is page.highlights[0]
    # facts of this article whose sentence the copy does not have
    assert page.unplaced == ("first-grant", "moved", "size")


def test_an_outline_shows_each_section_with_its_facts_and_disagreements() -> None:
    view = DeckView(story_deck(), "hant")
    page = outline_page(view, "b", {})
    assert page is not None
    assert page.title == "乙文"
    assert [p.title for p in page.sections] == ["唯一一節"]
    facts = page.sections[0].facts
    assert [f.fact.id for f in facts] == ["founded", "founder", "motto", "moved", "ben-joined"]
    # what *this* article says: the year and the speaker it gives
    assert facts[0].statement == "頂點實驗室在 2016 年創立。"
    assert facts[2].statement == "Ben Ho 說過「先做再說」。"
    assert [c.sources for c in facts[2].claims] == [("a",), ("b",)]
    assert facts[3].claims == ()
    assert page.disputed == 2
    assert page.part_of("moved") is page.sections[0]
    assert outline_page(view, "zz", {}) is None


def test_readings_and_places() -> None:
    deck = story_deck()
    assert [(r.source_id, r.has_copy) for r in readings([deck], {})] == [
        ("a", False),
        ("b", False),
    ]
    found = readings([deck], {"story": {"a": copy()}})
    assert [(r.source_id, r.has_copy) for r in found] == [("a", True), ("b", False)]
    # a copy that places the fact wins; else an outline section, own source first
    assert place_of(deck, "motto", {"a": copy()}).has_copy  # type: ignore[union-attr]
    moved = place_of(deck, "moved", {"a": copy()})
    assert moved is not None and (moved.source_id, moved.has_copy, moved.section) == ("a", False, 1)
    joined = place_of(deck, "ben-joined", {})
    assert joined is not None and (joined.source_id, joined.section) == ("b", 0)
    assert place_of(deck, "nope", {}) is None


def test_the_built_in_deck_can_place_every_fact() -> None:
    deck = load_deck(builtin_decks_dir() / "anthropic-founding.yaml", builtin=True)
    for fact in deck.facts:
        place = place_of(deck, fact.id, {})
        assert place is not None and place.source_id == fact.sources[0]


def test_knowledge_is_the_weakest_studied_card_now(tmp_path: Path) -> None:
    deck = story_deck()
    now = [datetime(2025, 3, 3, 12, tzinfo=timezone.utc)]
    store = open_store(
        tmp_path / "p.sqlite", clock=lambda: now[0], rng=random.Random(3), tz=timezone.utc
    )
    try:
        store.sync_cards(deck.id, [(f.id, f.topic) for f in deck.facts], [CardKind.QA])
        assert knowledge_of(store, deck.id) == {}  # nothing studied: every fact unseen
        for card in store.cards_of_fact(deck.id, "founded"):
            store.answer(card, Rating.GOOD)
        fresh = knowledge_of(store, deck.id)
        assert set(fresh) == {"founded"}
        assert fresh["founded"].level is Level.STRONG
        now[0] += timedelta(days=400)
        later = knowledge_of(store, deck.id)["founded"]
        assert later.level is Level.WEAK
        assert later.recall is not None and later.recall < fresh["founded"].recall  # type: ignore[operator]
    finally:
        store.close()
    assert knowledge_of(None, deck.id) == {}


def test_levels_and_the_weakest() -> None:
    assert [level_of(r) for r in (0.95, 0.9, 0.8, 0.69)] == [
        Level.STRONG, Level.STRONG, Level.FAIR, Level.WEAK,
    ]  # fmt: skip
    known = {"a": Knowledge(Level.FAIR, 0.8), "b": Knowledge(Level.WEAK, 0.5)}
    assert weakest(known, ["a", "b"]).recall == 0.5
    assert weakest(known, ["a", "c"]).level is Level.UNSEEN
    assert weakest(known, []).level is Level.UNSEEN
