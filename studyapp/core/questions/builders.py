"""One question of a given type from a fact (or, for matching and ordering, a few).

Each builder returns ``None`` when the fact cannot give a good question of
that type: a disputed fact is never a true/false statement, a question whose
prompt already contains its answer is not asked, an MCQ needs three fair
wrong options, matching and ordering need four facts that fit together.

A disputed fact asked as a flashcard, cloze, MCQ or typed question follows one
article's claim, either article's (chosen by the seed), and says whose
(「根據〈title〉，…」, ``according_to``, the title as the article wrote it); its
answer is that article's claim, its wrong options and accepted answers never
include another article's; its explanation shows every claim with its source.

A false statement comes only from a fair wrong option (see ``distractors``) or,
where the deck lists them, only from the fact's ``untrue`` wordings (an empty
list: never true/false); a fact without one is not asked as true/false. Ordering
takes only facts the deck marks as events (``event``: a short label of what
happened). A reverse flashcard is made only when its answer points at that one fact.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Collection, Iterator, Sequence
from typing import TypeVar

from studyapp.core.deck.answers import date_key, date_text, dates_comparable
from studyapp.core.deck.claims import Claim, fact_claims
from studyapp.core.deck.faces import BLANK
from studyapp.core.deck.model import (
    AnswerKind,
    Deck,
    EntityId,
    EntityType,
    Fact,
    Script,
    split_span,
)
from studyapp.core.deck.view import DeckView
from studyapp.core.questions.distractors import distractors
from studyapp.core.questions.grading import answer_key
from studyapp.core.questions.index import (
    DeckIndex,
    index_for,
)
from studyapp.core.questions.model import Explanation, Question, QuestionType

FactFilter = Callable[[Fact], bool]
T = TypeVar("T")

# Templates, written in Traditional characters and converted for the reader.
_ACCORDING = "根據〈{titles}〉，"
_ACCORDING_CLOZE = "根據〈{titles}〉："
_TITLE_SEP = "〉、〈"
# a reverse card (never of a person: "what did Daniela do or say?" fits all she did)
_REVERSE = "在「{topic}」這部分，{{name}}和哪件事有關？"
_MATCHING = "「{scope}」：請把左欄的每一項配上右欄的答案。"
_ORDERING = "請把下列事情按發生的先後排列，最早的在前。"
_TRUE = "正確"
_FALSE = "錯誤"

MCQ_OPTIONS = 4
REVERSE_SHARE = 0.35


_CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _kind(ch: str) -> str:
    if ch.isascii() and ch.isalnum():
        return "latin"
    return "cjk" if _CJK_RE.match(ch) else "other"


def _splice(before: str, middle: str, after: str) -> str:
    """``before + middle + after`` spaced as the decks write: a space between
    Latin letters or digits and Chinese characters, none between two Chinese ones."""
    if not middle:
        return before + after
    left = before.rstrip(" ")
    if left and {_kind(left[-1]), _kind(middle[0])} == {"latin", "cjk"}:
        before = left + " "
    elif left and _kind(left[-1]) == _kind(middle[0]) == "cjk":
        before = left
    right = after.lstrip(" ")
    if right and {_kind(middle[-1]), _kind(right[0])} == {"latin", "cjk"}:
        after = " " + right
    elif right and _kind(middle[-1]) == _kind(right[0]) == "cjk":
        after = right
    return before + middle + after


def _t(view: DeckView, template: str) -> str:
    return view.converter.convert(template, "hant", view.script)


def _fresh_first(
    items: Iterator[Fact], avoid: Collection[str], allowed: FactFilter | None
) -> Iterator[Fact]:
    """Allowed facts, those not in ``avoid`` first."""
    later: list[Fact] = []
    for fact in items:
        if allowed is not None and not allowed(fact):
            continue
        if fact.id in avoid:
            later.append(fact)
        else:
            yield fact
    yield from later


def _draw(rng: random.Random, pool: Sequence[T], sample: int = 40) -> Iterator[T]:
    n = len(pool)
    if n <= sample:
        order = list(pool)
        rng.shuffle(order)
        yield from order
        return
    picked = rng.sample(range(n), sample)
    yield from (pool[i] for i in picked)
    seen = set(picked)
    rest = [pool[i] for i in range(n) if i not in seen]
    rng.shuffle(rest)
    yield from rest


def question_id(qtype: QuestionType, deck: Deck, facts: Sequence[Fact], seed: int) -> str:
    return f"{qtype.value}:{deck.id}:{'+'.join(f.id for f in facts)}:{seed}"


# -- shared pieces -------------------------------------------------------------
def explanation(index: DeckIndex, view: DeckView, facts: Sequence[Fact]) -> Explanation:
    """Each fact's statement (a disputed fact asked on one side: that side's) and
    sources; every claim of a disputed fact, as the deck records them."""
    sources = dict.fromkeys(view.source_label(s) for f in facts for s in f.sources)
    claims: list[Claim] = []
    for fact in facts:
        if not fact.is_disputed:
            continue
        recorded = index.deck.fact(fact.id) if index.deck.has_fact(fact.id) else fact
        claims += fact_claims(view, recorded)
        for s in (*recorded.sources, *(d.source for d in recorded.disputed)):
            sources.setdefault(view.source_label(s), None)
    return Explanation(
        statements=tuple(view.statement(f) for f in facts),
        sources=tuple(sources),
        claims=tuple(claims),
    )


def _according(index: DeckIndex, view: DeckView, fact: Fact, template: str) -> tuple[str, str, str]:
    """``(prefix shown, prefix raw, according_to)``; empty for an undisputed fact."""
    if not fact.is_disputed:
        return "", "", ""
    titles = [index.deck.sources[s].title for s in fact.sources]  # as the article wrote it
    prefix = _t(view, template).format(titles=_t(view, _TITLE_SEP).join(titles))
    raw = template.format(titles=_TITLE_SEP.join(titles))
    return prefix, raw, "、".join(titles)


def _answer_forms_shown(index: DeckIndex, fact: Fact) -> list[str]:
    """The wordings of the answer a prompt must not contain."""
    forms = [index.display_raw(fact.answer)]
    if fact.span:
        forms.append(fact.span)
    if fact.answer.kind is AnswerKind.ENTITY:
        forms += [n for n in index.entity_forms(str(fact.answer.value)) if len(n) >= 2]
    return forms


def gives_away(index: DeckIndex, fact: Fact, prompt_raw: str) -> bool:
    return any(index.contains(prompt_raw, form) for form in _answer_forms_shown(index, fact))


def _base(
    qtype: QuestionType,
    index: DeckIndex,
    view: DeckView,
    facts: Sequence[Fact],
    seed: int,
) -> dict[str, object]:
    return {
        "id": question_id(qtype, index.deck, facts, seed),
        "type": qtype,
        "deck_id": index.deck.id,
        "fact_ids": tuple(f.id for f in facts),
        "topic": facts[0].topic,
        "script": view.script,
        "explanation": explanation(index, view, facts),
    }


# -- single-fact types -----------------------------------------------------------
def _flashcard(
    index: DeckIndex, view: DeckView, fact: Fact, rng: random.Random, seed: int
) -> Question | None:
    if rng.random() < REVERSE_SHARE and reversible(index, fact):
        entity = index.deck.entities[EntityId(str(fact.answer.value))]
        head, tail = _t(view, _REVERSE).format(topic=view.topic_title(fact.topic)).split("{name}")
        prompt = _splice(head, view.text(entity.name), tail)
        return Question(
            prompt=prompt,
            answer=view.statement(fact),
            **_base(QuestionType.FLASHCARD, index, view, [fact], seed),  # type: ignore[arg-type]
        )
    prefix, prefix_raw, according = _according(index, view, fact, _ACCORDING)
    if gives_away(index, fact, prefix_raw + fact.question):
        return None
    return Question(
        prompt=prefix + view.question(fact),
        answer=view.text(index.display_raw(fact.answer)),
        according_to=according,
        follows=fact.sources if according else (),
        **_base(QuestionType.FLASHCARD, index, view, [fact], seed),  # type: ignore[arg-type]
    )


def reversible(index: DeckIndex, fact: Fact) -> bool:
    """Whether "X 和哪件事有關？" has this fact as its one answer: an undisputed
    fact whose entity answer no other fact of its topic names or answers, and
    whose statement says more than the entity's name."""
    if fact.is_disputed or fact.answer.kind is not AnswerKind.ENTITY:
        return False
    if _a_person(index, fact):
        return False  # "what did Daniela do or say?": a learner cannot tell which of her deeds
    return len(index.facts_naming(fact.topic, str(fact.answer.value))) == 1 and (
        _says_more(index, fact)
    )


