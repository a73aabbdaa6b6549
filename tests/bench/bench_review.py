"""Benchmark: "answer a card + fetch the next due card", studyapp's store vs Anki.

Both sides get a collection of the same shape: N cards (N/2 facts/notes with two
cards each), 60 % in review (a few thousand due today), 5 % in learning, 35 %
new, and M review-log rows spread over the past year. Each iteration answers
the current card and fetches the next one with the button intervals:

* studyapp: ``store.answer()`` + ``store.next_card()`` + ``store.preview()``;
* Anki: ``col.sched.build_answer()`` + ``answer_card()`` + ``get_queued_cards()``
  (v3 scheduler, FSRS on; the queued card carries its next states).

Both balance the load (studyapp's default, Anki's since 24.11; read back and
printed) and both have a review limit above what the run answers (9,999 a day).

Both commit every answer with an fsync (WAL, ``synchronous=FULL``; Anki's
settings are read back and printed), so the comparison is like with like. A
bare one-row commit on the same disk is measured as the fsync floor. The three
are measured in alternating blocks (``--rounds``), so a burst of disk or CPU
load from other programs falls on each side alike.

    python tests/bench/bench_review.py                 # 100,000 cards, 1,000,000 reviews
    python tests/bench/bench_review.py --quick         # a smoke run in seconds
    python tests/bench/bench_review.py --cards 20000 --reviews 200000 --json out.json

Not a test: pytest does not collect it.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from studyapp.core.deck.model import CardKind  # noqa: E402
from studyapp.core.store import Rating, open_store  # noqa: E402

DAY_MS = 86_400_000
REVIEW_SPACING_MS = 30_000  # review-log rows are 30 s apart, ending a day ago
WARMUP = 100


@dataclass
class Result:
    name: str
    build_s: float
    open_s: float
    iterations: int
    median_ms: float
    p90_ms: float
    p99_ms: float
    max_ms: float
    mean_ms: float


def summarize(name: str, build_s: float, open_s: float, samples_ns: list[int]) -> Result:
    ms = sorted(s / 1e6 for s in samples_ns)

    def pct(p: float) -> float:
        return ms[min(len(ms) - 1, round(p * (len(ms) - 1)))]

    return Result(
        name=name,
        build_s=round(build_s, 2),
        open_s=round(open_s, 3),
        iterations=len(ms),
        median_ms=round(statistics.median(ms), 4),
        p90_ms=round(pct(0.90), 4),
        p99_ms=round(pct(0.99), 4),
        max_ms=round(ms[-1], 4),
        mean_ms=round(statistics.fmean(ms), 4),
    )


def rating_sequence(n: int, seed: int) -> list[Rating]:
    """85 % Good, 10 % Again, 3 % Hard, 2 % Easy, from a seeded generator."""
    rng = random.Random(seed)
    return rng.choices(
        [Rating.GOOD, Rating.AGAIN, Rating.HARD, Rating.EASY], weights=[85, 10, 3, 2], k=n
    )


def due_every(cards: int, iterations: int) -> int:
    """Every how many review cards one is due today, so that about twice as many
    reviews are due as the run answers."""
    review_cards = cards * 60 // 100
    return max(1, review_cards // (2 * (iterations + WARMUP)))


# ---------------------------------------------------------------------------- studyapp


def build_ours(path: Path, cards: int, reviews: int, iterations: int) -> float:
    start = time.perf_counter()
    with open_store(path) as store:
        store.update_settings(reviews_per_day=9999, load_balance=True)
        store.sync_cards(
            "bench", [(f"fact-{i:06d}", f"topic-{i % 50}") for i in range(cards // 2)],
            [CardKind.QA, CardKind.CLOZE],
        )  # fmt: skip
    now_ms = int(time.time() * 1000)
    every = due_every(cards, iterations)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")  # building the fixture only
    conn.execute("BEGIN")
    # k = id - 1; categories by (k * 7) % 100: < 60 review, < 65 learning, else new
    conn.execute(
        """
        UPDATE cards SET
            state = 2,
            stability = 1 + ((id - 1) * 13) % 120,
            difficulty = 1 + (id - 1) % 9,
            due = :now + CASE WHEN (id - 1) % :every = 0 THEN -((id - 1) % 10) * :day
                              ELSE (1 + ((id - 1) * 31) % 200) * :day END,
            reps = 5
        WHERE ((id - 1) * 7) % 100 < 60
        """,
        {"now": now_ms, "every": every, "day": DAY_MS},
    )
    conn.execute(
        "UPDATE cards SET last_review = due - CAST(stability AS INTEGER) * :day WHERE state = 2",
        {"day": DAY_MS},
    )
    conn.execute(
        """
        UPDATE cards SET state = 1, step = 1, stability = 1, difficulty = 5,
            last_review = :now - 600000, due = :now + 3600000 + ((id - 1) % 7200) * 1000, reps = 1
        WHERE ((id - 1) * 7) % 100 BETWEEN 60 AND 64
        """,
        {"now": now_ms},
    )
    first = now_ms - DAY_MS - reviews * REVIEW_SPACING_MS
    conn.execute(
        """
        WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq WHERE i + 1 < :m)
        INSERT INTO revlog (card_id, reviewed_at, rating, state_before, state_after, due_after,
                            stability, difficulty, duration_ms)
        SELECT i % :n + 1, :first + i * :spacing, CASE WHEN i % 10 = 0 THEN 1 ELSE 3 END,
               2, 2, :first + i * :spacing + 10 * :day, 10.0, 5.0, 5000
        FROM seq
        """,
        {"m": reviews, "n": cards, "first": first, "spacing": REVIEW_SPACING_MS, "day": DAY_MS},
    )
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return time.perf_counter() - start


class OursSession:
    """studyapp's store, answering one card per step."""

    def __init__(self, path: Path, ratings: list[Rating]) -> None:
        t = time.perf_counter()
        self.store = open_store(path)  # includes PRAGMA quick_check
        self.open_s = time.perf_counter() - t
        self.load_balance = self.store.settings.load_balance
        self.ratings = ratings
        card = self.store.next_card()
        assert card is not None
        self.store.preview(card)
        self.card = card

    def step(self, i: int) -> int:
        store = self.store
        t0 = time.perf_counter_ns()
        store.answer(self.card, self.ratings[i], duration_ms=4000)
        nxt = store.next_card()
        assert nxt is not None, "ran out of due cards"
        store.preview(nxt)
        t1 = time.perf_counter_ns()
        self.card = nxt
        return t1 - t0

    def close(self) -> None:
        self.store.close()


