"""The two sides of a study card, as the Review screen shows them.

A card is a fact seen one way (its *kind*): ``qa`` asks the fact's question,
``cloze`` shows the statement with the answer blanked, ``reverse`` gives the
answer and asks what it is about. The back always has the whole statement
(with the answer span marked), the sources with their dates and, for a
disputed fact, what each article claims.
"""

from __future__ import annotations

from dataclasses import dataclass

from studyapp.core.deck.claims import Claim, fact_claims
from studyapp.core.deck.model import CardKind, Fact
from studyapp.core.deck.view import DeckView

BLANK = "［…］"


@dataclass(frozen=True, slots=True)
class CardFace:
    kind: CardKind
    prompt: str  # the front
    answer: str  # the short answer, big on the back
    statement: tuple[str, str, str]  # (before, span, after) of the statement
    sources: tuple[str, ...]  # "title（date）" of each supporting article
    topic: str
    claims: tuple[Claim, ...] = ()  # for disputed facts: every article's claim
    note: str = ""

    @property
    def disputed(self) -> bool:
        return bool(self.claims)

    @property
    def plain_statement(self) -> str:
        return "".join(self.statement)


def card_face(view: DeckView, fact: Fact, kind: CardKind) -> CardFace:
    before, span, after = view.statement_parts(fact)
    answer = view.fact_answer(fact)
    topic = view.topic_title(fact.topic)
    if kind is CardKind.CLOZE:
        prompt = f"{before}{BLANK}{after}"
    elif kind is CardKind.REVERSE:
        prompt = f"{answer}\n（{topic}）"
        answer = view.question(fact)
    else:
        prompt = view.question(fact)
    return CardFace(
        kind=kind,
        prompt=prompt,
        answer=answer,
        statement=(before, span, after),
        sources=tuple(view.source_label(s) for s in fact.sources),
        topic=topic,
        claims=fact_claims(view, fact),
        note=view.text(fact.note),
    )
