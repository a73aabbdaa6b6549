"""Benchmark: loading synthetic decks of 1,000 / 10,000 / 50,000 facts.

* first load ever: a fresh interpreter imports the loader, then ``load_files``
  reads every file of the deck set (10,000 facts per file; a deck file may hold
  5 MB) with an empty deck cache: YAML is parsed, the deck validated and the
  cache entry written; the import is timed on its own;
* cold with cache: the same in a fresh interpreter whose cache already holds
  the files (what the app does on every start after the first: JSON instead of
  YAML, the deck still validated); this is the steady state and the target row;
* cold, no cache: ``load_files`` without a cache (``studyapp check FILES``);
* check: the whole ``studyapp check FILES`` command, interpreter start included;
* warm: the same set loaded again in the same process, with the cache.

Target: 10,000 facts in under 0.5 s cold (with the cache, the steady state). With ``--profile`` the largest size is
also run under cProfile and the top functions are listed.

    python tests/bench/bench_load.py [--quick] [--sizes 1000 10000] [--json FILE]

Not a test: pytest does not collect it.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.bench.synth import write_decks  # noqa: E402
from tests.bench.util import child_env, run_json, summary  # noqa: E402

COLD = """
import json, sys, time
from pathlib import Path
t0 = time.perf_counter()
import studyapp.core.deck.load  # load_files imports it on first use; timed here, apart
from studyapp.core.deck.cache import DeckCache
from studyapp.core.deck.library import load_files
t1 = time.perf_counter()
cache = None if sys.argv[1] == "-" else DeckCache(Path(sys.argv[1]))
c1 = time.process_time()
library = load_files([Path(p) for p in sys.argv[2:]], cache=cache)
t2 = time.perf_counter()
c2 = time.process_time()
assert not library.problems, library.problems[:3]
print(json.dumps({"import_s": t1 - t0, "load_s": t2 - t1, "load_cpu_s": c2 - c1,
                  "facts": library.fact_count}))
"""

WARM = """
import json, sys, time
from pathlib import Path
from studyapp.core.deck.cache import DeckCache
from studyapp.core.deck.library import load_files
cache = DeckCache(Path(sys.argv[2]))
paths = [Path(p) for p in sys.argv[3:]]
load_files(paths, cache=cache)
times = []
for _ in range(int(sys.argv[1])):
    t = time.perf_counter()
    library = load_files(paths, cache=cache)
    times.append(time.perf_counter() - t)
assert not library.problems
print(json.dumps(times))
"""


def deck_set(work: Path, size: int) -> list[Path]:
    folder = work / f"decks-{size}"
    existing = sorted(folder.glob("*.yaml"))
    return existing if existing else write_decks(folder, size)


def check_command(paths: list[Path]) -> float:
    studyapp = Path(sys.executable).parent / "studyapp"
    cmd = [str(studyapp)] if studyapp.exists() else [sys.executable, "-m", "studyapp.cli"]
    start = time.perf_counter()
    proc = subprocess.run(
        [*cmd, "check", *map(str, paths)], capture_output=True, text=True, env=child_env()
    )
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(proc.stdout[-2000:] + proc.stderr[-2000:])
    return elapsed


def profile_load(paths: list[Path], cache_dir: Path, top: int = 15) -> list[dict[str, Any]]:
    """cProfile of a load with the cache filled (the steady state)."""
    from studyapp.core.deck.cache import DeckCache
    from studyapp.core.deck.library import load_files

    cache = DeckCache(cache_dir)
    load_files(paths, cache=cache)
    prof = cProfile.Profile()
    prof.enable()
    load_files(paths, cache=cache)
    prof.disable()
    stats = pstats.Stats(prof, stream=io.StringIO())
    rows = []
    for (file, line, func), (_cc, nc, tt, ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        rows.append(
            {
                "function": f"{Path(file).name}:{line}({func})",
                "ncalls": nc,
                "tottime_s": round(tt, 4),
                "cumtime_s": round(ct, 4),
            }
        )
    rows.sort(key=lambda r: r["tottime_s"], reverse=True)
    return rows[:top]


def run(sizes: list[int], repeats: int, work: Path, profile: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"sizes": {}, "target": "10,000 facts < 0.5 s cold"}
    for size in sizes:
        paths = deck_set(work, size)
        mb = sum(p.stat().st_size for p in paths) / 1e6
        cache = work / f"cache-{size}"
        first, cold, bare = [], [], []
        for n in range(repeats):  # interleaved, so all three see the same machine load
            empty = work / f"cache-{size}-first-{n}"
            first.append(run_json(COLD, str(empty), *map(str, paths)))
            shutil.rmtree(empty, ignore_errors=True)
            if n == 0:
                run_json(COLD, str(cache), *map(str, paths))  # fill the cache once
            cold.append(run_json(COLD, str(cache), *map(str, paths)))
            bare.append(run_json(COLD, "-", *map(str, paths)))
        warm = run_json(WARM, str(repeats), str(cache), *map(str, paths))
        check = [check_command(paths) for _ in range(max(1, repeats // 2))]
        row = out["sizes"][str(size)] = {
            "files": len(paths),
            "megabytes": round(mb, 2),
            "cold_load_s": summary([c["load_s"] for c in cold]),
            "cold_load_cpu_s": summary([c["load_cpu_s"] for c in cold]),
            "first_load_s": summary([c["load_s"] for c in first]),
            "first_load_cpu_s": summary([c["load_cpu_s"] for c in first]),
            "nocache_load_s": summary([c["load_s"] for c in bare]),
            "nocache_load_cpu_s": summary([c["load_cpu_s"] for c in bare]),
            "import_s": summary([c["import_s"] for c in cold]),
            "warm_load_s": summary(warm),
            "check_command_s": summary(check),
        }
        print(
            f"load {size:>6,} facts ({mb:.1f} MB): first ever {row['first_load_s']['median']:.3f} s, "
            f"cold with cache {row['cold_load_s']['median']:.3f} s "
            f"(cpu {row['cold_load_cpu_s']['median']:.3f} s), "
            f"no cache {row['nocache_load_s']['median']:.3f} s, "
            f"warm {row['warm_load_s']['median']:.3f} s",
            flush=True,
        )
    if profile:
        largest = max(sizes)
        top = profile_load(deck_set(work, largest), work / f"cache-{largest}")
        out["profile"] = {"facts": largest, "cached": True, "top": top}
    return out


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 50_000])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="1,000 and 10,000 facts, 3 repeats")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--workdir", type=Path, help="keep the generated decks here")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes, args.repeats = [1_000, 10_000], 3
    if args.workdir:
        args.workdir.mkdir(parents=True, exist_ok=True)
        result = run(args.sizes, args.repeats, args.workdir, args.profile)
    else:
        with tempfile.TemporaryDirectory(prefix="studyapp-bench-load-") as tmp:
            result = run(args.sizes, args.repeats, Path(tmp), args.profile)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return result


if __name__ == "__main__":
    main()
