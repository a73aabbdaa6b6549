"""Learn's own file: the round under way, the facts learned so far, the last choices.

``DATA_DIR/learn.json`` (:func:`studyapp.paths.learn_file`), rewritten whole after
every answer through a temporary file and ``os.replace``: a crash leaves the
round as it was before the answer or after it, never half-written.

Why a file of its own and not a table in the progress database: a round is a
scratch pad, not progress (it never touches the FSRS schedule unless asked to,
and then through the store's own ``answer``); Learn works when the progress
store cannot be opened (damaged, newer, locked by a second copy), which a table
in it could not; the round is one small document replaced whole after every
answer, which JSON does in one write and SQL in a delete and several inserts;
and a file of its own needs no schema migration, so a newer or older round file
is simply not resumed. Backups of the progress database do not carry it, which
is right for a round that is minutes old.

Reading is lenient: a missing, unreadable or damaged file is an empty one (the
reason is logged), a fact that left its deck leaves the round.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from studyapp.core.deck.model import Deck, Fact
from studyapp.core.errors import StudyError, file_fault
from studyapp.core.files import write_atomic
from studyapp.core.learn.round import LearnRound
from studyapp.core.store.records import FactKey
from studyapp.paths import learn_file

log = logging.getLogger(__name__)

FORMAT = 1
MAX_BYTES = 4 * 1024 * 1024
ROUND_SIZES: tuple[int, ...] = (5, 7, 10, 15, 20)
DEFAULT_SIZE = 7


@dataclass
class LearnChoices:
    """What the reader chose for the last round (offered again)."""

    decks: tuple[str, ...] = ()  # empty: every deck
    topics: tuple[str, ...] = ()  # empty: every topic
    size: int = DEFAULT_SIZE
    count_reviews: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "decks": list(self.decks),
            "topics": list(self.topics),
            "size": self.size,
            "count_reviews": self.count_reviews,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> LearnChoices:
        size = d.get("size", DEFAULT_SIZE)
        return cls(
            decks=tuple(str(x) for x in d.get("decks", ())),
            topics=tuple(str(x) for x in d.get("topics", ())),
            size=size if isinstance(size, int) and size in ROUND_SIZES else DEFAULT_SIZE,
            count_reviews=bool(d.get("count_reviews", False)),
        )


@dataclass
class LearnFile:
    round: LearnRound | None = None
    learned: dict[FactKey, str] = field(default_factory=dict)  # fact -> ISO date it got there
    choices: LearnChoices = field(default_factory=LearnChoices)

    def to_json(self) -> str:
        data = {
            "studyapp-learn": FORMAT,
            "round": self.round.to_dict() if self.round is not None else None,
            "learned": [[*key.to_list(), when] for key, when in self.learned.items()],
            "choices": self.choices.to_dict(),
        }
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def load_learn(data_dir: Path, exists: Callable[[FactKey], bool] | None = None) -> LearnFile:
    """The saved round and history; facts for which ``exists`` is false are dropped."""
    path = learn_file(data_dir)
    try:
        if path.stat().st_size > MAX_BYTES:
            log.warning("%s is too large to be a Learn file; starting afresh", path)
            return LearnFile()
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return LearnFile()
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("%s could not be read (%s); starting afresh", path, exc)
        return LearnFile()
    try:
        return _parse(text, exists)
    except (ValueError, KeyError, TypeError, RecursionError) as exc:
        log.warning("%s is damaged (%s); starting afresh", path, exc)
        return LearnFile()


def _parse(text: str, exists: Callable[[FactKey], bool] | None) -> LearnFile:
    data = json.loads(text)
    if not isinstance(data, dict) or data.get("studyapp-learn") != FORMAT:
        raise ValueError("not a Learn file of a known format")
    learned: dict[FactKey, str] = {}
    for item in data.get("learned", []):
        deck_id, fact_id, when = item
        key = FactKey(str(deck_id), str(fact_id))
        if exists is None or exists(key):
            learned[key] = str(when)
    choices = LearnChoices.from_dict(data.get("choices") or {})
    round_: LearnRound | None = None
    raw = data.get("round")
    if raw is not None:
        keys = [FactKey.from_list(p["fact"]) for p in raw["facts"]]
        keep = [k for k in keys if exists is None or exists(k)]
        round_ = LearnRound.from_dict(raw, keep) if keep else None
    return LearnFile(round_, learned, choices)


def save_learn(data_dir: Path, state: LearnFile) -> None:
    """Write the Learn file atomically; StudyError saying why it could not be."""
    path = learn_file(data_dir)
    try:
        write_atomic(path, state.to_json())
    except OSError as exc:
        kind, params = file_fault(exc, path)
        raise StudyError(kind, **params) from exc


def pick_facts(
    decks: Sequence[Deck],
    choices: LearnChoices,
    learned: Mapping[FactKey, str],
    can_ask: Callable[[Deck, Fact], bool],
) -> list[tuple[Deck, Fact]]:
    """The next round's facts: of the chosen decks and topics, those not learned yet in
    the decks' order, then those learned longest ago; only facts every step can ask."""
    chosen = [d for d in decks if not choices.decks or d.id in choices.decks]
    topics = set(choices.topics)

    def pool() -> Iterator[tuple[Deck, Fact]]:
        for deck in chosen:
            for fact in deck.facts:
                if not topics or fact.topic in topics:
                    yield deck, fact

    fresh = [(d, f) for d, f in pool() if FactKey(d.id, f.id) not in learned]
    again = sorted(
        ((d, f) for d, f in pool() if FactKey(d.id, f.id) in learned),
        key=lambda df: learned[FactKey(df[0].id, df[1].id)],
    )
    picked: list[tuple[Deck, Fact]] = []
    for deck, fact in (*fresh, *again):
        if len(picked) >= choices.size:
            break
        if can_ask(deck, fact):
            picked.append((deck, fact))
    return picked
