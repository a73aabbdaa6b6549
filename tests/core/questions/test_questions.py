"""Every question of every type, from every fact of both decks, is well formed."""

from __future__ import annotations

import random
import re
from typing import Any

import pytest

from studyapp.core.deck.model import Deck, Script
from studyapp.core.questions import Question, QuestionType, make_question

from .invariants import check_question

SINGLE = [QuestionType.FLASHCARD, QuestionType.CLOZE, QuestionType.MCQ, QuestionType.TRUEFALSE,
          QuestionType.TYPED]  # fmt: skip
SCRIPTS: list[Script] = ["hant", "hans"]


def _all(deck: Deck, qtype: QuestionType, script: Script, seeds: range) -> list[Question]:
    out = []
    for seed in seeds:
        for fact in deck.facts:
            q = make_question(deck, fact, qtype, script, random.Random(seed), seed=seed)
            if q is not None:
                out.append(q)
    return out


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("qtype", list(QuestionType))
def test_every_fact_every_type_is_well_formed(
    deck: Deck, qtype: QuestionType, script: Script
) -> None:
    questions = _all(deck, qtype, script, range(3))
    assert questions
    for q in questions:
        check_question(q, deck, script)


@pytest.mark.parametrize("qtype", SINGLE)
def test_most_facts_give_each_single_fact_type(builtin_deck: Deck, qtype: QuestionType) -> None:
    made = {q.fact_ids[0] for q in _all(builtin_deck, qtype, "hant", range(1))}
    undisputed = sum(1 for f in builtin_deck.facts if not f.is_disputed)
    # multiple choice and true/false need fair wrong options, which not every fact has
    # (where the question's own wording leaves one sensible option, or a wrong option
    # would make a false statement nonsensical or true after all, the deck gives none:
    # no ``wrong``, ``untrue: []``); a quote or a long text is not typed, and a quote
    # over four characters not blanked
    floor = {
        QuestionType.MCQ: 0.75,
        QuestionType.TRUEFALSE: 0.75,
        QuestionType.TYPED: 0.85,
        QuestionType.CLOZE: 0.9,
    }.get(qtype, 0.95)
    total = undisputed if qtype is QuestionType.TRUEFALSE else len(builtin_deck.facts)
    assert len(made) >= floor * total


def test_disputed_facts_are_never_true_or_false(builtin_deck: Deck) -> None:
    for fact in builtin_deck.facts:
        q = make_question(builtin_deck, fact, QuestionType.TRUEFALSE, "hant", random.Random(0))
        assert q is None or not fact.is_disputed


def test_a_disputed_question_names_its_source_and_the_explanation_both_claims(
    mini_deck: Deck,
) -> None:
    fact = mini_deck.fact("hesitated")
    for qtype in (QuestionType.MCQ, QuestionType.TYPED, QuestionType.CLOZE):
        q = make_question(mini_deck, fact, qtype, "hant", random.Random(1))
        assert q is not None
        assert q.according_to == "第一篇報導"
        assert q.prompt.startswith("根據〈第一篇報導〉")
        assert [(c.sources, c.answer) for c in q.explanation.claims] == [
            (("s1",), "Carol Chen"),
            (("s2",), "Dan Wu"),
        ]
        assert "Dan Wu" not in q.options
        assert not q.check("Dan Wu") and not q.check("Dan")
        assert q.check(1 if qtype is QuestionType.MCQ else "carol") or qtype is QuestionType.MCQ


def test_truefalse_is_about_half_true(builtin_deck: Deck) -> None:
    truths = [q.truth for q in _all(builtin_deck, QuestionType.TRUEFALSE, "hant", range(4))]
    share = sum(1 for t in truths if t) / len(truths)
    assert 0.4 <= share <= 0.6


# -- hand-written expectations for the small fixture deck -------------------------------------
def _q(deck: Deck, fact_id: str, qtype: QuestionType, script: Script = "hant") -> Question:
    q = make_question(deck, deck.fact(fact_id), qtype, script, random.Random(0))
    assert q is not None
    return q


