"""The statistics a learner looks at, as plain values the GUI can chart and
``studyapp stats --json`` can print.

Days are the reader's days (starting at the rollover hour). Past days are
counted back from the start of today in 24-hour steps, as Anki does, so a
daylight-saving change shifts old day boundaries by an hour at most.
"""

from __future__ import annotations

import math
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from studyapp.core.store.clock import DAY_MS, LearnerDays, to_ms
from studyapp.core.store.errors import guarded
from studyapp.core.store.quiz import quiz_time_ms
from studyapp.core.store.schema import migrate

MAX_DAYS = 36_500  # the longest history asked for: a hundred years (dates end at year 9999)
MATURE_DAYS = 21  # a review card whose interval is at least this is "mature" (Anki's rule)
_SHIFT_DAYS = 1_000_000  # keeps the day arithmetic's dividend positive (floor division)


def _ensure_pow(conn: sqlite3.Connection) -> None:
    """SQLite has ``pow`` only when built with its math functions; add it if missing."""
    try:
        conn.execute("SELECT pow(2, 2)").fetchone()
    except sqlite3.OperationalError:
        conn.create_function("pow", 2, math.pow, deterministic=True)


def _day_index_sql(column: str) -> str:
    """SQL for the day of ``column`` relative to today (0 today, -1 yesterday…); binds ``:start``."""
    return f"(({column} - :start + {_SHIFT_DAYS * DAY_MS}) / {DAY_MS} - {_SHIFT_DAYS})"


@dataclass(frozen=True, slots=True)
class DayReviews:
    day: date
    reviews: int = 0
    new: int = 0  # first answers of new cards
    learning: int = 0
    review: int = 0
    relearning: int = 0
    time_ms: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "day": self.day.isoformat(),
            "reviews": self.reviews,
            "new": self.new,
            "learning": self.learning,
            "review": self.review,
            "relearning": self.relearning,
            "time_ms": self.time_ms,
        }


@dataclass(frozen=True, slots=True)
class Retention:
    """True retention: answers to review-state cards that were not Again."""

    start: date  # the day, or the Monday of the week
    passed: int = 0
    failed: int = 0

    @property
    def total(self) -> int:
        return self.passed + self.failed

    @property
    def retention(self) -> float | None:
        return self.passed / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        r = self.retention
        return {
            "start": self.start.isoformat(),
            "passed": self.passed,
            "failed": self.failed,
            "retention": round(r, 4) if r is not None else None,
        }


@dataclass(frozen=True, slots=True)
class ForecastDay:
    day: date
    due: int

    def to_dict(self) -> dict[str, Any]:
        return {"day": self.day.isoformat(), "due": self.due}


@dataclass(frozen=True, slots=True)
class TopicMastery:
    deck_id: str
    topic: str
    cards: int
    new: int
    learning: int  # learning and relearning
    young: int  # review cards with an interval under MATURE_DAYS
    mature: int
    retrievability: float | None  # mean predicted recall now, over studied cards

    @property
    def mastery(self) -> float:
        return self.mature / self.cards if self.cards else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "deck_id": self.deck_id,
            "topic": self.topic,
            "cards": self.cards,
            "new": self.new,
            "learning": self.learning,
            "young": self.young,
            "mature": self.mature,
            "mastery": round(self.mastery, 4),
            "retrievability": round(self.retrievability, 4)
            if self.retrievability is not None
            else None,
        }


@dataclass(frozen=True, slots=True)
class TimeStudied:
    today_ms: int
    last_7_days_ms: int
    total_review_ms: int
    total_quiz_ms: int

    @property
    def total_ms(self) -> int:
        return self.total_review_ms + self.total_quiz_ms

    def to_dict(self) -> dict[str, int]:
        return {
            "today_ms": self.today_ms,
            "last_7_days_ms": self.last_7_days_ms,
            "total_review_ms": self.total_review_ms,
            "total_quiz_ms": self.total_quiz_ms,
            "total_ms": self.total_ms,
        }


@dataclass(frozen=True, slots=True)
class Stats:
    today: date
    reviews_today: int
    reviews_total: int
    cards_studied: int
    streak_days: int
    reviews_per_day: tuple[DayReviews, ...]
    retention_per_day: tuple[Retention, ...]
    retention_per_week: tuple[Retention, ...]
    due_forecast: tuple[ForecastDay, ...]
    mastery: tuple[TopicMastery, ...]
    time: TimeStudied

    def to_dict(self) -> dict[str, Any]:
        return {
            "today": self.today.isoformat(),
            "reviews_today": self.reviews_today,
            "reviews_total": self.reviews_total,
            "cards_studied": self.cards_studied,
            "streak_days": self.streak_days,
            "time": self.time.to_dict(),
            "reviews_per_day": [d.to_dict() for d in self.reviews_per_day],
            "retention_per_day": [d.to_dict() for d in self.retention_per_day],
            "retention_per_week": [d.to_dict() for d in self.retention_per_week],
            "due_forecast": [d.to_dict() for d in self.due_forecast],
            "mastery": [m.to_dict() for m in self.mastery],
        }


