"""The core's errors in the reader's language: one translated sentence per kind.

The core says *what* went wrong as an :class:`~studyapp.core.errors.ErrorKind`
with parameters; this module says it in words (``tr`` context ``Errors``). The
English text of the core is never shown and never parsed here. A test checks
that every kind has a sentence and that each sentence uses the kind's parameters.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from studyapp.core.errors import ErrorKind, StudyError

# Each sentence is a lambda so that it is translated when shown (the language can
# change while the app runs), and written out whole so that lupdate finds it.
SENTENCES: dict[ErrorKind, Callable[[], str]] = {
    # files
    ErrorKind.DISK_FULL: lambda: QCoreApplication.translate(
        "Errors", "The disk is full: {path} could not be written. Free some space and try again."
    ),
    ErrorKind.NO_PERMISSION: lambda: QCoreApplication.translate(
        "Errors", "studyapp is not allowed to write there ({path}). Choose another place."
    ),
    ErrorKind.READ_ONLY_DISK: lambda: QCoreApplication.translate(
        "Errors", "{path} is on a read-only disk. Choose another place."
    ),
    ErrorKind.FOLDER_MISSING: lambda: QCoreApplication.translate(
        "Errors", "{path} cannot be written: the folder {folder} does not exist."
    ),
    ErrorKind.IS_A_FOLDER: lambda: QCoreApplication.translate(
        "Errors", "{path} is a folder. Choose a file name."
    ),
    ErrorKind.WRITE_FAILED: lambda: QCoreApplication.translate(
        "Errors", "{path} could not be written: {reason}."
    ),
    # articles
    ErrorKind.ARTICLE_IS_FOLDER: lambda: QCoreApplication.translate(
        "Errors", "{path} is a folder, not a file."
    ),
    ErrorKind.ARTICLE_NOT_A_FILE: lambda: QCoreApplication.translate(
        "Errors",
        "{path} is not a regular file (it is a pipe, device or socket); only files can be "
        "imported.",
    ),
    ErrorKind.ARTICLE_UNREADABLE: lambda: QCoreApplication.translate(
        "Errors", "{path} cannot be read: {reason}."
    ),
    ErrorKind.ARTICLE_TOO_LARGE: lambda: QCoreApplication.translate(
        "Errors", "{path} is larger than {limit} MB, the limit for an article."
    ),
    ErrorKind.ARTICLE_EMPTY: lambda: QCoreApplication.translate("Errors", "{path} is empty."),
    ErrorKind.ARTICLE_BINARY: lambda: QCoreApplication.translate(
        "Errors", "{path} is not a text file."
    ),
    ErrorKind.ARTICLE_ENCODING: lambda: QCoreApplication.translate(
        "Errors", "{path} is in none of the supported encodings (UTF-8, UTF-16, GB18030, Big5)."
    ),
    ErrorKind.ARTICLE_BAD_MARK: lambda: QCoreApplication.translate(
        "Errors", "{path} is damaged: it starts like {encoding} but is not."
    ),
    ErrorKind.ARTICLE_NO_TEXT: lambda: QCoreApplication.translate(
        "Errors", "{path} has no text to learn from."
    ),
    # drafts files
    ErrorKind.DRAFTS_TOO_LARGE: lambda: QCoreApplication.translate(
        "Errors", "The drafts file {path} is too large to be read."
    ),
    ErrorKind.DRAFTS_UNREADABLE: lambda: QCoreApplication.translate(
        "Errors", "The drafts file {path} cannot be read: {reason}."
    ),
    ErrorKind.DRAFTS_INVALID: lambda: QCoreApplication.translate(
        "Errors", "{path} is not a drafts file of studyapp ({reason})."
    ),
    # saving a deck
    ErrorKind.DECK_ID_INVALID: lambda: QCoreApplication.translate(
        "Errors", "“{deck}” is not a deck id: use lower-case letters, digits, '.', '_' or '-'."
    ),
    ErrorKind.DECK_BUILT_IN: lambda: QCoreApplication.translate(
        "Errors", "“{deck}” is a built-in deck. Choose another id for your deck."
    ),
    ErrorKind.FACT_ID_FIXED: lambda: QCoreApplication.translate(
        "Errors", "A fact's id never changes: its review history hangs on it."
    ),
    ErrorKind.NOTHING_ACCEPTED: lambda: QCoreApplication.translate(
        "Errors", "No draft is accepted yet: accept the facts to keep (A), then save."
    ),
    ErrorKind.DECK_WOULD_BE_INVALID: lambda: QCoreApplication.translate(
        "Errors", "The deck would not be valid, so it was not saved:\n{problems}"
    ),
    ErrorKind.DECK_FILE_NOT_A_DECK: lambda: QCoreApplication.translate(
        "Errors", "{path} exists and is not a valid deck; it was not overwritten:\n{problems}"
    ),
    ErrorKind.DECK_FILE_HOLDS_OTHER: lambda: QCoreApplication.translate(
        "Errors", "{path} holds the deck “{found}”, not “{deck}”; it was not overwritten."
    ),
    # editing a draft
    ErrorKind.ANSWER_EMPTY: lambda: QCoreApplication.translate(
        "Errors", "The answer cannot be empty."
    ),
    ErrorKind.ANSWER_NOT_IN_STATEMENT: lambda: QCoreApplication.translate(
        "Errors", "The answer must be a part of the statement, exactly as written."
    ),
    ErrorKind.QUESTION_GIVES_ANSWER: lambda: QCoreApplication.translate(
        "Errors", "No question can be made without giving the answer away; write one."
    ),
    ErrorKind.QUESTION_EMPTY: lambda: QCoreApplication.translate(
        "Errors", "The question cannot be empty: write one."
    ),
    ErrorKind.STATEMENT_ONE_ANSWER: lambda: QCoreApplication.translate(
        "Errors", "The statement must mark its answer exactly once, as {{{{…}}}}."
    ),
    ErrorKind.QUESTION_SHOWS_ANSWER: lambda: QCoreApplication.translate(
        "Errors", "The question gives its answer away (“{answer}”): reword it."
    ),
    ErrorKind.TOPIC_UNKNOWN: lambda: QCoreApplication.translate(
        "Errors", "There is no topic “{topic}”."
    ),
    ErrorKind.DRAFT_INVALID: lambda: QCoreApplication.translate(
        "Errors", "This draft would not be a valid fact:\n{problems}"
    ),
    ErrorKind.YEAR_FORMAT: lambda: QCoreApplication.translate(
        "Errors", "A year answer must be the year's digits, such as 2016."
    ),
    ErrorKind.DATE_FORMAT: lambda: QCoreApplication.translate(
        "Errors", "A date answer must contain a year and a month, such as 2024 年 12 月."
    ),
    ErrorKind.NUMBER_FORMAT: lambda: QCoreApplication.translate(
        "Errors", "A number answer must contain a number."
    ),
    ErrorKind.NOT_AN_ENTITY: lambda: QCoreApplication.translate(
        "Errors", "“{span}” is not a name in any deck's registry; choose text instead."
    ),
    # export
    ErrorKind.EXPORT_NO_KINDS: lambda: QCoreApplication.translate(
        "Errors", "Nothing to export: no card kind is chosen."
    ),
    ErrorKind.EXPORT_NO_FACTS: lambda: QCoreApplication.translate(
        "Errors", "Nothing to export: the chosen decks have no facts."
    ),
    ErrorKind.EXPORT_CANCELLED: lambda: QCoreApplication.translate(
        "Errors", "The export was cancelled; no file was written."
    ),
    # progress back from Anki
    ErrorKind.ANKI_FILE_MISSING: lambda: QCoreApplication.translate(
        "Errors", "{path} does not exist."
    ),
    ErrorKind.ANKI_FILE_UNREADABLE: lambda: QCoreApplication.translate(
        "Errors", "{path} cannot be read: {reason}."
    ),
    ErrorKind.ANKI_FILE_NOT_ANKI: lambda: QCoreApplication.translate(
        "Errors",
        "{path} is not a file from Anki. Choose a package Anki exported (.apkg, .colpkg) "
        "or Anki's collection file (collection.anki2).",
    ),
    ErrorKind.ANKI_FILE_TOO_NEW: lambda: QCoreApplication.translate(
        "Errors",
        "{path} was written by a newer Anki than studyapp can read. In Anki, export it "
        "again with “Support older Anki versions” ticked.",
    ),
    ErrorKind.ANKI_FILE_DAMAGED: lambda: QCoreApplication.translate(
        "Errors", "{path} is damaged and cannot be read ({reason})."
    ),
    ErrorKind.ANKI_FILE_BUSY: lambda: QCoreApplication.translate(
        "Errors", "Anki is using {path}. Close Anki and try again."
    ),
    ErrorKind.ANKI_FILE_NO_NOTES: lambda: QCoreApplication.translate(
        "Errors",
        "{path} has none of the notes studyapp exported from your decks, so there is no "
        "progress to bring back.",
    ),
    ErrorKind.ANKI_FILE_NO_PROGRESS: lambda: QCoreApplication.translate(
        "Errors",
        "{path} has no learning progress. In Anki, export again with “Include scheduling "
        "information” ticked. (If you have not reviewed these cards in Anki yet, there is "
        "nothing to bring back.)",
    ),
    ErrorKind.ANKI_IMPORT_CANCELLED: lambda: QCoreApplication.translate(
        "Errors", "The import was cancelled; your progress was not changed."
    ),
    ErrorKind.EXPORT_NOT_APKG: lambda: QCoreApplication.translate(
        "Errors", "{path} is not an Anki package name: the file name must end in .apkg."
    ),
    ErrorKind.EXPORT_IN_DATA_FOLDER: lambda: QCoreApplication.translate(
        "Errors",
        "{path} is inside studyapp's data folder ({folder}), where your progress and decks "
        "live. Choose another folder.",
    ),
    ErrorKind.EXPORT_TARGET_READ_ONLY: lambda: QCoreApplication.translate(
        "Errors", "{path} is read-only, so it was not overwritten. Choose another file."
    ),
    # progress
    ErrorKind.STORE_CORRUPT: lambda: QCoreApplication.translate(
        "Errors",
        "Your progress file {path} is damaged ({detail}). studyapp left it exactly as it "
        "was and will not write to it. You can still browse the decks; to study again, "
        "restore a backup from {backups}.",
    ),
    ErrorKind.STORE_NEWER: lambda: QCoreApplication.translate(
        "Errors",
        "Your progress file {path} was written by a newer version of studyapp (schema "
        "{found}; this version reads up to {supported}). It was left untouched; update "
        "studyapp to study with it.",
    ),
    ErrorKind.STORE_OUTDATED: lambda: QCoreApplication.translate(
        "Errors",
        "Your progress file {path} is from an older studyapp (schema {found}, now "
        "{supported}); start the app once to bring it up to date.",
    ),
    ErrorKind.STORE_LOCKED: lambda: QCoreApplication.translate(
        "Errors",
        "studyapp is already running and is using your progress file {path}. "
        "Switch to that window, or close it and start studyapp again.",
    ),
    ErrorKind.STORE_MISSING: lambda: QCoreApplication.translate(
        "Errors", "There is no study progress at {path} yet."
    ),
    ErrorKind.STORE_NOT_A_DATABASE: lambda: QCoreApplication.translate(
        "Errors",
        "{path} is not a studyapp progress file ({detail}). studyapp left it exactly as it "
        "was. Move it away to start new progress, or restore a backup from {backups}.",
    ),
    ErrorKind.STORE_IS_FOLDER: lambda: QCoreApplication.translate(
        "Errors",
        "{path} is a folder, not your progress file. studyapp left it as it is; move it "
        "away and start studyapp again.",
    ),
    ErrorKind.STORE_DISK_FULL: lambda: QCoreApplication.translate(
        "Errors",
        "The disk is full, so your progress file {path} could not be written. Everything "
        "saved before is safe; free some space and try again.",
    ),
    ErrorKind.STORE_IO_ERROR: lambda: QCoreApplication.translate(
        "Errors",
        "The disk reported an error reading or writing your progress file {path} "
        "({detail}). studyapp did not change the file; check that the drive is connected "
        "and working, then try again.",
    ),
    ErrorKind.STORE_BUSY: lambda: QCoreApplication.translate(
        "Errors",
        "Another program is using your progress file {path} and keeps it locked. Close "
        "that program (a database browser, a sync or backup tool) and try again.",
    ),
    ErrorKind.STORE_CANNOT_OPEN: lambda: QCoreApplication.translate(
        "Errors",
        "Your progress file {path} could not be opened ({detail}). It was left as it is; "
        "check that the file and its folder can be read.",
    ),
    ErrorKind.STORE_FILE_READ_ONLY: lambda: QCoreApplication.translate(
        "Errors",
        "Your progress file {path} is read-only, so studyapp opened it only for reading. "
        "To study and save again, make the file writable and start studyapp again.",
    ),
    ErrorKind.STORE_FOLDER_READ_ONLY: lambda: QCoreApplication.translate(
        "Errors",
        "The data folder {folder} is read-only, so your progress (if any) was opened only "
        "for reading. Make the folder writable, or start studyapp with another data folder.",
    ),
    ErrorKind.STORE_WRITE_READ_ONLY: lambda: QCoreApplication.translate(
        "Errors",
        "Your progress file {path} has become read-only and could not be written. "
        "Everything saved before is safe; make it writable and start studyapp again.",
    ),
    ErrorKind.STORE_READ_ONLY: lambda: QCoreApplication.translate(
        "Errors", "Your progress is open read-only here; nothing is saved."
    ),
    ErrorKind.CARD_MISSING: lambda: QCoreApplication.translate(
        "Errors", "This card ({card}) is no longer in your progress."
    ),
    ErrorKind.QUIZ_ATTEMPT_MISSING: lambda: QCoreApplication.translate(
        "Errors", "This quiz attempt ({attempt}) no longer exists."
    ),
    ErrorKind.NOTHING_TO_UNDO: lambda: QCoreApplication.translate(
        "Errors", "There is no answer to undo."
    ),
    ErrorKind.UNDO_STALE: lambda: QCoreApplication.translate(
        "Errors",
        "That answer can no longer be undone: the card was changed since (for example reset).",
    ),
    ErrorKind.BACKUP_WRITE_FAILED: lambda: QCoreApplication.translate(
        "Errors", "A backup could not be written to {folder}: {reason}."
    ),
    ErrorKind.BACKUP_MISSING: lambda: QCoreApplication.translate(
        "Errors", "The backup {path} does not exist."
    ),
    ErrorKind.BACKUP_UNUSABLE: lambda: QCoreApplication.translate(
        "Errors", "{path} is not a usable backup: {reason}."
    ),
    ErrorKind.BACKUP_NOT_PROGRESS: lambda: QCoreApplication.translate(
        "Errors", "{path} is not a progress file of studyapp."
    ),
    ErrorKind.RESTORE_FAILED: lambda: QCoreApplication.translate(
        "Errors",
        "The backup could not be put in place ({reason}); your progress was left as it was.",
    ),
}


def kind_text(kind: ErrorKind, params: dict[str, str | int]) -> str:
    """The sentence for ``kind`` in the interface language, filled with ``params``."""
    return SENTENCES[kind]().format(**params)


def error_text(exc: BaseException) -> str:
    """A sentence for the reader, in the interface language."""
    if isinstance(exc, StudyError):
        return kind_text(exc.kind, exc.params)
    if isinstance(exc, PermissionError):
        return QCoreApplication.translate(
            "Errors", "studyapp is not allowed to write there ({path}). Choose another place."
        ).format(path=exc.filename or "")
    if isinstance(exc, FileNotFoundError):
        return QCoreApplication.translate("Errors", "A file or folder is missing: {path}.").format(
            path=exc.filename or ""
        )
    if isinstance(exc, OSError) and exc.errno == 28:
        return QCoreApplication.translate(
            "Errors", "The disk is full. Free some space and try again."
        )
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "Errors", "The computer reported a problem with a file: {reason}."
        ).format(reason=exc.strerror or str(exc))
    text = str(exc).strip()  # not one of the core's errors: a bug, said as it is
    return (
        text[:1].upper() + text[1:]
        if text
        else QCoreApplication.translate("Errors", "Something went wrong.")
    )
