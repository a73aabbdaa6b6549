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
from dataclasses import dataclass, field

from studyapp.core.deck.answers import answer_text, date_key, format_number
from studyapp.core.deck.model import (
    SCRIPTS,
    Answer,
    AnswerKind,
    Deck,
    EntityId,
    EntityType,
    Fact,
    FactId,
    Script,
    TopicId,
)
from studyapp.core.deck.script import ScriptConverter
from studyapp.core.deck.textfold import fold
from studyapp.core.deck.view import DeckView
from studyapp.core.questions.grading import answer_key

# Matching pairs facts whose answers are alike: people with people, dates with numbers.
GROUP_PERSON = "person"
GROUP_ENTITY = "entity"
GROUP_NUMERIC = "numeric"
GROUP_TEXT = "text"

_ASCII_RE = re.compile(r"^[\x20-\x7e]+$")


# What a text answer is, judged by the question's last interrogative: an action
# (做什麼), a manner (怎樣), people (誰, 哪一類), else a thing. A wrong option of
# the same role keeps a false statement grammatical.
_ROLES = (
    ("action", r"做(?:了)?什[麼么]|[為为]了什[麼么]|怎[麼么]做|[對对]它怎[樣样]"),
    ("people", r"[誰谁]|哪一?[類类]|哪一?[種种群]人"),
    ("manner", r"怎[樣样]|怎[麼么][樣样]|如何"),
    ("thing", r"什[麼么]|哪"),
)
_ROLE_RE = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in _ROLES))


def answer_role(fact: Fact) -> str:
    """The grammatical role of a text answer (see ``_ROLES``); "" for other answers."""
    if fact.answer.kind is not AnswerKind.TEXT:
        return ""
    role = "thing"
    for m in _ROLE_RE.finditer(fact.question):
        role = m.lastgroup or role
    return role


def is_ascii(text: str) -> bool:
    return bool(_ASCII_RE.match(text))


def answer_group(deck: Deck, answer: Answer) -> str:
    kind = answer.kind
    if kind is AnswerKind.ENTITY:
        entity = deck.entities.get(EntityId(str(answer.value)))
        if entity is not None and entity.type is EntityType.PERSON:
            return GROUP_PERSON
        return GROUP_ENTITY
    if kind in (AnswerKind.YEAR, AnswerKind.DATE, AnswerKind.NUMBER):
        return GROUP_NUMERIC
    return GROUP_TEXT


