"""The article as plain text, its draft sentences tinted by status.

The text is set with ``setPlainText``: an article's HTML or Markdown is never
rendered, so nothing in it can load, link or run. Draft sentences are marked
with extra selections (not by editing the document), the current one more
strongly; clicking a marked sentence asks for its draft.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from studyapp.core.importer.drafts import Draft, DraftStatus

_TINTS: dict[DraftStatus, tuple[int, int, int, int]] = {
    DraftStatus.PENDING: (240, 190, 40, 70),
    DraftStatus.ACCEPTED: (60, 170, 90, 80),
    DraftStatus.REJECTED: (128, 128, 128, 45),
}


class Offsets:
    """Python string indices <-> Qt document positions (UTF-16 code units)."""

    def __init__(self, text: str) -> None:
        # positions where a character outside the BMP takes two units in Qt
        self._wide = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        self._wide_qt = [i + n for n, i in enumerate(self._wide)]

    def to_qt(self, index: int) -> int:
        return index + bisect_right(self._wide, index - 1)

    def from_qt(self, position: int) -> int:
        return position - bisect_right(self._wide_qt, position - 2)


class ArticleView(QTextBrowser):
    sentence_clicked = Signal(str)  # the draft id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importArticle")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self._offsets = Offsets("")
        self._drafts: tuple[Draft, ...] = ()
        self._current = ""
        self._marks: dict[tuple[str, DraftStatus], QTextEdit.ExtraSelection] = {}
        self._hint = ""

    def set_hint(self, text: str) -> None:
        """What the empty view says (wrapped to its width, unlike Qt's placeholder)."""
        self._hint = text
        self.viewport().update()

    def hint(self) -> str:
        return self._hint

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._hint or not self.document().isEmpty():
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        margin = int(self.document().documentMargin())
        area = self.viewport().rect().adjusted(margin, margin, -margin, -margin)
        painter.drawText(area, int(Qt.TextFlag.TextWordWrap), self._hint)
        painter.end()

    def set_text(self, text: str) -> None:
        self._offsets = Offsets(text)
        self._drafts = ()
        self._current = ""
        self._marks = {}
        self.setPlainText(text)
        self.setExtraSelections([])

    def set_drafts(self, drafts: Iterable[Draft], current: str = "") -> None:
        self._drafts = tuple(drafts)
        self._current = current
        self._paint()

    def _paint(self) -> None:
        # One extra selection per draft, rebuilt only when its status changed: an
        # article may have hundreds of drafts and every decision repaints.
        marks: list[QTextEdit.ExtraSelection] = []
        current: Draft | None = None
        cache: dict[tuple[str, DraftStatus], QTextEdit.ExtraSelection] = {}
        for draft in self._drafts:
            key = (draft.id, draft.status)
            mark = self._marks.get(key)
            if mark is None:
                fmt = QTextCharFormat()
                fmt.setBackground(QColor(*_TINTS[draft.status]))
                if draft.status is DraftStatus.REJECTED:
                    fmt.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
                mark = self._mark(draft, fmt)
            cache[key] = mark
            marks.append(mark)
            if draft.id == self._current:
                current = draft
        self._marks = cache
        if current is not None:
            fmt = QTextCharFormat()
            highlight = QColor(self.palette().color(QPalette.ColorRole.Highlight))
            highlight.setAlpha(90)
            fmt.setBackground(highlight)
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(self.palette().color(QPalette.ColorRole.Highlight))
            marks.append(self._mark(current, fmt))
        self.setExtraSelections(marks)

    def _mark(self, draft: Draft, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        selection.cursor = self._cursor(draft)
        selection.format = fmt
        return selection

    def _cursor(self, draft: Draft) -> QTextCursor:
        cursor = QTextCursor(self.document())
        end = min(self._offsets.to_qt(draft.end), self.document().characterCount() - 1)
        cursor.setPosition(min(self._offsets.to_qt(draft.start), end))
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def show_draft(self, draft: Draft, drafts: Iterable[Draft] | None = None) -> None:
        """Mark ``draft`` as the current one and scroll its sentence into view."""
        if drafts is not None:
            self._drafts = tuple(drafts)
        self._current = draft.id
        self._paint()
        cursor = self._cursor(draft)
        start = QTextCursor(cursor)
        start.setPosition(cursor.selectionStart())
        end = QTextCursor(cursor)
        end.setPosition(cursor.selectionEnd())
        top, bottom = self.cursorRect(start).top(), self.cursorRect(end).bottom()
        height = self.viewport().height()
        if top < 0 or bottom > height:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + top - height // 3)

    def draft_at(self, position: int) -> Draft | None:
        offset = self._offsets.from_qt(position)
        return next((d for d in self._drafts if d.start <= offset < d.end), None)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        draft = self.draft_at(self.cursorForPosition(event.position().toPoint()).position())
        if draft is not None:
            self.sentence_clicked.emit(draft.id)
