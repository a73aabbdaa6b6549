"""Benchmark: app start to the first painted main window, next to a bare PySide6 window.

Each start is a fresh interpreter (offscreen Qt). The parent notes the wall clock
just before it starts the child; the child notes it when the first paint event
reaches a visible top-level window, then quits. The bare reference imports
PySide6, makes a QApplication and a QMainWindow with a label, shows it and runs
the event loop; the app is started the way ``studyapp-gui`` starts it
(``studyapp.gui.app.main()``), with ``QApplication.exec`` wrapped so the child can
quit after the first paint (no GUI file is changed for the benchmark).

Target: the app at most 1.5x the bare window.

    python tests/bench/bench_startup.py [--repeats 7] [--data-dir DIR] [--json FILE]

Not a test: pytest does not collect it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.bench.util import child_env, summary  # noqa: E402

# Shared by both children: quit at the first paint of a visible top-level widget.
HOOK = """
import json, os, resource, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

_seen = {}
_linger = float(os.environ.get("BENCH_LINGER_S", "0"))

class _FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if not _seen and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
            window = obj.window()
            if window.isVisible():
                _seen["t"] = time.time()
                _seen["window"] = type(window).__name__
                QTimer.singleShot(int(_linger * 1000), QApplication.instance().quit)
        return False

_filter = _FirstPaint()
_real_exec = QApplication.exec

def _exec(*args, **kwargs):
    app = QApplication.instance()
    app.installEventFilter(_filter)
    QTimer.singleShot(60_000, app.quit)
    _real_exec()
    if not _seen:
        print(json.dumps({"error": "no paint within 60 s"}))
        os._exit(1)
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"paint": _seen["t"], "window": _seen["window"], "maxrss_mb": rss_kb / 1024}))
    sys.stdout.flush()
    os._exit(0)

QApplication.exec = _exec
QApplication.exec_ = _exec
"""

BARE = (
    HOOK
    + """
from PySide6.QtWidgets import QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare")
window.setCentralWidget(QLabel("bare"))
window.show()
app.exec()
"""
)

APP = (
    HOOK
    + """
import studyapp.gui.app as gui_app
sys.exit(gui_app.main())
"""
)


def start_once(code: str, data_dir: Path, linger_s: float = 0.0) -> dict[str, Any]:
    env = child_env(STUDYAPP_DATA_DIR=str(data_dir), BENCH_LINGER_S=str(linger_s))
    start = time.time()
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120, cwd=ROOT
    )
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(
            f"start failed ({proc.returncode}): {proc.stdout[-1000:]}{proc.stderr[-2000:]}"
        )
    result: dict[str, Any] = json.loads(lines[-1])
    result["first_paint_s"] = result["paint"] - start
    return result


def run(repeats: int, data_dir: Path | None) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="studyapp-bench-start-") as tmp:
        folder = data_dir or Path(tmp) / "data"
        folder.mkdir(parents=True, exist_ok=True)
        start_once(APP, folder)  # first start: creates the store, warms the disk cache
        bare, app = [], []
        window = ""
        for _ in range(repeats):  # interleaved, so both see the same machine load
            bare.append(start_once(BARE, folder)["first_paint_s"])
            one = start_once(APP, folder)
            app.append(one["first_paint_s"])
            window = one["window"]
    b, a = summary(bare), summary(app)
    return {
        "bare_s": b,
        "app_s": a,
        "app_window": window,
        "ratio": a["median"] / b["median"],
        "target": "app <= 1.5x bare",
        "meets": a["median"] <= 1.5 * b["median"],
    }


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--data-dir", type=Path, help="default: a new empty data dir")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    result = run(args.repeats, args.data_dir)
    print(
        f"first paint: app {result['app_s']['median']:.3f} s, bare {result['bare_s']['median']:.3f} s "
        f"({result['ratio']:.2f}x, window {result['app_window']})"
    )
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return result


if __name__ == "__main__":
    main()
