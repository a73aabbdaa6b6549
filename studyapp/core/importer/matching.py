"""Finding what the decks already say: repeats and disagreements.

A draft *repeats* a fact when both state the same answer in much the same
words (compared in Simplified characters, so either script matches), or when
the draft's sentence states the fact's answer and the fact's key words.

A draft *may disagree* with a fact when its sentence says the same thing as the
fact but gives another answer of the same kind (another person, another year or
number) and not the fact's own answer. The strongest case is a sentence that
states the answer a fact already lists as *disputed*: the deck records that
another source says so, and the draft agrees with that source.

Wording is compared on "content" bigrams: character pairs of the text folded to
Simplified, with function characters (的, 了, 是 …) as breaks, each weighted by
how rare it is among the known facts, so that names and rare terms count for
more than words every fact uses.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum

from studyapp.core.deck.model import (
    Answer,
    AnswerKind,
    Deck,
    DeckId,
    EntityType,
    Fact,
    FactId,
    split_span,
)
from studyapp.core.deck.numbers import parse_chinese_numeral, states_number
from studyapp.core.deck.view import DeckView
from studyapp.core.importer.textnorm import (
    bigrams,
    containment,
    dice,
    normalize,
    simplified_lower,
)

DUPLICATE_SAME_ANSWER = 0.42  # wording overlap needed when the answers agree
DUPLICATE_STATED = 0.6  # ... when the draft only states the fact's answer somewhere
DUPLICATE_STATED_CONTENT = 0.3  # weighted key-word overlap when the sentence states the answer
DISAGREE_CONTEXT = 0.55  # context overlap needed to call different answers a disagreement
DISAGREE_KNOWN = 0.3  # key-word overlap for a sentence stating a known disputed answer
DISAGREE_OTHER = 0.45  # ... for a sentence stating another answer of the fact's kind
MIN_SHARED_WEIGHT = 8.0  # the shared key words must weigh at least this much
MAX_MATCHES = 3
MAX_REPEATS = 6  # one sentence often holds several facts

# Function characters (in Simplified: texts are folded before comparing).
STOP_CHARS = frozenset(
    "的了是在和与也都而就这那他她它们个有为以及并或被把将从对到着过之其所等很会能要不吗呢吧啊"
    "我你您该此则又还但却即于由向给让使得地"
)
_STOP_RE = re.compile("[" + "".join(sorted(STOP_CHARS)) + "]+")
_LATIN_EDGE = re.compile(r"[a-z0-9]")


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
    agrees_with: str = ""  # a known disagreement: the source (title) whose claim the draft states

    @property
    def ref(self) -> str:
        return f"{self.deck}/{self.fact}"


@dataclass(frozen=True, slots=True)
class Said:
    """What a sentence states: the answer keys of its candidates, by kind."""

    keys: frozenset[str] = frozenset()
    families: Mapping[str, frozenset[str]] = field(default_factory=dict)
    text: str = ""  # the whole sentence (a draft's statement may be one clause of it)


def said(answers: Iterable[tuple[Answer, EntityType | None]], text: str = "") -> Said:
    """The keys of every answer a sentence offers (an entity with its type)."""
    families: dict[str, set[str]] = {}
    for answer, etype in answers:
        keys = answer_keys(answer)
        families.setdefault(_family(answer, etype), set()).update(keys)
    return Said(
        keys=frozenset(k for ks in families.values() for k in ks),
        families={f: frozenset(ks) for f, ks in families.items()},
        text=text,
    )


@functools.lru_cache(maxsize=1024)
def content_bigrams(text: str) -> frozenset[str]:
    """Key-word tokens: bigrams of the folded text, function characters as breaks,
    without lone Chinese characters."""
    folded = normalize(text)
    out: set[str] = set()
    for part in _STOP_RE.split(folded):
        out.update(b for b in bigrams(part) if len(b) > 1 or b.isascii())
    for m in _AGE_RE.finditer(folded):
        digits = m.group(1)
        age = int(digits) if digits.isdigit() else parse_chinese_numeral(digits)
        if age is not None:
            out.add(f"{age:g}岁")  # 十九歲 and 19岁: the same age, however written
    return frozenset(out)


# an age, in digits or numerals (folded to Simplified: 岁)
_AGE_RE = re.compile(r"(?<![\d.,零〇一二两三四五六七八九十百])(\d+|[一二两三四五六七八九十百]+)岁")


@dataclass(frozen=True, slots=True)
class _Dispute:
    source: str
    label: str  # the source's title, for the flag
    keys: frozenset[str]
    texts: tuple[str, ...]  # folded text answers, to find in a sentence
    about: tuple[frozenset[str], ...]  # its statement and note, as key words
    in_statement: bool  # the fact's own statement names this answer: no evidence then


@dataclass(frozen=True, slots=True)
class _Known:
    deck: Deck
    fact: Fact
    plain: frozenset[str]
    context: frozenset[str]
    question: frozenset[str]
    keys: frozenset[str]
    texts: tuple[str, ...]  # folded names or text answers
    family: str
    about: tuple[frozenset[str], ...]  # key words of the statement around the span, question
    mentions: frozenset[str]  # entity keys the statement names around the span
    disputes: tuple[_Dispute, ...]


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


def _family(answer: Answer, etype: EntityType | None = None) -> str:
    if answer.kind in (AnswerKind.YEAR, AnswerKind.DATE):
        return "time"
    if answer.kind in (AnswerKind.TEXT, AnswerKind.QUOTE):
        return "text"
    if answer.kind is AnswerKind.NUMBER:
        return f"number:{answer.unit.strip()}"
    if answer.kind is AnswerKind.ENTITY and etype is not None:
        return f"entity:{etype.value}"
    return str(answer.kind.value)


def _texts(answer: Answer, names: Iterable[str]) -> tuple[str, ...]:
    if answer.kind is AnswerKind.ENTITY:
        raw: Iterable[str] = names
    elif answer.kind in (AnswerKind.TEXT, AnswerKind.QUOTE):
        raw = [str(answer.value), *answer.accept]
    else:
        return ()
    return _texts_of(raw)


def _texts_of(raw: Iterable[str]) -> tuple[str, ...]:
    return tuple(
        dict.fromkeys(f for f in (simplified_lower(t).strip() for t in raw) if len(f) >= 2)
    )


def _text_in(needle: str, folded: str) -> bool:
    """``needle`` in ``folded``, a Latin-edged needle only as a whole word."""
    return _find_text(needle, folded) is not None


def _find_text(needle: str, folded: str) -> tuple[int, int] | None:
    """Where ``needle`` is in ``folded``, a Latin-edged needle only as a whole word."""
    start = folded.find(needle)
    while start >= 0:
        end = start + len(needle)
        ok_before = not (
            _LATIN_EDGE.match(needle[0]) and start and _LATIN_EDGE.match(folded[start - 1])
        )
        ok_after = not (
            _LATIN_EDGE.match(needle[-1]) and end < len(folded) and _LATIN_EDGE.match(folded[end])
        )
        if ok_before and ok_after:
            return start, end
        start = folded.find(needle, start + 1)
    return None


class _Weights:
    """Inverse document frequency of key-word tokens over the known facts."""

    def __init__(self, documents: Iterable[frozenset[str]]) -> None:
        df: Counter[str] = Counter()
        n = 0
        for doc in documents:
            df.update(doc)
            n += 1
        n = max(n, 1)
        self._unseen = math.log(n + 1)
        self._weights = {t: math.log((n + 1) / (seen + 0.5)) for t, seen in df.items()}
        self._totals: dict[frozenset[str], float] = {}
        # the weight of a token never seen is the largest
        self.max_weight = max([self._unseen, *self._weights.values()])

    def total(self, tokens: Iterable[str]) -> float:
        get, unseen = self._weights.get, self._unseen
        return sum(get(t, unseen) for t in tokens)

    def best_cover(
        self, parts: Iterable[frozenset[str]], whole: frozenset[str], threshold: float
    ) -> float:
        """The best cover of any part that reaches ``threshold`` with enough shared
        weight (0 if none does)."""
        best = 0.0
        for part in parts:
            cover, shared = self.cover(part, whole)
            if cover >= threshold and shared >= MIN_SHARED_WEIGHT:
                best = max(best, cover)
        return best

    def cover(self, part: frozenset[str], whole: frozenset[str]) -> tuple[float, float]:
        """How much of ``part`` (by weight) is in ``whole``, and the shared weight."""
        common = part & whole
        if not common:
            return 0.0, 0.0
        total = self._totals.get(part)
        if total is None:
            total = self._totals[part] = self.total(part)
        shared = self.total(common)
        return shared / total, shared


class FactIndex:
    """Every fact of the given decks, ready to be compared with drafts."""

    def __init__(self, decks: Iterable[Deck]) -> None:
        self._facts: list[_Known] = []
        for deck in decks:
            view = DeckView(deck, "hans")
            entity_texts = {
                f"entity:{e.id}": _texts_of(view.entity_names(e.id)) for e in deck.entities.values()
            }
            for fact in deck.facts:
                self._facts.append(self._known(deck, view, fact, entity_texts))
        self._weights = _Weights(
            frozenset().union(*k.about, *(d.about[0] for d in k.disputes)) for k in self._facts
        )
        # Which facts share a token with a draft: every kind of match needs some
        # (see _least_shared), so the others are never compared.
        self._by_token: dict[str, list[int]] = {}
        self._by_about: dict[str, list[int]] = {}
        self._least: list[int] = []
        for i, known in enumerate(self._facts):
            for token in _vocabulary(known):
                self._by_token.setdefault(token, []).append(i)
            for token in frozenset().union(*known.about):
                self._by_about.setdefault(token, []).append(i)
            self._least.append(_least_shared(known, self._weights.max_weight))
        self._least_cover = _least_cover(self._weights.max_weight)

    @staticmethod
    def _known(
        deck: Deck, view: DeckView, fact: Fact, entity_texts: Mapping[str, tuple[str, ...]]
    ) -> _Known:
        before, span, after = split_span(fact.statement)

        def names(answer: Answer) -> tuple[str, ...]:
            if answer.kind is AnswerKind.ENTITY:
                return view.entity_names(str(answer.value))
            return ()

        def etype(answer: Answer) -> EntityType | None:
            if answer.kind is AnswerKind.ENTITY:
                entity = deck.entities.get(str(answer.value))  # type: ignore[call-overload]
                return entity.type if entity is not None else None
            return None

        context = view.text(before + " " + after)
        folded_context = simplified_lower(context)
        mentions = frozenset(
            key
            for key, texts in entity_texts.items()
            if any(_text_in(t, folded_context) for t in texts)
        )
        disputes: list[_Dispute] = []
        for d in fact.disputed:
            d_before, _d_span, d_after = split_span(d.statement) if d.statement else ("", "", "")
            disputes.append(
                _Dispute(
                    source=str(d.source),
                    label=view.source(str(d.source)).title
                    if d.source in deck.sources
                    else str(d.source),
                    keys=answer_keys(d.answer, names(d.answer)),
                    texts=_texts(d.answer, names(d.answer)),
                    about=(
                        content_bigrams(view.text(d_before + " " + d_after)),
                        content_bigrams(view.text(d.note)),
                    ),
                    in_statement=any(
                        _text_in(t, folded_context) for t in _texts(d.answer, names(d.answer))
                    ),
                )
            )
        return _Known(
            deck=deck,
            fact=fact,
            plain=bigrams(normalize(view.text(before + span + after))),
            context=bigrams(normalize(context)),
            question=bigrams(normalize(view.text(fact.question))),
            keys=answer_keys(fact.answer, names(fact.answer)),
            texts=_texts(fact.answer, names(fact.answer)),
            family=_family(fact.answer, etype(fact.answer)),
            about=(content_bigrams(context), content_bigrams(view.text(fact.question))),
            mentions=mentions,
            disputes=tuple(disputes),
        )

    def __len__(self) -> int:
        return len(self._facts)

    def _sharing(self, tokens: frozenset[str]) -> list[_Known]:
        """The facts sharing enough tokens with a draft to match it at all, in order."""
        by_token = self._by_token
        shared: Counter[int] = Counter(
            itertools.chain.from_iterable(by_token.get(t, ()) for t in tokens)
        )
        least = self._least
        return [self._facts[i] for i in sorted(i for i, n in shared.items() if n >= least[i])]

    def known_in(self, sentence: str, said: Said) -> list[tuple[int, int]] | None:
        """Does ``sentence`` state a known fact (its answer and enough of its key words)?

        None if not; else where the sentence gives the text answers of such facts
        (a name or number is already a candidate of its own).
        """
        folded = simplified_lower(sentence)
        content = content_bigrams(sentence)
        spans: list[tuple[int, int]] | None = None
        # a fact is stated only with enough of its key words (best_cover below): the
        # facts sharing too few of them are never looked at
        by_about = self._by_about
        shared: Counter[int] = Counter(
            itertools.chain.from_iterable(by_about.get(t, ()) for t in content)
        )
        least = self._least_cover
        for i in sorted(i for i, n in shared.items() if n >= least):
            known = self._facts[i]
            kind = known.fact.answer.kind
            if said.keys & known.keys:
                where = None
            elif kind in (AnswerKind.TEXT, AnswerKind.QUOTE):
                where = next(
                    (p for t in known.texts if (p := _find_text(t, folded)) is not None), None
                )
                if where is None:
                    continue
            else:
                continue
            if not self._weights.best_cover(known.about, content, DUPLICATE_STATED_CONTENT):
                continue
            spans = spans if spans is not None else []
            if where is not None and len(folded) == len(sentence):
                spans.append(where)
        return spans

    def compare(
        self,
        plain: str,
        context: str,
        answer: Answer,
        names: Iterable[str],
        script: str,
        sentence: Said | None = None,
    ) -> tuple[list[FactMatch], list[FactMatch]]:
        """``(repeats, disagreements)`` for a draft, best match first.

        ``sentence`` is what the draft's whole sentence states (every candidate
        answer in it); without it only the draft's own answer is known.
        """
        d_plain = bigrams(normalize(plain))
        d_context = bigrams(normalize(context))
        whole = sentence.text if sentence and sentence.text else plain
        d_content = content_bigrams(whole)
        norm_plain = normalize(whole)
        folded = simplified_lower(whole)
        keys = answer_keys(answer, names)
        stated_keys = keys | (sentence.keys if sentence else frozenset())
        families = dict(sentence.families) if sentence else {}
        repeats: list[FactMatch] = []
        disagreements: list[tuple[int, FactMatch]] = []
        weights = self._weights
        for known in self._sharing(d_plain | d_context | d_content):
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
            stated = bool(stated_keys & known.keys) or _states(norm_plain, folded, known)
            if stated:
                cover = weights.best_cover(known.about, d_content, DUPLICATE_STATED_CONTENT)
                if wording >= DUPLICATE_STATED or cover:
                    repeats.append(
                        self._match(MatchKind.DUPLICATE, known, max(wording, cover), script)
                    )
                    continue
            if same or stated:
                continue
            agreeing = [
                d
                for d in known.disputes
                if not d.in_statement
                and (stated_keys & d.keys or any(_text_in(t, folded) for t in d.texts))
            ]
            if agreeing:
                pieces = (*known.about, *(p for d in agreeing for p in d.about))
                score = weights.best_cover(pieces, d_content, DISAGREE_KNOWN)
                if score:
                    note = "agrees with the claim of source " + ", ".join(
                        d.source for d in agreeing
                    )
                    match = self._match(
                        MatchKind.DISAGREEMENT, known, score, script, note, agreeing[0].label
                    )
                    disagreements.append((0, match))
                    continue
            others = families.get(known.family, frozenset()) - known.keys - known.mentions
            if others:
                score = weights.best_cover(known.about, d_content, DISAGREE_OTHER)
                if score:
                    match = self._match(MatchKind.DISAGREEMENT, known, score, script)
                    disagreements.append((1, match))
                    continue
            if alike < DISAGREE_CONTEXT or keys & known.mentions:
                # a name the fact's own statement has (not as its answer) is no other answer
                continue
            if (
                _family(answer) == _family(known.fact.answer)
                or answer.kind == known.fact.answer.kind
            ):
                disagreements.append((1, self._match(MatchKind.DISAGREEMENT, known, alike, script)))
        repeats.sort(key=lambda m: -m.score)
        disagreements.sort(key=lambda p: (p[0], -p[1].score))
        return repeats[:MAX_REPEATS], [m for _, m in disagreements[:MAX_MATCHES]]

    @staticmethod
    def _match(
        kind: MatchKind,
        known: _Known,
        score: float,
        script: str,
        note: str = "",
        agrees_with: str = "",
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
            agrees_with=view.any_text(agrees_with) if agrees_with else "",
        )


def _vocabulary(known: _Known) -> frozenset[str]:
    """Every token any comparison of :meth:`FactIndex.compare` looks at for this fact."""
    return frozenset().union(
        known.plain,
        known.context,
        known.question,
        *known.about,
        *(part for d in known.disputes for part in d.about),
    )


def _least_shared(known: _Known, max_weight: float) -> int:
    """A lower bound of the tokens a draft must share with ``known`` for any match:
    an overlap ratio r of a set of n tokens (containment >= r, or dice >= r) needs at
    least ceil(r/2 * n) shared; a weighted cover needs MIN_SHARED_WEIGHT of shared weight."""
    ratio = min(DUPLICATE_SAME_ANSWER, DISAGREE_CONTEXT * 0.9) / 2
    sizes = [len(s) for s in (known.plain, known.context, known.question) if s]
    by_overlap = math.ceil(ratio * min(sizes)) if sizes else 1
    return max(1, min(by_overlap, _least_cover(max_weight)))


def _least_cover(max_weight: float) -> int:
    """The fewest shared tokens that can weigh MIN_SHARED_WEIGHT."""
    return max(1, math.ceil(MIN_SHARED_WEIGHT / max_weight)) if max_weight > 0 else 1


def _states(norm_plain: str, folded: str, known: _Known) -> bool:
    """Does the draft's sentence state the fact's answer?"""
    answer = known.fact.answer
    if answer.kind is AnswerKind.YEAR:
        return str(answer.value) in norm_plain
    if answer.kind is AnswerKind.DATE:
        return str(answer.value)[:4] in norm_plain
    if answer.kind is AnswerKind.NUMBER:
        return states_number(norm_plain, float(answer.value))
    return any(_text_in(t, folded) for t in known.texts)
