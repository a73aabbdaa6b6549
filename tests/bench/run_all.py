"""Every studyapp benchmark in one command: one table of medians and spreads, and JSON.

    python -m tests.bench.run_all [--quick] [--json FILE]

``--quick`` runs smaller sizes and fewer repeats (a few minutes on a fresh
clone); the full run adds the 50,000-fact scaling rows, the 100,000-card /
1,000,000-review answer benchmark and a profile of loading 50,000 facts. Each
benchmark also runs on its own (``python tests/bench/bench_*.py --help``).
Not a test: pytest does not collect it.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.bench import bench_load, bench_memory, bench_startup  # noqa: E402
from tests.bench.util import child_env  # noqa: E402

BENCH = Path(__file__).resolve().parent


def _script(name: str, *args: str, timeout: float = 3600) -> str:
    proc = subprocess.run(
        [sys.executable, str(BENCH / name), *args],
        capture_output=True,
        text=True,
        env=child_env(),
        cwd=ROOT,
        timeout=timeout,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"{name} failed:\n{proc.stdout[-2000:]}\n{proc.stderr[-3000:]}")
    return proc.stdout


def generate(sizes: list[int], runs: int) -> dict[str, Any]:
    """bench_generate prints a table; its rows are read back here."""
    out = _script("bench_generate.py", "--sizes", *map(str, sizes), "--runs", str(runs))
    rows = {}
    pattern = re.compile(r"^(.+?)\s+([\d,]+)\s+([\d.]+)ms\s+([\d.]+)ms\s+([\d.]+)ms")
    for line in out.splitlines():
        m = pattern.match(line)
        if m:
            rows[m.group(2).replace(",", "")] = {
                "deck": m.group(1).strip(),
                "first_ms": float(m.group(3)),
                "median_ms": float(m.group(4)),
                "p90_ms": float(m.group(5)),
            }
    return {"runs": runs, "rows": rows, "target": "10,000 facts < 50 ms", "raw": out}


def export(facts: int, runs: int, work: Path) -> dict[str, Any]:
    path = work / f"export-{facts}.json"
    out = _script(
        "bench_export.py", "--facts", str(facts), "--runs", str(runs), "--no-genanki",
        "--json", str(path),
    )  # fmt: skip
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    data["raw"] = out
    return data


def review(quick: bool, work: Path) -> dict[str, Any]:
    path = work / "review.json"
    args = ["--quick"] if quick else []
    out = _script("bench_review.py", *args, "--json", str(path))
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    data["raw"] = out
    return data


def importer(quick: bool, work: Path) -> dict[str, Any]:
    """The article importer: a 2 MB article (LF) and, where ``../shared/qa`` is,
    coverage of people's questions on the held-out halves of DRCD and CMRC."""
    path = work / "import.json"
    what = ["speed"] if quick else ["speed", "coverage"]
    args = [*what, "--endings", "lf", "--repeats", "1" if quick else "3"]
    out = _script("bench_import.py", *args, "--part", "held-out", "--json", str(path))
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    data["raw"] = out
    return data


def _guard(name: str, results: dict[str, Any], run: Any) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {name} …", flush=True)
    try:
        results[name] = run()
    except Exception as exc:  # one failing benchmark must not hide the others
        results[name] = {"error": f"{type(exc).__name__}: {exc}"}
        print(f"  {name} failed: {exc}", flush=True)


def collect(quick: bool) -> dict[str, Any]:
    # An installed wheel's modules are byte-compiled; a fresh clone's are not (and
    # PYTHONDONTWRITEBYTECODE may stop Python caching them), which would charge
    # every app start for compiling studyapp. Compile once, as pip does.
    compileall.compile_dir(ROOT / "studyapp", quiet=1)
    sizes = [1_000, 10_000] if quick else [1_000, 10_000, 50_000]
    repeats = 3 if quick else 7
    results: dict[str, Any] = {
        "quick": quick,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "load_average": os.getloadavg(),
    }
    with tempfile.TemporaryDirectory(prefix="studyapp-bench-all-") as tmp:
        work = Path(tmp)
        _guard("startup", results, lambda: bench_startup.run(repeats, None))
        _guard(
            "load",
            results,
            lambda: bench_load.run(sizes, repeats, work / "load", profile=not quick),
        )
        _guard("generate", results, lambda: generate(sizes, 10 if quick else 30))
        _guard("review", results, lambda: review(quick, work))
        exports: dict[str, Any] = {}
        for n in [10_000] if quick else sizes:
            _guard(str(n), exports, lambda n=n: export(n, 2 if quick else 5, work))
        results["export"] = exports
        _guard("memory", results, lambda: bench_memory.run(10_000, 1 if quick else 3, 2.0))
        _guard("importer", results, lambda: importer(quick, work))
    return results


def _f(x: float, unit: str) -> str:
    return f"{x * 1000:.1f} ms" if unit == "ms" and x < 10 else f"{x:.3g} {unit}"


