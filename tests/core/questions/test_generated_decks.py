"""The question invariants hold on decks hypothesis makes up, not only on ours."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studyapp.core.deck.model import (
    Answer,
    AnswerKind,
    Approx,
    Deck,
    DeckId,
    Dispute,
    Entity,
    EntityId,
    EntityType,
    Fact,
    FactId,
    Script,
    Source,
    SourceId,
    Topic,
    TopicId,
)
from studyapp.core.questions import ALL_TYPES, generate

from .invariants import check_question

# Characters written the same in both scripts, so any made-up text is script-pure.
_HAN = "天地人山水木火土日月中大小上下左右子女王田石目耳手口力"
_words = st.text(alphabet=_HAN, min_size=2, max_size=6)
_latin = st.text(alphabet="abcdefghijklmnop", min_size=3, max_size=7).map(str.capitalize)


@st.composite
def decks(draw: st.DrawFn) -> Deck:
    n_people = draw(st.integers(2, 8))
    n_orgs = draw(st.integers(1, 5))
    names = draw(st.lists(_latin, min_size=n_people + n_orgs, max_size=n_people + n_orgs,
                          unique_by=str.lower))  # fmt: skip
    groups = draw(st.lists(st.sampled_from([(), ("g1",), ("g2",), ("g1", "g2")]),
                           min_size=len(names), max_size=len(names)))  # fmt: skip
    entities = {
        EntityId(f"e{i}"): Entity(
            EntityId(f"e{i}"),
            EntityType.PERSON if i < n_people else EntityType.ORGANIZATION,
            f"{name} {name[::-1].capitalize()}" if i < n_people else name,
            groups=groups[i],
        )
        for i, name in enumerate(names)
    }
    topics = {TopicId(t): Topic(TopicId(t), f"{t}題") for t in ("t1", "t2", "t3")}
    sources = {
        SourceId("a"): Source(SourceId("a"), "甲文", "2024-01-01", "https://example.org/a", "hant"),
        SourceId("b"): Source(SourceId("b"), "乙文", "2024-02-01", "https://example.org/b", "hans"),
    }
    facts: list[Fact] = []
    for i in range(draw(st.integers(4, 30))):
        kind = draw(st.sampled_from(list(AnswerKind)))
        event = ""
        lead, tail = draw(_words), draw(_words)
        pre = post = ""  # right around the span
        if kind is AnswerKind.ENTITY:
            eid = draw(st.sampled_from(sorted(entities)))
            answer, span = Answer(kind, eid), entities[eid].name
        elif kind is AnswerKind.YEAR:
            year = draw(st.integers(1950, 2024))
            answer, span = Answer(kind, year), str(year)
            event = draw(st.sampled_from(["", f"事{i}"]))
            # a year that starts or ends a range the statement gives
            side = draw(st.sampled_from(["", "start", "end"]))
            if side == "start":
                post = f" 至 {year + draw(st.integers(1, 4))} 年"
            elif side == "end":
                pre = f"{year - draw(st.integers(1, 4))} 至 "
        elif kind is AnswerKind.DATE:
            y, m, d = (
                draw(st.integers(1990, 2024)),
                draw(st.integers(1, 12)),
                draw(st.integers(1, 28)),
            )
            answer, span = Answer(kind, f"{y}-{m:02d}-{d:02d}"), f"{y} 年 {m} 月 {d} 日"
        elif kind is AnswerKind.NUMBER:
            value: int | float = draw(st.integers(1, 5000))
            if draw(st.booleans()):  # a half: never offered rounded
                value += 0.5
                answer = Answer(kind, value, "人")
            elif draw(st.booleans()):  # about so many: wrong options only as written
                wrong = tuple(f"{v} 人" for v in {value * 3, value * 10, value * 30})
                answer = Answer(kind, value, "人", approx=Approx.ABOUT, wrong=wrong)
            else:
                answer = Answer(kind, value, "人")
            span = f"{value} 人"
        else:
            span = draw(_words)
            wrong = tuple(w for w in draw(st.lists(_words, max_size=4, unique=True)) if w != span)
            slot = draw(st.sampled_from(["", "s1", "s2"]))
            # the deck's own false wordings: none given, never true/false, or only these
            untrue = draw(st.sampled_from([None, (), tuple(w + "甲" for w in wrong[:2])]))
            answer = Answer(kind, span, wrong=wrong, slot=slot, untrue=untrue)
        disputed: tuple[Dispute, ...] = ()
        if kind in (AnswerKind.ENTITY, AnswerKind.TEXT) and draw(st.booleans()):
            other = (
                Answer(kind, draw(st.sampled_from(sorted(entities))))
                if kind is AnswerKind.ENTITY
                else Answer(kind, draw(_words))
            )
            if other.value != answer.value:
                disputed = (Dispute(SourceId("b"), other),)
        facts.append(
            Fact(
                id=FactId(f"f{i}"),
                topic=TopicId(draw(st.sampled_from(sorted(topics)))),
                question=f"{lead}{tail}是什麼？",
                answer=answer,
                statement=f"{lead}，{pre}{{{{{span}}}}}{post}{tail}。",
                sources=(SourceId("a"),),
                disputed=disputed,
                gist=f"{lead}{i}",
                event=event,
            )
        )
    return Deck(DeckId("made-up"), "造的牌組", "hant", sources, topics, entities, (), tuple(facts))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(deck=decks(), seed=st.integers(0, 1000), script=st.sampled_from(["hant", "hans"]))
def test_made_up_decks_give_well_formed_questions(deck: Deck, seed: int, script: Script) -> None:
    questions = generate([deck], script, count=40, seed=seed, types=ALL_TYPES)
    assert len(questions) <= 40
    for q in questions:
        check_question(q, deck, script)
    again = generate([deck], script, count=40, seed=seed, types=ALL_TYPES)
    assert [q.id for q in again] == [q.id for q in questions]
