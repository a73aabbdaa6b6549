"""A review session without a display: question → answer → rating → next card,
undo, the end screen, time on a card, and refusals of actions out of turn."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studyapp.core.deck.load import load_deck
from studyapp.core.deck.model import CardKind, Deck
from studyapp.core.review_session import (
    MAX_ANSWER_MS,
    ReviewSession,
    ReviewState,
    SessionError,
    format_interval,
)
from studyapp.core.store import CardState, Rating, Store, UndoError, open_store

from .store.conftest import T0, FakeClock

QA = (CardKind.QA,)


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def mini(mini_deck_path: Path) -> Deck:
    return load_deck(mini_deck_path)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(tmp_path: Path, clock: FakeClock) -> Iterator[Store]:
    s = open_store(tmp_path / "progress.sqlite", clock=clock, rng=random.Random(7), tz=timezone.utc)
    yield s
    s.close()


def add_deck(store: Store, deck: Deck, count: int | None = None, deck_id: str | None = None) -> list[str]:  # fmt: skip
    facts = [(f.id, f.topic) for f in deck.facts[:count]]
    store.sync_cards(deck_id or deck.id, facts, QA)
    return [f for f, _ in facts]


def states(store: Store, deck_id: str = "mini") -> list[CardState]:
    return [c.state for c in store.all_cards([deck_id])]


def test_question_answer_rating_next_until_finished(store: Store, mini: Deck) -> None:
    ids = add_deck(store, mini, 3)
    session = ReviewSession(store, ["mini"])
    assert session.state is ReviewState.FINISHED  # nothing shown before start()
    session.start()
    shown: list[str] = []
    while session.state is not ReviewState.FINISHED:
        assert session.state is ReviewState.QUESTION
        assert session.card is not None
        assert session.intervals == {}  # the buttons appear with the answer
        shown.append(session.card.fact_id)
        assert session.progress == (len(shown) - 1, 3)
        session.show_answer()
        assert session.state is ReviewState.ANSWER
        assert list(session.intervals) == [Rating.AGAIN, Rating.HARD, Rating.GOOD, Rating.EASY]
        result = session.rate(Rating.EASY)
        assert result.card.state is CardState.REVIEW
    assert shown == ids  # new cards in deck order
    assert session.card is None
    assert session.progress == (3, 3)
    assert session.reviewed == 3
    assert states(store) == [CardState.REVIEW] * 3


def test_the_buttons_show_longer_intervals_for_easier_ratings(store: Store, mini: Deck) -> None:
    add_deck(store, mini, 1)
    session = ReviewSession(store)
    session.start()
    session.show_answer()
    again, hard, good, easy = (session.intervals[r] for r in Rating)
    assert again < hard < good < easy
    assert easy >= timedelta(days=1)


def test_time_on_a_card_comes_from_the_injected_clock_and_is_capped(
    store: Store, mini: Deck
) -> None:
    add_deck(store, mini, 2)
    tick = FakeMonotonic()
    session = ReviewSession(store, monotonic=tick)
    session.start()
    tick.now += 7.25
    session.show_answer()
    first = session.rate(Rating.GOOD)
    tick.now += 600  # left on screen for ten minutes
    session.show_answer()
    second = session.rate(Rating.GOOD)
    assert [r.duration_ms for r in store.review_log(first.card.id)] == [7250]
    assert [r.duration_ms for r in store.review_log(second.card.id)] == [MAX_ANSWER_MS]


def test_undo_shows_the_card_again_and_removes_the_rating(store: Store, mini: Deck) -> None:
    add_deck(store, mini, 2)
    tick = FakeMonotonic()
    session = ReviewSession(store, monotonic=tick)
    session.start()
    assert not session.can_undo
    first = session.card
    assert first is not None
    session.show_answer()
    session.rate(Rating.EASY)
    assert session.card is not None and session.card.id != first.id
    assert session.can_undo

    tick.now += 3
    restored = session.undo()
    assert restored.id == first.id
    assert session.state is ReviewState.QUESTION
    assert session.card == restored
    assert session.card.state is CardState.NEW
    assert session.reviewed == 0
    assert session.last_result is None
    assert store.review_log(first.id) == []
    assert not session.can_undo
    # The time on the card starts again from the undo.
    tick.now += 2
    session.show_answer()
    again = session.rate(Rating.GOOD)
    assert [r.duration_ms for r in store.review_log(again.card.id)] == [2000]


def test_undo_from_the_end_screen_returns_to_the_last_card(store: Store, mini: Deck) -> None:
    add_deck(store, mini, 1)
    session = ReviewSession(store)
    session.start()
    card = session.card
    session.show_answer()
    session.rate(Rating.EASY)
    assert session.state is ReviewState.FINISHED
    session.undo()
    assert session.state is ReviewState.QUESTION
    assert session.card is not None and card is not None and session.card.id == card.id
    assert session.progress == (0, 1)


def test_undo_does_not_reach_into_an_earlier_session(store: Store, mini: Deck) -> None:
    add_deck(store, mini, 2)
    earlier = ReviewSession(store)
    earlier.start()
    earlier.show_answer()
    earlier.rate(Rating.EASY)
    later = ReviewSession(store)
    later.start()
    assert store.can_undo
    assert not later.can_undo
    with pytest.raises(SessionError):
        later.undo()


def test_a_refused_undo_does_not_take_back_an_earlier_sessions_rating(
    store: Store, mini: Deck
) -> None:
    add_deck(store, mini, 2)
    earlier = ReviewSession(store)
    earlier.start()
    earlier.show_answer()
    kept = earlier.rate(Rating.EASY)
    session = ReviewSession(store)
    session.start()
    session.show_answer()
    result = session.rate(Rating.EASY)
    store.reset([result.card.id])  # e.g. from Browse: the rating can no longer be undone
    with pytest.raises(UndoError, match="no longer be undone"):
        session.undo()
    assert not session.can_undo
    with pytest.raises(SessionError):
        session.undo()
    assert [r.rating for r in store.review_log(kept.card.id)] == [Rating.EASY]


@pytest.mark.parametrize(
    ("setup", "action"),
    [
        ("question", "rate"),
        ("answer", "show_answer"),
        ("finished", "show_answer"),
        ("finished", "rate"),
        ("question", "undo"),
    ],
)
def test_actions_out_of_turn_are_refused_and_change_nothing(
    store: Store, mini: Deck, setup: str, action: str
) -> None:
    add_deck(store, mini, 1)
    session = ReviewSession(store)
    if setup != "finished":
        session.start()
    if setup == "answer":
        session.show_answer()
    before = (session.state, session.card, session.reviewed)
    with pytest.raises(SessionError):
        if action == "rate":
            session.rate(Rating.GOOD)
        else:
            getattr(session, action)()
    assert (session.state, session.card, session.reviewed) == before
    assert all(store.review_log(c.id) == [] for c in store.all_cards())


def test_every_transition_is_reported(store: Store, mini: Deck) -> None:
    add_deck(store, mini, 1)
    seen: list[ReviewState] = []
    session = ReviewSession(store, on_change=lambda s: seen.append(s.state))
    session.start()
    session.show_answer()
    session.rate(Rating.EASY)
    session.undo()
    assert seen == [
        ReviewState.QUESTION,
        ReviewState.ANSWER,
        ReviewState.FINISHED,
        ReviewState.QUESTION,
    ]


def test_only_the_chosen_decks_are_reviewed(store: Store, mini: Deck) -> None:
    add_deck(store, mini, 2)
    add_deck(store, mini, 2, deck_id="other")
    session = ReviewSession(store, ["other"])
    session.start()
    decks = set()
    while session.state is ReviewState.QUESTION:
        assert session.card is not None
        decks.add(session.card.deck_id)
        session.show_answer()
        session.rate(Rating.EASY)
    assert decks == {"other"}
    assert states(store, "mini") == [CardState.NEW, CardState.NEW]


def test_the_end_screen_says_when_a_learning_card_comes_back(
    store: Store, mini: Deck, clock: FakeClock
) -> None:
    store.update_settings(learn_ahead=timedelta(0))
    add_deck(store, mini, 1)
    session = ReviewSession(store)
    session.start()
    session.show_answer()
    good = session.intervals[Rating.GOOD]
    assert good < timedelta(hours=1)  # a learning step
    session.rate(Rating.GOOD)
    assert session.state is ReviewState.FINISHED
    nxt = session.next_review()
    assert nxt.learning_at == T0 + good
    assert nxt.day is None


def test_the_end_screen_names_the_next_day_of_the_reviewed_decks_only(
    store: Store, mini: Deck, clock: FakeClock
) -> None:
    add_deck(store, mini, 1, deck_id="other")
    add_deck(store, mini, 1)
    first = ReviewSession(store, ["other"])
    first.start()
    first.show_answer()
    first.rate(Rating.EASY)  # "other" is due again in a few days
    clock.advance(days=2)
    session = ReviewSession(store, ["mini"])
    session.start()
    session.show_answer()
    result = session.rate(Rating.EASY)
    assert session.state is ReviewState.FINISHED
    nxt = session.next_review()
    assert nxt.learning_at is None
    assert nxt.today == date(2025, 3, 5)
    assert nxt.day == result.card.due.date()  # not the other deck's earlier day


def test_the_end_screen_with_nothing_scheduled(store: Store, mini: Deck) -> None:
    session = ReviewSession(store)
    session.start()
    assert session.state is ReviewState.FINISHED
    nxt = session.next_review()
    assert (nxt.learning_at, nxt.day, nxt.today) == (None, None, date(2025, 3, 3))


@pytest.mark.parametrize(
    ("delta", "shown"),
    [
        (timedelta(seconds=20), ("1", "min")),
        (timedelta(minutes=10), ("10", "min")),
        (timedelta(minutes=59), ("59", "min")),
        (timedelta(minutes=60), ("1", "h")),
        (timedelta(hours=23), ("23", "h")),
        (timedelta(hours=24), ("1", "d")),
        (timedelta(days=29), ("29", "d")),
        (timedelta(days=45), ("1.5", "mo")),
        (timedelta(days=61), ("2", "mo")),
        (timedelta(days=364), ("12", "mo")),
        (timedelta(days=365), ("1", "y")),
        (timedelta(days=400), ("1.1", "y")),
        (timedelta(days=3650), ("10", "y")),
    ],
)
def test_intervals_read_as_on_anki_buttons(delta: timedelta, shown: tuple[str, str]) -> None:
    assert format_interval(delta) == shown


UNITS = ["min", "h", "d", "mo", "y"]


@given(
    st.floats(min_value=0, max_value=20 * 365 * 86400),
    st.floats(min_value=0, max_value=20 * 365 * 86400),
)
def test_a_longer_interval_never_reads_shorter(a: float, b: float) -> None:
    short, long = sorted((a, b))
    amount1, unit1 = format_interval(timedelta(seconds=short))
    amount2, unit2 = format_interval(timedelta(seconds=long))
    assert (UNITS.index(unit1), float(amount1)) <= (UNITS.index(unit2), float(amount2))


def test_a_custom_session_shows_its_cards_once_each_and_can_undo(
    store: Store, mini: Deck, clock: FakeClock
) -> None:
    from studyapp.core.review_session import CustomQueue
    from studyapp.core.store import CustomStudy

    add_deck(store, mini, 3)
    done = ReviewSession(store)
    done.start()
    while done.state is not ReviewState.FINISHED:
        done.show_answer()
        done.rate(Rating.EASY)
    clock.advance(days=1)
    ahead = store.custom_cards(CustomStudy.REVIEW_AHEAD, days=30)
    assert len(ahead) == 3
    store.suspend([ahead[1]])  # suspended after the list was made: skipped
    session = ReviewSession(store, custom=CustomQueue(CustomStudy.REVIEW_AHEAD, tuple(ahead), 30))
    session.start()
    assert session.card is not None and session.card.id == ahead[0]
    assert session.counts.review == 3 and session.remaining == 3
    session.show_answer()
    session.rate(Rating.GOOD)
    assert session.card is not None and session.card.id == ahead[2]
    assert session.remaining == 1
    session.undo()
    assert session.card.id == ahead[0]
    session.show_answer()
    session.rate(Rating.GOOD)
    session.show_answer()
    session.rate(Rating.GOOD)
    assert session.state is ReviewState.FINISHED and session.reviewed == 2
    assert session.remaining == 0
    assert store.card(ahead[0]).last_review == clock.now  # reviewed early, for real
