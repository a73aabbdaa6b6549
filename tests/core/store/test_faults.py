"""Storage faults, each said by its cause with the way out; only a damaged file is
called damaged, and no fault harms the progress or leaves a file that breaks the
next start.

Faults are real where the machine allows: a full disk is a small tmpfs filled to
the last byte (or SQLite's ``max_page_count``), another program's lock is a
second connection holding a write transaction, a read-only file or folder is one
whose permission bits apply (:func:`tests.faults.no_override`)."""

from __future__ import annotations

import random
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import timezone
from pathlib import Path

import pytest

from studyapp.core.errors import ErrorKind, StorageCause, storage_cause
from studyapp.core.store import (
    NotADatabaseError,
    Rating,
    ReadOnlyLocationError,
    ReadOnlyStoreError,
    StorageError,
    Store,
    StoreError,
    open_for_reading,
    open_progress,
    open_store,
)
from studyapp.core.store.errors import storage_error
from studyapp.paths import progress_file
from tests.faults import (
    answer_cards,
    file_digests,
    fill,
    no_override,
    permissions_apply,
    reviews_in,
    short_busy_wait,  # noqa: F401  (a fixture)
    small_disk,
)

from .conftest import QA, FakeClock, StoreFactory, facts

pytestmark = pytest.mark.usefixtures("short_busy_wait")


def _studied(store: Store, answers: int, cards: int = 40) -> None:
    store.sync_cards("d", facts(cards), QA)
    answer_cards(store, answers)


# -- the cause of an SQLite error -------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "message", "cause"),
    [
        (13, "database or disk is full", StorageCause.FULL),
        (10, "disk I/O error", StorageCause.IO),
        (4618, "disk I/O error", StorageCause.IO),  # SQLITE_IOERR_SHMSIZE
        (5, "database is locked", StorageCause.BUSY),
        (6, "database table is locked", StorageCause.BUSY),
        (8, "attempt to write a readonly database", StorageCause.READ_ONLY),
        (1544, "attempt to write a readonly database", StorageCause.READ_ONLY),
        (11, "database disk image is malformed", StorageCause.CORRUPT),
        (26, "file is not a database", StorageCause.NOT_A_DATABASE),
        (14, "unable to open database file", StorageCause.CANNOT_OPEN),
        (19, "UNIQUE constraint failed: cards.id", None),  # a bug, not the disk
    ],
)
def test_the_cause_comes_from_the_result_code_or_on_python_3_10_the_message(
    code: int, message: str, cause: StorageCause | None
) -> None:
    with_code = sqlite3.OperationalError(message)
    with_code.sqlite_errorcode = code  # type: ignore[attr-defined]
    assert storage_cause(with_code) is cause
    # Python 3.10's exceptions carry no code: SQLite's fixed English message says it.
    assert storage_cause(sqlite3.OperationalError(message)) is cause or hasattr(
        sqlite3.OperationalError(message), "sqlite_errorcode"
    )
    assert storage_cause(Exception(message)) is cause


# -- a full disk -------------------------------------------------------------------------


def test_a_full_disk_at_open_is_a_full_disk_not_a_damaged_file(
    tmp_path: Path, clock: FakeClock
) -> None:
    with small_disk(tmp_path / "disk") as disk:
        path = disk / "progress.sqlite"
        with open_store(path, clock=clock, tz=timezone.utc) as store:
            _studied(store, 5)
        before = file_digests(disk)
        filler = fill(disk)
        for attempt in (lambda: open_store(path), lambda: open_for_reading(path)):
            with pytest.raises(StorageError) as err:
                attempt()
            assert err.value.kind is ErrorKind.STORE_DISK_FULL
            assert "is full" in str(err.value) and "Free some space" in str(err.value)
            assert "damaged" not in str(err.value)
        filler.unlink()
        assert file_digests(disk).items() >= before.items()  # the progress kept every byte
        with open_store(path, clock=clock) as store:
            assert store.stats().reviews_total == 5


