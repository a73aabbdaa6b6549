"""Choosing which facts to ask, and how: a quiz's worth of questions.

:func:`generate` takes turns over the question types and, without weights,
over the topics, so a quiz covers the decks evenly. Facts are taken in a
random order per topic (drawn lazily: a 50-question quiz from a 50,000-fact
deck looks at a few hundred facts, not all of them); a fact is asked a second
time, in another type, only when every fact has been asked once. With
``weights`` (from review progress: weak or due facts weigh more), facts come
in weighted random order instead, heaviest first on average.

Everything random comes from ``random.Random(seed)``: the same arguments give
the same questions, in either script.

The reader's push-back comes in as plain data: ``skip`` lists the question
forms they reported (deck, fact, type), which are not asked again; ``accepted``
the answers they marked right, which typed and cloze questions accept too.
"""

from __future__ import annotations

import math
import random
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace

from studyapp.core.deck.model import Deck, Fact, Script, TopicId
from studyapp.core.questions.builders import FactFilter, make_question
from studyapp.core.questions.index import DeckIndex, index_for
from studyapp.core.questions.model import Question, QuestionType

ALL_TYPES: tuple[QuestionType, ...] = tuple(QuestionType)
_MULTI = (QuestionType.MATCHING, QuestionType.ORDERING)


class _LazyShuffle:
    """A random permutation of a list, produced one element at a time."""

    def __init__(self, items: Sequence[Fact], rng: random.Random) -> None:
        self._items = list(items)
        self._rng = rng
        self._done = 0

    def __len__(self) -> int:
        return len(self._items)

    def get(self, i: int) -> Fact:
        """The ``i``-th fact of the permutation (drawing up to it if needed)."""
        items = self._items
        while self._done <= i:
            j = self._rng.randrange(self._done, len(items))
            items[self._done], items[j] = items[j], items[self._done]
            self._done += 1
        return items[i]


@dataclass
class _Pool:
    deck: Deck
    index: DeckIndex
    allowed: FactFilter | None
    topics: list[tuple[TopicId, _LazyShuffle]] = field(default_factory=list)


def _eligible(
    index: DeckIndex,
    topics: Collection[str] | None,
    tags: Collection[str] | None,
    facts: Collection[str] | None,
) -> tuple[dict[TopicId, list[Fact]], FactFilter | None]:
    """Facts by topic that pass the restrictions, and the filter itself."""
    deck = index.deck
    if facts is not None:
        pool: list[Fact] | None = [deck.fact(f) for f in sorted(facts) if deck.has_fact(f)]
    elif tags is not None:
        seen: dict[str, Fact] = {}
        for tag in sorted(tags):
            for fact in index.by_tag.get(tag, []):
                seen[fact.id] = fact
        order = {f.id: i for i, f in enumerate(deck.facts)} if len(seen) > 1 else {}
        pool = sorted(seen.values(), key=lambda f: order.get(f.id, 0))
    else:
        pool = None
    topic_set = set(topics) if topics is not None else None
    tag_set = set(tags) if tags is not None else None
    fact_set = set(facts) if facts is not None else None

    def allowed(fact: Fact) -> bool:
        if topic_set is not None and fact.topic not in topic_set:
            return False
        if tag_set is not None and not tag_set.intersection(fact.tags):
            return False
        return fact_set is None or fact.id in fact_set

    restricted = topic_set is not None or tag_set is not None or fact_set is not None
    if pool is None:
        by_topic = {
            t: fs for t, fs in index.by_topic.items() if topic_set is None or t in topic_set
        }
    else:
        by_topic = {}
        for fact in pool:
            if allowed(fact):
                by_topic.setdefault(fact.topic, []).append(fact)
    return by_topic, (allowed if restricted else None)


