"""The story's timeline: every dated event of a deck on one axis, without a display.

A fact is dated when its answer is a year or a date (「Jack Clark 在 2016 年…」
asks for 2016), or when its statement names a year (「2023 年陪 Jack 進白宮的是
{{Dario}}」). Facts of the same topic with the same date are one event (going to
the White House in 2023 and who went along). Each event keeps the sources that
tell it and, where the articles give different dates for it, each date with
its sources, side by side; a disputed fact marks its event as disputed, whatever
the dispute is about. Everything comes from the deck's data, so an imported
article has a timeline too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from studyapp.core.deck.answers import DateKey, date_key, date_text
from studyapp.core.deck.claims import Claim, fact_claims
from studyapp.core.deck.model import Answer, Fact, SourceId, strip_span
from studyapp.core.deck.view import DeckView

# A year as the decks write one, 「2023 年」, with its month and day when given.
_YEAR_RE = re.compile(
    r"(?<![\d,.])(1[0-9]{3}|20[0-9]{2})\s*年"
    r"(?:\s*(1[0-2]|0?[1-9])\s*月(?:\s*(3[01]|[12][0-9]|0?[1-9])\s*日)?)?"
)


@dataclass(frozen=True, slots=True)
class DatedClaim:
    """One date an event is given, and the sources that give it."""

    sources: tuple[SourceId, ...]
    key: DateKey
    date: str  # in words: 2016, 2024 年 12 月, 2024 年 12 月 21 日


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    key: DateKey  # where it sits on the axis: its first claim's date
    label: str  # what happened, in the view's script
    topic: str  # the topic's title
    fact_ids: tuple[str, ...]
    sources: tuple[SourceId, ...]  # every source that tells it (or disputes it)
    claims: tuple[DatedClaim, ...]  # one per date given; two or more: the dates differ
    disputed: tuple[Claim, ...]  # the articles' claims of its disputed facts (any aspect)

    @property
    def year(self) -> int:
        return self.key[0]

    @property
    def date(self) -> str:
        return self.claims[0].date

    @property
    def dates_differ(self) -> bool:
        return len(self.claims) > 1

    @property
    def is_disputed(self) -> bool:
        return bool(self.disputed) or self.dates_differ


def event_label(fact: Fact) -> str:
    """The short label a deck gives a fact that is an event (``event``), once facts
    carry one; '' until then."""
    value = getattr(fact, "event", "")
    return value if isinstance(value, str) else ""


def year_in(text: str) -> DateKey | None:
    """The first year a text names (with month and day when it gives them)."""
    m = _YEAR_RE.search(text)
    if m is None:
        return None
    year, month, day = m.groups()
    return (int(year), int(month or 0), int(day or 0))


def _answer_date(answer: Answer, statement: str) -> DateKey | None:
    return date_key(answer) or year_in(strip_span(statement))


def fact_dates(fact: Fact) -> list[tuple[tuple[SourceId, ...], DateKey]]:
    """The dates a fact gives, with the sources that give each: its own, then each
    dispute's where it gives one (a dispute about something else gives none)."""
    own = _answer_date(fact.answer, fact.statement)
    if own is None:
        return []
    dates: list[tuple[tuple[SourceId, ...], DateKey]] = [(fact.sources, own)]
    for dispute in fact.disputed:
        theirs = date_key(dispute.answer) or (
            year_in(strip_span(dispute.statement)) if dispute.statement else None
        )
        if theirs is not None:
            dates.append(((dispute.source,), theirs))
    return dates


def _claims(dates: list[tuple[tuple[SourceId, ...], DateKey]]) -> tuple[DatedClaim, ...]:
    """One claim per different date, in order of first appearance, sources merged."""
    merged: dict[DateKey, list[SourceId]] = {}
    for sources, key in dates:
        bucket = merged.setdefault(key, [])
        bucket.extend(s for s in sources if s not in bucket)
    return tuple(DatedClaim(tuple(s), key, date_text(key)) for key, s in merged.items())


def timeline(view: DeckView) -> list[TimelineEvent]:
    """Every dated event of the deck, earliest first (same date: in the deck's order)."""
    deck = view.deck
    groups: dict[tuple[DateKey, str], list[tuple[Fact, list[tuple[tuple[SourceId, ...], DateKey]]]]]
    groups = {}
    for fact in deck.facts:
        dates = fact_dates(fact)
        if dates:
            groups.setdefault((dates[0][1], fact.topic), []).append((fact, dates))
    events: list[TimelineEvent] = []
    for (key, topic), members in groups.items():
        facts = [f for f, _ in members]
        # the label: a fact's own event label (once facts carry one), else what the
        # first fact asking for the date itself is about
        lead = next((f for f in facts if event_label(f)), None) or next(
            (f for f in facts if date_key(f.answer) is not None), facts[0]
        )
        sources: list[SourceId] = []
        for f in facts:
            for s in (*f.sources, *(d.source for d in f.disputed)):
                if s not in sources:
                    sources.append(s)
        claims = _claims([d for _, dates in members for d in dates])
        disputed = tuple(c for f in facts for c in fact_claims(view, f))
        events.append(
            TimelineEvent(
                key=key,
                label=view.text(event_label(lead)) or view.gist(lead) or view.statement(lead),
                topic=view.topic_title(topic),
                fact_ids=tuple(f.id for f in facts),
                sources=tuple(sources),
                claims=claims,
                disputed=disputed,
            )
        )
    order: dict[str, int] = {f.id: i for i, f in enumerate(deck.facts)}
    events.sort(key=lambda e: (e.key, order[e.fact_ids[0]]))
    return events