class StatsQueries:
    """Statistics over one connection at one instant."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        days: LearnerDays,
        now: datetime,
        parameters: tuple[float, ...],
        path: Path = Path("progress.sqlite"),
    ) -> None:
        self._conn = conn
        self.path = path  # the database, named when it cannot be read
        self._now = now
        self._now_ms = to_ms(now)
        self.today = days.day_of(now)
        self._start = to_ms(days.start_of(self.today))
        self._decay = -parameters[20]
        self._factor = 0.9 ** (1 / self._decay) - 1

    def _day(self, index: int) -> date:
        return self.today + timedelta(days=index)

    def _since(self, days: int) -> int:
        """The first millisecond of the day ``days - 1`` days before today."""
        return self._start - (days - 1) * DAY_MS

    @guarded
    def reviews_per_day(self, days: int = 30) -> tuple[DayReviews, ...]:
        rows = self._conn.execute(
            f"SELECT {_day_index_sql('reviewed_at')} AS d, state_before, count(*), "
            "sum(duration_ms) FROM revlog WHERE reviewed_at >= :since AND rating > 0 "
            "GROUP BY d, state_before",
            {"start": self._start, "since": self._since(days)},
        ).fetchall()
        per: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        names = {0: "new", 1: "learning", 2: "review", 3: "relearning"}
        for d, state, n, ms in rows:
            bucket = per[int(d)]
            bucket[names[int(state)]] += int(n)
            bucket["reviews"] += int(n)
            bucket["time_ms"] += int(ms or 0)
        return tuple(DayReviews(day=self._day(i), **per.get(i, {})) for i in range(-(days - 1), 1))

    def _retention_by_day(self, first_index: int) -> dict[int, tuple[int, int]]:
        rows = self._conn.execute(
            f"SELECT {_day_index_sql('reviewed_at')} AS d, sum(rating > 1), sum(rating = 1) "
            "FROM revlog WHERE reviewed_at >= :since AND rating > 0 AND state_before = 2 "
            "GROUP BY d",
            {"start": self._start, "since": self._start + first_index * DAY_MS},
        ).fetchall()
        return {int(d): (int(p or 0), int(f or 0)) for d, p, f in rows}

    @guarded
    def retention_per_day(self, days: int = 30) -> tuple[Retention, ...]:
        by_day = self._retention_by_day(-(days - 1))
        return tuple(Retention(self._day(i), *by_day.get(i, (0, 0))) for i in range(-(days - 1), 1))

    @guarded
    def retention_per_week(self, weeks: int = 12) -> tuple[Retention, ...]:
        """Weeks start on Monday; the last one is the current week."""
        monday = self.today - timedelta(days=self.today.weekday())
        first = monday - timedelta(weeks=weeks - 1)
        first_index = (first - self.today).days
        by_day = self._retention_by_day(first_index)
        out = []
        for w in range(weeks):
            start = first + timedelta(weeks=w)
            passed = failed = 0
            for k in range(7):
                p, f = by_day.get((start - self.today).days + k, (0, 0))
                passed += p
                failed += f
            out.append(Retention(start, passed, failed))
        return tuple(out)

    @guarded
    def due_forecast(self, days: int = 30) -> tuple[ForecastDay, ...]:
        """Studied cards due on each of the next ``days`` days; overdue ones count today."""
        rows = self._conn.execute(
            f"SELECT max({_day_index_sql('due')}, 0) AS d, count(*) FROM cards "
            "WHERE state > 0 AND suspended = 0 AND hidden = 0 AND due < :end GROUP BY d",
            {"start": self._start, "end": self._start + days * DAY_MS},
        ).fetchall()
        per = {int(d): int(n) for d, n in rows}
        return tuple(ForecastDay(self._day(i), per.get(i, 0)) for i in range(days))

    @guarded
    def mastery(self) -> tuple[TopicMastery, ...]:
        """Per (deck, topic) of the cards being studied (not hidden or suspended)."""
        _ensure_pow(self._conn)
        rows = self._conn.execute(
            """
            SELECT deck_id, topic, count(*), sum(state = 0), sum(state IN (1, 3)),
                   sum(state = 2 AND NOT coalesce(due - last_review >= :mature, 0)),
                   sum(state = 2 AND coalesce(due - last_review >= :mature, 0)),
                   sum(CASE WHEN state > 0 AND last_review IS NOT NULL AND stability > 0
                       THEN pow(1 + :factor * max(0, (:now - last_review) / :day) / stability,
                                :decay) END),
                   sum(state > 0 AND last_review IS NOT NULL AND stability > 0)
            FROM cards WHERE hidden = 0 AND suspended = 0
            GROUP BY deck_id, topic ORDER BY deck_id, topic
            """,
            {
                "mature": MATURE_DAYS * DAY_MS,
                "factor": self._factor,
                "decay": self._decay,
                "now": self._now_ms,
                "day": DAY_MS,
            },
        ).fetchall()
        return tuple(
            TopicMastery(
                deck_id=deck,
                topic=topic,
                cards=int(cards),
                new=int(new),
                learning=int(learning),
                young=int(young),
                mature=int(mature),
                retrievability=float(r_sum) / int(studied) if studied else None,
            )
            for deck, topic, cards, new, learning, young, mature, r_sum, studied in rows
        )

    def _studied_on(self, index: int) -> bool:
        lo = self._start + index * DAY_MS
        row = self._conn.execute(
            "SELECT 1 FROM revlog WHERE reviewed_at >= ? AND reviewed_at < ? AND rating > 0 "
            "LIMIT 1",
            (lo, lo + DAY_MS),
        ).fetchone()
        return row is not None

    @guarded
    def streak(self) -> int:
        """Days in a row with at least one review, up to today (or yesterday, if
        nothing was studied yet today: the streak is not broken before the day ends)."""
        first = self._conn.execute("SELECT min(reviewed_at) FROM revlog").fetchone()[0]
        if first is None:
            return 0
        oldest = (int(first) - self._start) // DAY_MS
        index = 0 if self._studied_on(0) else -1
        streak = 0
        while index >= oldest and self._studied_on(index):
            streak += 1
            index -= 1
        return streak

    @guarded
    def time_studied(self) -> TimeStudied:
        def review_ms(since: int | None) -> int:
            if since is None:
                row = self._conn.execute(
                    "SELECT coalesce(sum(duration_ms), 0) FROM revlog WHERE rating > 0"
                ).fetchone()
            else:
                row = self._conn.execute(
                    "SELECT coalesce(sum(duration_ms), 0) FROM revlog "
                    "WHERE reviewed_at >= ? AND rating > 0",
                    (since,),
                ).fetchone()
            return int(row[0])

        week = self._since(7)
        return TimeStudied(
            today_ms=review_ms(self._start) + quiz_time_ms(self._conn, self._start),
            last_7_days_ms=review_ms(week) + quiz_time_ms(self._conn, week),
            total_review_ms=review_ms(None),
            total_quiz_ms=quiz_time_ms(self._conn),
        )

    @guarded
    def totals(self) -> tuple[int, int, int]:
        """(reviews today, reviews ever, distinct cards ever answered)."""
        today = self._conn.execute(
            "SELECT count(*) FROM revlog WHERE reviewed_at >= ? AND rating > 0", (self._start,)
        ).fetchone()[0]
        total = self._conn.execute("SELECT count(*) FROM revlog WHERE rating > 0").fetchone()[0]
        # on the (card_id, …) index; reset rows only exist for cards that were answered
        cards = self._conn.execute(
            "SELECT count(*) FROM (SELECT DISTINCT card_id FROM revlog)"
        ).fetchone()[0]
        return int(today), int(total), int(cards)

    @guarded
    def all(self, days: int = 30, weeks: int = 12, forecast_days: int = 30) -> Stats:
        today, total, cards = self.totals()
        return Stats(
            today=self.today,
            reviews_today=today,
            reviews_total=total,
            cards_studied=cards,
            streak_days=self.streak(),
            reviews_per_day=self.reviews_per_day(days),
            retention_per_day=self.retention_per_day(days),
            retention_per_week=self.retention_per_week(weeks),
            due_forecast=self.due_forecast(forecast_days),
            mastery=self.mastery(),
            time=self.time_studied(),
        )


def empty_stats(now: datetime, days: LearnerDays, parameters: tuple[float, ...]) -> Stats:
    """The statistics of a reader with no progress yet (no database file is created)."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrate(conn)
        return StatsQueries(conn, days, now, parameters).all()
    finally:
        conn.close()
