"""A table's header row that stays in sight while its rows scroll past.

A page of HTML in a :class:`QTextBrowser` scrolls as one piece, so the header of a
long table (``<thead>``) leaves the screen with the first rows. This band sits at
the top of the browser's viewport and, while a table's body fills the top of the
view, shows that table's header cells where its columns are, in their words.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette, QPen, QTextFrame, QTextTable
from PySide6.QtWidgets import QTextBrowser, QWidget


@dataclass(frozen=True)
class HeaderCell:
    text: str
    left: float  # document coordinates
    right: float


@dataclass(frozen=True)
class TableSpan:
    top: float  # the header row's top, in document coordinates
    header_bottom: float
    bottom: float  # the table's bottom
    cells: tuple[HeaderCell, ...]


def _tables(frame: QTextFrame) -> list[QTextTable]:
    found: list[QTextTable] = []
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            found.append(child)
        found.extend(_tables(child))
    return found


class StickyHeader(QWidget):
    """Keeps the header of the tables with a ``<thead>`` in ``browser`` in sight."""

    def __init__(self, browser: QTextBrowser) -> None:
        super().__init__(browser.viewport())
        self.setObjectName("stickyHeader")
        self.browser = browser
        self._spans: list[TableSpan] | None = None
        self.current: TableSpan | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()
        browser.verticalScrollBar().valueChanged.connect(self.place)
        browser.horizontalScrollBar().valueChanged.connect(self.place)
        browser.document().contentsChanged.connect(self._forget)
        browser.document().documentLayout().documentSizeChanged.connect(self._forget)
        browser.viewport().installEventFilter(self)

    def texts(self) -> list[str]:
        """The header cells shown now ([] when the band is hidden)."""
        if self.current is None or not self.isVisible():
            return []
        return [cell.text for cell in self.current.cells]

    def _forget(self, *_args: object) -> None:
        self._spans = None
        self.place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.browser.viewport() and event.type() == QEvent.Type.Resize:
            self._forget()
        return False

    def spans(self) -> list[TableSpan]:
        if self._spans is None:
            self._spans = self._measure()
        return self._spans

    def _measure(self) -> list[TableSpan]:
        document = self.browser.document()
        layout = document.documentLayout()
        spans: list[TableSpan] = []
        for table in _tables(document.rootFrame()):
            rows = table.format().headerRowCount()
            if rows < 1 or table.rows() <= rows:
                continue
            box = layout.frameBoundingRect(table)
            padding = table.format().cellPadding()
            cells: list[HeaderCell] = []
            header_bottom = box.top()
            for column in range(table.columns()):
                cell = table.cellAt(0, column)
                first = layout.blockBoundingRect(cell.firstCursorPosition().block())
                last = layout.blockBoundingRect(cell.lastCursorPosition().block())
                text = document.toPlainText()[
                    cell.firstCursorPosition().position() : cell.lastCursorPosition().position()
                ]
                cells.append(HeaderCell(" ".join(text.split()), first.left() - padding, 0.0))
                header_bottom = max(header_bottom, last.bottom() + padding)
            bounded = [
                HeaderCell(c.text, c.left, cells[i + 1].left if i + 1 < len(cells) else box.right())
                for i, c in enumerate(cells)
            ]
            spans.append(TableSpan(box.top(), header_bottom, box.bottom(), tuple(bounded)))
        return spans

    def place(self, *_args: object) -> None:
        """Show the band over the table whose body is at the top of the view, if any."""
        top = self.browser.verticalScrollBar().value()
        shown = next(
            (s for s in self.spans() if s.header_bottom <= top + 1 and top < s.bottom - 1), None
        )
        self.current = shown
        if shown is None:
            self.hide()
            return
        height = round(shown.header_bottom - shown.top)
        self.setGeometry(0, 0, self.browser.viewport().width(), height)
        self.show()
        self.raise_()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        span = self.current
        if span is None:
            return
        painter = QPainter(self)
        pal = self.palette()
        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.AlternateBase))
        font = QFont(self.browser.font())
        font.setBold(True)
        painter.setFont(font)
        dx = self.browser.horizontalScrollBar().value()
        line = QPen(pal.color(QPalette.ColorRole.Mid), 1)
        for cell in span.cells:
            box = QRectF(cell.left - dx, 0, cell.right - cell.left, self.height())
            painter.setPen(line)
            painter.drawRect(box.adjusted(0.5, 0.5, -0.5, -0.5))
            painter.setPen(pal.color(QPalette.ColorRole.Text))
            painter.drawText(
                box.adjusted(6, 4, -6, -4),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                | int(Qt.TextFlag.TextWordWrap),
                cell.text,
            )
        painter.end()
