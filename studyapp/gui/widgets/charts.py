"""Small charts painted with QPainter (PySide6-Essentials has no QtCharts).

They take the plain values of :mod:`studyapp.core.stats_view` and follow the
palette, so they work in the light and the dark theme. Each can give its figures
as rows (:meth:`Chart.table`); :class:`ChartTabs` shows a chart and, on a second
tab, the same figures as a table, for a screen reader or anyone who wants the
numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.stats_view import Bar, Point, TopicRow, nice_ceiling

if TYPE_CHECKING:  # the store's simulator loads only when the workload view is shown
    from studyapp.core.store.workload import WorkloadPoint

NEW = QColor("#4a89dc")
LEARNING = QColor("#e0803c")
REVIEW = QColor("#3aa65c")
YOUNG = QColor("#9fd3a8")
MATURE = QColor("#2e8b4a")


def _text_color(widget: QWidget, alpha: int = 255) -> QColor:
    color = QColor(widget.palette().color(QPalette.ColorRole.WindowText))
    color.setAlpha(alpha)
    return color


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


Table = tuple[list[str], list[list[str]]]  # the column headers, then the rows


class Chart(QWidget):
    """Common parts: a title drawn by the widget, an empty-state message, a legend."""

    changed = Signal()  # new figures: the table alternative follows

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.empty_text = ""
        self.legend: list[tuple[str, QColor]] = []
        #: the table's first column (the day, week or topic of each row) and, for a
        #: chart of one series, what its values are
        self.row_header = ""
        self.value_header = ""
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def table(self) -> Table:
        """The figures the chart draws, as a table."""
        return [self.row_header], []

    def sizeHint(self) -> QSize:
        return QSize(420, 220)

    def _frame(self, p: QPainter) -> QRectF:
        """Draw the title and legend; return the plotting area."""
        fm = QFontMetrics(self.font())
        top = 4.0
        title_font = self.font()
        title_font.setBold(True)
        p.setFont(title_font)
        p.setPen(_text_color(self))
        p.drawText(
            QRectF(0, top, self.width(), fm.height() + 4), Qt.AlignmentFlag.AlignLeft, self.title
        )
        p.setFont(self.font())
        x = float(self.width())
        for name, color in reversed(self.legend):
            w = fm.horizontalAdvance(name)
            x -= w + 8
            p.setPen(_text_color(self, 200))
            p.drawText(QPointF(x, top + fm.ascent() + 2), name)
            x -= 14
            p.fillRect(QRectF(x, top + 4, 10, 10), color)
            x -= 6
        return QRectF(0, top + fm.height() + 10, self.width(), self.height() - fm.height() - 14)

    def _x_label(self, p: QPainter, fm: QFontMetrics, center: float, top: float, text: str) -> None:
        """A label under the axis, centred on ``center`` but kept inside the widget."""
        w = fm.horizontalAdvance(text) + 2
        left = min(max(0.0, center - w / 2), self.width() - w)
        p.setPen(_text_color(self, 160))
        p.drawText(QRectF(left, top, w, fm.height()), Qt.AlignmentFlag.AlignHCenter, text)

    def _empty(self, p: QPainter, area: QRectF) -> None:
        p.setPen(_text_color(self, 140))
        p.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)


class BarChart(Chart):
    """Stacked bars over days, with a value axis and every few day labels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.colors: list[QColor] = [REVIEW]

    def set_bars(self, bars: Sequence[Bar], colors: Sequence[QColor]) -> None:
        self.bars = list(bars)
        self.colors = list(colors)
        self.update()
        self.changed.emit()

    def table(self) -> Table:
        series = [name for name, _c in self.legend] or [self.value_header]
        headers = [self.row_header, *series]
        rows = [[bar.label, *(str(v) for v in bar.layers[: len(series)])] for bar in self.bars]
        return headers, rows

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self._frame(p)
        top_value = max((b.total for b in self.bars), default=0)
        if not self.bars or top_value == 0:
            self._empty(p, area)
            p.end()
            return
        fm = QFontMetrics(self.font())
        axis_top, step = nice_ceiling(top_value)
        left = fm.horizontalAdvance(_fmt(axis_top)) + 8
        plot = QRectF(
            area.left() + left,
            area.top() + 4,
            area.width() - left - 4,
            area.height() - fm.height() - 10,
        )
        grid = QPen(_text_color(self, 40))
        v = 0.0
        while v <= axis_top + 1e-9:
            y = plot.bottom() - plot.height() * v / axis_top
            p.setPen(grid)
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(_text_color(self, 160))
            p.drawText(
                QRectF(0, y - fm.height() / 2, left - 6, fm.height()),
                Qt.AlignmentFlag.AlignRight,
                _fmt(v),
            )
            v += step
        n = len(self.bars)
        slot = plot.width() / n
        width = max(2.0, slot * 0.7)
        label_every = max(1, round(n / max(1, plot.width() / (fm.horizontalAdvance("12/31") + 10))))
        for i, bar in enumerate(self.bars):
            x = plot.left() + i * slot + (slot - width) / 2
            y = plot.bottom()
            for value, color in zip(bar.layers, self.colors, strict=False):
                h = plot.height() * value / axis_top
                if h > 0:
                    p.fillRect(QRectF(x, y - h, width, h), color)
                y -= h
            if i % label_every == 0:
                self._x_label(p, fm, plot.left() + (i + 0.5) * slot, plot.bottom() + 4, bar.label)
        p.end()


