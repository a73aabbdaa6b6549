"""What each article contributes to a deck, and where the articles disagree.

The Sources screen shows this; it is computed here so it can be tested without
a display. Every text comes from a :class:`DeckView`, so it is in the reader's
chosen script.
"""

from __future__ import annotations

from dataclasses import dataclass

from studyapp.core.deck.claims import Claim, claims_by_source, fact_claims
from studyapp.core.deck.model import Fact, Source
from studyapp.core.deck.view import DeckView


@dataclass(frozen=True, slots=True)
class SourceSummary:
    source: Source
    title: str  # in the view's script
    topics: tuple[str, ...]  # titles of the topics the article covers
    supported: int  # facts whose answer this article gives
    disputing: int  # disputed facts this article gives an answer of (the other says otherwise)


@dataclass(frozen=True, slots=True)
class Disagreement:
    fact: Fact
    question: str
    topic: str
    claims: tuple[Claim, ...]  # one per source of the deck, in the deck's order


def summarise_sources(view: DeckView) -> list[SourceSummary]:
    deck = view.deck
    summaries: list[SourceSummary] = []
    for source_id, source in deck.sources.items():
        topic_ids: list[str] = []
        for topic in deck.topics.values():
            cited = any(
                f.topic == topic.id
                and (source_id in f.sources or any(d.source == source_id for d in f.disputed))
                for f in deck.facts
            )
            if source_id in topic.sources or cited:
                topic_ids.append(topic.id)
        supported = sum(1 for f in deck.facts if source_id in f.sources)
        disputing = sum(
            1
            for f in deck.facts
            if f.disputed
            and (source_id in f.sources or any(d.source == source_id for d in f.disputed))
        )
        summaries.append(
            SourceSummary(
                source=source,
                title=view.source_title(source_id),
                topics=tuple(view.topic_title(t) for t in topic_ids),
                supported=supported,
                disputing=disputing,
            )
        )
    return summaries


def disagreements(view: DeckView) -> list[Disagreement]:
    """Every disputed fact, with each article's claim side by side."""
    deck = view.deck
    found: list[Disagreement] = []
    for fact in deck.facts:
        if not fact.is_disputed:
            continue
        claims = claims_by_source(view, fact_claims(view, fact), deck.sources)
        found.append(
            Disagreement(
                fact=fact,
                question=view.question(fact),
                topic=view.topic_title(fact.topic),
                claims=claims,
            )
        )
    return found