_NAMING_RE = re.compile(r"(稱為|叫做|叫作|名為|稱作|称为|名为|称作)\s*$")


def _says_more(index: DeckIndex, fact: Fact) -> bool:
    before, _span, after = split_span(fact.statement)
    if _NAMING_RE.search(before.rstrip("「『《〈 ")):
        return False  # "this method was later called {{X}}": the back would only name it
    return len(index.folded(before + after)) >= 8


# A quote longer than this is not blanked: nobody recalls a quote word for word
# (an independent reader rejected 「你太狂妄了」 typed from memory as too exacting).
CLOZE_QUOTE_MAX = 4
# A typed answer is a name, a number, a date or a short term: a longer text has
# wordings the grader cannot all know, and a quote is recalled by its sense.
TYPED_TEXT_MAX = 8


# 在/於/于 before a blank asks "where" as well as "when"
_PLACE_OR_TIME_RE = re.compile(r"(?:在|於|于)\s*$")
WHEN_CUE = "（時間）"
_WITHIN_RE = re.compile(r"\s*(?:之|以)?[內内]")


def _cloze(
    index: DeckIndex, view: DeckView, fact: Fact, rng: random.Random, seed: int
) -> Question | None:
    before, span, after = split_span(fact.statement)
    if not span:
        return None
    kind = fact.answer.kind
    if kind is AnswerKind.QUOTE and len(index.folded(span)) > CLOZE_QUOTE_MAX:
        return None
    if kind is AnswerKind.TEXT and len(index.folded(span)) > TYPED_TEXT_MAX:
        return None  # a long wording blanked is a wording to recall, as when typed
    prefix, prefix_raw, according = _according(index, view, fact, _ACCORDING_CLOZE)
    if gives_away(index, fact, prefix_raw + before + "\n" + after):
        return None
    cue = ""
    if _PLACE_OR_TIME_RE.search(before) and (
        (kind in (AnswerKind.YEAR, AnswerKind.DATE) and after.lstrip()[:1] not in "年月日")
        or (kind is not AnswerKind.ENTITY and _WITHIN_RE.match(after))  # 在［…］內: a span
    ):
        cue = _t(view, WHEN_CUE)  # 「在［…］發布」 reads as a place as well as a time
    return Question(
        prompt=f"{prefix}{view.text(before)}{BLANK}{cue}{view.text(after)}",
        answer=view.text(span),
        accept=index.accept_list(fact, view.script),
        according_to=according,
        follows=fact.sources if according else (),
        **_base(QuestionType.CLOZE, index, view, [fact], seed),  # type: ignore[arg-type]
    )


