"""Export to Anki: choose decks, script, card kinds, whether the progress goes
along, and a file; the export runs in the background with a progress bar and
can be cancelled; at the end the file can be shown in its folder.

The export itself is :func:`studyapp.core.anki_export.export_apkg`; with the
progress, the snapshot of the reader's progress is read in the same worker
(:meth:`Store.progress_snapshot_job <studyapp.core.store.Store.progress_snapshot_job>`).
"""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.anki_export import (
    CARD_KINDS,
    ExportCancelled,
    ExportResult,
    ScriptChoice,
    export_apkg,
)
from studyapp.core.deck.model import CardKind, Deck
from studyapp.gui.context import GuiContext
from studyapp.gui.error_text import error_text
from studyapp.gui.worker import ProgressCallback, Task, TaskCancelled


class ExportDialog(QDialog):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("exportDialog")
        self.task: Task | None = None
        self.result_path: Path | None = None
        self.last_result: ExportResult | None = None

        self.deck_boxes: dict[str, QCheckBox] = {}
        decks_layout = QVBoxLayout()
        for deck in ctx.library.decks:
            box = QCheckBox(ctx.view(deck).text(deck.title))
            box.setChecked(True)
            box.toggled.connect(self._update_buttons)
            self.deck_boxes[deck.id] = box
            decks_layout.addWidget(box)
        self.script = QComboBox()
        self.script.setObjectName("exportScript")
        self.kind_boxes: dict[CardKind, QCheckBox] = {}
        kinds_layout = QHBoxLayout()
        for kind in CARD_KINDS:
            box = QCheckBox()
            box.setChecked(True)
            box.toggled.connect(self._update_buttons)
            self.kind_boxes[kind] = box
            kinds_layout.addWidget(box)
        kinds_layout.addStretch(1)
        self.tts = QCheckBox()
        self.with_progress = QCheckBox()
        self.with_progress.setObjectName("exportWithProgress")
        self.with_progress.setChecked(ctx.settings.export_progress and ctx.store is not None)
        self.with_progress.setEnabled(ctx.store is not None)
        self.with_progress.setToolTip(ctx.store_problem)
        self.with_progress.toggled.connect(self._show_progress_note)
        self.progress_note = QLabel()
        self.progress_note.setObjectName("exportProgressNote")
        self.progress_note.setWordWrap(True)
        self.path = QLineEdit()
        self.path.setObjectName("exportPath")
        self.path.setText(ctx.settings.export_path or str(self.default_path()))
        self.path.textChanged.connect(self._update_buttons)
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self.choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse_button)

        self.decks_label = QLabel()
        self.script_label = QLabel()
        self.kinds_label = QLabel()
        self.path_label = QLabel()
        form = QFormLayout()
        form.addRow(self.decks_label, decks_layout)
        form.addRow(self.script_label, self.script)
        form.addRow(self.kinds_label, kinds_layout)
        form.addRow("", self.tts)
        form.addRow("", self.with_progress)
        form.addRow("", self.progress_note)
        form.addRow(self.path_label, path_row)
        self.script_label.setBuddy(self.script)
        self.path_label.setBuddy(self.path)

        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.setValue(0)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel_or_close)
        self.show_button = QPushButton()
        self.show_button.setObjectName("showInFolder")
        self.show_button.clicked.connect(self.show_in_folder)
        self.show_button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.retranslate()
        index = self.script.findData(ctx.settings.export_script)
        self.script.setCurrentIndex(max(0, index))
        self.script.currentIndexChanged.connect(self._show_progress_note)
        self._show_progress_note()
        self._update_buttons()
        self.resize(560, self.sizeHint().height())

    def default_path(self) -> Path:
        return Path.home() / "studyapp-anthropic.apkg"

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export to Anki"))
        self.decks_label.setText(self.tr("Decks:"))
        self.script_label.setText(self.tr("&Script:"))
        self.kinds_label.setText(self.tr("Card kinds:"))
        self.path_label.setText(self.tr("&Save as:"))
        self.kind_boxes[CardKind.QA].setText(self.tr("Question → answer"))
        self.kind_boxes[CardKind.CLOZE].setText(self.tr("Fill in the blank"))
        self.tts.setText(self.tr("Let Anki read the Chinese aloud (text to speech)"))
        self.with_progress.setText(
            self.tr("Include my progress (review history and scheduling), so Anki continues")
        )
        self.browse_button.setText(self.tr("&Choose…"))
        self.export_button.setText(self.tr("&Export"))
        self.cancel_button.setText(
            self.tr("Cancel")
            if self.task is not None or self.result_path is None
            else self.tr("Close")
        )
        self.show_button.setText(self.tr("Show in &folder"))
        current = self.script.currentData()
        self.script.clear()
        self.script.addItem(self.tr("Traditional and Simplified (two decks)"), "both")
        self.script.addItem(self.tr("Traditional (繁體)"), "hant")
        self.script.addItem(self.tr("Simplified (简体)"), "hans")
        if current is not None:
            self.script.setCurrentIndex(max(0, self.script.findData(current)))
        self._show_progress_note()

    def _show_progress_note(self) -> None:
        """What Anki does with the progress, under the check box while it is ticked."""
        note = self.tr(
            "In Anki, tick “Import any learning progress” when importing. Anki takes the "
            "progress only for cards it does not have yet: cards already in your Anki keep "
            "Anki's schedule."
        )
        if self.script.currentData() == "both":
            script = self.tr("Traditional") if self.ctx.script == "hant" else self.tr("Simplified")
            note += " " + self.tr(
                "With both scripts, the progress goes with the {script} cards (the script you "
                "study); the others start as new."
            ).format(script=script)
        self.progress_note.setText(note)
        self.progress_note.setVisible(self.with_progress.isChecked())

    # -- choices ---------------------------------------------------------------------
    def chosen_decks(self) -> list[Deck]:
        return [d for d in self.ctx.library.decks if self.deck_boxes[d.id].isChecked()]

    def chosen_kinds(self) -> tuple[str, ...]:
        return tuple(k for k, box in self.kind_boxes.items() if box.isChecked())

    def _update_buttons(self) -> None:
        idle = self.task is None
        ok = (
            bool(self.chosen_decks())
            and bool(self.chosen_kinds())
            and bool(self.path.text().strip())
        )
        self.export_button.setEnabled(idle and ok)

    def choose_path(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to Anki"),
            self.path.text() or str(self.default_path()),
            self.tr("Anki package (*.apkg)"),
        )
        if path:
            if not path.lower().endswith(".apkg"):
                path += ".apkg"
            self.path.setText(path)

    # -- exporting --------------------------------------------------------------------------
    def start_export(self) -> None:
        if self.task is not None:
            return
        path = Path(self.path.text().strip()).expanduser()
        if path.suffix.lower() != ".apkg":
            path = path.with_suffix(".apkg")
        decks = self.chosen_decks()
        data_dir = self.ctx.data_dir
        script = cast(ScriptChoice, str(self.script.currentData()))
        kinds = self.chosen_kinds()
        tts = self.tts.isChecked()
        store = self.ctx.store
        snapshot_job = None
        if self.with_progress.isChecked() and store is not None:
            snapshot_job = store.progress_snapshot_job([d.id for d in decks])
        progress_script = self.ctx.script
        self.ctx.settings.export_path = str(path)
        self.ctx.settings.export_script = script
        self.ctx.settings.export_progress = self.with_progress.isChecked()
        self.result_path = None
        self.show_button.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Exporting…"))
        for widget in self._choices():
            widget.setEnabled(False)

        def cancelled() -> bool:
            # Read when asked: the work may start before start() has returned the task.
            task = self.task
            return task is not None and task.cancelled

        def work(progress: ProgressCallback) -> ExportResult:
            return export_apkg(
                decks,
                path,
                script=script,
                card_kinds=kinds,
                tts=tts,
                with_progress=snapshot_job() if snapshot_job is not None else None,
                progress_script=progress_script,
                progress=progress,
                cancelled=cancelled,
                data_dir=data_dir,
            )

        self.task = self.ctx.tasks.start(
            "export",
            work,
            on_progress=self._progress,
            on_success=self._exported,
            on_failure=self._failed,
            on_finished=self._finished,
        )
        self._update_buttons()
        self.cancel_button.setText(self.tr("Cancel"))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _exported(self, result: ExportResult) -> None:
        self.last_result = result
        self.result_path = path = result.path
        notes, cards = result.notes, result.cards
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        if self.ctx.settings.export_progress:
            self.status.setText(
                self.tr(
                    "Exported {notes} notes ({cards} cards, {studied} of them studied, with "
                    "{reviews} reviews) to {path}. Open it in Anki with File › Import and tick "
                    "“Import any learning progress”."
                ).format(
                    notes=notes,
                    cards=cards,
                    studied=result.cards_with_progress,
                    reviews=result.reviews,
                    path=path,
                )
            )
        else:
            self.status.setText(
                self.tr(
                    "Exported {notes} notes ({cards} cards) to {path}. Open it in Anki with File › Import."
                ).format(notes=notes, cards=cards, path=path)
            )
        self.show_button.show()

    def _failed(self, exc: object) -> None:
        self.progress.hide()
        if isinstance(exc, (TaskCancelled, ExportCancelled)):
            self.status.setText(self.tr("The export was cancelled; no file was written."))
        elif isinstance(exc, BaseException):
            self.status.setText(
                self.tr("The export failed: {reason}").format(reason=error_text(exc))
            )

    def _choices(self) -> list[QWidget]:
        widgets: list[QWidget] = [*self.deck_boxes.values(), *self.kind_boxes.values()]
        return [*widgets, self.script, self.path, self.tts, self.with_progress]

    def _finished(self) -> None:
        self.task = None
        for widget in self._choices():
            widget.setEnabled(widget is not self.with_progress or self.ctx.store is not None)
        self.cancel_button.setText(self.tr("Close"))
        self._update_buttons()

    def cancel_or_close(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(self.tr("Cancelling…"))
            return
        self.reject()

    def show_in_folder(self) -> None:
        if self.result_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result_path.parent)))

    def reject(self) -> None:
        if self.task is not None:
            self.task.cancel()
            return
        super().reject()
