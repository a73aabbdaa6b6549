"""One page per person of a deck's registry, without a display.

Who they are (the registry's name, other names and note), what each article
says they said or did (the facts whose answer is them, or that name them, as
each article tells it), and where the articles put the same words or deed on
different people (a disputed fact whose claims name different people). The
co-founders come first.

Everything is derived from the deck's data, so an imported article's people
have pages too. A person is a co-founder when the registry says so: by the
``co-founder`` group once entities carry groups, else by the note (共同創辦人,
联合创始人, co-founder). Roles worded for display (``roles``) and each place's
Chinese names (``names_tw``/``names_cn``) are shown once entities carry them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from studyapp.core.deck.answers import answer_text
from studyapp.core.deck.model import (
    Answer,
    AnswerKind,
    Deck,
    Entity,
    EntityType,
    Fact,
    SourceId,
    split_span,
    strip_span,
)
from studyapp.core.deck.textfold import fold
from studyapp.core.deck.view import DeckView

_COFOUNDER = ("共同創辦人", "共同创办人", "聯合創始人", "联合创始人", "co-founder", "cofounder")
_QUOTE_MARKS = ("「", "“", "『", '"')
_LATIN = re.compile(r"[A-Za-z]")


def _declared(entity: Entity, attribute: str) -> tuple[str, ...]:
    """A tuple of texts the registry may declare for an entity (() when it does not)."""
    value = getattr(entity, attribute, ())
    if isinstance(value, str):
        return (value,)
    if isinstance(value, Iterable):
        return tuple(str(v) for v in value)
    return ()


def entity_roles(entity: Entity) -> tuple[str, ...]:
    """The roles the registry words for display (总裁, physicist, …), once entities
    carry them; () until then. (Groups are slot ids for the question generator, not
    words for a reader, so they are not shown.)"""
    return _declared(entity, "roles")


def is_cofounder(entity: Entity) -> bool:
    """A co-founder by the registry's groups or roles, else by the note's words."""
    groups = {g.casefold() for g in (*_declared(entity, "groups"), *entity_roles(entity))}
    if groups & {"co-founder", "cofounder"}:
        return True
    return any(marker in entity.note.casefold() for marker in _COFOUNDER)


def local_names(entity: Entity, script: str) -> tuple[str, ...]:
    """The Chinese names the reader's place writes (Taiwan's for 繁, the mainland's
    for 简), once entities carry them."""
    return _declared(entity, "names_tw" if script == "hant" else "names_cn")


class NameFinder:
    """Which persons a text names, in one pass: a Latin name as a whole word, a
    Chinese one anywhere, compared folded (so 繁 and 简 forms both count)."""

    def __init__(self, persons: Iterable[Entity]) -> None:
        self._who: dict[str, set[str]] = {}
        for entity in persons:
            for name in entity.names:
                key = fold(name)
                if len(key) >= 2:
                    self._who.setdefault(key, set()).add(entity.id)
        parts = [  # longest first: a full name before the given name inside it
            rf"(?<![a-z]){re.escape(k)}(?![a-z])" if _LATIN.search(k) else re.escape(k)
            for k in sorted(self._who, key=len, reverse=True)
        ]
        self._re = re.compile("|".join(parts)) if parts else None

    def find(self, text: str) -> set[str]:
        if self._re is None:
            return set()
        return {who for m in self._re.finditer(fold(text)) for who in self._who[m.group()]}


@dataclass(frozen=True, slots=True)
class Telling:
    """What one or more sources say a fact's answer is, as a statement."""

    sources: tuple[SourceId, ...]
    answer: Answer
    statement: str  # raw (the deck's script), span unmarked


def tellings(deck: Deck, fact: Fact) -> list[Telling]:
    """The fact as each source tells it: its own answer first, then each dispute (in
    the fact's words with the other answer, where the dispute has none of its own)."""
    out = [Telling(fact.sources, fact.answer, strip_span(fact.statement))]
    before, _span, after = split_span(fact.statement)
    for d in fact.disputed:
        statement = strip_span(d.statement) or before + answer_text(deck, d.answer) + after
        out.append(Telling((d.source,), d.answer, statement))
    return out


@dataclass(frozen=True, slots=True)
class PersonFact:
    fact_id: str
    statement: str  # as this source tells it, in the view's script
    is_answer: bool  # the person is what the fact asks for
    is_saying: bool  # a quotation or a remark of theirs


