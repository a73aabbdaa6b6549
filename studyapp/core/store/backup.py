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
import shutil
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from studyapp.core.errors import ErrorKind, StorageCause
from studyapp.core.store.db import (
    InstanceLock,
    check_header,
    check_writable,
    connect_checked,
    journal_files,
    lock_path_for,
    os_store_error,
    quick_check,
    read_version,
    sqlite_store_error,
)
from studyapp.core.store.errors import (
    BackupError,
    CorruptDatabaseError,
    NewerSchemaError,
    ReadOnlyLocationError,
    StorageError,
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
    kept_as: Path | None  # the replaced database, if SQLite could not use it: its bytes


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
    return sorted(found, key=lambda b: (b.taken_at, _serial(b.path.name)), reverse=True)


def _serial(name: str) -> int:
    """The serial of a backup taken in the same second as another (``…Z-2.sqlite``)."""
    m = _NAME_RE.match(name)
    return int(m.group(2)) if m and m.group(2) else 0


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
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _write_failed(directory, exc) from exc
    serial = 0
    while (final := directory / backup_name(now, serial)).exists():
        serial += 1
    tmp = directory / f".{final.name}.tmp"
    try:
        _copy_database(conn, tmp)
        os.replace(tmp, final)
        _fsync_dir(directory)
    except (OSError, sqlite3.Error) as exc:
        raise _write_failed(directory, exc, [tmp]) from exc
    return final


def _write_failed(
    directory: Path, exc: OSError | sqlite3.Error, leftovers: Iterable[Path] = ()
) -> BackupError:
    """The error of a backup that could not be written; what it left is removed."""
    for path in leftovers:
        with contextlib.suppress(OSError):
            path.unlink()
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return BackupError(ErrorKind.BACKUP_WRITE_FAILED, folder=str(directory), reason=reason)


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
        with contextlib.suppress(OSError):  # gone already, or kept by a read-only folder
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


def latest_activity_ms(conn: sqlite3.Connection) -> int:
    """When the reader last did something worth a backup (a review, a quiz answer or
    start), in ms; 0 if never."""
    row = conn.execute(
        "SELECT max(coalesce((SELECT max(reviewed_at) FROM revlog), 0), "
        "coalesce((SELECT max(answered_at) FROM quiz_answers), 0), "
        "coalesce((SELECT max(started_at) FROM quiz_attempts), 0))"
    ).fetchone()
    return int(row[0] or 0)


def backed_up_activity_ms(path: Path) -> int:
    """:func:`latest_activity_ms` of the backup ``path`` (-1 if it cannot be read)."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return latest_activity_ms(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        return -1


@dataclass(frozen=True, slots=True)
class BackupSummary:
    """What a backup holds, for the reader choosing one to restore."""

    backup: BackupInfo
    reviews: int  # review-log rows, manual ones (resets) included
    cards: int  # cards of facts in a deck (hidden ones left out)
    studied: int  # of those, cards reviewed at least once
    last_review: datetime | None  # UTC
    quizzes: int  # quiz attempts
    problem: str = ""  # why it cannot be read ("" when it can): it cannot be restored

    @property
    def usable(self) -> bool:
        return not self.problem


def summarize_backup(backup: BackupInfo) -> BackupSummary:
    """Read ``backup`` (read-only) for what it holds; a backup that cannot be read says so
    in ``problem`` instead of raising."""
    try:
        conn = sqlite3.connect(f"{backup.path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if not {"cards", "revlog"} <= tables:
                raise sqlite3.DatabaseError("not a studyapp progress file")
            reviews, last = conn.execute("SELECT count(*), max(reviewed_at) FROM revlog").fetchone()
            cards, studied = conn.execute(
                "SELECT count(*), coalesce(sum(reps > 0), 0) FROM cards WHERE hidden = 0"
            ).fetchone()
            quizzes = 0
            if "quiz_attempts" in tables:
                quizzes = conn.execute("SELECT count(*) FROM quiz_attempts").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return BackupSummary(backup, 0, 0, 0, None, 0, problem=str(exc))
    return BackupSummary(
        backup=backup,
        reviews=int(reviews),
        cards=int(cards),
        studied=int(studied),
        last_review=datetime.fromtimestamp(last / 1000, timezone.utc) if last else None,
        quizzes=int(quizzes),
    )


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


def _keep_as_is(db_path: Path, directory: Path, now: datetime) -> Path:
    """Copy a database SQLite cannot use (damaged, not a database, from a newer
    studyapp) byte for byte, with its ``-wal``, to ``directory``; returns the copy.
    It is not named like a backup: nothing lists, thins or restores it by itself."""
    stamp = now.astimezone(timezone.utc).strftime(_STAMP)
    kept = directory / f"replaced-{stamp}Z-{db_path.name}"
    serial = 0
    while kept.exists():
        serial += 1
        kept = directory / f"replaced-{stamp}Z-{serial}-{db_path.name}"
    copies: list[Path] = []
    try:
        directory.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal"):
            src = db_path.with_name(db_path.name + suffix)
            if not src.exists():
                continue
            dest = kept.with_name(kept.name + suffix)
            tmp = dest.with_name(f".{dest.name}.tmp")
            copies.append(tmp)
            shutil.copyfile(src, tmp)
            with tmp.open("rb+") as fh:
                os.fsync(fh.fileno())
            os.replace(tmp, dest)
            copies[-1] = dest
        _fsync_dir(directory)
    except OSError as exc:
        raise _write_failed(directory, exc, copies) from exc
    return kept


def _discard(paths: Iterable[Path | None]) -> None:
    for path in paths:
        if path is None:
            continue
        for suffix in ("", "-wal"):
            with contextlib.suppress(OSError):
                path.with_name(path.name + suffix).unlink()


def restore_backup(
    db_path: Path, backup_file: Path, now: datetime, *, backups_dir: Path | None = None
) -> RestoreResult:
    """Replace the progress database with ``backup_file``, so that nothing can be lost.

    1. The backup is checked first (a healthy studyapp database this version reads).
    2. Refused while studyapp runs (the instance lock), while another program uses
       the database, and where the file or its folder cannot be written.
    3. The current database is kept, whatever its state: a readable one as a new
       backup, one SQLite cannot use (damaged, not a database, newer) copied byte
       for byte into the backups folder.
    4. The backup is copied next to the database and moved over it in one rename.

    If any step fails, everything is left as it was (the copy of step 3 is
    removed again) and the error says why: a full disk, another program, ….
    """
    validate_backup(backup_file)
    directory = backups_dir or backups_dir_for(db_path)
    lock = InstanceLock.acquire(lock_path_for(db_path), db_path)
    try:
        try:
            check_writable(db_path)
        except ReadOnlyLocationError as exc:
            raise StoreError(
                ErrorKind.RESTORE_FAILED, reason=f"{exc.path} cannot be written"
            ) from exc
        return _restore_locked(db_path, backup_file, now, directory)
    finally:
        lock.release()


def _restore_locked(
    db_path: Path, backup_file: Path, now: datetime, directory: Path
) -> RestoreResult:
    safety: Path | None = None
    kept: Path | None = None
    wal, shm = journal_files(db_path)
    if (db_path.exists() and db_path.stat().st_size > 0) or wal.exists():
        try:
            conn, _version = connect_checked(db_path, readonly=False)
        except (CorruptDatabaseError, NewerSchemaError):
            kept = _keep_as_is(db_path, directory, now)
        else:
            try:
                safety = write_backup(conn, directory, now)
            finally:
                conn.close()  # the last connection folds the WAL in and removes it
            if wal.exists() or shm.exists():  # so another program has the file open
                _discard([safety])
                raise StorageError(ErrorKind.STORE_BUSY, db_path, StorageCause.BUSY)
    tmp = db_path.with_name(db_path.name + ".restoring")
    parked: list[tuple[Path, Path]] = []
    try:
        src = sqlite3.connect(f"{backup_file.resolve().as_uri()}?mode=ro", uri=True)
        try:
            _copy_database(src, tmp)
        finally:
            src.close()
        # The journal of a database SQLite could not use: its bytes are in the kept copy.
        for journal in (wal, shm):
            if journal.exists():
                aside = journal.with_name(journal.name + ".restoring")
                os.replace(journal, aside)
                parked.append((journal, aside))
        os.replace(tmp, db_path)
    except BaseException as exc:
        for journal, aside in reversed(parked):
            with contextlib.suppress(OSError):
                os.replace(aside, journal)
        with contextlib.suppress(OSError):
            tmp.unlink()
        _discard([safety, kept])
        if isinstance(exc, sqlite3.Error):
            raise sqlite_store_error(exc, db_path) from exc
        if isinstance(exc, OSError):
            raise os_store_error(exc, db_path) from exc
        raise
    for _journal, aside in parked:
        with contextlib.suppress(OSError):
            aside.unlink()
    with contextlib.suppress(OSError):
        _fsync_dir(db_path.parent)
    return RestoreResult(restored_from=backup_file, safety_backup=safety, kept_as=kept)
