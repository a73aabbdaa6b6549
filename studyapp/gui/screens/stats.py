"""Stats: today's numbers, the streak, and charts of reviews per day, the due
forecast, retention per week and mastery per topic (from the store's statistics),
each with its figures as a table on a second tab."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.stats_view import (
    forecast_bars,
    retention_points,
    review_bars,
    summary,
    topic_rows,
)
from studyapp.core.store import Stats, StoreError
from studyapp.gui.context import GuiContext
from studyapp.gui.screens.base import Screen
from studyapp.gui.widgets.charts import (
    LEARNING,
    MATURE,
    NEW,
    REVIEW,
    YOUNG,
    BarChart,
    ChartTabs,
    LineChart,
    TopicBars,
)

TILES = ("today", "total", "cards", "streak", "minutes", "retention")


class StatsScreen(Screen):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.stats: Stats | None = None
        self.heading = QLabel()
        self.heading.setObjectName("screenHeading")
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.values: dict[str, QLabel] = {}
        self.names: dict[str, QLabel] = {}
        tiles = QGridLayout()
        for col, key in enumerate(TILES):
            value = QLabel("–")
            value.setObjectName("statValue")
            name = QLabel()
            name.setObjectName("statName")
            name.setWordWrap(True)
            tiles.addWidget(value, 0, col)
            tiles.addWidget(name, 1, col)
            self.values[key] = value
            self.names[key] = name
        self.reviews_chart = BarChart()
        self.forecast_chart = BarChart()
        self.retention_chart = LineChart()
        self.topics_chart = TopicBars()
        self.chart_tabs = [
            ChartTabs(chart)
            for chart in (
                self.reviews_chart,
                self.forecast_chart,
                self.retention_chart,
                self.topics_chart,
            )
        ]
        charts = QGridLayout()
        charts.setHorizontalSpacing(24)
        charts.setVerticalSpacing(18)
        charts.addWidget(self.chart_tabs[0], 0, 0)
        charts.addWidget(self.chart_tabs[1], 0, 1)
        charts.addWidget(self.chart_tabs[2], 1, 0, 1, 2)
        charts.addWidget(self.chart_tabs[3], 2, 0, 1, 2)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(tiles)
        body_layout.addSpacing(12)
        body_layout.addLayout(charts)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.scroll_area = scroll
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.notice)
        layout.addWidget(scroll, 1)
        self.focus_first(scroll)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Statistics"))
        self.scroll_area.setAccessibleName(self.tr("Statistics"))
        names = {
            "today": self.tr("reviews today"),
            "total": self.tr("reviews in all"),
            "cards": self.tr("cards studied"),
            "streak": self.tr("days in a row"),
            "minutes": self.tr("minutes today"),
            "retention": self.tr("answered correctly (12 weeks)"),
        }
        for key, label in self.names.items():
            label.setText(names[key])
        self.reviews_chart.title = self.tr("Reviews per day (30 days)")
        self.reviews_chart.legend = [
            (self.tr("New"), NEW),
            (self.tr("Learning"), LEARNING),
            (self.tr("Review"), REVIEW),
        ]
        self.reviews_chart.empty_text = self.tr("No reviews yet.")
        self.forecast_chart.title = self.tr("Due in the next 30 days")
        self.forecast_chart.legend = []
        self.forecast_chart.empty_text = self.tr("Nothing is scheduled yet.")
        self.retention_chart.title = self.tr("Retention per week (review cards not forgotten)")
        self.retention_chart.empty_text = self.tr(
            "Retention appears once cards come back for review."
        )
        self.topics_chart.title = self.tr("Mastery per topic")
        self.topics_chart.legend = [
            (self.tr("Mature"), MATURE),
            (self.tr("Young"), YOUNG),
            (self.tr("Learning"), LEARNING),
            (self.tr("New"), NEW),
        ]
        self.topics_chart.empty_text = self.tr("No cards yet.")
        self.reviews_chart.row_header = self.tr("Day")
        self.forecast_chart.row_header = self.tr("Day")
        self.forecast_chart.value_header = self.tr("Cards due")
        self.retention_chart.row_header = self.tr("Week of")
        self.retention_chart.value_header = self.tr("Retention")
        self.retention_chart.count_header = self.tr("Answers")
        self.topics_chart.row_header = self.tr("Topic")
        for tabs in self.chart_tabs:
            tabs.retranslate(self.tr("Chart"), self.tr("Table"))
        for key, value in self.values.items():
            value.setAccessibleName(self.names[key].text())
        self._show()

    def refresh(self) -> None:
        store = self.ctx.store
        self.stats = None
        if store is not None:
            try:
                self.stats = store.stats()
            except StoreError:
                self.stats = None
        self._show()

    def _show(self) -> None:
        stats = self.stats
        self.notice.setVisible(self.ctx.store is None)
        self.notice.setText(self.ctx.store_problem)
        for chart in (
            self.reviews_chart,
            self.forecast_chart,
            self.retention_chart,
            self.topics_chart,
        ):
            chart.update()
        if stats is None:
            for value in self.values.values():
                value.setText("–")
            self.reviews_chart.set_bars([], [])
            self.forecast_chart.set_bars([], [])
            self.retention_chart.set_points([])
            self.topics_chart.set_rows([])
            return
        s = summary(stats)
        self.values["today"].setText(str(s.reviews_today))
        self.values["total"].setText(str(s.reviews_total))
        self.values["cards"].setText(str(s.cards_studied))
        self.values["streak"].setText(str(s.streak_days))
        self.values["minutes"].setText(str(s.minutes_today))
        self.values["retention"].setText(
            f"{round(s.retention * 100)}%" if s.retention is not None else "–"
        )
        self.reviews_chart.set_bars(review_bars(stats), [NEW, LEARNING, REVIEW])
        self.forecast_chart.set_bars(forecast_bars(stats), [REVIEW])
        target = self.ctx.store.settings.desired_retention if self.ctx.store else None
        self.retention_chart.set_points(retention_points(stats), target)
        views = [self.ctx.view(d) for d in self.ctx.library.decks]
        self.topics_chart.set_rows(topic_rows(stats.mastery, views))
