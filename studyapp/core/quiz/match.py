"""The Match game (as Quizlet's): six pairs on a board, click two tiles that
belong together, as fast as possible.

A wrong pair adds a penalty second to the time. The timer starts with the game
and stops at the last pair; the best time per deck is kept by the store.

A tile holds a few words: a fact's gist, or (a fact without one, as an imported
article's) its question when that is short, else the words around its answer in
the statement with the answer blanked.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum

from studyapp.core.deck.model import Deck, Fact
from studyapp.core.deck.view import DeckView

PAIRS = 6
PENALTY_MS = 1000
TILE_MAX = 24  # characters a tile shows (three short lines)
CONTEXT = 9  # characters kept on each side of a blanked answer
BLANK = "＿＿"


class Side(Enum):
    PROMPT = "prompt"
    ANSWER = "answer"


@dataclass(frozen=True, slots=True)
class Tile:
    index: int  # position on the board
    pair: int  # which pair it belongs to
    side: Side
    text: str


@dataclass(frozen=True, slots=True)
class MatchPair:
    fact_id: str
    prompt: str
    answer: str


class Pick(Enum):
    SELECTED = "selected"  # first tile of a pair chosen
    UNSELECTED = "unselected"  # the chosen tile clicked again
    MATCHED = "matched"  # the two tiles belong together: both leave the board
    MISMATCH = "mismatch"  # they don't: penalty, the selection is cleared
    IGNORED = "ignored"  # a tile already matched, or the game is over


def _prompt(view: DeckView, fact: Fact) -> str:
    if fact.gist:
        return view.gist(fact)
    question = view.question(fact)
    if len(question) <= TILE_MAX:
        return question
    before, _answer, after = view.statement_parts(fact)
    before, after = before.strip(), after.strip()
    head = before[-CONTEXT:] if len(before) <= CONTEXT else "…" + before[-CONTEXT:]
    tail = after[:CONTEXT] if len(after) <= CONTEXT else after[:CONTEXT] + "…"
    return f"{head}{BLANK}{tail}"


def pair_of(view: DeckView, fact: Fact) -> MatchPair:
    """A fact's pair in the view's script."""
    return MatchPair(fact.id, _prompt(view, fact), view.fact_answer(fact))


def match_pairs(view: DeckView, rng: random.Random, count: int = PAIRS) -> list[MatchPair]:
    """``count`` facts with different prompts and different answers, chosen at random."""
    facts = list(view.deck.facts)
    rng.shuffle(facts)
    pairs: list[MatchPair] = []
    prompts: set[str] = set()
    answers: set[str] = set()
    for fact in facts:
        pair = pair_of(view, fact)
        if not pair.prompt or not pair.answer or pair.prompt in prompts or pair.answer in answers:
            continue
        prompts.add(pair.prompt)
        answers.add(pair.answer)
        pairs.append(pair)
        if len(pairs) == count:
            break
    return pairs


class MatchGame:
    def __init__(
        self,
        pairs: Sequence[MatchPair],
        rng: random.Random,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        penalty_ms: int = PENALTY_MS,
    ) -> None:
        if len(pairs) < 2:
            raise ValueError("the Match game needs at least two pairs")
        self.pairs = tuple(pairs)
        self._monotonic = monotonic
        self.penalty_ms = penalty_ms
        cards = [(i, Side.PROMPT, p.prompt) for i, p in enumerate(pairs)]
        cards += [(i, Side.ANSWER, p.answer) for i, p in enumerate(pairs)]
        rng.shuffle(cards)
        self.tiles = tuple(Tile(n, pair, side, text) for n, (pair, side, text) in enumerate(cards))
        self.matched: set[int] = set()  # tile indices off the board
        self.selected: int | None = None
        self.mistakes = 0
        self._started: int | None = None
        self._finished_ms: int | None = None

    def _now(self) -> int:
        return round(self._monotonic() * 1000)

    def retext(self, pairs: Sequence[MatchPair]) -> None:
        """The same pairs in other words (the other script): tiles keep their places."""
        if len(pairs) != len(self.pairs):
            raise ValueError("retext needs as many pairs as the game has")
        self.pairs = tuple(pairs)
        self.tiles = tuple(
            Tile(
                t.index,
                t.pair,
                t.side,
                pairs[t.pair].prompt if t.side is Side.PROMPT else pairs[t.pair].answer,
            )
            for t in self.tiles
        )

    def start(self) -> None:
        self._started = self._now()

    @property
    def started(self) -> bool:
        return self._started is not None

    @property
    def finished(self) -> bool:
        return self._finished_ms is not None

    def elapsed_ms(self) -> int:
        """Time so far, penalties included."""
        if self._finished_ms is not None:
            return self._finished_ms
        if self._started is None:
            return 0
        return self._now() - self._started + self.mistakes * self.penalty_ms

    def pick(self, index: int) -> Pick:
        if self.finished or index in self.matched or not 0 <= index < len(self.tiles):
            return Pick.IGNORED
        if self._started is None:
            self.start()
        if self.selected is None:
            self.selected = index
            return Pick.SELECTED
        if self.selected == index:
            self.selected = None
            return Pick.UNSELECTED
        first, second = self.tiles[self.selected], self.tiles[index]
        self.selected = None
        if first.pair == second.pair and first.side is not second.side:
            self.matched.update((first.index, second.index))
            if len(self.matched) == len(self.tiles):
                self._finished_ms = self.elapsed_ms()
            return Pick.MATCHED
        self.mistakes += 1
        return Pick.MISMATCH


def new_game(
    deck: Deck,
    view: DeckView,
    rng: random.Random,
    *,
    monotonic: Callable[[], float] = time.monotonic,
) -> MatchGame | None:
    """A game on ``deck``, or None if it has fewer than two usable facts."""
    pairs = match_pairs(view, rng)
    if len(pairs) < 2:
        return None
    return MatchGame(pairs, rng, monotonic=monotonic)
