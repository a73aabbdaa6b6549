"""How well the reader knows each fact now, from the FSRS state of its cards.

Read mode colours an article's sentences by it, People shows it beside what
each article says about a person, Timeline beside each event's facts. A fact's
recall is the lowest predicted recall (FSRS retrievability, now) of its studied
cards: a fact is only as well known as its weakest side. A fact none of whose
cards has been studied yet is *unseen*; without a progress store every fact is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Protocol

from studyapp.core.store.records import CardRecord, CardState

STRONG_AT = 0.9  # FSRS's default desired retention: at or above, the fact is well known
FAIR_AT = 0.7


class Level(str, Enum):
    UNSEEN = "unseen"  # not studied yet
    WEAK = "weak"  # recall now below 70 %
    FAIR = "fair"  # 70–90 %
    STRONG = "strong"  # 90 % or more

    @property
    def rank(self) -> int:
        """Weakest first: unseen, weak, fair, strong."""
        return _RANK[self]


_RANK = {Level.UNSEEN: 0, Level.WEAK: 1, Level.FAIR: 2, Level.STRONG: 3}


@dataclass(frozen=True, slots=True)
class Knowledge:
    level: Level
    recall: float | None = None  # None: unseen

    @property
    def percent(self) -> int | None:
        return None if self.recall is None else round(self.recall * 100)


UNSEEN = Knowledge(Level.UNSEEN)


def level_of(recall: float) -> Level:
    if recall >= STRONG_AT:
        return Level.STRONG
    if recall >= FAIR_AT:
        return Level.FAIR
    return Level.WEAK


class KnowledgeStore(Protocol):
    """What is read from :class:`studyapp.core.store.Store`."""

    def all_cards(self, decks: Sequence[str] | None = None) -> list[CardRecord]: ...
    def retrievability(self, card: CardRecord) -> float: ...


def knowledge_of(store: KnowledgeStore | None, deck_id: str) -> dict[str, Knowledge]:
    """Every studied fact of a deck and how well it is known now (facts not in the
    result are unseen: see :func:`known`)."""
    if store is None:
        return {}
    lowest: dict[str, float] = {}
    for card in store.all_cards([deck_id]):
        if card.state is CardState.NEW or card.suspended:
            continue
        recall = max(0.0, min(1.0, store.retrievability(card)))
        if card.fact_id not in lowest or recall < lowest[card.fact_id]:
            lowest[card.fact_id] = recall
    return {fact: Knowledge(level_of(r), r) for fact, r in lowest.items()}


def known(knowledge: Mapping[str, Knowledge], fact_id: str) -> Knowledge:
    return knowledge.get(fact_id, UNSEEN)


def weakest(knowledge: Mapping[str, Knowledge], fact_ids: Iterable[str]) -> Knowledge:
    """The least known of some facts (a sentence or an event is as known as its weakest)."""
    found = [known(knowledge, f) for f in fact_ids]
    if not found:
        return UNSEEN
    return min(found, key=lambda k: (k.level.rank, k.recall if k.recall is not None else 0.0))
