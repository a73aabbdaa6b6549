"""Learn mode's core: the climb, the returns, the questions, resuming, reviews."""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studyapp.core.deck.load import load_deck
from studyapp.core.deck.model import CardKind, Deck, Fact
from studyapp.core.learn import (
    RETURN_WITHIN,
    LearnChoices,
    LearnFile,
    LearnRound,
    LearnSession,
    LearnState,
    Step,
    askable,
    load_learn,
    new_round,
    pick_facts,
    save_learn,
)
from studyapp.core.learn.round import FactProgress
from studyapp.core.questions import make_question
from studyapp.core.questions.model import Question, QuestionType, Response
from studyapp.core.store import FactKey, Rating, open_store
from studyapp.paths import builtin_decks_dir, learn_file

T0 = datetime(2025, 3, 3, 12, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def deck() -> Deck:
    return load_deck(builtin_decks_dir() / "anthropic-founding.yaml", builtin=True)


class FakeMonotonic:
    """The clock the session times answers with: the test moves it."""

    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def right_response(q: Question) -> Response:
    if q.type is QuestionType.MCQ:
        return q.correct
    if q.type is QuestionType.TRUEFALSE:
        assert q.truth is not None
        return q.truth
    return q.answer


def wrong_response(q: Question) -> Response:
    if q.type is QuestionType.MCQ:
        return (q.correct + 1) % len(q.options)
    if q.type is QuestionType.TRUEFALSE:
        return not q.truth
    return "完全不對的答案"


def facts(deck: Deck, n: int, start: int = 0) -> list[tuple[Deck, Fact]]:
    picked = [(deck, f) for f in deck.facts[start:] if askable(make_question, deck, f)]
    return picked[:n]


def wrong_options(deck: Deck, fact: Fact, seeds: int = 12) -> set[str]:
    """Every wrong option multiple choice offers for ``fact`` over a few seeds."""
    found: set[str] = set()
    for seed in range(1, seeds + 1):
        q = make_question(deck, fact, QuestionType.MCQ, "hant", random.Random(seed), seed=seed)
        if q is not None:
            found |= set(q.options) - {q.answer}
    return found


def rich_mcq_first(deck: Deck, n: int) -> list[tuple[Deck, Fact]]:
    """``n`` askable facts, the first one with many wrong options to choose from (so a
    question asked again can show other ones) and a cloze and a typed form."""
    rich = next(
        f
        for f in deck.facts
        if len(wrong_options(deck, f)) >= 6 and askable(make_question, deck, f)
    )
    return [(deck, rich), *[(d, f) for d, f in facts(deck, n) if f.id != rich.id][: n - 1]]


def session(deck: Deck, round_: LearnRound, **kw: object) -> LearnSession:
    s = LearnSession(round_, {deck.id: deck}, "hant", make=make_question, **kw)  # type: ignore[arg-type]
    s.start()
    return s


# -- the climb ---------------------------------------------------------------------------
@pytest.mark.parametrize("script", ["", "x", "xx.x", ".x..x.xx", "xxxxxx"])
def test_a_round_ends_exactly_when_every_fact_reached_the_top(deck: Deck, script: str) -> None:
    """Scripted answers ("x" wrong, anything else right, then right to the end) and a fake
    clock: the round ends on the answer that brings the last fact to the top, never
    before, after 3 questions per fact plus what each mistake costs."""
    clock = FakeMonotonic()
    s = session(deck, new_round(facts(deck, 5), seed=3), monotonic=clock)
    answers = iter(script)
    expected = 3 * 5
    asked = 0
    while s.state is not LearnState.FINISHED:
        assert s.state is LearnState.QUESTION
        question = s.question
        assert question is not None
        wrong = next(answers, ".") == "x"
        before = s.round.choose().step
        clock.t += 4.5
        move = s.answer(wrong_response(question) if wrong else right_response(question))
        asked += 1
        if wrong:
            # the question did not move it up, and it slid down a step (unless at the bottom)
            expected += 1 + (1 if before > Step.RECOGNISE else 0)
        assert move.right is not wrong
        everyone_on_top = all(p.step is Step.LEARNED for p in s.round.facts)
        assert move.finished is everyone_on_top
        assert s.round.finished is everyone_on_top
        s.next()
        assert (s.state is LearnState.FINISHED) is everyone_on_top
    assert asked == expected
    assert s.round.asked == expected
    assert s.round.mistakes == script.count("x")
    assert s.round.counts()[Step.LEARNED] == 5


def test_the_steps_are_recognise_recall_produce(deck: Deck) -> None:
    s = session(deck, new_round(rich_mcq_first(deck, 1), seed=1))
    seen: list[tuple[Step, QuestionType]] = []
    while s.state is LearnState.QUESTION:
        assert s.question is not None
        seen.append((s.step, s.question.type))
        s.answer(right_response(s.question))
        s.next()
    assert seen == [
        (Step.RECOGNISE, QuestionType.MCQ),
        (Step.RECALL, QuestionType.CLOZE),
        (Step.PRODUCE, QuestionType.TYPED),
    ]


def test_a_right_answer_moves_up_a_wrong_one_down(deck: Deck) -> None:
    s = session(deck, new_round(facts(deck, 1), seed=1))
    p = s.round.facts[0]
    for response, step in ((True, Step.RECALL), (True, Step.PRODUCE), (False, Step.RECALL)):
        assert s.question is not None
        s.answer(right_response(s.question) if response else wrong_response(s.question))
        assert p.step is step
        s.next()
    assert s.question is not None
    s.answer(None)  # "I don't know" is wrong too
    assert p.step is Step.RECOGNISE
    s.next()
    assert s.question is not None
    s.answer(wrong_response(s.question))  # not below the first step
    assert p.step is Step.RECOGNISE


def test_a_missed_fact_comes_back_after_the_promised_number_of_questions(deck: Deck) -> None:
    s = session(deck, new_round(facts(deck, 7), seed=5))
    first = s.round.choose().key
    assert s.question is not None
    s.answer(wrong_response(s.question))
    s.next()
    order = []
    for _ in range(RETURN_WITHIN + 1):
        order.append(s.round.choose().key)
        assert s.question is not None
        s.answer(right_response(s.question))
        s.next()
    assert first not in order[:RETURN_WITHIN]
    assert order[RETURN_WITHIN] == first


@settings(max_examples=300, deadline=None)
@given(
    st.integers(min_value=1, max_value=9),
    st.lists(st.booleans(), max_size=80),
    st.integers(min_value=0, max_value=10_000),
)
def test_wrong_answers_return_within_the_promised_distance(
    n: int, answers: list[bool], seed: int
) -> None:
    keys = [FactKey("d", f"f{i}") for i in range(n)]
    rnd = LearnRound([FactProgress(k) for k in keys], seed=seed)
    asked: list[FactKey] = []
    script = iter(answers)
    while not rnd.finished and len(asked) < 400:
        key = rnd.choose().key
        asked.append(key)
        rnd.answer(next(script, True))
    assert rnd.finished  # every script ends: once the answers run out all are right
    missed = [i for i, ok in enumerate([*answers, *[True] * len(asked)][: len(asked)]) if not ok]
    for q in missed:
        later = [j for j in range(q + 1, len(asked)) if asked[j] == asked[q]]
        assert later, "a missed fact always comes back"
        assert later[0] - q - 1 <= RETURN_WITHIN
    # never the same fact twice in a row while another one could be asked
    for q in range(1, len(asked)):
        if asked[q] == asked[q - 1]:
            open_then = {asked[j] for j in range(q, len(asked))}
            assert open_then == {asked[q]}


def test_a_fact_asked_again_gets_new_options(deck: Deck) -> None:
    s = session(deck, new_round(rich_mcq_first(deck, 4), seed=11))
    target = s.round.choose().key
    assert s.question is not None and s.question.type is QuestionType.MCQ
    before = s.question.options
    s.answer(wrong_response(s.question))
    s.next()
    while s.round.choose().key != target:
        assert s.question is not None
        s.answer(right_response(s.question))
        s.next()
    again = s.question
    assert again is not None and again.type is QuestionType.MCQ
    right = again.options[again.correct]
    assert right in before  # the same question…
    new_distractors = set(again.options) - {right} != set(before) - {right}
    moved = before.index(right) != again.correct
    assert new_distractors and moved  # …with other wrong options, the answer elsewhere


def test_a_script_switch_shows_the_same_question_in_the_other_script(deck: Deck) -> None:
    s = session(deck, new_round(facts(deck, 2), seed=2))
    q = s.question
    assert q is not None
    s.restyle("hans")
    assert s.question is not None
    assert s.question.id == q.id
    assert s.question.correct == q.correct
    assert s.question.script == "hans"


# -- keeping the round -------------------------------------------------------------------------
def test_a_round_resumes_at_the_same_question(deck: Deck, tmp_path: Path) -> None:
    state = LearnFile(choices=LearnChoices(size=5))

    def keep(r: LearnRound) -> None:
        state.round = r
        save_learn(tmp_path, state)

    s = session(deck, new_round(facts(deck, 3), seed=9), save=keep)
    for _ in range(4):
        assert s.question is not None
        s.answer(right_response(s.question))
        s.next()
    shown = s.question
    assert shown is not None
    # quit here; start again from the file
    loaded = load_learn(tmp_path, lambda k: deck.has_fact(k.fact_id))
    assert loaded.round is not None
    assert loaded.choices.size == 5
    s2 = session(deck, loaded.round, save=keep)
    assert s2.question is not None
    assert (s2.question.prompt, s2.question.options) == (shown.prompt, shown.options)
    assert s2.round.counts() == s.round.counts()
    while s2.state is not LearnState.FINISHED:
        assert s2.question is not None
        s2.answer(right_response(s2.question))
        s2.next()
    assert s2.round.asked == 9
    assert load_learn(tmp_path).round is not None  # the finished round is kept until replaced


def test_a_fact_that_left_its_deck_leaves_the_round(deck: Deck, tmp_path: Path) -> None:
    rnd = new_round(facts(deck, 3), seed=1)
    gone = rnd.facts[1].key
    save_learn(tmp_path, LearnFile(rnd, {gone: "2025-01-01"}))
    loaded = load_learn(tmp_path, lambda k: k != gone)
    assert loaded.round is not None
    assert [p.key for p in loaded.round.facts] == [rnd.facts[0].key, rnd.facts[2].key]
    assert loaded.learned == {}


@pytest.mark.parametrize(
    "text",
    ["", "{", "[]", json.dumps({"studyapp-learn": 99}),
     json.dumps({"studyapp-learn": 1, "round": {"facts": [{"fact": "x"}]}}),
     json.dumps({"studyapp-learn": 1, "round": {"facts": []}})],
)  # fmt: skip
def test_a_damaged_learn_file_starts_afresh(tmp_path: Path, text: str) -> None:
    path = learn_file(tmp_path)
    path.write_text(text, encoding="utf-8")
    loaded = load_learn(tmp_path)
    assert loaded.round is None
    assert loaded.learned == {}


def test_an_unwritable_learn_file_says_why_and_the_round_goes_on(
    deck: Deck, tmp_path: Path
) -> None:
    learn_file(tmp_path).mkdir(parents=True)  # a folder where the file should be

    def keep(r: LearnRound) -> None:
        save_learn(tmp_path, LearnFile(r))

    s = session(deck, new_round(facts(deck, 2), seed=1), save=keep)
    assert s.save_error is not None
    assert str(learn_file(tmp_path)) in str(s.save_error)
    assert s.question is not None
    s.answer(right_response(s.question))
    assert s.round.asked == 1


def test_the_next_round_takes_facts_not_learned_yet(deck: Deck) -> None:
    first = [f for f in deck.facts[:3]]
    learned = {
        FactKey(deck.id, first[0].id): "2025-01-02",
        FactKey(deck.id, first[1].id): "2025-01-01",
    }
    picked = pick_facts([deck], LearnChoices(size=5), learned, lambda d, f: True)
    ids = [f.id for _d, f in picked]
    assert ids == [f.id for f in deck.facts[2:7]]
    topic = deck.facts[-1].topic
    only = pick_facts([deck], LearnChoices(topics=(topic,), size=20), {}, lambda d, f: True)
    assert {f.topic for _d, f in only} == {topic}
    everything = [(deck, f) for f in deck.facts]
    all_learned = {
        FactKey(deck.id, f.id): f"2025-01-{i % 28 + 1:02d}" for i, f in enumerate(deck.facts)
    }
    oldest = pick_facts([deck], LearnChoices(size=3), all_learned, lambda d, f: True)
    assert [all_learned[FactKey(deck.id, f.id)] for _d, f in oldest] == ["2025-01-01"] * 3
    assert len(everything) == len(deck.facts)


def test_a_fact_no_step_can_ask_is_not_picked(deck: Deck) -> None:
    def no_typing(
        deck: Deck,
        fact: Fact,
        qtype: QuestionType,
        script: str,
        rng: random.Random,
        *,
        seed: int = 0,
    ) -> Question | None:
        if qtype in (QuestionType.TYPED, QuestionType.CLOZE):
            return None
        return make_question(deck, fact, qtype, script, rng, seed=seed)  # type: ignore[arg-type]

    assert not askable(no_typing, deck, deck.facts[0])
    assert askable(make_question, deck, deck.facts[0])


# -- the FSRS schedule -----------------------------------------------------------------------------
def _store_with_due_fact(tmp_path: Path, deck: Deck, due: Fact, clock: list[datetime]):  # type: ignore[no-untyped-def]
    store = open_store(
        tmp_path / "progress.sqlite", clock=lambda: clock[0], rng=random.Random(1), tz=timezone.utc
    )
    store.sync_cards(deck.id, [(f.id, f.topic) for f in deck.facts], [CardKind.QA, CardKind.CLOZE])
    for card in store.cards_of_fact(deck.id, due.id):
        store.answer(card, Rating.GOOD)
    clock[0] += timedelta(days=60)  # long after: its cards are due again
    return store


def _play(s: LearnSession, wrong_first: bool, clock: FakeMonotonic) -> None:
    first = True
    while s.state is not LearnState.FINISHED:
        assert s.question is not None
        clock.t += 7
        s.answer(
            wrong_response(s.question) if first and wrong_first else right_response(s.question)
        )
        first = False
        s.next()


def test_learning_does_not_touch_the_schedule(deck: Deck, tmp_path: Path) -> None:
    picked = facts(deck, 3)
    clock = [T0]
    store = _store_with_due_fact(tmp_path, deck, picked[0][1], clock)
    try:
        before = {c.id: (c.due, c.reps, c.stability) for c in store.all_cards()}
        monotonic = FakeMonotonic()
        s = session(deck, new_round(picked, seed=4), reviews=store, monotonic=monotonic)
        _play(s, True, monotonic)
        after = {c.id: (c.due, c.reps, c.stability) for c in store.all_cards()}
        assert after == before
        assert s.reviewed == 0
    finally:
        store.close()


def test_count_as_reviews_records_the_first_answer_of_each_due_fact_once(
    deck: Deck, tmp_path: Path
) -> None:
    picked = facts(deck, 3)
    due_fact = picked[0][1]
    clock = [T0]
    store = _store_with_due_fact(tmp_path, deck, due_fact, clock)
    try:
        before = {c.id: c.reps for c in store.all_cards()}
        monotonic = FakeMonotonic()
        rnd = new_round(picked, seed=4, count_reviews=True)
        s = session(deck, rnd, reviews=store, monotonic=monotonic)
        _play(s, True, monotonic)  # the very first answer (the due fact's) is wrong
        due_cards = store.cards_of_fact(deck.id, due_fact.id)
        assert s.reviewed == len(due_cards) == 2
        for card in due_cards:
            log = store.review_log(card.id)
            assert [r.rating for r in log] == [int(Rating.GOOD), int(Rating.AGAIN)]
            assert log[-1].duration_ms == 7000  # timed by the session's clock
        others = {c.id: c.reps for c in store.all_cards() if c.fact_id != due_fact.id}
        assert others == {k: v for k, v in before.items() if k in others}
    finally:
        store.close()
