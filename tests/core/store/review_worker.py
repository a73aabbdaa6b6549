"""Run by test_crash.py in a subprocess: answer cards forever, printing each
answer once ``Store.answer`` has returned (the moment the screen would show it)."""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from studyapp.core.deck.model import CardKind
from studyapp.core.store import Rating, open_store


def main(path: str) -> None:
    now = [datetime(2025, 3, 3, 12, 0, tzinfo=timezone.utc)]

    def clock() -> datetime:
        return now[0]

    store = open_store(Path(path), clock=clock, rng=random.Random(1), tz=timezone.utc)
    store.update_settings(new_per_day=100_000, bury_siblings=False)
    store.sync_cards("d", [(f"f{i}", "t") for i in range(20_000)], [CardKind.QA])
    print("ready", flush=True)
    ratings = [Rating.GOOD, Rating.AGAIN, Rating.EASY, Rating.HARD]
    i = 0
    while True:
        card = store.next_card()
        assert card is not None
        result = store.answer(card.id, ratings[i % 4], duration_ms=1000 + i)
        print(f"done {result.review_id} {card.id} {int(result.card.state)}", flush=True)
        now[0] += timedelta(seconds=7)
        i += 1


if __name__ == "__main__":
    main(sys.argv[1])
