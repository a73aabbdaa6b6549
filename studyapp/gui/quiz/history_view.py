"""Every attempt with its date, setup, score and time; the best per setup starred;
a chart of scores over time."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.quiz import (
    LimitMode,
    QuizSetup,
    Selection,
    best_by_setup,
    score_series,
    summarize,
)
from studyapp.core.store import QuizAttempt
from studyapp.gui.question_words import duration_text

from .chart import ScoreChart

DeckTitle = Callable[[str], str]


class HistoryView(QWidget):
    back_requested = Signal()
    attempt_requested = Signal(int)  # open this attempt (its questions and answers)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attempts: list[QuizAttempt] = []
        self.deck_title: DeckTitle = lambda d: d
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.note = QLabel()
        self.note.setObjectName("historyNote")
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName("historyTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemActivated.connect(lambda _item: self.open_selected())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.chart = ScoreChart()
        self.chart.setObjectName("historyChart")
        self.chart_title = QLabel()
        self.back_button = QPushButton()
        self.back_button.setObjectName("historyBack")
        self.back_button.clicked.connect(self.back_requested.emit)
        self.open_button = QPushButton()
        self.open_button.setObjectName("historyOpen")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.chart_title)
        layout.addWidget(self.chart, 2)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Quiz history"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Setup"), self.tr("Score"), self.tr("Time"), self.tr("Best")]
        )
        self.chart_title.setText(self.tr("Scores over time"))
        self.chart.empty_text = self.tr("No finished quizzes yet")
        self.back_button.setText(self.tr("Back"))
        self.open_button.setText(self.tr("&Open this quiz"))
        self.open_button.setToolTip(
            self.tr("Its questions, your answers and the right ones (Enter)")
        )
        self.table.setAccessibleName(self.tr("Past quizzes, newest first"))
        self.redraw()

    def show_attempts(self, attempts: Sequence[QuizAttempt] | None, deck_title: DeckTitle) -> None:
        self.note.setText(
            self.tr("Progress is unavailable: no history to show.") if attempts is None else ""
        )
        self.attempts = list(attempts or [])
        self.deck_title = deck_title
        self.redraw()

    def selected_attempt(self) -> QuizAttempt | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.attempts):
            return None
        return self.attempts[rows[0].row()]

    def _selection_changed(self) -> None:
        self.open_button.setEnabled(self.selected_attempt() is not None)

    def open_selected(self) -> None:
        attempt = self.selected_attempt()
        if attempt is not None:
            self.attempt_requested.emit(attempt.id)

    def setup_text(self, setup: QuizSetup) -> str:
        decks = "、".join(self.deck_title(d) for d in setup.decks) or self.tr("All decks")
        if setup.topics:
            decks += " · " + self.tr("%n topic(s)", "", len(setup.topics))
        limit = {
            LimitMode.PER_QUESTION: self.tr("%1 s per question"),
            LimitMode.PER_QUIZ: self.tr("%1 s for the quiz"),
            LimitMode.NONE: self.tr("no time limit"),
        }[setup.limit].replace("%1", str(setup.seconds))
        which = {
            Selection.ALL: "",
            Selection.DUE_WEAK: self.tr("due and weak first"),
            Selection.MISTAKES: self.tr("last mistakes"),
            Selection.RETRY: self.tr("retry of mistakes"),
            Selection.CHOSEN: self.tr("chosen facts"),
        }[setup.selection]
        parts = [decks, self.tr("%n question(s)", "", setup.count), limit]
        if which:
            parts.append(which)
        return " · ".join(parts)

    def redraw(self) -> None:
        best_ids = {s.attempt.id for s in best_by_setup(self.attempts).values()}
        summaries = [summarize(a) for a in self.attempts]
        self.table.setRowCount(len(summaries))
        for row, s in enumerate(summaries):
            when = s.when.astimezone().strftime("%Y-%m-%d %H:%M")
            score = f"{s.correct} / {s.total}  ({s.percent:.0f}%)"
            if not s.finished:
                score += "  " + self.tr("(not finished)")
            cells = [
                when,
                self.setup_text(QuizSetup.from_dict(s.attempt.setup)),
                score,
                duration_text(s.time_ms),
                "★" if s.attempt.id in best_ids else "",
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, col, item)
        self.chart.set_points(score_series(self.attempts))
        self._selection_changed()
