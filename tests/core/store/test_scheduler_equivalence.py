"""The scheduler's fast path gives bit for bit what ``fsrs.Scheduler.review_card`` gives.

:class:`FsrsScheduler` computes the four ratings' outcomes at once with the
library's memory-model functions instead of four ``review_card`` calls, and an
answer reuses the outcomes its buttons were labelled with. The reference here
is the plain way: one ``review_card`` per answer, then our fuzz.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import fsrs
from fsrs.scheduler import (
    DEFAULT_PARAMETERS,
    LOWER_BOUNDS_PARAMETERS,
    UPPER_BOUNDS_PARAMETERS,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from studyapp.core.store.clock import truncate_ms
from studyapp.core.store.records import CardId, CardKind, CardRecord, CardState, Rating
from studyapp.core.store.scheduler import FsrsScheduler, fuzzed_days, to_fsrs_card
from studyapp.core.store.settings import SchedulerSettings

T0 = datetime(2025, 3, 3, 12, 0, tzinfo=timezone.utc)
PROPERTY = settings(max_examples=400, deadline=None)


def reference_review(
    sched: FsrsScheduler, card: CardRecord, rating: Rating, now: datetime
) -> CardRecord:
    """One ``review_card`` call and our fuzz: the scheduler as it was first written."""
    s = sched.settings
    lib = fsrs.Scheduler(
        parameters=s.parameters,
        desired_retention=s.desired_retention,
        learning_steps=s.learning_steps,
        relearning_steps=s.relearning_steps,
        maximum_interval=s.maximum_interval,
        enable_fuzzing=False,
    )
    result, _log = lib.review_card(to_fsrs_card(card), fsrs.Rating(int(rating)), now)
    due: datetime = result.due
    state = CardState(int(result.state))
    if state is CardState.REVIEW and s.enable_fuzz:
        days = fuzzed_days((due - now).days, sched._fuzz_unit(card), s.maximum_interval)
        due = now + timedelta(days=days)
    else:
        due = truncate_ms(due)
    lapsed = card.state is CardState.REVIEW and rating is Rating.AGAIN
    return CardRecord(
        id=card.id,
        deck_id=card.deck_id,
        fact_id=card.fact_id,
        kind=card.kind,
        topic=card.topic,
        state=state,
        step=result.step,
        stability=result.stability,
        difficulty=result.difficulty,
        due=due,
        last_review=now,
        reps=card.reps + 1,
        lapses=card.lapses + (1 if lapsed else 0),
    )


STEPS = st.lists(
    st.integers(min_value=1, max_value=3 * 86_400).map(lambda s: timedelta(seconds=s)),
    max_size=3,
).map(tuple)


# The default weights, or any the optimizer could adopt (each within the library's bounds).
PARAMETERS = st.one_of(
    st.just(tuple(DEFAULT_PARAMETERS)),
    st.tuples(
        *(
            st.floats(min_value=low, max_value=high)
            for low, high in zip(LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS, strict=True)
        )
    ),
)


@st.composite
def scheduler_settings(draw: st.DrawFn) -> SchedulerSettings:
    return SchedulerSettings(
        parameters=draw(PARAMETERS),
        desired_retention=draw(st.floats(min_value=0.7, max_value=0.99)),
        learning_steps=draw(STEPS),
        relearning_steps=draw(STEPS),
        maximum_interval=draw(st.sampled_from([36500, 365, 30, 3])),
        enable_fuzz=draw(st.booleans()),
    )


@st.composite
def cards(draw: st.DrawFn) -> CardRecord:
    """Any card the store can hold: new, or in a (re)learning step, possibly past
    the last one (the steps were shortened), or in review; reviewed seconds to
    years before T0, at millisecond precision."""
    state = draw(st.sampled_from(list(CardState)))
    reps = draw(st.integers(min_value=0, max_value=50))
    card_id = CardId(draw(st.integers(min_value=1, max_value=10**7)))
    if state is CardState.NEW:
        return CardRecord(
            card_id, "d", "f", CardKind.QA, "t", state, None, None, None, T0, None, 0, 0
        )
    ago = timedelta(milliseconds=draw(st.integers(min_value=0, max_value=3 * 365 * 86_400_000)))
    step = None if state is CardState.REVIEW else draw(st.integers(min_value=0, max_value=4))
    stability = draw(st.floats(min_value=-3.0, max_value=4.6).map(lambda x: 10.0**x))
    difficulty = draw(st.floats(min_value=1.0, max_value=10.0, allow_nan=False))
    return CardRecord(
        id=card_id,
        deck_id="d",
        fact_id="f",
        kind=CardKind.QA,
        topic="t",
        state=state,
        step=step,
        stability=stability,
        difficulty=difficulty,
        due=T0 - ago + timedelta(days=1),
        last_review=T0 - ago,
        reps=max(1, reps),
        lapses=draw(st.integers(min_value=0, max_value=5)),
    )


# From T0: sub-second, around whole-day boundaries of the last review, and long gaps.
GAPS = st.one_of(
    st.integers(min_value=0, max_value=10_000),
    st.integers(min_value=0, max_value=3 * 86_400_000),
    st.integers(min_value=0, max_value=400 * 86_400_000),
).map(lambda ms: timedelta(milliseconds=ms))


@PROPERTY
@given(sched_settings=scheduler_settings(), card=cards(), gap=GAPS, salt=st.integers(0, 2**31))
def test_every_rating_equals_the_library(
    sched_settings: SchedulerSettings, card: CardRecord, gap: timedelta, salt: int
) -> None:
    sched = FsrsScheduler(sched_settings, salt)
    now = T0 + gap
    shown = sched.preview(card, now)
    for rating in Rating:
        expected = reference_review(sched, card, rating, now)
        assert FsrsScheduler(sched_settings, salt).review(card, rating, now) == expected
        assert sched.review(card, rating, now) == expected  # reusing the preview
        assert shown[rating] == expected.due - now


@PROPERTY
@given(
    sched_settings=scheduler_settings(),
    card=cards(),
    shown_gap=GAPS,
    later=st.integers(min_value=0, max_value=2 * 86_400_000).map(
        lambda ms: timedelta(milliseconds=ms)
    ),
    rating=st.sampled_from(list(Rating)),
)
def test_an_answer_after_the_preview_equals_a_fresh_answer(
    sched_settings: SchedulerSettings,
    card: CardRecord,
    shown_gap: timedelta,
    later: timedelta,
    rating: Rating,
) -> None:
    """The buttons are labelled at one instant and the answer comes later, maybe
    across a day boundary of the last review: the answer is computed for its own
    instant either way."""
    sched = FsrsScheduler(sched_settings, 11)
    shown_at = T0 + shown_gap
    sched.preview(card, shown_at)
    answered_at = shown_at + later
    fresh = FsrsScheduler(sched_settings, 11).review(card, rating, answered_at)
    assert sched.review(card, rating, answered_at) == fresh
    assert fresh == reference_review(sched, card, rating, answered_at)


def test_an_equal_record_reuses_the_preview_and_a_changed_one_does_not() -> None:
    sched = FsrsScheduler(SchedulerSettings(enable_fuzz=False), 0)
    card = CardRecord(
        CardId(1), "d", "f", CardKind.QA, "t", CardState.REVIEW, None, 10.0, 5.0,
        T0, T0 - timedelta(days=10), 3, 0,
    )  # fmt: skip
    sched.preview(card, T0)
    memo = sched._memo
    same = CardRecord(**{f: getattr(card, f) for f in card.__slots__})  # type: ignore[attr-defined]
    sched.outcomes(same, T0 + timedelta(hours=1))
    assert sched._memo is memo
    harder = CardRecord(**{**{f: getattr(card, f) for f in card.__slots__}, "difficulty": 9.0})  # type: ignore[attr-defined]
    assert sched.review(harder, Rating.GOOD, T0) == reference_review(sched, harder, Rating.GOOD, T0)
    assert sched._memo is not memo
