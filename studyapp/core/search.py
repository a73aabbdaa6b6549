"""Finding facts by what they say, whichever script the reader types in.

Every searchable text of a fact (question, statement, answer and its names,
gist, topic, the disputing claims, tags) and the reader's query are *folded*
the same way before comparing: converted to Simplified characters with the
deck's glossary (so 輝達 and 英伟达 meet), Unicode-normalised (full-width
letters and digits become ASCII), case-folded, and stripped of spaces (deck
texts put spaces between Chinese and Latin words; readers often don't) and of
punctuation and symbols (《》, 「」 or "" around a title, a comma the reader
leaves out), as the answer grader folds them; a decimal point between digits
stays (5.5 is not 55). Searching 简体 therefore finds 繁體 and back.

A query is split on whitespace; a fact matches when it contains every part.
A part that folds to nothing (punctuation alone) narrows nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum

from studyapp.core.deck import textfold
from studyapp.core.deck.model import Deck, Fact
from studyapp.core.deck.script import ScriptConverter, convert_plain
from studyapp.core.deck.textfold import plain_to_hans
from studyapp.core.deck.view import DeckView, converter_for

_SPACES = re.compile(r"\s+")


def search_key(text: str, converter: ScriptConverter | None = None) -> str:
    """``text`` in the one form searches compare (see :mod:`studyapp.core.deck.textfold`),
    through ``converter`` (a deck's glossary) when given."""
    return textfold.fold(text, converter.to_hans if converter is not None else plain_to_hans)


class FactStatus(str, Enum):
    """A fact's study state, summarised over its cards (for the Browse filter)."""

    NEW = "new"
    LEARNING = "learning"
    REVIEW = "review"
    SUSPENDED = "suspended"


@dataclass(frozen=True, slots=True)
class FactEntry:
    """One fact of the library, with its folded search text."""

    deck: Deck
    fact: Fact
    folded: str

    @property
    def key(self) -> tuple[str, str]:
        return (self.deck.id, self.fact.id)


@dataclass(frozen=True, slots=True)
class FactFilter:
    """What the Browse screen narrows the facts to; ``None`` means any."""

    text: str = ""
    deck_id: str | None = None
    topic_id: str | None = None
    source_id: str | None = None
    disputed: bool | None = None
    status: FactStatus | None = None


def searchable_texts(deck: Deck, fact: Fact) -> list[str]:
    """Everything a reader may remember a fact by, in the deck's own script."""
    view = DeckView(deck, deck.script)
    texts = [
        fact.id,
        view.question(fact),
        view.statement(fact),
        view.fact_answer(fact),
        view.gist(fact),
        view.topic_title(fact.topic),
        fact.note,
        *fact.tags,
    ]
    if fact.answer.kind.value == "entity":
        texts.extend(view.entity_names(str(fact.answer.value)))
    texts.extend(str(a) for a in fact.answer.accept)
    for dispute in fact.disputed:
        texts.append(view.dispute_statement(fact, dispute))
        texts.append(view.answer(dispute.answer))
        texts.append(dispute.note)
        if dispute.answer.kind.value == "entity":
            texts.extend(view.entity_names(str(dispute.answer.value)))
    return [t for t in texts if t]


class FactIndex:
    """The library's facts, folded once, searched and filtered many times."""

    def __init__(self, decks: Iterable[Deck]) -> None:
        self._decks = list(decks)
        self.entries: list[FactEntry] = []
        for deck in self._decks:
            conv = converter_for(deck)
            for fact in deck.facts:
                # A separator that survives folding keeps a term from matching
                # across the end of one text and the start of the next.
                folded = "\n".join(search_key(t, conv) for t in searchable_texts(deck, fact))
                self.entries.append(FactEntry(deck, fact, folded))

    def query_terms(self, text: str) -> list[str]:
        """The folded parts of a query (empty parts dropped)."""
        parts = [p for p in _SPACES.split(text.strip()) if p]
        # Fold with every deck's glossary: the query's script is unknown.
        convs: list[ScriptConverter | None] = [converter_for(d) for d in self._decks]
        convs = convs or [None]
        terms: list[str] = []
        for part in parts:
            # Both ways through each glossary: 执行长 (执行長's characters typed in
            # Simplified) goes to Traditional and back, where the glossary makes it
            # 首席执行官, as the fact's own text is folded.
            variants = {search_key(part, c) for c in convs}
            variants |= {search_key(convert_plain(part, "hant"), c) for c in convs}
            variants -= {""}
            if variants:
                terms.append("\x00".join(sorted(variants)))
        return terms

    def search(
        self,
        flt: FactFilter | str = "",
        status_of: Callable[[tuple[str, str]], FactStatus] | None = None,
    ) -> list[FactEntry]:
        """The facts that match ``flt`` (a filter, or just a text), in library order."""
        if isinstance(flt, str):
            flt = FactFilter(text=flt)
        terms = [t.split("\x00") for t in self.query_terms(flt.text)]
        found: list[FactEntry] = []
        for entry in self.entries:
            if not _passes(entry, flt, status_of):
                continue
            if all(any(v in entry.folded for v in variants) for variants in terms):
                found.append(entry)
        return found


def _passes(
    entry: FactEntry,
    flt: FactFilter,
    status_of: Callable[[tuple[str, str]], FactStatus] | None,
) -> bool:
    fact = entry.fact
    if flt.deck_id is not None and entry.deck.id != flt.deck_id:
        return False
    if flt.topic_id is not None and fact.topic != flt.topic_id:
        return False
    if flt.source_id is not None:
        sources = set(fact.sources) | {d.source for d in fact.disputed}
        if flt.source_id not in sources:
            return False
    if flt.disputed is not None and fact.is_disputed != flt.disputed:
        return False
    if flt.status is not None:
        status = status_of(entry.key) if status_of is not None else FactStatus.NEW
        if status is not flt.status:
            return False
    return True


def summarise_status(states: Sequence[int], suspended: Sequence[bool]) -> FactStatus:
    """One status for a fact from its cards' FSRS states (0 new, 1 learning, 2 review,
    3 relearning) and suspension flags."""
    if not states:
        return FactStatus.NEW
    if suspended and all(suspended):
        return FactStatus.SUSPENDED
    flags = suspended or [False] * len(states)
    active = [s for s, off in zip(states, flags, strict=True) if not off]
    if any(s in (1, 3) for s in active):
        return FactStatus.LEARNING
    if any(s == 2 for s in active):
        return FactStatus.REVIEW
    return FactStatus.NEW


def status_lookup(
    statuses: Mapping[tuple[str, str], FactStatus],
) -> Callable[[tuple[str, str]], FactStatus]:
    return lambda key: statuses.get(key, FactStatus.NEW)