def table(r: dict[str, Any]) -> list[str]:
    """Rows: figure | studyapp median [p10-p90] | reference | target | verdict."""
    rows: list[tuple[str, str, str, str, str]] = []

    def spread(s: dict[str, Any], scale: float = 1.0, unit: str = "s") -> str:
        return f"{s['median'] * scale:.3f} {unit} [{s['p10'] * scale:.3f}-{s['p90'] * scale:.3f}]"

    st = r.get("startup", {})
    if "app_s" in st:
        rows.append((
            "start to first paint", spread(st["app_s"]), f"bare PySide6 {spread(st['bare_s'])}",
            "<= 1.5x bare", f"{st['ratio']:.2f}x {'ok' if st['meets'] else 'MISS'}",
        ))  # fmt: skip
    ld = r.get("load", {}).get("sizes", {})
    for size, v in ld.items():
        cold = v["cold_load_s"]["median"]
        target = "< 0.5 s" if size == "10000" else ""
        verdict = ("ok" if cold < 0.5 else "MISS") if target else ""
        if "first_load_s" in v:
            rows.append((
                f"load {int(size):,} facts, first load ever", spread(v["first_load_s"]),
                f"cpu {v['first_load_cpu_s']['median']:.3f} s; parse + write cache", "", "",
            ))  # fmt: skip
        rows.append((
            f"load {int(size):,} facts cold, cache", spread(v["cold_load_s"]),
            f"cpu {v['cold_load_cpu_s']['median']:.3f} s; check cmd {v['check_command_s']['median']:.2f} s",
            target, verdict,
        ))  # fmt: skip
        if "nocache_load_s" in v:
            rows.append((
                f"load {int(size):,} facts cold, no cache", spread(v["nocache_load_s"]),
                f"cpu {v['nocache_load_cpu_s']['median']:.3f} s", "", "",
            ))  # fmt: skip
        rows.append((f"load {int(size):,} facts warm", spread(v["warm_load_s"]), "", "", ""))
    for size, v in r.get("generate", {}).get("rows", {}).items():
        if size in ("1000", "10000", "50000"):
            target = "< 50 ms" if size == "10000" else ""
            verdict = ("ok" if v["median_ms"] < 50 else "MISS") if target else ""
            rows.append((
                f"50-question quiz, {int(size):,} facts",
                f"{v['median_ms']:.1f} ms [p90 {v['p90_ms']:.1f}]", f"first call {v['first_ms']:.1f} ms",
                target, verdict,
            ))  # fmt: skip
    rv = r.get("review", {})
    if "studyapp" in rv:
        ours, anki = rv["studyapp"], rv["anki"]
        ok = ours["median_ms"] <= anki["median_ms"] and ours["p99_ms"] < 5
        rows.append((
            f"answer+next, {rv['cards']:,} cards / {rv['reviews']:,} reviews",
            f"{ours['median_ms']:.2f} ms [p90 {ours['p90_ms']:.2f}, p99 {ours['p99_ms']:.2f}]",
            f"Anki {anki['median_ms']:.2f} ms [p99 {anki['p99_ms']:.2f}]; "
            f"fsync {rv['fsync_floor']['median_ms']:.2f} ms",
            "median <= Anki, p99 < 5 ms", "ok" if ok else "MISS",
        ))  # fmt: skip
    for size, ex in r.get("export", {}).items():
        if "rows" not in ex:
            continue
        by = {row["name"]: row for row in ex["rows"]}
        ours = by.get("studyapp export_apkg")
        anki = by.get("Anki export_anki_package")
        if ours and anki:
            target = "<= Anki" if size == "10000" else ""
            verdict = ("ok" if ours["median_s"] <= anki["median_s"] else "MISS") if target else ""
            rows.append((
                f"export {int(size):,} facts .apkg",
                f"{ours['median_s']:.3f} s [{ours['min_s']:.3f}-{ours['max_s']:.3f}]",
                f"Anki {anki['median_s']:.3f} s", target, verdict,
            ))  # fmt: skip
    mem = r.get("memory", {})
    if "app_maxrss_mb" in mem:
        rows.append((
            "peak RSS, app with 10,000 facts", f"{mem['app_maxrss_mb']['median']:.0f} MB",
            f"bare window {mem['bare_maxrss_mb']:.0f} MB", "< 250 MB",
            "ok" if mem["meets"] else "MISS",
        ))  # fmt: skip
    imp = r.get("importer", {})
    lf = imp.get("speed", {}).get("runs", {}).get("lf")
    if lf:
        rows.append((
            f"import a {lf['bytes'] / 2**20:.1f} MB article", f"{lf['total_s']:.2f} s, {lf['maxrss_mb']:.0f} MB",
            "before issue 15: 41 s, 126 MB", "< 5 s, < 200 MB",
            "ok" if lf["meets"] else "MISS",
        ))  # fmt: skip
    for name, parts in imp.get("coverage", {}).get("sets", {}).items():
        held = parts.get("held-out")
        if held:
            rows.append((
                f"import coverage, {name.upper()} held-out", f"{held['coverage']:.1%}",
                f"{held['drafts_per_paragraph']:.1f} drafts/¶, k {held['k_per_paragraph']:.1f}",
                ">= 50%", "ok" if held["coverage"] >= 0.5 else "MISS",
            ))  # fmt: skip
    for name in ("startup", "load", "generate", "review", "memory", "importer"):
        if "error" in r.get(name, {}):
            rows.append((name, "ERROR", r[name]["error"][:60], "", ""))
    head = ("figure", "studyapp median [p10-p90]", "reference", "target", "verdict")
    widths = [max(len(str(row[i])) for row in [head, *rows]) for i in range(5)]
    out = ["| " + " | ".join(h.ljust(w) for h, w in zip(head, widths, strict=True)) + " |"]
    out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    out += [
        "| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |"
        for row in rows
    ]
    prof = r.get("load", {}).get("profile")
    if prof:
        out += [
            "",
            f"Where loading {prof['facts']:,} facts spends its time"
            f"{' (cache filled)' if prof.get('cached') else ''} (cProfile, tottime):",
        ]
        out += [
            f"  {p['tottime_s']:7.3f} s  {p['cumtime_s']:7.3f} s cum  {p['ncalls']:>8}  {p['function']}"
            for p in prof["top"][:12]
        ]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--json", type=Path, metavar="FILE")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    results = collect(args.quick)
    results["total_s"] = time.perf_counter() - started
    print()
    print("\n".join(table(results)))
    print(f"\n({results['total_s']:.0f} s; load average at start {results['load_average'][0]:.1f})")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
