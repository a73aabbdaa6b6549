"""Fitting FSRS to the reader's own log; the old parameters stay unless the fit is better."""

from __future__ import annotations

import random
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone
from pathlib import Path

import fsrs
import pytest
from fsrs_rs_python import FSRSItem

from studyapp.core.deck.model import CardKind
from studyapp.core.store import Store, fit
from studyapp.core.store.clock import to_ms
from studyapp.core.store.optimize import collect_items
from studyapp.core.store.settings import SchedulerSettings

from .conftest import QA, StoreFactory

DEFAULTS = SchedulerSettings().parameters


def _simulated_history(store: Store, cards: int = 150, reviews: int = 8) -> int:
    """Write a review log of a reader whose memory follows other parameters than the
    defaults (answers drawn with a seeded generator); returns the number of answers."""
    truth = fsrs.Scheduler(
        parameters=(0.5, 1.5, 4.0, 12.0, *DEFAULTS[4:]),
        learning_steps=(),  # every answer a day or more after the previous one
        relearning_steps=(),
        enable_fuzzing=False,
    )
    rng = random.Random(42)
    store.sync_cards("sim", [(f"f{i}", "t") for i in range(cards)], QA)
    ids = {r[1]: r[0] for r in store._conn.execute("SELECT id, fact_id FROM cards")}
    rows = []
    for i in range(cards):
        moment = datetime(2024, 1, 1, 9, tzinfo=timezone.utc) + timedelta(days=rng.randrange(60))
        card = fsrs.Card(card_id=ids[f"f{i}"], due=moment)
        for _ in range(reviews):
            recall = truth.get_card_retrievability(card, moment) if card.last_review else 0.6
            rating = fsrs.Rating.Good if rng.random() < recall else fsrs.Rating.Again
            before = 0 if card.last_review is None else int(card.state)
            card, _ = truth.review_card(card, rating, moment)
            rows.append((card.card_id, to_ms(moment), int(rating), before, to_ms(card.due)))
            moment = card.due + timedelta(hours=rng.randrange(0, 30))
    store._conn.executemany(
        "INSERT INTO revlog (card_id, reviewed_at, rating, state_before, state_after, due_after) "
        "VALUES (?, ?, ?, ?, 2, ?)",
        rows,
    )
    return len(rows)


def test_too_few_reviews_keeps_the_defaults(store: Store) -> None:
    _simulated_history(store, cards=10, reviews=5)
    result = store.optimize_parameters()
    assert not result.adopted
    assert "not enough reviews" in result.reason
    assert store.settings.parameters == DEFAULTS


def test_optimizing_learns_from_the_log_and_keeps_a_fit_that_is_not_better(
    make_store: StoreFactory, db_path: Path
) -> None:
    store = make_store()
    answers = _simulated_history(store)
    first = store.optimize_parameters()
    assert first.review_count == answers  # the reader's whole log
    assert first.item_count > 0
    assert first.adopted, first.reason
    assert first.log_loss_after < first.log_loss_before  # type: ignore[operator]
    assert store.settings.parameters == first.parameters != DEFAULTS

    second = store.optimize_parameters()  # same data: the fit cannot beat itself
    assert not second.adopted
    assert "not better" in second.reason
    assert second.review_count == answers
    assert store.settings.parameters == first.parameters

    store.close()  # adopted parameters are stored with the progress
    assert make_store().settings.parameters == first.parameters


def test_a_worse_fit_is_not_adopted(store: Store) -> None:
    _simulated_history(store)
    data = store.optimizer_input()
    good = fit(data, DEFAULTS).parameters

    def worse(items: Sequence[FSRSItem], current: Sequence[float]) -> list[float]:
        return [*DEFAULTS[:4], 9.0, *DEFAULTS[5:]]

    result = fit(data, good, compute=worse)
    assert not result.adopted
    assert result.parameters == good
    assert result.log_loss_after > result.log_loss_before  # type: ignore[operator]


def test_history_restarts_after_a_reset(store: Store) -> None:
    store.sync_cards("d", [("f0", "t")], [CardKind.QA])
    card_id = store._conn.execute("SELECT id FROM cards").fetchone()[0]
    day = 86_400_000
    start = to_ms(datetime(2024, 1, 1, 12, tzinfo=timezone.utc))
    log = [(0, 3), (1, 3), (4, 1), (5, 0), (9, 3), (9, 3), (12, 3)]  # (day, rating); 0 = reset
    store._conn.executemany(
        "INSERT INTO revlog (card_id, reviewed_at, rating, state_before, state_after, due_after) "
        "VALUES (?, ?, ?, 2, 2, 0)",
        [(card_id, start + d * day, r) for d, r in log],
    )
    data = collect_items(store._conn, start)
    assert data.review_count == 3  # days 9, 9, 12: the answers before the reset are dropped
    assert len(data.items) == 1
    item = data.items[0]
    assert repr(item) == (
        "FSRSItem { reviews: [FSRSReview { rating: 3, delta_t: 0 }, "
        "FSRSReview { rating: 3, delta_t: 0 }, FSRSReview { rating: 3, delta_t: 3 }] }"
    )


@pytest.mark.parametrize("min_reviews", [0, 10])
def test_min_reviews_can_be_lowered(store: Store, min_reviews: int) -> None:
    _simulated_history(store, cards=10, reviews=5)
    result = store.optimize_parameters(min_reviews=min_reviews)
    assert "not enough" not in result.reason


def test_a_fit_a_hair_outside_the_bounds_is_clamped(store: Store) -> None:
    _simulated_history(store)
    data = store.optimizer_input()

    def float32_fit(items: Sequence[FSRSItem], current: Sequence[float]) -> list[float]:
        return [*fit(data, DEFAULTS).parameters[:20], 0.800000011920929]

    result = fit(data, DEFAULTS, compute=float32_fit)
    assert result.fitted is not None and result.fitted[20] == 0.8
    fsrs.Scheduler(parameters=result.fitted)  # valid for the scheduler


def test_the_job_runs_in_a_worker_thread(store: Store) -> None:
    answers = _simulated_history(store)
    job = store.optimize_job()
    with ThreadPoolExecutor(max_workers=1) as pool:
        result = pool.submit(job).result()
    assert result.review_count == answers and result.adopted
    assert store.settings.parameters == DEFAULTS  # nothing changes until it is applied
    store.apply_optimization(result)
    assert store.settings.parameters == result.parameters
