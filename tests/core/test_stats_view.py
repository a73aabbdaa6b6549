"""The Stats screen's charts as numbers, from a small known history."""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from datetime import date, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studyapp.core.deck.load import load_deck
from studyapp.core.deck.model import CardKind, Deck
from studyapp.core.deck.view import DeckView
from studyapp.core.stats_view import (
    Bar,
    forecast_bars,
    nice_ceiling,
    retention_points,
    review_bars,
    summary,
    topic_rows,
)
from studyapp.core.store import Rating, Store, open_store

from .store.conftest import FakeClock

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture
def mini() -> Deck:
    return load_deck(FIXTURES / "mini.yaml")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()  # Monday 2025-03-03, 12:00 UTC


@pytest.fixture
def store(tmp_path: Path, clock: FakeClock, mini: Deck) -> Iterator[Store]:
    s = open_store(tmp_path / "progress.sqlite", clock=clock, rng=random.Random(7), tz=timezone.utc)
    s.sync_cards("mini", [(f.id, f.topic) for f in mini.facts], (CardKind.QA,))
    yield s
    s.close()


def study(store: Store, fact_id: str, rating: Rating, seconds: int = 30) -> date:
    card = store.find_card("mini", fact_id, CardKind.QA)
    assert card is not None
    return store.answer(card, rating, duration_ms=seconds * 1000).card.due.date()


def test_a_known_history(store: Store, clock: FakeClock, mini: Deck) -> None:
    # Monday: three new cards, 40 s each.
    due = [study(store, f, Rating.EASY, 40) for f in ("lab-founded", "founder", "motto")]
    # When all three are due, the two people cards are answered: one recalled, one forgotten.
    today = max(due)
    clock.set(clock.now + (today - date(2025, 3, 3)))
    study(store, "founder", Rating.GOOD, 20)
    study(store, "motto", Rating.AGAIN, 20)

    stats = store.stats(days=7, weeks=2, forecast_days=5)
    bars = review_bars(stats)
    assert [b.day for b in bars] == [today - timedelta(days=6 - i) for i in range(7)]
    assert bars[-1] == Bar(f"{today.month}/{today.day}", today, (0, 0, 2))
    monday = date(2025, 3, 3)
    if monday >= bars[0].day:
        assert next(b for b in bars if b.day == monday).layers == (3, 0, 0)
    assert sum(b.total for b in bars) == (5 if monday >= bars[0].day else 2)

    forecast = forecast_bars(stats)
    assert [b.day for b in forecast] == [today + timedelta(days=i) for i in range(5)]
    # lab-founded is overdue (counted today), motto relearns today.
    assert forecast[0].layers == (2,)

    points = retention_points(stats)
    assert len(points) == 2
    this_week = points[-1]
    assert this_week.day == today - timedelta(days=today.weekday())
    assert (this_week.value, this_week.count) == (0.5, 2)
    assert points[0].label == f"{points[0].day.month}/{points[0].day.day}"

    s = summary(stats)
    assert (s.reviews_today, s.reviews_total, s.cards_studied) == (2, 5, 3)
    assert s.minutes_today == 1  # 40 s
    assert s.minutes_total == 3  # 160 s
    assert s.retention == 0.5
    assert s.streak_days == 1  # nothing studied between Monday and today

    rows = topic_rows(stats.mastery, [DeckView(mini, "hans")])
    assert [r.title for r in rows] == ["实验室的成立", "人物"]
    lab, people = rows
    assert (lab.cards, lab.new) == (8, 7)
    assert (people.cards, people.new, people.learning) == (6, 4, 1)
    assert people.layers == (people.mature, people.young, people.learning, people.new)


def test_an_empty_history(store: Store, mini: Deck) -> None:
    stats = store.stats(days=3, weeks=1, forecast_days=2)
    assert [b.total for b in review_bars(stats)] == [0, 0, 0]
    assert [b.total for b in forecast_bars(stats)] == [0, 0]
    assert [(p.value, p.count) for p in retention_points(stats)] == [(None, 0)]
    s = summary(stats)
    assert (s.reviews_total, s.streak_days, s.minutes_total, s.retention) == (0, 0, 0, None)
    rows = topic_rows(stats.mastery, [DeckView(mini, "hant")])
    assert [(r.title, r.cards, r.new) for r in rows] == [("實驗室的成立", 8, 8), ("人物", 6, 6)]


@pytest.mark.parametrize(
    ("value", "top", "step"),
    [
        (0, 4, 1),
        (1e-300, 4, 1),
        (1, 1, 1),
        (3, 3, 1),
        (7, 8, 2),
        (9, 10, 2.5),
        (1000, 1000, 250),
        (1234, 1500, 500),
    ],
)
def test_axis_tops(value: float, top: float, step: float) -> None:
    assert nice_ceiling(value) == (top, step)


@given(
    st.one_of(st.just(0.0), st.floats(min_value=1e-6, max_value=1e9)),
    st.integers(min_value=2, max_value=8),
)
def test_an_axis_top_covers_the_value_in_round_steps(value: float, ticks: int) -> None:
    top, step = nice_ceiling(value, ticks)
    assert top >= value * (1 - 1e-12)  # at or above, up to rounding
    assert top - step < value or value == 0  # no empty step above the value
    mantissa = step / 10 ** math.floor(math.log10(step))
    assert round(mantissa, 9) in (1, 2, 2.5, 5)
    if value >= 1:
        assert step >= 1
