"""The typed values a deck is made of.

A deck file (YAML, see ``decks/README.md``) is parsed by :mod:`studyapp.core.deck.load`
into these frozen dataclasses. Everything the app shows is generated from them.

Texts are kept in the script the deck is authored in; :mod:`studyapp.core.deck.script`
converts them to the other script when they are shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from typing import Literal, NewType

Script = Literal["hant", "hans"]
SCRIPTS: tuple[Script, ...] = ("hant", "hans")

DeckId = NewType("DeckId", str)
FactId = NewType("FactId", str)
EntityId = NewType("EntityId", str)
SourceId = NewType("SourceId", str)
TopicId = NewType("TopicId", str)

# The answer span inside a statement: "Jack Clark 在 {{2016}} 年離開新聞業".
SPAN_RE = re.compile(r"\{\{(.+?)\}\}")


class EntityType(str, Enum):
    PERSON = "person"
    ORGANIZATION = "organization"
    WORK = "work"
    CONCEPT = "concept"
    EVENT = "event"
    PLACE = "place"


class AnswerKind(str, Enum):
    ENTITY = "entity"
    YEAR = "year"
    DATE = "date"
    NUMBER = "number"
    TEXT = "text"
    QUOTE = "quote"


class Approx(str, Enum):
    """How an approximate number is said: 約 N (about), N 多 (plus: a little over
    N, as 二十多), 超過 N (over). An exact number has no ``Approx``."""

    ABOUT = "about"
    PLUS = "plus"
    OVER = "over"


class CardKind(str, Enum):
    """Which side of a fact a study card shows; part of the card's identity in
    the progress store and of its note in an Anki export."""

    QA = "qa"  # question → answer
    CLOZE = "cloze"  # statement with the answer span blanked
    REVERSE = "reverse"  # answer → question


@dataclass(frozen=True, slots=True)
class Answer:
    """A typed answer.

    ``value`` is the entity id (ENTITY), the year as an int (YEAR), an ISO date
    ``YYYY-MM`` or ``YYYY-MM-DD`` (DATE), a number (NUMBER, with ``unit``), or
    the text itself (TEXT, QUOTE). ``accept`` lists other wordings that a typed
    answer may use.

    What a wrong option may be: ``wrong`` lists wrong answers the deck's authors
    wrote (each as the statement's span would say it); ``slot`` names the kind
    of thing the question asks for (for an entity: one of its ``groups``; for a
    text: facts with the same slot lend each other wrong options). ``approx``
    marks a number said approximately (its wrong options come only from ``wrong``).

    ``untrue``, when given, lists the only wordings a true/false question may put
    in the span's place to make a false statement (``()``: the fact is never a
    true/false statement): for an answer whose fair wrong options can still make
    a sentence that is true by common sense or near what the speaker argues.
    """

    kind: AnswerKind
    value: str | int | float
    unit: str = ""
    accept: tuple[str, ...] = ()
    wrong: tuple[str, ...] = ()
    slot: str = ""
    approx: Approx | None = None
    untrue: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class Dispute:
    """Another source's different answer to the same question."""

    source: SourceId
    answer: Answer
    statement: str = ""  # that source's version, with the span marked; optional
    note: str = ""


@dataclass(frozen=True, slots=True)
class Source:
    id: SourceId
    title: str
    date: str  # ISO 8601 date or date-time, as published
    url: str
    script: Script
    publisher: str = ""
    author: str = ""
    video: str = ""  # the recording the article summarises, when it names one
    note: str = ""


@dataclass(frozen=True, slots=True)
class Topic:
    id: TopicId
    title: str
    sources: tuple[SourceId, ...] = ()


@dataclass(frozen=True, slots=True)
class Entity:
    id: EntityId
    type: EntityType
    name: str
    aliases: tuple[str, ...] = ()
    note: str = ""
    groups: tuple[str, ...] = ()  # the slots it can fill: co-founder, physicist, model, …
    names_tw: tuple[str, ...] = ()  # Chinese names as Taiwan writes them, the full name first
    names_cn: tuple[str, ...] = ()  # Chinese names as the mainland writes them, the full name first

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases, *self.names_tw, *self.names_cn)


@dataclass(frozen=True, slots=True)
class GlossaryEntry:
    hant: str
    hans: str


@dataclass(frozen=True, slots=True)
class Fact:
    id: FactId
    topic: TopicId
    question: str
    answer: Answer
    statement: str  # with exactly one {{answer span}}
    sources: tuple[SourceId, ...]
    disputed: tuple[Dispute, ...] = ()
    tags: tuple[str, ...] = ()
    gist: str = ""  # a short label of what the fact is about, without its answer
    note: str = ""
    line: int = 0  # where the fact starts in its file (1-based), for messages
    event: str = ""  # a dated fact that happened: its short label, for ordering questions

    @property
    def is_disputed(self) -> bool:
        return bool(self.disputed)

    @property
    def span(self) -> str:
        """The marked answer span, as written in the statement."""
        m = SPAN_RE.search(self.statement)
        return m.group(1) if m else ""

    @property
    def plain_statement(self) -> str:
        return strip_span(self.statement)


def strip_span(statement: str) -> str:
    """The statement without the ``{{ }}`` markers."""
    return SPAN_RE.sub(lambda m: m.group(1), statement)


def split_span(statement: str) -> tuple[str, str, str]:
    """``(before, span, after)`` of a marked statement; span is '' if unmarked."""
    m = SPAN_RE.search(statement)
    if not m:
        return statement, "", ""
    before = strip_span(statement[: m.start()])
    after = strip_span(statement[m.end() :])
    return before, m.group(1), after


@dataclass(frozen=True, slots=True)
class OutlineSection:
    """One section of an article, in the article's order, and the facts it states."""

    title: str  # a short heading (the article's own, or ours)
    facts: tuple[FactId, ...] = ()
    note: str = ""


@dataclass(frozen=True, slots=True)
class Outline:
    """Where in one source the deck's facts come from: its sections, in order."""

    source: SourceId
    sections: tuple[OutlineSection, ...]

    def section_of(self, fact_id: str) -> int | None:
        """The index of the section that states ``fact_id`` (None: none does)."""
        for i, section in enumerate(self.sections):
            if fact_id in section.facts:
                return i
        return None


@dataclass(frozen=True, slots=True)
class Deck:
    id: DeckId
    title: str
    script: Script
    sources: dict[SourceId, Source]
    topics: dict[TopicId, Topic]
    entities: dict[EntityId, Entity]
    glossary: tuple[GlossaryEntry, ...]
    facts: tuple[Fact, ...]
    description: str = ""
    path: str = ""
    builtin: bool = False
    outline: tuple[Outline, ...] = ()  # per source, its sections and their facts
    _fact_index: dict[FactId, Fact] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self._fact_index:
            self._fact_index.update({f.id: f for f in self.facts})

    def fact(self, fact_id: str) -> Fact:
        return self._fact_index[FactId(fact_id)]

    def has_fact(self, fact_id: str) -> bool:
        return FactId(fact_id) in self._fact_index

    def outline_of(self, source_id: str) -> Outline | None:
        return next((o for o in self.outline if o.source == source_id), None)
