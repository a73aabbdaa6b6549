"""People: one page per person, what each article says of them, and where they differ."""

from __future__ import annotations

import dataclasses

from studyapp.core.deck.load import load_deck
from studyapp.core.deck.model import Entity, EntityId, EntityType
from studyapp.core.deck.view import DeckView
from studyapp.core.people import entity_roles, is_cofounder, local_names, people
from studyapp.paths import builtin_decks_dir

from .story_decks import story_deck


def pages_by_id() -> dict[str, object]:
    return {p.entity_id: p for p in people(DeckView(story_deck(), "hant"))}


def test_every_person_has_a_page_co_founders_first() -> None:
    pages = people(DeckView(story_deck(), "hant"))
    assert [p.entity_id for p in pages] == ["ann", "ben", "cat"]
    assert [p.cofounder for p in pages] == [True, True, False]
    ann = pages[0]
    assert ann.name == "Ann Lee"
    assert ann.other_names == ("Ann",)
    assert ann.note == "共同創辦人、所長"


def test_what_each_article_says_a_person_said_or_did() -> None:
    ann, ben, cat = people(DeckView(story_deck(), "hant"))
    assert [pf.fact_id for pf in ann.facts_of("a")] == ["founder", "motto"]
    # the Simplified article puts the motto on Ben, so for 乙文 Ann only founded the lab
    assert [pf.fact_id for pf in ann.facts_of("b")] == ["founder"]
    assert [pf.fact_id for pf in ben.facts_of("b")] == ["motto", "ben-joined"]
    assert ben.facts_of("a") == ()
    motto = ann.facts_of("a")[1]
    assert motto.is_answer and motto.is_saying
    joined = ben.facts_of("b")[1]
    assert not joined.is_answer and not joined.is_saying  # he is named, not asked for
    # as the dispute tells it: the statement with the other article's answer
    assert ben.facts_of("b")[0].statement == "Ben Ho 說過「先做再說」。"
    assert [pf.fact_id for pf in cat.facts_of("a")] == ["first-grant"]
    assert cat.facts_of("b") == ()


def test_the_same_words_put_on_different_people() -> None:
    ann, ben, cat = people(DeckView(story_deck(), "hant"))
    assert [a.fact_id for a in ann.attributions] == ["motto"]
    assert [a.fact_id for a in ben.attributions] == ["motto"]
    assert cat.attributions == ()
    (motto,) = ann.attributions
    assert [(sources, who) for sources, who, _s in motto.claims] == [
        (("a",), "Ann Lee"),
        (("b",), "Ben Ho"),
    ]
    assert set(ann.fact_ids) == {"founder", "motto"}


def test_pages_follow_the_script() -> None:
    cat = people(DeckView(story_deck(), "hans"))[2]
    assert cat.name == "猫博士"
    assert cat.note == "顾问"


def test_groups_roles_and_local_names_are_used_once_entities_carry_them() -> None:
    @dataclasses.dataclass(frozen=True)
    class Richer(Entity):
        roles: tuple[str, ...] = ()
        groups: tuple[str, ...] = ()
        names_tw: tuple[str, ...] = ()
        names_cn: tuple[str, ...] = ()

    plain = Entity(EntityId("x"), EntityType.PERSON, "X", note="物理學家")
    assert entity_roles(plain) == ()
    assert local_names(plain, "hant") == ()
    assert not is_cofounder(plain)
    by_group = Richer(EntityId("y"), EntityType.PERSON, "Y", groups=("co-founder", "researcher"))
    assert is_cofounder(by_group)
    assert entity_roles(by_group) == ()  # groups are slot ids, not words for a reader
    worded = Richer(EntityId("z"), EntityType.PERSON, "Z", roles=("總裁",))
    assert entity_roles(worded) == ("總裁",) and not is_cofounder(worded)
    named = Richer(
        EntityId("t"),
        EntityType.PERSON,
        "Tom Brown",
        names_tw=("湯姆·布朗",),
        names_cn=("汤姆·布朗",),
    )
    assert local_names(named, "hant") == ("湯姆·布朗",)
    assert local_names(named, "hans") == ("汤姆·布朗",)


def test_the_built_in_registry() -> None:
    deck = load_deck(builtin_decks_dir() / "anthropic-founding.yaml", builtin=True)
    pages = people(DeckView(deck, "hant"))
    persons = [e.id for e in deck.entities.values() if e.type is EntityType.PERSON]
    assert sorted(p.entity_id for p in pages) == sorted(persons)
    founders = [p.entity_id for p in pages if p.cofounder]
    assert founders == [
        "dario-amodei", "daniela-amodei", "chris-olah", "jack-clark",
        "jared-kaplan", "tom-brown", "sam-mccandlish",
    ]  # fmt: skip
    assert [p.entity_id for p in pages[: len(founders)]] == founders
    by_id = {p.entity_id: p for p in pages}
    # the articles disagree on who hesitated for six months: Tom (繁) or Jared (简)
    assert "a-six-month-hesitation" in {a.fact_id for a in by_id["tom-brown"].attributions}
    assert "a-six-month-hesitation" in {a.fact_id for a in by_id["jared-kaplan"].attributions}
    assert "a-six-month-hesitation" in {pf.fact_id for pf in by_id["tom-brown"].facts_of("tw")}
    assert "a-six-month-hesitation" not in {pf.fact_id for pf in by_id["tom-brown"].facts_of("cn")}
    # Sam McCandlish is only in the Simplified article
    assert by_id["sam-mccandlish"].facts_of("tw") == ()
    assert by_id["sam-mccandlish"].facts_of("cn")
    # Chris is not a prefix of Christiano
    assert "b-rsp-paul-spelling" not in by_id["chris-olah"].fact_ids
