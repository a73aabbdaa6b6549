"""The best Match game time per deck."""

from __future__ import annotations

from studyapp.core.store import Store

from .conftest import StoreFactory


def test_best_match_time_is_kept_per_deck(store: Store) -> None:
    assert store.match_best_ms("d") is None
    assert store.record_match_time("d", 30_500) is True
    assert store.record_match_time("d", 31_000) is False
    assert store.record_match_time("d", 30_500) is False  # a tie is not a new best
    assert store.record_match_time("e", 40_000) is True
    assert store.record_match_time("d", 22_250) is True
    assert store.match_best_ms("d") == 22_250
    assert store.match_best_ms("e") == 40_000


def test_best_match_time_survives_reopening(make_store: StoreFactory) -> None:
    store = make_store()
    store.record_match_time("d", 12_345)
    store.close()
    assert make_store().match_best_ms("d") == 12_345
