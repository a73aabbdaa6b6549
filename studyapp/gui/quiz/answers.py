"""How the reader answers each type of question, with the mouse or the keyboard.

Every widget emits ``submitted(response)`` with a response of the shape
:class:`studyapp.core.questions.model.Question` documents, or ``skipped``.
Keys arrive through :meth:`AnswerWidget.handle_key` from the quiz view, so
the digits typed into an answer box never pick an option.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.questions.model import Question, QuestionType

ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}
LETTERS = "ABCDEFGHI"


def _button(text: str, name: str = "") -> QPushButton:
    b = QPushButton(text)  # Tab reaches it; its keys (1–4, T/F, A–…) go on to the quiz
    b.setMinimumHeight(44)
    b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    if name:
        b.setObjectName(name)
    return b


class AnswerWidget(QWidget):
    submitted = Signal(object)
    skipped = Signal()

    def __init__(self, question: Question, font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.content_font = font

    def handle_key(self, event: QKeyEvent) -> bool:
        return False

    def focus_target(self) -> QWidget | None:
        """The widget that should have the keyboard focus (None: the quiz view)."""
        return None

    def pinned_buttons(self) -> list[QPushButton]:
        """Buttons the quiz view keeps in sight below the question, outside its scrolling
        part (a long matching's "Check" would otherwise fall below the window's edge)."""
        return []


class ChoiceAnswer(AnswerWidget):
    """Multiple choice: 1–4 or a click."""

    def __init__(self, question: Question, font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(question, font, parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QPushButton] = []
        for i, option in enumerate(question.options):
            b = _button(f"{i + 1}   {option}", f"option{i + 1}")
            b.setFont(font)
            b.clicked.connect(lambda _=False, i=i: self.submitted.emit(i))
            grid.addWidget(b, i // 2, i % 2)
            self.buttons.append(b)

    def handle_key(self, event: QKeyEvent) -> bool:
        n = DIGITS.get(Qt.Key(event.key()))
        if n is not None and n <= len(self.buttons):
            self.submitted.emit(n - 1)
            return True
        return False


class TrueFalseAnswer(AnswerWidget):
    """True or false: T / F (or 1 / 2) or a click."""

    def __init__(self, question: Question, font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(question, font, parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.true_button = _button(self.tr("T   True"), "answerTrue")
        self.false_button = _button(self.tr("F   False"), "answerFalse")
        self.true_button.clicked.connect(lambda: self.submitted.emit(True))
        self.false_button.clicked.connect(lambda: self.submitted.emit(False))
        row.addWidget(self.true_button)
        row.addWidget(self.false_button)

    def handle_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_T, Qt.Key.Key_1):
            self.submitted.emit(True)
        elif key in (Qt.Key.Key_F, Qt.Key.Key_2):
            self.submitted.emit(False)
        else:
            return False
        return True


class FlashcardAnswer(AnswerWidget):
    """Space or Enter shows the back; then 1 / Y "I knew it", 2 / N "I didn't"."""

    def __init__(self, question: Question, font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(question, font, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.back = QLabel(question.answer)
        self.back.setObjectName("flashcardBack")
        self.back.setTextFormat(Qt.TextFormat.PlainText)  # a deck's text, never markup
        self.back.setFont(font)
        self.back.setWordWrap(True)
        self.back.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.back.hide()
        self.show_button = _button(self.tr("Show the answer (Space)"), "showBack")
        self.show_button.clicked.connect(self.reveal)
        self.knew = _button(self.tr("1   I knew it"), "knewIt")
        self.didnt = _button(self.tr("2   I didn't know"), "didntKnow")
        self.knew.clicked.connect(lambda: self.submitted.emit(True))
        self.didnt.clicked.connect(lambda: self.submitted.emit(False))
        marks = QHBoxLayout()
        marks.addWidget(self.knew)
        marks.addWidget(self.didnt)
        self.marks = QWidget()
        self.marks.setLayout(marks)
        marks.setContentsMargins(0, 0, 0, 0)
        self.marks.hide()
        layout.addWidget(self.back)
        layout.addWidget(self.show_button)
        layout.addWidget(self.marks)

    @property
    def revealed(self) -> bool:
        return not self.back.isHidden()

    def reveal(self) -> None:
        self.back.show()
        self.show_button.hide()
        self.marks.show()

    def handle_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if not self.revealed:
            if key in (Qt.Key.Key_Space, *ENTER):
                self.reveal()
                return True
            return False
        if key in (Qt.Key.Key_1, Qt.Key.Key_Y):
            self.submitted.emit(True)
        elif key in (Qt.Key.Key_2, Qt.Key.Key_N):
            self.submitted.emit(False)
        else:
            return False
        return True


class AnswerLine(QLineEdit):
    """A line edit that keeps its Enter: QLineEdit passes it on after ``returnPressed``,
    and the quiz view would take it as "next question" and skip the feedback."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in ENTER:
            event.accept()


