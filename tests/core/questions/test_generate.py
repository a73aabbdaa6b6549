"""Choosing a quiz: deterministic, balanced, restricted, weighted, never too many."""

from __future__ import annotations

import argparse
import io
import json
import random
import re
import time
from collections import Counter
from pathlib import Path

import pytest

from studyapp.commands import generate as generate_command
from studyapp.commands.context import AppContext, CommandError
from studyapp.core.deck.model import AnswerKind, Deck, Fact, Script
from studyapp.core.questions import ALL_TYPES, QuestionType, generate, make_question
from studyapp.core.questions.builders import TYPED_TEXT_MAX

from .invariants import check_question


def _shape(deck: Deck, script: Script, seed: int, count: int = 60) -> list[tuple[object, ...]]:
    return [
        (q.id, q.prompt, q.options, q.correct, q.truth, q.right, q.pairing, q.items, q.order)
        for q in generate([deck], script, count=count, seed=seed)
    ]


@pytest.mark.parametrize("script", ["hant", "hans"])
def test_every_generated_question_is_well_formed(deck: Deck, script: Script) -> None:
    for seed in range(6):
        for q in generate([deck], script, count=120, seed=seed):
            check_question(q, deck, script)


def test_same_seed_same_quiz_other_seed_other_quiz(builtin_deck: Deck) -> None:
    assert _shape(builtin_deck, "hant", 1) == _shape(builtin_deck, "hant", 1)
    assert _shape(builtin_deck, "hant", 1) != _shape(builtin_deck, "hant", 2)


def test_both_scripts_ask_the_same_questions(builtin_deck: Deck) -> None:
    for seed in range(3):
        hant = generate([builtin_deck], "hant", count=80, seed=seed)
        hans = generate([builtin_deck], "hans", count=80, seed=seed)
        assert [(q.id, q.correct, q.truth, q.pairing, q.order) for q in hant] == [
            (q.id, q.correct, q.truth, q.pairing, q.order) for q in hans
        ]


def test_300_questions_of_all_seven_types(builtin_deck: Deck) -> None:
    questions = generate([builtin_deck], "hant", count=300, seed=1)
    assert len(questions) == 300
    assert {q.type for q in questions} == set(ALL_TYPES)
    assert len({q.id for q in questions}) == 300


@pytest.mark.parametrize("count", [0, 1, 7, 50])
def test_never_more_than_count(deck: Deck, count: int) -> None:
    assert len(generate([deck], "hant", count=count, seed=3)) == count


def test_fewer_only_when_the_pool_runs_out(mini_deck: Deck) -> None:
    questions = generate([mini_deck], "hant", count=10_000, seed=0)
    assert 50 <= len(questions) < 10_000
    again = generate([mini_deck], "hant", count=10_000, seed=0, types=[QuestionType.TYPED])
    # every fact but those a typed answer does not suit (quotes, long texts)
    typable = [f.id for f in mini_deck.facts if _typable(f)]
    assert sorted(q.fact_ids[0] for q in again) == sorted(typable)
    assert len(typable) < len(mini_deck.facts)  # (the mini deck has a quote)


def test_balanced_across_types_and_topics(builtin_deck: Deck) -> None:
    questions = generate([builtin_deck], "hant", count=70, seed=5)
    by_type = Counter(q.type for q in questions)
    assert by_type[QuestionType.ORDERING] >= 3  # the deck has few dated facts to order
    del by_type[QuestionType.ORDERING]
    assert max(by_type.values()) - min(by_type.values()) <= 1
    # an ordering question's topic is its earliest event's (1939, in one topic): not counted
    by_topic = Counter(q.topic for q in questions if q.type is not QuestionType.ORDERING)
    assert len(by_topic) == len(builtin_deck.topics)
    assert max(by_topic.values()) <= 2 * min(by_topic.values()) + 2


def test_a_fact_comes_back_only_after_every_fact_was_asked(builtin_deck: Deck) -> None:
    types = [QuestionType.MCQ, QuestionType.TYPED, QuestionType.CLOZE]
    # about 150 facts make one of these types (quotes are neither typed nor long
    # blanks): 140 questions must come from 140 different facts
    questions = generate([builtin_deck], "hant", count=140, seed=2, types=types)
    firsts = [q.fact_ids[0] for q in questions]
    assert len(set(firsts)) == len(firsts)


def test_restricted_to_types_topics_tags_and_facts(builtin_deck: Deck) -> None:
    d = builtin_deck.id
    qs = generate([builtin_deck], "hant", count=40, types=[QuestionType.MCQ], topics={"culture"})
    assert qs and all(q.type is QuestionType.MCQ and q.topic == "culture" for q in qs)
    qs = generate([builtin_deck], "hant", count=40, tags={"year"})
    assert qs and all("year" in builtin_deck.fact(f).tags for q in qs for f in q.fact_ids)
    mistakes = {(d, "a-host"), (d, "a-cp-year"), (d, "a-six-month-hesitation"), ("other", "x")}
    qs = generate([builtin_deck], "hant", count=40, facts=mistakes)
    assert qs and {(d, f) for q in qs for f in q.fact_ids} <= mistakes
    assert generate([builtin_deck], "hant", count=5, topics={"no-such-topic"}) == []


