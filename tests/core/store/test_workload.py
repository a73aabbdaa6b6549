"""The workload view's simulation: what a desired retention costs a day, and what
it keeps, from the reader's own parameters and the deck's limits."""

from __future__ import annotations

from studyapp.core.store import DeckOptions, Store
from studyapp.core.store.workload import RETENTIONS, WorkloadJob, table

from .conftest import QA, facts


def test_higher_retention_costs_more_reviews_and_keeps_more_cards(store: Store) -> None:
    store.sync_cards("d", facts(300), QA)
    store.set_deck_options("d", DeckOptions(new_per_day=15, desired_retention=0.93))
    job = store.workload_job(["d"])
    assert (job.cards, job.new_per_day, job.chosen) == (300, 15, 0.93)
    assert job.parameters == store.settings.parameters
    steps: list[tuple[int, int]] = []
    workload = job(lambda done, total: steps.append((done, total)))
    assert [p.retention for p in workload.points] == sorted(RETENTIONS)  # 0.93 is among them
    assert steps[-1] == (len(RETENTIONS), len(RETENTIONS))
    low, high = workload.points[0], workload.points[-1]
    assert low.retention == 0.70 and high.retention == 0.97
    assert high.reviews_per_day > 2 * low.reviews_per_day
    assert high.minutes_per_day > low.minutes_per_day
    assert 0 < low.remembered < high.remembered <= 300
    chosen = workload.point(0.93)
    assert chosen is not None and low.reviews_per_day < chosen.reviews_per_day
    assert [p.retention for p in table(workload)] == [
        0.70,
        0.75,
        0.80,
        0.85,
        0.90,
        0.93,
        0.95,
        0.97,
    ]


def test_a_value_off_the_grid_is_added_and_an_empty_deck_costs_nothing(store: Store) -> None:
    job = WorkloadJob(
        parameters=store.settings.parameters,
        cards=0,
        new_per_day=20,
        reviews_per_day=200,
        chosen=0.885,
        retentions=(0.80, 0.90),
    )
    workload = job()
    assert [p.retention for p in workload.points] == [0.80, 0.885, 0.90]
    assert workload.point(0.885) is not None
    assert all(p.reviews_per_day == 0 and p.remembered == 0 for p in workload.points)
