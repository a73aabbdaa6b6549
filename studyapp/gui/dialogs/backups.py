"""Backups of the progress, and restoring one (File › Backups…).

Each backup is listed with what it holds: when it was taken, how many reviews,
how many cards (and how many of them studied), the last review and the quizzes.
They are read in the background (``ctx.tasks``). *Back up now* takes one;
*Restore…* asks first, in plain words, then goes through the core's safe restore
(:func:`studyapp.core.store.restore_backup`: the progress as it is now is backed
up before it is replaced, so a restore can itself be undone by restoring that
backup), and the app opens the restored progress at once.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.store import BackupSummary
from studyapp.gui.context import GuiContext
from studyapp.gui.error_text import error_text
from studyapp.gui.worker import Task

log = logging.getLogger(__name__)


def local_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class BackupsDialog(QDialog):
    listed = Signal()  # the list of backups is on screen
    restored = Signal(str)  # the backup restored

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.ctx = ctx
        self.summaries: list[BackupSummary] = []
        self._task: Task | None = None
        self._then_say = ""
        self.last_box: QMessageBox | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName("backupsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update)
        self.table.itemActivated.connect(lambda _item: self.ask_restore())
        self.status = QLabel()
        self.status.setObjectName("backupsStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.backup_button = QPushButton()
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self.ask_restore)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(760, 460)
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Backups of your progress"))
        self.intro.setText(
            self.tr(
                "studyapp backs up your progress every 30 minutes while you study and when "
                "you quit, and keeps those of today and yesterday, then one a day, a week and "
                "a month. Restoring one replaces your progress with it; your progress as it "
                "is now is backed up first, so nothing is lost."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Taken"),
                self.tr("Reviews"),
                self.tr("Cards (studied)"),
                self.tr("Last review"),
                self.tr("Quizzes"),
            ]
        )
        self.table.setAccessibleName(self.tr("Backups, newest first"))
        self.backup_button.setText(self.tr("&Back up now"))
        self.restore_button.setText(self.tr("&Restore…"))
        self.close_button.setText(self.tr("Close"))
        self._fill()

    # -- the list -----------------------------------------------------------------------
    def load(self, then_say: str = "") -> None:
        """Read what every backup holds, in the background; ``then_say`` is the status
        line once they are listed."""
        self._then_say = then_say
        store = self.ctx.store
        if store is None:
            self.summaries = []
            self._fill()
            self.status.setText(self.ctx.store_problem)
            return
        from studyapp.core.store import summarize_backup
        from studyapp.core.store.backup import list_backups

        folder = store.backups_dir

        def work(_progress: object) -> list[BackupSummary]:
            return [summarize_backup(b) for b in list_backups(folder)]

        self.status.setText(self.tr("Reading the backups…"))
        self._task = self.ctx.tasks.start(
            "list-backups", work, on_success=self._listed, on_failure=self._list_failed
        )
        self._update()

    def _listed(self, summaries: object) -> None:
        self._task = None
        self.summaries = list(summaries) if isinstance(summaries, list) else []
        empty = "" if self.summaries else self.tr("There are no backups yet.")
        self.status.setText(self._then_say or empty)
        self._fill()
        if self.summaries:
            self.table.selectRow(0)
        self.listed.emit()

    def _list_failed(self, exc: object) -> None:
        self._task = None
        self.status.setText(error_text(exc) if isinstance(exc, BaseException) else "")
        self._update()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.summaries))
        for row, s in enumerate(self.summaries):
            if s.usable:
                cells = [
                    local_time(s.backup.taken_at),
                    str(s.reviews),
                    self.tr("{cards} ({studied})").format(cards=s.cards, studied=s.studied),
                    local_time(s.last_review) if s.last_review else self.tr("none yet"),
                    str(s.quizzes),
                ]
            else:
                cells = [local_time(s.backup.taken_at), self.tr("cannot be read"), "", "", ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (1, 2, 4):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self._update()

    def selected(self) -> BackupSummary | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.summaries):
            return None
        return self.summaries[rows[0].row()]

    def _update(self) -> None:
        chosen = self.selected()
        writable = self.ctx.can_save
        busy = self._task is not None
        self.restore_button.setEnabled(
            chosen is not None and chosen.usable and not busy and self.ctx.store is not None
        )
        self.backup_button.setEnabled(writable and not busy)
        if not writable and self.ctx.store_problem:
            self.backup_button.setToolTip(self.ctx.store_problem)

    # -- backing up and restoring ----------------------------------------------------------
    def back_up_now(self) -> None:
        store = self.ctx.store
        if store is None or not self.ctx.can_save:
            return
        from studyapp.core.store import StoreError

        try:
            path = store.maybe_backup(force=True)
        except (StoreError, OSError) as exc:
            self.status.setText(error_text(exc))
            return
        if path is not None:
            log.info("backed up to %s", path)
        self.load(self.tr("Backed up."))

    def ask_restore(self) -> None:
        chosen = self.selected()
        if chosen is None or not chosen.usable or self._task is not None:
            return
        box = QMessageBox(self)
        box.setObjectName("restoreConfirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Restore this backup?"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr(
                "Replace your progress with the backup of {when}? It holds {reviews} reviews "
                "of {cards} cards."
            ).format(
                when=local_time(chosen.backup.taken_at), reviews=chosen.reviews, cards=chosen.cards
            )
        )
        box.setInformativeText(
            self.tr(
                "What you did since then is not lost: your progress as it is now is backed up "
                "first, and you can restore it from this list."
            )
        )
        self.confirm_button = box.addButton(
            self.tr("Replace my progress"), QMessageBox.ButtonRole.AcceptRole
        )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.buttonClicked.connect(
            lambda button: self.restore(chosen) if button is self.confirm_button else None
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_box = box

    def restore(self, chosen: BackupSummary) -> None:
        from studyapp.core.store import BackupError, StoreError

        try:
            result = self.ctx.restore_progress(chosen.backup.path)
        except (BackupError, StoreError, OSError) as exc:
            self.load(
                self.tr("The backup was not restored: {reason}").format(reason=error_text(exc))
            )
            return
        lines = [
            self.tr("Restored the backup of {when}.").format(
                when=local_time(chosen.backup.taken_at)
            )
        ]
        if result.safety_backup is not None:
            lines.append(self.tr("Your progress as it was is the newest backup in the list."))
        elif result.kept_as is not None:
            lines.append(
                self.tr("Your progress as it was could not be read; it was kept as {path}.").format(
                    path=result.kept_as
                )
            )
        self.load(" ".join(lines))
        self.restored.emit(str(chosen.backup.path))
