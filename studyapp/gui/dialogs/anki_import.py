"""Bring progress back from Anki: choose a package Anki exported with its
scheduling (or Anki's collection file, with Anki closed); the file is read and
the reviews of studyapp's notes are merged into the progress in the background,
with a progress bar (reading, then the cards), and the dialog says what changed.

The reading is :func:`studyapp.core.anki_import.read_anki_file`; the merge is
the store's :meth:`merge_job <studyapp.core.store.Store.merge_job>` (a
connection of its own: replaying a long history takes seconds), and
:meth:`Store.merged <studyapp.core.store.Store.merged>` back on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.anki_import import AnkiImportCancelled, AnkiImportResult, read_anki_file
from studyapp.core.store import StoreError
from studyapp.gui.context import GuiContext
from studyapp.gui.error_text import error_text
from studyapp.gui.worker import ProgressCallback, Task, TaskCancelled


class AnkiImportDialog(QDialog):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("ankiImportDialog")
        self.task: Task | None = None
        self.last_result: AnkiImportResult | None = None

        self.intro = QLabel()
        self.intro.setObjectName("ankiImportIntro")
        self.intro.setWordWrap(True)
        self.path_label = QLabel()
        self.path = QLineEdit()
        self.path.setObjectName("ankiImportPath")
        self.path.setText(ctx.settings.anki_import_path)
        self.path.textChanged.connect(self._update_buttons)
        self.path_label.setBuddy(self.path)
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self.choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_label)
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse_button)

        self.progress = QProgressBar()
        self.progress.setObjectName("ankiImportProgress")
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("ankiImportStatus")
        self.status.setWordWrap(True)
        self.import_button = QPushButton()
        self.import_button.setObjectName("ankiImportButton")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel_or_close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(path_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate()
        if ctx.store is None:
            self.status.setText(ctx.store_problem)
        self._update_buttons()
        self.resize(600, self.sizeHint().height())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Bring progress back from Anki"))
        self.intro.setText(
            self.tr(
                "Bring back the reviews you made in Anki (for example on AnkiDroid) of the "
                "cards studyapp exported. In Anki, choose File › Export, “Anki Deck Package "
                "(*.apkg)” with “Include scheduling information” ticked; or choose Anki's "
                "collection file (collection.anki2 in Anki's profile folder) after closing "
                "Anki. Reviews studyapp already has are not added again, and each card's "
                "schedule is worked out again from its whole history."
            )
        )
        self.path_label.setText(self.tr("&File:"))
        self.browse_button.setText(self.tr("&Choose…"))
        self.import_button.setText(self.tr("&Import"))
        self.cancel_button.setText(
            self.tr("Cancel")
            if self.task is not None or self.last_result is None
            else self.tr("Close")
        )

    def _update_buttons(self) -> None:
        ready = self.ctx.store is not None and bool(self.path.text().strip())
        self.import_button.setEnabled(self.task is None and ready)

    def choose_path(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Bring progress back from Anki"),
            self.path.text() or str(Path.home()),
            self.tr("Anki files (*.apkg *.colpkg *.anki2);;All files (*)"),
        )
        if path:
            self.path.setText(path)

    # -- importing ----------------------------------------------------------------------------
    def start_import(self) -> None:
        if self.task is not None or self.ctx.store is None:
            return
        path = Path(self.path.text().strip()).expanduser()
        decks = list(self.ctx.library.decks)
        try:
            merge = self.ctx.store.merge_job()
        except StoreError as exc:
            self.status.setText(error_text(exc))
            return
        self.ctx.settings.anki_import_path = str(path)
        self.last_result = None
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Reading {path}…").format(path=path))
        self.path.setEnabled(False)
        self.browse_button.setEnabled(False)

        def cancelled() -> bool:
            task = self.task
            return task is not None and task.cancelled

        def work(progress: ProgressCallback) -> AnkiImportResult:
            found = read_anki_file(path, decks, progress=progress, cancelled=cancelled)
            if cancelled():  # the last moment at which nothing has changed
                raise AnkiImportCancelled()
            return AnkiImportResult(found, merge(found.reviews, progress))

        self.task = self.ctx.tasks.start(
            "anki-import",
            work,
            on_progress=self._progress,
            on_success=self._imported,
            on_failure=self._failed,
            on_finished=self._finished,
        )
        self._update_buttons()
        self.cancel_button.setText(self.tr("Cancel"))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _imported(self, result: AnkiImportResult) -> None:
        store = self.ctx.store
        if store is not None:
            store.merged(result.merged)
        self.last_result = result
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        if result.merged.added:
            self.ctx.notify_progress()
        self.status.setText(self.summary(result))

    def summary(self, result: AnkiImportResult) -> str:
        found, merged = result.found, result.merged
        lines = [
            self.tr("Read {path}: {notes} of the notes studyapp exported.").format(
                path=found.path, notes=found.studyapp_notes
            )
        ]
        if merged.added:
            lines.append(
                self.tr(
                    "{added} reviews from Anki added ({present} were already here); "
                    "{cards} cards rescheduled from their whole history."
                ).format(
                    added=merged.added,
                    present=merged.already_present,
                    cards=len(merged.cards_updated),
                )
            )
        else:
            lines.append(
                self.tr(
                    "Nothing new: all {present} reviews in the file are already in your progress."
                ).format(present=merged.already_present)
            )
        if found.unknown_studyapp_notes:
            lines.append(
                self.tr(
                    "{count} notes belong to facts that are no longer in your decks; their "
                    "reviews were left out."
                ).format(count=found.unknown_studyapp_notes)
            )
        if merged.cards_created:
            lines.append(
                self.tr(
                    "{count} cards are of a kind studyapp does not show; their reviews are "
                    "kept until you switch that kind on in Settings."
                ).format(count=merged.cards_created)
            )
        return "\n".join(lines)

    def _failed(self, exc: object) -> None:
        self.progress.hide()
        if isinstance(exc, (TaskCancelled, AnkiImportCancelled)):
            self.status.setText(self.tr("The import was cancelled; your progress was not changed."))
        elif isinstance(exc, BaseException):
            self.status.setText(error_text(exc))

    def _finished(self) -> None:
        self.task = None
        self.path.setEnabled(True)
        self.browse_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))
        self._update_buttons()

    def cancel_or_close(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(self.tr("Cancelling…"))
            return
        self.reject()

    def reject(self) -> None:
        if self.task is not None:
            self.task.cancel()
            return
        super().reject()
