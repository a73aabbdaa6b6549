"""A review the screen acknowledged survives the process being killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from studyapp.core.store import open_store

ROOT = Path(__file__).resolve().parents[3]
WORKER = Path(__file__).with_name("review_worker.py")


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_every_acknowledged_review_survives_sigkill(db_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, str(WORKER), str(db_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    try:
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()  # type: ignore[union-attr]
        lines = []
        while len(lines) < 300:
            line = proc.stdout.readline()
            assert line, proc.stderr.read()  # type: ignore[union-attr]
            lines.append(line)
        os.kill(proc.pid, signal.SIGKILL)  # mid-run: it is answering the next card now
        lines += proc.stdout.readlines()  # whatever it printed before dying counts too
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)
        proc.stdout.close()
        proc.stderr.close()  # type: ignore[union-attr]
    assert proc.returncode == -signal.SIGKILL

    done = [tuple(int(x) for x in line.split()[1:]) for line in lines if line.startswith("done")]
    assert len(done) >= 300
    store = open_store(db_path)  # the lock died with the process
    try:
        conn = store._conn
        for review_id, card_id, state in done:
            row = conn.execute(
                "SELECT card_id, state_after FROM revlog WHERE id = ?", (review_id,)
            ).fetchone()
            assert row == (card_id, state), f"review {review_id} lost"
        # each card's state is the one its last logged review left (at most one review
        # more than printed: the one committed just before the kill, not yet printed)
        for card_id in {d[1] for d in done}:
            log = store.review_log(card_id)
            assert store.card(card_id).state is log[-1].state_after
            assert len(log) - sum(1 for d in done if d[1] == card_id) in (0, 1)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        store.close()
