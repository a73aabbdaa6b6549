"""A line chart of quiz scores over time, drawn with QPainter (no QtCharts)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

LINE = QColor("#3b82f6")


class ScoreChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[tuple[datetime, float]] = []
        self.empty_text = ""
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(480, 200)

    def set_points(self, points: list[tuple[datetime, float]]) -> None:
        self.points = points
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(pal.ColorRole.WindowText)
        grid = QColor(text)
        grid.setAlpha(40)
        fm = p.fontMetrics()
        left = fm.horizontalAdvance("100%") + 10
        plot = QRectF(left, 8, self.width() - left - 12, self.height() - fm.height() - 20)
        p.setPen(QPen(grid, 1))
        for level in (0, 25, 50, 75, 100):
            y = plot.bottom() - plot.height() * level / 100
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(text)
            p.drawText(
                QRectF(0, y - fm.height() / 2, left - 6, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{level}%",
            )
            p.setPen(QPen(grid, 1))
        if not self.points:
            p.setPen(text)
            p.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            p.end()
            return
        n = len(self.points)
        step = plot.width() / max(1, n - 1)

        def at(i: int, pct: float) -> QPointF:
            x = plot.left() + (step * i if n > 1 else plot.width() / 2)
            return QPointF(x, plot.bottom() - plot.height() * pct / 100)

        path = QPainterPath(at(0, self.points[0][1]))
        for i, (_when, pct) in enumerate(self.points[1:], 1):
            path.lineTo(at(i, pct))
        p.setPen(QPen(LINE, 2))
        p.drawPath(path)
        p.setBrush(LINE)
        for i, (_when, pct) in enumerate(self.points):
            p.drawEllipse(at(i, pct), 3.5, 3.5)
        p.setPen(text)
        for i in sorted({0, n - 1}):
            label = self.points[i][0].astimezone().strftime("%m-%d")
            pt = at(i, 0)
            w = fm.horizontalAdvance(label)
            x = min(max(pt.x() - w / 2, plot.left()), plot.right() - w)
            p.drawText(QPointF(x, plot.bottom() + fm.ascent() + 6), label)
        p.end()
