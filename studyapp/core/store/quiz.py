"""Timed-quiz attempts: the setup, and each question's facts, type, outcome,
the reader's answer and the time it took.

An answer is stored as soon as it is given, so an attempt abandoned half-way
(window closed, crash) is kept as a partial attempt with ``finished_at`` None.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any

from studyapp.core.store.clock import from_ms
from studyapp.core.store.errors import QuizAttemptNotFoundError
from studyapp.core.store.records import FactKey


class QuizOutcome(str, Enum):
    CORRECT = "correct"
    WRONG = "wrong"
    SKIPPED = "skipped"
    TIMED_OUT = "timed_out"  # the question's time ran out before an answer


@dataclass(frozen=True, slots=True)
class QuizAnswer:
    """One answered question, as the quiz session reports it."""

    facts: tuple[FactKey, ...]
    question_type: str
    outcome: QuizOutcome
    answer: str = ""
    time_ms: int = 0
    options: tuple[str, ...] = ()  # multiple choice: the options shown, in their order
    picked: int | None = None  # multiple choice: the index of the option picked
    prompt: str = ""  # the question as it was shown ("" in attempts older than schema 5)
    right: str = ""  # the right answer as content text (true/false: "true" / "false")

    def to_dict(self) -> dict[str, Any]:
        return {
            "facts": [f.to_list() for f in self.facts],
            "question_type": self.question_type,
            "outcome": self.outcome.value,
            "answer": self.answer,
            "time_ms": self.time_ms,
            "options": list(self.options),
            "picked": self.picked,
            "prompt": self.prompt,
            "right": self.right,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> QuizAnswer:
        return cls(
            facts=tuple(FactKey.from_list(f) for f in d["facts"]),
            question_type=str(d["question_type"]),
            outcome=QuizOutcome(d["outcome"]),
            answer=str(d.get("answer", "")),
            time_ms=int(d.get("time_ms", 0)),
            options=tuple(str(o) for o in d.get("options", ())),
            picked=None if d.get("picked") is None else int(d["picked"]),
            prompt=str(d.get("prompt", "")),
            right=str(d.get("right", "")),
        )


@dataclass(frozen=True, slots=True)
class QuizAnswerRecord:
    position: int
    answered_at: datetime
    answer: QuizAnswer

    def to_dict(self) -> dict[str, Any]:
        return {
            "position": self.position,
            "answered_at": self.answered_at.isoformat(),
            **self.answer.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class QuizAttempt:
    id: int
    started_at: datetime
    finished_at: datetime | None
    setup: dict[str, Any]
    answers: tuple[QuizAnswerRecord, ...]

    @property
    def finished(self) -> bool:
        return self.finished_at is not None

    @property
    def correct(self) -> int:
        return sum(1 for a in self.answers if a.answer.outcome is QuizOutcome.CORRECT)

    @property
    def time_ms(self) -> int:
        return sum(a.answer.time_ms for a in self.answers)

    def missed_facts(self) -> list[FactKey]:
        """Facts of questions not answered correctly, in question order, once each."""
        missed: dict[FactKey, None] = {}
        for record in self.answers:
            if record.answer.outcome is not QuizOutcome.CORRECT:
                missed.update(dict.fromkeys(record.answer.facts))
        return list(missed)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "started_at": self.started_at.isoformat(),
            "finished_at": self.finished_at.isoformat() if self.finished_at else None,
            "setup": self.setup,
            "answers": [a.to_dict() for a in self.answers],
            "correct": self.correct,
            "time_ms": self.time_ms,
        }


def start_attempt(conn: sqlite3.Connection, setup: Mapping[str, Any], now_ms: int) -> int:
    cur = conn.execute(
        "INSERT INTO quiz_attempts (started_at, setup) VALUES (?, ?)",
        (now_ms, json.dumps(dict(setup), ensure_ascii=False, sort_keys=True)),
    )
    return int(cur.lastrowid or 0)


def _require(conn: sqlite3.Connection, attempt_id: int) -> tuple[int, int | None, str]:
    row = conn.execute(
        "SELECT started_at, finished_at, setup FROM quiz_attempts WHERE id = ?", (attempt_id,)
    ).fetchone()
    if row is None:
        raise QuizAttemptNotFoundError(attempt_id)
    return int(row[0]), row[1], str(row[2])


def record_answer(
    conn: sqlite3.Connection, attempt_id: int, answer: QuizAnswer, now_ms: int
) -> int:
    """Append ``answer`` to the attempt; returns its position (0-based)."""
    _require(conn, attempt_id)
    row = conn.execute(
        "SELECT coalesce(max(position) + 1, 0) FROM quiz_answers WHERE attempt_id = ?",
        (attempt_id,),
    ).fetchone()
    position = int(row[0])
    conn.execute(
        "INSERT INTO quiz_answers (attempt_id, position, facts, question_type, outcome, answer, "
        "time_ms, answered_at, options, picked, prompt, right_answer) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            attempt_id,
            position,
            json.dumps([f.to_list() for f in answer.facts], ensure_ascii=False),
            answer.question_type,
            QuizOutcome(answer.outcome).value,
            answer.answer,
            max(0, int(answer.time_ms)),
            now_ms,
            json.dumps(list(answer.options), ensure_ascii=False),
            answer.picked,
            answer.prompt,
            answer.right,
        ),
    )
    return position


def overrule_answer(conn: sqlite3.Connection, attempt_id: int, position: int) -> None:
    """The reader says they were right: the answer counts as correct."""
    _require(conn, attempt_id)
    conn.execute(
        "UPDATE quiz_answers SET outcome = ? WHERE attempt_id = ? AND position = ?",
        (QuizOutcome.CORRECT.value, attempt_id, position),
    )


def finish_attempt(conn: sqlite3.Connection, attempt_id: int, now_ms: int) -> None:
    _require(conn, attempt_id)
    conn.execute(
        "UPDATE quiz_attempts SET finished_at = ? WHERE id = ? AND finished_at IS NULL",
        (now_ms, attempt_id),
    )


def load_attempt(conn: sqlite3.Connection, attempt_id: int) -> QuizAttempt:
    started, finished, setup = _require(conn, attempt_id)
    rows = conn.execute(
        "SELECT position, answered_at, facts, question_type, outcome, answer, time_ms, "
        "options, picked, prompt, right_answer FROM quiz_answers WHERE attempt_id = ? "
        "ORDER BY position",
        (attempt_id,),
    ).fetchall()
    answers = tuple(
        QuizAnswerRecord(
            position=int(r[0]),
            answered_at=from_ms(int(r[1])),
            answer=QuizAnswer(
                facts=tuple(FactKey.from_list(f) for f in json.loads(r[2])),
                question_type=str(r[3]),
                outcome=QuizOutcome(r[4]),
                answer=str(r[5]),
                time_ms=int(r[6]),
                options=tuple(str(o) for o in json.loads(r[7])),
                picked=None if r[8] is None else int(r[8]),
                prompt=str(r[9]),
                right=str(r[10]),
            ),
        )
        for r in rows
    )
    return QuizAttempt(
        id=attempt_id,
        started_at=from_ms(started),
        finished_at=from_ms(int(finished)) if finished is not None else None,
        setup=dict(json.loads(setup)),
        answers=answers,
    )


def recent_attempt_ids(conn: sqlite3.Connection, limit: int) -> list[int]:
    return [
        int(r[0])
        for r in conn.execute(
            "SELECT id FROM quiz_attempts ORDER BY started_at DESC, id DESC LIMIT ?", (limit,)
        )
    ]


def quiz_time_ms(conn: sqlite3.Connection, since_ms: int | None = None) -> int:
    if since_ms is None:
        row = conn.execute("SELECT coalesce(sum(time_ms), 0) FROM quiz_answers").fetchone()
    else:
        row = conn.execute(
            "SELECT coalesce(sum(time_ms), 0) FROM quiz_answers WHERE answered_at >= ?",
            (since_ms,),
        ).fetchone()
    return int(row[0])


# -- the reader's push-back -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class QuestionReport:
    """A question the reader reported: that form of that fact is not asked again."""

    id: int
    fact: FactKey
    question_type: str
    reason: str
    prompt: str
    created_at: datetime


def accept_answer(conn: sqlite3.Connection, fact: FactKey, answer: str, now_ms: int) -> bool:
    """Remember ``answer`` as accepted for ``fact``; False if it already was."""
    cur = conn.execute(
        "INSERT OR IGNORE INTO accepted_answers (deck_id, fact_id, answer, created_at) "
        "VALUES (?, ?, ?, ?)",
        (fact.deck_id, fact.fact_id, answer, now_ms),
    )
    return cur.rowcount > 0


def accepted_answers(conn: sqlite3.Connection) -> dict[FactKey, tuple[str, ...]]:
    out: dict[FactKey, list[str]] = {}
    for deck_id, fact_id, answer in conn.execute(
        "SELECT deck_id, fact_id, answer FROM accepted_answers ORDER BY created_at, answer"
    ):
        out.setdefault(FactKey(str(deck_id), str(fact_id)), []).append(str(answer))
    return {k: tuple(v) for k, v in out.items()}


def report_question(
    conn: sqlite3.Connection,
    fact: FactKey,
    question_type: str,
    reason: str,
    prompt: str,
    now_ms: int,
) -> int:
    cur = conn.execute(
        "INSERT INTO question_reports (deck_id, fact_id, question_type, reason, prompt, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?)",
        (fact.deck_id, fact.fact_id, question_type, reason, prompt, now_ms),
    )
    return int(cur.lastrowid or 0)


def question_reports(conn: sqlite3.Connection) -> list[QuestionReport]:
    return [
        QuestionReport(
            id=int(r[0]),
            fact=FactKey(str(r[1]), str(r[2])),
            question_type=str(r[3]),
            reason=str(r[4]),
            prompt=str(r[5]),
            created_at=from_ms(int(r[6])),
        )
        for r in conn.execute(
            "SELECT id, deck_id, fact_id, question_type, reason, prompt, created_at "
            "FROM question_reports ORDER BY created_at DESC, id DESC"
        )
    ]