# ---------------------------------------------------------------------------- Anki


def build_anki(
    path: Path, cards: int, reviews: int, iterations: int
) -> tuple[float, dict[str, Any]]:
    from anki.collection import Collection

    start = time.perf_counter()
    col = Collection(str(path))
    try:
        col.set_config("fsrs", True)
        deck_id = col.decks.id("Default")
        assert deck_id is not None
        conf = col.decks.config_dict_for_deck_id(deck_id)
        conf["new"]["perDay"] = 20
        conf["rev"]["perDay"] = 9999  # the most Anki allows; its default 200 would end the run
        col.decks.update_config(conf)
        col.load_balancer_enabled = True  # its default; set so that the run says so
        model = col.models.by_name("Basic (and reversed card)")
        assert model is not None
        today = col.sched.today
        now_s = int(time.time())
        now_ms = now_s * 1000
        every = due_every(cards, iterations)
        nid0, cid0 = 10**12, 2 * 10**12
        pragmas: dict[str, Any] = {
            p: col.db.scalar(f"PRAGMA {p}") for p in ("journal_mode", "synchronous", "locking_mode")
        }
        pragmas["load_balancer"] = col.load_balancer_enabled
        col.db.execute(
            """
            WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq WHERE i + 1 < ?)
            INSERT INTO notes (id, guid, mid, mod, usn, tags, flds, sfld, csum, flags, data)
            SELECT ? + i, 'g' || i, ?, ?, -1, '', 'question ' || i || char(31) || 'answer ' || i,
                   'question ' || i, i, 0, ''
            FROM seq
            """,
            cards // 2,
            nid0,
            model["id"],
            now_s,
        )
        # the same categories as ours, by k = card index
        col.db.execute(
            """
            WITH RECURSIVE seq(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM seq WHERE k + 1 < ?),
            c AS (
                SELECT k, (k * 7) % 100 AS cat, 1 + (k * 13) % 120 AS ivl,
                       CASE WHEN k % ? = 0 THEN -(k % 10) ELSE 1 + (k * 31) % 200 END AS d
                FROM seq
            )
            INSERT INTO cards (id, nid, did, ord, mod, usn, type, queue, due, ivl, factor, reps,
                               lapses, left, odue, odid, flags, data)
            SELECT ? + k, ? + k / 2, ?, k % 2, ?, -1,
                   CASE WHEN cat < 60 THEN 2 WHEN cat < 65 THEN 1 ELSE 0 END,
                   CASE WHEN cat < 60 THEN 2 WHEN cat < 65 THEN 1 ELSE 0 END,
                   CASE WHEN cat < 60 THEN ? + d
                        WHEN cat < 65 THEN ? + 3600 + k % 7200
                        ELSE k END,
                   CASE WHEN cat < 60 THEN ivl ELSE 0 END,
                   CASE WHEN cat < 65 THEN 2500 ELSE 0 END,
                   CASE WHEN cat < 60 THEN 5 WHEN cat < 65 THEN 1 ELSE 0 END,
                   0,
                   CASE WHEN cat >= 60 AND cat < 65 THEN 1 ELSE 0 END,
                   0, 0, 0,
                   CASE WHEN cat < 60 THEN
                        '{"s":' || ivl || ',"d":' || (1 + k % 9) || ',"dr":0.9,"lrt":'
                        || (? + (d - ivl) * 86400) || '}'
                        WHEN cat < 65 THEN '{"s":1,"d":5,"dr":0.9,"lrt":' || (? - 600) || '}'
                        ELSE '{}' END
            FROM c
            """,
            cards,
            every,
            cid0,
            nid0,
            deck_id,
            now_s,
            today,
            now_s,
            now_s,
            now_s,
        )
        first = now_ms - 86_400_000 - reviews * REVIEW_SPACING_MS
        col.db.execute(
            """
            WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq WHERE i + 1 < ?)
            INSERT INTO revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type)
            SELECT ? + i * ?, ? + i % ?, -1, CASE WHEN i % 10 = 0 THEN 1 ELSE 3 END,
                   10, 5, 2500, 5000, 1
            FROM seq
            """,
            reviews,
            first,
            REVIEW_SPACING_MS,
            cid0,
            cards,
        )
    finally:
        col.close()
    return time.perf_counter() - start, pragmas


