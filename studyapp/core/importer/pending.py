"""Pending drafts: an import session kept on disk until the reader has reviewed it.

``studyapp import ARTICLE`` writes ``DATA_DIR/imports/<deck id>.json``: the
article's text and sections, the deck's source and topics, and every draft
with its status (pending, accepted, rejected) and flags. It lives outside
``DATA_DIR/decks`` on purpose: nothing pending is ever studied. The review
screen opens it, the reader accepts, edits or rejects, and the accepted
drafts are saved as a user deck (:mod:`studyapp.core.importer.userdeck`);
the file is then updated with the statuses so a review can be resumed.

JSON, read with :func:`json.loads` and checked field by field: a damaged or
hand-edited file gives a :class:`PendingError`, never a crash.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from studyapp.core.deck.model import (
    Answer,
    AnswerKind,
    DeckId,
    Entity,
    EntityId,
    EntityType,
    FactId,
    Source,
    SourceId,
    Topic,
    TopicId,
)
from studyapp.core.errors import ErrorKind, StudyError, file_fault
from studyapp.core.files import write_atomic
from studyapp.core.importer.article import NotARegularFileError, open_regular
from studyapp.core.importer.candidates import Feature
from studyapp.core.importer.drafts import Alternative, Draft, DraftStatus, ImportSession
from studyapp.core.importer.matching import FactMatch, MatchKind
from studyapp.core.importer.splitting import Document, Section, Sentence
from studyapp.paths import imports_dir, pending_file

FORMAT = "studyapp-drafts"
VERSION = 1
MAX_BYTES = 20 * 1024 * 1024


class PendingError(StudyError):
    """A drafts file that cannot be read."""


def list_pending(data_dir: Path) -> list[Path]:
    folder = imports_dir(data_dir)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix == ".json" and p.is_file())


def save_pending(data_dir: Path, session: ImportSession) -> Path:
    """Write the drafts file; a :class:`PendingError` says why it could not be
    written (a full disk, a read-only folder); nothing is left half-written."""
    path = pending_file(data_dir, session.deck_id)
    try:
        write_atomic(path, session_json(session))
    except OSError as exc:
        kind, params = file_fault(exc, path)
        raise PendingError(kind, **params) from exc
    return path


def session_json(session: ImportSession) -> str:
    return json.dumps(session_to_dict(session), ensure_ascii=False, indent=1) + "\n"


def load_pending(path: Path) -> ImportSession:
    try:
        with open_regular(path) as fh:
            raw = fh.read(MAX_BYTES + 1)
        if len(raw) > MAX_BYTES:
            raise PendingError(ErrorKind.DRAFTS_TOO_LARGE, path=str(path))
        data = json.loads(raw.decode("utf-8"))
    except NotARegularFileError:
        raise PendingError(
            ErrorKind.DRAFTS_UNREADABLE, path=str(path), reason="not a regular file"
        ) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PendingError(ErrorKind.DRAFTS_UNREADABLE, path=str(path), reason=str(exc)) from None
    try:
        return session_from_dict(data)
    except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
        raise PendingError(
            ErrorKind.DRAFTS_INVALID, path=str(path), reason=f"{exc.__class__.__name__}: {exc}"
        ) from None


def carry_over(old: ImportSession, new: ImportSession) -> ImportSession:
    """``new`` with the reader's decisions and edits from ``old`` kept (matched by draft id)."""
    reviewed = {d.id: d for d in old.drafts if d.status is not DraftStatus.PENDING}
    drafts = tuple(
        reviewed.get(d.id, d) if d.status is DraftStatus.PENDING else d for d in new.drafts
    )
    return dataclasses.replace(new, drafts=drafts, _by_id={})


# -- to plain data --------------------------------------------------------------
def session_to_dict(session: ImportSession) -> dict[str, Any]:
    doc = session.document
    return {
        "format": FORMAT,
        "version": VERSION,
        "deck": {"id": session.deck_id, "title": session.deck_title, "script": session.script},
        "article": session.article_path,
        "source": {
            "id": session.source.id,
            "title": session.source.title,
            "date": session.source.date,
            "url": session.source.url,
            "script": session.source.script,
            "publisher": session.source.publisher,
            "author": session.source.author,
            "note": session.source.note,
        },
        "topics": [
            {"id": t.id, "title": t.title, "sources": list(t.sources)} for t in session.topics
        ],
        "document": {
            "text": doc.text,
            "sections": [
                {
                    "title": s.title,
                    "level": s.level,
                    "start": s.start,
                    "end": s.end,
                    "sentences": [[x.start, x.end] for x in s.sentences],
                }
                for s in doc.sections
            ],
        },
        "drafts": [_draft_dict(d) for d in session.drafts],
        "held_back": session.held_back,
        "doubted": sorted(session.doubted),
    }


def _answer_dict(a: Answer) -> dict[str, Any]:
    return {"kind": a.kind.value, "value": a.value, "unit": a.unit, "accept": list(a.accept)}


def _entity_dict(e: Entity) -> dict[str, Any]:
    return {
        "id": e.id,
        "type": e.type.value,
        "name": e.name,
        "aliases": list(e.aliases),
        "note": e.note,
    }


def _match_dict(m: FactMatch) -> dict[str, Any]:
    return {
        "kind": m.kind.value,
        "deck": m.deck,
        "fact": m.fact,
        "score": m.score,
        "statement": m.statement,
        "answer": m.answer,
        "note": m.note,
        "agrees_with": m.agrees_with,
    }


