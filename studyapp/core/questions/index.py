"""What question generation needs to know about a deck, computed once per deck.

A :class:`DeckIndex` groups a deck's facts by topic, tag, answer category and
date, lists the candidate distractors of each kind (entities by type, years,
numbers by unit, texts and quotes by topic) and memoises each fact's accepted
answer forms. Building it is linear in the deck; every question after that
only looks things up.

Comparisons (is this option another form of the answer? is the answer in the
prompt?) are made on the deck's own texts, folded, in both scripts, so a seed
picks the same questions whichever script they are shown in.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace

from studyapp.core.deck.answers import answer_text, date_key, format_number
from studyapp.core.deck.model import (
    SCRIPTS,
    Answer,
    AnswerKind,
    Approx,
    Deck,
    Dispute,
    Entity,
    EntityId,
    EntityType,
    Fact,
    FactId,
    Script,
    TopicId,
    split_span,
    strip_span,
)
from studyapp.core.deck.numbers import chinese_numeral
from studyapp.core.deck.script import ScriptConverter
from studyapp.core.deck.view import DeckView
from studyapp.core.questions.grading import answer_key

_ASCII_RE = re.compile(r"^[\x20-\x7e]+$")


ClaimKey = tuple[FactId, tuple[str, ...]]


def claim_key(fact: Fact) -> ClaimKey:
    return (fact.id, fact.sources)


_NAME_SPLIT_RE = re.compile(r"[\s·・‧．.]+")


def entity_slots(entity: Entity) -> tuple[str, ...]:
    """The slots an entity fills: its groups, else its type ("type:person")."""
    return entity.groups or (f"type:{entity.type.value}",)


def is_ascii(text: str) -> bool:
    return bool(_ASCII_RE.match(text))


def _approx_forms(number: str, unit: str, approx: Approx) -> list[str]:
    """How a reader may write an approximate number: 約20位, 20多位, 二十幾位, 超過10年, …"""
    if approx is Approx.ABOUT:
        shapes = ["{n}{u}", "{n}", "約{n}{u}", "大約{n}{u}", "{n}{u}左右", "約{n}", "{n}左右"]
    elif approx is Approx.PLUS:
        shapes = ["{n}多{u}", "{n}多", "{n}幾{u}", "{n}餘{u}", "超過{n}{u}"]
        if not unit.startswith("個"):
            shapes.append("{n}多個")  # 二十多個 (people), not 二十多個位
    else:
        shapes = ["超過{n}{u}", "超過{n}", "{n}多{u}", "{n}多", "{n}{u}以上", "逾{n}{u}"]
    return [shape.format(n=number, u=unit) for shape in shapes]


# The first shape of each approximation, in Chinese numerals: 約六年, 二十多位, 超過十年.
_APPROX_CHINESE = {Approx.ABOUT: "約{n}{u}", Approx.PLUS: "{n}多{u}", Approx.OVER: "超過{n}{u}"}
# "N and a half" with the units it is said with: 五年半, 五個半月.
_AND_A_HALF = {"年": "{n}年半", "個月": "{n}個半月", "小時": "{n}個半小時"}


def chinese_forms(value: float, unit: str, approx: Approx | None) -> list[str]:
    """A number as the articles write it in Chinese numerals (六節, 五年半,
    百分之五十, 二十多位): the grader folds numerals anyway; these are listed so a
    reader of the accepted answers sees the article's own wording among them."""
    whole = int(value)
    numeral = chinese_numeral(whole)
    if numeral is None:
        return []
    if value != whole:
        shape = _AND_A_HALF.get(unit.strip()) if value - whole == 0.5 else None
        return [shape.format(n=numeral)] if shape and approx is None else []
    if unit == "%":
        return [] if approx else [f"百分之{numeral}"]
    if approx is not None:
        return [_APPROX_CHINESE[approx].format(n=numeral, u=unit)]
    return [f"{numeral}{unit}"] if unit else [numeral]


