"""The errors the progress store raises, each a kind with a sentence a reader can act on.

Every error keeps the database file as it is: the store never repairs, replaces
or deletes a file it cannot trust.
"""

from __future__ import annotations

import functools
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Concatenate, ParamSpec, Protocol, TypeVar

from studyapp.core.errors import ErrorKind, Param, StorageCause, StudyError, storage_cause
from studyapp.paths import backups_dir

# An I/O error on a disk with less room than this is a full disk: SQLite reports
# "disk I/O error" when it cannot grow its shared-memory file (-shm), for one.
NEARLY_FULL_BYTES = 1024 * 1024


class StoreError(StudyError):
    """Base class of every progress-store error."""

    def __init__(self, kind: ErrorKind, **params: Param) -> None:
        super().__init__(kind, **params)


class CorruptDatabaseError(StoreError):
    """The file is damaged: SQLite reports corruption, or ``PRAGMA quick_check`` failed."""

    kind_of_fault = ErrorKind.STORE_CORRUPT

    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        self.detail = detail
        super().__init__(
            self.kind_of_fault,
            path=str(path),
            detail=detail,
            backups=str(backups_dir(path.parent)),
        )


class NotADatabaseError(CorruptDatabaseError):
    """The file is not a studyapp progress database at all (another kind of file, or
    another program's database). Like a damaged one, it is never written to."""

    kind_of_fault = ErrorKind.STORE_NOT_A_DATABASE


class StorageError(StoreError):
    """SQLite could not read or write the file for a reason outside it: a full disk,
    a failing disk, another program's lock, a file or folder that cannot be written.
    The file itself is sound; the kind says what to do."""

    def __init__(self, kind: ErrorKind, path: Path, cause: StorageCause, **params: Param) -> None:
        self.path = path
        self.cause = cause
        super().__init__(kind, path=str(path), **params)


class ReadOnlyLocationError(StorageError):
    """The progress file, or the folder it lives in, cannot be written: it can only
    be opened read-only (``open_store(..., readonly=True)``)."""

    def __init__(self, path: Path, *, folder: bool) -> None:
        self.folder = folder
        kind = ErrorKind.STORE_FOLDER_READ_ONLY if folder else ErrorKind.STORE_FILE_READ_ONLY
        super().__init__(kind, path, StorageCause.READ_ONLY, folder=str(path.parent))


def disk_nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def storage_error(exc: sqlite3.Error, path: Path) -> StoreError | None:
    """The store error for an ``sqlite3.Error`` met on ``path``, by its cause; None
    when it is no storage fault (a bug: it should reach the crash report as it is)."""
    cause = storage_cause(exc)
    if cause is StorageCause.IO and disk_nearly_full(path.parent):
        cause = StorageCause.FULL
    detail = str(exc)
    if cause is StorageCause.CORRUPT:
        return CorruptDatabaseError(path, detail)
    if cause is StorageCause.NOT_A_DATABASE:
        return NotADatabaseError(path, detail)
    if cause is StorageCause.FULL:
        return StorageError(ErrorKind.STORE_DISK_FULL, path, cause)
    if cause is StorageCause.IO:
        return StorageError(ErrorKind.STORE_IO_ERROR, path, cause, detail=detail)
    if cause is StorageCause.BUSY:
        return StorageError(ErrorKind.STORE_BUSY, path, cause)
    if cause is StorageCause.READ_ONLY:
        return StorageError(ErrorKind.STORE_WRITE_READ_ONLY, path, cause)
    if cause is StorageCause.CANNOT_OPEN:
        if path.is_dir():
            return StorageError(ErrorKind.STORE_IS_FOLDER, path, cause)
        return StorageError(ErrorKind.STORE_CANNOT_OPEN, path, cause, detail=detail)
    return None


class _OnAFile(Protocol):
    @property
    def path(self) -> Path: ...


S = TypeVar("S", bound=_OnAFile)
P = ParamSpec("P")
R = TypeVar("R")


def guarded(method: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R]:
    """A method whose SQLite storage faults become store errors (said by their
    cause: full, I/O, busy, read-only, damaged), so that a reader is told what
    happened and what to do instead of meeting an unexpected error."""

    @functools.wraps(method)
    def wrapper(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as exc:
            error = storage_error(exc, self.path)
            if error is None:
                raise
            raise error from exc

    return wrapper


class NewerSchemaError(StoreError):
    """The file was written by a newer studyapp (its ``user_version`` is higher than ours)."""

    def __init__(self, path: Path, found: int, supported: int) -> None:
        self.path = path
        self.found = found
        self.supported = supported
        super().__init__(ErrorKind.STORE_NEWER, path=str(path), found=found, supported=supported)


class OutdatedSchemaError(StoreError):
    """A read-only open met a database that needs a migration first."""

    def __init__(self, path: Path, found: int, supported: int) -> None:
        self.path = path
        self.found = found
        self.supported = supported
        super().__init__(ErrorKind.STORE_OUTDATED, path=str(path), found=found, supported=supported)


class StoreLockedError(StoreError):
    """Another running studyapp holds the database."""

    def __init__(self, path: Path, holder: str = "") -> None:
        self.path = path
        self.holder = holder
        who = f" (process {holder})" if holder else ""
        super().__init__(ErrorKind.STORE_LOCKED, path=str(path), holder=who)


class StoreNotFoundError(StoreError):
    """A read-only open of a database that does not exist yet."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(ErrorKind.STORE_MISSING, path=str(path))


class ReadOnlyStoreError(StoreError):
    """A write was attempted through a store opened read-only."""

    def __init__(self) -> None:
        super().__init__(ErrorKind.STORE_READ_ONLY)


class CardNotFoundError(StoreError, KeyError):
    def __init__(self, card_id: int) -> None:
        self.card_id = card_id
        super().__init__(ErrorKind.CARD_MISSING, card=card_id)

    def __str__(self) -> str:
        return StudyError.__str__(self)


class UndoError(StoreError):
    """Nothing to undo, or the review to undo is no longer the card's last one."""


class QuizAttemptNotFoundError(StoreError, KeyError):
    def __init__(self, attempt_id: int) -> None:
        self.attempt_id = attempt_id
        super().__init__(ErrorKind.QUIZ_ATTEMPT_MISSING, attempt=attempt_id)

    def __str__(self) -> str:
        return StudyError.__str__(self)


class BackupError(StoreError):
    """A backup could not be written, or a file offered for restore is not a usable backup."""
