"""Errors in plain words: a dialog the reader can act on, never a traceback.

:func:`~studyapp.gui.error_text.error_text` turns the core's errors into sentences;
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

from studyapp.gui.error_text import error_text
from studyapp.paths import log_file

log = logging.getLogger(__name__)


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
