"""The errors the progress store raises, each with a message a reader can act on.

Every error keeps the database file as it is: the store never repairs, replaces
or deletes a file it cannot trust.
"""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Base class of every progress-store error."""


class CorruptDatabaseError(StoreError):
    """The file is not a readable SQLite database, or ``PRAGMA quick_check`` failed."""

    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        self.detail = detail
        super().__init__(
            f"the progress database {path} is damaged ({detail}). It was left exactly as it "
            "was; restore a backup with 'studyapp restore FILE' (backups are in "
            f"{path.parent / 'backups'})"
        )


class NewerSchemaError(StoreError):
    """The file was written by a newer studyapp (its ``user_version`` is higher than ours)."""

    def __init__(self, path: Path, found: int, supported: int) -> None:
        self.path = path
        self.found = found
        self.supported = supported
        super().__init__(
            f"the progress database {path} was written by a newer version of studyapp "
            f"(schema {found}; this version reads up to {supported}). It was left untouched; "
            "update studyapp to open it"
        )


class OutdatedSchemaError(StoreError):
    """A read-only open met a database that needs a migration first."""

    def __init__(self, path: Path, found: int, supported: int) -> None:
        self.path = path
        self.found = found
        self.supported = supported
        super().__init__(
            f"the progress database {path} uses an older schema ({found}, current {supported}); "
            "start studyapp once to upgrade it"
        )


class StoreLockedError(StoreError):
    """Another running studyapp holds the database."""

    def __init__(self, path: Path, holder: str = "") -> None:
        self.path = path
        self.holder = holder
        who = f" (process {holder})" if holder else ""
        super().__init__(
            f"studyapp is already running{who} and is using {path}; close it first, "
            "so that two copies never write the same progress file"
        )


class StoreNotFoundError(StoreError):
    """A read-only open of a database that does not exist yet."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"there is no progress database at {path} yet")


class ReadOnlyStoreError(StoreError):
    """A write was attempted through a store opened read-only."""

    def __init__(self) -> None:
        super().__init__("this progress store was opened read-only")


class CardNotFoundError(StoreError, KeyError):
    def __init__(self, card_id: int) -> None:
        self.card_id = card_id
        super().__init__(f"no card with id {card_id}")

    def __str__(self) -> str:
        return str(self.args[0])


class UndoError(StoreError):
    """Nothing to undo, or the review to undo is no longer the card's last one."""


class QuizAttemptNotFoundError(StoreError, KeyError):
    def __init__(self, attempt_id: int) -> None:
        self.attempt_id = attempt_id
        super().__init__(f"no quiz attempt with id {attempt_id}")

    def __str__(self) -> str:
        return str(self.args[0])


class BackupError(StoreError):
    """A backup could not be written, or a file offered for restore is not a usable backup."""
