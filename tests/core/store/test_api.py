"""The store's public values: enums, round trips, no Qt."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from studyapp.core.deck.model import CardKind
from studyapp.core.store import (
    CardRecord,
    CardState,
    Rating,
    SchedulerSettings,
    Store,
)

from .conftest import QA, facts

ROOT = Path(__file__).resolve().parents[3]


def test_enum_values_are_stable() -> None:
    # stored in the database: never renumber
    assert [int(r) for r in Rating] == [1, 2, 3, 4]
    assert [int(s) for s in CardState] == [0, 1, 2, 3]
    assert [k.value for k in CardKind] == ["qa", "cloze", "reverse"]


def test_card_record_round_trip(store: Store) -> None:
    store.sync_cards("d", facts(1), QA)
    card = store.answer(store.next_card().id, Rating.GOOD).card  # type: ignore[union-attr]
    assert CardRecord.from_dict(card.to_dict()) == card


def test_settings_round_trip_and_validation() -> None:
    settings = SchedulerSettings(desired_retention=0.85, learning_steps=(timedelta(minutes=3),))
    assert SchedulerSettings.from_dict(settings.to_dict()) == settings
    assert SchedulerSettings.from_dict({}) == SchedulerSettings()
    for bad in ({"desired_retention": 1.2}, {"new_per_day": -1}, {"rollover_hour": 24}):
        try:
            SchedulerSettings.from_dict(bad)
        except ValueError:
            continue
        raise AssertionError(f"{bad} accepted")
