"""Opening the database safely: one writer at a time, a health check before any
write, and never a write to a file we cannot trust.

Order of an open (read-write):

1. take an OS lock on ``<db>.lock`` (a second running studyapp is refused);
2. make sure the file and its folder can be written (else the caller opens it
   read-only, and SQLite never makes a ``-wal`` or ``-shm`` there);
3. check the header bytes and read ``user_version`` without writing;
4. refuse a newer schema; run ``PRAGMA quick_check``;
5. only then switch to WAL, ``synchronous=FULL`` and foreign keys, and migrate.

Every SQLite error on the way is said by its cause (:func:`storage_error`):
only a file SQLite finds corrupt is called damaged.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from studyapp.core.errors import ErrorKind, StorageCause
from studyapp.core.store.errors import (
    CorruptDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    OutdatedSchemaError,
    ReadOnlyLocationError,
    StorageError,
    StoreError,
    StoreLockedError,
    StoreNotFoundError,
    storage_error,
)
from studyapp.core.store.schema import SCHEMA_VERSION, user_version

SQLITE_HEADER = b"SQLite format 3\x00"
WAL_AUTOCHECKPOINT_PAGES = 2000  # about 8 MB of WAL (4 KB pages)
BUSY_TIMEOUT_MS = 2000  # how long a write waits for another program's lock
_NO_WRITE = (errno.EACCES, errno.EPERM, errno.EROFS)


def journal_files(db_path: Path) -> tuple[Path, Path]:
    """SQLite's ``-wal`` and ``-shm`` beside the database."""
    return db_path.with_name(db_path.name + "-wal"), db_path.with_name(db_path.name + "-shm")


def os_store_error(exc: OSError, path: Path) -> StoreError:
    """A store error for a failed file operation on (or beside) the database ``path``."""
    if exc.errno in _NO_WRITE:
        return ReadOnlyLocationError(path, folder=True)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageError(ErrorKind.STORE_DISK_FULL, path, StorageCause.FULL)
    if exc.errno == errno.EISDIR:
        return StorageError(ErrorKind.STORE_IS_FOLDER, path, StorageCause.CANNOT_OPEN)
    return StorageError(
        ErrorKind.STORE_IO_ERROR, path, StorageCause.IO, detail=exc.strerror or str(exc)
    )


def sqlite_store_error(exc: sqlite3.Error, path: Path) -> StoreError:
    """:func:`storage_error`, and for a cause it does not know: "cannot be opened"."""
    error = storage_error(exc, path)
    if error is None:
        error = StorageError(
            ErrorKind.STORE_CANNOT_OPEN, path, StorageCause.CANNOT_OPEN, detail=str(exc)
        )
    return error


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
        """Take the lock, or raise :class:`StoreLockedError` (another studyapp has it)
        or a store error saying why the lock file cannot be made (a read-only
        folder, a full disk)."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle = open(path, "a+", encoding="ascii")  # noqa: SIM115 - held until release()
        except OSError as exc:
            raise os_store_error(exc, db_path) from exc
        try:
            _lock_file(handle)
        except OSError:
            handle.seek(0)
            holder = handle.read().strip()[:20]
            handle.close()
            raise StoreLockedError(db_path, holder) from None
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(str(os.getpid()))  # only to name the holder in a message
            handle.flush()
        except OSError:
            pass  # a full disk: the lock is held all the same
        return cls(path, handle)

    def release(self) -> None:
        if self._handle is None:
            return
        with contextlib.suppress(OSError):
            _unlock_file(self._handle)
        with contextlib.suppress(OSError):  # the process id it could not write (a full disk)
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
    """Refuse a folder, or a non-empty file that is not SQLite, before SQLite touches it."""
    if path.is_dir():
        raise StorageError(ErrorKind.STORE_IS_FOLDER, path, StorageCause.CANNOT_OPEN)
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return
    except OSError as exc:
        raise StorageError(
            ErrorKind.STORE_CANNOT_OPEN,
            path,
            StorageCause.CANNOT_OPEN,
            detail=exc.strerror or str(exc),
        ) from None
    if head and head != SQLITE_HEADER:
        raise NotADatabaseError(path, "not an SQLite database")


def check_writable(path: Path) -> None:
    """Raise :class:`ReadOnlyLocationError` unless the database and its folder can be
    written, before SQLite opens it (SQLite would open a read-only file read-only
    without a word, and leave a read-only ``-shm`` that breaks the next start).

    Call it holding the :class:`InstanceLock`: a ``-shm`` or an empty ``-wal`` that
    cannot be written (left by an older studyapp that opened a read-only file) is
    then nobody's, and is removed; SQLite rebuilds the ``-shm`` from the ``-wal``.
    """
    folder = path.parent
    try:
        fd, probe = tempfile.mkstemp(prefix=".studyapp-write-test-", dir=folder)
    except OSError as exc:
        raise os_store_error(exc, path) from exc
    os.close(fd)
    os.unlink(probe)
    wal, shm = journal_files(path)
    for candidate in (path, wal, shm):
        try:
            fd = os.open(candidate, os.O_RDWR)
        except FileNotFoundError:
            continue
        except IsADirectoryError:
            if candidate == path:
                raise StorageError(
                    ErrorKind.STORE_IS_FOLDER, path, StorageCause.CANNOT_OPEN
                ) from None
            raise os_store_error(OSError(errno.EISDIR, "is a folder"), candidate) from None
        except OSError as exc:
            if exc.errno not in _NO_WRITE:
                raise os_store_error(exc, candidate) from exc
            stale = candidate == shm or (candidate == wal and wal.stat().st_size == 0)
            if not stale:
                raise ReadOnlyLocationError(candidate, folder=False) from None
            candidate.unlink()
        else:
            os.close(fd)


def _readonly_uri(path: Path) -> str:
    """A read-only URI. With no ``-shm`` nobody is writing the file (a writer keeps
    one), and with no ``-wal`` content the file holds everything: then it is read
    as immutable, so SQLite creates no ``-wal`` or ``-shm`` (it could not, in a
    read-only folder, and must not leave read-only ones behind)."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    wal, shm = journal_files(path)
    if not shm.exists() and (not wal.exists() or wal.stat().st_size == 0):
        uri += "&immutable=1"
    return uri


