"""Small helpers shared by the benchmarks: summaries and child processes."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def summary(samples: list[float]) -> dict[str, Any]:
    """Median, p10 and p90 (nearest rank) of a list of samples, with their count."""
    xs = sorted(samples)

    def pct(p: float) -> float:
        return xs[min(len(xs) - 1, max(0, round(p * (len(xs) - 1))))]

    return {
        "median": statistics.median(xs),
        "p10": pct(0.10),
        "p90": pct(0.90),
        "n": len(xs),
        "samples": xs,
    }


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(extra)
    return env


def run_json(code: str, *args: str, env: dict[str, str] | None = None, timeout: float = 600) -> Any:
    """Run ``code`` in a fresh interpreter; its last line of output is JSON."""
    proc = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env or child_env(),
        timeout=timeout,
        cwd=ROOT,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"child failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])
