"""Helpers for the store tests: a clock the test moves by hand, and stores in tmp_path."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from studyapp.core.deck.model import CardKind
from studyapp.core.store import Store, open_store

T0 = datetime(2025, 3, 3, 12, 0, tzinfo=timezone.utc)  # a Monday, 12:00 UTC


class FakeClock:
    def __init__(self, start: datetime = T0) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now

    def set(self, moment: datetime) -> datetime:
        self.now = moment
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "progress.sqlite"


StoreFactory = Callable[..., Store]


@pytest.fixture
def make_store(db_path: Path, clock: FakeClock) -> Iterator[StoreFactory]:
    opened: list[Store] = []

    def make(**kwargs: object) -> Store:
        kwargs.setdefault("clock", clock)
        kwargs.setdefault("rng", random.Random(7))
        kwargs.setdefault("tz", timezone.utc)
        store = open_store(kwargs.pop("path", db_path), **kwargs)  # type: ignore[arg-type]
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


@pytest.fixture
def store(make_store: StoreFactory) -> Store:
    return make_store()


def facts(n: int, topic: str = "t1", prefix: str = "f") -> list[tuple[str, str]]:
    return [(f"{prefix}{i}", topic) for i in range(n)]


QA = (CardKind.QA,)
