"""Load balancing and easy days: within its fuzz range a review goes to the day
with fewer reviews due, and days marked light get fewer (about half)."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from studyapp.core.store import Rating, SchedulerSettings, Store
from studyapp.core.store.balance import LoadBalancer
from studyapp.core.store.clock import to_ms
from studyapp.core.store.scheduler import fuzz_range

from .conftest import QA, FakeClock, StoreFactory, facts

CARDS = 280
WEDNESDAY = 2
# A new card answered Easy: its first interval is its initial stability (at 90 %)
EASY_DAYS = round(SchedulerSettings().parameters[3])


def _graduate_all(store: Store, deck: str = "d") -> Counter[int]:
    """Answer every card Easy once, at the same moment: FSRS gives each the same
    interval (8 days), fuzz spreads them over 6-10 days. Returns cards per day
    (days from today), checking that each button showed the interval it gave."""
    store.sync_cards(deck, facts(CARDS), QA)
    today = store.today()
    per_day: Counter[int] = Counter()
    while (card := store.next_card([deck])) is not None:
        shown = store.preview(card)[Rating.EASY]
        result = store.answer(card, Rating.EASY)
        assert result.interval == shown  # the button says what the answer does
        per_day[(store.days.day_of(result.card.due) - today).days] += 1
    assert sum(per_day.values()) == CARDS
    return per_day


def test_balancing_evens_out_the_days_in_the_fuzz_range(make_store: StoreFactory) -> None:
    plain = make_store(path=make_store().path.with_name("plain.sqlite"))
    plain.update_settings(new_per_day=CARDS, load_balance=False)
    fuzzed = _graduate_all(plain)

    balanced_store = make_store(path=plain.path.with_name("balanced.sqlite"))
    balanced_store.update_settings(new_per_day=CARDS, load_balance=True)
    balanced = _graduate_all(balanced_store)

    low, high = fuzz_range(EASY_DAYS, 36500)
    assert set(balanced) == set(range(low, high + 1))
    assert set(fuzzed) <= set(range(low, high + 2))  # py-fsrs's rounding can reach high + 1
    assert max(balanced.values()) - min(balanced.values()) <= 1  # level
    assert max(fuzzed.values()) - min(fuzzed.values()) > 10  # plain fuzz bunches up


def test_a_busy_day_is_avoided(store: Store) -> None:
    """Reviews already due on a day of the range keep new ones away from it."""
    store.update_settings(new_per_day=CARDS)
    low, high = fuzz_range(EASY_DAYS, 36500)
    store.sync_cards("busy", facts(60, prefix="b"), QA)
    busy_day = store.days.start_of(store.today()) + timedelta(days=low + 1, hours=12)
    store._conn.execute(
        "UPDATE cards SET state = 2, stability = 30, difficulty = 5, due = ?, "
        "last_review = ?, reps = 3 WHERE deck_id = 'busy'",
        (to_ms(busy_day), to_ms(busy_day - timedelta(days=30))),
    )
    per_day = _graduate_all(store, deck="d")
    # 60 were due there already: it gets 60 fewer of the 280, and the days end level
    totals = [per_day[d] + (60 if d == low + 1 else 0) for d in range(low, high + 1)]
    assert max(totals) - min(totals) <= 1
    assert per_day[low + 1] < min(per_day[d] for d in range(low, high + 1) if d != low + 1) - 50


def test_a_light_day_gets_about_half(store: Store) -> None:
    easy_days = [1.0] * 7
    easy_days[WEDNESDAY] = 0.5
    store.update_settings(new_per_day=CARDS, easy_days=tuple(easy_days))
    per_day = _graduate_all(store)
    today = store.today()
    light = [d for d in per_day if (today.weekday() + d) % 7 == WEDNESDAY]
    assert len(light) == 1
    others = [n for d, n in per_day.items() if d not in light]
    average = sum(others) / len(others)
    assert average / 2 - 1 <= per_day[light[0]] <= average / 2 + 1  # about half


def test_a_day_off_gets_none_while_others_are_free() -> None:
    balancer = LoadBalancer(balance=True, easy_days=(1.0, 1.0, 0.0, 1.0, 1.0, 1.0, 1.0))
    balancer.day = date(2025, 3, 3)  # a Monday: day 9 is a Wednesday
    balancer.counts = [0] * 100
    low, high = fuzz_range(8, 36500)
    picks = {balancer.pick(8, k / 50, 36500) for k in range(50)}
    assert picks == set(range(low, high + 1)) - {9}
    balancer.counts[low : high + 1] = [500] * (high - low + 1)
    assert balancer.pick(8, 0.99, 36500) != 9  # however busy the others are


def test_balancing_counts_follow_answers_and_other_changes(store: Store, clock: FakeClock) -> None:
    store.update_settings(new_per_day=10, bury_siblings=False)
    store.sync_cards("d", facts(10), QA)
    card = store.next_card()
    assert card is not None
    result = store.answer(card, Rating.EASY)
    balancer = store._balancer
    day = (store.days.day_of(result.card.due) - store.today()).days
    assert balancer.loaded and balancer.counts[day] == 1
    store.suspend([card.id])
    assert not balancer.loaded  # read again at the next answer
    store.unsuspend([card.id])
    nxt = store.next_card()
    assert nxt is not None
    store.answer(nxt, Rating.EASY)
    assert balancer.loaded and sum(balancer.counts) == 2


def test_long_intervals_are_fuzzed_as_before() -> None:
    balancer = LoadBalancer(balance=True, easy_days=(1.0,) * 7)
    balancer.day = date(2025, 3, 3)
    balancer.counts = [0] * 100
    low, high = fuzz_range(200, 36500)
    assert low <= balancer.pick(200, 0.5, 36500) <= high
    assert balancer.pick(2, 0.9, 36500) == 2  # too short to fuzz
