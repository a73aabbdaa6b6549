"""Benchmark: loading synthetic decks of 1,000 / 10,000 / 50,000 facts.

* cold: a fresh interpreter imports the loader, then ``load_files`` reads every
  file of the deck set (10,000 facts per file; a deck file may hold 5 MB);
  the import is timed on its own;
* check: the whole ``studyapp check FILES`` command, interpreter start included;
* warm: the same set loaded again in the same process (no cache: every load
  parses and validates the files again).

Target: 10,000 facts in under 0.5 s cold. With ``--profile`` the largest size is
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
t0 = time.perf_counter()
from studyapp.core.library import load_files
t1 = time.perf_counter()
c1 = time.process_time()
library = load_files([__import__("pathlib").Path(p) for p in sys.argv[1:]])
t2 = time.perf_counter()
c2 = time.process_time()
assert not library.problems, library.problems[:3]
print(json.dumps({"import_s": t1 - t0, "load_s": t2 - t1, "load_cpu_s": c2 - c1,
                  "facts": library.fact_count}))
"""

WARM = """
import json, sys, time
from pathlib import Path
from studyapp.core.library import load_files
paths = [Path(p) for p in sys.argv[2:]]
load_files(paths)
times = []
for _ in range(int(sys.argv[1])):
    t = time.perf_counter()
    library = load_files(paths)
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


def profile_load(paths: list[Path], top: int = 15) -> list[dict[str, Any]]:
    from studyapp.core.library import load_files

    prof = cProfile.Profile()
    prof.enable()
    load_files(paths)
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
        cold = [run_json(COLD, *map(str, paths)) for _ in range(repeats)]
        warm = run_json(WARM, str(repeats), *map(str, paths))
        check = [check_command(paths) for _ in range(max(1, repeats // 2))]
        out["sizes"][str(size)] = {
            "files": len(paths),
            "megabytes": round(mb, 2),
            "cold_load_s": summary([c["load_s"] for c in cold]),
            "cold_load_cpu_s": summary([c["load_cpu_s"] for c in cold]),
            "import_s": summary([c["import_s"] for c in cold]),
            "warm_load_s": summary(warm),
            "check_command_s": summary(check),
        }
        print(
            f"load {size:>6,} facts ({mb:.1f} MB): cold {out['sizes'][str(size)]['cold_load_s']['median']:.3f} s, "
            f"warm {out['sizes'][str(size)]['warm_load_s']['median']:.3f} s",
            flush=True,
        )
    if profile:
        largest = max(sizes)
        out["profile"] = {"facts": largest, "top": profile_load(deck_set(work, largest))}
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
