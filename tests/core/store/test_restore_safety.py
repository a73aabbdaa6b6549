"""Restore can never lose data: the backup is checked first, the current file is
kept whatever its state, the backup goes into place in one rename, and any step
that fails leaves everything as it was (the file, its journal, the backups)."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from datetime import timezone
from pathlib import Path

import pytest

from studyapp.core.errors import ErrorKind
from studyapp.core.store import (
    StorageError,
    StoreError,
    open_store,
    restore_backup,
)
from studyapp.core.store import backup as backup_module
from tests.faults import (
    answer_cards,
    file_digests,
    fill,
    no_override,
    reviews_in,
    short_busy_wait,  # noqa: F401  (a fixture)
    small_disk,
)

from .conftest import QA, FakeClock, StoreFactory, facts

pytestmark = pytest.mark.usefixtures("short_busy_wait")


def _digests(folder: Path) -> dict[str, str]:
    return file_digests(folder, skip=(".lock",))  # the lock file holds a process id


@pytest.fixture
def older_backup(make_store: StoreFactory, clock: FakeClock) -> Iterator[Path]:
    """A progress file with 5 reviews, of which a backup holds the first 2."""
    store = make_store()
    store.sync_cards("d", facts(10), QA)
    answer_cards(store, 2)
    backup = store.maybe_backup(force=True)
    assert backup is not None
    clock.advance(hours=2)
    answer_cards(store, 3)
    store.close()
    yield backup


def test_a_restore_on_a_full_disk_changes_nothing(tmp_path: Path, clock: FakeClock) -> None:
    with small_disk(tmp_path / "disk", size_kb=1024) as disk:
        path = disk / "progress.sqlite"
        store = open_store(path, clock=clock, tz=timezone.utc)
        store.sync_cards("d", facts(10), QA)
        answer_cards(store, 2)
        backup = store.maybe_backup(force=True)
        assert backup is not None
        clock.advance(hours=2)
        answer_cards(store, 3)
        store.close()
        filler = fill(disk)
        before = _digests(disk)
        with pytest.raises(StoreError) as err:
            restore_backup(path, backup, clock.now)
        assert err.value.kind is ErrorKind.STORE_DISK_FULL
        assert "damaged" not in str(err.value)
        filler.unlink()
        after = _digests(disk)
        after.pop("filler", None)
        before.pop("filler", None)
        assert {k: v for k, v in after.items() if not k.endswith(("-shm", "-wal"))} == {
            k: v for k, v in before.items() if not k.endswith(("-shm", "-wal"))
        }
        assert reviews_in(path) == 5  # the healthy progress is still in place
        # With space again, the restore works and keeps the newer progress as a backup.
        result = restore_backup(path, backup, clock.now)
        assert result.safety_backup is not None and reviews_in(result.safety_backup) == 5
        assert reviews_in(path) == 2


def test_a_restore_while_another_program_writes_is_refused(
    db_path: Path, older_backup: Path, clock: FakeClock
) -> None:
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE config SET value = value")
    try:
        before = _digests(db_path.parent)
        with pytest.raises(StorageError) as err:
            restore_backup(db_path, older_backup, clock.now)
        assert err.value.kind is ErrorKind.STORE_BUSY
        assert _digests(db_path.parent) == before  # not even a safety backup is left
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert reviews_in(db_path) == 5  # the newer reviews are all there


def test_a_restore_while_another_program_only_reads_is_refused(
    db_path: Path, older_backup: Path, clock: FakeClock
) -> None:
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN")
    other.execute("SELECT count(*) FROM cards").fetchone()  # holds a read snapshot
    try:
        with pytest.raises(StorageError) as err:
            restore_backup(db_path, older_backup, clock.now)
        assert err.value.kind is ErrorKind.STORE_BUSY
    finally:
        other.execute("COMMIT")
        other.close()
    assert reviews_in(db_path) == 5


@pytest.mark.parametrize("failing", ["copy", "rename"])
def test_a_restore_that_fails_half_way_leaves_everything_as_it_was(
    db_path: Path,
    older_backup: Path,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    failing: str,
) -> None:
    before = _digests(db_path.parent)
    if failing == "copy":
        real_copy = backup_module._copy_database

        def broken_copy(source: sqlite3.Connection, target: Path) -> None:
            if not target.name.endswith(".restoring"):  # the safety backup: written
                return real_copy(source, target)
            target.write_bytes(b"half")
            raise sqlite3.OperationalError("disk I/O error")

        monkeypatch.setattr(backup_module, "_copy_database", broken_copy)
    else:
        real_replace = os.replace

        def broken_replace(src: str | Path, dst: str | Path) -> None:
            if Path(dst) == db_path:
                raise OSError(5, "Input/output error")
            real_replace(src, dst)

        monkeypatch.setattr(backup_module.os, "replace", broken_replace)
    with pytest.raises(StoreError) as err:
        restore_backup(db_path, older_backup, clock.now)
    assert "damaged" not in str(err.value)
    monkeypatch.undo()
    assert _digests(db_path.parent) == before
    assert reviews_in(db_path) == 5


def test_a_restore_over_a_damaged_file_with_a_journal_keeps_both(
    make_store: StoreFactory, db_path: Path, older_backup: Path, clock: FakeClock
) -> None:
    wal = db_path.with_name(db_path.name + "-wal")
    db_path.write_bytes(b"garbage!" * 512)
    wal.write_bytes(b"journal" * 100)
    result = restore_backup(db_path, older_backup, clock.now)
    assert result.kept_as is not None
    assert result.kept_as.read_bytes() == b"garbage!" * 512
    assert result.kept_as.with_name(result.kept_as.name + "-wal").read_bytes() == b"journal" * 100
    assert not wal.exists()  # the old journal is not applied to the restored file
    assert make_store().stats().reviews_total == 2


def test_a_restore_where_the_file_cannot_be_written_is_refused(
    db_path: Path, older_backup: Path, clock: FakeClock
) -> None:
    before = _digests(db_path.parent)
    db_path.chmod(0o444)
    try:
        with no_override(), pytest.raises(StoreError) as err:
            restore_backup(db_path, older_backup, clock.now)
    finally:
        db_path.chmod(0o644)
    assert err.value.kind is ErrorKind.RESTORE_FAILED
    assert "cannot be written" in str(err.value)
    assert _digests(db_path.parent) == before
    assert reviews_in(db_path) == 5