def _typed(
    index: DeckIndex, view: DeckView, fact: Fact, rng: random.Random, seed: int
) -> Question | None:
    kind = fact.answer.kind
    if kind is AnswerKind.QUOTE or (
        kind in (AnswerKind.TEXT, AnswerKind.ENTITY)
        and not _a_person(index, fact)
        and len(index.folded(index.display_raw(fact.answer))) > TYPED_TEXT_MAX
    ):
        return None  # 基於人類回饋的強化學習 typed from memory: a wording, not a name
    prefix, prefix_raw, according = _according(index, view, fact, _ACCORDING)
    if gives_away(index, fact, prefix_raw + fact.question):
        return None
    return Question(
        prompt=prefix + view.question(fact),
        answer=view.text(index.display_raw(fact.answer)),
        accept=index.accept_list(fact, view.script),
        according_to=according,
        follows=fact.sources if according else (),
        **_base(QuestionType.TYPED, index, view, [fact], seed),  # type: ignore[arg-type]
    )


def _a_person(index: DeckIndex, fact: Fact) -> bool:
    if fact.answer.kind is not AnswerKind.ENTITY:
        return False
    entity = index.deck.entities.get(EntityId(str(fact.answer.value)))
    return entity is not None and entity.type is EntityType.PERSON


def _distinct_shown(options: Sequence[str]) -> bool:
    keys = [answer_key(o) for o in options]
    return all(keys) and len(set(keys)) == len(keys)


