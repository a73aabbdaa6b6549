"""One answered question as rich text: right or wrong, the reader's answer, the
right one, the fact's explanation and its sources (both sides when disputed).
Shown after each answer (immediate feedback) and on the results screen."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from studyapp.core.questions.model import Question, QuestionType, Response
from studyapp.core.quiz import QuizItem, response_text
from studyapp.core.store import QuizOutcome
from studyapp.gui.question_words import yes_no

RIGHT_COLOUR = "#2e7d32"
WRONG_COLOUR = "#c62828"
MUTED = "#808080"


def esc(text: str) -> str:
    return html.escape(text, quote=False).replace("\n", "<br>")


def verdict(item: QuizItem) -> tuple[str, str]:
    """(words, colour) for the outcome."""
    return outcome_words(item.outcome)


def outcome_words(outcome: QuizOutcome) -> tuple[str, str]:
    """(words, colour) for an outcome: right, wrong, time's up, not answered."""
    if outcome is QuizOutcome.CORRECT:
        return QCoreApplication.translate("QuizFeedback", "✓ Right"), RIGHT_COLOUR
    if outcome is QuizOutcome.TIMED_OUT:
        return QCoreApplication.translate("QuizFeedback", "✗ Time's up"), WRONG_COLOUR
    if outcome is QuizOutcome.SKIPPED:
        return QCoreApplication.translate("QuizFeedback", "— Not answered"), WRONG_COLOUR
    return QCoreApplication.translate("QuizFeedback", "✗ Wrong"), WRONG_COLOUR


def shown_response(question: Question, response: Response | None) -> str:
    if response is None:
        return QCoreApplication.translate("QuizFeedback", "(no answer)")
    if isinstance(response, bool):
        return yes_no(response, question.type)
    return response_text(question, response)


def right_answer(question: Question) -> str:
    kind = question.type
    if kind is QuestionType.TRUEFALSE and question.truth is not None:
        return yes_no(question.truth, kind)
    if kind is QuestionType.MATCHING:
        return "；".join(
            f"{question.left[i]} → {question.right[j]}" for i, j in enumerate(question.pairing)
        )
    if kind is QuestionType.ORDERING:
        parts = []
        for i in question.order:
            date = question.item_dates[i] if i < len(question.item_dates) else ""
            parts.append(f"{question.items[i]}（{date}）" if date else question.items[i])
        return " → ".join(parts)
    return question.answer


def explanation_html(question: Question) -> str:
    ex = question.explanation
    out = [f"<p>{esc(s)}</p>" for s in ex.statements]
    if ex.claims:
        out.append(
            "<p><b>"
            + esc(QCoreApplication.translate("QuizFeedback", "The articles disagree:"))
            + "</b></p><ul>"
        )
        out += [f"<li>{esc(c.label)}：{esc(c.statement or c.answer)}</li>" for c in ex.claims]
        out.append("</ul>")
        if question.according_to:
            follows = QCoreApplication.translate(
                "QuizFeedback", "This question follows %1."
            ).replace("%1", question.according_to)
            out.append(f"<p>{esc(follows)}</p>")
    if ex.sources:
        label = QCoreApplication.translate("QuizFeedback", "Source: %1").replace(
            "%1", "；".join(ex.sources)
        )
        out.append(f"<p style='color:{MUTED}'>{esc(label)}</p>")
    return "".join(out)


def actions_html(index: int, *, overrule: bool, report: bool) -> str:
    """Links for the reader's push-back on a result: "I was right", "Report this question"."""
    links = []
    if overrule:
        text = QCoreApplication.translate("QuizFeedback", "I was right")
        links.append(f"<a href='right:{index}'>{esc(text)}</a>")
    if report:
        text = QCoreApplication.translate("QuizFeedback", "Report this question…")
        links.append(f"<a href='report:{index}'>{esc(text)}</a>")
    return f"<p>{'　　'.join(links)}</p>" if links else ""


def item_html(item: QuizItem, *, number: int | None = None, with_prompt: bool = False) -> str:
    q = item.question
    words, colour = verdict(item)
    out = []
    if with_prompt:
        head = f"{number}. " if number is not None else ""
        out.append(f"<p style='margin-bottom:4px'><b>{esc(head)}{esc(q.prompt)}</b></p>")
    line = f"<span style='color:{colour}; font-weight:bold'>{esc(words)}</span>"
    if item.outcome is not QuizOutcome.CORRECT or q.type is not QuestionType.MCQ:
        yours = QCoreApplication.translate("QuizFeedback", "Your answer: %1").replace(
            "%1", shown_response(q, item.response)
        )
        line += "　　" + esc(yours)
    out.append(f"<p>{line}</p>")
    right = QCoreApplication.translate("QuizFeedback", "Answer: %1").replace("%1", right_answer(q))
    out.append(f"<p><b>{esc(right)}</b></p>")
    out.append(explanation_html(q))
    return "".join(out)
