"""Statistics on a small history whose every number is known."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import fsrs
import pytest

from studyapp.core.deck.model import CardKind
from studyapp.core.store import FactKey, QuizAnswer, QuizOutcome, Rating, Store
from studyapp.core.store.clock import to_ms

from .conftest import T0, FakeClock

UTC = timezone.utc


def _at(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2025, month, day, hour, minute, tzinfo=UTC)


@pytest.fixture
def history(store: Store, clock: FakeClock) -> Store:
    """Cards in two topics and a known review log; today is Monday 3 March 2025, 12:00 UTC."""
    store.sync_cards("d", [("f0", "t1"), ("f1", "t1"), ("f2", "t1"), ("f3", "t1")], [CardKind.QA])
    store.sync_cards("e", [("g0", "t2"), ("g1", "t2")], [CardKind.QA])
    conn = store._conn
    ids = {row[1]: row[0] for row in conn.execute("SELECT id, fact_id FROM cards")}

    def card(fact: str, state: int, last: datetime, due: datetime, stability: float) -> None:
        conn.execute(
            "UPDATE cards SET state = ?, last_review = ?, due = ?, stability = ?, difficulty = 5 "
            "WHERE id = ?",
            (state, to_ms(last), to_ms(due), stability, ids[fact]),
        )

    def review(fact: str, at: datetime, rating: int, before: int, ms: int) -> None:
        conn.execute(
            "INSERT INTO revlog (card_id, reviewed_at, rating, state_before, state_after, "
            "due_after, duration_ms) VALUES (?, ?, ?, ?, 2, ?, ?)",
            (ids[fact], to_ms(at), rating, before, to_ms(at + timedelta(days=1)), ms),
        )

    card("f0", 2, T0 - timedelta(days=30), T0 + timedelta(days=5), 40.0)  # mature
    card("f1", 2, T0 - timedelta(days=2), T0 + timedelta(days=3), 5.0)  # young
    card("f2", 1, T0 - timedelta(minutes=1), T0 + timedelta(minutes=10), 1.0)  # learning
    card("g0", 2, T0 - timedelta(days=11), T0 - timedelta(days=1), 10.0)  # young, overdue
    card("g1", 2, T0 - timedelta(days=2), T0 + timedelta(days=1), 3.0)
    conn.execute("UPDATE cards SET suspended = 1 WHERE id = ?", (ids["g1"],))

    review("f0", _at(2, 20, 10), 3, 2, 1000)  # Thursday of the week before last
    review("f0", _at(3, 1, 10), 4, 0, 1000)  # Saturday: a new card
    review("g0", _at(3, 2, 3), 1, 2, 3000)  # 03:00 Sunday is still Saturday (rollover 4:00)
    review("f1", _at(3, 2, 5), 3, 2, 2000)  # Sunday
    review("f1", _at(3, 3, 9), 2, 2, 4000)  # today
    review("g0", _at(3, 3, 9, 1), 3, 3, 500)  # today, relearning
    review("f1", _at(3, 3, 10), 0, 2, 0)  # a reset: not a review
    attempt = store.start_quiz({})
    store.record_quiz_answer(
        attempt, QuizAnswer((FactKey("d", "f0"),), "typed", QuizOutcome.CORRECT, "", 3000)
    )
    store.record_quiz_answer(
        attempt, QuizAnswer((FactKey("d", "f1"),), "typed", QuizOutcome.WRONG, "", 2000)
    )
    return store


def test_reviews_per_day(history: Store) -> None:
    days = {d.day: d for d in history.stats_queries().reviews_per_day(30)}
    assert len(days) == 30 and max(days) == date(2025, 3, 3)
    assert days[date(2025, 3, 1)].to_dict() == {
        "day": "2025-03-01",
        "reviews": 2,
        "new": 1,
        "learning": 0,
        "review": 1,
        "relearning": 0,
        "time_ms": 4000,
    }
    assert (days[date(2025, 3, 2)].reviews, days[date(2025, 3, 2)].time_ms) == (1, 2000)
    today = days[date(2025, 3, 3)]
    assert (today.reviews, today.review, today.relearning, today.time_ms) == (2, 1, 1, 4500)
    assert days[date(2025, 2, 20)].reviews == 1
    assert sum(d.reviews for d in days.values()) == 6


def test_true_retention_per_day_and_week(history: Store) -> None:
    q = history.stats_queries()
    per_day = {r.start: r for r in q.retention_per_day(30)}
    assert (per_day[date(2025, 3, 1)].passed, per_day[date(2025, 3, 1)].failed) == (0, 1)
    assert per_day[date(2025, 3, 1)].retention == 0.0
    assert per_day[date(2025, 3, 2)].retention == 1.0
    assert per_day[date(2025, 3, 3)].retention == 1.0  # the relearning answer does not count
    assert per_day[date(2025, 2, 28)].retention is None
    weeks = q.retention_per_week(3)
    assert [(w.start, w.passed, w.failed) for w in weeks] == [
        (date(2025, 2, 17), 1, 0),
        (date(2025, 2, 24), 1, 1),
        (date(2025, 3, 3), 1, 0),
    ]
    assert weeks[1].retention == 0.5


def test_due_forecast(history: Store) -> None:
    forecast = history.stats_queries().due_forecast(30)
    assert len(forecast) == 30 and forecast[0].day == date(2025, 3, 3)
    # today: the learning card and the overdue g0; the suspended g1 is left out
    assert {f.day: f.due for f in forecast if f.due} == {
        date(2025, 3, 3): 2,
        date(2025, 3, 6): 1,
        date(2025, 3, 8): 1,
    }


def test_mastery_per_topic(history: Store, clock: FakeClock) -> None:
    t1, t2 = history.stats_queries().mastery()
    assert (t1.deck_id, t1.topic, t1.cards, t1.new, t1.learning, t1.young, t1.mature) == (
        "d",
        "t1",
        4,
        1,
        1,
        1,
        1,
    )
    assert t1.mastery == 0.25
    ref = fsrs.Scheduler()

    def r(last_days: float, stability: float) -> float:
        card = fsrs.Card(
            card_id=1,
            state=fsrs.State.Review,
            stability=stability,
            difficulty=5,
            last_review=T0 - timedelta(days=last_days),
        )
        return ref.get_card_retrievability(card, T0)

    expected = (r(30, 40.0) + r(2, 5.0) + r(1 / 1440, 1.0)) / 3
    assert t1.retrievability == pytest.approx(expected, abs=1e-12)
    assert (t2.deck_id, t2.cards, t2.young, t2.mature) == ("e", 1, 1, 0)  # g1 suspended


def test_streak_and_time_and_totals(history: Store, clock: FakeClock) -> None:
    stats = history.stats()
    assert stats.streak_days == 3  # 1, 2 and 3 March
    assert (stats.reviews_today, stats.reviews_total, stats.cards_studied) == (2, 6, 3)
    assert stats.time.to_dict() == {
        "today_ms": 4500 + 5000,
        "last_7_days_ms": 4000 + 2000 + 4500 + 5000,
        "total_review_ms": 11_500,
        "total_quiz_ms": 5000,
        "total_ms": 16_500,
    }
    json.dumps(stats.to_dict())
    clock.set(_at(3, 4, 20))  # nothing yet on Tuesday: the streak still stands
    assert history.stats().streak_days == 3
    clock.set(_at(3, 5, 20))  # a whole day missed
    assert history.stats().streak_days == 0


def test_stats_follow_real_answers(store: Store, clock: FakeClock) -> None:
    store.sync_cards("d", [("f0", "t")], [CardKind.QA])
    card = store.next_card()
    assert card is not None
    store.answer(card.id, Rating.GOOD, duration_ms=2500)
    stats = store.stats()
    assert (stats.reviews_today, stats.streak_days, stats.time.today_ms) == (1, 1, 2500)
    assert stats.reviews_per_day[-1].new == 1
