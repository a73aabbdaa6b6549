"""What went wrong, as a kind and its parameters: one list for the whole core.

Every error the core reports to a reader is a :class:`StudyError` that carries an
:class:`ErrorKind` and the values that fill its sentence (a path, a limit, a
reason). The command line prints the English sentence (``str(exc)``); the GUI
maps the kind to a translated sentence of its own (``studyapp.gui.error_text``)
and never reads the English text. Adding a kind means adding its English here
and its translation there; a test holds the two lists equal.
"""

from __future__ import annotations

import errno
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the GUI's first paint imports this module: no sqlite3 then
    import sqlite3

Param = str | int


class ErrorKind(Enum):
    """Each kind: a stable code and the English sentence, with ``{name}`` parameters."""

    # -- files, whoever writes them ----------------------------------------------------
    DISK_FULL = ("disk-full", "not enough disk space to write {path}")
    NO_PERMISSION = ("no-permission", "no permission to write {path}")
    READ_ONLY_DISK = ("read-only-disk", "cannot write {path}: the disk is read-only")
    FOLDER_MISSING = ("folder-missing", "cannot write {path}: the folder {folder} does not exist")
    IS_A_FOLDER = ("is-a-folder", "cannot write {path}: it is a folder")
    WRITE_FAILED = ("write-failed", "could not write {path}: {reason}")

    # -- reading an article ------------------------------------------------------------
    ARTICLE_IS_FOLDER = ("article-is-folder", "{path}: is a folder, not a file")
    ARTICLE_NOT_A_FILE = (
        "article-not-a-file",
        "{path}: is not a regular file (a pipe, device or socket); only files can be imported",
    )
    ARTICLE_UNREADABLE = ("article-unreadable", "{path}: cannot read the file: {reason}")
    ARTICLE_TOO_LARGE = (
        "article-too-large",
        "{path}: the file is larger than {limit} MB, the limit for an article",
    )
    ARTICLE_EMPTY = ("article-empty", "{path}: the file is empty")
    ARTICLE_BINARY = ("article-binary", "{path}: the file is binary, not text")
    ARTICLE_ENCODING = (
        "article-encoding",
        "{path}: the text is in none of the supported encodings (UTF-8, UTF-16, GB18030, Big5)",
    )
    ARTICLE_BAD_MARK = ("article-bad-mark", "{path}: the file starts like {encoding} but is not")
    ARTICLE_NO_TEXT = ("article-no-text", "{path}: the file has no text to learn from")

    # -- the drafts file of an import --------------------------------------------------
    DRAFTS_TOO_LARGE = ("drafts-too-large", "{path}: the file is too large")
    DRAFTS_UNREADABLE = ("drafts-unreadable", "{path}: cannot read the drafts file: {reason}")
    DRAFTS_INVALID = ("drafts-invalid", "{path}: not a studyapp drafts file ({reason})")

    # -- saving imported facts as a deck -----------------------------------------------
    DECK_ID_INVALID = (
        "deck-id-invalid",
        "deck id '{deck}' must be lower-case letters, digits, '.', '_' or '-'",
    )
    DECK_BUILT_IN = ("deck-built-in", "deck '{deck}' is built in; choose another id for your deck")
    FACT_ID_FIXED = ("fact-id-fixed", "a fact's id never changes: its review history hangs on it")
    NOTHING_ACCEPTED = ("nothing-accepted", "there are no accepted facts to save")
    DECK_WOULD_BE_INVALID = ("deck-would-be-invalid", "the deck would not be valid:\n{problems}")
    DECK_FILE_NOT_A_DECK = (
        "deck-file-not-a-deck",
        "{path} exists and is not a valid deck; not overwriting it:\n{problems}",
    )
    DECK_FILE_HOLDS_OTHER = ("deck-file-holds-other", "{path} holds deck '{found}', not '{deck}'")

    # -- editing a draft -----------------------------------------------------------------
    ANSWER_EMPTY = ("answer-empty", "the answer cannot be empty")
    ANSWER_NOT_IN_STATEMENT = (
        "answer-not-in-statement",
        "the answer must be a part of the statement, exactly as written",
    )
    QUESTION_GIVES_ANSWER = (
        "question-gives-answer",
        "no question can be made without giving the answer away; write one",
    )
    QUESTION_EMPTY = ("question-empty", "the question cannot be empty")
    STATEMENT_ONE_ANSWER = (
        "statement-one-answer",
        "the statement must mark its answer exactly once, as {{{{…}}}}",
    )
    QUESTION_SHOWS_ANSWER = (
        "question-shows-answer",
        "the question gives its answer away ('{answer}'); reword it",
    )
    TOPIC_UNKNOWN = ("topic-unknown", "unknown topic '{topic}'")
    DRAFT_INVALID = ("draft-invalid", "{problems}")
    YEAR_FORMAT = ("year-format", "a year answer must be the year's digits, such as 2016")
    DATE_FORMAT = (
        "date-format",
        "a date answer must contain a year and a month, such as 2024 年 12 月",
    )
    NUMBER_FORMAT = ("number-format", "a number answer must contain a number")
    NOT_AN_ENTITY = (
        "not-an-entity",
        "'{span}' is not a name in any deck's registry; choose text instead",
    )

    # -- exporting to Anki ---------------------------------------------------------------
    EXPORT_NO_KINDS = ("export-no-kinds", "nothing to export: no card kind is chosen")
    EXPORT_NO_FACTS = ("export-no-facts", "nothing to export: the chosen decks have no facts")
    EXPORT_CANCELLED = ("export-cancelled", "export cancelled")
    EXPORT_NOT_APKG = (
        "export-not-apkg",
        "{path} is not an Anki package name: the file name must end in .apkg",
    )
    EXPORT_IN_DATA_FOLDER = (
        "export-in-data-folder",
        "{path} is inside studyapp's data folder {folder}, where your progress and decks "
        "live; export to another folder",
    )
    EXPORT_TARGET_READ_ONLY = (
        "export-target-read-only",
        "{path} is read-only; it was not overwritten. Choose another file",
    )

    # -- progress back from Anki -----------------------------------------------------------
    ANKI_FILE_MISSING = ("anki-file-missing", "{path} does not exist")
    ANKI_FILE_UNREADABLE = ("anki-file-unreadable", "{path}: cannot read the file: {reason}")
    ANKI_FILE_NOT_ANKI = (
        "anki-file-not-anki",
        "{path} is not an Anki package (.apkg, .colpkg) or Anki collection (.anki2)",
    )
    ANKI_FILE_TOO_NEW = (
        "anki-file-too-new",
        "{path} was written by a newer Anki than studyapp can read; in Anki, export it "
        "again with 'Support older Anki versions' ticked",
    )
    ANKI_FILE_DAMAGED = ("anki-file-damaged", "{path} is damaged: {reason}")
    ANKI_FILE_BUSY = (
        "anki-file-busy",
        "{path} is in use by Anki; close Anki and try again",
    )
    ANKI_FILE_NO_NOTES = (
        "anki-file-no-notes",
        "{path} holds no notes exported from your studyapp decks",
    )
    ANKI_FILE_NO_PROGRESS = (
        "anki-file-no-progress",
        "{path} has no learning progress: in Anki, export with 'Include scheduling "
        "information' ticked (if you have not reviewed these cards in Anki yet, there is "
        "nothing to bring back)",
    )
    ANKI_IMPORT_CANCELLED = ("anki-import-cancelled", "import from Anki cancelled")

    # -- the progress store ----------------------------------------------------------------
    STORE_CORRUPT = (
        "store-corrupt",
        "the progress database {path} is damaged ({detail}). It was left exactly as it was; "
        "restore a backup with 'studyapp restore FILE' (backups are in {backups})",
    )
    STORE_NEWER = (
        "store-newer",
        "the progress database {path} was written by a newer version of studyapp "
        "(schema {found}; this version reads up to {supported}). It was left untouched; "
        "update studyapp to open it",
    )
    STORE_OUTDATED = (
        "store-outdated",
        "the progress database {path} uses an older schema ({found}, current {supported}); "
        "start studyapp once to upgrade it",
    )
    STORE_LOCKED = (
        "store-locked",
        "studyapp is already running{holder} and is using {path}; close it first, "
        "so that two copies never write the same progress file",
    )
    STORE_MISSING = ("store-missing", "there is no progress database at {path} yet")
    STORE_NOT_A_DATABASE = (
        "store-not-a-database",
        "{path} is not a studyapp progress database ({detail}). It was left exactly as it "
        "was; move it away to start new progress, or restore a backup with "
        "'studyapp restore FILE' (backups are in {backups})",
    )
    STORE_IS_FOLDER = (
        "store-is-folder",
        "{path} is a folder, not the progress database. It was left as it is; move it "
        "away and start studyapp again",
    )
    STORE_DISK_FULL = (
        "store-disk-full",
        "the disk holding the progress database {path} is full, so it could not be "
        "written; what was saved before is safe. Free some space and try again",
    )
    STORE_IO_ERROR = (
        "store-io-error",
        "the disk reported an error while reading or writing the progress database {path} "
        "({detail}); studyapp did not change the file. Check that the drive is still "
        "connected and working, then try again",
    )
    STORE_BUSY = (
        "store-busy",
        "another program is using the progress database {path} and holds it locked; "
        "close that program (a database browser, a sync or backup tool) and try again",
    )
    STORE_CANNOT_OPEN = (
        "store-cannot-open",
        "the progress database {path} could not be opened ({detail}); it was left as it "
        "is. Check that the file and its folder can be read",
    )
    STORE_FILE_READ_ONLY = (
        "store-file-read-only",
        "the progress database {path} is read-only, so it was opened for reading only: "
        "you can browse and take quizzes, but nothing is saved. Make the file writable "
        "and start studyapp again to study with saving",
    )
    STORE_FOLDER_READ_ONLY = (
        "store-folder-read-only",
        "the data folder {folder} is read-only, so the progress was opened for reading "
        "only (if there is any): you can browse and take quizzes, but nothing is saved. "
        "Make the folder writable, or choose another with --data-dir",
    )
    STORE_WRITE_READ_ONLY = (
        "store-write-read-only",
        "the progress database {path} has become read-only and could not be written; "
        "what was saved before is safe. Make it writable and start studyapp again",
    )
    STORE_READ_ONLY = ("store-read-only", "this progress store was opened read-only")
    CARD_MISSING = ("card-missing", "no card with id {card}")
    QUIZ_ATTEMPT_MISSING = ("quiz-attempt-missing", "no quiz attempt with id {attempt}")
    NOTHING_TO_UNDO = ("nothing-to-undo", "there is no answer to undo")
    UNDO_STALE = (
        "undo-stale",
        "the review can no longer be undone: the card was changed since (e.g. reset)",
    )
    BACKUP_WRITE_FAILED = ("backup-write-failed", "could not write a backup to {folder}: {reason}")
    BACKUP_MISSING = ("backup-missing", "{path} does not exist")
    BACKUP_UNUSABLE = ("backup-unusable", "{path} is not a usable backup: {reason}")
    BACKUP_NOT_PROGRESS = ("backup-not-progress", "{path} is not a studyapp progress database")
    RESTORE_FAILED = (
        "restore-failed",
        "the backup could not be put in place ({reason}); your progress was left as it was",
    )

    def __init__(self, code: str, english: str) -> None:
        self.code = code
        self.english = english