def test_mini_cloze(mini_deck: Deck) -> None:
    q = _q(mini_deck, "lab-founded", QuestionType.CLOZE)
    assert q.prompt == "頂點實驗室在 ［…］ 年成立。"
    assert q.answer == "2019"
    assert q.check("2019年") and q.check("二〇一九") and not q.check("2020")
    assert q.explanation.statements == ("頂點實驗室在 2019 年成立。",)
    # each title as its article wrote it: the Simplified one is not converted
    assert q.explanation.sources == ("第一篇報導（2024-03-01）", "第二篇报道（2024-03-02）")


def test_mini_typed_accepts_aliases_and_both_scripts(mini_deck: Deck) -> None:
    q = _q(mini_deck, "founder", QuestionType.TYPED, "hans")
    assert q.prompt == "谁创立了顶点实验室？"
    assert q.answer == "Alice Wong"
    for typed in ("Alice Wong", "alice", "黃愛麗", "黄爱丽", "ALICE  WONG"):
        assert q.check(typed), typed
    assert q.check("Wong")  # a surname that points at one person
    assert not q.check("Bob Lee") and not q.check("Lee Wong")


def test_mini_typed_number(mini_deck: Deck) -> None:
    q = _q(mini_deck, "staff", QuestionType.TYPED)
    assert q.answer == "12位"
    assert q.check("12") and q.check("十二位") and q.check("１２") and not q.check("13")


def test_mini_mcq_organization(mini_deck: Deck) -> None:
    q = _q(mini_deck, "funder", QuestionType.MCQ)
    assert q.prompt == "哪個組織資助了實驗室的第一筆研究經費？"
    assert q.options[q.correct] == "新星基金會"
    # funders only (the group the deck gives them), and the wrong option its authors wrote
    assert sorted(q.options) == sorted(["新星基金會", "軌道公司", "三角研究所", "星火基金會"])


def test_mcq_never_offers_someone_the_question_names(builtin_deck: Deck) -> None:
    named = {"a-cai-proposer": {"Jack Clark"}, "a-dario-effect": {"Jared Kaplan", "Chris Olah"}}
    for fact_id, names in named.items():
        for seed in range(10):
            q = make_question(builtin_deck, builtin_deck.fact(fact_id), QuestionType.MCQ, "hant",
                              random.Random(seed))  # fmt: skip
            assert q is not None
            assert not names & set(q.options), q.options


def test_mini_truefalse_false_statement_keeps_the_sentence(mini_deck: Deck) -> None:
    for seed in range(20):
        q = make_question(mini_deck, mini_deck.fact("staff"), QuestionType.TRUEFALSE, "hant",
                          random.Random(seed))  # fmt: skip
        assert q is not None
        if not q.truth:
            assert q.prompt.startswith("成立時共有 ") and q.prompt.endswith(" 位研究員。")
            assert "12" not in q.prompt
            break
    else:
        pytest.fail("no false statement in 20 seeds")


def test_mini_ordering(mini_deck: Deck) -> None:
    q = _q(mini_deck, "lab-founded", QuestionType.ORDERING)
    ordered = [q.items[i] for i in q.order]
    dates = [q.item_dates[i] for i in q.order]
    assert ordered[0] == "頂點實驗室成立"
    assert dates == sorted(dates, key=lambda d: d[:4])
    assert len(set(d[:4] for d in dates)) == len(dates)


def test_mini_matching_pairs_one_answer_of_each_kind(mini_deck: Deck) -> None:
    q = _q(mini_deck, "founder", QuestionType.MATCHING)
    pairs = {q.left[i]: q.right[j] for i, j in enumerate(q.pairing)}
    assert pairs["創立實驗室"] == "Alice Wong"
    # one person only: "wrote the first handbook" must not be able to take Alice too
    assert not {"Bob Lee", "Eve Lin"} & set(pairs.values())
    assert "猶豫了三個月" not in pairs  # disputed: never paired as if settled


