"""Opening the database safely: one writer at a time, a health check before any
write, and never a write to a file we cannot trust.

Order of an open (read-write):

1. take an OS lock on ``<db>.lock`` (a second running studyapp is refused);
2. check the header bytes and read ``user_version`` without writing;
3. refuse a newer schema; run ``PRAGMA quick_check``;
4. only then switch to WAL, ``synchronous=FULL`` and foreign keys, and migrate.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from studyapp.core.store.errors import (
    CorruptDatabaseError,
    NewerSchemaError,
    OutdatedSchemaError,
    StoreLockedError,
    StoreNotFoundError,
)
from studyapp.core.store.schema import SCHEMA_VERSION, user_version

SQLITE_HEADER = b"SQLite format 3\x00"
WAL_AUTOCHECKPOINT_PAGES = 2000  # about 8 MB of WAL (4 KB pages)


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class InstanceLock:
    """An exclusive, non-blocking OS lock held for the life of a read-write store.

    The kernel drops it when the process dies, even by SIGKILL, so a crash
    never leaves a stale lock behind. The file holds the owner's process id,
    only to name it in the message.
    """

    def __init__(self, path: Path, handle: IO[str]) -> None:
        self.path = path
        self._handle: IO[str] | None = handle

    @classmethod
    def acquire(cls, path: Path, db_path: Path) -> InstanceLock:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(path, "a+", encoding="ascii")  # noqa: SIM115 - held until release()
        try:
            _lock_file(handle)
        except OSError:
            handle.seek(0)
            holder = handle.read().strip()[:20]
            handle.close()
            raise StoreLockedError(db_path, holder) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        return cls(path, handle)

    def release(self) -> None:
        if self._handle is None:
            return
        with contextlib.suppress(OSError):
            _unlock_file(self._handle)
        self._handle.close()
        self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None


if sys.platform == "win32":
    import msvcrt

    def _lock_file(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock_file(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock_file(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock_file(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def check_header(path: Path) -> None:
    """Refuse a non-empty file that is not SQLite, before SQLite touches it."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return
    if head and head != SQLITE_HEADER:
        raise CorruptDatabaseError(path, "not an SQLite database")


def quick_check(conn: sqlite3.Connection, path: Path) -> None:
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(path, str(exc)) from None
    problems = [str(r[0]) for r in rows if r[0] != "ok"]
    if problems:
        raise CorruptDatabaseError(path, "; ".join(problems[:3]))


def read_version(conn: sqlite3.Connection, path: Path) -> int:
    try:
        return user_version(conn)
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(path, str(exc)) from None


def connect_checked(path: Path, *, readonly: bool) -> tuple[sqlite3.Connection, int]:
    """Open ``path`` and check it without writing; return the connection and its version.

    For a read-write open the caller must already hold the :class:`InstanceLock`.
    """
    existed = path.exists() and path.stat().st_size > 0
    if readonly and not path.exists():
        raise StoreNotFoundError(path)
    check_header(path)
    try:
        if readonly:
            conn = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None
            )
        else:
            conn = sqlite3.connect(str(path), isolation_level=None)
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(path, str(exc)) from None
    try:
        version = read_version(conn, path)
        if version > SCHEMA_VERSION:
            raise NewerSchemaError(path, version, SCHEMA_VERSION)
        if existed:
            quick_check(conn, path)
            if version == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                raise CorruptDatabaseError(path, "not a studyapp progress database")
        if readonly and version < SCHEMA_VERSION:
            raise OutdatedSchemaError(path, version, SCHEMA_VERSION)
        configure(conn, path, readonly=readonly)
    except BaseException:
        conn.close()
        raise
    return conn, version


def configure(conn: sqlite3.Connection, path: Path, *, readonly: bool) -> None:
    """WAL, fsync on every commit, foreign keys; fail fast instead of waiting on a lock."""
    conn.execute("PRAGMA busy_timeout = 2000")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA cache_size = -16000")  # 16 MB
    if readonly:
        conn.execute("PRAGMA query_only = ON")
        return
    try:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(path, str(exc)) from None
    if str(mode).lower() != "wal":
        raise sqlite3.OperationalError(f"could not switch {path} to WAL (got {mode})")
    # A review the screen acknowledged must survive a power cut, not only a crash.
    conn.execute("PRAGMA synchronous = FULL")
    # The commit that takes the WAL past this many pages also copies them into the
    # database file and fsyncs it. An answer dirties ~6.5 pages, so SQLite's 1,000
    # made every ~150th answer wait 10-15 ms; at 2,000 it is every ~300th (20-30 ms,
    # still unnoticeable), half as many slow answers and fewer page writes in all.
    conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT_PAGES:d}")


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction: ``BEGIN IMMEDIATE`` … ``COMMIT`` (rolled back on error).

    With ``synchronous=FULL`` the COMMIT returns only after the WAL is on disk.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