class LineChart(Chart):
    """A value from 0 to 100 % per period; gaps where nothing was measured."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[Point] = []
        self.color = QColor("#c4552d")
        self.target: float | None = None
        self.count_header = ""

    def set_points(self, points: Sequence[Point], target: float | None = None) -> None:
        self.points = list(points)
        self.target = target
        self.update()
        self.changed.emit()

    def table(self) -> Table:
        rows = [
            [pt.label, f"{round(pt.value * 100)}%" if pt.value is not None else "–", str(pt.count)]
            for pt in self.points
        ]
        return [self.row_header, self.value_header, self.count_header], rows

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self._frame(p)
        if not any(pt.value is not None for pt in self.points):
            self._empty(p, area)
            p.end()
            return
        fm = QFontMetrics(self.font())
        left = fm.horizontalAdvance("100%") + 8
        plot = QRectF(
            area.left() + left,
            area.top() + 4,
            area.width() - left - 8,
            area.height() - fm.height() - 10,
        )
        for pct in (0, 25, 50, 75, 100):
            y = plot.bottom() - plot.height() * pct / 100
            p.setPen(QPen(_text_color(self, 40)))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(_text_color(self, 160))
            p.drawText(
                QRectF(0, y - fm.height() / 2, left - 6, fm.height()),
                Qt.AlignmentFlag.AlignRight,
                f"{pct}%",
            )
        if self.target is not None:
            y = plot.bottom() - plot.height() * self.target
            pen = QPen(_text_color(self, 120))
            pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        n = len(self.points)
        slot = plot.width() / max(1, n - 1) if n > 1 else plot.width()
        pen = QPen(self.color, 2.5)
        previous: QPointF | None = None
        label_every = max(1, round(n / max(1, plot.width() / (fm.horizontalAdvance("12/31") + 12))))
        for i, pt in enumerate(self.points):
            x = plot.left() + (i * slot if n > 1 else plot.width() / 2)
            if i % label_every == 0:
                self._x_label(p, fm, x, plot.bottom() + 4, pt.label)
            if pt.value is None:
                previous = None
                continue
            here = QPointF(x, plot.bottom() - plot.height() * pt.value)
            p.setPen(pen)
            if previous is not None:
                p.drawLine(previous, here)
            p.setBrush(self.color)
            p.drawEllipse(here, 3.5, 3.5)
            previous = here
        p.end()


class TopicBars(Chart):
    """One horizontal bar per topic: mature, young, learning and new cards."""

    ROW = 22

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[TopicRow] = []
        self.colors = [MATURE, YOUNG, LEARNING, NEW]

    def set_rows(self, rows: Sequence[TopicRow]) -> None:
        self.rows = list(rows)
        self.setMinimumHeight(60 + self.ROW * max(3, len(self.rows)))
        self.updateGeometry()
        self.update()
        self.changed.emit()

    def table(self) -> Table:
        headers = [self.row_header, *(name for name, _c in self.legend)]
        rows = [[row.title, *(str(v) for v in row.layers)] for row in self.rows]
        return headers, rows

    def sizeHint(self) -> QSize:
        return QSize(420, 60 + self.ROW * max(3, len(self.rows)))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self._frame(p)
        if not self.rows:
            self._empty(p, area)
            p.end()
            return
        fm = QFontMetrics(self.font())
        label_w = min(
            area.width() * 0.4, max(fm.horizontalAdvance(r.title) for r in self.rows) + 12
        )
        count_w = fm.horizontalAdvance("100% · 999") + 12
        bar_left = area.left() + label_w
        bar_w = max(10.0, area.width() - label_w - count_w)
        for i, row in enumerate(self.rows):
            y = area.top() + i * self.ROW
            p.setPen(_text_color(self))
            title = fm.elidedText(row.title, Qt.TextElideMode.ElideRight, int(label_w - 10))
            p.drawText(
                QRectF(area.left(), y, label_w - 10, self.ROW),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                title,
            )
            x = bar_left
            track = _text_color(self, 25)
            p.fillRect(QRectF(bar_left, y + 4, bar_w, self.ROW - 8), track)
            for value, color in zip(row.layers, self.colors, strict=False):
                w = bar_w * value / row.cards if row.cards else 0
                if w > 0:
                    p.fillRect(QRectF(x, y + 4, w, self.ROW - 8), color)
                x += w
            share = round(100 * row.mature / row.cards) if row.cards else 0
            p.setPen(_text_color(self, 170))
            p.drawText(
                QRectF(bar_left + bar_w + 6, y, count_w, self.ROW),
                Qt.AlignmentFlag.AlignVCenter,
                f"{share}% · {row.cards}",
            )
        p.end()


class WorkloadChart(Chart):
    """Reviews a day (left axis) and cards remembered (right axis, share of the deck)
    over desired retention, with the chosen retention marked by a dashed line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[WorkloadPoint] = []
        self.cards = 0
        self.chosen: float | None = None
        self.reviews_color = QColor("#2f6fdf")
        self.remembered_color = MATURE
        self.chosen_text = ""  # drawn next to the marker, e.g. "0.90 (chosen)"

    def sizeHint(self) -> QSize:
        return QSize(460, 240)

    def set_points(self, points: Sequence[WorkloadPoint], cards: int, chosen: float | None) -> None:
        self.points = list(points)
        self.cards = cards
        self.chosen = chosen
        self.update()

    def set_chosen(self, chosen: float | None) -> None:
        self.chosen = chosen
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self._frame(p)
        if len(self.points) < 2:
            self._empty(p, area)
            p.end()
            return
        fm = QFontMetrics(self.font())
        top_reviews, step = nice_ceiling(max(pt.reviews_per_day for pt in self.points))
        left = fm.horizontalAdvance(_fmt(top_reviews)) + 10
        right = fm.horizontalAdvance("100%") + 10
        plot = QRectF(
            area.left() + left,
            area.top() + 4,
            area.width() - left - right,
            area.height() - fm.height() - 10,
        )
        lo, hi = self.points[0].retention, self.points[-1].retention

        def x_of(retention: float) -> float:
            return plot.left() + plot.width() * (retention - lo) / (hi - lo)

        ticks = round(top_reviews / step)
        for k in range(ticks + 1):
            y = plot.bottom() - plot.height() * k / ticks
            p.setPen(QPen(_text_color(self, 40)))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(self.reviews_color)
            p.drawText(
                QRectF(0, y - fm.height() / 2, left - 6, fm.height()),
                Qt.AlignmentFlag.AlignRight,
                _fmt(step * k),
            )
            p.setPen(self.remembered_color)
            p.drawText(
                QRectF(plot.right() + 6, y - fm.height() / 2, right - 6, fm.height()),
                Qt.AlignmentFlag.AlignLeft,
                f"{round(100 * k / ticks)}%",
            )
        for pct in range(70, 100, 5):
            self._x_label(p, fm, x_of(pct / 100), plot.bottom() + 4, f"0.{pct}")
        series = (
            (self.reviews_color, [pt.reviews_per_day / top_reviews for pt in self.points]),
            (
                self.remembered_color,
                [pt.remembered / self.cards if self.cards else 0.0 for pt in self.points],
            ),
        )
        for color, values in series:
            p.setPen(QPen(color, 2.5))
            previous: QPointF | None = None
            for pt, value in zip(self.points, values, strict=True):
                here = QPointF(x_of(pt.retention), plot.bottom() - plot.height() * value)
                if previous is not None:
                    p.drawLine(previous, here)
                previous = here
        if self.chosen is not None and lo <= self.chosen <= hi:
            x = x_of(self.chosen)
            pen = QPen(_text_color(self, 200), 1.5)
            pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            if self.chosen_text:
                w = fm.horizontalAdvance(self.chosen_text) + 8
                tx = x + 4 if x + w < plot.right() else x - w
                p.setPen(_text_color(self))
                p.drawText(QRectF(tx, plot.top(), w, fm.height()), self.chosen_text)
        p.end()


