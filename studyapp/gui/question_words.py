"""Words about questions and their timing, shared by the quiz views and Browse (translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from studyapp.core.questions.model import QuestionType


def type_name(kind: QuestionType) -> str:
    names = {
        QuestionType.FLASHCARD: QCoreApplication.translate("QuizWords", "Flashcard"),
        QuestionType.CLOZE: QCoreApplication.translate("QuizWords", "Fill in the blank"),
        QuestionType.MCQ: QCoreApplication.translate("QuizWords", "Multiple choice"),
        QuestionType.TRUEFALSE: QCoreApplication.translate("QuizWords", "True or false"),
        QuestionType.MATCHING: QCoreApplication.translate("QuizWords", "Matching"),
        QuestionType.ORDERING: QCoreApplication.translate("QuizWords", "Put in order"),
        QuestionType.TYPED: QCoreApplication.translate("QuizWords", "Type the answer"),
    }
    return names[kind]


def seconds_text(ms: int) -> str:
    """``1:05`` for a minute or more, else ``42 s`` (rounded up while counting down)."""
    secs = -(-ms // 1000)
    if secs >= 60:
        return f"{secs // 60}:{secs % 60:02d}"
    return QCoreApplication.translate("QuizWords", "%1 s").replace("%1", str(secs))


def duration_text(ms: int) -> str:
    """Time used: ``1:05.3`` or ``42.5 s``."""
    tenths = ms // 100
    secs, tenth = divmod(tenths, 10)
    if secs >= 60:
        return f"{secs // 60}:{secs % 60:02d}.{tenth}"
    return QCoreApplication.translate("QuizWords", "%1 s").replace("%1", f"{secs}.{tenth}")


def yes_no(value: bool, kind: QuestionType) -> str:
    if kind is QuestionType.FLASHCARD:
        return (
            QCoreApplication.translate("QuizWords", "I knew it")
            if value
            else QCoreApplication.translate("QuizWords", "I didn't know")
        )
    return (
        QCoreApplication.translate("QuizWords", "True")
        if value
        else QCoreApplication.translate("QuizWords", "False")
    )
