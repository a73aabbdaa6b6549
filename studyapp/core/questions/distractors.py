"""Wrong options from the answer's own slot: the kind of thing the question asks for.

An entity's options are entities of the same slot (the answer's ``slot``, else
the entity's first group: co-founders for a co-founder, models for a model;
an entity without groups: its type), the topic's own first, then the wrong
options the deck's authors wrote. Years a little before or after, dates a few
days or months off, numbers of the same unit and a similar size, unless the
number is approximate: then, as for texts and quotes, only the authored wrong
options and (texts) the answers of facts that declare the same slot. A year
that starts or ends a range the statement gives stays on its side of the
range ("{{2014}} 至 2017 年" never becomes "2018 至 2017 年"), and a number is
never offered rounded ("5 年" against 5 年半). There is no fallback to "any
other text": a fact without enough fair options is not asked as multiple choice.

A candidate is dropped when it is, after folding script, width, case and
punctuation, another accepted form of the answer, another source's claim, an
option already chosen, or named in the question; for a false statement
(``strict``) also when it is the answer of another fact of the same topic,
which may well be true of the same thing.

Every function returns raw option texts in the deck's script.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable, Iterator, Sequence

from studyapp.core.deck.answers import date_key, date_text, format_number
from studyapp.core.deck.model import AnswerKind, EntityId, Fact, Script, split_span
from studyapp.core.questions.index import DeckIndex

# How many random candidates of a large pool are looked at before the rest.
_SAMPLE = 24


def _draw(rng: random.Random, pool: Sequence[str]) -> Iterator[str]:
    """The pool in random order, cheaply when only a few are needed."""
    n = len(pool)
    if n <= _SAMPLE:
        order = list(pool)
        rng.shuffle(order)
        yield from order
        return
    seen: set[int] = set()
    for i in rng.sample(range(n), _SAMPLE):
        seen.add(i)
        yield pool[i]
    rest = [pool[i] for i in range(n) if i not in seen]
    rng.shuffle(rest)
    yield from rest


class _Picker:
    """Collects distinct, acceptable distractors from tiers of candidates."""

    def __init__(
        self,
        index: DeckIndex,
        fact: Fact,
        prompt_raw: str,
        want: int,
        taken: Sequence[str] = (),
        strict: bool = False,
    ) -> None:
        self.index = index
        self.strict = strict
        self.fact = fact
        self.prompt_raw = prompt_raw
        self.want = want
        self.blocked: set[str] = set(index.accepted_keys(fact) | index.claim_keys(fact))
        for text in taken:
            self.blocked |= index.keys(text)
        if strict:  # what another fact of the topic answers may be true here too
            for other in index.by_topic.get(fact.topic, []):
                if other.id != fact.id and other.answer.kind in _LOOSE_KINDS:
                    self.blocked |= index.accepted_keys(other)
        self.accepted_folds = [index.folded(f) for f in index.answer_forms(fact.answer)]
        self.chosen: list[str] = []

    @property
    def done(self) -> bool:
        return len(self.chosen) >= self.want

    def offer(self, raw: str, *, names: Sequence[str] = (), loose: bool = False) -> bool:
        """Take ``raw`` if it is a fair wrong option; ``names`` must all stay out of the prompt."""
        if self.done or not raw.strip():
            return False
        keys = self.index.keys(raw)
        if not keys or keys & self.blocked:
            return False
        for name in names or (raw,):
            if len(self.index.folded(name)) >= 2 and self.index.contains(self.prompt_raw, name):
                return False
        if loose:
            # a text that contains an accepted answer (or is inside one) is not clearly wrong
            folded = self.index.folded(raw)
            for accepted in self.accepted_folds:
                if accepted and (accepted in folded or folded in accepted):
                    return False
        self.blocked |= keys
        self.chosen.append(raw)
        return True

    def fill(self, candidates: Iterator[str], *, loose: bool = False) -> None:
        for raw in candidates:
            if self.done:
                return
            self.offer(raw, loose=loose)


def distractors(
    index: DeckIndex,
    fact: Fact,
    rng: random.Random,
    n: int,
    *,
    prompt_raw: str,
    taken: Sequence[str] = (),
    strict: bool = False,
) -> list[str]:
    """Up to ``n`` wrong options for ``fact``'s answer (raw, deck script).

    ``strict``: for a false statement, which must not happen to be true.
    """
    picker = _Picker(index, fact, prompt_raw, n, taken, strict)
    answer = fact.answer
    if answer.approx is None:
        fill: Callable[[DeckIndex, Fact, random.Random, _Picker], None] = _FILLERS[answer.kind]
        fill(index, fact, rng, picker)
    if not picker.done and answer.kind not in _LOOSE_KINDS:
        picker.fill(_draw(rng, answer.wrong))
    return picker.chosen


_LOOSE_KINDS = (AnswerKind.TEXT, AnswerKind.QUOTE)


def _entities(index: DeckIndex, fact: Fact, rng: random.Random, picker: _Picker) -> None:
    entity = index.deck.entities.get(EntityId(str(fact.answer.value)))
    if entity is None:
        return
    slot = index.entity_slot(fact.answer)
    tiers = (
        index.answer_entities_in_topic.get((fact.topic, slot), []),
        index.entities_by_slot.get(slot, []),
    )
    deck_entities = index.deck.entities
    for tier in tiers:
        for entity_id in _draw(rng, tier):
            if picker.done:
                return
            if entity_id == entity.id:
                continue
            other = deck_entities[EntityId(entity_id)]
            # every name must be new: "Dario" is not a fair option against "Dario Amodei"
            if any(index.keys(name) & picker.blocked for name in other.names):
                continue
            picker.offer(other.name, names=index.entity_forms(entity_id))


# A year that ends or starts a range around the span: "{{2014}} 至 2017 年", "2014 至 {{2017}}".
_RANGE_END_RE = re.compile(r"^\s*年?\s*(?:至|到|－|-|–|~|～)\s*(\d{4})")
_RANGE_START_RE = re.compile(r"(\d{4})\s*年?\s*(?:至|到|－|-|–|~|～)\s*$")


def _year_bounds(fact: Fact) -> tuple[int, int]:
    """The years a wrong option may lie between: a year that starts a range the
    statement gives ("{{2014}} 至 2017 年") must stay before its end, one that ends
    it after its start; otherwise any year."""
    before, _span, after = split_span(fact.statement)
    low, high = 0, 9999
    if m := _RANGE_END_RE.match(after):
        high = int(m.group(1)) - 1
    if m := _RANGE_START_RE.search(before):
        low = int(m.group(1)) + 1
    return low, high


def _years(index: DeckIndex, fact: Fact, rng: random.Random, picker: _Picker) -> None:
    year = int(fact.answer.value)
    low, high = _year_bounds(fact)
    cap = index.latest_year if 0 < year <= index.latest_year else year + 6
    cap = min(cap, high)
    near = [y for y in index.years if y != year and abs(y - year) <= 6 and low <= y <= cap]
    if len(near) > 2:
        near = rng.sample(near, 2)  # years the deck talks about, but not all of the options
    picker.fill(iter([str(y) for y in near]))
    offsets = [d for d in range(-5, 6) if d and low <= year + d <= cap]
    rng.shuffle(offsets)
    offsets.sort(key=abs)  # nearest first, random among equals
    picker.fill(iter([str(year + d) for d in offsets]))


def _dates(index: DeckIndex, fact: Fact, rng: random.Random, picker: _Picker) -> None:
    key = date_key(fact.answer)
    if key is None:
        return
    y, m, d = key
    candidates: list[tuple[int, int, int]] = []
    if d:
        candidates += [(y, m, d + k) for k in (-3, -2, -1, 1, 2, 3) if 1 <= d + k <= 28]
        candidates += [(y, m + k, d) for k in (-1, 1) if 1 <= m + k <= 12 and d <= 28]
    else:
        candidates += [(y, m + k, 0) for k in (-3, -2, -1, 1, 2, 3) if 1 <= m + k <= 12]
        candidates += [(y + k, m, 0) for k in (-1, 1)]
    rng.shuffle(candidates)
    picker.fill(iter([date_text(c) for c in candidates]))


def _sig_digits(value: float) -> int:
    digits = f"{value:.10g}".replace(".", "").replace("-", "").strip("0")
    return max(1, len(digits))


def _round_sig(value: float, sig: int) -> float:
    if value <= 0:
        return value
    scale = 10 ** (math.floor(math.log10(value)) - sig + 1)
    return float(round(value / scale) * scale)


def _near_numbers(value: float, unit: str) -> list[float]:
    cap = 100.0 if unit == "%" and value <= 100 else math.inf
    if not float(value).is_integer():
        steps = [0.5, 1.0, 1.5, 2.0]
        raw = [value + s for s in steps] + [value - s for s in steps]
    elif value <= 12:
        raw = [value + d for d in (1, -1, 2, -2, 3, -3, 4, 5)]
    elif value <= 30:
        raw = [value + d for d in (2, -2, 3, -3, 5, -5, 4, -4)]
    else:
        sig = _sig_digits(value)
        raw = [_round_sig(value * f, sig) for f in (0.5, 0.6, 0.75, 0.8, 1.2, 1.25, 1.5, 2.0)]
    return [v for v in dict.fromkeys(raw) if 0 < v <= cap and not _rounds_to(value, v)]


def _rounds_to(value: float, other: float) -> bool:
    """Whether ``other`` is ``value`` or a rounding of it: "5 年" for 5 年半 is not
    clearly wrong."""
    return other == value or (other.is_integer() and abs(other - value) < 1)


def _number_text(value: float, unit: str, script: Script) -> str:
    number: int | float = int(value) if float(value).is_integer() else value
    return format_number(number, script) + unit


def _numbers(index: DeckIndex, fact: Fact, rng: random.Random, picker: _Picker) -> None:
    value = float(fact.answer.value)
    unit = fact.answer.unit
    same_unit = [
        v
        for v in index.numbers_by_unit.get(unit, [])
        if not _rounds_to(value, v) and value > 0 and 0.25 <= v / value <= 4
    ]
    if len(same_unit) > 2:
        same_unit = rng.sample(same_unit, 2)
    picker.fill(iter([_number_text(v, unit, index.deck.script) for v in same_unit]))
    near = _near_numbers(value, unit)
    rng.shuffle(near)
    picker.fill(iter([_number_text(v, unit, index.deck.script) for v in near]))


def _texts(index: DeckIndex, fact: Fact, rng: random.Random, picker: _Picker) -> None:
    """The authored wrong options first, then the answers of facts of the same slot."""
    answer = fact.answer
    picker.fill(_draw(rng, answer.wrong), loose=True)
    if answer.slot:
        same_slot = index.texts_by_slot.get(answer.slot, [])
        picker.fill((t for t in _draw(rng, same_slot) if t != answer.value), loose=True)


_FILLERS: dict[AnswerKind, Callable[[DeckIndex, Fact, random.Random, _Picker], None]] = {
    AnswerKind.ENTITY: _entities,
    AnswerKind.YEAR: _years,
    AnswerKind.DATE: _dates,
    AnswerKind.NUMBER: _numbers,
    AnswerKind.TEXT: _texts,
    AnswerKind.QUOTE: _texts,
}