def _mcq(
    index: DeckIndex, view: DeckView, fact: Fact, rng: random.Random, seed: int
) -> Question | None:
    prefix, prefix_raw, according = _according(index, view, fact, _ACCORDING)
    prompt_raw = prefix_raw + fact.question
    if gives_away(index, fact, prompt_raw):
        return None
    wrong = distractors(index, fact, rng, MCQ_OPTIONS - 1, prompt_raw=prompt_raw)
    if len(wrong) < MCQ_OPTIONS - 1:
        return None
    # an approximate number is shown as the statement says it, like its authored wrong options
    shown_raw = fact.span if fact.answer.approx is not None else index.display_raw(fact.answer)
    answer = view.text(shown_raw)
    options = [answer, *(view.text(w) for w in wrong)]
    if not _distinct_shown(options):
        return None
    order = list(range(len(options)))
    rng.shuffle(order)
    shown = tuple(options[i] for i in order)
    return Question(
        prompt=prefix + view.question(fact),
        answer=answer,
        options=shown,
        correct=order.index(0),
        according_to=according,
        follows=fact.sources if according else (),
        **_base(QuestionType.MCQ, index, view, [fact], seed),  # type: ignore[arg-type]
    )


def _false_span(index: DeckIndex, fact: Fact, wrong: str) -> str:
    """The wrong answer written the way the statement writes its span."""
    span = fact.span
    answer = fact.answer
    if wrong in answer.wrong or wrong in (answer.untrue or ()):
        return wrong  # the deck's authors wrote it as the span would say it
    if answer.kind is AnswerKind.YEAR and str(answer.value) in span:
        return span.replace(str(answer.value), wrong)
    if answer.kind is AnswerKind.NUMBER:
        value = float(answer.value)
        wrong_number = wrong.removesuffix(answer.unit)
        wrong_value = float(wrong_number.replace(",", ""))
        written = [f"{int(value):,}", str(int(value))] if value.is_integer() else [f"{value:g}"]
        for form in written:
            if form in span:
                with_commas = "," in form and wrong_value.is_integer()
                number = f"{int(wrong_value):,}" if with_commas else _plain(wrong_value)
                return span.replace(form, number, 1)
        if answer.unit and re.search(r"\d\s", span):  # "5 年半": the deck spaces its units
            return f"{wrong_number} {answer.unit}"
    return wrong


def _plain(value: float) -> str:
    return str(int(value)) if value.is_integer() else f"{value:g}"


def _untrue_options(index: DeckIndex, fact: Fact, rng: random.Random) -> list[str]:
    """What may take the span's place in a false statement: the deck's own ``untrue``
    wordings where it gives them (none: never true/false), else fair wrong options."""
    untrue = fact.answer.untrue
    if untrue is not None:
        return rng.sample(untrue, len(untrue))
    return distractors(index, fact, rng, 3, prompt_raw=fact.statement, strict=True)


def _truefalse(
    index: DeckIndex, view: DeckView, fact: Fact, rng: random.Random, seed: int
) -> Question | None:
    if fact.is_disputed:
        return None  # a disputed claim is never presented as simply true or false
    truth = rng.random() < 0.5
    before, span, after = split_span(fact.statement)
    if not span:
        return None
    # only a fact that can be false is asked: a statement that is always true teaches
    # the reader to answer "true" without reading
    falses = [
        false
        for w in _untrue_options(index, fact, rng)
        if not index.is_claim(false := _splice(before, _false_span(index, fact, w), after))
    ]
    if not falses:
        return None
    shown_raw = before + span + after
    if not truth:
        shown_raw = falses[0]
    return Question(
        prompt=view.text(shown_raw),
        answer=_t(view, _TRUE if truth else _FALSE),
        truth=truth,
        **_base(QuestionType.TRUEFALSE, index, view, [fact], seed),  # type: ignore[arg-type]
    )


_SINGLE: dict[
    QuestionType,
    Callable[[DeckIndex, DeckView, Fact, random.Random, int], Question | None],
] = {
    QuestionType.FLASHCARD: _flashcard,
    QuestionType.CLOZE: _cloze,
    QuestionType.MCQ: _mcq,
    QuestionType.TRUEFALSE: _truefalse,
    QuestionType.TYPED: _typed,
}


# -- multi-fact types --------------------------------------------------------------
def label(fact: Fact) -> str:
    """What a fact is about, without its answer: the gist, else the question."""
    return fact.gist or fact.question