@dataclass
class DeckIndex:
    """Per-deck lookups for question generation (see the module docstring)."""

    deck: Deck
    converter: ScriptConverter
    by_topic: dict[TopicId, list[Fact]] = field(default_factory=dict)
    undisputed_in_topic: dict[TopicId, list[Fact]] = field(default_factory=dict)
    by_tag: dict[str, list[Fact]] = field(default_factory=dict)
    # (topic, group) -> facts; group -> facts (undisputed only: they pair up or get ordered)
    group_in_topic: dict[tuple[TopicId, str], list[Fact]] = field(default_factory=dict)
    group_in_deck: dict[str, list[Fact]] = field(default_factory=dict)
    dated_in_topic: dict[TopicId, list[Fact]] = field(default_factory=dict)
    dated: list[Fact] = field(default_factory=list)
    # distractor pools
    entities_by_type: dict[EntityType, list[EntityId]] = field(default_factory=dict)
    answer_entities: dict[EntityType, list[EntityId]] = field(default_factory=dict)
    answer_entities_in_topic: dict[tuple[TopicId, EntityType], list[EntityId]] = field(
        default_factory=dict
    )
    entity_answer_count: dict[tuple[TopicId, EntityId], int] = field(default_factory=dict)
    years: list[int] = field(default_factory=list)
    latest_year: int = 0
    numbers_by_unit: dict[str, list[float]] = field(default_factory=dict)
    # (topic, kind, role) and (kind, role) -> texts; role "" means any role
    texts_in_topic: dict[tuple[TopicId, AnswerKind, str], list[str]] = field(default_factory=dict)
    texts: dict[tuple[AnswerKind, str], list[str]] = field(default_factory=dict)
    given_names: dict[EntityId, tuple[str, ...]] = field(default_factory=dict)
    # memos
    _views: dict[Script, DeckView] = field(default_factory=dict)
    _accepted: dict[FactId, tuple[str, ...]] = field(default_factory=dict)
    _claim_keys: dict[FactId, frozenset[str]] = field(default_factory=dict)
    _accepted_keys: dict[FactId, frozenset[str]] = field(default_factory=dict)
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
        group_in_topic: dict[tuple[TopicId, str], list[Fact]] = defaultdict(list)
        group_in_deck: dict[str, list[Fact]] = defaultdict(list)
        dated_in_topic: dict[TopicId, list[Fact]] = defaultdict(list)
        entities_by_type: dict[EntityType, list[EntityId]] = defaultdict(list)
        answer_entities: dict[EntityType, dict[EntityId, None]] = defaultdict(dict)
        in_topic: dict[tuple[TopicId, EntityType], dict[EntityId, None]] = defaultdict(dict)
        counts: dict[tuple[TopicId, EntityId], int] = defaultdict(int)
        years: set[int] = set()
        numbers: dict[str, set[float]] = defaultdict(set)
        texts_in_topic: dict[tuple[TopicId, AnswerKind, str], dict[str, None]] = defaultdict(dict)
        texts: dict[tuple[AnswerKind, str], dict[str, None]] = defaultdict(dict)
        for entity in deck.entities.values():
            entities_by_type[entity.type].append(entity.id)
        for fact in deck.facts:
            by_topic[fact.topic].append(fact)
            for tag in fact.tags:
                by_tag[tag].append(fact)
            answers = [fact.answer, *(d.answer for d in fact.disputed)]
            for answer in answers:
                self._add_pool_value(
                    fact, answer, answer_entities, in_topic, years, numbers, texts_in_topic, texts
                )
            if fact.answer.kind is AnswerKind.ENTITY:
                counts[(fact.topic, EntityId(str(fact.answer.value)))] += 1
            if fact.is_disputed:
                continue
            group = answer_group(deck, fact.answer)
            group_in_topic[(fact.topic, group)].append(fact)
            group_in_deck[group].append(fact)
            if date_key(fact.answer) is not None:
                dated_in_topic[fact.topic].append(fact)
                self.dated.append(fact)
        self.by_topic = dict(by_topic)
        self.undisputed_in_topic = {
            t: [f for f in fs if not f.is_disputed] for t, fs in by_topic.items()
        }
        self.by_tag = dict(by_tag)
        self.group_in_topic = dict(group_in_topic)
        self.group_in_deck = dict(group_in_deck)
        self.dated_in_topic = dict(dated_in_topic)
        self.entities_by_type = dict(entities_by_type)
        self.answer_entities = {t: list(ids) for t, ids in answer_entities.items()}
        self.answer_entities_in_topic = {k: list(ids) for k, ids in in_topic.items()}
        self.entity_answer_count = dict(counts)
        self.years = sorted(years)
        source_years = [int(s.date[:4]) for s in deck.sources.values() if s.date[:4].isdigit()]
        self.latest_year = max([*source_years, *self.years], default=0)
        self.numbers_by_unit = {u: sorted(v) for u, v in numbers.items()}
        self.texts_in_topic = {k: list(v) for k, v in texts_in_topic.items()}
        self.texts = {k: list(v) for k, v in texts.items()}
        self.given_names = self._given_names()

    def _add_pool_value(
        self,
        fact: Fact,
        answer: Answer,
        answer_entities: dict[EntityType, dict[EntityId, None]],
        in_topic: dict[tuple[TopicId, EntityType], dict[EntityId, None]],
        years: set[int],
        numbers: dict[str, set[float]],
        texts_in_topic: dict[tuple[TopicId, AnswerKind, str], dict[str, None]],
        texts: dict[tuple[AnswerKind, str], dict[str, None]],
    ) -> None:
        kind = answer.kind
        if kind is AnswerKind.ENTITY:
            entity = self.deck.entities.get(EntityId(str(answer.value)))
            if entity is not None:
                answer_entities[entity.type][entity.id] = None
                in_topic[(fact.topic, entity.type)][entity.id] = None
        elif kind is AnswerKind.YEAR:
            years.add(int(answer.value))
        elif kind is AnswerKind.NUMBER:
            numbers[answer.unit].add(float(answer.value))
        elif kind in (AnswerKind.TEXT, AnswerKind.QUOTE):
            value = str(answer.value)
            role = answer_role(fact)
            for r in {"", role}:
                texts_in_topic[(fact.topic, kind, r)][value] = None
                texts[(kind, r)][value] = None

    def _given_names(self) -> dict[EntityId, tuple[str, ...]]:
        """A person's given name alone ("Mike" for Mike Krieger) where no one else has it."""
        people = [e for e in self.deck.entities.values() if e.type is EntityType.PERSON]
        owners: dict[str, set[EntityId]] = defaultdict(set)
        for person in people:
            for name in person.names:
                for part in re.split(r"[\s·・]+", name):
                    if part:
                        owners[fold(part)].add(person.id)
        result: dict[EntityId, tuple[str, ...]] = {}
        for person in people:
            parts = re.split(r"[\s·・]+", person.name)
            if len(parts) < 2 or not parts[0]:
                continue
            given = parts[0]
            if owners[fold(given)] == {person.id} and given not in person.aliases:
                result[person.id] = (given,)
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
            forms += [str(answer.value), f"{answer.value}年"]
        elif kind is AnswerKind.DATE:
            forms.append(str(answer.value))
        elif kind is AnswerKind.NUMBER:
            assert isinstance(answer.value, int | float)
            number = format_number(answer.value)
            forms += [number, number.replace(",", "")]
        return forms

    def claim_keys(self, fact: Fact) -> frozenset[str]:
        """Keys of what the *other* sources claim, for a disputed fact."""
        keys = self._claim_keys.get(fact.id)
        if keys is None:
            found: set[str] = set()
            for dispute in fact.disputed:
                for form in self.answer_forms(dispute.answer):
                    found |= self.keys(form)
            keys = frozenset(found)
            self._claim_keys[fact.id] = keys
        return keys

    def accepted_raw(self, fact: Fact) -> tuple[str, ...]:
        """The fact's accepted answer forms (raw), without any another source claims."""
        forms = self._accepted.get(fact.id)
        if forms is None:
            rival = self.claim_keys(fact)
            kept = [f for f in self.answer_forms(fact.answer, fact.span) if f.strip()]
            kept = [f for f in kept if not (self.keys(f) & rival)]
            forms = tuple(dict.fromkeys(kept))
            self._accepted[fact.id] = forms
        return forms

    def accepted_keys(self, fact: Fact) -> frozenset[str]:
        """Keys of every form of the fact's answer (its claim, whatever others say)."""
        keys = self._accepted_keys.get(fact.id)
        if keys is None:
            found: set[str] = set()
            for form in self.answer_forms(fact.answer, fact.span):
                found |= self.keys(form)
            keys = frozenset(found)
            self._accepted_keys[fact.id] = keys
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
