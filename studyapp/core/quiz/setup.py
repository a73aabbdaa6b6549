"""What a quiz is made of: the reader's choices on the setup screen, as one typed value.

A :class:`QuizSetup` is stored with every attempt (``to_dict``) so the history
can say what was asked and group attempts of the same setup for the best score.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any

from studyapp.core.questions.model import Question, QuestionType
from studyapp.core.store.records import FactKey

ALL_TYPES: tuple[QuestionType, ...] = tuple(QuestionType)
COUNTS: tuple[int, ...] = (5, 10, 20, 30, 50)
#: Typing an answer (through an input method, in Chinese) takes longer than a click.
TYPING_WORK = 1.5


def work(question: Question) -> float:
    """How many plain answers' worth of work a question asks, which scales its time
    limit: one for true/false, a flashcard or a multiple choice; one and a half to
    type an answer; for matching and ordering one per two pairs or items (6 pairs:
    three times the limit, 5 items: two and a half)."""
    if question.type is QuestionType.MATCHING:
        return max(1.0, len(question.left) / 2)
    if question.type is QuestionType.ORDERING:
        return max(1.0, len(question.items) / 2)
    if question.type in (QuestionType.TYPED, QuestionType.CLOZE):
        return TYPING_WORK
    return 1.0


class Selection(str, Enum):
    """Which facts the questions are about."""

    ALL = "all"  # any fact of the chosen decks and topics
    DUE_WEAK = "due_weak"  # facts whose cards are due or weak come first
    MISTAKES = "mistakes"  # the facts missed in the last attempt
    RETRY = "retry"  # exactly the questions missed in one attempt (from its results)
    CHOSEN = "chosen"  # facts chosen on another screen (a passage, an event, a person)


class LimitMode(str, Enum):
    NONE = "none"
    PER_QUESTION = "question"  # ``seconds`` for each question
    PER_QUIZ = "quiz"  # ``seconds`` for the whole quiz


class Feedback(str, Enum):
    IMMEDIATE = "immediate"  # right / wrong after each answer
    AT_END = "at_end"  # only on the results screen


@dataclass(frozen=True, slots=True)
class QuizSetup:
    decks: tuple[str, ...] = ()  # deck ids; empty: every deck
    topics: tuple[str, ...] = ()  # topic ids; empty: every topic
    count: int = 10
    types: tuple[QuestionType, ...] = ALL_TYPES
    selection: Selection = Selection.ALL
    limit: LimitMode = LimitMode.PER_QUESTION
    seconds: int = 20  # per question or per quiz, as ``limit`` says
    feedback: Feedback = Feedback.IMMEDIATE
    seed: int = 0
    facts: tuple[FactKey, ...] = field(default=())  # MISTAKES / RETRY: the facts asked about

    def __post_init__(self) -> None:
        if self.count < 1:
            raise ValueError(f"a quiz needs at least one question, not {self.count}")
        if self.limit is not LimitMode.NONE and self.seconds < 1:
            raise ValueError(f"a time limit must be at least one second, not {self.seconds}")
        if not self.types:
            raise ValueError("a quiz needs at least one question type")

    @property
    def limit_ms(self) -> int | None:
        return None if self.limit is LimitMode.NONE else self.seconds * 1000

    def question_limit_ms(self, question: Question) -> int | None:
        """The limit of one question with a limit per question: ``seconds`` scaled by
        the question's :func:`work`, in whole seconds (None without a limit per question)."""
        if self.limit is not LimitMode.PER_QUESTION:
            return None
        return round(self.seconds * work(question)) * 1000

    def key(self) -> str:
        """What makes two attempts comparable (the best score is kept per key)."""
        parts = [
            ",".join(sorted(self.decks)) or "*",
            ",".join(sorted(self.topics)) or "*",
            str(self.count),
            ",".join(sorted(t.value for t in self.types)),
            self.selection.value,
            self.limit.value,
            str(self.seconds) if self.limit is not LimitMode.NONE else "",
        ]
        return "|".join(parts)

    def retry(self, facts: tuple[FactKey, ...], count: int, seed: int) -> QuizSetup:
        """The setup of a "retry my mistakes" quiz."""
        return replace(self, selection=Selection.RETRY, facts=facts, count=max(1, count), seed=seed)

    def to_dict(self) -> dict[str, Any]:
        return {
            "decks": list(self.decks),
            "topics": list(self.topics),
            "count": self.count,
            "types": [t.value for t in self.types],
            "selection": self.selection.value,
            "limit": self.limit.value,
            "seconds": self.seconds,
            "feedback": self.feedback.value,
            "seed": self.seed,
            "facts": [f.to_list() for f in self.facts],
            "key": self.key(),
        }

    def choices(self) -> dict[str, Any]:
        """What the reader chose (to offer again next time): not this quiz's seed,
        its retried facts or its key."""
        d = self.to_dict()
        for one_off in ("seed", "facts", "key"):
            del d[one_off]
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> QuizSetup:
        """Lenient: unknown or missing values fall back to the defaults."""
        default = cls()
        types = tuple(
            QuestionType(t) for t in d.get("types", ()) if t in QuestionType._value2member_map_
        )
        return cls(
            decks=tuple(str(x) for x in d.get("decks", ())),
            topics=tuple(str(x) for x in d.get("topics", ())),
            count=max(1, _int(d.get("count"), default.count)),
            types=types or default.types,
            selection=_enum(Selection, d.get("selection"), default.selection),
            limit=_enum(LimitMode, d.get("limit"), default.limit),
            seconds=max(1, _int(d.get("seconds"), default.seconds)),
            feedback=_enum(Feedback, d.get("feedback"), default.feedback),
            seed=_int(d.get("seed"), 0),
            facts=tuple(FactKey.from_list(f) for f in d.get("facts", ())),
        )


def _int(value: Any, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _enum(cls: type[Any], value: Any, default: Any) -> Any:
    try:
        return cls(value)
    except ValueError:
        return default


def setup_key(setup: Mapping[str, Any]) -> str:
    """The comparable key of a stored setup (older attempts may lack ``key``)."""
    key = setup.get("key")
    return str(key) if key else QuizSetup.from_dict(setup).key()
