"""The reader's own decks: accepted drafts saved in ``DATA_DIR/decks/``.

A user deck is an ordinary deck file (``decks/README.md``) that validates with
``studyapp check``. It is written whole, to a temporary file in the same
folder that then replaces the old one (``os.replace``), so a crash leaves
either the old deck or the new one, never half of either. Every text is
validated with :func:`~studyapp.core.deck.load.load_deck_text` before it is
written.

Fact ids never change once written: the progress store keys cards by
(deck id, fact id, card kind), so editing a fact's question or answer keeps
its review history. Round trip: :func:`load_deck` → :func:`edit_fact` →
:func:`save_deck`.

Saving also records where each fact comes from: the deck's ``outline`` (the
article's sections and the facts of each) and, beside the deck, a copy of the
article with each fact's sentence (:mod:`studyapp.core.deck.articles`), which
Read mode shows.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from studyapp.core.deck.articles import ArticleCopy, ArticleSection, load_copy
from studyapp.core.deck.load import load_deck, load_deck_text
from studyapp.core.deck.model import (
    SPAN_RE,
    Answer,
    AnswerKind,
    Deck,
    Entity,
    EntityId,
    Fact,
    FactId,
    Outline,
    OutlineSection,
    Source,
    SourceId,
    Topic,
    TopicId,
    split_span,
)
from studyapp.core.deck.rules import FORMAT_VERSION, Known, giveaway_problem, span_problem
from studyapp.core.deck.yamlsafe import DeckError
from studyapp.core.errors import ErrorKind, StudyError
from studyapp.core.files import write_atomic
from studyapp.core.importer.drafts import Draft, DraftStatus, ImportSession
from studyapp.core.importer.editing import trimmed
from studyapp.paths import article_copy_file, user_deck_file

log = logging.getLogger(__name__)


class UserDeckError(StudyError):
    """A user deck that cannot be saved (a built-in id, a problem found on validation)."""


# -- building -------------------------------------------------------------------
def deck_from_session(session: ImportSession, existing: Deck | None = None) -> Deck:
    """The user deck after this session: ``existing`` with this session's drafts applied.

    Accepted drafts are added (or replace the fact with their id, in place);
    drafts that are not accepted are removed if the deck had them; facts the
    session does not know (other articles, hand-written ones) stay as they are.
    """
    if existing is not None and existing.builtin:
        raise UserDeckError(ErrorKind.DECK_BUILT_IN, deck=existing.id)
    accepted = {d.id: d for d in session.drafts if d.status is DraftStatus.ACCEPTED}
    session_ids = {d.id for d in session.drafts}
    source_id = session.source.id

    facts: list[Fact] = []
    placed: set[FactId] = set()
    for fact in existing.facts if existing else ():
        if fact.id in accepted:
            facts.append(_fact(accepted[fact.id], source_id, fact))
            placed.add(fact.id)
        elif fact.id not in session_ids:
            facts.append(fact)
    for draft in sorted(accepted.values(), key=lambda d: d.start):
        if draft.id not in placed:
            facts.append(_fact(draft, source_id, None))

    sources = dict(existing.sources) if existing else {}
    sources[source_id] = session.source
    topics: dict[TopicId, Topic] = dict(existing.topics) if existing else {}
    used = {f.topic for f in facts}
    for topic in session.topics:
        if topic.id in used or topic.id in topics:
            topics[topic.id] = topic
    entities: dict[EntityId, Entity] = dict(existing.entities) if existing else {}
    for draft in accepted.values():
        if draft.entity is not None:
            entities[draft.entity.id] = _merge_entity(entities.get(draft.entity.id), draft.entity)
    return Deck(
        id=existing.id if existing else session.deck_id,
        title=existing.title if existing else session.deck_title,
        script=existing.script if existing else session.script,
        description=existing.description if existing else "",
        sources=sources,
        topics=topics,
        entities=entities,
        glossary=existing.glossary if existing else (),
        facts=tuple(facts),
        path=existing.path if existing else "",
        outline=_outline(session, existing, {f.id for f in facts}),
    )


# -- where each fact is ------------------------------------------------------------
def _section_of(session: ImportSession, offset: int) -> int:
    for i, section in enumerate(session.document.sections):
        if section.start <= offset < section.end:
            return i
    return len(session.document.sections) - 1


def _outline(
    session: ImportSession, existing: Deck | None, kept: set[FactId]
) -> tuple[Outline, ...]:
    """The deck's outline: this session's article section by section (its headings, and
    the accepted drafts in each, in the article's order), the other sources' as they were.
    A fact of this article that the session no longer drafts keeps its old section."""
    source_id = session.source.id
    sections = session.document.sections
    placed: list[list[FactId]] = [[] for _ in sections]
    for draft in sorted(session.accepted(), key=lambda d: d.start):
        if sections:
            placed[_section_of(session, draft.start)].append(draft.id)
    titles = [
        " ".join(s.title.split()) or session.source.title or str(i + 1)
        for i, s in enumerate(sections)
    ]
    new = [OutlineSection(t, tuple(ids)) for t, ids in zip(titles, placed, strict=True)]
    old = existing.outline_of(source_id) if existing else None
    if old is not None:
        listed = {f for s in new for f in s.facts}
        for section in old.sections:
            left = tuple(f for f in section.facts if f in kept and f not in listed)
            if not left:
                continue
            at = next((i for i, s in enumerate(new) if s.title == section.title), None)
            if at is None:
                new.append(OutlineSection(section.title, left, section.note))
            else:
                new[at] = dataclasses.replace(new[at], facts=new[at].facts + left)
    others = tuple(o for o in existing.outline if o.source != source_id) if existing else ()
    mine = (Outline(source_id, tuple(new)),) if new else ()
    return others + mine


def _fact(draft: Draft, source: SourceId, old: Fact | None) -> Fact:
    fact = trimmed(draft).to_fact(source)  # what the deck keeps has no stray spaces
    if old is not None:  # keep what the review screen does not edit
        sources = old.sources if source in old.sources else (*old.sources, source)
        fact = dataclasses.replace(
            fact,
            sources=sources,
            disputed=old.disputed,
            gist=old.gist,
            note=old.note,
            tags=old.tags or fact.tags,
        )
    return fact


def _merge_entity(old: Entity | None, new: Entity) -> Entity:
    if old is None:
        return new
    aliases = tuple(n for n in dict.fromkeys((*old.aliases, *new.names)) if n != old.name)
    return dataclasses.replace(old, aliases=aliases)


def edit_fact(deck: Deck, fact_id: str, **changes: Any) -> Deck:
    """A copy of ``deck`` with one fact changed; its id cannot change."""
    if "id" in changes and changes["id"] != fact_id:
        raise UserDeckError(ErrorKind.FACT_ID_FIXED)
    facts = list(deck.facts)
    for i, fact in enumerate(facts):
        if fact.id == fact_id:
            facts[i] = dataclasses.replace(fact, **changes)
            break
    else:
        raise KeyError(fact_id)
    return dataclasses.replace(deck, facts=tuple(facts), _fact_index={})


def reword_fact(
    deck: Deck, fact_id: str, *, question: str, statement: str, gist: str = "", note: str = ""
) -> Deck:
    """``deck`` with one of its facts reworded by the reader (from Review's *Edit*): its
    question, its statement with the answer marked ``{{…}}``, its gist and note. A text
    or quotation answer is what the statement marks; any other answer (a year, a name,
    a number) stays and the marked words must still state it. The id, and with it the
    review history, stays. Raises :class:`UserDeckError` saying what is wrong."""
    if deck.builtin:
        raise UserDeckError(ErrorKind.DECK_BUILT_IN, deck=deck.id)
    fact = deck.fact(fact_id)
    question = " ".join(question.split())
    statement = statement.strip()
    if not question:
        raise UserDeckError(ErrorKind.QUESTION_EMPTY)
    spans = SPAN_RE.findall(statement)
    if len(spans) != 1 or not spans[0].strip():
        raise UserDeckError(ErrorKind.STATEMENT_ONE_ANSWER)
    before, span, after = split_span(statement)
    core = span.strip()
    lead, trail = span[: len(span) - len(span.lstrip())], span[len(span.rstrip()) :]
    statement = f"{before}{lead}{{{{{core}}}}}{trail}{after}"
    answer = fact.answer
    if answer.kind in (AnswerKind.TEXT, AnswerKind.QUOTE):
        answer = dataclasses.replace(answer, value=core)
    known = Known(
        sources={str(k): v for k, v in deck.sources.items()},
        topics={str(k): v for k, v in deck.topics.items()},
        entities={str(k): v for k, v in deck.entities.items()},
    )
    if span_problem(statement, answer, known, "statement"):
        raise UserDeckError(ErrorKind.ANSWER_NOT_IN_STATEMENT)
    if giveaway_problem(question, statement, answer, known):
        raise UserDeckError(ErrorKind.QUESTION_SHOWS_ANSWER, answer=core)
    return edit_fact(
        deck,
        fact_id,
        question=question,
        statement=statement,
        answer=answer,
        gist=" ".join(gist.split()),
        note=note.strip(),
    )


# -- writing --------------------------------------------------------------------
def deck_yaml(deck: Deck) -> str:
    """The deck in the deck file format (validated by the caller before writing)."""
    data: dict[str, Any] = {
        "studyapp-deck": FORMAT_VERSION,
        "id": str(deck.id),
        "title": deck.title,
        "script": deck.script,
    }
    if deck.description:
        data["description"] = deck.description
    data["sources"] = [_source(s) for s in deck.sources.values()]
    data["topics"] = [
        {
            "id": str(t.id),
            "title": t.title,
            **({"sources": [str(s) for s in t.sources]} if t.sources else {}),
        }
        for t in deck.topics.values()
    ]
    if deck.entities:
        data["entities"] = [_entity(e) for e in deck.entities.values()]
    if deck.glossary:
        data["glossary"] = [{"hant": g.hant, "hans": g.hans} for g in deck.glossary]
    data["facts"] = [_fact_data(f) for f in deck.facts]
    if deck.outline:
        data["outline"] = [_outline_data(o) for o in deck.outline]
    body = yaml.safe_dump(
        data, allow_unicode=True, sort_keys=False, default_flow_style=False, width=4096
    )
    header = (
        "# studyapp deck written by studyapp (format: decks/README.md).\n"
        "# Fact ids are stable: progress hangs on them. Edit texts freely, keep the ids.\n"
    )
    return header + body


def _source(s: Source) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": str(s.id),
        "title": s.title,
        "date": s.date,
        "url": s.url,
        "script": s.script,
    }
    for key in ("publisher", "author", "video", "note"):
        value = getattr(s, key)
        if value:
            out[key] = value
    return out


def _entity(e: Entity) -> dict[str, Any]:
    out: dict[str, Any] = {"id": str(e.id), "type": e.type.value, "name": e.name}
    if e.aliases:
        out["aliases"] = list(e.aliases)
    if e.note:
        out["note"] = e.note
    return out


def _answer(a: Answer) -> dict[str, Any]:
    value: Any = a.value
    if a.kind is AnswerKind.NUMBER and isinstance(value, float) and value.is_integer():
        value = int(value)
    elif a.kind in (AnswerKind.ENTITY, AnswerKind.DATE, AnswerKind.TEXT, AnswerKind.QUOTE):
        value = str(value)
    out: dict[str, Any] = {a.kind.value: value}
    if a.unit:
        out["unit"] = a.unit
    if a.accept:
        out["accept"] = list(a.accept)
    return out


def _outline_data(outline: Outline) -> dict[str, Any]:
    sections: list[dict[str, Any]] = []
    for section in outline.sections:
        out: dict[str, Any] = {"title": section.title}
        if section.note:
            out["note"] = section.note
        if section.facts:
            out["facts"] = [str(f) for f in section.facts]
        sections.append(out)
    return {"source": str(outline.source), "sections": sections}


def _fact_data(f: Fact) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": str(f.id),
        "topic": str(f.topic),
        "question": f.question,
        "answer": _answer(f.answer),
        "statement": f.statement,
    }
    if f.gist:
        out["gist"] = f.gist
    out["sources"] = [str(s) for s in f.sources]
    if f.disputed:
        out["disputed"] = [
            {
                "source": str(d.source),
                "answer": _answer(d.answer),
                **({"statement": d.statement} if d.statement else {}),
                **({"note": d.note} if d.note else {}),
            }
            for d in f.disputed
        ]
    if f.tags:
        out["tags"] = list(f.tags)
    if f.note:
        out["note"] = f.note
    return out


def deck_path(data_dir: Path, deck_id: str, existing: Deck | None = None) -> Path:
    if existing is not None and existing.path and not existing.builtin:
        return Path(existing.path)
    return user_deck_file(data_dir, deck_id)


def save_deck(deck: Deck, path: Path) -> Deck:
    """Validate and write ``deck``; returns it as loaded back from the text written."""
    if deck.builtin:
        raise UserDeckError(ErrorKind.DECK_BUILT_IN, deck=deck.id)
    if not deck.facts:
        raise UserDeckError(ErrorKind.NOTHING_ACCEPTED)
    text = deck_yaml(deck)
    try:
        loaded = load_deck_text(text, str(path))
    except DeckError as exc:
        raise UserDeckError(ErrorKind.DECK_WOULD_BE_INVALID, problems=str(exc)) from exc
    write_atomic(path, text)
    return loaded


def save_session(
    data_dir: Path, session: ImportSession, decks: Iterable[Deck] = ()
) -> tuple[Deck, Path]:
    """Save the session's accepted drafts into its user deck; ``(deck, path)``."""
    existing = next((d for d in decks if d.id == session.deck_id), None)
    if existing is not None and existing.builtin:
        raise UserDeckError(ErrorKind.DECK_BUILT_IN, deck=existing.id)
    path = deck_path(data_dir, session.deck_id, existing)
    if existing is None and path.exists():
        try:
            existing = load_deck(path)
        except DeckError as exc:
            raise UserDeckError(
                ErrorKind.DECK_FILE_NOT_A_DECK, path=str(path), problems=str(exc)
            ) from exc
        if existing.id != session.deck_id:
            raise UserDeckError(
                ErrorKind.DECK_FILE_HOLDS_OTHER,
                path=str(path),
                found=existing.id,
                deck=session.deck_id,
            )
    deck = deck_from_session(session, existing)
    saved = save_deck(deck, path)
    keep_article(data_dir, session, saved)
    return saved, path


def article_copy(session: ImportSession, deck: Deck, old: ArticleCopy | None) -> ArticleCopy:
    """The session's article as kept beside ``deck``: its text, its sections and the
    sentence of every saved fact it drafted (a fact it no longer drafts keeps its old
    place while the text is the same)."""
    document = session.document
    facts: dict[str, tuple[int, int]] = {}
    if old is not None and old.text == document.text:
        facts.update(
            (fact_id, span) for fact_id, span in old.facts.items() if deck.has_fact(fact_id)
        )
    for draft in session.accepted():
        if deck.has_fact(draft.id):
            facts[draft.id] = (draft.start, draft.end)
    return ArticleCopy(
        deck_id=deck.id,
        source_id=session.source.id,
        title=session.source.title,
        text=document.text,
        sections=tuple(ArticleSection(s.title, s.start, s.end) for s in document.sections),
        facts=facts,
    )


def keep_article(data_dir: Path, session: ImportSession, deck: Deck) -> Path | None:
    """Keep the article beside its saved deck for Read mode; None if it could not be
    written (the deck is saved all the same: Read then shows the deck's outline)."""
    old = load_copy(data_dir, deck.id, session.source.id)
    path = article_copy_file(data_dir, deck.id, session.source.id)
    try:
        write_atomic(path, article_copy(session, deck, old).to_json())
        return path
    except OSError as exc:
        log.warning("the article of %s could not be kept: %s", deck.id, exc)
        return None
