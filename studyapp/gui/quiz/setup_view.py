"""The setup screen: decks and topics, how many questions of which types, which
facts, the time limit and when to see feedback. The choice is remembered."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.questions.model import QuestionType
from studyapp.core.quiz import Feedback, LimitMode, QuizSetup, Selection
from studyapp.gui.context import GuiContext
from studyapp.gui.question_words import type_name

ROLE = Qt.ItemDataRole.UserRole


def _checked_ids(widget: QListWidget) -> list[str]:
    return [
        str(widget.item(r).data(ROLE))
        for r in range(widget.count())
        if widget.item(r).checkState() == Qt.CheckState.Checked
    ]


class SetupView(QWidget):
    start_requested = Signal(object)  # QuizSetup
    history_requested = Signal()
    match_requested = Signal()

    def __init__(self, ctx: GuiContext, setup: QuizSetup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._setup = setup

        self.title = QLabel()
        self.title.setObjectName("quizSetupTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)

        # -- what to ask about -------------------------------------------------------------
        self.decks = QListWidget()
        self.decks.setObjectName("quizDecks")
        self.decks.itemChanged.connect(lambda _i: self._fill_topics())
        self.topics = QListWidget()
        self.topics.setObjectName("quizTopics")
        self.decks_box = QGroupBox()
        db = QVBoxLayout(self.decks_box)
        db.addWidget(self.decks)
        self.topics_box = QGroupBox()
        tb = QVBoxLayout(self.topics_box)
        self.topics_hint = QLabel()
        self.topics_hint.setWordWrap(True)
        tb.addWidget(self.topics_hint)
        tb.addWidget(self.topics)

        # -- how -------------------------------------------------------------------------
        self.count = QSpinBox()
        self.count.setObjectName("quizCount")
        self.count.setRange(1, 100)
        self.type_boxes: dict[QuestionType, QCheckBox] = {}
        types_grid = QGridLayout()
        for n, kind in enumerate(QuestionType):
            box = QCheckBox()
            box.setObjectName(f"type_{kind.value}")
            types_grid.addWidget(box, n // 2, n % 2)
            self.type_boxes[kind] = box
        self.selection_group = QButtonGroup(self)
        self.selection_buttons: dict[Selection, QRadioButton] = {}
        selection_col = QVBoxLayout()
        for sel in (Selection.ALL, Selection.DUE_WEAK, Selection.MISTAKES):
            b = QRadioButton()
            b.setObjectName(f"selection_{sel.value}")
            self.selection_group.addButton(b)
            self.selection_buttons[sel] = b
            selection_col.addWidget(b)
        self.limit_group = QButtonGroup(self)
        self.limit_buttons: dict[LimitMode, QRadioButton] = {}
        limit_row = QHBoxLayout()
        for mode in (LimitMode.PER_QUESTION, LimitMode.PER_QUIZ, LimitMode.NONE):
            b = QRadioButton()
            b.setObjectName(f"limit_{mode.value}")
            self.limit_group.addButton(b)
            self.limit_buttons[mode] = b
            limit_row.addWidget(b)
        limit_row.addStretch(1)
        self.limit_group.buttonToggled.connect(self._limit_changed)
        self.seconds = QSpinBox()
        self.seconds.setObjectName("quizSeconds")
        self.seconds.setRange(5, 3600)
        self.seconds.setSingleStep(5)
        self.limit_hint = QLabel()
        self.limit_hint.setObjectName("quizLimitHint")
        self.limit_hint.setWordWrap(True)
        seconds_row = QHBoxLayout()
        seconds_row.addWidget(self.seconds)
        seconds_row.addWidget(self.limit_hint, 1)
        self.feedback_group = QButtonGroup(self)
        self.feedback_buttons: dict[Feedback, QRadioButton] = {}
        feedback_row = QHBoxLayout()
        for fb in Feedback:
            b = QRadioButton()
            b.setObjectName(f"feedback_{fb.value}")
            self.feedback_group.addButton(b)
            self.feedback_buttons[fb] = b
            feedback_row.addWidget(b)
        feedback_row.addStretch(1)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.count_label = QLabel()
        self.types_label = QLabel()
        self.selection_label = QLabel()
        self.limit_label = QLabel()
        self.seconds_label = QLabel()
        self.feedback_label = QLabel()
        self.form.addRow(self.count_label, self.count)
        self.form.addRow(self.types_label, types_grid)
        self.form.addRow(self.selection_label, selection_col)
        self.form.addRow(self.limit_label, limit_row)
        self.form.addRow(self.seconds_label, seconds_row)
        self.form.addRow(self.feedback_label, feedback_row)

        self.notice = QLabel()
        self.notice.setObjectName("quizNotice")
        self.notice.setWordWrap(True)
        self.start_button = QPushButton()
        self.start_button.setObjectName("startQuiz")
        self.start_button.setDefault(True)
        self.start_button.setMinimumHeight(44)
        self.start_button.clicked.connect(self._start)
        self.history_button = QPushButton()
        self.history_button.setObjectName("quizHistory")
        self.history_button.clicked.connect(self.history_requested.emit)
        self.match_button = QPushButton()
        self.match_button.setObjectName("matchGame")
        self.match_button.clicked.connect(self.match_requested.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.match_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)

        left = QVBoxLayout()
        left.addWidget(self.decks_box, 1)
        left.addWidget(self.topics_box, 3)
        right = QVBoxLayout()
        right.addLayout(self.form)
        right.addStretch(1)
        right.addWidget(self.notice)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addSpacing(12)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)

        self.retranslate()
        self.apply(setup)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Timed quiz"))
        self.decks_box.setTitle(self.tr("Decks"))
        self.topics_box.setTitle(self.tr("Topics"))
        self.topics_hint.setText(self.tr("None ticked: every topic."))
        self.count_label.setText(self.tr("Questions"))
        self.count.setAccessibleName(self.tr("Number of questions"))
        self.types_label.setText(self.tr("Types"))
        for kind, box in self.type_boxes.items():
            box.setText(type_name(kind))
        self.selection_label.setText(self.tr("Facts"))
        self.selection_buttons[Selection.ALL].setText(self.tr("All facts"))
        self.selection_buttons[Selection.DUE_WEAK].setText(self.tr("Due and weak first"))
        self.selection_buttons[Selection.MISTAKES].setText(self.tr("My last mistakes"))
        self.limit_label.setText(self.tr("Time limit"))
        self.limit_buttons[LimitMode.PER_QUESTION].setText(self.tr("Per question"))
        self.limit_buttons[LimitMode.PER_QUIZ].setText(self.tr("For the whole quiz"))
        self.limit_buttons[LimitMode.NONE].setText(self.tr("None"))
        self.seconds_label.setText(self.tr("Seconds"))
        self.seconds.setAccessibleName(self.tr("Seconds per question"))
        self.limit_hint.setText(
            self.tr(
                "for a plain answer; typed answers get half as long again, matching and "
                "ordering this long for every two pairs or items"
            )
        )
        self.seconds.setSuffix(self.tr(" s"))
        self.feedback_label.setText(self.tr("Feedback"))
        self.feedback_buttons[Feedback.IMMEDIATE].setText(self.tr("After each answer"))
        self.feedback_buttons[Feedback.AT_END].setText(self.tr("Only at the end"))
        self.start_button.setText(self.tr("Start the quiz"))
        self.history_button.setText(self.tr("History"))
        self.match_button.setText(self.tr("Match game"))
        self.refresh()

    # -- content ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Deck and topic names in the current script; the store notice."""
        chosen = set(_checked_ids(self.decks)) if self.decks.count() else set(self._setup.decks)
        self.decks.blockSignals(True)
        self.decks.clear()
        for deck in self.ctx.library.decks:
            view = self.ctx.view(deck)
            item = QListWidgetItem(view.text(deck.title))
            item.setData(ROLE, deck.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = not chosen or deck.id in chosen
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.decks.addItem(item)
        self.decks.blockSignals(False)
        self._fill_topics(set(_checked_ids(self.topics)) or set(self._setup.topics))
        if self.ctx.store is None:
            self.notice.setText(
                self.tr(
                    "Progress is unavailable, so this quiz will not be saved and "
                    "“due and weak first” and “my last mistakes” ask about all facts."
                )
            )
        elif not self.ctx.can_save:
            self.notice.setText(
                self.tr("Your progress is open read-only, so this quiz will not be saved.")
            )
        else:
            self.notice.setText("")

    def _fill_topics(self, keep: set[str] | None = None) -> None:
        keep = set(_checked_ids(self.topics)) if keep is None else keep
        decks = set(_checked_ids(self.decks))
        self.topics.clear()
        for deck in self.ctx.library.decks:
            if deck.id not in decks:
                continue
            view = self.ctx.view(deck)
            for topic_id in deck.topics:
                item = QListWidgetItem(view.topic_title(topic_id))
                item.setData(ROLE, topic_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                state = Qt.CheckState.Checked if topic_id in keep else Qt.CheckState.Unchecked
                item.setCheckState(state)
                self.topics.addItem(item)

    def apply(self, setup: QuizSetup) -> None:
        self._setup = setup
        self.count.setValue(setup.count)
        for kind, box in self.type_boxes.items():
            box.setChecked(kind in setup.types)
        selection = setup.selection if setup.selection in self.selection_buttons else Selection.ALL
        self.selection_buttons[selection].setChecked(True)
        self.limit_buttons[setup.limit].setChecked(True)
        self.seconds.setValue(setup.seconds)
        self.feedback_buttons[setup.feedback].setChecked(True)
        self.decks.clear()
        self.topics.clear()
        self.refresh()
        self._limit_changed()

    def _limit_changed(self, *_args: QAbstractButton | bool) -> None:
        self.seconds.setEnabled(not self.limit_buttons[LimitMode.NONE].isChecked())
        self.limit_hint.setVisible(self.limit_buttons[LimitMode.PER_QUESTION].isChecked())

    def current(self) -> QuizSetup:
        types = tuple(k for k, b in self.type_boxes.items() if b.isChecked())
        selection = next(s for s, b in self.selection_buttons.items() if b.isChecked())
        limit = next(m for m, b in self.limit_buttons.items() if b.isChecked())
        feedback = next(f for f, b in self.feedback_buttons.items() if b.isChecked())
        decks = _checked_ids(self.decks)
        all_decks = len(decks) == self.decks.count()
        return QuizSetup(
            decks=() if all_decks else tuple(decks),
            topics=tuple(_checked_ids(self.topics)),
            count=self.count.value(),
            types=types or tuple(QuestionType),
            selection=selection,
            limit=limit,
            seconds=self.seconds.value(),
            feedback=feedback,
        )

    def _start(self) -> None:
        if not _checked_ids(self.decks):
            self.notice.setText(self.tr("Tick at least one deck."))
            return
        if not any(b.isChecked() for b in self.type_boxes.values()):
            self.notice.setText(self.tr("Tick at least one question type."))
            return
        self.start_requested.emit(self.current())