def _weighted_order(
    decks_facts: list[tuple[_Pool, list[Fact]]],
    weights: Mapping[tuple[str, str], float],
    rng: random.Random,
) -> list[tuple[_Pool, Fact]]:
    """Efraimidis–Spirakis: sort by u ** (1 / w); weight <= 0 goes last."""
    keyed: list[tuple[float, int, _Pool, Fact]] = []
    n = 0
    for pool, facts in decks_facts:
        for fact in facts:
            w = weights.get((pool.deck.id, fact.id), 1.0)
            u = rng.random()
            key = u ** (1.0 / w) if w > 0 and math.isfinite(w) else (u - 2.0 if w <= 0 else 1.0)
            keyed.append((-key, n, pool, fact))
            n += 1
    keyed.sort(key=lambda k: (k[0], k[1]))
    return [(pool, fact) for _, _, pool, fact in keyed]


class _Selector:
    def __init__(
        self,
        pools: list[_Pool],
        script: Script,
        types: Sequence[QuestionType],
        rng: random.Random,
        seed: int,
        weighted: list[tuple[_Pool, Fact]] | None,
        skip: Collection[tuple[str, str, str]] = (),
        accepted: Mapping[tuple[str, str], Sequence[str]] | None = None,
    ) -> None:
        self.skip = skip
        self.accepted = accepted or {}
        self.script = script
        self.rng = rng
        self.seed = seed
        self.types = list(dict.fromkeys(QuestionType(t) for t in types))
        rng.shuffle(self.types)
        # the lanes a question can come from: (deck, topic) pairs, or one weighted lane
        self.lanes: list[tuple[_Pool | None, _LazyShuffle | list[tuple[_Pool, Fact]]]] = []
        if weighted is not None:
            self.lanes.append((None, weighted))
        else:
            for pool in pools:
                for _topic, facts in pool.topics:
                    self.lanes.append((pool, facts))
            rng.shuffle(self.lanes)
        self.streams: dict[tuple[QuestionType, int], int] = {}
        self.repeat: dict[tuple[QuestionType, int], bool] = {}
        self.dead: set[tuple[QuestionType, int]] = set()
        self.used_facts: set[tuple[str, str]] = set()
        self.used_questions: set[tuple[QuestionType, tuple[str, ...]]] = set()
        # facts already shown in a matching or ordering question, per type and deck
        self.in_multi: dict[tuple[QuestionType, str], set[str]] = {}
        self.lane_turn = 0

    def _lane_fact(self, lane: int, i: int) -> tuple[_Pool, Fact] | None:
        pool, facts = self.lanes[lane]
        if i >= len(facts):
            return None
        if isinstance(facts, _LazyShuffle):
            assert pool is not None
            return pool, facts.get(i)
        return facts[i]

    def _from_lane(self, qtype: QuestionType, lane: int) -> Question | None:
        key = (qtype, lane)
        while key not in self.dead:
            i = self.streams.get(key, 0)
            item = self._lane_fact(lane, i)
            if item is None:
                if self.repeat.get(key):
                    self.dead.add(key)
                    return None
                self.repeat[key] = True
                self.streams[key] = 0
                continue
            self.streams[key] = i + 1
            pool, fact = item
            fact_key = (pool.deck.id, fact.id)
            if fact_key in self.used_facts and not self.repeat.get(key):
                continue
            if self.skip and (pool.deck.id, fact.id, qtype.value) in self.skip:
                continue  # the reader reported this form of question about this fact
            multi = self.in_multi.setdefault((qtype, pool.deck.id), set())
            question = make_question(
                pool.deck,
                fact,
                qtype,
                self.script,
                self.rng,
                seed=self.seed,
                allowed=pool.allowed,
                avoid=multi,
            )
            if question is None:
                continue
            if self.skip and any(
                (pool.deck.id, f, qtype.value) in self.skip for f in question.fact_ids
            ):
                continue
            extra = self.accepted.get((pool.deck.id, fact.id)) if question.accept else None
            if extra:
                question = replace(question, accept=(*question.accept, *extra))
            if qtype in _MULTI:
                # another matching of mostly the same pairs teaches nothing new
                if 2 * len(multi.intersection(question.fact_ids)) > len(question.fact_ids):
                    continue
                multi.update(question.fact_ids)
            signature = (qtype, tuple(sorted(question.fact_ids)))
            if signature in self.used_questions:
                continue
            self.used_questions.add(signature)
            self.used_facts.update((pool.deck.id, f) for f in question.fact_ids)
            return question
        return None

    def next_question(self, qtype: QuestionType) -> Question | None:
        """The next question of ``qtype``, from the next lane that still has one."""
        n = len(self.lanes)
        for step in range(n):
            lane = (self.lane_turn + step) % n
            question = self._from_lane(qtype, lane)
            if question is not None:
                self.lane_turn = (lane + 1) % n
                return question
        return None

    def run(self, count: int) -> list[Question]:
        out: list[Question] = []
        made = dict.fromkeys(self.types, 0)
        while len(out) < count and made:
            # the type with the fewest questions so far, in the seed's order among equals
            qtype = min(made, key=lambda t: made[t])
            question = self.next_question(qtype)
            if question is None:
                del made[qtype]  # this type has nothing left to ask
                continue
            out.append(question)
            made[qtype] += 1
        return out