class StudyError(Exception):
    """An error with a kind and its parameters; ``str()`` is the English sentence."""

    def __init__(self, kind: ErrorKind, **params: Param) -> None:
        self.kind = kind
        self.params = params
        super().__init__(kind.english.format(**params))

    def __str__(self) -> str:
        return self.kind.english.format(**self.params)


class StorageCause(Enum):
    """Why SQLite could not read or write a file: its result code, by cause."""

    FULL = "full"  # SQLITE_FULL: no room on the disk (or the file's page limit)
    IO = "io"  # SQLITE_IOERR: the disk or the file system failed
    BUSY = "busy"  # SQLITE_BUSY / SQLITE_LOCKED: another connection holds a lock
    READ_ONLY = "read-only"  # SQLITE_READONLY / SQLITE_PERM: the file cannot be written
    CORRUPT = "corrupt"  # SQLITE_CORRUPT: the file is damaged
    NOT_A_DATABASE = "not-a-database"  # SQLITE_NOTADB: the file is something else
    CANNOT_OPEN = "cannot-open"  # SQLITE_CANTOPEN


# Primary result codes (the low byte of an extended code), from sqlite3.h.
_CAUSE_OF_CODE = {
    3: StorageCause.READ_ONLY,  # SQLITE_PERM
    5: StorageCause.BUSY,
    6: StorageCause.BUSY,  # SQLITE_LOCKED
    8: StorageCause.READ_ONLY,
    10: StorageCause.IO,
    11: StorageCause.CORRUPT,
    13: StorageCause.FULL,
    14: StorageCause.CANNOT_OPEN,
    26: StorageCause.NOT_A_DATABASE,
}
# Python 3.10 has no ``sqlite_errorcode``: SQLite's own (fixed, English) messages then.
_CAUSE_OF_MESSAGE = (
    ("database or disk is full", StorageCause.FULL),
    ("disk i/o error", StorageCause.IO),
    ("database is locked", StorageCause.BUSY),
    ("database table is locked", StorageCause.BUSY),
    ("database schema is locked", StorageCause.BUSY),
    ("readonly database", StorageCause.READ_ONLY),
    ("access permission denied", StorageCause.READ_ONLY),
    ("malformed", StorageCause.CORRUPT),
    ("file is not a database", StorageCause.NOT_A_DATABASE),
    ("unable to open database file", StorageCause.CANNOT_OPEN),
)


