"""The results: score and percentage, time used, accuracy per type and per topic,
and every question with the reader's answer, the right one, the explanation and
its source; then "retry my mistakes" and "add my mistakes to review"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.quiz import Accuracy, QuizResults
from studyapp.gui.question_words import duration_text, type_name

from .feedback import actions_html, esc, item_html
from .run_view import can_overrule

TopicTitle = Callable[[str, str], str]  # (deck id, topic id) -> title in the current script


def _row(name: str, acc: Accuracy) -> str:
    return (
        f"<tr><td>{esc(name)}</td><td align='right'>&nbsp;&nbsp;{acc.correct} / {acc.total}</td>"
        f"<td align='right'>&nbsp;&nbsp;{acc.percent:.0f}%</td></tr>"
    )


class ResultsView(QWidget):
    article_requested = Signal(str, str)  # (deck id, fact id): Show in article
    retry_requested = Signal()
    review_requested = Signal()
    new_quiz_requested = Signal()
    history_requested = Signal()
    overrule_requested = Signal(int)  # "I was right" on the item at this index
    report_requested = Signal(int)  # "Report this question" on the item at this index

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.results: QuizResults | None = None
        self.topic_title: TopicTitle = lambda _d, t: t
        #: Whether a fact has a place in an article (then its item offers Show in article).
        self.located: Callable[[str, str], bool] = lambda _deck, _fact: False
        self.headline = QLabel()
        self.headline.setObjectName("resultsScore")
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.headline.setFont(font)
        self.summary = QLabel()
        self.summary.setObjectName("resultsSummary")
        self.summary.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("resultsStatus")
        self.status.setWordWrap(True)
        self.breakdown = QLabel()
        self.breakdown.setObjectName("resultsBreakdown")
        self.breakdown.setTextFormat(Qt.TextFormat.RichText)
        self.breakdown.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.details = QTextBrowser()
        self.details.setObjectName("resultsDetails")
        self.details.setOpenLinks(False)
        self.details.anchorClicked.connect(self._link)
        self.reported: set[int] = set()  # items reported (their link is gone)
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("retryMistakes")
        self.retry_button.clicked.connect(self.retry_requested.emit)
        self.review_button = QPushButton()
        self.review_button.setObjectName("mistakesToReview")
        self.review_button.clicked.connect(self.review_requested.emit)
        self.new_button = QPushButton()
        self.new_button.setObjectName("newQuiz")
        self.new_button.clicked.connect(self.new_quiz_requested.emit)
        self.history_button = QPushButton()
        self.history_button.setObjectName("resultsHistory")
        self.history_button.clicked.connect(self.history_requested.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.review_button)
        buttons.addStretch(1)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.new_button)
        self.breakdown.setContentsMargins(8, 4, 8, 4)
        breakdown_scroll = QScrollArea()
        breakdown_scroll.setWidgetResizable(True)
        breakdown_scroll.setFrameShape(QFrame.Shape.NoFrame)
        breakdown_scroll.setWidget(self.breakdown)
        breakdown_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.breakdown_scroll = breakdown_scroll
        body = QHBoxLayout()
        body.addWidget(self.details, 3)
        body.addWidget(breakdown_scroll, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self.details.anchorClicked.connect(self._article_link)

    def retranslate(self) -> None:
        self.retry_button.setText(self.tr("Retry my mistakes"))
        self.details.setAccessibleName(self.tr("Every question and its answer"))
        self.breakdown_scroll.setAccessibleName(self.tr("Score by question type"))
        self.review_button.setText(self.tr("Add my mistakes to review"))
        self.new_button.setText(self.tr("New quiz"))
        self.history_button.setText(self.tr("History"))
        self.redraw()

    def set_content_font(self, font: QFont) -> None:
        f = QFont(font)
        f.setPointSizeF(max(9.0, font.pointSizeF() * 0.6))
        self.details.setFont(f)

    def show_results(self, results: QuizResults, topic_title: TopicTitle) -> None:
        self.results = results
        self.topic_title = topic_title
        self.status.setText("")
        self.redraw()

    def start_over(self) -> None:
        """New results are coming (another attempt): no status line from the last one,
        and the list of questions starts at the top."""
        self.set_status("")
        self.details.verticalScrollBar().setValue(0)

    def _link(self, url: QUrl) -> None:
        action, _, index = url.toString().partition(":")
        if not index.isdigit():
            return
        if action == "right":
            self.overrule_requested.emit(int(index))
        elif action == "report":
            self.report_requested.emit(int(index))

    def set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def redraw(self) -> None:
        r = self.results
        if r is None:
            return
        self.headline.setText(f"{r.score} / {r.total}   {r.percent:.0f}%")
        parts = [self.tr("Time: %1").replace("%1", duration_text(r.time_ms))]
        if r.time_up:
            parts.append(self.tr("The quiz's time ran out."))
        if not r.completed:
            parts.append(
                self.tr("Ended after %1 of %2 questions.")
                .replace("%1", str(r.answered))
                .replace("%2", str(r.total))
            )
        self.summary.setText("  ·  ".join(parts))
        by_type = self.tr("By type")
        by_topic = self.tr("By topic")
        rows = [f"<tr><th colspan='3' align='left'>{esc(by_type)}</th></tr>"]
        rows += [_row(type_name(k), acc) for k, acc in r.by_type.items()]
        rows.append(f"<tr><th colspan='3' align='left'><br>{esc(by_topic)}</th></tr>")
        rows += [_row(self.topic_title(d, t), acc) for (d, t), acc in r.by_topic.items()]
        self.breakdown.setText("<table cellspacing='2'>" + "".join(rows) + "</table>")
        self.breakdown_scroll.setMinimumWidth(min(420, self.breakdown.sizeHint().width() + 24))
        html = "<hr>".join(
            item_html(item, number=n + 1, with_prompt=True)
            + actions_html(n, overrule=can_overrule(item), report=n not in self.reported)
            + self._article_html(item.question.deck_id, item.question.fact_ids)
            for n, item in enumerate(r.items)
        )
        bar = self.details.verticalScrollBar()
        at = bar.value()
        self.details.setHtml(html)
        bar.setValue(at)
        has_mistakes = bool(r.mistakes)
        self.retry_button.setEnabled(has_mistakes)
        self.review_button.setEnabled(has_mistakes)

    def _article_html(self, deck_id: str, fact_ids: tuple[str, ...]) -> str:
        from studyapp.gui.widgets.story import article_link_html

        if fact_ids and self.located(deck_id, fact_ids[0]):
            return article_link_html(deck_id, fact_ids[0])
        return ""

    def _article_link(self, url: QUrl) -> None:
        from studyapp.gui.widgets.story import parse_article_link

        found = parse_article_link(url.toString())
        if found is not None:
            self.article_requested.emit(*found)
