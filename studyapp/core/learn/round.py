"""A Learn round: which fact to ask next, at which step, and when the round ends.

Every fact of a round climbs three steps: **recognise** (pick the answer among
options), **recall** (fill in the blank) and **produce** (type the answer). A
right answer moves the fact up one step; once it is answered right at the
produce step it has reached the top and is learned for this round. A wrong
answer moves it down one step (not below recognise) and brings it back within
the next few questions: after :data:`RETURN_WITHIN` other questions, or sooner
when there is nothing else to ask (each question misses at most one fact, so no
two missed facts are ever due back at the same question, and none is ever
late). It comes back as a new question: other options, in another order. The
round ends when every fact has reached the top.

Between returns, the next fact is the one at the lowest step, then the one
asked longest ago, never the one just asked while another can be asked: the
facts move up in waves, with the others' questions in between.

This module holds the state only (plain values, saved as JSON between
questions); :mod:`studyapp.core.learn.session` makes the questions, grades the
answers and keeps the round on disk.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from studyapp.core.store.records import FactKey

RETURN_WITHIN = 3  # a missed fact is asked again after at most this many other questions


class Step(IntEnum):
    RECOGNISE = 0
    RECALL = 1
    PRODUCE = 2
    LEARNED = 3  # the top: done for this round

    @property
    def up(self) -> Step:
        return Step(min(self + 1, Step.LEARNED))

    @property
    def down(self) -> Step:
        return Step(max(self - 1, Step.RECOGNISE))


STEPS: tuple[Step, ...] = (Step.RECOGNISE, Step.RECALL, Step.PRODUCE)


@dataclass
class FactProgress:
    """One fact's place in the round."""

    key: FactKey
    step: Step = Step.RECOGNISE
    right: int = 0
    wrong: int = 0
    last_asked: int = -1  # the number of the question that last asked it (-1: never)
    back_by: int | None = None  # missed: must be asked again by this question number
    first_right: bool | None = None  # its first answer in the round (None: not asked yet)
    counted: bool = False  # its first answer was recorded as a review of its due cards
    last_options: tuple[str, ...] = ()  # the options it was last shown (to show new ones)

    @property
    def learned(self) -> bool:
        return self.step is Step.LEARNED

    def to_dict(self) -> dict[str, Any]:
        return {
            "fact": self.key.to_list(),
            "step": int(self.step),
            "right": self.right,
            "wrong": self.wrong,
            "last_asked": self.last_asked,
            "back_by": self.back_by,
            "first_right": self.first_right,
            "counted": self.counted,
            "last_options": list(self.last_options),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> FactProgress:
        back_by = d.get("back_by")
        first = d.get("first_right")
        return cls(
            key=FactKey.from_list(d["fact"]),
            step=Step(int(d.get("step", 0))),
            right=int(d.get("right", 0)),
            wrong=int(d.get("wrong", 0)),
            last_asked=int(d.get("last_asked", -1)),
            back_by=None if back_by is None else int(back_by),
            first_right=None if first is None else bool(first),
            counted=bool(d.get("counted", False)),
            last_options=tuple(str(o) for o in d.get("last_options", ())),
        )


@dataclass(frozen=True, slots=True)
class Move:
    """What one answer did."""

    key: FactKey
    right: bool
    before: Step
    after: Step
    first_answer: bool  # the fact's first answer in this round
    back_by: int | None  # missed: the question number by which it is asked again
    finished: bool  # that answer ended the round


@dataclass
class LearnRound:
    facts: list[FactProgress]
    seed: int = 0
    count_reviews: bool = False  # record the first answer of a due fact as an FSRS review
    decks: tuple[str, ...] = ()  # what the round was drawn from (for "next round")
    topics: tuple[str, ...] = ()
    asked: int = 0  # questions answered so far; the next question has this number
    current: int | None = None  # index of the fact being asked (None: choose one)
    question_seed: int = 0  # the seed of the question being asked
    started: str = ""  # ISO time the round began
    _index: dict[FactKey, int] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.facts:
            raise ValueError("a Learn round needs at least one fact")
        self._index = {p.key: i for i, p in enumerate(self.facts)}
        if len(self._index) != len(self.facts):
            raise ValueError("a fact appears twice in the round")

    # -- reading ---------------------------------------------------------------------
    @property
    def finished(self) -> bool:
        return all(p.learned for p in self.facts)

    def progress(self, key: FactKey) -> FactProgress:
        return self.facts[self._index[key]]

    def counts(self) -> dict[Step, int]:
        """How many facts are at each step (LEARNED: at the top)."""
        out = {step: 0 for step in Step}
        for p in self.facts:
            out[p.step] += 1
        return out

    @property
    def learned(self) -> int:
        return sum(1 for p in self.facts if p.learned)

    @property
    def mistakes(self) -> int:
        return sum(p.wrong for p in self.facts)

    @property
    def climbed(self) -> int:
        """Steps climbed so far, out of :attr:`steps_to_climb` (a progress bar)."""
        return sum(int(p.step) for p in self.facts)

    @property
    def steps_to_climb(self) -> int:
        return len(self.facts) * int(Step.LEARNED)

    # -- choosing ----------------------------------------------------------------------
    def choose(self) -> FactProgress:
        """The fact the next question asks about (the current one, once chosen)."""
        if self.finished:
            raise ValueError("the round is finished")
        if self.current is None:
            self.current = self._pick()
        return self.facts[self.current]

    def _pick(self) -> int:
        now = self.asked
        open_ = [i for i, p in enumerate(self.facts) if not p.learned]
        waiting = [i for i in open_ if self.facts[i].back_by is not None]
        due = [i for i in waiting if (self.facts[i].back_by or 0) <= now]
        if due:  # never late: the one due soonest (deadlines are one per question)
            return min(due, key=lambda i: (self.facts[i].back_by or 0, i))
        last = self._last_asked()
        ready = [i for i in open_ if i not in waiting and i != last]
        if ready:
            return min(ready, key=lambda i: (self.facts[i].step, self.facts[i].last_asked, i))
        if waiting:  # nothing else to ask: a missed fact comes back early
            return min(waiting, key=lambda i: (self.facts[i].back_by or 0, i))
        return open_[0]  # the one fact left, again

    def _last_asked(self) -> int | None:
        if self.asked == 0:
            return None
        return next((i for i, p in enumerate(self.facts) if p.last_asked == self.asked - 1), None)

    # -- answering -----------------------------------------------------------------------
    def answer(self, right: bool) -> Move:
        """Record the answer to the current question and move its fact."""
        progress = self.choose()
        number = self.asked
        before = progress.step
        first = progress.first_right is None
        if first:
            progress.first_right = right
        progress.last_asked = number
        if right:
            progress.right += 1
            progress.step = before.up
            progress.back_by = None
        else:
            progress.wrong += 1
            progress.step = before.down
            progress.back_by = number + RETURN_WITHIN + 1
        self.asked = number + 1
        self.current = None
        return Move(
            key=progress.key,
            right=right,
            before=before,
            after=progress.step,
            first_answer=first,
            back_by=progress.back_by,
            finished=self.finished,
        )

    # -- saving ----------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "facts": [p.to_dict() for p in self.facts],
            "seed": self.seed,
            "count_reviews": self.count_reviews,
            "decks": list(self.decks),
            "topics": list(self.topics),
            "asked": self.asked,
            "current": self.current,
            "question_seed": self.question_seed,
            "started": self.started,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any], keep: Iterable[FactKey] | None = None) -> LearnRound:
        """The saved round; with ``keep``, only those of its facts (a fact that left
        its deck leaves the round). ValueError/KeyError/TypeError when damaged."""
        facts = [FactProgress.from_dict(p) for p in d["facts"]]
        current = d.get("current")
        if keep is not None:
            wanted = set(keep)
            kept = [p for p in facts if p.key in wanted]
            if len(kept) != len(facts):
                current = None
            facts = kept
        if current is not None and not 0 <= int(current) < len(facts):
            current = None
        return cls(
            facts=facts,
            seed=int(d.get("seed", 0)),
            count_reviews=bool(d.get("count_reviews", False)),
            decks=tuple(str(x) for x in d.get("decks", ())),
            topics=tuple(str(x) for x in d.get("topics", ())),
            asked=int(d.get("asked", 0)),
            current=None if current is None else int(current),
            question_seed=int(d.get("question_seed", 0)),
            started=str(d.get("started", "")),
        )
