"""What each source claims about a fact: one list, used by cards, questions and Sources.

A settled fact has no claims to weigh. A disputed fact has one claim for the
sources that support its answer and one for each source that disputes it, each
with the answer in words and the statement as that source would have it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from studyapp.core.deck.model import Fact, SourceId
from studyapp.core.deck.view import DeckView


@dataclass(frozen=True, slots=True)
class Claim:
    """What one or more of a deck's sources say a disputed fact's answer is."""

    sources: tuple[SourceId, ...]  # the sources that say this
    label: str  # "title（date）" of each, joined with 、, in the view's script
    answer: str  # "" when the source does not say
    statement: str
    note: str = ""


def fact_claims(view: DeckView, fact: Fact) -> tuple[Claim, ...]:
    """The claims about ``fact``: its own answer's first, then each dispute; ``()``
    for a fact no source disputes."""
    if not fact.is_disputed:
        return ()
    own = Claim(
        fact.sources,
        "、".join(view.source_label(s) for s in fact.sources),
        view.fact_answer(fact),
        view.statement(fact),
    )
    disputes = (
        Claim(
            (d.source,),
            view.source_label(d.source),
            view.answer(d.answer),
            view.dispute_statement(fact, d),
            view.text(d.note),
        )
        for d in fact.disputed
    )
    return (own, *disputes)


def claims_by_source(
    view: DeckView, claims: Iterable[Claim], sources: Iterable[SourceId]
) -> tuple[Claim, ...]:
    """One claim per source, in the order given: what that source says, or an
    empty claim (no answer) where it says nothing about the fact."""
    said = {s: c for c in claims for s in c.sources}
    return tuple(said.get(s) or Claim((s,), view.source_label(s), "", "") for s in sources)