@dataclass
class DeckIndex:
    """Per-deck lookups for question generation (see the module docstring)."""

    deck: Deck
    converter: ScriptConverter
    by_topic: dict[TopicId, list[Fact]] = field(default_factory=dict)
    undisputed_in_topic: dict[TopicId, list[Fact]] = field(default_factory=dict)
    by_tag: dict[str, list[Fact]] = field(default_factory=dict)
    # the facts no article disputes, which can be paired in a matching question
    undisputed: list[Fact] = field(default_factory=list)
    dated_in_topic: dict[TopicId, list[Fact]] = field(default_factory=dict)
    dated: list[Fact] = field(default_factory=list)
    # distractor pools: entities by slot (a group, or "type:<type>" for an entity
    # without groups), those that answer a fact of the topic first
    entities_by_slot: dict[str, list[EntityId]] = field(default_factory=dict)
    answer_entities_in_topic: dict[tuple[TopicId, str], list[EntityId]] = field(
        default_factory=dict
    )
    years: list[int] = field(default_factory=list)
    latest_year: int = 0
    numbers_by_unit: dict[str, list[float]] = field(default_factory=dict)
    texts_by_slot: dict[str, list[str]] = field(default_factory=dict)  # declared slots only
    # a person's short names (given name, surname) that point at them alone
    given_names: dict[EntityId, tuple[str, ...]] = field(default_factory=dict)
    # memos
    _views: dict[Script, DeckView] = field(default_factory=dict)
    # memos per claim: (fact id, the sources whose claim it is)
    _accepted: dict[ClaimKey, tuple[str, ...]] = field(default_factory=dict)
    _claim_keys: dict[ClaimKey, frozenset[str]] = field(default_factory=dict)
    _accepted_keys: dict[ClaimKey, frozenset[str]] = field(default_factory=dict)
    _sides: dict[ClaimKey, Fact] = field(default_factory=dict)
    _naming: dict[tuple[TopicId, str], tuple[FactId, ...]] = field(default_factory=dict)
    _claims: set[str] | None = None
    _keys: dict[str, frozenset[str]] = field(default_factory=dict)
    _folds: dict[str, str] = field(default_factory=dict)

    @classmethod
    def build(cls, deck: Deck) -> DeckIndex:
        # its own converter: view.converter_for keys on id(deck), which a new deck can reuse
        index = cls(deck=deck, converter=ScriptConverter(deck.glossary))
        index._build()
        return index

    def _build(self) -> None:
        deck = self.deck
        by_topic: dict[TopicId, list[Fact]] = defaultdict(list)
        by_tag: dict[str, list[Fact]] = defaultdict(list)
        dated_in_topic: dict[TopicId, list[Fact]] = defaultdict(list)
        by_slot: dict[str, list[EntityId]] = defaultdict(list)
        in_topic: dict[tuple[TopicId, str], dict[EntityId, None]] = defaultdict(dict)
        years: set[int] = set()
        numbers: dict[str, set[float]] = defaultdict(set)
        texts: dict[str, dict[str, None]] = defaultdict(dict)
        for entity in deck.entities.values():
            for slot in entity_slots(entity):
                by_slot[slot].append(entity.id)
        for fact in deck.facts:
            by_topic[fact.topic].append(fact)
            for tag in fact.tags:
                by_tag[tag].append(fact)
            for answer in (fact.answer, *(d.answer for d in fact.disputed)):
                self._add_pool_value(fact, answer, in_topic, years, numbers, texts)
            if fact.is_disputed:
                continue
            self.undisputed.append(fact)
            if fact.event and date_key(fact.answer) is not None:
                dated_in_topic[fact.topic].append(fact)
                self.dated.append(fact)
        self.by_topic = dict(by_topic)
        self.undisputed_in_topic = {
            t: [f for f in fs if not f.is_disputed] for t, fs in by_topic.items()
        }
        self.by_tag = dict(by_tag)
        self.dated_in_topic = dict(dated_in_topic)
        self.entities_by_slot = dict(by_slot)
        self.answer_entities_in_topic = {k: list(ids) for k, ids in in_topic.items()}
        self.years = sorted(years)
        source_years = [int(s.date[:4]) for s in deck.sources.values() if s.date[:4].isdigit()]
        self.latest_year = max([*source_years, *self.years], default=0)
        self.numbers_by_unit = {u: sorted(v) for u, v in numbers.items()}
        self.texts_by_slot = {k: list(v) for k, v in texts.items()}
        self.given_names = self._given_names()

    def _add_pool_value(
        self,
        fact: Fact,
        answer: Answer,
        in_topic: dict[tuple[TopicId, str], dict[EntityId, None]],
        years: set[int],
        numbers: dict[str, set[float]],
        texts: dict[str, dict[str, None]],
    ) -> None:
        kind = answer.kind
        if kind is AnswerKind.ENTITY:
            entity = self.deck.entities.get(EntityId(str(answer.value)))
            if entity is not None:
                for slot in entity_slots(entity):
                    in_topic[(fact.topic, slot)][entity.id] = None
        elif answer.approx is not None:
            return  # an approximate number is not a fair wrong option for an exact one
        elif kind is AnswerKind.YEAR:
            years.add(int(answer.value))
        elif kind is AnswerKind.NUMBER:
            numbers[answer.unit].add(float(answer.value))
        elif kind in (AnswerKind.TEXT, AnswerKind.QUOTE) and answer.slot:
            texts[answer.slot][str(answer.value)] = None

    def entity_slot(self, answer: Answer) -> str:
        """The slot an entity answer's wrong options come from."""
        if answer.slot:
            return answer.slot
        entity = self.deck.entities.get(EntityId(str(answer.value)))
        if entity is None:
            return ""
        return entity_slots(entity)[0]

    def _given_names(self) -> dict[EntityId, tuple[str, ...]]:
        """A person's given name and surname alone ("Mike", "Krieger", "達里歐") where
        no other person of the deck has it: from the Latin name and every
        Chinese name written with a middle dot."""
        people = [e for e in self.deck.entities.values() if e.type is EntityType.PERSON]
        owners: dict[str, set[EntityId]] = defaultdict(set)
        parts_of: dict[EntityId, list[str]] = {}
        for entity in self.deck.entities.values():  # every entity: "Brain" is not Tom Brown
            parts: list[str] = []
            for name in entity.names:
                split = [p for p in _NAME_SPLIT_RE.split(name) if p]
                if len(split) >= 2:
                    parts += [split[0], split[-1]]
                for part in split:
                    owners[self._key(part)].add(entity.id)
            parts_of[entity.id] = parts
        result: dict[EntityId, tuple[str, ...]] = {}
        for person in people:
            known = {self._key(n) for n in person.names}
            short = [
                p
                for p in parts_of[person.id]
                if len(p) >= 2 and owners[self._key(p)] == {person.id} and self._key(p) not in known
            ]
            if short:
                result[person.id] = tuple(dict.fromkeys(short))
        return result

    # -- views and texts ----------------------------------------------------
    def view(self, script: Script) -> DeckView:
        view = self._views.get(script)
        if view is None:
            view = DeckView(self.deck, script, self.converter)
            self._views[script] = view
        return view

    def in_scripts(self, raw: str) -> tuple[str, ...]:
        """A deck text as written and in the other script."""
        deck_script = self.deck.script
        return tuple(dict.fromkeys(self.converter.convert(raw, deck_script, s) for s in SCRIPTS))

    def _key(self, raw: str) -> str:
        """One comparable form of a deck text: in Simplified with the glossary, folded."""
        key = self._folds.get(raw)
        if key is None:
            simplified = (
                raw if raw.isascii() else self.converter.convert(raw, self.deck.script, "hans")
            )
            key = answer_key(simplified, simplified=True)
            self._folds[raw] = key
        return key

    def keys(self, raw: str) -> frozenset[str]:
        """The comparable forms of a deck text (see ``grading.answer_key``); empty if blank."""
        keys = self._keys.get(raw)
        if keys is None:
            key = self._key(raw)
            keys = frozenset((key,)) if key else frozenset()
            self._keys[raw] = keys
        return keys

    def folded(self, raw: str) -> str:
        """A deck text folded to compare as a substring (numbers as their values)."""
        return self._key(raw)

    def contains(self, haystack_raw: str, needle_raw: str) -> bool:
        needle = self.folded(needle_raw)
        return bool(needle) and needle in self.folded(haystack_raw)

    # -- answers ------------------------------------------------------------
    def entity_forms(self, entity_id: str) -> tuple[str, ...]:
        entity = self.deck.entities.get(EntityId(entity_id))
        if entity is None:
            return (entity_id,)
        return (*entity.names, *self.given_names.get(entity.id, ()))

    def display_raw(self, answer: Answer) -> str:
        """The answer as shown, in the deck's script."""
        return answer_text(self.deck, answer)

    def answer_forms(self, answer: Answer, span: str = "") -> list[str]:
        """Every raw wording of an answer a reader may type."""
        forms = [self.display_raw(answer), *answer.accept]
        if span:
            forms.append(span)
        kind = answer.kind
        if kind is AnswerKind.ENTITY:
            forms += self.entity_forms(str(answer.value))
        elif kind is AnswerKind.YEAR:
            if answer.approx is None:
                forms += [str(answer.value), f"{answer.value}年"]
            else:
                forms += _approx_forms(str(answer.value), "年", answer.approx)
        elif kind is AnswerKind.DATE:
            forms.append(str(answer.value))
        elif kind is AnswerKind.NUMBER:
            assert isinstance(answer.value, int | float)
            number = format_number(answer.value, self.deck.script)
            whole = float(answer.value).is_integer()
            plain = str(int(answer.value)) if whole else number  # 12500, 84700000000 for 847億
            numbers = list(dict.fromkeys([number, plain]))
            if answer.approx is None:
                forms += numbers
            else:
                for n in numbers:
                    forms += _approx_forms(n, answer.unit, answer.approx)
            forms += chinese_forms(float(answer.value), answer.unit, answer.approx)
        return forms

    def is_claim(self, statement_raw: str) -> bool:
        """Whether a statement (raw, deck script) says what a fact or a source of the deck says."""
        if self._claims is None:
            claims: set[str] = set()
            for fact in self.deck.facts:
                claims.add(self.folded(strip_span(fact.statement)))
                for d in fact.disputed:
                    if d.statement:
                        claims.add(self.folded(strip_span(d.statement)))
                    else:
                        before, _span, after = split_span(fact.statement)
                        claims.add(self.folded(before + answer_text(self.deck, d.answer) + after))
            self._claims = claims
        return self.folded(statement_raw) in self._claims

    def facts_naming(self, topic: TopicId, entity_id: str) -> tuple[FactId, ...]:
        """The facts of a topic an entity answers (in any source's claim) or that name it."""
        key = (topic, entity_id)
        found = self._naming.get(key)
        if found is None:
            forms = [f for f in self.entity_forms(entity_id) if len(self.folded(f)) >= 2]
            hits: list[FactId] = []
            for fact in self.by_topic.get(topic, []):
                answers = (fact.answer, *(d.answer for d in fact.disputed))
                if any(a.kind is AnswerKind.ENTITY and a.value == entity_id for a in answers):
                    hits.append(fact.id)
                    continue
                text = fact.question + "\n" + fact.statement
                if any(self.contains(text, form) for form in forms):
                    hits.append(fact.id)
            found = self._naming[key] = tuple(hits)
        return found

    def side(self, fact: Fact, dispute_index: int) -> Fact:
        """A disputed fact as the claim of one of its other sources: asked
        "according to" that source, answered by its answer, disputed by the rest."""
        key: ClaimKey = (fact.id, (fact.disputed[dispute_index].source,))
        found = self._sides.get(key)
        if found is None:
            dispute = fact.disputed[dispute_index]
            statement = dispute.statement
            if not statement:
                before, _span, after = split_span(fact.statement)
                statement = f"{before}{{{{{answer_text(self.deck, dispute.answer)}}}}}{after}"
            others = [d for i, d in enumerate(fact.disputed) if i != dispute_index]
            rivals = tuple(Dispute(s, fact.answer) for s in fact.sources[:1]) + tuple(others)
            found = replace(
                fact,
                answer=dispute.answer,
                statement=statement,
                sources=(dispute.source,),
                disputed=rivals,
            )
            self._sides[key] = found
        return found

    def claim_keys(self, fact: Fact) -> frozenset[str]:
        """Keys of what the *other* sources claim, for a disputed fact."""
        keys = self._claim_keys.get(claim_key(fact))
        if keys is None:
            found: set[str] = set()
            for dispute in fact.disputed:
                for form in self.answer_forms(dispute.answer):
                    found |= self.keys(form)
            keys = frozenset(found)
            self._claim_keys[claim_key(fact)] = keys
        return keys

    def accepted_raw(self, fact: Fact) -> tuple[str, ...]:
        """The fact's accepted answer forms (raw), without any another source claims."""
        forms = self._accepted.get(claim_key(fact))
        if forms is None:
            rival = self.claim_keys(fact)
            kept = [f for f in self.answer_forms(fact.answer, fact.span) if f.strip()]
            kept = [f for f in kept if not (self.keys(f) & rival)]
            forms = tuple(dict.fromkeys(kept))
            self._accepted[claim_key(fact)] = forms
        return forms

    def accepted_keys(self, fact: Fact) -> frozenset[str]:
        """Keys of every form of the fact's answer (its claim, whatever others say)."""
        keys = self._accepted_keys.get(claim_key(fact))
        if keys is None:
            found: set[str] = set()
            for form in self.answer_forms(fact.answer, fact.span):
                found |= self.keys(form)
            keys = frozenset(found)
            self._accepted_keys[claim_key(fact)] = keys
        return keys

    def accept_list(self, fact: Fact, script: Script) -> tuple[str, ...]:
        """Accepted forms in both scripts, the view's script first."""
        view = self.view(script)
        raw = self.accepted_raw(fact)
        first = [view.text(f) for f in raw]
        other = [view.other_script_text(f) for f in raw]
        return tuple(dict.fromkeys([*first, *other]))


_CACHE: dict[int, tuple[Deck, DeckIndex]] = {}
_CACHE_SIZE = 32


def index_for(deck: Deck) -> DeckIndex:
    """The deck's index, built on first use and kept for the next calls."""
    entry = _CACHE.get(id(deck))
    if entry is not None and entry[0] is deck:
        return entry[1]
    index = DeckIndex.build(deck)
    if len(_CACHE) >= _CACHE_SIZE:
        _CACHE.pop(next(iter(_CACHE)))
    _CACHE[id(deck)] = (deck, index)
    return index
