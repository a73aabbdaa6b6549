"""The scheduling settings the store keeps with the progress (they belong to the
reader's history: the FSRS parameters are fitted to it).

``desired_retention``, ``new_per_day``, ``reviews_per_day`` and ``new_order``
are the defaults of every deck; a deck can have its own
(:mod:`studyapp.core.store.options`)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import timedelta
from enum import Enum
from typing import Any

from fsrs.scheduler import DEFAULT_PARAMETERS

DEFAULT_DESIRED_RETENTION = 0.90
MIN_RETENTION, MAX_RETENTION = 0.50, 0.99  # what the scheduler accepts
NORMAL_DAY, LIGHT_DAY = 1.0, 0.5  # easy days: a light day gets at most half the load


class NewOrder(str, Enum):
    """The order in which a deck's new cards are introduced."""

    DECK = "deck"  # the order the cards were added: the deck's own order
    TOPIC = "topic"  # one topic after another, in the order topics appear in the deck
    RANDOM = "random"  # shuffled (the same shuffle every time, new cards slot in)


@dataclass(frozen=True, slots=True)
class SchedulerSettings:
    """FSRS and queue settings.

    ``parameters`` are the 21 FSRS-6 weights; optimizing replaces them.
    ``learning_steps``/``relearning_steps`` are the short intervals of new and
    lapsed cards. ``rollover_hour`` is when the reader's day starts.
    ``load_balance``: within the fuzz range, a review goes to the day with fewer
    reviews due; ``easy_days`` (Monday first, :data:`NORMAL_DAY` or
    :data:`LIGHT_DAY`) marks days of the week that get fewer.
    """

    desired_retention: float = DEFAULT_DESIRED_RETENTION
    new_per_day: int = 20
    reviews_per_day: int = 200
    new_order: NewOrder = NewOrder.DECK
    load_balance: bool = True
    easy_days: tuple[float, ...] = (NORMAL_DAY,) * 7
    learning_steps: tuple[timedelta, ...] = (timedelta(minutes=1), timedelta(minutes=10))
    relearning_steps: tuple[timedelta, ...] = (timedelta(minutes=10),)
    maximum_interval: int = 36500
    enable_fuzz: bool = True
    bury_siblings: bool = True
    rollover_hour: int = 4
    learn_ahead: timedelta = timedelta(minutes=20)
    parameters: tuple[float, ...] = field(default=tuple(DEFAULT_PARAMETERS))

    def __post_init__(self) -> None:
        check_retention(self.desired_retention)
        if self.new_per_day < 0:
            raise ValueError("the daily new-card limit cannot be negative")
        if self.reviews_per_day < 0:
            raise ValueError("the daily review limit cannot be negative")
        if len(self.easy_days) != 7 or any(not 0 <= d <= 1 for d in self.easy_days):
            raise ValueError("easy days are seven loads from 0 to 1, Monday first")
        if not 0 <= self.rollover_hour <= 23:
            raise ValueError("the day must start at an hour from 0 to 23")
        if self.maximum_interval < 1:
            raise ValueError("the maximum interval must be at least one day")

    def with_changes(self, **changes: Any) -> SchedulerSettings:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return {
            "desired_retention": self.desired_retention,
            "new_per_day": self.new_per_day,
            "reviews_per_day": self.reviews_per_day,
            "new_order": self.new_order.value,
            "load_balance": self.load_balance,
            "easy_days": list(self.easy_days),
            "learning_steps": [int(s.total_seconds()) for s in self.learning_steps],
            "relearning_steps": [int(s.total_seconds()) for s in self.relearning_steps],
            "maximum_interval": self.maximum_interval,
            "enable_fuzz": self.enable_fuzz,
            "bury_siblings": self.bury_siblings,
            "rollover_hour": self.rollover_hour,
            "learn_ahead": int(self.learn_ahead.total_seconds()),
            "parameters": list(self.parameters),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> SchedulerSettings:
        """Missing keys take their defaults, so older stored settings still load."""
        base = cls()
        return cls(
            desired_retention=float(d.get("desired_retention", base.desired_retention)),
            new_per_day=int(d.get("new_per_day", base.new_per_day)),
            reviews_per_day=int(d.get("reviews_per_day", base.reviews_per_day)),
            new_order=NewOrder(d.get("new_order", base.new_order.value)),
            load_balance=bool(d.get("load_balance", base.load_balance)),
            easy_days=tuple(float(x) for x in d.get("easy_days", base.easy_days)),
            learning_steps=_steps(d.get("learning_steps"), base.learning_steps),
            relearning_steps=_steps(d.get("relearning_steps"), base.relearning_steps),
            maximum_interval=int(d.get("maximum_interval", base.maximum_interval)),
            enable_fuzz=bool(d.get("enable_fuzz", base.enable_fuzz)),
            bury_siblings=bool(d.get("bury_siblings", base.bury_siblings)),
            rollover_hour=int(d.get("rollover_hour", base.rollover_hour)),
            learn_ahead=timedelta(
                seconds=int(d.get("learn_ahead", base.learn_ahead.total_seconds()))
            ),
            parameters=tuple(float(p) for p in d.get("parameters", base.parameters)),
        )


def check_retention(value: float) -> None:
    """The desired retention the scheduler accepts (0.50-0.99)."""
    if not MIN_RETENTION <= value <= MAX_RETENTION:
        raise ValueError(
            f"desired retention {value} is outside {MIN_RETENTION:.2f}-{MAX_RETENTION:.2f}"
        )


def _steps(value: Any, default: tuple[timedelta, ...]) -> tuple[timedelta, ...]:
    if value is None:
        return default
    return tuple(timedelta(seconds=int(s)) for s in value)
