"""Backups of the progress database, and restoring one.

Backups are taken with SQLite's online backup API (a consistent snapshot even
while the app writes; never a copy of the live file), written to a temporary
name, synced and renamed, so a half-written backup never looks like a backup.

They are thinned like Anki's: everything from today and yesterday, then one per
day for ``daily`` days, one per week for ``weekly`` weeks and one per month for
``monthly`` months (the newest of each period is kept).
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from studyapp.core.errors import ErrorKind
from studyapp.core.store.db import (
    InstanceLock,
    check_header,
    connect_checked,
    lock_path_for,
    quick_check,
    read_version,
)
from studyapp.core.store.errors import (
    BackupError,
    CorruptDatabaseError,
    NewerSchemaError,
    StoreError,
)
from studyapp.core.store.schema import SCHEMA_VERSION
from studyapp.paths import backups_dir

MIN_INTERVAL = timedelta(minutes=30)
_NAME_RE = re.compile(r"^progress-(\d{8}T\d{6})Z(?:-(\d+))?\.sqlite$")
_STAMP = "%Y%m%dT%H%M%S"


@dataclass(frozen=True, slots=True)
class BackupLimits:
    """How many backups to keep beyond today and yesterday (Anki's defaults)."""

    daily: int = 12
    weekly: int = 10
    monthly: int = 9


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # UTC, from the file name

    def to_dict(self) -> dict[str, str]:
        return {"path": str(self.path), "taken_at": self.taken_at.isoformat()}


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored_from: Path
    safety_backup: Path | None  # the replaced database, backed up first
    moved_aside: Path | None  # the replaced database, if it was unreadable (kept as is)


def backups_dir_for(db_path: Path) -> Path:
    """The backups of the progress file ``db_path`` (``paths.backups_dir`` of its folder)."""
    return backups_dir(db_path.parent)


def backup_name(taken_at: datetime, serial: int = 0) -> str:
    stamp = taken_at.astimezone(timezone.utc).strftime(_STAMP)
    return f"progress-{stamp}Z{f'-{serial}' if serial else ''}.sqlite"


def parse_backup_name(name: str) -> datetime | None:
    m = _NAME_RE.match(name)
    if not m:
        return None
    return datetime.strptime(m.group(1), _STAMP).replace(tzinfo=timezone.utc)


def list_backups(directory: Path) -> list[BackupInfo]:
    """Backups in ``directory``, newest first."""
    if not directory.is_dir():
        return []
    found = []
    for path in directory.iterdir():
        taken = parse_backup_name(path.name)
        if taken is not None and path.is_file():
            found.append(BackupInfo(path, taken))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Snapshot ``source`` into a new single-file database at ``target`` (synced)."""
    with contextlib.suppress(FileNotFoundError):
        target.unlink()
    dest = sqlite3.connect(str(target), isolation_level=None)
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
    finally:
        dest.close()
    with target.open("rb+") as fh:
        os.fsync(fh.fileno())


def write_backup(conn: sqlite3.Connection, directory: Path, now: datetime) -> Path:
    """Write a backup of ``conn``'s database into ``directory``; returns its path."""
    directory.mkdir(parents=True, exist_ok=True)
    serial = 0
    while (final := directory / backup_name(now, serial)).exists():
        serial += 1
    tmp = directory / f".{final.name}.tmp"
    try:
        _copy_database(conn, tmp)
        os.replace(tmp, final)
        _fsync_dir(directory)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise BackupError(
            ErrorKind.BACKUP_WRITE_FAILED, folder=str(directory), reason=str(exc)
        ) from exc
    return final


def obsolete_backups(
    backups: Iterable[BackupInfo],
    today: date,
    local_date: Callable[[datetime], date],
    limits: BackupLimits = BackupLimits(),
) -> list[BackupInfo]:
    """The backups to delete; ``today`` and ``local_date`` are in the reader's zone."""
    yesterday = today.toordinal() - 1
    daily, weekly, monthly = limits.daily, limits.weekly, limits.monthly
    last_day = last_week = last_month = 1 << 62
    obsolete: list[BackupInfo] = []
    for backup in sorted(backups, key=lambda b: b.taken_at, reverse=True):
        d = local_date(backup.taken_at)
        day = d.toordinal()
        week = (day - 1) // 7  # day 1 (0001-01-01) was a Monday
        month = d.year * 12 + d.month
        if day >= yesterday:
            keep = True
        elif daily > 0:
            keep = day < last_day
            daily -= keep
        elif weekly > 0:
            keep = week < last_week
            weekly -= keep
        elif monthly > 0:
            keep = month < last_month
            monthly -= keep
        else:
            keep = False
        if keep:
            last_day, last_week, last_month = day, week, month
        else:
            obsolete.append(backup)
    return obsolete


def thin_backups(
    directory: Path,
    today: date,
    local_date: Callable[[datetime], date],
    limits: BackupLimits = BackupLimits(),
) -> list[Path]:
    removed = []
    for backup in obsolete_backups(list_backups(directory), today, local_date, limits):
        with contextlib.suppress(FileNotFoundError):
            backup.path.unlink()
        removed.append(backup.path)
    return removed


@dataclass(frozen=True)
class BackupJob:
    """A backup as one call for a worker thread: it snapshots the database through
    its own read-only connection (the store's belongs to the thread that opened
    it; WAL lets both read at once), then thins the old backups."""

    db_path: Path
    directory: Path
    taken_at: datetime
    today: date
    local_date: Callable[[datetime], date]
    limits: BackupLimits

    def __call__(self) -> Path:
        conn = sqlite3.connect(f"{self.db_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            path = write_backup(conn, self.directory, self.taken_at)
        finally:
            conn.close()
        thin_backups(self.directory, self.today, self.local_date, self.limits)
        return path


def validate_backup(path: Path) -> int:
    """Check that ``path`` is a healthy studyapp database we can read; returns its version."""
    if not path.is_file():
        raise BackupError(ErrorKind.BACKUP_MISSING, path=str(path))
    try:
        check_header(path)
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            version = read_version(conn, path)
            if version > SCHEMA_VERSION:
                raise NewerSchemaError(path, version, SCHEMA_VERSION)
            quick_check(conn, path)
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    except CorruptDatabaseError as exc:
        raise BackupError(ErrorKind.BACKUP_UNUSABLE, path=str(path), reason=exc.detail) from None
    except sqlite3.Error as exc:
        raise BackupError(ErrorKind.BACKUP_UNUSABLE, path=str(path), reason=str(exc)) from None
    if version < 1 or not {"cards", "revlog"} <= tables:
        raise BackupError(ErrorKind.BACKUP_NOT_PROGRESS, path=str(path))
    return version


def _move_aside(db_path: Path, now: datetime) -> Path:
    stamp = now.astimezone(timezone.utc).strftime(_STAMP)
    aside = db_path.with_name(f"{db_path.name}.replaced-{stamp}Z")
    for suffix in ("", "-wal", "-shm"):
        src = db_path.with_name(db_path.name + suffix)
        if src.exists():
            os.replace(src, aside.with_name(aside.name + suffix))
    return aside


def restore_backup(
    db_path: Path, backup_file: Path, now: datetime, *, backups_dir: Path | None = None
) -> RestoreResult:
    """Replace the progress database with ``backup_file``.

    Refused while studyapp runs (the instance lock). The current database is
    backed up first; if it cannot be read it is renamed aside, never deleted.
    """
    validate_backup(backup_file)
    directory = backups_dir or backups_dir_for(db_path)
    lock = InstanceLock.acquire(lock_path_for(db_path), db_path)
    try:
        safety: Path | None = None
        aside: Path | None = None
        if db_path.exists() and db_path.stat().st_size > 0:
            try:
                conn, _version = connect_checked(db_path, readonly=False)
            except (CorruptDatabaseError, NewerSchemaError):
                aside = _move_aside(db_path, now)
            else:
                try:
                    safety = write_backup(conn, directory, now)
                finally:
                    conn.close()  # the last connection checkpoints and removes the WAL
        tmp = db_path.with_name(db_path.name + ".restoring")
        src = sqlite3.connect(f"{backup_file.resolve().as_uri()}?mode=ro", uri=True)
        try:
            _copy_database(src, tmp)
        finally:
            src.close()
        for suffix in ("-wal", "-shm"):
            stale = db_path.with_name(db_path.name + suffix)
            if stale.exists():
                raise StoreError(ErrorKind.RESTORE_LEFTOVER, path=str(stale))
        os.replace(tmp, db_path)
        _fsync_dir(db_path.parent)
    finally:
        lock.release()
    return RestoreResult(restored_from=backup_file, safety_backup=safety, moved_aside=aside)
