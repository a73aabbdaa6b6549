"""Fitting the FSRS parameters to the reader's own review log with
``fsrs_rs_python`` (no PyTorch), and deciding on a time-series split whether
to use them.

Split in two so the slow part can run off the GUI thread: :func:`collect_items`
reads the log (needs the store's connection), :func:`fit` trains and compares
(pure; safe in a worker thread).

The decision (:data:`RULE`): the answers are ordered by the day they were
given and cut where the latest quarter begins. Parameters are fitted on the
answers before the cut only, and both they and the current parameters predict
the answers after it; the fitted ones win only if their log loss there is
lower. Comparing on the answers the fit was trained on (as this module did
before) almost always favours the fit; the held-out later answers are what the
scheduler will meet. When the fit wins, the parameters adopted are fitted again
on every answer, the latest included (the test showed that fitting works for
this reader; the newest answers are the most telling ones to fit on).

fsrs-rs-python 0.9's ``evaluate_with_time_series_splits(items)`` is not used for
the decision: it trains on five growing prefixes and reports how well *fitting*
predicts the next segment, with no way to score the current parameters on the
same segments (and ``FSRS.evaluate`` weights items by recency, so its figures
are not comparable with it). Here both sets of parameters are scored by the
same ``FSRS.evaluate`` on the same held-out answers.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from fsrs.scheduler import LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS
from fsrs_rs_python import FSRS, FSRSItem, FSRSReview

from studyapp.core.store.clock import DAY_MS

MIN_REVIEWS = 400  # fewer answers than this make a noisy fit; keep the defaults
TEST_SHARE = 0.25  # the latest quarter of the answers is held out to test on

RULE = (
    "New parameters are fitted on your earlier answers only and kept only if they predict "
    "your latest answers (the last quarter, held out) better than the current ones do."
)

ComputeParameters = Callable[[Sequence[FSRSItem], Sequence[float]], Sequence[float]]


class Decision(Enum):
    """Why a run ended as it did (the GUI words each one)."""

    ADOPTED = "adopted"
    TOO_FEW = "too_few"  # fewer answers than MIN_REVIEWS
    NO_SPLIT = "no_split"  # all answers on too few days to hold any back
    NOT_BETTER = "not_better"  # the fit predicted the held-out answers no better
    FAILED = "failed"  # the fit returned something unusable


@dataclass(frozen=True, slots=True)
class OptimizerInput:
    items: tuple[FSRSItem, ...]
    review_count: int  # answers that make up the training histories
    card_count: int
    #: the reader's day of each item's last answer (the one it predicts), counted
    #: from the day ``collect_items`` was given (0), so the past is negative
    days: tuple[int, ...] = ()
    #: every answer in the log (resets left out), those it cannot learn from included:
    #: a card's answers count once the card has come back on a later day
    answer_count: int = 0


@dataclass(frozen=True, slots=True)
class Evaluation:
    """How well parameters predict a set of answers (lower is better for both)."""

    log_loss: float
    rmse: float  # fsrs-rs's RMSE over bins of similar cards, 0-1


@dataclass(frozen=True, slots=True)
class TimeSplit:
    """The items before the cut day (to fit on) and from it on (to test on)."""

    train: tuple[FSRSItem, ...]
    test: tuple[FSRSItem, ...]
    cut_day: int  # the first day of the test part, as in OptimizerInput.days


@dataclass(frozen=True, slots=True)
class OptimizeResult:
    parameters: tuple[float, ...]  # in effect after the run
    previous: tuple[float, ...]
    fitted: tuple[float, ...] | None  # fitted on the earlier answers (the one tested)
    adopted: bool
    review_count: int
    item_count: int
    log_loss_before: float | None  # the current parameters, on the held-out answers
    log_loss_after: float | None  # the parameters fitted on earlier answers, on the same
    reason: str
    decision: Decision = Decision.NOT_BETTER
    rmse_before: float | None = None
    rmse_after: float | None = None
    train_count: int = 0  # items fitted on
    test_count: int = 0  # held-out items tested on
    test_days: int = 0  # the held-out answers are those of the last ``test_days`` days
    answer_count: int = 0  # every answer in the log, the ones it could not learn from too

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
            "decision": self.decision.value,
            "rmse_before": self.rmse_before,
            "rmse_after": self.rmse_after,
            "train_count": self.train_count,
            "test_count": self.test_count,
            "test_days": self.test_days,
            "answer_count": self.answer_count,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> OptimizeResult:
        """A stored result (``Store.last_optimization``); fields of older runs default."""

        def floats(key: str) -> tuple[float, ...] | None:
            value = d.get(key)
            return tuple(float(x) for x in value) if value is not None else None

        def number(key: str) -> float | None:
            value = d.get(key)
            return float(value) if value is not None else None

        try:
            decision = Decision(d.get("decision", ""))
        except ValueError:
            decision = Decision.ADOPTED if d.get("adopted") else Decision.NOT_BETTER
        return cls(
            parameters=floats("parameters") or (),
            previous=floats("previous") or (),
            fitted=floats("fitted"),
            adopted=bool(d.get("adopted", False)),
            review_count=int(d.get("review_count", 0)),
            item_count=int(d.get("item_count", 0)),
            log_loss_before=number("log_loss_before"),
            log_loss_after=number("log_loss_after"),
            reason=str(d.get("reason", "")),
            decision=decision,
            rmse_before=number("rmse_before"),
            rmse_after=number("rmse_after"),
            train_count=int(d.get("train_count", 0)),
            test_count=int(d.get("test_count", 0)),
            test_days=int(d.get("test_days", 0)),
            answer_count=int(d.get("answer_count", d.get("review_count", 0))),
        )


def collect_items(conn: sqlite3.Connection, day_start_ms: int) -> OptimizerInput:
    """One training item per answer given on a later day than the card's previous
    answer, carrying the card's history up to it (as fsrs-rs expects), in the
    order the predicted answers were given (day by day).

    A card's history starts after its last reset. Days are the reader's days,
    counted in 24-hour steps from ``day_start_ms`` (the start of some day).
    """
    dated: list[tuple[int, int, FSRSItem]] = []  # (day, order read, item)
    review_count = 0
    card_count = 0
    answer_count = 0
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
                dated.append((day, len(dated), FSRSItem(list(reviews))))
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
        answer_count += 1
        history.append(((reviewed_at - day_start_ms) // DAY_MS, int(rating)))
    flush()
    dated.sort(key=lambda entry: (entry[0], entry[1]))
    return OptimizerInput(
        tuple(item for _d, _k, item in dated),
        review_count,
        card_count,
        tuple(day for day, _k, _i in dated),
        answer_count,
    )


def time_split(data: OptimizerInput, test_share: float = TEST_SHARE) -> TimeSplit | None:
    """The past to fit on and the future to test on: the cut is the day on which the
    latest ``test_share`` of the items begins (a day's items stay together). None
    when the items span too few days to hold any back with some left to fit on."""
    n = len(data.items)
    if n < 2 or len(data.days) != n:
        return None
    order = sorted(range(n), key=lambda i: data.days[i])  # already sorted when collected
    cut_day = data.days[order[min(n - 1, math.floor(n * (1 - test_share)))]]
    train = tuple(data.items[i] for i in order if data.days[i] < cut_day)
    test = tuple(data.items[i] for i in order if data.days[i] >= cut_day)
    if not train or not test:
        return None
    return TimeSplit(train, test, cut_day)


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


def evaluate(parameters: Sequence[float], items: Sequence[FSRSItem]) -> Evaluation:
    """Log loss and RMSE (bins) of ``parameters`` predicting ``items``' last answers."""
    result = FSRS(list(parameters)).evaluate(list(items))
    return Evaluation(float(result.log_loss), float(result.rmse_bins))


def _clamped(raw: Sequence[float]) -> tuple[float, ...] | None:
    """The fit within the scheduler's bounds (fsrs-rs works in 32-bit floats: a
    parameter at a bound can land a hair outside it); None if it is not 21 numbers."""
    if len(raw) != len(LOWER_BOUNDS_PARAMETERS):
        return None
    return tuple(
        min(max(float(p), low), high)
        for p, low, high in zip(raw, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS, strict=True)
    )


def fit(
    data: OptimizerInput,
    current: Sequence[float],
    *,
    min_reviews: int = MIN_REVIEWS,
    compute: ComputeParameters | None = None,
) -> OptimizeResult:
    """Fit on the earlier answers, test on the latest ones (see :data:`RULE`); adopt a
    fit on all answers only if the held-out test favours fitting over ``current``."""
    previous = tuple(float(p) for p in current)
    compute = compute or _default_compute
    outcome = _Outcome(previous, data)
    if data.review_count < min_reviews or not data.items:
        return outcome.keep(
            Decision.TOO_FEW,
            f"not enough reviews yet ({data.review_count} of {min_reviews} needed)",
        )
    split = time_split(data)
    if split is None:
        return outcome.keep(
            Decision.NO_SPLIT, "the reviews span too few days to test a fit on later ones"
        )
    outcome.train_count, outcome.test_count = len(split.train), len(split.test)
    outcome.test_days = max(1, 1 - split.cut_day)
    try:
        fitted = _clamped(compute(split.train, previous))
    except ValueError as exc:  # fsrs-rs refuses data it cannot fit (e.g. NotEnoughData)
        return outcome.keep(Decision.FAILED, f"the fit failed: {exc}")
    if fitted is None:
        return outcome.keep(Decision.FAILED, "the fit did not return 21 parameters")
    outcome.fitted = fitted
    outcome.before = evaluate(previous, split.test)
    outcome.after = evaluate(fitted, split.test)
    if not outcome.after.log_loss < outcome.before.log_loss:
        return outcome.keep(
            Decision.NOT_BETTER,
            "parameters fitted on the earlier reviews predict the latest ones no better",
        )
    try:
        final = _clamped(compute(data.items, previous))
    except ValueError as exc:
        return outcome.keep(Decision.FAILED, f"the fit on all reviews failed: {exc}")
    if final is None:
        return outcome.keep(Decision.FAILED, "the fit on all reviews did not return 21 parameters")
    return outcome.adopt(
        final, "parameters fitted on the earlier reviews predict the latest ones better"
    )


class _Outcome:
    """What a run has found so far, made into its :class:`OptimizeResult`."""

    def __init__(self, previous: tuple[float, ...], data: OptimizerInput) -> None:
        self.previous = previous
        self.data = data
        self.fitted: tuple[float, ...] | None = None
        self.before: Evaluation | None = None
        self.after: Evaluation | None = None
        self.train_count = self.test_count = self.test_days = 0

    def keep(self, decision: Decision, reason: str) -> OptimizeResult:
        return self._result(self.previous, decision, reason)

    def adopt(self, parameters: tuple[float, ...], reason: str) -> OptimizeResult:
        return self._result(parameters, Decision.ADOPTED, reason)

    def _result(
        self, parameters: tuple[float, ...], decision: Decision, reason: str
    ) -> OptimizeResult:
        before, after = self.before, self.after
        return OptimizeResult(
            parameters=parameters,
            previous=self.previous,
            fitted=self.fitted,
            adopted=decision is Decision.ADOPTED,
            review_count=self.data.review_count,
            item_count=len(self.data.items),
            log_loss_before=before.log_loss if before else None,
            log_loss_after=after.log_loss if after else None,
            reason=reason,
            decision=decision,
            rmse_before=before.rmse if before else None,
            rmse_after=after.rmse if after else None,
            train_count=self.train_count,
            test_count=self.test_count,
            test_days=self.test_days,
            answer_count=self.data.answer_count,
        )
