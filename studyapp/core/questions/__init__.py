"""Questions generated from a deck's facts: seven types, graded leniently.

``generate`` picks a balanced, seeded quiz; ``make_question`` builds one
question of a type from a fact; ``grading.accepts`` grades a typed answer.
"""

from __future__ import annotations

from studyapp.core.questions.builders import explanation, make_question
from studyapp.core.questions.generate import ALL_TYPES, generate
from studyapp.core.questions.grading import accepts
from studyapp.core.questions.model import (
    Explanation,
    Question,
    QuestionType,
    Response,
)

__all__ = [
    "ALL_TYPES",
    "Explanation",
    "Question",
    "QuestionType",
    "Response",
    "accepts",
    "explanation",
    "generate",
    "make_question",
]
