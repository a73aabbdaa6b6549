"""Fitting the FSRS parameters to the reader's own review log with
``fsrs_rs_python`` (no PyTorch).

Split in two so the slow part can run off the GUI thread: :func:`collect_items`
reads the log (needs the store's connection), :func:`fit` trains and compares
(pure; safe in a worker thread). The new parameters are adopted only if they
predict the reader's answers better (lower log loss) than the current ones.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fsrs.scheduler import LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS
from fsrs_rs_python import FSRS, FSRSItem, FSRSReview

from studyapp.core.store.clock import DAY_MS

MIN_REVIEWS = 400  # fewer answers than this make a noisy fit; keep the defaults

ComputeParameters = Callable[[Sequence[FSRSItem], Sequence[float]], Sequence[float]]


@dataclass(frozen=True, slots=True)
class OptimizerInput:
    items: tuple[FSRSItem, ...]
    review_count: int  # answers that make up the training histories
    card_count: int


@dataclass(frozen=True, slots=True)
class OptimizeResult:
    parameters: tuple[float, ...]  # in effect after the run
    previous: tuple[float, ...]
    fitted: tuple[float, ...] | None
    adopted: bool
    review_count: int
    item_count: int
    log_loss_before: float | None
    log_loss_after: float | None
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "parameters": list(self.parameters),
            "previous": list(self.previous),
            "fitted": list(self.fitted) if self.fitted is not None else None,
            "adopted": self.adopted,
            "review_count": self.review_count,
            "item_count": self.item_count,
            "log_loss_before": self.log_loss_before,
            "log_loss_after": self.log_loss_after,
            "reason": self.reason,
        }


def collect_items(conn: sqlite3.Connection, day_start_ms: int) -> OptimizerInput:
    """One training item per answer given on a later day than the card's previous
    answer, carrying the card's history up to it (as fsrs-rs expects).

    A card's history starts after its last reset. Days are the reader's days,
    counted in 24-hour steps from ``day_start_ms`` (the start of some day).
    """
    items: list[FSRSItem] = []
    review_count = 0
    card_count = 0
    history: list[tuple[int, int]] = []  # (day, rating)
    current: int | None = None

    def flush() -> None:
        nonlocal review_count, card_count
        reviews: list[FSRSReview] = []
        used = 0
        last_day = history[0][0] if history else 0
        for i, (day, rating) in enumerate(history):
            delta = day - last_day
            reviews.append(FSRSReview(rating, delta))
            last_day = day
            if delta > 0:
                items.append(FSRSItem(list(reviews)))
                used = i + 1
        if used:
            review_count += used
            card_count += 1

    for card_id, reviewed_at, rating in conn.execute(
        "SELECT card_id, reviewed_at, rating FROM revlog ORDER BY card_id, reviewed_at, id"
    ):
        if card_id != current:
            flush()
            history = []
            current = card_id
        if rating == 0:  # a reset: the card starts over
            history = []
            continue
        history.append(((reviewed_at - day_start_ms) // DAY_MS, int(rating)))
    flush()
    return OptimizerInput(tuple(items), review_count, card_count)


@dataclass(frozen=True, slots=True)
class OptimizeJob:
    """A whole optimization as one call that can run in a worker thread: it reads
    the review log through its own read-only connection (the store's connection
    belongs to the thread that opened it), then fits. Hand the result to
    :meth:`Store.apply_optimization` back on the store's thread."""

    path: Path
    day_start_ms: int
    current: tuple[float, ...]
    min_reviews: int = MIN_REVIEWS

    def __call__(self) -> OptimizeResult:
        conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            data = collect_items(conn, self.day_start_ms)
        finally:
            conn.close()
        return fit(data, self.current, min_reviews=self.min_reviews)


def _default_compute(items: Sequence[FSRSItem], current: Sequence[float]) -> Sequence[float]:
    return FSRS(list(current)).compute_parameters(list(items))


def _log_loss(parameters: Sequence[float], items: Sequence[FSRSItem]) -> float:
    return float(FSRS(list(parameters)).evaluate(list(items)).log_loss)


def fit(
    data: OptimizerInput,
    current: Sequence[float],
    *,
    min_reviews: int = MIN_REVIEWS,
    compute: ComputeParameters | None = None,
) -> OptimizeResult:
    """Train on ``data``; keep ``current`` unless the fit has a lower log loss."""
    previous = tuple(float(p) for p in current)

    def keep(reason: str, **extra: Any) -> OptimizeResult:
        return OptimizeResult(
            parameters=previous,
            previous=previous,
            fitted=extra.get("fitted"),
            adopted=False,
            review_count=data.review_count,
            item_count=len(data.items),
            log_loss_before=extra.get("before"),
            log_loss_after=extra.get("after"),
            reason=reason,
        )

    if data.review_count < min_reviews or not data.items:
        return keep(f"not enough reviews yet ({data.review_count} of {min_reviews} needed)")
    raw = (compute or _default_compute)(data.items, previous)
    if len(raw) != len(LOWER_BOUNDS_PARAMETERS):
        return keep(f"the fit returned {len(raw)} parameters, not {len(LOWER_BOUNDS_PARAMETERS)}")
    # fsrs-rs works in 32-bit floats: a parameter at a bound can land a hair outside it
    fitted = tuple(
        min(max(float(p), low), high)
        for p, low, high in zip(raw, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS, strict=True)
    )
    before = _log_loss(previous, data.items)
    after = _log_loss(fitted, data.items)
    if not after < before:
        return keep(
            "the new fit is not better than the current parameters",
            fitted=fitted,
            before=before,
            after=after,
        )
    return OptimizeResult(
        parameters=fitted,
        previous=previous,
        fitted=fitted,
        adopted=True,
        review_count=data.review_count,
        item_count=len(data.items),
        log_loss_before=before,
        log_loss_after=after,
        reason="the new parameters predict your answers better",
    )
