"""Finding what the decks already say: repeats and disagreements.

A draft *repeats* a fact when both state the same answer in much the same
words (compared in Simplified characters, so either script matches), or when
the draft's sentence states the fact's answer and most of its wording.
A draft *may disagree* with a fact when it says nearly the same thing around
the answer but gives another answer of the same kind: the same question, two
answers; or when its answer is the one a fact already lists as disputed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from studyapp.core.importer.textnorm import bigrams, containment, dice, normalize
from studyapp.core.model import Answer, AnswerKind, Deck, DeckId, Fact, FactId, split_span
from studyapp.core.numbers import states_number
from studyapp.core.view import DeckView

DUPLICATE_SAME_ANSWER = 0.42  # wording overlap needed when the answers agree
DUPLICATE_STATED = 0.6  # ... when the draft only states the fact's answer somewhere
DISAGREE_CONTEXT = 0.55  # context overlap needed to call different answers a disagreement


class MatchKind(str, Enum):
    DUPLICATE = "duplicate"
    DISAGREEMENT = "disagreement"


@dataclass(frozen=True, slots=True)
class FactMatch:
    kind: MatchKind
    deck: DeckId
    fact: FactId
    score: float
    statement: str  # the fact's statement, without markers, in the draft's script
    answer: str  # the fact's answer as display text, in the draft's script
    note: str = ""  # e.g. which source the draft agrees with in a known dispute

    @property
    def ref(self) -> str:
        return f"{self.deck}/{self.fact}"


@dataclass(frozen=True, slots=True)
class _Known:
    deck: Deck
    fact: Fact
    plain: frozenset[str]
    context: frozenset[str]
    question: frozenset[str]
    keys: frozenset[str]
    dispute_keys: tuple[tuple[str, frozenset[str]], ...]  # (source id, answer keys)


def answer_keys(answer: Answer, names: Iterable[str] = ()) -> frozenset[str]:
    """Comparable forms of an answer: entity id and names, the number, the text."""
    kind = answer.kind
    if kind is AnswerKind.ENTITY:
        return frozenset({f"entity:{answer.value}", *(f"text:{normalize(n)}" for n in names)})
    if kind is AnswerKind.YEAR:
        return frozenset({f"year:{answer.value}"})
    if kind is AnswerKind.DATE:
        return frozenset({f"date:{answer.value}"})
    if kind is AnswerKind.NUMBER:
        return frozenset({f"number:{float(answer.value):g}"})
    texts = [str(answer.value), *answer.accept]
    return frozenset(f"text:{normalize(t)}" for t in texts if normalize(t))


def _family(answer: Answer) -> str:
    if answer.kind in (AnswerKind.YEAR, AnswerKind.DATE):
        return "time"
    if answer.kind in (AnswerKind.TEXT, AnswerKind.QUOTE):
        return "text"
    return str(answer.kind.value)


class FactIndex:
    """Every fact of the given decks, ready to be compared with drafts."""

    def __init__(self, decks: Iterable[Deck]) -> None:
        self._facts: list[_Known] = []
        for deck in decks:
            view = DeckView(deck, "hans")
            for fact in deck.facts:
                before, span, after = split_span(fact.statement)
                names = (
                    view.entity_names(str(fact.answer.value))
                    if fact.answer.kind is AnswerKind.ENTITY
                    else ()
                )
                disputes = tuple(
                    (
                        str(d.source),
                        answer_keys(
                            d.answer,
                            view.entity_names(str(d.answer.value))
                            if d.answer.kind is AnswerKind.ENTITY
                            else (),
                        ),
                    )
                    for d in fact.disputed
                )
                self._facts.append(
                    _Known(
                        deck=deck,
                        fact=fact,
                        plain=bigrams(normalize(view.text(before + span + after))),
                        context=bigrams(normalize(view.text(before + " " + after))),
                        question=bigrams(normalize(view.text(fact.question))),
                        keys=answer_keys(fact.answer, names),
                        dispute_keys=disputes,
                    )
                )

    def __len__(self) -> int:
        return len(self._facts)

    def compare(
        self,
        plain: str,
        context: str,
        answer: Answer,
        names: Iterable[str],
        script: str,
    ) -> tuple[list[FactMatch], list[FactMatch]]:
        """``(repeats, disagreements)`` for a draft, best match first."""
        d_plain = bigrams(normalize(plain))
        d_context = bigrams(normalize(context))
        norm_plain = normalize(plain)
        keys = answer_keys(answer, names)
        repeats: list[FactMatch] = []
        disagreements: list[FactMatch] = []
        for known in self._facts:
            wording = max(
                containment(known.plain, d_plain),
                dice(known.plain, d_plain),
            )
            around = max(
                containment(known.context, d_context),
                dice(known.context, d_context),
                containment(known.question, d_context) * 0.9,
            )
            same = bool(keys & known.keys)
            # symmetric: a short fact inside a long sentence is not "the same question"
            alike = max(dice(known.context, d_context), dice(known.question, d_context) * 0.9)
            if same and max(wording, around) >= DUPLICATE_SAME_ANSWER:
                repeats.append(
                    self._match(MatchKind.DUPLICATE, known, max(wording, around), script)
                )
                continue
            stated = _states(norm_plain, known)
            if stated and wording >= DUPLICATE_STATED:
                repeats.append(self._match(MatchKind.DUPLICATE, known, wording, script))
                continue
            if same or stated or alike < DISAGREE_CONTEXT:
                continue
            disputed_by = [src for src, dkeys in known.dispute_keys if keys & dkeys]
            if disputed_by:
                note = "matches the disputed answer of source " + ", ".join(disputed_by)
                disagreements.append(
                    self._match(MatchKind.DISAGREEMENT, known, alike, script, note)
                )
            elif _family(answer) == _family(known.fact.answer):
                disagreements.append(self._match(MatchKind.DISAGREEMENT, known, alike, script))
        repeats.sort(key=lambda m: -m.score)
        disagreements.sort(key=lambda m: -m.score)
        return repeats[:3], disagreements[:3]

    @staticmethod
    def _match(
        kind: MatchKind, known: _Known, score: float, script: str, note: str = ""
    ) -> FactMatch:
        view = DeckView(known.deck, "hans" if script == "hans" else "hant")
        return FactMatch(
            kind=kind,
            deck=known.deck.id,
            fact=known.fact.id,
            score=round(score, 3),
            statement=view.statement(known.fact),
            answer=view.fact_answer(known.fact),
            note=note,
        )


def _states(norm_plain: str, known: _Known) -> bool:
    """Does the draft's sentence state the fact's answer?"""
    answer = known.fact.answer
    if answer.kind is AnswerKind.YEAR:
        return str(answer.value) in norm_plain
    if answer.kind is AnswerKind.DATE:
        return str(answer.value)[:4] in norm_plain
    if answer.kind is AnswerKind.NUMBER:
        return states_number(norm_plain, float(answer.value))
    return any(k.startswith("text:") and len(k) > 6 and k[5:] in norm_plain for k in known.keys)
