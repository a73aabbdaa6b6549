"""An imported article's own text, kept beside its deck, and where each fact is in it.

When the importer saves a user deck it also keeps the article it read, as the
importer's document text (headings and paragraphs, without markup), with its
sections and, for each saved fact, the character offsets of the sentence that
states it. Read mode shows that text with every such sentence highlighted.

One JSON file per (deck, source) in ``DATA_DIR/articles/`` (see
:func:`studyapp.paths.article_copy_file`), written whole or not at all by the
importer (:func:`studyapp.core.importer.userdeck.keep_article`); this module is
its format and reads it. A copy
that is missing, unreadable or damaged is simply not there: the deck still
works, and Read mode shows the deck's outline instead.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from studyapp.core.deck.model import Deck
from studyapp.paths import article_copy_file

log = logging.getLogger(__name__)

FORMAT = 1
MAX_COPY_BYTES = 16 * 1024 * 1024  # an article is at most 2 MB; its copy far less than this

Span = tuple[int, int]  # [start, end) offsets in the copy's text


@dataclass(frozen=True, slots=True)
class ArticleSection:
    title: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ArticleCopy:
    deck_id: str
    source_id: str
    title: str
    text: str
    sections: tuple[ArticleSection, ...]
    facts: Mapping[str, Span] = field(default_factory=dict)  # fact id -> its sentence

    def sentence_of(self, fact_id: str) -> Span | None:
        return self.facts.get(fact_id)

    def to_json(self) -> str:
        data = {
            "studyapp-article": FORMAT,
            "deck": self.deck_id,
            "source": self.source_id,
            "title": self.title,
            "text": self.text,
            "sections": [[s.title, s.start, s.end] for s in self.sections],
            "facts": {fact_id: list(span) for fact_id, span in self.facts.items()},
        }
        return json.dumps(data, ensure_ascii=False, indent=0) + "\n"

    @classmethod
    def from_json(cls, text: str) -> ArticleCopy:
        """The copy in ``text``; ValueError saying what is wrong with it."""
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("studyapp-article") != FORMAT:
            raise ValueError("not a studyapp article copy of a known format")
        body = data.get("text")
        deck_id, source_id, title = data.get("deck"), data.get("source"), data.get("title")
        if not all(isinstance(v, str) for v in (body, deck_id, source_id, title)):
            raise ValueError("text, deck, source and title must be texts")
        assert isinstance(body, str)
        size = len(body)
        sections: list[ArticleSection] = []
        for item in _list(data.get("sections")):
            if not (isinstance(item, list) and len(item) == 3 and isinstance(item[0], str)):
                raise ValueError("a section must be [title, start, end]")
            start, end = _span(item[1:], size)
            sections.append(ArticleSection(item[0], start, end))
        raw_facts = data.get("facts")
        if not isinstance(raw_facts, dict):
            raise ValueError("facts must map fact ids to [start, end]")
        facts = {str(k): _span(v, size) for k, v in raw_facts.items()}
        return cls(str(deck_id), str(source_id), str(title), body, tuple(sections), facts)


def _list(value: object) -> list[object]:
    if not isinstance(value, list):
        raise ValueError("sections must be a list")
    return value


def _span(value: object, size: int) -> Span:
    if (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        and 0 <= value[0] <= value[1] <= size
    ):
        return value[0], value[1]
    raise ValueError(f"{value!r} is not a place in the text")


def load_copy(data_dir: Path, deck_id: str, source_id: str) -> ArticleCopy | None:
    """The copy of one article, or None when there is none that can be used."""
    path = article_copy_file(data_dir, deck_id, source_id)
    try:
        if path.stat().st_size > MAX_COPY_BYTES:
            log.warning("article copy %s is too large; not read", path)
            return None
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("article copy %s could not be read: %s", path, exc)
        return None
    try:
        copy = ArticleCopy.from_json(text)
    except (ValueError, RecursionError) as exc:
        log.warning("article copy %s is damaged: %s", path, exc)
        return None
    if copy.deck_id != deck_id or copy.source_id != source_id:
        log.warning("article copy %s belongs to %s/%s", path, copy.deck_id, copy.source_id)
        return None
    return copy


def copies_of(data_dir: Path | None, deck: Deck) -> dict[str, ArticleCopy]:
    """The kept articles of a user deck, by source id (built-in decks keep none)."""
    if data_dir is None or deck.builtin:
        return {}
    found: dict[str, ArticleCopy] = {}
    for source_id in deck.sources:
        copy = load_copy(data_dir, deck.id, source_id)
        if copy is not None:
            found[source_id] = copy
    return found
