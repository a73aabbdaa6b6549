"""Read mode without a display: an article with its facts, or a deck's outline of it.

For an imported article the app keeps the text (:mod:`studyapp.core.deck.articles`);
:func:`article_page` turns it into passages, each sentence that states a fact
marked with those facts and how well the reader knows the weakest of them. For
the built-in deck, whose articles are not shipped, :func:`outline_page` gives
each article section by section with the facts of each and, inline, the other
article's claim where the two disagree. :func:`place_of` finds where a fact is,
for *Show in article*.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from studyapp.core.deck.articles import ArticleCopy
from studyapp.core.deck.claims import Claim, fact_claims
from studyapp.core.deck.model import Deck, Fact, SourceId
from studyapp.core.deck.view import DeckView
from studyapp.core.knowledge import Knowledge, known, weakest


@dataclass(frozen=True, slots=True)
class Reading:
    """One article Read mode can show: a kept copy, or the deck's outline of it."""

    deck_id: str
    source_id: SourceId
    has_copy: bool


def readings(
    decks: Sequence[Deck], copies: Mapping[str, Mapping[str, ArticleCopy]]
) -> list[Reading]:
    """Every article of the decks that has a kept copy or an outline, in deck order."""
    found: list[Reading] = []
    for deck in decks:
        kept = copies.get(deck.id, {})
        for source_id in deck.sources:
            if source_id in kept or deck.outline_of(source_id) is not None:
                found.append(Reading(deck.id, source_id, source_id in kept))
    return found


# -- an article's own text -----------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Highlight:
    """A sentence that states one or more facts."""

    start: int
    end: int
    fact_ids: tuple[str, ...]
    knowledge: Knowledge  # of the least known of them


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of the article's text: plain, or one highlighted sentence."""

    text: str
    highlight: Highlight | None = None


@dataclass(frozen=True, slots=True)
class ArticlePage:
    deck_id: str
    source_id: str
    title: str
    text: str
    highlights: tuple[Highlight, ...]  # in the text's order, never overlapping
    unplaced: tuple[str, ...]  # facts of this article whose sentence is not in the copy

    def segments(self) -> list[Segment]:
        """The whole text as plain runs and highlighted sentences, in order."""
        out: list[Segment] = []
        at = 0
        for h in self.highlights:
            if h.start > at:
                out.append(Segment(self.text[at : h.start]))
            out.append(Segment(self.text[h.start : h.end], h))
            at = h.end
        if at < len(self.text):
            out.append(Segment(self.text[at:]))
        return out

    def highlight_at(self, offset: int) -> Highlight | None:
        return next((h for h in self.highlights if h.start <= offset < h.end), None)

    def highlight_of(self, fact_id: str) -> Highlight | None:
        return next((h for h in self.highlights if fact_id in h.fact_ids), None)


def article_page(copy: ArticleCopy, deck: Deck, knowledge: Mapping[str, Knowledge]) -> ArticlePage:
    """The kept article with every sentence that states a fact of ``deck`` highlighted.
    Facts sharing a sentence share its highlight; overlapping places (a sentence
    edited into two) merge into one."""
    spans = sorted(
        (span, fact_id) for fact_id, span in copy.facts.items() if deck.has_fact(fact_id)
    )
    merged: list[tuple[int, int, list[str]]] = []
    for (start, end), fact_id in spans:
        if merged and start < merged[-1][1]:
            s, e, ids = merged[-1]
            merged[-1] = (s, max(e, end), [*ids, fact_id])
        else:
            merged.append((start, end, [fact_id]))
    highlights = tuple(
        Highlight(s, e, tuple(ids), weakest(knowledge, ids)) for s, e, ids in merged if e > s
    )
    placed = {f for h in highlights for f in h.fact_ids}
    unplaced = tuple(
        f.id
        for f in deck.facts
        if f.id not in placed
        and (copy.source_id in f.sources or any(d.source == copy.source_id for d in f.disputed))
    )
    return ArticlePage(deck.id, copy.source_id, copy.title, copy.text, highlights, unplaced)


# -- the deck's outline of an article -------------------------------------------------
@dataclass(frozen=True, slots=True)
class OutlineFact:
    fact: Fact
    statement: str  # what this article says (its own claim when the fact is disputed)
    claims: tuple[Claim, ...]  # both articles' claims when disputed, else ()
    knowledge: Knowledge


@dataclass(frozen=True, slots=True)
class OutlinePart:
    index: int
    title: str
    note: str
    facts: tuple[OutlineFact, ...]

    @property
    def fact_ids(self) -> tuple[str, ...]:
        return tuple(f.fact.id for f in self.facts)


@dataclass(frozen=True, slots=True)
class OutlinePage:
    deck_id: str
    source_id: str
    title: str  # the article's own title
    date: str
    url: str
    sections: tuple[OutlinePart, ...]

    def part_of(self, fact_id: str) -> OutlinePart | None:
        return next((p for p in self.sections if fact_id in p.fact_ids), None)

    @property
    def disputed(self) -> int:
        return sum(1 for p in self.sections for f in p.facts if f.claims)


def _said_by(view: DeckView, fact: Fact, source_id: str) -> str:
    """The fact's statement as ``source_id`` tells it."""
    for dispute in fact.disputed:
        if dispute.source == source_id:
            return view.dispute_statement(fact, dispute)
    return view.statement(fact)


def outline_page(
    view: DeckView, source_id: str, knowledge: Mapping[str, Knowledge]
) -> OutlinePage | None:
    """One article of the deck, section by section in its order, with the facts of
    each as that article tells them; None when the deck has no outline of it."""
    deck = view.deck
    outline = deck.outline_of(source_id)
    source = deck.sources.get(SourceId(source_id))
    if outline is None or source is None:
        return None
    parts: list[OutlinePart] = []
    for i, section in enumerate(outline.sections):
        facts: list[OutlineFact] = []
        for fact_id in section.facts:
            fact = deck.fact(fact_id)
            facts.append(
                OutlineFact(
                    fact=fact,
                    statement=_said_by(view, fact, source_id),
                    claims=fact_claims(view, fact),
                    knowledge=known(knowledge, fact_id),
                )
            )
        parts.append(
            OutlinePart(i, view.text(section.title), view.text(section.note), tuple(facts))
        )
    return OutlinePage(
        deck_id=deck.id,
        source_id=source_id,
        title=view.source_title(source_id),
        date=source.date[:10],
        url=source.url,
        sections=tuple(parts),
    )


# -- where a fact is -------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Place:
    """Where *Show in article* goes for a fact: an article (its kept copy, or the
    deck's outline of it) and the section of the outline, if it has one."""

    deck_id: str
    source_id: SourceId
    has_copy: bool
    section: int | None = None


def place_of(deck: Deck, fact_id: str, copies: Mapping[str, ArticleCopy]) -> Place | None:
    """The article ``fact_id`` is best shown in: a kept copy that places it first, then
    the outline of one of the sources the fact cites (its own before a disputing one)."""
    if not deck.has_fact(fact_id):
        return None
    fact = deck.fact(fact_id)
    order = [*fact.sources, *(d.source for d in fact.disputed)]
    for source_id in order:
        copy = copies.get(source_id)
        if copy is not None and copy.sentence_of(fact_id) is not None:
            outline = deck.outline_of(source_id)
            section = outline.section_of(fact_id) if outline else None
            return Place(deck.id, source_id, True, section)
    for source_id in order:
        outline = deck.outline_of(source_id)
        section = outline.section_of(fact_id) if outline else None
        if section is not None:
            return Place(deck.id, source_id, False, section)
    return None