# -- rules the deck can lean on: untrue wordings, year ranges, roundings --------------------
_RULES_DECK = """\
studyapp-deck: 1
id: rules
title: 規則
script: hant
sources:
  - {id: s1, title: 一, date: "2024-01-01", url: "https://example.org", script: hant}
topics:
  - {id: tp, title: 主題}
facts:
  - id: never
    topic: tp
    question: 客戶不想要會怎樣的模型？
    answer: {text: 幻覺, wrong: [當機, 延遲, 亂碼], untrue: []}
    statement: 客戶不想要會{{幻覺}}的模型。
    sources: [s1]
  - id: only
    topic: tp
    question: 哪一年說 AI 會很強大會被笑？
    answer: {year: 2014, untrue: ["2024"]}
    statement: 在 {{2014}} 年說 AI 會很強大，會被人笑。
    sources: [s1]
  - id: range
    topic: tp
    question: 成員大多在哪一年到 2017 年之間相識？
    answer: {year: 2014}
    statement: 成員大多在 {{2014}} 至 2017 年間相識。
    sources: [s1]
  - id: range-end
    topic: tp
    question: 成員大多在 2014 年到哪一年之間相識？
    answer: {year: 2017}
    statement: 成員大多在 2014 年到 {{2017}} 年間相識。
    sources: [s1]
  - id: half
    topic: tp
    question: 她在那家公司待了多久？
    answer: {number: 5.5, unit: 年}
    statement: 她在那家公司待了 {{5 年半}}。
    sources: [s1]
"""


@pytest.fixture(scope="module")
def rules_deck() -> Deck:
    from studyapp.core.deck.load import load_deck_text

    return load_deck_text(_RULES_DECK)


def _made(deck: Deck, fact_id: str, qtype: QuestionType, seeds: int = 40) -> list[Question]:
    made = (
        make_question(deck, deck.fact(fact_id), qtype, "hant", random.Random(s), seed=s)
        for s in range(seeds)
    )
    return [q for q in made if q is not None]


def test_untrue_empty_means_never_true_or_false(rules_deck: Deck) -> None:
    assert _made(rules_deck, "never", QuestionType.TRUEFALSE) == []
    assert _made(rules_deck, "never", QuestionType.MCQ)  # its wrong options still serve


def test_untrue_wordings_are_the_only_false_statements(rules_deck: Deck) -> None:
    falses = {q.prompt for q in _made(rules_deck, "only", QuestionType.TRUEFALSE) if not q.truth}
    assert falses == {"在 2024 年說 AI 會很強大，會被人笑。"}
    options = {o for q in _made(rules_deck, "only", QuestionType.MCQ) for o in q.options}
    assert "2013" in options or "2015" in options  # multiple choice keeps its near years


@pytest.mark.parametrize(
    ("fact_id", "fits"), [("range", lambda y: y < 2017), ("range-end", lambda y: y > 2014)]
)
def test_a_year_in_a_range_stays_on_its_side(rules_deck: Deck, fact_id: str, fits: Any) -> None:
    years = {int(o) for q in _made(rules_deck, fact_id, QuestionType.MCQ) for o in q.options}
    falses = [q.prompt for q in _made(rules_deck, fact_id, QuestionType.TRUEFALSE) if not q.truth]
    assert years and falses
    assert all(fits(y) for y in years), years
    for prompt in falses:
        start, end = (int(y) for y in re.findall(r"\d{4}", prompt))
        assert start < end, prompt


def test_a_number_is_never_offered_rounded(rules_deck: Deck) -> None:
    options = {o for q in _made(rules_deck, "half", QuestionType.MCQ) for o in q.options}
    falses = {q.prompt for q in _made(rules_deck, "half", QuestionType.TRUEFALSE) if not q.truth}
    assert options and falses
    assert not {"5年", "6年"} & options, options
    assert not any(re.search(r"待了 [56] 年。", p) for p in falses), falses
