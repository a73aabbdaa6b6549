"""What a generated question is: the contract between the generator, the quiz and the GUI.

A :class:`Question` is plain data in one script (繁 or 简), made from one fact
(or a few, for matching and ordering). Each type carries only the fields it
uses; :meth:`Question.check` grades a response of that type's shape:

========== ==================================== ===========================
type       shown                                response
========== ==================================== ===========================
flashcard  ``prompt``; back: ``answer``         ``bool`` (the reader's own mark)
cloze      ``prompt`` (statement with a blank)  ``str`` typed, graded leniently
mcq        ``prompt`` + ``options``             ``int`` index into ``options``
truefalse  ``prompt`` (a statement)             ``bool``
matching   ``left`` and ``right`` columns       ``tuple[int, ...]``: for each left
                                                item, the index of its right item
ordering   ``items`` (shuffled)                 ``tuple[int, ...]``: indices of
                                                ``items``, earliest first
typed      ``prompt``                           ``str``, graded leniently
========== ==================================== ===========================
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from studyapp.core.deck.claims import Claim


class QuestionType(str, Enum):
    FLASHCARD = "flashcard"
    CLOZE = "cloze"
    MCQ = "mcq"
    TRUEFALSE = "truefalse"
    MATCHING = "matching"
    ORDERING = "ordering"
    TYPED = "typed"


Response = bool | int | str | tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Explanation:
    """Shown after answering: the fact(s) in full and where they come from."""

    statements: tuple[str, ...]  # each fact's statement, span unmarked
    sources: tuple[str, ...]  # "title（date）" of every supporting article
    claims: tuple[Claim, ...] = ()  # both sides, when a fact is disputed

    @property
    def disputed(self) -> bool:
        return bool(self.claims)


@dataclass(frozen=True, slots=True)
class Question:
    id: str  # stable for (type, deck, facts, seed): used by quiz history
    type: QuestionType
    deck_id: str
    fact_ids: tuple[str, ...]  # the fact asked about first
    topic: str  # topic id of the first fact
    script: str  # "hant" or "hans"
    prompt: str
    answer: str  # the correct answer as text to display
    explanation: Explanation
    options: tuple[str, ...] = ()  # mcq
    correct: int = -1  # mcq: index of the right option
    truth: bool | None = None  # truefalse: is the shown statement true
    left: tuple[str, ...] = ()  # matching
    right: tuple[str, ...] = ()  # matching (shuffled)
    pairing: tuple[int, ...] = ()  # matching: right index for each left item
    items: tuple[str, ...] = ()  # ordering (shuffled)
    order: tuple[int, ...] = ()  # ordering: item indices, earliest first
    item_dates: tuple[str, ...] = ()  # ordering: the date of each item, for feedback
    accept: tuple[str, ...] = ()  # typed / cloze: every answer form to accept
    according_to: str = ""  # the source a disputed question follows ("" if none)
    follows: tuple[str, ...] = ()  # its source ids: whose claim a disputed question asks

    def check(self, response: Response | None) -> bool:
        """Whether ``response`` is right; ``None`` (no answer, time's up) is wrong."""
        if response is None:
            return False
        t = self.type
        if t is QuestionType.FLASHCARD:
            return response is True
        if t is QuestionType.MCQ:
            return (
                isinstance(response, int)
                and not isinstance(response, bool)
                and response == self.correct
            )
        if t is QuestionType.TRUEFALSE:
            return isinstance(response, bool) and response is self.truth
        if t is QuestionType.MATCHING:
            return isinstance(response, tuple) and response == self.pairing
        if t is QuestionType.ORDERING:
            return isinstance(response, tuple) and response == self.order
        # typed and cloze
        if not isinstance(response, str):
            return False
        from studyapp.core.questions.grading import accepts

        return accepts(response, self.accept, self.prompt)
