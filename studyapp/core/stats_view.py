"""The Stats screen's charts as plain numbers (Qt-free, tested without a display).

The store's :class:`~studyapp.core.store.Stats` is turned into bars, points and
rows; the widgets only paint them. Topic titles come from a :class:`DeckView`
so they follow the reader's script.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from studyapp.core.deck.view import DeckView
from studyapp.core.store.stats import Stats, TopicMastery


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar of a stacked bar chart: its label and the height of each layer."""

    label: str
    day: date
    layers: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(self.layers)


@dataclass(frozen=True, slots=True)
class Point:
    label: str
    day: date
    value: float | None  # None: nothing to measure that day/week
    count: int  # how many answers the value is based on


@dataclass(frozen=True, slots=True)
class TopicRow:
    title: str
    new: int
    learning: int
    young: int
    mature: int

    @property
    def cards(self) -> int:
        return self.new + self.learning + self.young + self.mature

    @property
    def layers(self) -> tuple[int, int, int, int]:
        """Most mastered first: mature, young, learning, new."""
        return (self.mature, self.young, self.learning, self.new)


@dataclass(frozen=True, slots=True)
class Summary:
    reviews_today: int
    reviews_total: int
    cards_studied: int
    streak_days: int
    minutes_today: int
    minutes_total: int
    retention: float | None  # over the weeks shown


def day_label(day: date) -> str:
    return f"{day.month}/{day.day}"


def review_bars(stats: Stats) -> list[Bar]:
    """Answers per day, stacked: new, learning (and relearning), review."""
    return [
        Bar(day_label(d.day), d.day, (d.new, d.learning + d.relearning, d.review))
        for d in stats.reviews_per_day
    ]


def forecast_bars(stats: Stats) -> list[Bar]:
    return [Bar(day_label(f.day), f.day, (f.due,)) for f in stats.due_forecast]


def retention_points(stats: Stats) -> list[Point]:
    return [
        Point(day_label(w.start), w.start, w.retention, w.total) for w in stats.retention_per_week
    ]


def topic_rows(mastery: Iterable[TopicMastery], views: Sequence[DeckView]) -> list[TopicRow]:
    """One row per topic, in each deck's topic order; topics without cards left out."""
    by_key = {(m.deck_id, m.topic): m for m in mastery}
    rows: list[TopicRow] = []
    for view in views:
        deck = view.deck
        for topic_id in deck.topics:
            m = by_key.get((deck.id, topic_id))
            if m is None or m.cards == 0:
                continue
            rows.append(TopicRow(view.topic_title(topic_id), m.new, m.learning, m.young, m.mature))
    return rows


def summary(stats: Stats) -> Summary:
    passed = sum(w.passed for w in stats.retention_per_week)
    total = sum(w.total for w in stats.retention_per_week)
    return Summary(
        reviews_today=stats.reviews_today,
        reviews_total=stats.reviews_total,
        cards_studied=stats.cards_studied,
        streak_days=stats.streak_days,
        minutes_today=round(stats.time.today_ms / 60_000),
        minutes_total=round(stats.time.total_ms / 60_000),
        retention=passed / total if total else None,
    )


def nice_ceiling(value: float, ticks: int = 4) -> tuple[float, float]:
    """An axis top at or above ``value`` and its tick step, both round numbers
    (1, 2, 2.5 or 5 times a power of ten); at least 1."""
    if not value > 1e-9:  # nothing (or too little to scale, where log10 would fail)
        return float(ticks), 1.0
    raw = value / ticks
    power = 10 ** math.floor(math.log10(raw))
    for mult in (1, 2, 2.5, 5, 10):
        step = mult * power
        if step * ticks >= value:
            break
    step = max(step, 1.0) if value >= 1 else step
    count = math.ceil(value / step)
    if count > 1 and (count - 1) * step >= value * (1 - 1e-12):
        count -= 1  # rounding: 1e-5 / 2e-6 is 5.000000000000001, not 5
    return step * count, step