class AnkiSession:
    """Anki's v3 scheduler, answering one card per step."""

    def __init__(self, path: Path, ratings: list[Rating]) -> None:
        from anki.collection import Collection
        from anki.scheduler.v3 import CardAnswer

        self._answers = {
            Rating.AGAIN: CardAnswer.AGAIN,
            Rating.HARD: CardAnswer.HARD,
            Rating.GOOD: CardAnswer.GOOD,
            Rating.EASY: CardAnswer.EASY,
        }
        t = time.perf_counter()
        self.col = Collection(str(path))
        self.open_s = time.perf_counter() - t
        self.ratings = ratings
        self.wal = Path(str(path) + "-wal")
        self.commits_each_answer = True
        self.card, self.states = self._fetch()

    def _fetch(self) -> tuple[Any, Any]:
        from anki.cards import Card

        queued = self.col.sched.get_queued_cards()
        assert queued.cards, "ran out of due cards"
        top = queued.cards[0]
        card = Card(self.col, backend_card=top.card)
        card.start_timer()
        return card, top.states

    def step(self, i: int) -> int:
        sched = self.col.sched
        wal_before = self.wal.stat().st_size if i < 20 and self.wal.exists() else 0
        t0 = time.perf_counter_ns()
        answer = sched.build_answer(
            card=self.card, states=self.states, rating=self._answers[self.ratings[i]]
        )
        sched.answer_card(answer)
        self.card, self.states = self._fetch()
        t1 = time.perf_counter_ns()
        if i < 20 and (self.wal.stat().st_size if self.wal.exists() else 0) <= wal_before:
            self.commits_each_answer = False  # the WAL did not grow: nothing was committed
        return t1 - t0

    def close(self) -> None:
        self.col.close()


# ---------------------------------------------------------------------------- fsync floor