def _pools(
    decks: Sequence[Deck],
    topics: Collection[str] | None,
    tags: Collection[str] | None,
    facts: Collection[tuple[str, str]] | None,
    rng: random.Random,
) -> tuple[list[_Pool], list[tuple[_Pool, list[Fact]]]]:
    pools: list[_Pool] = []
    flat: list[tuple[_Pool, list[Fact]]] = []
    for deck in decks:
        index = index_for(deck)
        deck_facts = {f for d, f in facts if d == deck.id} if facts is not None else None
        by_topic, allowed = _eligible(index, topics, tags, deck_facts)
        pool = _Pool(deck, index, allowed)
        all_facts: list[Fact] = []
        for topic in deck.topics:  # the deck's topic order, then the topics' own facts
            topic_facts = by_topic.get(topic)
            if topic_facts:
                pool.topics.append((topic, _LazyShuffle(topic_facts, rng)))
                all_facts += topic_facts
        for topic, topic_facts in by_topic.items():
            if topic not in deck.topics and topic_facts:
                pool.topics.append((topic, _LazyShuffle(topic_facts, rng)))
                all_facts += topic_facts
        pools.append(pool)
        flat.append((pool, all_facts))
    return pools, flat


def generate(
    decks: Sequence[Deck],
    script: Script,
    *,
    count: int,
    types: Sequence[QuestionType] = ALL_TYPES,
    seed: int = 0,
    topics: Collection[str] | None = None,
    tags: Collection[str] | None = None,
    facts: Collection[tuple[str, str]] | None = None,
    weights: Mapping[tuple[str, str], float] | None = None,
    skip: Collection[tuple[str, str, str]] = (),
    accepted: Mapping[tuple[str, str], Sequence[str]] | None = None,
) -> list[Question]:
    """Up to ``count`` questions from ``decks``, in ``script``, deterministic for ``seed``.

    ``topics`` and ``tags`` restrict by topic id and tag (any of them);
    ``facts`` to ``(deck_id, fact_id)`` pairs (e.g. the reader's mistakes);
    ``weights`` maps ``(deck_id, fact_id)`` to a positive weight (default 1):
    heavier facts tend to come first. ``skip``: ``(deck_id, fact_id, type)``
    forms not to ask (reported); ``accepted``: more answers to accept per
    ``(deck_id, fact_id)``. Fewer than ``count`` come back only when the facts
    cannot give more.
    """
    if count <= 0 or not types:
        return []
    rng = random.Random(seed)
    pools, flat = _pools(decks, topics, tags, facts, rng)
    weighted = _weighted_order(flat, weights, rng) if weights is not None else None
    return _Selector(pools, script, types, rng, seed, weighted, skip, accepted).run(count)
