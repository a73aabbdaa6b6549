"""A deck's options: new cards per day, maximum reviews per day, desired
retention and the order of new cards; and "help me decide", what each desired
retention would cost in reviews a day and keep in cards remembered (a chart and
the same figures as a table), simulated in the background.

A deck that was never given options follows the defaults in Settings; pressing
OK without changing anything leaves it so. "Use the defaults" makes it follow
them again. The options live in the progress store with the reader's history.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.store import DeckLimits, DeckOptions, NewOrder, StoreError, Workload
from studyapp.core.store.workload import table
from studyapp.gui.context import GuiContext
from studyapp.gui.error_text import error_text
from studyapp.gui.widgets.charts import WorkloadChart
from studyapp.gui.widgets.retention import RetentionSpin
from studyapp.gui.worker import Task, TaskCancelled


class WorkloadView(QWidget):
    """The "help me decide" panel: a button, then the chart and the table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workload: Workload | None = None
        self.chosen: float | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.run_button = QPushButton()
        self.run_button.setObjectName("simulateButton")
        self.progress = QProgressBar()
        self.progress.setObjectName("simulateProgress")
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("workloadStatus")
        self.status.setWordWrap(True)
        self.chart = WorkloadChart()
        self.chart.setObjectName("workloadChart")
        self.table = QTableWidget(0, 4)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName("workloadTable")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("workloadTabs")
        self.tabs.addTab(self.chart, "")
        self.tabs.addTab(self.table, "")
        self.tabs.hide()
        row = QHBoxLayout()
        row.addWidget(self.run_button)
        row.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "How many reviews a day each desired retention would cost, and how many "
                "cards you would remember after a year: fsrs-rs's simulator plays a year of "
                "this deck, from new, with your own FSRS parameters and the limits above."
            )
        )
        self.run_button.setText(
            self.tr("&Help me decide") if self.workload is None else self.tr("Simulate a&gain")
        )
        self.tabs.setTabText(0, self.tr("Chart"))
        self.tabs.setTabText(1, self.tr("Table"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Desired retention"),
                self.tr("Reviews a day"),
                self.tr("Minutes a day"),
                self.tr("Cards remembered"),
            ]
        )
        self.chart.empty_text = self.tr("Nothing simulated yet.")
        self.chart.legend = [
            (self.tr("Reviews a day (left)"), self.chart.reviews_color),
            (self.tr("Cards remembered (right)"), self.chart.remembered_color),
        ]
        self._fill()

    def show_workload(self, workload: Workload) -> None:
        self.workload = workload
        self.tabs.show()
        self.status.setText("")
        self.retranslate()

    def set_chosen(self, retention: float) -> None:
        self.chosen = retention
        self._fill()

    def _fill(self) -> None:
        workload = self.workload
        if workload is None:
            return
        chosen = self.chosen if self.chosen is not None else workload.chosen
        self.chart.set_points(workload.points, workload.cards, chosen)
        point = workload.point(chosen)
        self.chart.chosen_text = (
            self.tr("{retention}: {reviews} a day").format(
                retention=f"{chosen:.2f}", reviews=f"{point.reviews_per_day:.0f}"
            )
            if point is not None
            else f"{chosen:.2f}"
        )
        rows = table(workload, (0.70, 0.75, 0.80, 0.85, 0.90, 0.95, 0.97, chosen))
        self.table.setRowCount(len(rows))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for r, p in enumerate(rows):
            marked = abs(p.retention - chosen) < 1e-9
            texts = [
                f"{p.retention:.2f}" + ("  ◀ " + self.tr("chosen") if marked else ""),
                f"{p.reviews_per_day:.1f}",
                f"{p.minutes_per_day:.0f}",
                self.tr("{n} of {cards}").format(n=f"{p.remembered:.0f}", cards=workload.cards),
            ]
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if marked:
                    item.setFont(bold)
                self.table.setItem(r, c, item)


