"""Benchmark: time to generate a 50-question quiz (all seven types).

Decks of 1,000, 10,000 and 50,000 synthetic facts (``tests/bench/synth.py``;
if it cannot make a deck, one is built in memory here) plus the built-in deck.
For each deck it prints the first call (which builds the deck's index) and the
median and 90th percentile of later calls, each with a new seed.

    python tests/bench/bench_generate.py            # 1k, 10k, 50k facts, 30 runs each
    python tests/bench/bench_generate.py --sizes 1000 10000 --runs 50 --script hans

Not a test: pytest does not collect it.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from studyapp.core.deck.library import load_library  # noqa: E402
from studyapp.core.deck.load import load_deck_text  # noqa: E402
from studyapp.core.deck.model import (  # noqa: E402
    Answer,
    AnswerKind,
    Deck,
    DeckId,
    Dispute,
    Entity,
    EntityId,
    EntityType,
    Fact,
    FactId,
    GlossaryEntry,
    Script,
    Source,
    SourceId,
    Topic,
    TopicId,
)
from studyapp.core.questions import generate  # noqa: E402

QUIZ = 50
HAN = "的一是在不了有和人這中大為上個國我以要他時來用們生到作地於出就分對成會可主發年動同工也能下過子說產種面而方後多定"


def synth_deck(n_facts: int) -> tuple[Deck, str]:
    """A deck from tests/bench/synth.py, else one built here."""
    try:
        from tests.bench.synth import deck_yaml

        return load_deck_text(deck_yaml(0, n_facts, 0)), "synth.py"
    except Exception as exc:  # synth.py is someone else's and may be mid-change
        print(f"  (synth.py failed: {type(exc).__name__}: {exc}; using an in-memory deck)")
        return memory_deck(n_facts), "in-memory"


def _phrase(rng: random.Random, lo: int, hi: int) -> str:
    return "".join(rng.choice(HAN) for _ in range(rng.randint(lo, hi)))


def memory_deck(n_facts: int, seed: int = 0) -> Deck:
    rng = random.Random(seed)
    n_entities = max(12, n_facts // 20)
    n_topics = max(4, n_facts // 200)
    types = list(EntityType)
    entities = {
        EntityId(f"e{i}"): Entity(
            EntityId(f"e{i}"), types[i % len(types)], f"{_phrase(rng, 2, 3)}{i}"
        )
        for i in range(n_entities)
    }
    topics = {TopicId(f"t{i}"): Topic(TopicId(f"t{i}"), f"主題{i}") for i in range(n_topics)}
    sources = {
        SourceId(s): Source(SourceId(s), f"第{s}篇", "2024-01-01", "https://example.org", "hant")
        for s in ("s1", "s2")
    }
    facts = []
    for i in range(n_facts):
        kind = i % 6
        if kind < 2:
            e = rng.randrange(n_entities)
            answer = Answer(AnswerKind.ENTITY, f"e{e}")
            span = entities[EntityId(f"e{e}")].name
        elif kind == 2:
            year = rng.randint(1990, 2030)
            answer, span = Answer(AnswerKind.YEAR, year), str(year)
        elif kind == 3:
            value = rng.randint(2, 999)
            answer, span = Answer(AnswerKind.NUMBER, value, "人"), f"{value}人"
        else:
            span = _phrase(rng, 3, 6)
            answer = Answer(AnswerKind.QUOTE if kind == 4 else AnswerKind.TEXT, span)
        lead = _phrase(rng, 10, 24)
        disputed: tuple[Dispute, ...] = ()
        if rng.random() < 0.05 and kind >= 4:
            disputed = (Dispute(SourceId("s2"), Answer(answer.kind, _phrase(rng, 3, 6))),)
        facts.append(
            Fact(
                id=FactId(f"f{i}"),
                topic=TopicId(f"t{rng.randrange(n_topics)}"),
                question=f"{lead}是什麼？",
                answer=answer,
                statement=f"{lead}，{{{{{span}}}}}{_phrase(rng, 4, 12)}。",
                sources=(SourceId("s1"),),
                disputed=disputed,
                gist=_phrase(rng, 4, 10),
            )
        )
    return Deck(
        id=DeckId(f"memory-{n_facts}"),
        title="記憶體牌組",
        script="hant",
        sources=sources,
        topics=topics,
        entities=entities,
        glossary=(GlossaryEntry("負責任擴展政策", "负责任扩展政策"),),
        facts=tuple(facts),
    )


def measure(deck: Deck, script: Script, runs: int) -> tuple[float, float, float, int]:
    """(first call ms, median ms, p90 ms, questions per quiz)."""
    start = time.perf_counter()
    first = generate([deck], script, count=QUIZ, seed=0)
    cold = (time.perf_counter() - start) * 1000
    times = []
    for seed in range(1, runs + 1):
        start = time.perf_counter()
        quiz = generate([deck], script, count=QUIZ, seed=seed)
        times.append((time.perf_counter() - start) * 1000)
        assert len(quiz) == len(first)
    times.sort()
    p90 = times[min(len(times) - 1, int(0.9 * len(times)))]
    return cold, statistics.median(times), p90, len(first)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 50_000])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--script", choices=["hant", "hans"], default="hant")
    args = parser.parse_args(argv)
    print(f"{QUIZ}-question quiz, all seven types, script {args.script}, {args.runs} runs")
    print(f"{'deck':<28} {'facts':>7} {'first':>9} {'median':>9} {'p90':>9}")
    rows: list[tuple[str, Deck]] = []
    builtin = load_library(None).get("anthropic-founding")
    if builtin is not None:
        rows.append(("built-in", builtin))
    for size in args.sizes:
        deck, origin = synth_deck(size)
        rows.append((f"synthetic ({origin})", deck))
    for name, deck in rows:
        cold, median, p90, n = measure(deck, args.script, args.runs)
        note = "" if n == QUIZ else f"  (only {n} questions)"
        print(
            f"{name:<28} {len(deck.facts):>7,} {cold:>7.1f}ms {median:>7.1f}ms {p90:>7.1f}ms{note}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
