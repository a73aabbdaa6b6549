"""Quiz tests: a monotonic clock moved by hand, questions built by hand, a store in tmp_path."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest

from studyapp.core.questions.model import Explanation, Question, QuestionType
from studyapp.core.store import Store, open_store

T0 = datetime(2025, 3, 3, 12, 0, tzinfo=timezone.utc)


class FakeMonotonic:
    """Seconds, like time.monotonic; moves only when told."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class WallClock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def mono() -> FakeMonotonic:
    return FakeMonotonic()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(
        tmp_path / "progress.sqlite", clock=WallClock(), rng=random.Random(1), tz=timezone.utc
    )
    yield s
    s.close()


EXPLANATION = Explanation(
    statements=("Anthropic 於 2021 年創立。",), sources=("文章（2024-12-21）",)
)


def q(
    kind: QuestionType = QuestionType.MCQ,
    n: int = 0,
    *,
    topic: str = "founding",
    script: str = "hant",
    **fields: object,
) -> Question:
    """A question of ``kind`` about fact ``f<n>``; its right answer is given by ``right(q)``."""
    defaults: dict[str, object] = {
        QuestionType.FLASHCARD: {},
        QuestionType.CLOZE: {"accept": ("2021", "二〇二一")},
        QuestionType.MCQ: {"options": ("2019", "2020", "2021", "2022"), "correct": 2},
        QuestionType.TRUEFALSE: {"truth": True},
        QuestionType.MATCHING: {
            "left": ("Dario", "Jack", "Chris"),
            "right": ("新聞", "物理", "可解釋性"),
            "pairing": (1, 0, 2),
        },
        QuestionType.ORDERING: {
            "items": ("B", "C", "A"),
            "order": (2, 0, 1),
            "item_dates": ("2016", "2021", "2010"),
        },
        QuestionType.TYPED: {"accept": ("達里奧·阿莫代伊", "Dario Amodei", "Dario")},
    }[kind]  # type: ignore[assignment]
    merged = {"prompt": f"問題 {n}", "answer": "2021", **defaults, **fields}  # type: ignore[dict-item]
    return Question(
        id=f"{kind.value}-{n}",
        type=kind,
        deck_id="d",
        fact_ids=(f"f{n}",),
        topic=topic,
        script=script,
        explanation=EXPLANATION,
        **merged,  # type: ignore[arg-type]
    )


RIGHT = {
    QuestionType.FLASHCARD: True,
    QuestionType.CLOZE: "2021",
    QuestionType.MCQ: 2,
    QuestionType.TRUEFALSE: True,
    QuestionType.MATCHING: (1, 0, 2),
    QuestionType.ORDERING: (2, 0, 1),
    QuestionType.TYPED: "Dario Amodei",
}
WRONG = {
    QuestionType.FLASHCARD: False,
    QuestionType.CLOZE: "2020",
    QuestionType.MCQ: 0,
    QuestionType.TRUEFALSE: False,
    QuestionType.MATCHING: (0, 1, 2),
    QuestionType.ORDERING: (0, 1, 2),
    QuestionType.TYPED: "Jack Clark",
}