def test_a_full_disk_mid_answer_loses_no_earlier_answer(
    make_store: StoreFactory, db_path: Path
) -> None:
    store = make_store()
    store.update_settings(new_per_day=1000)
    _studied(store, 3, cards=1000)
    store.checkpoint()
    (pages,) = store._conn.execute("PRAGMA page_count").fetchone()
    store._conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk holds no more
    with pytest.raises(StorageError) as err:
        for _ in range(1000):  # the answers fill the last pages, then one finds no room
            card = store.next_card()
            assert card is not None
            store.answer(card, Rating.GOOD)
    assert err.value.kind is ErrorKind.STORE_DISK_FULL
    saved = store.stats().reviews_total
    assert saved >= 3
    store._conn.execute(f"PRAGMA max_page_count = {pages * 100}")  # space freed
    card = store.next_card()
    assert card is not None
    store.answer(card, Rating.GOOD)  # the failed answer left no transaction open
    assert store.stats().reviews_total == saved + 1


# -- another program's lock ----------------------------------------------------------------


@pytest.fixture
def foreign_writer(db_path: Path, make_store: StoreFactory) -> Iterator[sqlite3.Connection]:
    """Another program (a database browser, a sync tool) in a write transaction."""
    store = make_store()
    _studied(store, 2)
    store.close()
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE config SET value = value")
    yield conn
    conn.execute("ROLLBACK")
    conn.close()


def test_another_programs_lock_is_said_as_such_mid_answer(
    make_store: StoreFactory, db_path: Path, foreign_writer: sqlite3.Connection
) -> None:
    store = make_store()  # reading works beside the other program (WAL)
    card = store.next_card()
    assert card is not None
    with pytest.raises(StorageError) as err:
        store.answer(card, Rating.GOOD)
    assert err.value.kind is ErrorKind.STORE_BUSY
    assert "another program" in str(err.value) and "damaged" not in str(err.value)
    foreign_writer.execute("ROLLBACK")
    foreign_writer.execute("BEGIN")  # the fixture ends it
    store.answer(card, Rating.GOOD)
    assert store.stats().reviews_total == 3


def test_an_exclusive_lock_of_another_program_at_open_is_not_damage(
    make_store: StoreFactory, db_path: Path
) -> None:
    store = make_store()
    _studied(store, 2)
    store.close()
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    other.execute("UPDATE config SET value = value")
    try:
        with pytest.raises(StorageError) as err:
            open_store(db_path)
        assert err.value.kind is ErrorKind.STORE_BUSY
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert make_store().stats().reviews_total == 2


# -- read-only file or folder --------------------------------------------------------------


def _leftovers(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.glob(path.name + "-*"))


def test_a_read_only_file_opens_read_only_and_leaves_nothing_behind(
    make_store: StoreFactory, db_path: Path, clock: FakeClock
) -> None:
    store = make_store()
    _studied(store, 4)
    store.close()
    db_path.chmod(0o444)
    try:
        with no_override():
            assert permissions_apply(db_path)
            with pytest.raises(ReadOnlyLocationError) as err:
                open_store(db_path)
            assert err.value.kind is ErrorKind.STORE_FILE_READ_ONLY
            opened = open_progress(db_path.parent)
            assert opened.read_only
            assert opened.store is not None and opened.store.readonly
            assert isinstance(opened.error, ReadOnlyLocationError)
            assert opened.store.stats().reviews_total == 4  # the reader's data, to read
            with pytest.raises(ReadOnlyStoreError):
                opened.store.answer(opened.store.all_cards()[0], Rating.GOOD)
            opened.store.close()
            assert _leftovers(db_path) == []  # no -wal or -shm that would break a start
    finally:
        db_path.chmod(0o644)
    with no_override():
        again = open_store(db_path, clock=clock, rng=random.Random(1))
        card = again.next_card()
        assert card is not None
        again.answer(card, Rating.GOOD)  # the next start writes again
        again.close()
    assert reviews_in(db_path) == 5