class DeckOptionsDialog(QDialog):
    def __init__(self, ctx: GuiContext, deck_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.deck_id = deck_id
        self.setObjectName("deckOptionsDialog")
        self.task: Task | None = None
        store = ctx.store
        self.editable = store is not None and not store.readonly
        self.limits = store.deck_limits(deck_id) if store is not None else None
        self._defaults_pressed = False
        self._changed = False

        self.new_per_day = QSpinBox()
        self.new_per_day.setObjectName("deckNewPerDay")
        self.new_per_day.setRange(0, 9999)
        self.reviews_per_day = QSpinBox()
        self.reviews_per_day.setObjectName("deckReviewsPerDay")
        self.reviews_per_day.setRange(0, 9999)
        self.retention = RetentionSpin()
        self.retention.setObjectName("deckRetention")
        self.order = QComboBox()
        self.order.setObjectName("deckNewOrder")
        self.follows = QLabel()
        self.follows.setObjectName("deckFollows")
        self.follows.setWordWrap(True)
        self.defaults_button = QPushButton()
        self.defaults_button.setObjectName("deckUseDefaults")
        self.defaults_button.clicked.connect(self.use_defaults)

        self.options_box = QGroupBox()
        form = QFormLayout(self.options_box)
        self.new_label = QLabel()
        self.reviews_label = QLabel()
        self.retention_label = QLabel()
        self.order_label = QLabel()
        for label, field in (
            (self.new_label, self.new_per_day),
            (self.reviews_label, self.reviews_per_day),
            (self.retention_label, self.retention),
            (self.order_label, self.order),
        ):
            label.setBuddy(field)
            form.addRow(label, field)
            field.setEnabled(self.editable)
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follows, 1)
        follow_row.addWidget(self.defaults_button)
        form.addRow(follow_row)

        self.decide_box = QGroupBox()
        self.workload_view = WorkloadView()
        self.workload_view.run_button.clicked.connect(self.simulate)
        self.workload_view.run_button.setEnabled(store is not None)
        decide = QVBoxLayout(self.decide_box)
        decide.addWidget(self.workload_view)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(self.editable)
        self.error = QLabel()
        self.error.setObjectName("deckOptionsError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.options_box)
        layout.addWidget(self.decide_box, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()
        if self.limits is not None:
            self._show_limits(self.limits)
        for spin in (self.new_per_day, self.reviews_per_day):
            spin.valueChanged.connect(self._edited)
        self.retention.valueChanged.connect(self._edited)
        self.retention.valueChanged.connect(
            lambda value: self.workload_view.set_chosen(round(value, 2))
        )
        self.order.currentIndexChanged.connect(self._edited)
        self._update_follows()

    # -- text ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Options: {deck}").format(deck=self.ctx.deck_title(self.deck_id))
        )
        self.options_box.setTitle(self.tr("This deck, each day"))
        self.decide_box.setTitle(self.tr("Help me decide: workload and retention"))
        self.new_label.setText(self.tr("&New cards per day:"))
        self.reviews_label.setText(self.tr("&Maximum reviews per day:"))
        self.retention_label.setText(self.tr("Desired &retention:"))
        self.retention.retranslate()
        self.order_label.setText(self.tr("New-card &order:"))
        current = self.order.currentData()
        self.order.blockSignals(True)
        self.order.clear()
        for value, text in (
            (NewOrder.DECK, self.tr("Deck order")),
            (NewOrder.TOPIC, self.tr("One topic at a time")),
            (NewOrder.RANDOM, self.tr("Random")),
        ):
            self.order.addItem(text, value.value)
        if current is not None:
            self.order.setCurrentIndex(max(0, self.order.findData(current)))
        self.order.blockSignals(False)
        self.defaults_button.setText(self.tr("Use the &defaults"))
        self._update_follows()

    def _update_follows(self) -> None:
        if self.ctx.store is None:
            self.follows.setText(self.ctx.store_problem)
        elif self._follows_defaults():
            self.follows.setText(self.tr("This deck follows the defaults in Settings."))
        else:
            self.follows.setText(self.tr("This deck has options of its own."))
        self.defaults_button.setEnabled(self.editable and not self._follows_defaults())

    def _follows_defaults(self) -> bool:
        if self._defaults_pressed:
            return True
        return not self._changed and self.limits is not None and not self.limits.own

    # -- values -------------------------------------------------------------------------
    def _show_limits(self, limits: DeckLimits) -> None:
        for widget in (self.new_per_day, self.reviews_per_day, self.retention, self.order):
            widget.blockSignals(True)
        self.new_per_day.setValue(limits.new_per_day)
        self.reviews_per_day.setValue(limits.reviews_per_day)
        self.retention.setValue(limits.desired_retention)
        self.order.setCurrentIndex(max(0, self.order.findData(limits.new_order.value)))
        for widget in (self.new_per_day, self.reviews_per_day, self.retention, self.order):
            widget.blockSignals(False)
        self.workload_view.set_chosen(round(limits.desired_retention, 2))

    def _edited(self, *_: object) -> None:
        self._changed = True
        self._defaults_pressed = False
        self._update_follows()

    def use_defaults(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        self._show_limits(DeckLimits.resolve(None, store.settings))
        self._changed = False
        self._defaults_pressed = True
        self._update_follows()

    def options(self) -> DeckOptions:
        """What OK stores: nothing of its own while the deck follows the defaults."""
        if self._follows_defaults():
            return DeckOptions()
        return DeckOptions(
            new_per_day=self.new_per_day.value(),
            reviews_per_day=self.reviews_per_day.value(),
            desired_retention=round(self.retention.value(), 2),
            new_order=NewOrder(str(self.order.currentData())),  # Qt hands back the str value
        )

    def accept(self) -> None:
        store = self.ctx.store
        if store is not None and self.editable and (self._changed or self._defaults_pressed):
            try:
                store.set_deck_options(self.deck_id, self.options())
            except StoreError as exc:
                self.error.setText(error_text(exc))
                self.error.show()
                return
            self.ctx.notify_progress()
        super().accept()

    # -- help me decide -------------------------------------------------------------------
    def simulate(self) -> None:
        store = self.ctx.store
        if store is None or self.task is not None:
            return
        job = dataclasses.replace(
            store.workload_job([self.deck_id]),
            new_per_day=self.new_per_day.value(),
            reviews_per_day=self.reviews_per_day.value(),
            chosen=round(self.retention.value(), 2),
        )
        view = self.workload_view
        view.run_button.setEnabled(False)
        view.progress.setRange(0, 0)
        view.progress.show()
        view.status.setText(self.tr("Simulating a year of %n card(s)…", "", job.cards))
        self.task = self.ctx.tasks.start(
            "workload",
            job,
            on_progress=self._progress,
            on_success=self._simulated,
            on_failure=self._failed,
            on_finished=self._done,
        )

    def _progress(self, done: int, total: int) -> None:
        self.workload_view.progress.setRange(0, total)
        self.workload_view.progress.setValue(done)

    def _simulated(self, workload: Workload) -> None:
        self.workload_view.chosen = round(self.retention.value(), 2)
        self.workload_view.show_workload(workload)

    def _failed(self, exc: object) -> None:
        if isinstance(exc, TaskCancelled):
            return
        reason = error_text(exc) if isinstance(exc, BaseException) else str(exc)
        self.workload_view.status.setText(
            self.tr("The simulation failed: {reason}").format(reason=reason)
        )

    def _done(self) -> None:
        self.task = None
        self.workload_view.progress.hide()
        self.workload_view.run_button.setEnabled(self.ctx.store is not None)

    def done(self, result: int) -> None:
        if self.task is not None:
            self.task.cancel()
        super().done(result)