def storage_cause(exc: BaseException) -> StorageCause | None:
    """The cause of an ``sqlite3.Error`` (None: not a storage fault, e.g. a bug in SQL)."""
    code = getattr(exc, "sqlite_errorcode", None)  # Python 3.11+
    if isinstance(code, int):
        return _CAUSE_OF_CODE.get(code & 0xFF)
    text = str(exc).lower()
    return next((cause for words, cause in _CAUSE_OF_MESSAGE if words in text), None)


def file_fault(exc: OSError | sqlite3.Error, path: Path) -> tuple[ErrorKind, dict[str, Param]]:
    """The kind of a failed write of ``path``, from the error the system gave."""
    if not isinstance(exc, OSError):  # an sqlite3.Error
        cause = storage_cause(exc)
        if cause is StorageCause.FULL:
            return ErrorKind.DISK_FULL, {"path": str(path)}
        if cause is StorageCause.READ_ONLY:
            return ErrorKind.NO_PERMISSION, {"path": str(path)}
        return ErrorKind.WRITE_FAILED, {"path": str(path), "reason": str(exc)}
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return ErrorKind.DISK_FULL, {"path": str(path)}
    if code in (errno.EACCES, errno.EPERM):
        return ErrorKind.NO_PERMISSION, {"path": str(path)}
    if code == errno.EROFS:
        return ErrorKind.READ_ONLY_DISK, {"path": str(path)}
    if code == errno.ENOENT:
        return ErrorKind.FOLDER_MISSING, {"path": str(path), "folder": str(path.parent)}
    if code == errno.EISDIR:
        return ErrorKind.IS_A_FOLDER, {"path": str(path)}
    return ErrorKind.WRITE_FAILED, {"path": str(path), "reason": exc.strerror or str(exc)}
