"""Draft facts from an article, ranked by how much they are worth learning.

:func:`make_session` reads nothing itself: it takes a parsed article, the
decks already loaded and today's date, splits the article, finds answer
candidates in every sentence, phrases one draft per sentence (the strongest
candidate is the answer; the others stay available as alternatives), flags
repeats of and disagreements with existing facts, and ranks the drafts.

A draft is a fact in the deck format (statement with its ``{{span}}``, question,
typed answer, topic from its section, the article as its source) plus what the
review screen needs: where its sentence is, why it was chosen, its flags and
its status. Its id is derived from its sentence, so importing the same article
again gives the same ids, and it never changes when the draft is edited: the
progress store keys cards by (deck id, fact id, card kind).
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from pathlib import Path

from studyapp.core.deck.answers import format_number
from studyapp.core.deck.model import (
    Answer,
    AnswerKind,
    Deck,
    DeckId,
    Entity,
    EntityId,
    EntityType,
    Fact,
    FactId,
    Script,
    Source,
    SourceId,
    Topic,
    TopicId,
    split_span,
)
from studyapp.core.importer.article import Article
from studyapp.core.importer.candidates import (
    FEATURE_WEIGHTS,
    PERSON_WEIGHT,
    Candidate,
    Feature,
    find_candidates,
)
from studyapp.core.importer.entities import EntityIndex, entity_for_deck
from studyapp.core.importer.matching import FactIndex, FactMatch, Said, said
from studyapp.core.importer.questions import clean_text, phrase
from studyapp.core.importer.splitting import Document, Section, Sentence, split_article
from studyapp.core.importer.textnorm import detect_script

MIN_SCORE = 1.5
_OPINION_RE = re.compile(
    r"我覺得|我觉得|我認為|我认为|我之所以|讓我|让我|我最|我的觀點|我的观点|在我看來|在我看来"
)
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,99}$")


class DraftStatus(str, Enum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class Alternative:
    """Another answer the same sentence offers."""

    span: str
    kind: AnswerKind
    feature: Feature


@dataclass(frozen=True, slots=True)
class Draft:
    id: FactId
    topic: TopicId
    question: str
    answer: Answer
    statement: str  # with exactly one {{span}}
    start: int  # the sentence in the session's document text
    end: int
    features: tuple[Feature, ...]
    score: float
    entity: Entity | None = None  # the registry entry an ENTITY answer names, in the deck's script
    duplicates: tuple[FactMatch, ...] = ()
    disagreements: tuple[FactMatch, ...] = ()
    alternatives: tuple[Alternative, ...] = ()
    status: DraftStatus = DraftStatus.PENDING
    tags: tuple[str, ...] = ()

    @property
    def span(self) -> str:
        return split_span(self.statement)[1]

    @property
    def plain(self) -> str:
        before, span, after = split_span(self.statement)
        return before + span + after

    @property
    def answer_text(self) -> str:
        """The answer as the reader sees it (an entity's name, a number with its unit)."""
        answer = self.answer
        if answer.kind is AnswerKind.ENTITY:
            return self.entity.name if self.entity else str(answer.value)
        if answer.kind is AnswerKind.NUMBER:
            assert isinstance(answer.value, int | float)
            return format_number(answer.value) + answer.unit
        return str(answer.value)

    @property
    def is_duplicate(self) -> bool:
        return bool(self.duplicates)

    @property
    def may_disagree(self) -> bool:
        return bool(self.disagreements)

    def to_fact(self, source: SourceId) -> Fact:
        return Fact(
            id=self.id,
            topic=self.topic,
            question=self.question,
            answer=self.answer,
            statement=self.statement,
            sources=(source,),
            tags=self.tags,
        )


@dataclass(frozen=True)
class ImportSession:
    """One article being turned into a deck: its text, metadata and drafts."""

    deck_id: DeckId
    deck_title: str
    script: Script
    source: Source
    topics: tuple[Topic, ...]
    document: Document
    drafts: tuple[Draft, ...]
    article_path: str = ""
    _by_id: dict[FactId, int] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_id.update({d.id: i for i, d in enumerate(self.drafts)})

    def draft(self, draft_id: str) -> Draft:
        return self.drafts[self._by_id[FactId(draft_id)]]

    def with_draft(self, draft: Draft) -> ImportSession:
        """A session with one draft replaced (by id)."""
        drafts = list(self.drafts)
        drafts[self._by_id[draft.id]] = draft
        return dataclasses.replace(self, drafts=tuple(drafts), _by_id={})

    def with_status(self, draft_id: str, status: DraftStatus) -> ImportSession:
        return self.with_draft(dataclasses.replace(self.draft(draft_id), status=status))

    def accepted(self) -> list[Draft]:
        return [d for d in self.drafts if d.status is DraftStatus.ACCEPTED]

    def counts(self) -> Counter[DraftStatus]:
        return Counter(d.status for d in self.drafts)

    def topic_title(self, topic_id: str) -> str:
        return next((t.title for t in self.topics if t.id == topic_id), topic_id)


# -- ids ------------------------------------------------------------------------
def slug(text: str, limit: int = 40) -> str:
    out = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return out[:limit].strip("-")


def default_deck_id(article: Article) -> str:
    name = slug(Path(article.path).stem) or slug(article.title)
    if not name or not name[0].isalpha():
        name = hashlib.sha1(article.title.encode("utf-8")).hexdigest()[:8]
    return f"import-{name}"[:60]


def valid_id(value: str) -> bool:
    return bool(_ID_RE.match(value))


def fact_id_for(sentence: str) -> FactId:
    digest = hashlib.sha1(" ".join(sentence.split()).encode("utf-8")).hexdigest()
    return FactId(f"f-{digest[:10]}")


# -- making drafts ---------------------------------------------------------------
def make_session(
    article: Article,
    decks: Iterable[Deck],
    *,
    today: date,
    deck_id: str | None = None,
    existing: Deck | None = None,
    min_score: float = MIN_SCORE,
) -> ImportSession:
    """Drafts for ``article``, compared with every deck in ``decks``.

    ``existing`` is the user deck the drafts will be added to, if it exists
    already; its facts are not flagged as repeats (they may be this article's
    own earlier drafts) and its source ids are not reused.
    """
    decks = [d for d in decks if existing is None or d.id != existing.id]
    document = split_article(article)
    script = detect_script(document.text)
    index = EntityIndex([*decks, *([existing] if existing else [])])
    facts = FactIndex(decks)
    chosen_id = DeckId(deck_id or (existing.id if existing else default_deck_id(article)))
    source = _source(article, script, today, existing)
    mentions: Counter[str] = Counter(
        str(h.known.entity.id) for s in document.sentences for h in index.find(s.text)
    )

    drafts: list[Draft] = []
    seen: set[FactId] = set()
    for section in document.sections:
        topic = _topic_id(source.id, section)
        for sentence in section.sentences:
            draft = _draft(sentence, topic, script, index, facts, mentions)
            if draft is None or draft.score < min_score or draft.id in seen:
                continue
            seen.add(draft.id)
            if existing is not None and existing.has_fact(draft.id):
                draft = _as_saved(draft, existing.fact(draft.id), existing)
            drafts.append(draft)
    drafts.sort(key=lambda d: (-d.score, d.start))
    used = {d.topic for d in drafts}
    topics = tuple(
        Topic(TopicId(_topic_id(source.id, s)), _topic_title(s, article), (source.id,))
        for s in document.sections
        if _topic_id(source.id, s) in used
    )
    return ImportSession(
        deck_id=chosen_id,
        deck_title=existing.title if existing else clean_text(article.title),
        script=script,
        source=source,
        topics=topics,
        document=document,
        drafts=tuple(drafts),
        article_path=article.path,
    )


def _source(article: Article, script: Script, today: date, existing: Deck | None) -> Source:
    url = article.url or Path(article.path).resolve().as_uri()
    taken: set[str] = set()
    if existing is not None:
        for src in existing.sources.values():
            if src.url == url or src.title == article.title:
                return src
        taken = set(existing.sources)
    source_id = "article"
    n = 2
    while source_id in taken:
        source_id = f"article-{n}"
        n += 1
    note = (
        "" if article.date else f"the article gives no date; {today.isoformat()} is the import date"
    )
    return Source(
        id=SourceId(source_id),
        title=clean_text(article.title),
        date=article.date or today.isoformat(),
        url=url,
        script=script,
        author=clean_text(article.author),
        note=note,
    )


def _topic_id(source_id: str, section: Section) -> TopicId:
    return TopicId(f"{source_id}-{section.index + 1:02d}")


def _topic_title(section: Section, article: Article) -> str:
    return clean_text(section.title or article.title) or f"{section.index + 1}"


def _draft(
    sentence: Sentence,
    topic: TopicId,
    script: Script,
    index: EntityIndex,
    facts: FactIndex,
    mentions: Counter[str],
) -> Draft | None:
    text = clean_text(sentence.text)
    if len(text) < 8:
        return None
    cands = find_candidates(text, index)
    stated = _said(text, cands, index)
    known = facts.known_in(text, stated)
    if known is not None:
        taken = [(c.start, c.end) for c in cands]
        for start, end in known:
            if all(end <= s or start >= e for s, e in taken):
                cands.append(Candidate(Feature.KNOWN, AnswerKind.TEXT, start, end, text[start:end]))
                taken.append((start, end))
    if not cands:
        return None
    features = tuple(dict.fromkeys(c.feature for c in cands))
    if known is not None and Feature.KNOWN not in features:
        features = (*features, Feature.KNOWN)
    score = sum(FEATURE_WEIGHTS[f] for f in features)
    if any(c.known is not None and c.known.entity.type is EntityType.PERSON for c in cands):
        score += PERSON_WEIGHT - FEATURE_WEIGHTS[Feature.ENTITY]
    score += 0.5 * min(
        2, sum(1 for c in cands if c.feature in (Feature.ENTITY, Feature.NEW_NAME)) - 1
    )
    if _OPINION_RE.search(text):
        score -= 1.5
    if text.rstrip().endswith(("？", "?")):
        score -= 1.0
    if len(text) > 150:
        score -= 0.5
    for cand in sorted(cands, key=lambda c: _priority(c, mentions)):
        phrasing = phrase(text, cand, script)
        if phrasing is None:
            continue
        answer, entity = _answer(cand, phrasing.statement, script)
        before, _span, after = split_span(phrasing.statement)
        names = entity.names if entity else ()
        repeats, disagreements = facts.compare(
            phrasing.plain, before + " " + after, answer, names, script, stated
        )
        alternatives = tuple(
            Alternative(c.span(text), c.kind, c.feature)
            for c in cands
            if c is not cand and c.span(text) in phrasing.plain
        )
        return Draft(
            id=fact_id_for(text),
            topic=topic,
            question=phrasing.question,
            answer=answer,
            statement=phrasing.statement,
            start=sentence.start,
            end=sentence.end,
            features=features,
            score=round(score, 2),
            entity=entity,
            duplicates=tuple(repeats),
            disagreements=tuple(disagreements),
            alternatives=alternatives,
            tags=("imported", cand.feature.value),
        )
    return None


def _said(text: str, cands: list[Candidate], index: EntityIndex) -> Said:
    """Every answer the sentence offers: its candidates and every registry name in it
    (a name inside a quotation included)."""
    answers: list[tuple[Answer, EntityType | None]] = []
    for c in cands:
        if c.kind is AnswerKind.NUMBER:
            answers.append((Answer(AnswerKind.NUMBER, c.value, unit=c.unit), None))
        elif c.kind in (AnswerKind.YEAR, AnswerKind.DATE):
            answers.append((Answer(c.kind, c.value), None))
    for hit in index.find(text):
        entity = hit.known.entity
        answers.append((Answer(AnswerKind.ENTITY, entity.id), entity.type))
    return said(answers, text)


def _as_saved(draft: Draft, fact: Fact, deck: Deck) -> Draft:
    """A draft the user deck already has: shown as accepted, with the saved wording."""
    entity = (
        deck.entities.get(EntityId(str(fact.answer.value)))
        if fact.answer.kind is AnswerKind.ENTITY
        else None
    )
    return dataclasses.replace(
        draft,
        topic=fact.topic,
        question=fact.question,
        answer=fact.answer,
        statement=fact.statement,
        entity=entity,
        status=DraftStatus.ACCEPTED,
    )


_ORDER = {f: i for i, f in enumerate(Feature)}


def _priority(cand: Candidate, mentions: Counter[str]) -> tuple[int, int, int]:
    rank = _ORDER[cand.feature]
    if cand.kind is AnswerKind.ENTITY and cand.known is not None:
        etype = cand.known.entity.type
        common = mentions[cand.known.entity.id] > 12 and etype is not EntityType.PERSON
        return rank, 1 if common else 0, 0 if etype is EntityType.PERSON else 1
    return rank, 0, 0


def _answer(cand: Candidate, statement: str, script: Script) -> tuple[Answer, Entity | None]:
    span = split_span(statement)[1]
    if cand.kind is AnswerKind.ENTITY and cand.known is not None:
        entity = entity_for_deck(cand.known, script, span)
        return Answer(AnswerKind.ENTITY, entity.id), entity
    if cand.kind is AnswerKind.NUMBER:
        return Answer(AnswerKind.NUMBER, cand.value, unit=cand.unit), None
    if cand.kind in (AnswerKind.YEAR, AnswerKind.DATE):
        return Answer(cand.kind, cand.value), None
    return Answer(cand.kind, span), None