class ChartTabs(QTabWidget):
    """A chart, and on a second tab the same figures as a table (named by the chart's
    title, so a screen reader says what it is)."""

    def __init__(self, chart: Chart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.figures = QTableWidget(0, 1)
        self.figures.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.figures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figures.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.figures.verticalHeader().hide()
        self.figures.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.figures.setMinimumHeight(160)
        self.caption = QLabel()  # the title the chart draws itself
        bold = self.caption.font()
        bold.setBold(True)
        self.caption.setFont(bold)
        table_page = QWidget()
        page_layout = QVBoxLayout(table_page)
        page_layout.setContentsMargins(4, 4, 4, 4)
        page_layout.addWidget(self.caption)
        page_layout.addWidget(self.figures, 1)
        self.addTab(chart, "")
        self.addTab(table_page, "")
        chart.changed.connect(self.fill)

    def retranslate(self, chart_word: str, table_word: str) -> None:
        self.setTabText(0, chart_word)
        self.setTabText(1, table_word)
        self.chart.setAccessibleName(self.chart.title)
        self.caption.setText(self.chart.title)
        self.figures.setAccessibleName(f"{self.chart.title} — {table_word}")
        self.setAccessibleName(self.chart.title)
        self.fill()

    def fill(self) -> None:
        headers, rows = self.chart.table()
        self.figures.setColumnCount(len(headers))
        self.figures.setHorizontalHeaderLabels(headers)
        self.figures.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.figures.setItem(r, c, item)
