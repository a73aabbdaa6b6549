"""The timeline: every dated event on one axis, with its sources and disagreements."""

from __future__ import annotations

import dataclasses

import pytest

from studyapp.core.deck.load import load_deck
from studyapp.core.deck.model import Fact
from studyapp.core.deck.view import DeckView
from studyapp.core.timeline import timeline, year_in
from studyapp.paths import builtin_decks_dir

from .story_decks import story_deck


def test_events_come_in_order_with_their_sources_and_differing_dates() -> None:
    events = timeline(DeckView(story_deck(), "hant"))
    assert [(e.key, e.fact_ids) for e in events] == [
        ((2015, 0, 0), ("founded", "first-grant")),  # same topic, same year: one event
        ((2020, 5, 0), ("moved",)),
    ]
    founded, moved = events
    assert founded.label == "實驗室創立"  # the gist of the fact that asks for the date
    assert founded.sources == ("a", "b")
    # the two articles' dates side by side: 甲文 2015, 乙文 2016
    assert founded.dates_differ
    assert [(c.sources, c.date) for c in founded.claims] == [(("a",), "2015"), (("b",), "2016")]
    assert founded.is_disputed
    assert not moved.is_disputed
    assert moved.date == "2020 年 5 月"
    assert moved.sources == ("a", "b")


def test_a_fact_without_a_date_is_not_on_the_axis() -> None:
    events = timeline(DeckView(story_deck(), "hant"))
    on_axis = {f for e in events for f in e.fact_ids}
    assert {"founder", "motto", "ben-joined", "size"}.isdisjoint(on_axis)


def test_an_event_label_names_the_event_once_facts_carry_one() -> None:
    @dataclasses.dataclass(frozen=True)
    class WithEvent(Fact):
        event: str = ""

    deck = story_deck()
    founded = deck.fact("first-grant")
    kept = {f.name: getattr(founded, f.name) for f in dataclasses.fields(Fact) if f.name != "event"}
    labelled = WithEvent(**kept, event="第一筆經費")
    facts = tuple(labelled if f.id == "first-grant" else f for f in deck.facts)
    events = timeline(DeckView(dataclasses.replace(deck, facts=facts, _fact_index={}), "hant"))
    assert events[0].fact_ids == ("founded", "first-grant")
    assert events[0].label == "第一筆經費"


def test_the_timeline_follows_the_script() -> None:
    hans = timeline(DeckView(story_deck(), "hans"))
    assert hans[0].label == "实验室创立"
    assert hans[0].topic == "创立"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("在 2023 年陪他進白宮", (2023, 0, 0)),
        ("於 2024 年 12 月 21 日刊出", (2024, 12, 21)),
        ("2024年12月發布", (2024, 12, 0)),
        ("全文約 4,000 字", None),
        ("超過 10 年", None),
        ("編號 12015 年", None),
    ],
)
def test_a_year_is_read_as_the_decks_write_it(text: str, key: tuple[int, int, int] | None) -> None:
    assert year_in(text) == key


def test_the_built_in_deck_has_its_story_on_one_axis() -> None:
    deck = load_deck(builtin_decks_dir() / "anthropic-founding.yaml", builtin=True)
    events = timeline(DeckView(deck, "hant"))
    keys = [e.key for e in events]
    assert keys == sorted(keys)
    assert keys[0] == (1939, 0, 0)
    assert keys[-1] == (2024, 12, 22)
    by_fact = {f: e for e in events for f in e.fact_ids}
    # both articles tell of 2016 (Jack Clark leaves journalism), each cited
    assert by_fact["a-jack-leaves-journalism"].sources == ("tw", "cn")
    # who said nobody would have believed it in 2018 is disputed: the event is marked
    remark = by_fact["a-2018-remark"]
    assert remark is by_fact["a-2018-year"]
    assert remark.is_disputed and not remark.dates_differ
    assert {c.sources for c in remark.disputed} == {("tw",), ("cn",)}
    # the White House meeting: the year, who went along, whom they met and what was said
    assert by_fact["a-white-house-year"].fact_ids == (
        "a-white-house-year",
        "a-white-house-companion",
        "a-harris",
        "a-raimondo",
        "a-watching-you",
    )
    every_dated = {f.id for f in deck.facts if f.answer.kind.value in ("year", "date")}
    assert every_dated <= set(by_fact)
