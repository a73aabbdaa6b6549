"""The errors the progress store raises, each a kind with a sentence a reader can act on.

Every error keeps the database file as it is: the store never repairs, replaces
or deletes a file it cannot trust.
"""

from __future__ import annotations

from pathlib import Path

from studyapp.core.errors import ErrorKind, Param, StudyError
from studyapp.paths import backups_dir


class StoreError(StudyError):
    """Base class of every progress-store error."""

    def __init__(self, kind: ErrorKind, **params: Param) -> None:
        super().__init__(kind, **params)


class CorruptDatabaseError(StoreError):
    """The file is not a readable SQLite database, or ``PRAGMA quick_check`` failed."""

    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        self.detail = detail
        super().__init__(
            ErrorKind.STORE_CORRUPT,
            path=str(path),
            detail=detail,
            backups=str(backups_dir(path.parent)),
        )


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