class FloorSession:
    """A one-row UPDATE committed with WAL + synchronous=FULL: the disk's share."""

    def __init__(self, directory: Path) -> None:
        self.conn = sqlite3.connect(directory / "floor.sqlite", isolation_level=None)
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = FULL")
        self.conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER)")
        self.conn.execute("INSERT INTO t VALUES (1, 0)")

    def step(self, i: int) -> int:
        conn = self.conn
        t0 = time.perf_counter_ns()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE t SET v = ? WHERE id = 1", (i,))
        conn.execute("COMMIT")
        return time.perf_counter_ns() - t0

    def close(self) -> None:
        self.conn.close()


def measure(sessions: list[Any], iterations: int, rounds: int) -> list[list[int]]:
    """Warm each side up, then measure in ``rounds`` blocks taken in turn (the order
    alternating), so that load from other programs on the machine falls on all sides
    alike instead of on whichever happened to run while it lasted. Each side's
    samples are in block order (``iterations * r // rounds`` starts block r)."""
    for session in sessions:
        for i in range(WARMUP):
            session.step(i)
    samples: list[list[int]] = [[] for _ in sessions]
    bounds = [WARMUP + iterations * r // rounds for r in range(rounds + 1)]
    for r in range(rounds):
        order = list(range(len(sessions)))
        if r % 2:
            order.reverse()
        for k in order:
            step = sessions[k].step
            samples[k].extend(step(i) for i in range(bounds[r], bounds[r + 1]))
    return samples


# ---------------------------------------------------------------------------- main


def settle(*paths: Path) -> None:
    """Put the fixtures on disk before measuring: otherwise the first fsync inside the
    measured loop pays for writing the whole freshly built file (100 ms and more)."""
    for path in paths:
        with path.open("rb+") as fh:
            os.fsync(fh.fileno())
    if hasattr(os, "sync"):
        os.sync()


def run(
    cards: int, reviews: int, iterations: int, workdir: Path, seed: int, rounds: int = 50
) -> dict[str, Any]:
    ratings = rating_sequence(WARMUP + iterations, seed)
    print(f"building studyapp store: {cards:,} cards, {reviews:,} review-log rows …", flush=True)
    ours_build = build_ours(workdir / "ours" / "progress.sqlite", cards, reviews, iterations)
    print("building Anki collection of the same size …", flush=True)
    (workdir / "anki").mkdir()
    anki_build, anki_pragmas = build_anki(
        workdir / "anki" / "collection.anki2", cards, reviews, iterations
    )
    settle(workdir / "ours" / "progress.sqlite", workdir / "anki" / "collection.anki2")
    print(f"measuring {iterations:,} answers each, in {rounds} alternating rounds …", flush=True)
    ours_session = OursSession(workdir / "ours" / "progress.sqlite", ratings)
    anki_session = AnkiSession(workdir / "anki" / "collection.anki2", ratings)
    floor_session = FloorSession(workdir)
    sessions: list[Any] = [ours_session, anki_session, floor_session]
    try:
        ours_samples, anki_samples, floor_samples = measure(sessions, iterations, rounds)
    finally:
        for session in sessions:
            session.close()
    floor = summarize("commit+fsync floor", 0, 0, floor_samples)
    bounds = [iterations * r // rounds for r in range(rounds + 1)]
    ratios = [
        statistics.median(ours_samples[lo:hi]) / statistics.median(anki_samples[lo:hi])
        for lo, hi in itertools.pairwise(bounds)
        if hi > lo
    ]
    ours = summarize("studyapp", ours_build, ours_session.open_s, ours_samples)
    theirs = summarize("Anki", anki_build, anki_session.open_s, anki_samples)
    anki_commits = anki_session.commits_each_answer
    from anki.buildinfo import version as anki_version

    return {
        "cards": cards,
        "reviews": reviews,
        "iterations": iterations,
        "rounds": rounds,
        "warmup": WARMUP,
        "seed": seed,
        "operation": "answer a card + fetch the next due card with its button intervals",
        "studyapp": asdict(ours),
        "anki": asdict(theirs),
        "fsync_floor": asdict(floor),
        # studyapp's median over Anki's in the same block (taken back to back), per block:
        # a burst of disk load moves both; their median says who is faster under noise
        "paired_ratio_median": round(statistics.median(ratios), 4),
        "paired_blocks_won": sum(x <= 1 for x in ratios),
        "paired_blocks": len(ratios),
        "anki_version": anki_version,
        "anki_pragmas": anki_pragmas,
        "anki_commits_each_answer": anki_commits,
        "studyapp_pragmas": {"journal_mode": "wal", "synchronous": 2},
        "studyapp_load_balance": ours_session.load_balance,
        "sqlite": sqlite3.sqlite_version,
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def print_table(r: dict[str, Any], out: Callable[[str], None] = print) -> None:
    ours, anki, floor = r["studyapp"], r["anki"], r["fsync_floor"]
    out("")
    out(f"{r['operation']}")
    out(
        f"{r['cards']:,} cards, {r['reviews']:,} review-log rows, {r['iterations']:,} iterations "
        f"(+{r['warmup']} warm-up) in {r['rounds']} alternating rounds; "
        f"Anki {r['anki_version']}, SQLite {r['sqlite']}"
    )
    out("")
    out(f"{'':22}{'studyapp':>12}{'Anki':>12}{'fsync floor':>14}")
    for key, label in [
        ("median_ms", "median (ms)"),
        ("p90_ms", "p90 (ms)"),
        ("p99_ms", "p99 (ms)"),
        ("max_ms", "max (ms)"),
        ("mean_ms", "mean (ms)"),
    ]:
        out(f"{label:22}{ours[key]:>12.3f}{anki[key]:>12.3f}{floor[key]:>14.3f}")
    out(f"{'open (s)':22}{ours['open_s']:>12.3f}{anki['open_s']:>12.3f}")
    out(f"{'build fixture (s)':22}{ours['build_s']:>12.2f}{anki['build_s']:>12.2f}")
    out("")
    p = r["anki_pragmas"]
    out(
        f"Both commit every answer: studyapp WAL + synchronous=FULL; Anki journal_mode="
        f"{p['journal_mode']}, synchronous={p['synchronous']}, locking_mode={p['locking_mode']}, "
        f"commits each answer: {'yes' if r['anki_commits_each_answer'] else 'NO'}."
    )
    out(
        f"Load balancing: studyapp {'on' if r.get('studyapp_load_balance') else 'OFF'}, "
        f"Anki {'on' if p.get('load_balancer') else 'OFF'}."
    )
    if "paired_ratio_median" in r:
        out(
            f"Block by block (studyapp and Anki back to back): studyapp's median is "
            f"{r['paired_ratio_median']:.3f} x Anki's (median of {r['paired_blocks']} blocks); "
            f"studyapp as fast or faster in {r['paired_blocks_won']} of them."
        )
    share = floor["median_ms"] / ours["median_ms"] if ours["median_ms"] else 0
    out(f"The bare commit+fsync is {share:.0%} of studyapp's median.")
    verdict_median = "meets" if ours["median_ms"] <= anki["median_ms"] else "misses"
    verdict_p99 = "meets" if ours["p99_ms"] < 5 else "misses"
    out(f"Targets: median no slower than Anki — {verdict_median}; p99 < 5 ms — {verdict_p99}.")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cards", type=int, default=100_000)
    parser.add_argument("--reviews", type=int, default=1_000_000)
    parser.add_argument("--iterations", type=int, default=2000)
    parser.add_argument(
        "--quick", action="store_true", help="5,000 cards, 50,000 reviews, 300 answers"
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=50,
        help="measure in this many blocks, taking the sides in turn (default 50: blocks "
        "of 40 answers, short enough that a burst of disk load from other programs "
        "falls on every side)",
    )
    parser.add_argument("--seed", type=int, default=20250303)
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the results here")
    parser.add_argument("--workdir", type=Path, help="build the fixtures here (kept)")
    args = parser.parse_args(argv)
    if args.quick:
        args.cards, args.reviews, args.iterations = 5_000, 50_000, 300
    if args.cards < 2 or args.reviews < 1 or args.iterations < 1 or args.rounds < 1:
        parser.error("--cards, --reviews, --iterations and --rounds must be positive")
    if args.workdir:
        args.workdir.mkdir(parents=True, exist_ok=False)
        result = run(
            args.cards, args.reviews, args.iterations, args.workdir, args.seed, args.rounds
        )
    else:
        with tempfile.TemporaryDirectory(prefix="studyapp-bench-") as tmp:
            result = run(
                args.cards, args.reviews, args.iterations, Path(tmp), args.seed, args.rounds
            )
    print_table(result)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