def _shuffled(rng: random.Random, n: int) -> list[int]:
    """A random order of ``range(n)`` that is not the identity (for n > 1)."""
    order = list(range(n))
    for _ in range(8):
        rng.shuffle(order)
        if n < 2 or order != sorted(order):
            break
    else:
        order = order[1:] + order[:1]
    return order


def matching_kind(index: DeckIndex, fact: Fact) -> str:
    """The kind of a fact's answer, as a matching question keeps them apart.

    A matching set has at most one answer of each kind. A label is short and
    says less than the question: "Chris's former colleague" fits every
    co-founder who worked with Chris, "where Dario did research" fits Baidu as
    well as Google Brain, "how long the change took" fits 4 months as well as 6,
    and two wordings can mean the same (傲慢, 「你太狂妄了」). With one person, one
    organisation, one work, one time, one number and one wording per set, each
    label has exactly one answer that can be its own.
    """
    answer = fact.answer
    if answer.kind is AnswerKind.ENTITY:  # by type: Baidu and Google Brain both "where he worked"
        entity = index.deck.entities.get(EntityId(str(answer.value)))
        return "entity:" + (entity.type.value if entity else "")
    if answer.kind in (AnswerKind.YEAR, AnswerKind.DATE):
        return "time"
    if answer.kind is AnswerKind.NUMBER:
        return "number"
    return "words"  # texts and quotes: meanings overlap across wordings


def shows_answer(index: DeckIndex, fact: Fact, text_raw: str) -> bool:
    """Whether ``text_raw`` names ``fact``'s answer: a wording of it, a name of its
    entity, or its number by value (七人 shows 7 位)."""
    if gives_away(index, fact, text_raw):
        return True
    if fact.answer.kind is not AnswerKind.NUMBER:
        return False
    folded = index.folded(text_raw)
    values = _NUMBER_KEY_RE.findall(index.folded(index.display_raw(fact.answer)))
    return any(v in folded for v in values)


_NUMBER_KEY_RE = re.compile(r"#[^#]+#")  # a number as folding writes it


def _fits_pairs(index: DeckIndex, chosen: list[Fact], fact: Fact, scope_raw: str = "") -> bool:
    """``fact`` can join the pairs ``chosen``: an answer of another kind, and no
    label, nor the heading ``scope_raw``, that shows another pair's answer (a
    heading 向上競賽 answers the pair asking for the strategy's name)."""
    kind = matching_kind(index, fact)
    if any(matching_kind(index, other) == kind for other in chosen):
        return False
    left = index.folded(label(fact))
    right_keys = index.keys(index.display_raw(fact.answer))
    accepted = index.accepted_keys(fact)
    for other in chosen:
        other_right = index.display_raw(other.answer)
        if index.folded(label(other)) == left:
            return False
        if right_keys & index.accepted_keys(other) or accepted & index.keys(other_right):
            return False
        if shows_answer(index, fact, label(other)) or shows_answer(index, other, label(fact)):
            return False
    return not shows_answer(index, fact, label(fact)) and not (
        scope_raw and shows_answer(index, fact, scope_raw)
    )


def _pick_pairs(
    index: DeckIndex,
    anchor: Fact,
    pool: Sequence[Fact],
    want: int,
    rng: random.Random,
    allowed: FactFilter | None,
    avoid: Collection[str],
    scope_raw: str,
) -> list[Fact]:
    if not _fits_pairs(index, [], anchor, scope_raw):
        return []
    chosen = [anchor]
    for fact in _fresh_first(_draw(rng, pool), avoid, allowed):
        if len(chosen) >= want:
            break
        if fact.id == anchor.id:
            continue
        if _fits_pairs(index, chosen, fact, scope_raw):
            chosen.append(fact)
    return chosen


