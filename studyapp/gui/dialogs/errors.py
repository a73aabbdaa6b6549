"""Errors in plain words: a dialog the reader can act on, never a traceback.

:func:`error_text` turns the exceptions the core raises into sentences;
:class:`ExceptionHook` catches anything unexpected, writes the traceback to
``DATA_DIR/logs/studyapp.log`` and shows a short dialog that says where the
details are.
"""

from __future__ import annotations

import datetime
import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from studyapp.paths import backups_dir, log_file

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    """A sentence for the reader, in the interface language."""
    from studyapp.core.store import errors as store_errors

    if isinstance(exc, store_errors.CorruptDatabaseError):
        return QCoreApplication.translate(
            "Errors",
            "Your progress file {path} is damaged. studyapp left it exactly as it was and "
            "will not write to it. You can still browse the decks; to study again, restore "
            "a backup from {backups} (studyapp restore FILE).",
        ).format(path=exc.path, backups=backups_dir(exc.path.parent))
    if isinstance(exc, store_errors.NewerSchemaError):
        return QCoreApplication.translate(
            "Errors",
            "Your progress file {path} was written by a newer version of studyapp. It was "
            "left untouched; update studyapp to study with it.",
        ).format(path=exc.path)
    if isinstance(exc, store_errors.StoreLockedError):
        return QCoreApplication.translate(
            "Errors",
            "studyapp is already running and is using your progress file. Switch to that "
            "window, or close it and start studyapp again.",
        )
    if isinstance(exc, store_errors.UndoError):
        return QCoreApplication.translate("Errors", "There is no answer to undo.")
    if isinstance(exc, store_errors.StoreError):
        return str(exc)[:1].upper() + str(exc)[1:] + "."
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
    text = str(exc).strip()
    if text:
        return text[:1].upper() + text[1:]
    return QCoreApplication.translate("Errors", "Something went wrong.")


def message_box(parent: QWidget | None, title: str, text: str, detail: str = "") -> QMessageBox:
    """A warning box (not yet shown). ``detail`` is more plain text, never a traceback."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setObjectName("errorDialog")
    return box


def show_error(parent: QWidget | None, title: str, text: str, detail: str = "") -> QMessageBox:
    """Show a plain-words error without blocking the caller (window-modal)."""
    box = message_box(parent, title, text, detail)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def write_log(path: Path, text: str) -> bool:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        stamp = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
        with path.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {stamp}\n{text}\n")
        return True
    except OSError:
        return False


class ExceptionHook:
    """``sys.excepthook`` for the app: log the details, tell the reader in one sentence."""

    def __init__(
        self,
        data_dir: Path,
        parent: Callable[[], QWidget | None] = lambda: None,
    ) -> None:
        self.path = log_file(data_dir)
        self._parent = parent
        self._previous = sys.excepthook
        self.last_box: QMessageBox | None = None

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self._previous

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        saved = write_log(self.path, details)
        log.error("unexpected error: %s", exc)
        more = (
            QCoreApplication.translate("Errors", "The details were saved to {path}.").format(
                path=self.path
            )
            if saved
            else QCoreApplication.translate("Errors", "The details could not be saved.")
        )
        text = QCoreApplication.translate(
            "Errors", "Something unexpected went wrong: {what}"
        ).format(what=error_text(exc))
        self.last_box = show_error(
            self._parent(),
            QCoreApplication.translate("Errors", "studyapp"),
            text,
            more
            + " "
            + QCoreApplication.translate("Errors", "Your progress up to the last answer is saved."),
        )