@pytest.mark.parametrize(("weight", "share"), [(1000.0, 0.9), (20.0, 0.5)])
def test_weights_put_weak_facts_first(builtin_deck: Deck, weight: float, share: float) -> None:
    # facts that make both types (a quote or a long text is not typed)
    weak = [f.id for f in builtin_deck.facts[::7] if _typable(f)][:23]
    weights = {(builtin_deck.id, f): weight for f in weak}
    types = [QuestionType.TYPED, QuestionType.FLASHCARD]
    qs = generate([builtin_deck], "hant", count=len(weak), seed=0, weights=weights, types=types)
    assert sum(q.fact_ids[0] in weak for q in qs) >= share * len(weak)
    # without weights, the same facts come up about as often as any others
    qs = generate([builtin_deck], "hant", count=len(weak), seed=0, types=types)
    assert sum(q.fact_ids[0] in weak for q in qs) < 0.5 * len(weak)


def test_several_decks_at_once(mini_deck: Deck, builtin_deck: Deck) -> None:
    qs = generate([mini_deck, builtin_deck], "hans", count=60, seed=4)
    assert {q.deck_id for q in qs} == {"mini", "anthropic-founding"}
    for q in qs:
        check_question(q, mini_deck if q.deck_id == "mini" else builtin_deck, "hans")


def test_a_quiz_from_the_builtin_deck_is_quick(builtin_deck: Deck) -> None:
    generate([builtin_deck], "hant", count=50, seed=0)  # builds the deck's index
    start = time.process_time()
    for seed in range(1, 6):
        generate([builtin_deck], "hant", count=50, seed=seed)
    assert (time.process_time() - start) / 5 < 0.1  # generous: the benchmark has real figures


# -- studyapp generate -------------------------------------------------------------------------
def _run(*argv: str) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser()
    generate_command.add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["generate", *argv])
    out, err = io.StringIO(), io.StringIO()
    code = generate_command.run(args, AppContext(data_dir=Path("/nonexistent"), out=out, err=err))
    return code, out.getvalue(), err.getvalue()


def test_command_json_has_the_issue_shape() -> None:
    code, out, _ = _run("--count", "300", "--seed", "1", "--json")
    assert code == 0
    records = json.loads(out)
    assert len(records) == 300
    assert {r["type"] for r in records} == {t.value for t in QuestionType}
    for r in records:
        assert r["fact_ids"] and r["prompt"] and r["explanation"]["statements"]
        if r["type"] == "mcq":
            assert len(r["options"]) == 4 and r["answer"] in r["options"]
        elif r["type"] == "truefalse":
            assert isinstance(r["answer"], bool)
        elif r["type"] == "ordering":
            assert sorted(r["answer"]) == sorted(r["options"])
        elif r["type"] == "matching":
            assert sorted(p[1] for p in r["answer"]) == sorted(r["options"])
        else:
            assert isinstance(r["answer"], str)
        if r["type"] == "typed":
            assert r["answer"] in r["accept"]
    assert _run("--count", "300", "--seed", "1", "--json")[1] == out
    assert _run("--count", "300", "--seed", "2", "--json")[1] != out


def test_command_simplified_text_and_type_filter() -> None:
    code, out, _ = _run("--count", "12", "--script", "hans", "--types", "mcq,cloze", "--json")
    records = json.loads(out)
    assert code == 0 and {r["type"] for r in records} == {"mcq", "cloze"}
    assert all(r["script"] == "hans" for r in records)
    code, out, _ = _run("--count", "3", "--type", "ordering")
    assert code == 0 and out.count("[ordering]") == 3


def test_command_errors() -> None:
    with pytest.raises(CommandError, match="unknown question type"):
        _run("--types", "essay")
    with pytest.raises(CommandError, match="no deck with id"):
        _run("--deck", "nope")
    with pytest.raises(CommandError, match="no topic"):
        _run("--topic", "nope")


def test_command_text_shows_what_a_typed_answer_may_also_be() -> None:
    code, out, _ = _run("--count", "40", "--seed", "3", "--types", "typed", "--script", "hans")
    assert code == 0
    lines = out.splitlines()
    shown = [lines[i + 2] for i, line in enumerate(lines) if line.startswith("[typed]")
             and i + 2 < len(lines) and lines[i + 2].startswith("    （也接受：")]  # fmt: skip
    assert shown, out
    also = [form for line in shown for form in line.strip()[5:-1].split("、")]
    # each once, in the question's script (the other script's forms are accepted, not shown)
    assert len(also) >= len(shown) and "輝達" not in also and "賀錦麗" not in also
    records = json.loads(_run("--count", "40", "--seed", "3", "--types", "typed", "--script",
                              "hans", "--json")[1])  # fmt: skip
    accepted = {form for r in records for form in r["accept"]}
    assert set(also) <= accepted