class TypedAnswer(AnswerWidget):
    """Type and press Enter (either script is fine); "I don't know" skips."""

    def __init__(self, question: Question, font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(question, font, parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = AnswerLine()
        self.edit.setObjectName("typedAnswer")
        self.edit.setFont(font)
        self.edit.setPlaceholderText(self.tr("Type the answer and press Enter"))
        self.edit.setAccessibleName(self.tr("Your answer"))
        self.edit.returnPressed.connect(self._submit)
        self.ok = _button(self.tr("Submit"), "submitTyped")
        self.ok.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.ok.clicked.connect(self._submit)
        self.dont_know = _button(self.tr("I don't know"), "skipTyped")
        self.dont_know.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.dont_know.clicked.connect(self.skipped.emit)
        row.addWidget(self.edit, 1)
        row.addWidget(self.ok)
        row.addWidget(self.dont_know)

    def _submit(self) -> None:
        text = self.edit.text().strip()
        if text:
            self.submitted.emit(text)

    def focus_target(self) -> QWidget | None:
        return self.edit


class MatchingAnswer(AnswerWidget):
    """Click a left item, then its partner on the right (or type 1–n, then A–…)."""

    def __init__(self, question: Question, font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(question, font, parent)
        n = len(question.left)
        self.pairs: list[int | None] = [None] * n
        self.chosen: int | None = None
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(4)  # six pairs fit in a 600-pixel-high window
        self.left_buttons: list[QPushButton] = []
        self.right_buttons: list[QPushButton] = []
        for i, text in enumerate(question.left):
            b = _button("", f"left{i + 1}")
            b.setMinimumHeight(34)
            b.setFont(font)
            b.setCheckable(True)
            b.clicked.connect(lambda _=False, i=i: self.choose_left(i))
            grid.addWidget(b, i, 0)
            self.left_buttons.append(b)
            b.setProperty("base", f"{i + 1}   {text}")
        for j, text in enumerate(question.right):
            b = _button("", f"right{LETTERS[j]}")
            b.setMinimumHeight(34)
            b.setFont(font)
            b.clicked.connect(lambda _=False, j=j: self.choose_right(j))
            grid.addWidget(b, j, 1)
            self.right_buttons.append(b)
            b.setProperty("base", f"{LETTERS[j]}   {text}")
        self.submit_button = _button(self.tr("Check (Enter)"), "submitMatching")
        self.submit_button.clicked.connect(self.submit)
        self.hint = QLabel(
            self.tr("Pick an item on the left (1–%n), then its partner (A–…).", "", n)
        )
        self.hint.setObjectName("answerHint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.hint)
        layout.addWidget(self.submit_button)
        self._redraw()

    def pinned_buttons(self) -> list[QPushButton]:
        return [self.submit_button]

    def choose_left(self, i: int) -> None:
        self.chosen = i
        self._redraw()

    def choose_right(self, j: int) -> None:
        if self.chosen is None:
            # clicking a paired right item first unpairs it
            self.pairs = [None if p == j else p for p in self.pairs]
        else:
            self.pairs = [None if p == j else p for p in self.pairs]
            self.pairs[self.chosen] = j
            free = [i for i, p in enumerate(self.pairs) if p is None]
            self.chosen = free[0] if free else None
        self._redraw()

    def _redraw(self) -> None:
        for i, b in enumerate(self.left_buttons):
            p = self.pairs[i]
            suffix = f"  →  {LETTERS[p]}" if p is not None else ""
            b.setText(str(b.property("base")) + suffix)
            b.setChecked(i == self.chosen)
        taken = {p: i for i, p in enumerate(self.pairs) if p is not None}
        for j, b in enumerate(self.right_buttons):
            suffix = f"  ←  {taken[j] + 1}" if j in taken else ""
            b.setText(str(b.property("base")) + suffix)
        self.submit_button.setEnabled(all(p is not None for p in self.pairs))

    def submit(self) -> None:
        if all(p is not None for p in self.pairs):
            self.submitted.emit(tuple(p for p in self.pairs if p is not None))

    def handle_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        n = DIGITS.get(Qt.Key(key))
        if n is not None and n <= len(self.left_buttons):
            self.choose_left(n - 1)
            return True
        text = event.text().upper()
        if text and text in LETTERS[: len(self.right_buttons)]:
            self.choose_right(LETTERS.index(text))
            return True
        if key in ENTER:
            self.submit()
            return True
        return False


class OrderingAnswer(AnswerWidget):
    """Drag the items into order, or: ↑/↓ choose, Ctrl+↑/↓ move, Enter checks."""

    def __init__(self, question: Question, font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(question, font, parent)
        self.list = QListWidget()
        self.list.setObjectName("orderingList")
        self.list.setAccessibleName(self.tr("Items to put in order"))
        self.list.setFont(font)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setWordWrap(True)
        for i, text in enumerate(question.items):
            self.list.addItem(text)
            item = self.list.item(i)
            item.setData(Qt.ItemDataRole.UserRole, i)
        self.list.setCurrentRow(0)
        self.list.installEventFilter(self)
        self.hint = QLabel(
            self.tr("Earliest first. Drag, or ↑/↓ to choose and Ctrl+↑/↓ to move; Enter checks.")
        )
        self.hint.setObjectName("answerHint")
        self.hint.setWordWrap(True)
        self.submit_button = _button(self.tr("Check (Enter)"), "submitOrdering")
        self.submit_button.clicked.connect(self.submit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.hint)
        layout.addWidget(self.submit_button)
        rows = max(1, len(question.items))
        self.list.setMinimumHeight(min(320, rows * (self.list.sizeHintForRow(0) + 6) + 8))

    def pinned_buttons(self) -> list[QPushButton]:
        return [self.submit_button]

    def order(self) -> tuple[int, ...]:
        return tuple(
            int(self.list.item(r).data(Qt.ItemDataRole.UserRole)) for r in range(self.list.count())
        )

    def move_item(self, delta: int) -> None:
        row = self.list.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def submit(self) -> None:
        self.submitted.emit(self.order())

    def handle_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        mods = event.modifiers()
        moving = bool(
            mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        )
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if key == Qt.Key.Key_Up else 1
            if moving:
                self.move_item(step)
            else:
                row = min(max(0, self.list.currentRow() + step), self.list.count() - 1)
                self.list.setCurrentRow(row)
            return True
        if key in ENTER:
            self.submit()
            return True
        return False

    def eventFilter(self, watched: object, event: object) -> bool:
        from PySide6.QtCore import QEvent

        if (
            watched is self.list
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, *ENTER)
        ):
            return self.handle_key(event)
        return False

    def focus_target(self) -> QWidget | None:
        return self.list


def answer_widget(question: Question, font: QFont, parent: QWidget | None = None) -> AnswerWidget:
    widget = _answer_widget(question, font, parent)
    target = widget.focus_target()
    if target is not None:  # the typed line or the list to order has the focus at once
        target.setAccessibleDescription(question.prompt)  # a screen reader says the question
    return widget


def _answer_widget(question: Question, font: QFont, parent: QWidget | None) -> AnswerWidget:
    kind = question.type
    if kind in (QuestionType.MATCHING, QuestionType.ORDERING):
        font = QFont(font)  # several lines of content: a little smaller
        font.setPointSizeF(max(9.0, font.pointSizeF() * 0.85))
    if kind is QuestionType.MCQ:
        return ChoiceAnswer(question, font, parent)
    if kind is QuestionType.TRUEFALSE:
        return TrueFalseAnswer(question, font, parent)
    if kind is QuestionType.FLASHCARD:
        return FlashcardAnswer(question, font, parent)
    if kind is QuestionType.MATCHING:
        return MatchingAnswer(question, font, parent)
    if kind is QuestionType.ORDERING:
        return OrderingAnswer(question, font, parent)
    return TypedAnswer(question, font, parent)
