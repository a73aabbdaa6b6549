"""Typed answers in both scripts, the live script switch, history, weights and the Match game."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest

from studyapp.core.deck.script import ScriptConverter
from studyapp.core.questions.model import QuestionType
from studyapp.core.quiz import (
    Feedback,
    MatchGame,
    MatchPair,
    Pick,
    QuizSession,
    QuizSetup,
    Selection,
    best_by_setup,
    fact_weight,
    last_mistakes,
    question_in_script,
    score_series,
)
from studyapp.core.store import FactKey, QuizOutcome, Store

from .conftest import FakeMonotonic, WallClock, q

TYPED_HANT = q(QuestionType.TYPED, 0, accept=("達里奧·阿莫代伊", "Dario Amodei"))
TYPED_HANS = q(QuestionType.TYPED, 1, script="hans", accept=("达里奥·阿莫代伊", "Dario Amodei"))


@pytest.mark.parametrize("question", [TYPED_HANT, TYPED_HANS], ids=["hant", "hans"])
@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("達里奧·阿莫代伊", True),
        ("达里奥·阿莫代伊", True),  # either script, whichever the question is in
        ("达里奥 阿莫代伊", True),  # punctuation and spaces do not matter
        ("ＤＡＲＩＯ　ａｍｏｄｅｉ", True),  # nor width and case
        ("傑克·克拉克", False),
        ("", False),
    ],
)
def test_typed_answers_are_graded_in_both_scripts(
    mono: FakeMonotonic, question: object, typed: str, right: bool
) -> None:
    s = QuizSession([question], QuizSetup(count=1), monotonic=mono)  # type: ignore[list-item]
    s.start()
    expected = QuizOutcome.CORRECT if right else QuizOutcome.WRONG
    assert s.answer(typed).outcome is expected


def test_cloze_accepts_numbers_written_in_chinese(mono: FakeMonotonic) -> None:
    s = QuizSession(
        [q(QuestionType.CLOZE, 0, accept=("2021",))], QuizSetup(count=1), monotonic=mono
    )
    s.start()
    assert s.answer("２０２１").outcome is QuizOutcome.CORRECT


def test_switching_script_converts_every_text_and_keeps_the_answers(mono: FakeMonotonic) -> None:
    conv = ScriptConverter()
    mcq = q(QuestionType.MCQ, 0, prompt="哪一年創立？", options=("兩千", "2020", "2021", "無"))
    s = QuizSession([mcq, TYPED_HANT], QuizSetup(count=2, feedback=Feedback.AT_END), monotonic=mono)
    s.start()
    s.answer(2)
    s.restyle(lambda x: question_in_script(x, "hans", conv.convert))
    assert s.items[0].question.prompt == "哪一年创立？"
    assert s.items[0].question.options[0] == "两千" and s.items[0].correct
    current = s.current
    assert current is not None and current.script == "hans"
    assert current.explanation.statements == ("Anthropic 于 2021 年创立。",)
    assert s.answer("达里奥·阿莫代伊").outcome is QuizOutcome.CORRECT


def _attempt(
    store: Store,
    clock: WallClock,
    setup: QuizSetup,
    outcomes: list[QuizOutcome],
    *,
    finish: bool = True,
) -> int:
    from studyapp.core.store import QuizAnswer

    attempt = store.start_quiz({**setup.to_dict(), "questions": len(outcomes)})
    for n, outcome in enumerate(outcomes):
        store.record_quiz_answer(
            attempt, QuizAnswer((FactKey("d", f"f{n}"),), "mcq", outcome, "", 1000 * (n + 1))
        )
    if finish:
        store.finish_quiz(attempt)
    clock.now += timedelta(days=1)
    return attempt


def test_history_best_score_per_setup_and_series(store: Store) -> None:
    clock: WallClock = store._clock  # type: ignore[attr-defined]
    a, b = QuizSetup(count=2), QuizSetup(count=2, seconds=10)
    R, W = QuizOutcome.CORRECT, QuizOutcome.WRONG
    first = _attempt(store, clock, a, [R, W])
    second = _attempt(store, clock, a, [R, R])
    _attempt(store, clock, a, [R, R], finish=False)  # partial: not a best, not charted
    fourth = _attempt(store, clock, b, [W, W])
    attempts = store.quiz_attempts(limit=100)
    best = best_by_setup(attempts)
    assert {k: s.attempt.id for k, s in best.items()} == {a.key(): second, b.key(): fourth}
    assert [p for _, p in score_series(attempts)] == [50.0, 100.0, 0.0]
    assert last_mistakes(attempts) == [FactKey("d", "f0"), FactKey("d", "f1")]
    assert first < second


def test_setup_round_trips_and_tolerates_junk() -> None:
    setup = QuizSetup(
        decks=("d",), count=20, seconds=15, selection=Selection.DUE_WEAK, facts=(FactKey("d", "x"),)
    )
    assert QuizSetup.from_dict(setup.to_dict()) == setup
    junk = QuizSetup.from_dict({"count": "many", "types": ["nope"], "limit": "?", "seconds": -3})
    assert junk.count == 10 and junk.types == tuple(QuestionType) and junk.seconds == 1
    assert setup.key() != QuizSetup(decks=("d",), count=20, seconds=20).key()
    assert (
        setup.key()
        == QuizSetup(decks=("d",), count=20, seconds=15, selection=Selection.DUE_WEAK, seed=9).key()
    )


def test_due_and_weak_facts_weigh_more() -> None:
    from datetime import datetime, timezone

    from studyapp.core.deck.model import CardKind
    from studyapp.core.store import CardRecord, CardState

    now = datetime(2025, 3, 3, tzinfo=timezone.utc)

    def card(state: CardState, due_days: float) -> CardRecord:
        return CardRecord(
            id=1,
            deck_id="d",
            fact_id="f",
            kind=CardKind.QA,
            topic="t",
            state=state,
            step=None,  # type: ignore[arg-type]
            stability=1.0,
            difficulty=5.0,
            due=now + timedelta(days=due_days),
            last_review=now,
            reps=1,
            lapses=0,
        )

    assert fact_weight([], now, []) == 1.0
    assert fact_weight([card(CardState.NEW, 0)], now, [0.0]) == 1.5
    known = fact_weight([card(CardState.REVIEW, 10)], now, [0.98])
    due_weak = fact_weight([card(CardState.REVIEW, -1)], now, [0.5])
    assert known == pytest.approx(1.12) and due_weak == pytest.approx(7.0)


PAIRS = [MatchPair(f"f{i}", f"題{i}", f"答{i}") for i in range(6)]


def test_match_game_pairs_penalties_and_time(mono: FakeMonotonic) -> None:
    game = MatchGame(PAIRS, random.Random(3), monotonic=mono)
    assert len(game.tiles) == 12 and game.elapsed_ms() == 0
    by_pair: dict[int, list[int]] = {}
    for tile in game.tiles:
        by_pair.setdefault(tile.pair, []).append(tile.index)
    a, b = by_pair[0]
    c, _ = by_pair[1]
    assert game.pick(a) is Pick.SELECTED  # the timer starts with the first click
    assert game.pick(a) is Pick.UNSELECTED
    assert game.pick(a) is Pick.SELECTED
    assert game.pick(c) is Pick.MISMATCH and game.mistakes == 1
    mono.advance(2)
    assert game.pick(a) is Pick.SELECTED and game.pick(b) is Pick.MATCHED
    assert game.pick(a) is Pick.IGNORED
    for pair in range(1, 6):
        x, y = by_pair[pair]
        game.pick(x)
        game.pick(y)
    mono.advance(5)
    assert game.finished and game.elapsed_ms() == 3000  # 2 s and one penalty second
