"""Benchmark: progress that travels, on a large collection.

* export with progress: the snapshot of the progress (cards and review logs)
  plus ``export_apkg`` writing every card's scheduling and review log;
* reading it back: ``read_anki_file`` on that package (unzip, GUIDs, review log);
* merging into a store that has none of the reviews (every card replayed
  through the scheduler), and merging again (every review already present).

    python -m tests.bench.bench_anki_exchange                      # 10,000 facts, 200,000 reviews
    python -m tests.bench.bench_anki_exchange --facts 2000 --reviews 40000

Not a test: pytest does not collect it.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from studyapp.core.anki_export import export_apkg  # noqa: E402
from studyapp.core.anki_import import read_anki_file  # noqa: E402
from studyapp.core.deck.load import load_deck  # noqa: E402
from studyapp.core.deck.model import CardKind, Deck  # noqa: E402
from studyapp.core.store import open_store  # noqa: E402
from studyapp.core.store.clock import DAY_MS  # noqa: E402
from tests.bench.synth import write_decks  # noqa: E402

KINDS = (CardKind.QA, CardKind.CLOZE)


def studied_store(path: Path, deck: Deck, reviews: int) -> None:
    """Every card studied: ``reviews`` answers spread over the cards and the past
    year, mostly Good, every tenth Again; the cards in review."""
    with open_store(path) as store:
        store.sync_cards(deck.id, [(f.id, f.topic) for f in deck.facts], KINDS)
    now_ms = int(time.time() * 1000)
    first = now_ms - 365 * DAY_MS
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")  # building the fixture only
    conn.execute("BEGIN")
    (cards,) = conn.execute("SELECT count(*) FROM cards").fetchone()
    spacing = (now_ms - first) // reviews
    conn.execute(
        """
        WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq WHERE i + 1 < :m)
        INSERT INTO revlog (card_id, reviewed_at, rating, state_before, state_after, due_after,
                            stability, difficulty, duration_ms)
        SELECT i % :n + 1, :first + i * :spacing, CASE WHEN i % 10 = 0 THEN 1 ELSE 3 END,
               CASE WHEN i < :n THEN 0 ELSE 2 END, 2, :first + i * :spacing + 10 * :day,
               10.0, 5.0, 5000
        FROM seq
        """,
        {"m": reviews, "n": cards, "first": first, "spacing": spacing, "day": DAY_MS},
    )
    conn.execute(
        "UPDATE cards SET state = 2, stability = 10.0, difficulty = 5.0, reps = "
        "(SELECT count(*) FROM revlog WHERE card_id = cards.id), "
        "last_review = (SELECT max(reviewed_at) FROM revlog WHERE card_id = cards.id), "
        "due = (SELECT max(due_after) FROM revlog WHERE card_id = cards.id)"
    )
    conn.execute("COMMIT")
    conn.close()


def timed(label: str, results: list[tuple[str, float, str]], fn, detail=lambda r: ""):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    value = fn()
    results.append((label, time.perf_counter() - start, detail(value)))
    return value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--facts", type=int, default=10_000)
    parser.add_argument("--reviews", type=int, default=200_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="studyapp-bench-") as tmp:
        base = Path(tmp)
        (deck_path,) = write_decks(base / "decks", args.facts, per_file=args.facts)
        deck = load_deck(deck_path)
        studied = base / "studied.sqlite"
        studied_store(studied, deck, args.reviews)
        results: list[tuple[str, float, str]] = []
        with open_store(studied) as store:
            snapshot = timed(
                "snapshot of the progress",
                results,
                lambda: store.progress_snapshot([deck.id]),
                lambda s: f"{len(s.cards):,} cards",
            )
        package = timed(
            "export_apkg with progress",
            results,
            lambda: export_apkg([deck], base / "p.apkg", with_progress=snapshot),
            lambda r: f"{r.reviews:,} reviews, {r.bytes / 1e6:.1f} MB",
        )
        found = timed(
            "read_anki_file (the package)",
            results,
            lambda: read_anki_file(package.path, [deck]),
            lambda f: f"{len(f.reviews):,} reviews of {f.cards:,} cards",
        )
        with open_store(base / "fresh.sqlite") as fresh:
            fresh.sync_cards(deck.id, [(f.id, f.topic) for f in deck.facts], KINDS)
            timed(
                "merge_reviews, all new (replayed)",
                results,
                lambda: fresh.merge_reviews(found.reviews),
                lambda m: f"{m.added:,} added, {len(m.cards_updated):,} cards",
            )
            timed(
                "merge_reviews again (all present)",
                results,
                lambda: fresh.merge_reviews(found.reviews),
                lambda m: f"{m.already_present:,} present, {m.added} added",
            )
    print(f"{args.facts:,} facts -> {2 * args.facts:,} cards, {args.reviews:,} reviews")
    for label, seconds, detail in results:
        print(f"{label:38} {seconds:8.3f} s   {detail}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
