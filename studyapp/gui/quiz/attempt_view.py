"""A past quiz attempt, opened from History: its score, time and setup, and every
question with the reader's answer, the right one and the fact it was about.

The question and the right answer are shown as they were asked (the store keeps
them with each answer); an attempt older than that shows the fact's own question
and answer from its deck. Texts follow the current study script.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.deck.library import DeckLibrary
from studyapp.core.deck.model import Script
from studyapp.core.deck.view import DeckView
from studyapp.core.questions.model import QuestionType
from studyapp.core.quiz import QuizSetup, summarize
from studyapp.core.store import QuizAnswer, QuizAttempt
from studyapp.gui.question_words import duration_text, type_name, yes_no

from .feedback import MUTED, esc, outcome_words

SetupText = Callable[[QuizSetup], str]


class AttemptDialog(QDialog):
    def __init__(
        self,
        attempt: QuizAttempt,
        library: DeckLibrary,
        script: Script,
        setup_text: SetupText,
        font: QFont,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attemptDialog")
        self.attempt = attempt
        self.library = library
        self.script: Script = script
        self.setup_text = setup_text
        self.headline = QLabel()
        self.headline.setObjectName("attemptScore")
        big = self.headline.font()
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.headline.setFont(big)
        self.summary = QLabel()
        self.summary.setObjectName("attemptSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.details = QTextBrowser()
        self.details.setObjectName("attemptDetails")
        self.details.setOpenLinks(False)
        small = QFont(font)
        small.setPointSizeF(max(9.0, font.pointSizeF() * 0.6))
        self.details.setFont(small)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 620)
        self.retranslate()

    def retranslate(self) -> None:
        s = summarize(self.attempt)
        when = s.when.astimezone().strftime("%Y-%m-%d %H:%M")
        self.setWindowTitle(self.tr("Quiz of {when}").format(when=when))
        self.headline.setText(f"{s.correct} / {s.total}   {s.percent:.0f}%")
        self.headline.setAccessibleName(
            self.tr("Score: {right} of {total}").format(right=s.correct, total=s.total)
        )
        parts = [
            self.setup_text(QuizSetup.from_dict(self.attempt.setup)),
            self.tr("Time: %1").replace("%1", duration_text(s.time_ms)),
        ]
        if not s.finished:
            parts.append(
                self.tr("Ended after %1 of %2 questions.")
                .replace("%1", str(len(self.attempt.answers)))
                .replace("%2", str(s.total))
            )
        self.summary.setText("  ·  ".join(parts))
        self.details.setAccessibleName(self.tr("The questions and your answers"))
        self.details.setHtml(self.details_html())

    def _view(self, deck_id: str) -> DeckView | None:
        deck = self.library.get(deck_id)
        return DeckView(deck, self.script) if deck is not None else None

    def details_html(self) -> str:
        if not self.attempt.answers:
            none = self.tr("No question was answered.")
            return f"<p>{esc(none)}</p>"
        return "<hr>".join(
            self._answer_html(n, record.answer)
            for n, record in enumerate(self.attempt.answers, start=1)
        )

    def _answer_html(self, number: int, answer: QuizAnswer) -> str:
        kind = (
            QuestionType(answer.question_type)
            if answer.question_type in QuestionType._value2member_map_
            else None
        )
        first = answer.facts[0] if answer.facts else None
        view = self._view(first.deck_id) if first is not None else None
        fact = (
            view.deck.fact(first.fact_id)
            if view is not None and first is not None and view.deck.has_fact(first.fact_id)
            else None
        )

        def shown(text: str) -> str:
            return view.any_text(text) if view is not None else text

        prompt = shown(answer.prompt) if answer.prompt else ""
        if not prompt and fact is not None and view is not None:
            prompt = view.question(fact)
        if not prompt and kind is QuestionType.MATCHING:
            prompt = self.tr("Match each item with its partner.")
        if not prompt and kind is QuestionType.ORDERING:
            prompt = self.tr("Put these in order, earliest first.")
        words, colour = outcome_words(answer.outcome)
        head = f"{number}. " + (f"[{type_name(kind)}] " if kind is not None else "")
        out = [f"<p style='margin-bottom:4px'><b>{esc(head)}{esc(prompt)}</b></p>"]
        yours = self._answer_words(answer.answer, kind, shown) or self.tr("(no answer)")
        line = f"<span style='color:{colour}; font-weight:bold'>{esc(words)}</span>"
        line += "　　" + esc(self.tr("Your answer: %1").replace("%1", yours))
        out.append(f"<p>{line}</p>")
        right = self._answer_words(answer.right, kind, shown)
        if not right and fact is not None and view is not None:
            right = view.fact_answer(fact)
        if right:
            out.append(f"<p><b>{esc(self.tr('Answer: %1').replace('%1', right))}</b></p>")
        for key in answer.facts:
            fview = self._view(key.deck_id)
            if fview is None or not fview.deck.has_fact(key.fact_id):
                gone = self.tr("(this fact is no longer in its deck)")
                out.append(f"<p style='color:{MUTED}'>{esc(gone)}</p>")
                continue
            told = fview.deck.fact(key.fact_id)
            out.append(f"<p>{esc(fview.statement(told))}</p>")
            sources = "；".join(fview.source_label(s) for s in told.sources)
            label = self.tr("Source: %1").replace("%1", sources)
            out.append(f"<p style='color:{MUTED}'>{esc(label)}</p>")
        return "".join(out)

    @staticmethod
    def _answer_words(text: str, kind: QuestionType | None, shown: Callable[[str], str]) -> str:
        if kind in (QuestionType.TRUEFALSE, QuestionType.FLASHCARD) and text in ("true", "false"):
            return yes_no(text == "true", kind)
        return shown(text)