def test_a_read_only_shm_left_by_an_older_studyapp_no_longer_breaks_a_start(
    make_store: StoreFactory, db_path: Path
) -> None:
    store = make_store()
    _studied(store, 1)
    store.close()
    shm = db_path.with_name(db_path.name + "-shm")
    shm.write_bytes(b"\0" * 32768)  # what studyapp 0.1 left after a read-only start
    shm.chmod(0o444)
    with no_override():
        assert permissions_apply(shm)
        again = make_store()
        card = again.next_card()
        assert card is not None
        again.answer(card, Rating.GOOD)
    assert again.stats().reviews_total == 2


def test_a_read_only_data_folder_can_still_be_read(make_store: StoreFactory, db_path: Path) -> None:
    store = make_store()
    _studied(store, 3)
    store.close()
    (db_path.parent / "progress.sqlite.lock").unlink()
    before = file_digests(db_path.parent)
    db_path.parent.chmod(0o555)
    try:
        with no_override():
            with pytest.raises(ReadOnlyLocationError) as err:
                open_store(db_path)
            assert err.value.kind is ErrorKind.STORE_FOLDER_READ_ONLY
            reading = open_for_reading(db_path)
            assert reading.readonly and reading.stats().reviews_total == 3
            reading.close()
            opened = open_progress(db_path.parent)
            assert opened.store is not None and opened.read_only
            opened.store.close()
    finally:
        db_path.parent.chmod(0o755)
    assert file_digests(db_path.parent) == before


def test_a_read_only_data_folder_without_progress_says_so(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    data.chmod(0o555)
    try:
        with no_override():
            opened = open_progress(data)
    finally:
        data.chmod(0o755)
    assert opened.store is None
    assert isinstance(opened.error, StoreError)
    assert opened.error.kind is ErrorKind.STORE_FOLDER_READ_ONLY


# -- not a file at all ---------------------------------------------------------------------


def test_a_folder_where_the_progress_should_be(tmp_path: Path) -> None:
    path = progress_file(tmp_path / "data")
    path.mkdir(parents=True)
    (path / "inside.txt").write_text("kept")
    for attempt in (
        lambda: open_store(path),
        lambda: open_store(path, readonly=True),
        lambda: open_for_reading(path),
    ):
        with pytest.raises(StorageError) as err:
            attempt()
        assert err.value.kind is ErrorKind.STORE_IS_FOLDER
    opened = open_progress(tmp_path / "data")
    assert opened.store is None and isinstance(opened.error, StorageError)
    assert (path / "inside.txt").read_text() == "kept"


def test_another_kind_of_file_is_not_called_damaged(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    shutil.copyfile(Path(__file__), db_path)
    with pytest.raises(NotADatabaseError) as err:
        open_store(db_path)
    assert err.value.kind is ErrorKind.STORE_NOT_A_DATABASE
    assert "damaged" not in str(err.value)


def test_a_fresh_data_folder_on_a_full_disk(tmp_path: Path) -> None:
    for leave in (0, 8192):  # nothing fits; or the lock file fits and SQLite does not
        with small_disk(tmp_path / f"disk{leave}", size_kb=256) as disk:
            fill(disk, leave=leave)
            opened = open_progress(disk / "data")
            assert opened.store is None
            assert isinstance(opened.error, StoreError)
            assert opened.error.kind is ErrorKind.STORE_DISK_FULL


def test_an_io_error_is_a_failing_disk_unless_the_disk_is_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    io_error = sqlite3.OperationalError("disk I/O error")
    io_error.sqlite_errorcode = 10  # type: ignore[attr-defined]
    error = storage_error(io_error, tmp_path / "progress.sqlite")
    assert isinstance(error, StorageError) and error.kind is ErrorKind.STORE_IO_ERROR
    assert "The disk reported an error" not in str(error)  # the core's English, not the GUI's
    assert "disk reported an error" in str(error) and "damaged" not in str(error)
    with small_disk(tmp_path / "disk", size_kb=256) as disk:
        fill(disk)  # SQLite says "I/O error" when it cannot grow its -shm on a full disk
        error = storage_error(io_error, disk / "progress.sqlite")
        assert isinstance(error, StorageError) and error.kind is ErrorKind.STORE_DISK_FULL