def _matching(
    index: DeckIndex,
    view: DeckView,
    anchor: Fact,
    rng: random.Random,
    seed: int,
    allowed: FactFilter | None,
    avoid: Collection[str],
) -> Question | None:
    if anchor.is_disputed or not _fits_pairs(index, [], anchor):
        return None
    want = rng.randint(4, 6)
    # one answer of each kind (matching_kind): from the anchor's topic, else the deck
    topic = index.deck.topics.get(anchor.topic)
    scopes: list[tuple[Sequence[Fact], str]] = [
        (index.undisputed_in_topic.get(anchor.topic, []), topic.title if topic else ""),
        (index.undisputed, index.deck.title),
    ]
    picked = next(
        (
            (chosen, view.text(scope_raw))
            for pool, scope_raw in scopes
            if len(chosen := _pick_pairs(index, anchor, pool, want, rng, allowed, avoid, scope_raw))
            >= 4
        ),
        None,
    )
    if picked is None:
        return None
    chosen, scope = picked
    lefts = tuple(view.text(label(f)) for f in chosen)
    answers = [view.text(index.display_raw(f.answer)) for f in chosen]
    if not _distinct_shown(answers) or not _distinct_shown(lefts):
        return None
    order = _shuffled(rng, len(chosen))  # right[i] = answers[order[i]]
    right = tuple(answers[i] for i in order)
    pairing = tuple(order.index(i) for i in range(len(chosen)))
    return Question(
        prompt=_t(view, _MATCHING).format(scope=scope),
        answer="\n".join(f"{lft} — {ans}" for lft, ans in zip(lefts, answers, strict=True)),
        left=lefts,
        right=right,
        pairing=pairing,
        **_base(QuestionType.MATCHING, index, view, chosen, seed),  # type: ignore[arg-type]
    )


def _ordering(
    index: DeckIndex,
    view: DeckView,
    anchor: Fact,
    rng: random.Random,
    seed: int,
    allowed: FactFilter | None,
    avoid: Collection[str],
) -> Question | None:
    first = date_key(anchor.answer)
    if first is None or anchor.is_disputed or not anchor.event:
        return None
    want = rng.randint(4, 5)
    chosen = [anchor]
    keys = [first]
    for pool in (index.dated_in_topic.get(anchor.topic, []), index.dated):
        for fact in _fresh_first(_draw(rng, pool), avoid, allowed):
            if len(chosen) >= want:
                break
            key = date_key(fact.answer)
            if key is None or any(f.id == fact.id for f in chosen):
                continue
            if not all(dates_comparable(key, k) for k in keys):
                continue
            text = fact.event
            if any(index.folded(text) == index.folded(f.event) for f in chosen):
                continue
            years = [str(k[0]) for k in (*keys, key)]
            if any(index.contains(f.event, y) for f in (*chosen, fact) for y in years):
                continue
            chosen.append(fact)
            keys.append(key)
    if len(chosen) < 4:
        return None
    by_date = sorted(range(len(chosen)), key=lambda i: keys[i])
    facts = [chosen[i] for i in by_date]
    dates = [keys[i] for i in by_date]
    labels = [view.text(f.event) for f in facts]
    if not _distinct_shown(labels):
        return None
    shown = _shuffled(rng, len(facts))  # items[i] = labels[shown[i]]
    return Question(
        prompt=_t(view, _ORDERING),
        answer=" → ".join(labels),
        items=tuple(labels[i] for i in shown),
        order=tuple(shown.index(rank) for rank in range(len(facts))),
        item_dates=tuple(date_text(dates[i]) for i in shown),
        **_base(QuestionType.ORDERING, index, view, facts, seed),  # type: ignore[arg-type]
    )


def make_question(
    deck: Deck,
    fact: Fact,
    qtype: QuestionType,
    script: Script,
    rng: random.Random,
    *,
    seed: int = 0,
    allowed: FactFilter | None = None,
    avoid: Collection[str] = (),
) -> Question | None:
    """A question of type ``qtype`` about ``fact``, or ``None`` if it would not be a good one.

    For matching and ordering, ``fact`` is the first of the facts; the others
    come from its topic (else the deck), must pass ``allowed`` and are taken
    from ``avoid`` (fact ids) only when there are not enough others.
    """
    qtype = QuestionType(qtype)  # "mcq" works as well as QuestionType.MCQ
    index = index_for(deck)
    view = index.view(script)
    if qtype is QuestionType.MATCHING:
        return _matching(index, view, fact, rng, seed, allowed, avoid)
    if qtype is QuestionType.ORDERING:
        return _ordering(index, view, fact, rng, seed, allowed, avoid)
    if fact.is_disputed and qtype is not QuestionType.TRUEFALSE:
        # either article's claim: the fact's own (0) or a dispute's (1, …)
        side = rng.randrange(1 + len(fact.disputed))
        if side:
            fact = index.side(fact, side - 1)
    return _SINGLE[qtype](index, view, fact, rng, seed)