@dataclass(frozen=True, slots=True)
class Attribution:
    """A fact the articles put on different people."""

    fact_id: str
    question: str
    claims: tuple[tuple[tuple[SourceId, ...], str, str], ...]  # (sources, who, statement)


@dataclass(frozen=True, slots=True)
class PersonPage:
    entity_id: str
    name: str
    other_names: tuple[str, ...]
    note: str
    roles: tuple[str, ...]
    cofounder: bool
    by_source: tuple[tuple[SourceId, tuple[PersonFact, ...]], ...]  # in the deck's order
    attributions: tuple[Attribution, ...]

    @property
    def fact_ids(self) -> tuple[str, ...]:
        ids = [pf.fact_id for _s, facts in self.by_source for pf in facts]
        ids += [a.fact_id for a in self.attributions]
        return tuple(dict.fromkeys(ids))

    def facts_of(self, source_id: str) -> tuple[PersonFact, ...]:
        return next((facts for s, facts in self.by_source if s == source_id), ())


def _is_person(view: DeckView, answer: Answer) -> bool:
    if answer.kind is not AnswerKind.ENTITY:
        return False
    entity = view.deck.entities.get(str(answer.value))  # type: ignore[call-overload]
    return entity is not None and entity.type in (EntityType.PERSON, EntityType.ORGANIZATION)


def _attribution(view: DeckView, fact: Fact) -> Attribution | None:
    """The fact's claims when they name different people (or a person and a group)."""
    told = tellings(view.deck, fact)
    if len(told) < 2 or not all(_is_person(view, t.answer) for t in told):
        return None
    named = {str(t.answer.value) for t in told}
    kinds = {view.deck.entities[t.answer.value].type for t in told}  # type: ignore[index]
    if len(named) < 2 or EntityType.PERSON not in kinds:
        return None
    return Attribution(
        fact.id,
        view.question(fact),
        tuple((t.sources, view.answer(t.answer), view.text(t.statement)) for t in told),
    )


def _saying(fact: Fact, statement: str) -> bool:
    return fact.answer.kind is AnswerKind.QUOTE or any(m in statement for m in _QUOTE_MARKS)


def people(view: DeckView) -> list[PersonPage]:
    """A page for every person of the registry: co-founders first, then the others,
    each group in the registry's order; each page's facts in the deck's order."""
    deck = view.deck
    persons = [e for e in deck.entities.values() if e.type is EntityType.PERSON]
    finder = NameFinder(persons)
    said: dict[str, dict[SourceId, list[PersonFact]]] = {
        e.id: {s: [] for s in deck.sources} for e in persons
    }
    attributed: dict[str, list[Attribution]] = {e.id: [] for e in persons}
    for fact in deck.facts:
        asked = finder.find(fact.question)
        involved: set[str] = set()
        for telling in tellings(deck, fact):
            answer = telling.answer
            answer_id = str(answer.value) if answer.kind is AnswerKind.ENTITY else ""
            who = asked | finder.find(telling.statement)
            if answer_id in said:
                who.add(answer_id)
            if not who:
                continue
            involved |= who
            statement = view.text(telling.statement)
            saying = _saying(fact, telling.statement)
            for person in who:
                shown = PersonFact(fact.id, statement, person == answer_id, saying)
                for source in telling.sources:
                    said[person].setdefault(source, []).append(shown)
        attribution = _attribution(view, fact) if involved and fact.disputed else None
        if attribution is not None:
            for person in involved:
                attributed[person].append(attribution)
    pages = [
        PersonPage(
            entity_id=entity.id,
            name=view.text(entity.name),
            other_names=tuple(
                dict.fromkeys(
                    (
                        *(view.text(n) for n in entity.aliases),
                        *local_names(entity, view.script),  # written for that place already
                    )
                )
            ),
            note=view.text(entity.note),
            roles=tuple(view.text(r) for r in entity_roles(entity)),
            cofounder=is_cofounder(entity),
            by_source=tuple((s, tuple(facts)) for s, facts in said[entity.id].items()),
            attributions=tuple(attributed[entity.id]),
        )
        for entity in persons
    ]
    pages.sort(key=lambda p: not p.cofounder)  # stable: registry order within each group
    return pages
