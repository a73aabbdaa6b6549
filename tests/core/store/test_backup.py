"""Backups: when they are taken, how they are thinned, and restoring one."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from studyapp.core.store import (
    BackupError,
    BackupInfo,
    BackupLimits,
    Rating,
    Store,
    StoreLockedError,
    restore_backup,
)
from studyapp.core.store.backup import backup_name, obsolete_backups, parse_backup_name

from .conftest import QA, FakeClock, StoreFactory, facts


def _answer_one(store: Store) -> None:
    card = store.next_card()
    assert card is not None
    store.answer(card.id, Rating.GOOD)


def _reviews_in(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM revlog").fetchone()[0])
    finally:
        conn.close()


def test_backups_only_when_changed_and_at_most_every_30_minutes(
    store: Store, clock: FakeClock
) -> None:
    assert store.maybe_backup() is None  # nothing changed yet
    store.sync_cards("d", facts(5), QA)
    _answer_one(store)
    first = store.maybe_backup()
    assert first is not None and first.parent == store.backups_dir
    clock.advance(minutes=10)
    _answer_one(store)
    assert store.maybe_backup() is None  # too soon
    clock.advance(minutes=21)
    second = store.maybe_backup()
    assert second is not None and second != first
    clock.advance(hours=2)
    assert store.maybe_backup() is None  # nothing changed since
    forced = store.maybe_backup(force=True)
    assert forced is not None
    assert [b.path for b in store.backups()] == [forced, second, first]


def test_a_backup_is_one_self_contained_readable_file(store: Store) -> None:
    store.sync_cards("d", facts(3), QA)
    _answer_one(store)
    path = store.maybe_backup(force=True)
    assert path is not None
    assert not path.with_name(path.name + "-wal").exists()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    conn.close()
    assert _reviews_in(path) == 1
    assert not list(path.parent.glob(".*.tmp"))


def test_reviews_of_a_session_that_ended_without_a_backup_are_backed_up_next_time(
    make_store: StoreFactory, clock: FakeClock
) -> None:
    store = make_store()
    store.sync_cards("d", facts(3), QA)
    store.maybe_backup(force=True)
    clock.advance(hours=1)
    _answer_one(store)
    store.close()  # e.g. a crash: no backup of that answer
    clock.advance(hours=1)
    store = make_store()
    path = store.maybe_backup()
    assert path is not None and _reviews_in(path) == 1


def test_backup_names_round_trip() -> None:
    moment = datetime(2025, 3, 3, 12, 34, 56, tzinfo=timezone.utc)
    assert backup_name(moment) == "progress-20250303T123456Z.sqlite"
    assert parse_backup_name(backup_name(moment)) == moment
    assert parse_backup_name(backup_name(moment, 2)) == moment
    assert parse_backup_name("progress.sqlite") is None


def _b(y: int, m: int, d: int, hh: int = 0) -> BackupInfo:
    moment = datetime(y, m, d, hh, tzinfo=timezone.utc)
    return BackupInfo(Path(backup_name(moment)), moment)


def test_thinning_keeps_today_yesterday_then_daily_weekly_monthly() -> None:
    # The case of Anki's own thinning test (rslib/src/collection/backup.rs).
    cases = [
        (_b(2022, 2, 22), False),  # today and yesterday: all kept
        (_b(2022, 2, 22, 1), False),
        (_b(2022, 2, 21), False),
        (_b(2022, 2, 20, 6), True),  # daily: the newest of the day is kept
        (_b(2022, 2, 20, 18), False),
        (_b(2022, 2, 10), False),
        (_b(2022, 2, 9), False),
        (_b(2022, 2, 7), True),  # weekly: Monday, that week is already kept
        (_b(2022, 2, 6, 1), True),
        (_b(2022, 2, 6, 2), False),
        (_b(2022, 1, 6), False),
        (_b(2022, 1, 5), True),  # monthly
        (_b(2021, 12, 24), False),
        (_b(2021, 12, 1), True),
        (_b(2021, 11, 1), True),  # limits used up
    ]
    removed = obsolete_backups(
        [b for b, _ in cases],
        date(2022, 2, 22),
        lambda t: t.date(),
        BackupLimits(daily=3, weekly=2, monthly=1),
    )
    assert sorted(b.path.name for b in removed) == sorted(b.path.name for b, gone in cases if gone)


def test_old_backups_are_deleted_when_a_new_one_is_taken(
    make_store: StoreFactory, clock: FakeClock
) -> None:
    store = make_store(backup_limits=BackupLimits(daily=2, weekly=1, monthly=1))
    store.backups_dir.mkdir(parents=True)
    for days_ago in range(1, 60):
        moment = clock.now - timedelta(days=days_ago)
        (store.backups_dir / backup_name(moment)).write_bytes(b"")
    (store.backups_dir / "notes.txt").write_text("not a backup")
    store.maybe_backup(force=True)
    kept = [(clock.now.date() - b.taken_at.date()).days for b in store.backups()]
    # Today is Monday 3 March: the new backup and yesterday's, two daily (1 Mar, 28 Feb),
    # the newest of the week before (Sunday 23 Feb), the newest of January (31 Jan).
    assert kept == [0, 1, 2, 3, 8, 31]
    assert (store.backups_dir / "notes.txt").exists()


def test_restore_brings_back_a_backup_and_keeps_the_current_state(
    make_store: StoreFactory, db_path: Path, clock: FakeClock
) -> None:
    store = make_store()
    store.sync_cards("d", facts(5), QA)
    _answer_one(store)
    backup = store.maybe_backup(force=True)
    assert backup is not None
    clock.advance(hours=1)
    _answer_one(store)
    _answer_one(store)
    with pytest.raises(StoreLockedError):
        restore_backup(db_path, backup, clock.now)
    store.close()

    clock.advance(minutes=1)
    result = restore_backup(db_path, backup, clock.now)
    assert result.safety_backup is not None and _reviews_in(result.safety_backup) == 3
    store = make_store()
    assert store.stats().reviews_total == 1


def test_restore_refuses_a_file_that_is_not_a_backup(
    make_store: StoreFactory, db_path: Path, tmp_path: Path, clock: FakeClock
) -> None:
    make_store().close()
    before = hashlib.sha256(db_path.read_bytes()).digest()
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_bytes(b"nope" * 100)
    with pytest.raises(BackupError, match="not a usable backup"):
        restore_backup(db_path, bogus, clock.now)
    with pytest.raises(BackupError, match="does not exist"):
        restore_backup(db_path, tmp_path / "missing.sqlite", clock.now)
    assert hashlib.sha256(db_path.read_bytes()).digest() == before


def test_restore_over_a_damaged_database_keeps_it_aside(
    make_store: StoreFactory, db_path: Path, clock: FakeClock
) -> None:
    store = make_store()
    store.sync_cards("d", facts(2), QA)
    _answer_one(store)
    backup = store.maybe_backup(force=True)
    assert backup is not None
    store.close()
    damaged = b"garbage!" * 512
    db_path.write_bytes(damaged)
    result = restore_backup(db_path, backup, clock.now)
    assert result.kept_as is not None and result.kept_as.read_bytes() == damaged
    assert db_path.read_bytes() != damaged
    assert make_store().stats().reviews_total == 1


def test_a_backup_job_runs_in_another_thread_while_reviews_go_on(
    store: Store, clock: FakeClock
) -> None:
    import threading

    store.sync_cards("d", facts(6), QA)
    _answer_one(store)
    _answer_one(store)
    job = store.backup_job()
    assert job is not None
    assert store.backup_job() is None  # taken: not due again until something changes
    result: list[Path] = []
    worker = threading.Thread(target=lambda: result.append(job()))
    worker.start()
    _answer_one(store)  # the store's own connection keeps writing meanwhile
    worker.join(10)
    (path,) = result
    assert path.parent == store.backups_dir
    assert _reviews_in(path) in (2, 3)  # a consistent snapshot, from before or after
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    conn.close()
    clock.advance(minutes=31)
    assert store.backup_job() is not None  # the third answer still needs a backup


def test_a_failed_backup_job_is_tried_again(store: Store, clock: FakeClock) -> None:
    store.sync_cards("d", facts(3), QA)
    _answer_one(store)
    job = store.backup_job()
    assert job is not None
    store.backup_failed()
    assert store.backup_job() is not None
