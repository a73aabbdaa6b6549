"""What every generated question must satisfy, checked on what the reader sees."""

from __future__ import annotations

import itertools
import random

import opencc

from studyapp.core.deck.faces import BLANK
from studyapp.core.deck.model import Deck, Script
from studyapp.core.deck.textfold import fold
from studyapp.core.deck.view import DeckView
from studyapp.core.questions import Question, QuestionType, accepts, make_question

_T2S = opencc.OpenCC("t2s.json")
_S2T = opencc.OpenCC("s2tw.json")
# s2tw rewrites these, but Taiwan's own usage has both forms (同台 / 同臺, 了解 / 瞭解, ...).
_BOTH_TRADITIONAL = {("台", "臺"), ("了", "瞭"), ("布", "佈"), ("占", "佔"), ("於", "于")}

ACCORDING = {"hant": "根據〈", "hans": "根据〈"}


def shown_texts(q: Question) -> list[str]:
    """Every text the reader sees (not ``accept``, which lists both scripts on purpose)."""
    texts = [q.prompt, q.answer, *q.options, *q.left, *q.right, *q.items, q.according_to]
    e = q.explanation
    texts += [*e.statements, *e.sources]
    for c in e.claims:
        texts += [c.label, c.answer, c.statement, c.note]
    return [t for t in texts if t]


def in_script(text: str, script: Script) -> bool:
    if script == "hans":
        return bool(_T2S.convert(text) == text)
    converted = _S2T.convert(text)
    if len(converted) != len(text):
        return False
    changed = {(a, b) for a, b in zip(text, converted, strict=True) if a != b}
    return changed <= _BOTH_TRADITIONAL


_ACCEPT: dict[tuple[int, str, str], tuple[Deck, tuple[str, ...]]] = {}


def typed_accept(deck: Deck, fact_id: str, script: Script) -> tuple[str, ...]:
    """The accepted forms of a fact's answer, as its typed question lists them."""
    key = (id(deck), fact_id, script)
    cached = _ACCEPT.get(key)
    if cached is None or cached[0] is not deck:
        cached = _ACCEPT[key] = (deck, _typed_accept(deck, fact_id, script))
    return cached[1]


def _typed_accept(deck: Deck, fact_id: str, script: Script) -> tuple[str, ...]:
    q = make_question(deck, deck.fact(fact_id), QuestionType.TYPED, script, random.Random(0))
    if q is None:  # the question gives the answer away; the cloze accepts the same forms
        q = make_question(deck, deck.fact(fact_id), QuestionType.CLOZE, script, random.Random(0))
    if q is None:  # neither can be asked (a made-up deck): the answer as shown
        return (DeckView(deck, script).fact_answer(deck.fact(fact_id)),)
    return q.accept


def _not_in(needle: str, hay: str) -> bool:
    return fold(needle) not in fold(hay)


def check_question(q: Question, deck: Deck, script: Script) -> None:
    where = f"{q.type.value} {q.fact_ids}: {q.prompt!r}"
    view = DeckView(deck, script)
    facts = [deck.fact(f) for f in q.fact_ids]
    fact = facts[0]
    assert q.script == script and q.deck_id == deck.id and q.topic == fact.topic, where
    assert q.prompt.strip() and q.answer.strip(), where
    # explanation: every fact's statement and its sources; both claims when disputed
    e = q.explanation
    assert e.statements == tuple(view.statement(f) for f in facts), where
    for f in facts:
        for s in f.sources:
            assert view.source_label(s) in e.sources, where
    disputed = [f for f in facts if f.is_disputed]
    if disputed:
        assert len(e.claims) >= 2, where
        assert {s for c in e.claims for s in c.sources} >= {
            *fact.sources,
            *(d.source for d in fact.disputed),
        }
    else:
        assert not e.claims, where
    for text in shown_texts(q):
        assert in_script(text, script), (where, text)
    assert "{{" not in q.prompt and "}}" not in q.prompt, where

    t = q.type
    if t in (QuestionType.FLASHCARD, QuestionType.CLOZE, QuestionType.MCQ, QuestionType.TYPED):
        assert len(facts) == 1, where
        assert _not_in(q.answer, q.prompt), where
        if fact.is_disputed:
            assert q.according_to and q.prompt.startswith(ACCORDING[script]), where
            assert q.according_to in q.prompt, where
    if t is QuestionType.TRUEFALSE:
        assert not fact.is_disputed, where
        assert q.truth is not None and q.check(q.truth) and not q.check(not q.truth), where
        if q.truth:
            assert q.prompt == view.statement(fact), where
        else:
            assert fold(q.prompt) != fold(view.statement(fact)), where
    elif t is QuestionType.MCQ:
        assert len(q.options) == 4 and 0 <= q.correct < 4, where
        assert q.options[q.correct] == q.answer, where
        assert len({fold(o) for o in q.options}) == 4, where
        accept = typed_accept(deck, fact.id, script)
        right = [i for i, o in enumerate(q.options) if accepts(o, accept)]
        assert right == [q.correct], (where, q.options)
        for d in fact.disputed:  # the other source's claim is never a wrong option
            other = view.answer(d.answer)
            assert all(fold(o) != fold(other) for o in q.options), where
        assert q.check(q.correct) and not q.check((q.correct + 1) % 4), where
    elif t in (QuestionType.TYPED, QuestionType.CLOZE):
        assert q.accept and accepts(q.answer, q.accept), where
        assert q.check(q.answer) and not q.check(""), where
        for d in fact.disputed:  # typed accepts only the claim of the source it follows
            assert not accepts(view.answer(d.answer), q.accept), where
        if t is QuestionType.CLOZE:
            assert q.prompt.count(BLANK) == 1, where
            shown = q.prompt.replace(BLANK, q.answer)
            assert shown.endswith(view.statement(fact)), where
    elif t is QuestionType.FLASHCARD:
        assert q.check(True) and not q.check(False), where
    elif t is QuestionType.MATCHING:
        n = len(q.left)
        assert 4 <= n <= 6 and len(q.right) == n == len(q.pairing) == len(facts), where
        assert sorted(q.pairing) == list(range(n)), where
        assert len({fold(x) for x in q.left}) == n and len({fold(x) for x in q.right}) == n
        assert not any(f.is_disputed for f in facts), where
        topics = {f.topic for f in facts}
        assert len(topics) == 1 or view.text(deck.title) in q.prompt, where
        for i, f in enumerate(facts):
            accept = typed_accept(deck, f.id, script)
            right = [j for j, r in enumerate(q.right) if accepts(r, accept)]
            assert right == [q.pairing[i]], (where, i)
            assert all(_not_in(r, q.left[k]) for r in q.right for k in range(n)), where
        assert q.check(q.pairing), where
    elif t is QuestionType.ORDERING:
        n = len(q.items)
        assert 4 <= n <= 5 and len(q.order) == n == len(q.item_dates) == len(facts), where
        assert sorted(q.order) == list(range(n)), where
        assert len({fold(x) for x in q.items}) == n, where
        assert not any(f.is_disputed for f in facts), where
        dates = [q.item_dates[i] for i in q.order]
        keys = [_date_tuple(d) for d in dates]
        assert all(a < b for a, b in itertools.pairwise(keys)), (where, dates)
        years = {d[:4] for d in q.item_dates}
        assert all(y not in item for item in q.items for y in years), where
        assert q.check(q.order) and q.order != tuple(range(n)), where


def _date_tuple(text: str) -> tuple[int, ...]:
    return tuple(
        int(p) for p in text.replace("年", " ").replace("月", " ").replace("日", " ").split()
    )
