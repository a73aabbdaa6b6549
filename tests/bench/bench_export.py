"""Benchmark: 10,000 facts to an .apkg, studyapp's exporter vs Anki's own.

* studyapp: ``export_apkg`` from loaded decks to the finished file (notes built
  from facts, collection written, zip deflated, file moved into place).
* Anki: a collection holding exactly the same notes, note types and decks (made
  by importing studyapp's package into a fresh collection with the ``anki``
  library), exported with ``col.export_anki_package`` (no scheduling, no media),
  in Anki's current format and in its legacy one (``legacy=True``).
* genanki as documented (one ``genanki.Note`` per note, ``Package.write_to_file``),
  for reference: the per-note overhead studyapp's writer avoids.

Median of several runs each, printed side by side.

    python tests/bench/bench_export.py                  # 10,000 facts, qa + cloze, 5 runs
    python tests/bench/bench_export.py --facts 2000 --runs 3 --no-genanki

Not a test: pytest does not collect it.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from studyapp.core.anki_export import export_apkg  # noqa: E402
from studyapp.core.deck.load import load_deck  # noqa: E402
from studyapp.core.deck.model import (  # noqa: E402
    Answer,
    AnswerKind,
    Deck,
    DeckId,
    Entity,
    EntityId,
    EntityType,
    Fact,
    FactId,
    Source,
    SourceId,
    Topic,
    TopicId,
)


@dataclass
class Row:
    name: str
    median_s: float
    min_s: float
    max_s: float
    bytes: int


def interleaved(runs: int, contenders: dict[str, Callable[[int], Path]]) -> list[Row]:
    """Run each contender once per round, in turn, so that a busy machine slows all alike."""
    times: dict[str, list[float]] = {name: [] for name in contenders}
    sizes: dict[str, int] = {}
    for i in range(runs):
        for name, once in contenders.items():
            start = time.perf_counter()
            out = once(i)
            times[name].append(time.perf_counter() - start)
            sizes[name] = out.stat().st_size
    return [
        Row(name, statistics.median(t), min(t), max(t), sizes[name]) for name, t in times.items()
    ]


# ------------------------------------------------------------------------------ decks


def synthetic_decks(folder: Path, facts: int) -> list[Deck]:
    """Decks from ``tests/bench/synth.py``, or built in memory if it fails."""
    try:
        from tests.bench.synth import write_decks

        return [load_deck(p) for p in write_decks(folder, facts)]
    except Exception as exc:  # synth.py belongs to another part of the suite
        print(f"(tests/bench/synth.py failed: {exc!r}; building decks in memory)")
        return [_memory_deck(facts)]


def _memory_deck(n: int) -> Deck:
    han = "的一是在不了有和人這中大為上個國我以要他時來用們生到作地於出就分對成會可主發年動同"
    entities = {
        EntityId(f"e{i}"): Entity(EntityId(f"e{i}"), EntityType.PERSON, f"人物{han[i % 40]}{i}")
        for i in range(max(12, n // 20))
    }
    facts = []
    for i in range(n):
        lead = "".join(han[(i * 7 + k) % len(han)] for k in range(14))
        name = entities[EntityId(f"e{i % len(entities)}")].name
        facts.append(
            Fact(
                id=FactId(f"f{i}"),
                topic=TopicId(f"t{i % 50}"),
                question=f"{lead}是誰？",
                answer=Answer(AnswerKind.ENTITY, f"e{i % len(entities)}"),
                statement=f"{lead}，{{{{{name}}}}}說了這件事。",
                sources=(SourceId("s1"),),
                tags=("synth",),
            )
        )
    return Deck(
        id=DeckId("synth-memory"),
        title="合成牌組",
        script="hant",
        sources={
            SourceId("s1"): Source(
                SourceId("s1"), "第一篇", "2024-01-01", "https://example.org/1", "hant"
            )
        },
        topics={TopicId(f"t{i}"): Topic(TopicId(f"t{i}"), f"主題{i}") for i in range(50)},
        entities=entities,
        glossary=(),
        facts=tuple(facts),
    )


# ------------------------------------------------------------------------------- anki


def anki_collection_with(package: Path, folder: Path) -> Any:
    from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

    col = Collection(str(folder / "collection.anki2"))
    col.import_anki_package(
        ImportAnkiPackageRequest(package_path=str(package), options=ImportAnkiPackageOptions())
    )
    return col


def anki_export(col: Any, out: Path, *, legacy: bool) -> Path:
    from anki.collection import ExportAnkiPackageOptions

    options = ExportAnkiPackageOptions(
        with_scheduling=False, with_deck_configs=False, with_media=False, legacy=legacy
    )
    col.export_anki_package(out_path=str(out), options=options, limit=None)
    return out


# ---------------------------------------------------------------------------- genanki


def genanki_export(decks: Sequence[Deck], out: Path, kinds: Sequence[str]) -> Path:
    """The textbook genanki way, with the same note types, fields, GUIDs and decks."""
    import genanki

    from studyapp.core.anki_export import _plan
    from studyapp.core.anki_export.ids import MODEL_IDS
    from studyapp.core.anki_export.templates import CLOZE_FIELDS, QA_FIELDS, css, templates

    models = {}
    for kind in kinds:
        models[kind] = genanki.Model(
            MODEL_IDS[(kind, "hant")],  # type: ignore[index]
            f"studyapp {kind}",
            fields=[{"name": f} for f in (QA_FIELDS if kind == "qa" else CLOZE_FIELDS)],
            templates=templates(kind, "hant", tts=False),  # type: ignore[arg-type]
            css=css("hant"),
            model_type=genanki.Model.FRONT_BACK if kind == "qa" else genanki.Model.CLOZE,
        )
    anki_decks: list[Any] = []
    for deck in decks:
        plan = _plan(deck, "hant", "single", int(time.time()))
        by_id: dict[int, Any] = {}
        for anki_id, data in plan.decks.items():
            by_id[int(anki_id)] = genanki.Deck(int(anki_id), data["name"])
        for fact in deck.facts:
            target = by_id[plan.topic_decks[fact.topic]]
            for row in plan.builder.notes(fact, kinds):  # type: ignore[arg-type]
                target.add_note(
                    genanki.Note(
                        model=models[row.kind],
                        fields=row.fields.split("\x1f"),
                        guid=row.guid,
                        tags=row.tags.split(),
                    )
                )
        anki_decks.extend(by_id.values())
    genanki.Package(anki_decks).write_to_file(str(out))
    return out


# ------------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cards", default="qa,cloze", help="card kinds (default: qa,cloze)")
    parser.add_argument("--no-genanki", action="store_true", help="skip the genanki reference")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = parser.parse_args(argv)
    kinds = args.cards.split(",")

    with tempfile.TemporaryDirectory(prefix="studyapp-bench-export-") as tmp:
        work = Path(tmp)
        start = time.perf_counter()
        decks = synthetic_decks(work / "decks", args.facts)
        load_s = time.perf_counter() - start
        facts = sum(len(d.facts) for d in decks)

        # The Anki side: a collection with exactly the notes studyapp exports.
        export_apkg(decks, work / "seed.apkg", card_kinds=kinds)
        (work / "anki").mkdir()
        col = anki_collection_with(work / "seed.apkg", work / "anki")
        contenders: dict[str, Callable[[int], Path]] = {
            "studyapp export_apkg": lambda i: (
                export_apkg(decks, work / f"ours-{i}.apkg", card_kinds=kinds).path
            ),
            "Anki export_anki_package": lambda i: anki_export(
                col, work / f"anki-{i}.apkg", legacy=False
            ),
            "Anki export_anki_package (legacy)": lambda i: anki_export(
                col, work / f"anki-legacy-{i}.apkg", legacy=True
            ),
        }
        if not args.no_genanki:
            contenders["genanki, one Note per note"] = lambda i: genanki_export(
                decks, work / f"genanki-{i}.apkg", kinds
            )
        try:
            notes = col.note_count()
            rows = interleaved(args.runs, contenders)
        finally:
            col.close()

    print(
        f"{facts:,} facts -> {notes:,} notes ({', '.join(kinds)}), median of {args.runs} runs; "
        f"decks loaded from YAML in {load_s:.2f} s (not counted)"
    )
    print(f"Python {platform.python_version()}, {platform.machine()}")
    print(f"{'':36} {'median':>9} {'min':>9} {'max':>9} {'file':>10}")
    for row in rows:
        print(
            f"{row.name:36} {row.median_s:8.3f}s {row.min_s:8.3f}s {row.max_s:8.3f}s "
            f"{row.bytes / 1e6:8.2f}MB"
        )
    ours, anki = rows[0].median_s, rows[1].median_s
    print(f"studyapp / Anki: {ours / anki:.2f}x the time")
    if args.json:
        args.json.write_text(
            json.dumps({"facts": facts, "notes": notes, "rows": [asdict(r) for r in rows]}),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
