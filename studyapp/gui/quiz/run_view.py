"""The quiz screen: the question, a countdown that turns amber then red, k / N and
the score; keys to answer; Esc pauses (the clock stops and the question is hidden).

It renders a :class:`studyapp.core.quiz.QuizSession` and forwards the reader's
answers to it; a timer asks the session to check its clock.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.questions.model import Question, QuestionType
from studyapp.core.quiz import Feedback, LimitMode, QuizItem, QuizSession, QuizState
from studyapp.core.store import QuizOutcome
from studyapp.gui.question_words import seconds_text, type_name
from studyapp.gui.widgets.announce import announce, plain
from studyapp.gui.widgets.message_page import message_page

from .answers import ENTER, AnswerWidget, answer_widget
from .feedback import item_html

TICK_MS = 100
BAR_STEPS = 1000
COLOURS = {"normal": "#3b82f6", "warning": "#f59e0b", "urgent": "#dc2626"}


def countdown_level(remaining_ms: int, limit_ms: int) -> str:
    """ "urgent" in the last 5 s (or last fifth), "warning" in the last third."""
    if remaining_ms <= min(5000, limit_ms // 5) or remaining_ms * 5 <= limit_ms:
        return "urgent"
    if remaining_ms * 3 <= limit_ms:
        return "warning"
    return "normal"


def can_overrule(item: QuizItem) -> bool:
    """ "I was right" is offered for a typed answer the grader did not accept."""
    q = item.question
    return (
        not item.correct
        and isinstance(item.response, str)
        and bool(item.response.strip())
        and q.type in (QuestionType.TYPED, QuestionType.CLOZE)
    )


class RunView(QWidget):
    article_requested = Signal(str, str)  # (deck id, fact id): Show in article
    finished = Signal(object)  # the QuizSession that reached FINISHED (results are due)
    overrule_requested = Signal(int)  # "I was right" on the item at this index
    report_requested = Signal(int)  # "Report this question" on the item at this index

    def __init__(self, content_font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.session: QuizSession | None = None
        #: Whether a fact has a place in an article (then the verdict offers Show in article).
        self.located: Callable[[str, str], bool] = lambda _deck, _fact: False
        #: A topic's title in the current script (deck id, topic id): the line above the
        #: question, as a review card and an Anki card have it.
        self.topic_title: Callable[[str, str], str] = lambda _deck, _topic: ""
        self.content_font = content_font
        self.answer: AnswerWidget | None = None
        self._shown: tuple[int, QuizState, Question | None] | None = None
        self.level = "normal"
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

        # -- header -------------------------------------------------------------------
        self.progress_label = QLabel()
        self.progress_label.setObjectName("quizProgress")
        self.score_label = QLabel()
        self.score_label.setObjectName("quizScore")
        self.unsaved_label = QLabel()
        self.unsaved_label.setObjectName("quizUnsaved")
        self.unsaved_label.setStyleSheet("color: #c62828")
        self.time_label = QLabel()
        self.time_label.setObjectName("quizTime")
        self.time_label.setMinimumWidth(56)
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.pause_button = QPushButton()
        self.pause_button.setObjectName("pauseQuiz")
        self.pause_button.clicked.connect(self.toggle_pause)
        header = QHBoxLayout()
        header.addWidget(self.progress_label)
        header.addSpacing(16)
        header.addWidget(self.score_label)
        header.addSpacing(16)
        header.addWidget(self.unsaved_label, 1)
        header.addWidget(self.time_label)
        header.addWidget(self.pause_button)
        self.bar = QProgressBar()
        self.bar.setObjectName("quizCountdown")
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.bar.setRange(0, BAR_STEPS)

        # -- the question ------------------------------------------------------------
        self.type_label = QLabel()
        self.type_label.setObjectName("quizType")
        self.type_label.setTextFormat(Qt.TextFormat.PlainText)  # a topic title is deck text
        self.type_label.setWordWrap(True)
        self.type_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt = QLabel()
        self.prompt.setObjectName("quizPrompt")
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)  # a deck's text, never markup
        self.prompt.setWordWrap(True)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answer_box = QVBoxLayout()
        self.answer_box.setContentsMargins(0, 0, 0, 0)
        self.feedback = QLabel()
        self.feedback.setObjectName("quizFeedback")
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.RichText)
        self.feedback.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.feedback.linkActivated.connect(self._article_link)
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextQuestion")
        self.next_button.setMinimumHeight(44)
        self.next_button.clicked.connect(self.go_on)
        self.right_button = QPushButton()
        self.right_button.setObjectName("iWasRight")
        self.right_button.clicked.connect(self._overrule_last)
        self.report_button = QPushButton()
        self.report_button.setObjectName("reportQuestion")
        self.report_button.clicked.connect(self._report_last)
        self.reported: set[int] = set()  # items reported in this quiz
        push_back_row = QHBoxLayout()
        push_back_row.addWidget(self.right_button)
        push_back_row.addWidget(self.report_button)
        self.push_back_note = QLabel()
        self.push_back_note.setObjectName("pushBackNote")
        self.push_back_note.setWordWrap(True)
        push_back_row.addWidget(self.push_back_note, 1)
        card = QWidget()
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(32, 8, 32, 8)
        card_layout.setSpacing(10)
        card_layout.addWidget(self.type_label)
        card_layout.addWidget(self.prompt)
        card_layout.addLayout(self.answer_box)
        card_layout.addWidget(self.feedback)
        card_layout.addLayout(push_back_row)
        card_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(card)
        self.question_scroll = scroll
        self.pinned = QHBoxLayout()  # the answer's own buttons that must stay in sight
        self.pinned.setContentsMargins(32, 0, 32, 0)
        self._pinned: list[QPushButton] = []
        question_page = QWidget()
        qp = QVBoxLayout(question_page)
        qp.setContentsMargins(0, 0, 0, 0)
        qp.addWidget(scroll, 1)
        qp.addLayout(self.pinned)
        qp.addWidget(self.next_button)

        # -- paused --------------------------------------------------------------------
        self.paused_title = QLabel()
        self.paused_title.setObjectName("pausedTitle")
        self.paused_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.paused_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.paused_title.setFont(font)
        self.paused_text = QLabel()
        self.paused_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.paused_text.setWordWrap(True)
        self.resume_button = QPushButton()
        self.resume_button.setObjectName("resumeQuiz")
        self.resume_button.clicked.connect(self.toggle_pause)
        self.quit_button = QPushButton()
        self.quit_button.setObjectName("quitQuiz")
        self.quit_button.clicked.connect(self.quit)
        paused_page = message_page(
            self.paused_title, self.paused_text, self.resume_button, self.quit_button
        )

        self.pages = QStackedWidget()
        self.pages.addWidget(question_page)
        self.pages.addWidget(paused_page)
        self.question_page = question_page
        self.paused_page = paused_page

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.bar)
        layout.addWidget(self.pages, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.paused_title.setText(self.tr("Paused"))
        self.setAccessibleName(self.tr("Quiz question"))
        self.paused_text.setText(self.tr("The clock is stopped. Press Esc or Resume to go on."))
        self.resume_button.setText(self.tr("Resume (Esc)"))
        self.quit_button.setText(self.tr("End the quiz"))
        self.right_button.setText(self.tr("I was right"))
        self.report_button.setText(self.tr("Report this question…"))
        self.redraw(force=True)

    # -- the session ----------------------------------------------------------------
    def begin(self, session: QuizSession) -> None:
        self.session = session
        self.reported = set()
        session.on_change = lambda _s: self.redraw()
        self._shown = None
        if session.state is QuizState.NOT_STARTED:
            session.start()
        else:
            self.redraw()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self.session is not None:
            self.session.on_change = None

    def tick(self) -> None:
        if self.session is None:
            return
        self.session.tick()  # calls render() when time ran out
        self._update_clock()

    def set_content_font(self, font: QFont) -> None:
        self.content_font = font
        self.redraw(force=True)

    # -- drawing ------------------------------------------------------------------------
    def redraw(self, *, force: bool = False) -> None:
        s = self.session
        if s is None:
            return
        if s.state is QuizState.FINISHED:
            self.stop()
            self.session = None
            self.finished.emit(s)
            return
        k = min(s.index + 1, s.total)
        self.progress_label.setText(
            self.tr("Question %1 / %2").replace("%1", str(k)).replace("%2", str(s.total))
        )
        self.score_label.setText(self.tr("Score: %1").replace("%1", str(s.score)))
        # feedback only at the end: nothing may tell right from wrong before then
        self.score_label.setVisible(s.setup.feedback is Feedback.IMMEDIATE)
        if s.recorder is None:
            self.unsaved_label.setText(self.tr("Not saved: progress is unavailable"))
        elif s.save_error is not None:
            self.unsaved_label.setText(self.tr("Not saved: the progress file could not be written"))
        else:
            self.unsaved_label.setText("")
        paused = s.state is QuizState.PAUSED
        self.pause_button.setText(self.tr("Resume (Esc)") if paused else self.tr("Pause (Esc)"))
        self.pages.setCurrentWidget(self.paused_page if paused else self.question_page)
        self._update_clock()
        if paused:
            self.setFocus()
            return
        shown = (s.index, s.state, s.current)  # the question changes with the script
        if shown != self._shown or force:
            new = shown != self._shown
            self._shown = shown
            self._draw_question(new=new)
        elif s.state is QuizState.QUESTION and self.answer is not None:
            (self.answer.focus_target() or self).setFocus()  # back from a pause

    def _heading(self, question: Question) -> str:
        """The question's type, and the topic it asks about (what the article was
        about, for an imported one) when it asks about one fact."""
        kind = type_name(question.type)
        if len(question.fact_ids) != 1:
            return kind  # matching and ordering may draw on several topics
        topic = self.topic_title(question.deck_id, question.topic)
        return f"{kind} · {topic}" if topic else kind

    def _draw_question(self, *, new: bool = True) -> None:
        s = self.session
        assert s is not None
        question = s.current
        assert question is not None
        self.type_label.setText(self._heading(question))
        self.prompt.setFont(self.content_font)
        self.prompt.setText(self._prompt_text(question))
        self.setAccessibleDescription(self.prompt.text())  # said with the focus
        answered = s.state is QuizState.ANSWERED
        if self.answer is not None:
            self.answer_box.removeWidget(self.answer)
            self.answer.hide()
            self.answer.deleteLater()
            self.answer = None
        for button in self._pinned:
            self.pinned.removeWidget(button)
            button.hide()
            button.deleteLater()
        self._pinned = []
        if answered:
            item = s.last
            assert item is not None
            self.feedback.setFont(self._feedback_font())
            self.feedback.setText(item_html(item) + self._article_html(item.question))
            self.feedback.show()
            if new:  # said once, not again on a new font or language
                announce(self.feedback, plain(self.feedback.text()))
            self.right_button.setVisible(can_overrule(item))
            self.report_button.setVisible(len(s.items) - 1 not in self.reported)
            last = s.index + 1 >= s.total
            self.next_button.setText(
                self.tr("See the results (Enter)") if last else self.tr("Next question (Enter)")
            )
            self.next_button.show()
            self.next_button.setFocus()
            return
        self.feedback.hide()
        self.next_button.hide()
        self.right_button.hide()
        self.report_button.hide()
        self.push_back_note.setText("")
        self.answer = answer_widget(question, self.content_font)
        self.answer.submitted.connect(self._submit)
        self.answer.skipped.connect(self._skip)
        self.answer_box.addWidget(self.answer)
        self._pinned = self.answer.pinned_buttons()
        for button in self._pinned:
            self.pinned.addWidget(button)  # taken out of the scrolling part
        target = self.answer.focus_target()
        (target or self).setFocus()

    def _overrule_last(self) -> None:
        if self.session is not None and self.session.items:
            self.overrule_requested.emit(len(self.session.items) - 1)

    def _report_last(self) -> None:
        if self.session is not None and self.session.items:
            self.report_requested.emit(len(self.session.items) - 1)

    def _feedback_font(self) -> QFont:
        font = QFont(self.content_font)
        font.setPointSizeF(max(9.0, font.pointSizeF() * 0.75))
        return font

    def _prompt_text(self, question: Question) -> str:
        if question.type is QuestionType.MATCHING and not question.prompt:
            return self.tr("Match each item with its partner.")
        if question.type is QuestionType.ORDERING and not question.prompt:
            return self.tr("Put these in order, earliest first.")
        return question.prompt

    def _update_clock(self) -> None:
        s = self.session
        if s is None:
            return
        limit = s.limit_ms
        remaining = s.remaining_ms()
        if limit is None or remaining is None:
            self.bar.hide()
            self.time_label.setText(seconds_text(s.quiz_elapsed_ms()) if s.total else "")
            return
        self.bar.show()
        self.bar.setValue(round(BAR_STEPS * remaining / limit))
        label = seconds_text(remaining)
        if s.setup.limit is LimitMode.PER_QUIZ:
            label = self.tr("%1 left").replace("%1", label)
        self.time_label.setText(label)
        level = countdown_level(remaining, limit)
        if level != self.level or not self.bar.styleSheet():
            self.level = level
            self.bar.setStyleSheet(f"QProgressBar::chunk {{ background-color: {COLOURS[level]}; }}")
            self.time_label.setStyleSheet(
                f"color: {COLOURS[level]}; font-weight: bold" if level != "normal" else ""
            )

    # -- actions -------------------------------------------------------------------------
    def _article_html(self, question: Question) -> str:
        from studyapp.gui.widgets.story import article_link_html

        if question.fact_ids and self.located(question.deck_id, question.fact_ids[0]):
            return article_link_html(question.deck_id, question.fact_ids[0])
        return ""

    def _article_link(self, link: str) -> None:
        from studyapp.gui.widgets.story import parse_article_link

        found = parse_article_link(link)
        if found is not None:
            self.article_requested.emit(*found)

    def _submit(self, response: object) -> None:
        if self.session is not None and self.session.state is QuizState.QUESTION:
            self.session.answer(response)  # type: ignore[arg-type]

    def _skip(self) -> None:
        if self.session is not None and self.session.state is QuizState.QUESTION:
            self.session.skip()

    def go_on(self) -> None:
        if self.session is not None and self.session.state is QuizState.ANSWERED:
            self.session.next()

    def toggle_pause(self) -> None:
        s = self.session
        if s is None:
            return
        if s.state is QuizState.PAUSED:
            s.resume()
        elif s.state in (QuizState.QUESTION, QuizState.ANSWERED):
            s.pause()

    def quit(self) -> None:
        if self.session is not None:
            self.session.quit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        s = self.session
        key = event.key()
        if s is None:
            super().keyPressEvent(event)
            return
        if key == Qt.Key.Key_Escape:
            self.toggle_pause()
            return
        if s.state is QuizState.ANSWERED and key in (*ENTER, Qt.Key.Key_Space):
            self.go_on()
            return
        if (
            s.state is QuizState.QUESTION
            and self.answer is not None
            and self.answer.handle_key(event)
        ):
            return
        super().keyPressEvent(event)

    @property
    def last_outcome(self) -> QuizOutcome | None:
        if self.session is None or self.session.last is None:
            return None
        return self.session.last.outcome
