"""Edit a fact of one's own deck (Review's *Edit*, E): its question, its statement
with the answer marked ``{{…}}``, its gist and note.

The texts are the deck's own (in the script the deck is written in); saving goes
through :func:`studyapp.core.importer.userdeck.reword_fact` and ``save_deck``, so
the deck file stays valid and the fact keeps its id and review history. What is
wrong is said in the reader's language, and nothing is written until it is right.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.deck.model import AnswerKind
from studyapp.core.errors import StudyError
from studyapp.gui.context import GuiContext
from studyapp.gui.error_text import error_text


class EditFactDialog(QDialog):
    saved = Signal()

    def __init__(
        self, ctx: GuiContext, deck_id: str, fact_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("editFactDialog")
        self.ctx = ctx
        self.deck_id = deck_id
        self.fact_id = fact_id
        deck = ctx.library.deck(deck_id)
        fact = deck.fact(fact_id)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.question = QLineEdit(fact.question)
        self.question.setObjectName("editQuestion")
        self.statement = QPlainTextEdit(fact.statement)
        self.statement.setObjectName("editStatement")
        self.statement.setTabChangesFocus(True)
        self.statement.setMaximumHeight(self.statement.fontMetrics().lineSpacing() * 5)
        self.answer = QLabel()
        self.answer.setObjectName("editAnswer")
        self.answer.setTextFormat(Qt.TextFormat.PlainText)
        self.answer.setWordWrap(True)
        self.gist = QLineEdit(fact.gist)
        self.gist.setObjectName("editGist")
        self.note = QLineEdit(fact.note)
        self.note.setObjectName("editNote")
        self.problem = QLabel()
        self.problem.setObjectName("editProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("color: #c62828")
        self.problem.hide()
        self.question_label = QLabel()
        self.statement_label = QLabel()
        self.answer_label = QLabel()
        self.gist_label = QLabel()
        self.note_label = QLabel()
        for label, field in (
            (self.question_label, self.question),
            (self.statement_label, self.statement),
            (self.gist_label, self.gist),
            (self.note_label, self.note),
        ):
            label.setBuddy(field)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.question_label, self.question)
        form.addRow(self.statement_label, self.statement)
        form.addRow(self.answer_label, self.answer)
        form.addRow(self.gist_label, self.gist)
        form.addRow(self.note_label, self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(640, self.sizeHint().height())
        self.retranslate()

    def retranslate(self) -> None:
        deck = self.ctx.library.deck(self.deck_id)
        fact = deck.fact(self.fact_id)
        self.setWindowTitle(self.tr("Edit the fact"))
        script = self.tr("Traditional") if deck.script == "hant" else self.tr("Simplified")
        self.intro.setText(
            self.tr(
                "The fact as your deck “{deck}” keeps it (in {script} characters). Its cards "
                "keep their review history."
            ).format(deck=deck.title, script=script)
        )
        self.question_label.setText(self.tr("&Question:"))
        self.statement_label.setText(self.tr("&Statement:"))
        self.answer_label.setText(self.tr("Answer:"))
        self.gist_label.setText(self.tr("&Gist:"))
        self.note_label.setText(self.tr("&Note:"))
        self.gist.setPlaceholderText(self.tr("a few words for the Match game (optional)"))
        self.note.setPlaceholderText(self.tr("shown with the answer (optional)"))
        if fact.answer.kind in (AnswerKind.TEXT, AnswerKind.QUOTE):
            self.answer.setText(self.tr("the words marked {{…}} in the statement"))
        else:
            self.answer.setText(
                self.tr("{answer}: the words marked {{{{…}}}} must still say it").format(
                    answer=self.ctx.view(deck).fact_answer(fact)
                )
            )
        self.question.setAccessibleName(self.tr("Question"))
        self.statement.setAccessibleName(self.tr("Statement, the answer marked with braces"))
        self.gist.setAccessibleName(self.tr("Gist"))
        self.note.setAccessibleName(self.tr("Note"))

    def save(self) -> None:
        from studyapp.core.importer.userdeck import reword_fact, save_deck

        deck = self.ctx.library.deck(self.deck_id)
        try:
            edited = reword_fact(
                deck,
                self.fact_id,
                question=self.question.text(),
                statement=self.statement.toPlainText(),
                gist=self.gist.text(),
                note=self.note.text(),
            )
            save_deck(edited, Path(deck.path))
        except (StudyError, OSError) as exc:
            self.problem.setText(error_text(exc))
            self.problem.show()
            return
        self.problem.hide()
        self.ctx.reload_library()
        self.saved.emit()
        self.accept()
