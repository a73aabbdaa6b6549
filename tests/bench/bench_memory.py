"""Benchmark: peak memory of the app with 10,000 facts loaded.

A fresh data dir holds a synthetic 10,000-fact deck as a user deck
(``DATA_DIR/decks/*.yaml``); the app is started as in ``bench_startup``, left
running for a moment after its first paint (so work it does right after showing
the window is counted), and its peak resident size (``ru_maxrss``) is read. The
bare PySide6 window is the floor. Target: under 250 MB.

    python tests/bench/bench_memory.py [--facts 10000] [--json FILE]

Not a test: pytest does not collect it.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.bench.bench_startup import APP, BARE, start_once  # noqa: E402
from tests.bench.synth import write_decks  # noqa: E402
from tests.bench.util import summary  # noqa: E402


def run(facts: int, repeats: int, linger_s: float) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="studyapp-bench-mem-") as tmp:
        data = Path(tmp) / "data"
        write_decks(data / "decks", facts)
        runs = [start_once(APP, data, linger_s) for _ in range(repeats)]
        bare = start_once(BARE, data, linger_s)
    rss = summary([r["maxrss_mb"] for r in runs])
    return {
        "facts": facts,
        "app_maxrss_mb": rss,
        "app_first_paint_s": summary([r["first_paint_s"] for r in runs]),
        "bare_maxrss_mb": bare["maxrss_mb"],
        "target": "< 250 MB",
        "meets": rss["median"] < 250,
    }


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--facts", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--linger", type=float, default=2.0, help="seconds to run after painting")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    result = run(args.facts, args.repeats, args.linger)
    print(
        f"peak RSS with {args.facts:,} facts: {result['app_maxrss_mb']['median']:.0f} MB "
        f"(bare window {result['bare_maxrss_mb']:.0f} MB)"
    )
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return result


if __name__ == "__main__":
    main()
