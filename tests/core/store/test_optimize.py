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
from studyapp.core.store import OptimizerInput, Store, fit
from studyapp.core.store.clock import to_ms
from studyapp.core.store.optimize import (
    Decision,
    OptimizeResult,
    _default_compute,
    collect_items,
    evaluate,
    time_split,
)
from studyapp.core.store.settings import SchedulerSettings

from .conftest import QA, StoreFactory

DEFAULTS = SchedulerSettings().parameters


# A reader whose memory is weaker than the defaults say: a fit to them is better.
WEAK = (0.1, 0.3, 1.0, 4.0, *DEFAULTS[4:8], 0.8, *DEFAULTS[9:])
START = datetime(2024, 1, 1, 9, tzinfo=timezone.utc)


def _simulated_history(
    store: Store,
    cards: int = 150,
    reviews: int = 8,
    *,
    truth: Sequence[float] = WEAK,
    later: Sequence[float] | None = None,
    switch: datetime | None = None,
    span_days: int = 60,
) -> int:
    """Write a review log of a reader whose memory follows ``truth`` (and, from
    ``switch`` on, ``later``); answers drawn with a seeded generator. Returns the
    number of answers."""
    schedulers = [
        fsrs.Scheduler(
            parameters=tuple(p),
            learning_steps=(),  # every answer a day or more after the previous one
            relearning_steps=(),
            enable_fuzzing=False,
        )
        for p in (truth, later or truth)
    ]
    rng = random.Random(42)
    store.sync_cards("sim", [(f"f{i}", "t") for i in range(cards)], QA)
    ids = {r[1]: r[0] for r in store._conn.execute("SELECT id, fact_id FROM cards")}
    rows = []
    for i in range(cards):
        moment = START + timedelta(days=rng.randrange(span_days))
        card = fsrs.Card(card_id=ids[f"f{i}"], due=moment)
        for _ in range(reviews):
            memory = schedulers[switch is not None and moment >= switch]
            recall = memory.get_card_retrievability(card, moment) if card.last_review else 0.6
            rating = fsrs.Rating.Good if rng.random() < recall else fsrs.Rating.Again
            before = 0 if card.last_review is None else int(card.state)
            card, _ = memory.review_card(card, rating, moment)
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

    # Tested on the latest quarter, held out: the current parameters were fitted with
    # those answers, a fit without them cannot predict them better.
    assert first.test_count > 0 and first.train_count + first.test_count == first.item_count
    assert first.rmse_before is not None and first.rmse_after is not None
    second = store.optimize_parameters()
    assert not second.adopted
    assert second.decision is Decision.NOT_BETTER
    assert second.log_loss_after >= second.log_loss_before  # type: ignore[operator]
    assert second.review_count == answers
    assert store.settings.parameters == first.parameters

    store.close()  # adopted parameters are stored with the progress
    assert make_store().settings.parameters == first.parameters


def test_a_fit_to_the_past_that_predicts_the_future_worse_is_rejected(store: Store) -> None:
    """The reader's memory was weak for their first 80 days and then became what the
    current parameters (the defaults) describe. Fitted on the earlier answers, the
    parameters describe the past better than the current ones, but predict the
    held-out later answers worse: they are rejected. The old rule, fitting and
    comparing on the same answers, would have adopted a fit."""
    _simulated_history(
        store,
        cards=300,
        truth=WEAK,
        later=DEFAULTS,
        switch=START + timedelta(days=80),
        span_days=100,
    )
    data = store.optimizer_input()
    split = time_split(data)
    assert split is not None

    result = store.optimize_parameters()

    assert result.fitted is not None
    assert evaluate(result.fitted, split.train).log_loss < evaluate(DEFAULTS, split.train).log_loss
    assert result.log_loss_after > result.log_loss_before  # type: ignore[operator]
    assert result.test_count == len(split.test) and result.train_count == len(split.train)
    assert not result.adopted and result.decision is Decision.NOT_BETTER
    assert store.settings.parameters == DEFAULTS
    in_sample = _default_compute(data.items, DEFAULTS)  # what the old rule compared
    assert evaluate(in_sample, data.items).log_loss < evaluate(DEFAULTS, data.items).log_loss


def test_the_split_holds_out_the_latest_quarter_by_day(store: Store) -> None:
    _simulated_history(store)
    data = store.optimizer_input()
    assert list(data.days) == sorted(data.days)  # items in the order they were answered
    split = time_split(data)
    assert split is not None
    assert len(split.train) + len(split.test) == len(data.items)
    assert 0.2 < len(split.test) / len(data.items) < 0.3
    assert (
        max(d for d in data.days if d < split.cut_day)
        < split.cut_day
        == min(d for d in data.days[len(split.train) :])
    )


def test_answers_of_a_single_day_cannot_be_split() -> None:
    from fsrs_rs_python import FSRSReview

    items = tuple(FSRSItem([FSRSReview(3, 0), FSRSReview(3, 2)]) for _ in range(500))
    data = OptimizerInput(items, review_count=1000, card_count=500, days=(0,) * 500)
    result = fit(data, DEFAULTS)
    assert result.decision is Decision.NO_SPLIT and not result.adopted


def test_a_result_survives_being_stored(store: Store) -> None:
    _simulated_history(store)
    result = store.optimize_parameters()
    assert store.last_optimization() == result
    assert OptimizeResult.from_dict({"adopted": True}).decision is Decision.ADOPTED


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
