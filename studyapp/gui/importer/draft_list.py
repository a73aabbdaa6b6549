"""The drafts, best first: question, answer, status and flags on two lines each."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPalette, QTextLayout
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from studyapp.core.importer.drafts import Draft, DraftStatus

ID_ROLE = Qt.ItemDataRole.UserRole

_MARKS = {DraftStatus.PENDING: "○", DraftStatus.ACCEPTED: "✔", DraftStatus.REJECTED: "✘"}
_STATUS_TINTS: dict[DraftStatus, tuple[int, int, int, int]] = {
    DraftStatus.ACCEPTED: (60, 170, 90, 45),
    DraftStatus.REJECTED: (128, 128, 128, 30),
}


class DraftList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDrafts")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)  # two lines per draft, each cut short with … when long
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setUniformItemSizes(False)
        self.setAlternatingRowColors(False)
        self.setSpacing(1)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._shown: dict[str, Draft] = {}
        self._problems: dict[str, str] = {}  # draft id -> why it cannot be saved
        self._doubted: frozenset[str] = frozenset()  # held back, shown on request

    def set_problems(self, problems: dict[str, str]) -> None:
        """Mark the drafts that cannot be saved (their rows are redrawn)."""
        changed = set(problems) ^ set(self._problems)
        self._problems = dict(problems)
        for draft_id in changed:
            self._shown.pop(draft_id, None)

    def set_doubted(self, doubted: frozenset[str]) -> None:
        """Mark the drafts the importer had held back as likely poor (rows redrawn)."""
        for draft_id in doubted ^ self._doubted:
            self._shown.pop(draft_id, None)
        self._doubted = doubted

    def _row_height(self) -> int:
        # Two lines as tall as Chinese text makes them: the fallback CJK font is usually
        # taller than the interface font the list would measure a Latin-only line with.
        layout = QTextLayout("漢字 Ag", self.font())
        layout.beginLayout()
        line = layout.createLine()
        layout.endLayout()
        return int(2 * line.height() + 8)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            height = self._row_height()
            for i in range(self.count()):
                self.item(i).setSizeHint(QSize(0, height))

    def set_drafts(self, drafts: tuple[Draft, ...]) -> None:
        """Fill the list (or update it in place when the drafts are the same ones)."""
        same = self.count() == len(drafts) and all(
            self.item(i).data(ID_ROLE) == d.id for i, d in enumerate(drafts)
        )
        if not same:
            current = self.current_id()
            self.blockSignals(True)
            self.clear()
            height = self._row_height()
            for _ in drafts:
                item = QListWidgetItem()
                item.setSizeHint(QSize(0, height))
                self.addItem(item)
            self.blockSignals(False)
            self._shown = {}
        for i, draft in enumerate(drafts):
            if self._shown.get(draft.id) != draft:  # only rows that changed are redrawn
                self._fill(self.item(i), draft)
                self._shown[draft.id] = draft
        if not same:  # filled first: selecting a row shows its draft at once
            row = next((i for i, d in enumerate(drafts) if d.id == current), -1)
            if row >= 0:
                self.setCurrentRow(row)

    def _fill(self, item: QListWidgetItem, draft: Draft) -> None:
        flags: list[str] = []
        if draft.id in self._problems:
            flags.append("⚠ " + self.tr("cannot be saved"))
        if draft.duplicates:
            flags.append(self.tr("repeats a fact"))
        if draft.disagreements:
            flags.append(self.tr("may disagree"))
        if draft.id in self._doubted:
            flags.append(self.tr("held back: likely poor"))
        second = " · ".join(
            [
                f"{_MARKS[draft.status]} {self.status_word(draft.status)}",
                draft.answer_text,
                *flags,
            ]
        )
        item.setText(f"{draft.question}\n{second}")
        item.setData(ID_ROLE, draft.id)
        item.setToolTip(
            f"{draft.plain}\n⚠ {self._problems[draft.id]}"
            if draft.id in self._problems
            else draft.plain
        )
        tint = _STATUS_TINTS.get(draft.status)
        item.setBackground(QBrush(QColor(*tint)) if tint else QBrush())
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        item.setForeground(QBrush(muted) if draft.status is DraftStatus.REJECTED else QBrush())

    def status_word(self, status: DraftStatus) -> str:
        return {
            DraftStatus.PENDING: self.tr("pending"),
            DraftStatus.ACCEPTED: self.tr("accepted"),
            DraftStatus.REJECTED: self.tr("rejected"),
        }[status]

    def forget(self) -> None:
        """Redraw every row next time (the interface language changed)."""
        self._shown = {}

    def current_id(self) -> str:
        item = self.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else ""

    def select_id(self, draft_id: str) -> None:
        for i in range(self.count()):
            if self.item(i).data(ID_ROLE) == draft_id:
                self.setCurrentRow(i)
                self.scrollToItem(self.item(i))
                return

    def step(self, delta: int) -> None:
        if self.count():
            row = min(self.count() - 1, max(0, self.currentRow() + delta))
            self.setCurrentRow(row)
