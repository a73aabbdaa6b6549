"""One draft up close: its flags, its statement (select text to make it the answer),
and the fields the reader may change: question, answer type, unit, topic."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.deck.model import AnswerKind, split_span
from studyapp.core.importer.drafts import Draft, ImportSession
from studyapp.core.importer.matching import FactMatch
from studyapp.gui.importer.article_view import Offsets

KINDS: tuple[AnswerKind, ...] = (
    AnswerKind.ENTITY,
    AnswerKind.YEAR,
    AnswerKind.DATE,
    AnswerKind.NUMBER,
    AnswerKind.TEXT,
    AnswerKind.QUOTE,
)


class DraftEditor(QWidget):
    span_chosen = Signal(str, int)  # the selected text, its start in the plain statement
    edit_requested = Signal(object)  # a dict: question / kind / unit / topic, only what changed
    fact_link = Signal(str)  # "deck/fact" of a repeated or contradicted fact

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._draft: Draft | None = None
        self._offsets = Offsets("")

        self.flags = QLabel()
        self.flags.setObjectName("importFlags")
        self.flags.setWordWrap(True)
        self.flags.setTextFormat(Qt.TextFormat.RichText)  # built from escaped text only
        self.flags.setOpenExternalLinks(False)
        self.flags.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.flags.linkActivated.connect(self.fact_link)

        self.statement = QPlainTextEdit()
        self.statement.setObjectName("importStatement")
        self.statement.setReadOnly(True)
        self.statement.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.statement.setMaximumHeight(self.statement.fontMetrics().lineSpacing() * 5)
        self.statement.selectionChanged.connect(self._selection_changed)
        self.use_selection = QPushButton()
        self.use_selection.setEnabled(False)
        self.use_selection.clicked.connect(self._choose_span)

        self.question = QLineEdit()
        self.question.setObjectName("importQuestion")
        self.question.returnPressed.connect(self._apply)
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem("", kind.value)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.unit = QLineEdit()
        self.unit.setMaximumWidth(120)
        self.topic = QComboBox()
        self.apply = QPushButton()
        self.apply.clicked.connect(self._apply)
        self.problem = QLabel()
        self.problem.setObjectName("importProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        pal = self.problem.palette()
        pal.setColor(QPalette.ColorRole.WindowText, QColor(200, 40, 40))
        self.problem.setPalette(pal)
        self.problem.hide()

        self.statement_label = QLabel()
        self.question_label = QLabel()
        self.kind_label = QLabel()
        self.unit_label = QLabel()
        self.topic_label = QLabel()

        span_row = QHBoxLayout()
        span_row.addStretch(1)
        span_row.addWidget(self.use_selection)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind, 1)
        kind_row.addWidget(self.unit_label)
        kind_row.addWidget(self.unit)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.question_label, self.question)
        form.addRow(self.kind_label, kind_row)
        form.addRow(self.topic_label, self.topic)
        apply_row = QHBoxLayout()
        apply_row.addWidget(self.problem, 1)
        apply_row.addStretch(0)
        apply_row.addWidget(self.apply, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.flags)
        layout.addWidget(self.statement_label)
        layout.addWidget(self.statement)
        layout.addLayout(span_row)
        layout.addLayout(form)
        layout.addLayout(apply_row)
        self.retranslate()
        self.show_draft(None, None)

    def retranslate(self) -> None:
        self.statement_label.setText(
            self.tr("Statement (select words in it to make them the answer):")
        )
        self.use_selection.setText(self.tr("Use selection as answer"))
        self.question_label.setText(self.tr("Question:"))
        self.statement.setAccessibleName(self.tr("Statement"))
        self.question.setAccessibleName(self.tr("Question"))
        self.kind.setAccessibleName(self.tr("Answer type"))
        self.unit.setAccessibleName(self.tr("Unit"))
        self.topic.setAccessibleName(self.tr("Topic"))
        self.kind_label.setText(self.tr("Answer type:"))
        self.unit_label.setText(self.tr("Unit:"))
        self.topic_label.setText(self.tr("Topic:"))
        self.apply.setText(self.tr("Apply changes"))
        names = {
            AnswerKind.ENTITY: self.tr("Name (person, organization, …)"),
            AnswerKind.YEAR: self.tr("Year"),
            AnswerKind.DATE: self.tr("Date"),
            AnswerKind.NUMBER: self.tr("Number"),
            AnswerKind.TEXT: self.tr("Text"),
            AnswerKind.QUOTE: self.tr("Quotation"),
        }
        for i, kind in enumerate(KINDS):
            self.kind.setItemText(i, names[kind])
        if self._draft is not None:
            self.flags.setText(self._flags_html(self._draft))

    # -- showing ---------------------------------------------------------------------
    @property
    def draft(self) -> Draft | None:
        return self._draft

    def show_draft(self, draft: Draft | None, session: ImportSession | None) -> None:
        self._draft = draft
        self.clear_problem()
        for w in (self.statement, self.question, self.kind, self.unit, self.topic, self.apply):
            w.setEnabled(draft is not None)
        if draft is None or session is None:
            self.flags.setText("")
            self.statement.setPlainText("")
            self.question.setText("")
            self.topic.clear()
            return
        self.flags.setText(self._flags_html(draft))
        before, span, _after = split_span(draft.statement)
        plain = draft.plain
        self._offsets = Offsets(plain)
        self.statement.setPlainText(plain)
        fmt = QTextCharFormat()
        fmt.setFontWeight(700)
        fmt.setFontUnderline(True)
        tint = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        tint.setAlpha(60)
        fmt.setBackground(tint)
        mark = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.statement.document())
        cursor.setPosition(self._offsets.to_qt(len(before)))
        cursor.setPosition(
            self._offsets.to_qt(len(before) + len(span)), QTextCursor.MoveMode.KeepAnchor
        )
        mark.cursor = cursor
        mark.format = fmt
        self.statement.setExtraSelections([mark])
        self.question.setText(draft.question)
        self.question.setCursorPosition(0)
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(KINDS.index(draft.answer.kind))
        self.kind.blockSignals(False)
        self.unit.setText(draft.answer.unit)
        self._kind_changed()
        self.topic.blockSignals(True)
        self.topic.clear()
        for topic in session.topics:
            self.topic.addItem(topic.title, str(topic.id))
        self.topic.setCurrentIndex(max(0, self.topic.findData(str(draft.topic))))
        self.topic.blockSignals(False)

    def _flags_html(self, draft: Draft) -> str:
        lines: list[str] = []
        for match in draft.duplicates[:3]:
            lines.append(self._match_html(self.tr("Repeats a fact in deck {deck}:"), match))
        for match in draft.disagreements[:3]:
            if match.agrees_with:
                label = self.tr(
                    "Agrees with {source}'s claim in a known disagreement (deck {deck}):"
                ).replace("{source}", match.agrees_with.replace("{", "{{").replace("}", "}}"))
            else:
                label = self.tr("May disagree with a fact in deck {deck}:")
            lines.append(self._match_html(label, match))
        return "<br>".join(lines)

    def _match_html(self, label: str, match: FactMatch) -> str:
        esc = html.escape
        head = esc(label.format(deck=match.deck))
        answer = esc(self.tr("answer: {answer}").format(answer=match.answer))
        show = esc(self.tr("show"))  # outside the f-string, where lupdate finds it
        link = f'<a href="{esc(match.ref, quote=True)}">{show}</a>'
        return f"<b>{head}</b> {esc(match.statement)} ({answer}) {link}"

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def clear_problem(self) -> None:
        self.problem.clear()
        self.problem.hide()

    # -- asking for changes ------------------------------------------------------------
    def _selection_changed(self) -> None:
        self.use_selection.setEnabled(
            self._draft is not None and self.statement.textCursor().hasSelection()
        )

    def select_span(self, start: int, end: int) -> None:
        """Select ``[start, end)`` of the plain statement (as a mouse would)."""
        cursor = self.statement.textCursor()
        cursor.setPosition(self._offsets.to_qt(start))
        cursor.setPosition(self._offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.statement.setTextCursor(cursor)

    def _choose_span(self) -> None:
        cursor = self.statement.textCursor()
        if self._draft is None or not cursor.hasSelection():
            return
        start = self._offsets.from_qt(cursor.selectionStart())
        end = self._offsets.from_qt(cursor.selectionEnd())
        text = self._draft.plain[start:end]
        stripped = text.strip()
        if not stripped:
            return
        start += len(text) - len(text.lstrip())
        self.span_chosen.emit(stripped, start)

    def current_kind(self) -> AnswerKind | None:
        value = self.kind.currentData()
        return AnswerKind(value) if isinstance(value, str) and value else None

    def _kind_changed(self) -> None:
        is_number = self.current_kind() is AnswerKind.NUMBER
        self.unit.setVisible(is_number)
        self.unit_label.setVisible(is_number)

    def _apply(self) -> None:
        draft = self._draft
        if draft is None:
            return
        changes: dict[str, Any] = {}
        if self.question.text().strip() != draft.question:
            changes["question"] = self.question.text()
        kind = self.current_kind()
        if kind is not None and kind is not draft.answer.kind:
            changes["kind"] = kind
        if kind is AnswerKind.NUMBER and self.unit.text().strip() != draft.answer.unit:
            changes["unit"] = self.unit.text().strip()
        topic = self.topic.currentData()
        if isinstance(topic, str) and topic != draft.topic:
            changes["topic"] = topic
        self.edit_requested.emit(changes)
