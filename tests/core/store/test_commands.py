"""``studyapp stats`` / ``backup`` / ``restore`` over the store."""

from __future__ import annotations

import argparse
import io
import json
from datetime import datetime, timezone
from pathlib import Path
from types import ModuleType

import pytest

from studyapp.commands import backup, restore, stats
from studyapp.commands.context import AppContext, CommandError
from studyapp.core.store import Rating, open_store

from .conftest import QA, facts


def _run(module: ModuleType, ctx: AppContext, *argv: str) -> str:
    parser = argparse.ArgumentParser()
    module.add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args([module.NAME, *argv])
    out = io.StringIO()
    ctx.out = out
    assert module.run(args, ctx) == 0
    return out.getvalue()


# Local noon, far from the learner day's rollover: a learning card answered now is due
# again today whatever the hour the suite runs (it failed in a CI run at 03:50).
_NOON = datetime(2026, 6, 15, 12, 0).astimezone().astimezone(timezone.utc)


@pytest.fixture
def ctx(tmp_path: Path) -> AppContext:
    return AppContext(data_dir=tmp_path / "data", clock=lambda: _NOON)


def _study(ctx: AppContext, answers: int) -> None:
    with open_store(ctx.store_path, clock=ctx.clock) as store:
        store.sync_cards("d", facts(10), QA)
        for _ in range(answers):
            card = store.next_card()
            assert card is not None
            store.answer(card.id, Rating.GOOD, duration_ms=1500)


def test_stats_json_reports_the_reviews_made_through_the_core(ctx: AppContext) -> None:
    _study(ctx, 3)
    data = json.loads(_run(stats, ctx, "--json"))
    assert data["reviews_total"] == 3
    assert sum(day["reviews"] for day in data["reviews_per_day"]) == 3
    assert data["time"]["total_review_ms"] == 4500
    assert data["due_now"]["learning"] == 3
    assert len(data["due_forecast"]) == 30
    assert "Today" in _run(stats, ctx)


def test_stats_while_the_app_is_running(ctx: AppContext) -> None:
    _study(ctx, 1)
    with open_store(ctx.store_path):  # the app holds the lock
        data = json.loads(_run(stats, ctx, "--json"))
    assert data["reviews_total"] == 1


def test_stats_before_any_study_creates_nothing(ctx: AppContext) -> None:
    data = json.loads(_run(stats, ctx, "--json"))
    assert data["reviews_total"] == 0 and data["database"] is None
    assert not ctx.store_path.exists()
    assert _run(stats, ctx) == "No study progress yet.\n"


def test_backup_and_restore_commands(ctx: AppContext) -> None:
    _study(ctx, 1)
    out = _run(backup, ctx)
    assert out.startswith("Backed up to ")
    name = Path(out.split()[3]).name
    assert name in _run(restore, ctx, "--list")
    _study(ctx, 2)
    out = _run(restore, ctx, name)  # a bare name from --list is found in the backups folder
    assert "Restored" in out and "backed up to" in out
    assert json.loads(_run(stats, ctx, "--json"))["reviews_total"] == 1


def test_restore_refused_while_running_and_for_bad_files(ctx: AppContext, tmp_path: Path) -> None:
    _study(ctx, 1)
    _run(backup, ctx)
    name = _run(restore, ctx, "--list").split()[0]
    with open_store(ctx.store_path), pytest.raises(CommandError, match="close it"):
        _run(restore, ctx, name)
    bad = tmp_path / "bad.sqlite"
    bad.write_text("no")
    with pytest.raises(CommandError, match="not a usable backup"):
        _run(restore, ctx, str(bad))
    with pytest.raises(CommandError, match="name the backup"):
        _run(restore, ctx)


def test_backup_without_progress(ctx: AppContext) -> None:
    with pytest.raises(CommandError, match="nothing to back up"):
        _run(backup, ctx)


def test_a_file_that_is_not_a_database_is_one_clear_line(ctx: AppContext) -> None:
    ctx.store_path.parent.mkdir(parents=True)
    ctx.store_path.write_bytes(b"x" * 100)
    with pytest.raises(CommandError, match="is not a studyapp progress database"):
        _run(stats, ctx)
    assert ctx.store_path.read_bytes() == b"x" * 100