def quick_check(conn: sqlite3.Connection, path: Path) -> None:
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.Error as exc:
        raise sqlite_store_error(exc, path) from None
    problems = [str(r[0]) for r in rows if r[0] != "ok"]
    if problems:
        raise CorruptDatabaseError(path, "; ".join(problems[:3]))


def read_version(conn: sqlite3.Connection, path: Path) -> int:
    try:
        return user_version(conn)
    except sqlite3.Error as exc:
        raise sqlite_store_error(exc, path) from None


def connect_checked(path: Path, *, readonly: bool) -> tuple[sqlite3.Connection, int]:
    """Open ``path`` and check it without writing; return the connection and its version.

    For a read-write open the caller must already hold the :class:`InstanceLock`
    and have called :func:`check_writable`.
    """
    if readonly and not path.exists():
        raise StoreNotFoundError(path)
    check_header(path)
    existed = path.exists() and path.stat().st_size > 0
    try:
        wait = BUSY_TIMEOUT_MS / 1000
        if readonly:
            conn = sqlite3.connect(
                _readonly_uri(path), uri=True, isolation_level=None, timeout=wait
            )
        else:
            conn = sqlite3.connect(str(path), isolation_level=None, timeout=wait)
    except sqlite3.Error as exc:
        raise sqlite_store_error(exc, path) from None
    try:
        version = read_version(conn, path)
        if version > SCHEMA_VERSION:
            raise NewerSchemaError(path, version, SCHEMA_VERSION)
        if existed:
            quick_check(conn, path)
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if version == 0 and tables:
                raise NotADatabaseError(path, "not a studyapp progress database")
        if readonly and version < SCHEMA_VERSION:
            raise OutdatedSchemaError(path, version, SCHEMA_VERSION)
        configure(conn, path, readonly=readonly)
    except sqlite3.Error as exc:
        conn.close()
        raise sqlite_store_error(exc, path) from None
    except BaseException:
        conn.close()
        raise
    return conn, version


def configure(conn: sqlite3.Connection, path: Path, *, readonly: bool) -> None:
    """WAL, fsync on every commit, foreign keys; fail fast instead of waiting on a lock."""
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA cache_size = -16000")  # 16 MB
    if readonly:
        conn.execute("PRAGMA query_only = ON")
        return
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise StorageError(
            ErrorKind.STORE_CANNOT_OPEN,
            path,
            StorageCause.CANNOT_OPEN,
            detail=f"the file system does not let SQLite use WAL (journal mode {mode})",
        )
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
        conn.execute("COMMIT")
    except BaseException:
        rollback(conn)
        raise


def rollback(conn: sqlite3.Connection) -> None:
    """End a failed transaction (a failed COMMIT, e.g. on a full disk or another
    program's lock, leaves it open); the error that failed it is the one to report."""
    if conn.in_transaction:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
