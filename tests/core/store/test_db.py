"""Opening safely: one instance, health check, never overwriting a bad or newer file."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from studyapp.core.store import (
    SCHEMA_VERSION,
    CorruptDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    Rating,
    ReadOnlyStoreError,
    StoreLockedError,
    StoreNotFoundError,
    open_store,
)

from .conftest import QA, StoreFactory, facts


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_pragmas(store: object, db_path: Path) -> None:
    conn = store._conn  # type: ignore[attr-defined]
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 2000
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_second_instance_is_refused(make_store: StoreFactory, db_path: Path) -> None:
    first = make_store()
    with pytest.raises(StoreLockedError, match="already running") as err:
        make_store()
    assert str(db_path) in str(err.value)
    first.close()
    make_store().close()  # free again once the first one is closed


def test_read_only_open_works_beside_the_running_instance(
    make_store: StoreFactory, db_path: Path
) -> None:
    writer = make_store()
    writer.sync_cards("d", facts(1), QA)
    card = writer.next_card()
    assert card is not None
    writer.answer(card.id, Rating.GOOD)
    reader = make_store(readonly=True)
    assert reader.stats().reviews_total == 1
    with pytest.raises(ReadOnlyStoreError):
        reader.answer(card.id, Rating.GOOD)


def test_read_only_open_of_a_missing_database(make_store: StoreFactory, db_path: Path) -> None:
    with pytest.raises(StoreNotFoundError):
        make_store(readonly=True)
    assert not db_path.exists()


def test_a_file_that_is_not_sqlite_is_kept_unchanged(
    make_store: StoreFactory, db_path: Path
) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"this is not a database at all\n" * 200)
    before = _digest(db_path)
    # Only a file SQLite finds corrupt is "damaged": this one is something else.
    with pytest.raises(NotADatabaseError, match="is not a studyapp progress database") as err:
        make_store()
    assert "damaged" not in str(err.value)
    assert "studyapp restore" in str(err.value)
    assert _digest(db_path) == before
    assert not db_path.with_name(db_path.name + "-wal").exists()


def test_a_damaged_database_is_kept_unchanged(make_store: StoreFactory, db_path: Path) -> None:
    store = make_store()
    store.sync_cards("d", facts(2000), QA)
    store.close()
    data = bytearray(db_path.read_bytes())
    assert len(data) > 16 * 4096
    for offset in range(5 * 4096 + 100, 9 * 4096, 7):  # scribble over a few b-tree pages
        data[offset] = 0xA5
    db_path.write_bytes(bytes(data))
    before = _digest(db_path)
    with pytest.raises(CorruptDatabaseError, match="is damaged"):
        make_store()
    assert _digest(db_path) == before
    with pytest.raises(CorruptDatabaseError):  # and still refused the next time
        make_store()
    assert _digest(db_path) == before


def test_a_newer_schema_is_refused_and_kept(make_store: StoreFactory, db_path: Path) -> None:
    make_store().close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = _digest(db_path)
    with pytest.raises(NewerSchemaError, match="newer version of studyapp") as err:
        make_store()
    assert err.value.found == SCHEMA_VERSION + 1
    assert _digest(db_path) == before
    with pytest.raises(NewerSchemaError):
        open_store(db_path, readonly=True)


def test_a_foreign_sqlite_file_is_refused(make_store: StoreFactory, db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    before = _digest(db_path)
    with pytest.raises(NotADatabaseError, match="not a studyapp"):
        make_store()
    assert _digest(db_path) == before


def test_the_lock_is_released_when_opening_fails(make_store: StoreFactory, db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"garbage" * 10)
    with pytest.raises(CorruptDatabaseError):
        make_store()
    db_path.unlink()
    make_store().close()  # no StoreLockedError