def _typable(fact: Fact) -> bool:
    kind = fact.answer.kind
    too_long = kind is AnswerKind.TEXT and len(str(fact.answer.value)) > TYPED_TEXT_MAX
    return kind is not AnswerKind.QUOTE and not too_long


def test_a_long_concept_is_not_typed_but_a_long_name_is(builtin_deck: Deck) -> None:
    """The seventh reader: 基於人類回饋的強化學習 (10 characters) typed from memory is a
    wording; a person's full name (Sam McCandlish) is a name, its short forms accepted."""
    for fact_id, typed in (("a-rlhf-feasible", False), ("a-sam-scaling", True)):
        fact = builtin_deck.fact(fact_id)
        made = [
            make_question(builtin_deck, fact, QuestionType.TYPED, "hant", random.Random(s))
            for s in range(5)
        ]
        assert any(q is not None for q in made) is typed, fact_id


def test_command_text_lists_the_articles_own_wordings(builtin_deck: Deck) -> None:
    """What the third independent reader looked for among the accepted answers: the
    Chinese numerals an article writes (五年半, 六节) and the Traditional article's
    word for a title the Simplified view names the mainland way (产品长)."""
    wanted = {"a-daniela-stripe-years": "五年半", "a-cn-section-count": "六节",
              "b-culture-krieger-role": "产品长", "b-founding-not-plan": "创办一家公司"}  # fmt: skip
    for fact_id, form in wanted.items():
        fact = builtin_deck.fact(fact_id)
        questions = [
            make_question(builtin_deck, fact, QuestionType.TYPED, "hans", random.Random(seed))
            for seed in range(30)
        ]
        own = [q for q in questions if q is not None and q.follows in ((), fact.sources)]
        assert own and all(form in generate_command.also_accepted(q) for q in own), fact_id


def test_no_long_wording_is_blanked(builtin_deck: Deck) -> None:
    """The fourth independent reader: a cloze blank of nine characters
    (預測 AI 的發展趨勢) asks for a wording, as a typed answer would."""
    for fact in builtin_deck.facts:
        for seed in range(3):
            q = make_question(builtin_deck, fact, QuestionType.CLOZE, "hant", random.Random(seed))
            if q is not None and fact.answer.kind is AnswerKind.TEXT:
                assert _typable(fact), fact.id


def test_a_time_blanked_after_zai_says_it_is_a_time(builtin_deck: Deck) -> None:
    """「视频在［…］发布」 reads as a place as well as a time: the blank says which.
    Where 年 follows the blank, the blank is a year already and needs no cue."""
    cued = []
    for fact in builtin_deck.facts:
        q = make_question(builtin_deck, fact, QuestionType.CLOZE, "hans", random.Random(0))
        if q is None or fact.answer.kind not in (AnswerKind.YEAR, AnswerKind.DATE):
            continue
        before, _, after = q.prompt.partition("［…］")
        if before.rstrip().endswith(("在", "于")) and not after.lstrip().startswith("年"):
            assert after.startswith("（时间）"), q.prompt
            cued.append(fact.id)
        else:
            assert not after.startswith("（时间）"), q.prompt
    assert cued  # the built-in deck has such a statement


def test_command_text_shows_an_ordering_as_the_learner_sees_it() -> None:
    """The fourth independent reader took the dates printed beside each item for
    part of the question: the items come shuffled and bare, the key after them."""
    code, out, _ = _run("--count", "20", "--seed", "5", "--types", "ordering", "--script", "hant")
    assert code == 0
    blocks = out.split("[ordering]")[1:]
    assert blocks
    for block in blocks:
        lines = block.strip().splitlines()[1:]
        items, key = lines[:-1], lines[-1].strip()
        assert len(items) >= 4 and all(line.strip()[1:3] == ". " for line in items), block
        assert not any(re.search(r"（[\d年月日 ]+）$", line) for line in items), block
        assert key.startswith("→ ") and "（" in key, block


def test_a_span_blanked_between_zai_and_nei_says_it_is_a_time(builtin_deck: Deck) -> None:
    """The eighth reader: 「Anthropic 在［…］内就推出了自己的 RSP」 reads as a place too."""
    fact = builtin_deck.fact("b-rsp-published-soon")
    q = make_question(builtin_deck, fact, QuestionType.CLOZE, "hans", random.Random(0))
    assert q is not None and "在［…］（时间）内" in q.prompt, q