def _draft_dict(d: Draft) -> dict[str, Any]:
    return {
        "id": d.id,
        "status": d.status.value,
        "topic": d.topic,
        "question": d.question,
        "answer": _answer_dict(d.answer),
        "statement": d.statement,
        "sentence": [d.start, d.end],
        "features": [f.value for f in d.features],
        "score": d.score,
        "entity": _entity_dict(d.entity) if d.entity else None,
        "duplicates": [_match_dict(m) for m in d.duplicates],
        "disagreements": [_match_dict(m) for m in d.disagreements],
        "alternatives": [
            {"span": a.span, "kind": a.kind.value, "feature": a.feature.value}
            for a in d.alternatives
        ],
        "tags": list(d.tags),
    }


# -- from plain data ------------------------------------------------------------
def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, got {type(value).__name__}")
    return value


def _int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"expected a whole number, got {type(value).__name__}")
    return value


def _script(value: Any) -> Any:
    if value not in ("hant", "hans"):
        raise ValueError(f"unknown script {value!r}")
    return value


def session_from_dict(data: Any) -> ImportSession:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError("missing 'format: studyapp-drafts'")
    if _int(data["version"]) > VERSION:
        raise ValueError("written by a newer studyapp")
    deck = data["deck"]
    src = data["source"]
    source = Source(
        id=SourceId(_str(src["id"])),
        title=_str(src["title"]),
        date=_str(src["date"]),
        url=_str(src["url"]),
        script=_script(src["script"]),
        publisher=_str(src.get("publisher", "")),
        author=_str(src.get("author", "")),
        note=_str(src.get("note", "")),
    )
    topics = tuple(
        Topic(
            TopicId(_str(t["id"])), _str(t["title"]), tuple(SourceId(_str(s)) for s in t["sources"])
        )
        for t in data["topics"]
    )
    doc = data["document"]
    text = _str(doc["text"])
    sections: list[Section] = []
    for i, s in enumerate(doc["sections"]):
        sentences = tuple(
            Sentence(text[_int(a) : _int(b)], _int(a), _int(b), i) for a, b in s["sentences"]
        )
        sections.append(
            Section(
                i, _str(s["title"]), _int(s["level"]), _int(s["start"]), _int(s["end"]), sentences
            )
        )
    drafts = tuple(_draft(d, len(text)) for d in data["drafts"])
    return ImportSession(
        deck_id=DeckId(_str(deck["id"])),
        deck_title=_str(deck["title"]),
        script=_script(deck["script"]),
        source=source,
        topics=topics,
        document=Document(text, tuple(sections)),
        drafts=drafts,
        article_path=_str(data.get("article", "")),
        held_back=max(0, int(data.get("held_back", 0))),
        doubted=frozenset(d.id for d in drafts) & _ids(data.get("doubted")),
    )


def _ids(data: Any) -> set[str]:
    """The draft ids a list names (anything else names none)."""
    return {x for x in data if isinstance(x, str)} if isinstance(data, list) else set()


def _answer(data: Any) -> Answer:
    kind = AnswerKind(_str(data["kind"]))
    value = data["value"]
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise TypeError("answer value must be text or a number")
    return Answer(
        kind, value, _str(data.get("unit", "")), tuple(_str(a) for a in data.get("accept", []))
    )


def _entity(data: Any) -> Entity | None:
    if data is None:
        return None
    return Entity(
        id=EntityId(_str(data["id"])),
        type=EntityType(_str(data["type"])),
        name=_str(data["name"]),
        aliases=tuple(_str(a) for a in data.get("aliases", [])),
        note=_str(data.get("note", "")),
    )


def _match(data: Any) -> FactMatch:
    score = data["score"]
    if not isinstance(score, int | float):
        raise TypeError("score must be a number")
    return FactMatch(
        kind=MatchKind(_str(data["kind"])),
        deck=DeckId(_str(data["deck"])),
        fact=FactId(_str(data["fact"])),
        score=float(score),
        statement=_str(data["statement"]),
        answer=_str(data["answer"]),
        note=_str(data.get("note", "")),
        agrees_with=_str(data.get("agrees_with", "")),
    )


def _draft(data: Any, text_length: int) -> Draft:
    start, end = (_int(x) for x in data["sentence"])
    if not 0 <= start <= end <= text_length:
        raise ValueError("a draft's sentence lies outside the article")
    score = data["score"]
    if not isinstance(score, int | float):
        raise TypeError("score must be a number")
    return Draft(
        id=FactId(_str(data["id"])),
        topic=TopicId(_str(data["topic"])),
        question=_str(data["question"]),
        answer=_answer(data["answer"]),
        statement=_str(data["statement"]),
        start=start,
        end=end,
        features=tuple(Feature(_str(f)) for f in data["features"]),
        score=float(score),
        entity=_entity(data.get("entity")),
        duplicates=tuple(_match(m) for m in data.get("duplicates", [])),
        disagreements=tuple(_match(m) for m in data.get("disagreements", [])),
        alternatives=tuple(
            Alternative(_str(a["span"]), AnswerKind(_str(a["kind"])), Feature(_str(a["feature"])))
            for a in data.get("alternatives", [])
        ),
        status=DraftStatus(_str(data["status"])),
        tags=tuple(_str(t) for t in data.get("tags", [])),
    )
