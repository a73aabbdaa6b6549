"""Editing a draft on the review screen: question, answer span, type, topic.

Every edit returns a new draft with the same id (the id is what review history
hangs on) or raises :class:`DraftEditError` with a message for the reader. The
result is checked by the deck loader itself, so an edited draft always saves.
"""

from __future__ import annotations

import dataclasses
import re

import yaml

from studyapp.core.deck.load import load_deck_text
from studyapp.core.deck.model import Answer, AnswerKind, Entity, EntityType, split_span
from studyapp.core.deck.numbers import numbers_in
from studyapp.core.deck.rules import Known, giveaway_problem, span_problem
from studyapp.core.deck.yamlsafe import DeckError
from studyapp.core.errors import ErrorKind, StudyError
from studyapp.core.importer.drafts import Draft, ImportSession
from studyapp.core.importer.entities import EntityIndex, entity_for_deck
from studyapp.core.importer.questions import ask


class DraftEditError(StudyError, ValueError):
    """An edit that would make an invalid fact; the message says why."""


_YEAR_RE = re.compile(r"^\s*(\d{3,4})\s*$")
_DATE_RES = (
    re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日號号])?"),
    re.compile(r"(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?"),
)
_UNIT_AFTER_RE = re.compile(r"^\s*(%|％|個月|个月|[^\s\d，,。．.、；;：:（）()「」]{1})")
# A number written with digits and a Chinese magnitude: 1萬, 3.5 亿, 2千.
_MAGNITUDES = dict(zip("十百千萬万億亿", (10, 100, 1000, 10**4, 10**4, 10**8, 10**8), strict=True))
_DIGITS_MAGNITUDE_RE = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*([十百千萬万億亿]?)")
_NUMBER_SPAN_RE = re.compile(r"[\d,.．%％零〇一二兩两三四五六七八九十百千萬万億亿半]+")
# What a reader may select around a number or a year: its measure word (塊, 个, 人, …)
# or 年. The answer is the number; the word after it stays in the question.
_NUMBER_AND_UNIT_RE = re.compile(
    r"(?P<number>" + _NUMBER_SPAN_RE.pattern + r")\s*"
    r"(?P<unit>個月|个月|[^\s\d，,。．.、；;：:（）()「」%％零〇一二兩两三四五六七八九十百千萬万億亿半])"
)
_YEAR_WORD_RE = re.compile(r"(?P<year>\d{3,4})\s*年")


def edit_draft(
    session: ImportSession,
    draft: Draft,
    *,
    question: str | None = None,
    span: str | None = None,
    span_start: int | None = None,
    kind: AnswerKind | None = None,
    topic: str | None = None,
    unit: str | None = None,
    index: EntityIndex | None = None,
) -> Draft:
    """``draft`` with the given changes; the question is rewritten when the answer
    changes and no question is given."""
    before, old_span, after = split_span(draft.statement)
    plain = before + old_span + after
    start, end = len(before), len(before) + len(old_span)
    changed = False
    if span is not None:
        span = span.strip()
        if not span:
            raise DraftEditError(ErrorKind.ANSWER_EMPTY)
        if span_start is None:
            span_start = _locate(plain, span, start)
        if span_start < 0 or plain[span_start : span_start + len(span)] != span:
            raise DraftEditError(ErrorKind.ANSWER_NOT_IN_STATEMENT)
        if kind is None:  # the reader chose words: the answer is what they say
            span = _answer_part(span)
        changed = (span_start, span_start + len(span)) != (start, end)
        start, end = span_start, span_start + len(span)
    new_span = plain[start:end]
    new_kind = kind or (
        draft.answer.kind if not changed else _guess_kind(new_span, session, draft, index)
    )
    changed = (
        changed
        or new_kind is not draft.answer.kind
        or (unit is not None and unit != draft.answer.unit)
    )
    answer, entity = draft.answer, draft.entity
    if changed:
        answer, entity = _answer(new_span, new_kind, plain[end:], unit, session, draft, index)
    statement = f"{plain[:start]}{{{{{new_span}}}}}{plain[end:]}"
    new_question = draft.question
    if question is not None and question.strip() != draft.question:
        new_question = question.strip()
    elif changed:
        etype = entity.type if entity else EntityType.CONCEPT
        asked = ask(
            plain[:start], new_span, plain[end:], answer.kind, answer.unit, etype, session.script
        )
        if asked is None:
            raise DraftEditError(ErrorKind.QUESTION_GIVES_ANSWER)
        new_question = asked
    new_topic = draft.topic
    if topic is not None:
        match = next((t for t in session.topics if topic in (t.id, t.title)), None)
        if match is None:
            raise DraftEditError(ErrorKind.TOPIC_UNKNOWN, topic=topic)
        new_topic = match.id
    edited = dataclasses.replace(
        draft,
        statement=statement,
        answer=answer,
        entity=entity,
        question=new_question,
        topic=new_topic,
    )
    problems = draft_problems(session, edited)
    if problems:
        raise DraftEditError(ErrorKind.DRAFT_INVALID, problems="\n".join(problems))
    return edited


def _locate(plain: str, span: str, near: int) -> int:
    found = [m.start() for m in re.finditer(re.escape(span), plain)]
    if not found:
        return -1
    return min(found, key=lambda p: abs(p - near))


def _answer_part(span: str) -> str:
    """The part of a selection that is the answer: ``2019 年`` → ``2019``, ``1萬塊`` →
    ``1萬`` (the year word and the measure word belong to the question); else the
    selection itself."""
    year = _YEAR_WORD_RE.fullmatch(span)
    if year:
        return year.group("year")
    number = _NUMBER_AND_UNIT_RE.fullmatch(span)
    if number and numbers_in(number.group("number")):
        return number.group("number")
    return span


def _guess_kind(
    span: str, session: ImportSession, draft: Draft, index: EntityIndex | None
) -> AnswerKind:
    if _YEAR_RE.match(span):
        return AnswerKind.YEAR
    if any(p.fullmatch(span.strip()) for p in _DATE_RES):
        return AnswerKind.DATE
    if _known(span, draft, index) is not None:
        return AnswerKind.ENTITY
    if numbers_in(span) and _NUMBER_SPAN_RE.fullmatch(span.strip()):
        return AnswerKind.NUMBER
    return AnswerKind.TEXT


def number_value(span: str) -> float | None:
    """The number a span states: digits with a Chinese magnitude read whole (1萬 is
    10,000, 3.5 亿 is 350,000,000), else the first number it states."""
    m = _DIGITS_MAGNITUDE_RE.fullmatch(span.strip().rstrip("%％").strip())
    if m:
        value = float(m.group(1).replace(",", ""))
        return value * _MAGNITUDES.get(m.group(2), 1)
    values = numbers_in(span)
    return max(values) if values else None


def _known(span: str, draft: Draft, index: EntityIndex | None) -> Entity | None:
    if draft.entity is not None and span in draft.entity.names:
        return draft.entity
    if index is not None:
        known = index.lookup(span)
        if known is not None:
            return known.entity
    return None


def _answer(
    span: str,
    kind: AnswerKind,
    rest: str,
    unit: str | None,
    session: ImportSession,
    draft: Draft,
    index: EntityIndex | None,
) -> tuple[Answer, Entity | None]:
    if kind is AnswerKind.YEAR:
        m = _YEAR_RE.match(span)
        if not m:
            raise DraftEditError(ErrorKind.YEAR_FORMAT)
        return Answer(kind, int(m.group(1))), None
    if kind is AnswerKind.DATE:
        for pattern in _DATE_RES:
            m = pattern.search(span)
            if m and 1 <= int(m.group(2)) <= 12:
                day = f"-{int(m.group(3)):02d}" if m.group(3) else ""
                return Answer(kind, f"{m.group(1)}-{int(m.group(2)):02d}{day}"), None
        raise DraftEditError(ErrorKind.DATE_FORMAT)
    if kind is AnswerKind.NUMBER:
        value = number_value(span)
        if value is None:
            raise DraftEditError(ErrorKind.NUMBER_FORMAT)
        number: int | float = int(value) if value.is_integer() else value
        if unit is None:
            if span.rstrip().endswith(("%", "％")):
                unit = "%"
            else:
                m = _UNIT_AFTER_RE.match(rest)
                unit = m.group(1) if m and not m.group(1).isascii() else ""
        return Answer(kind, number, unit=unit.strip()), None
    if kind is AnswerKind.ENTITY:
        if draft.entity is not None and span in draft.entity.names:
            return Answer(kind, draft.entity.id), draft.entity
        known = index.lookup(span) if index is not None else None
        if known is None:
            raise DraftEditError(ErrorKind.NOT_AN_ENTITY, span=span)
        entity = entity_for_deck(known, session.script, span)
        return Answer(kind, entity.id), entity
    return Answer(kind, span), None


def trimmed(draft: Draft) -> Draft:
    """``draft`` with the spaces around its answer left outside the answer: a quotation
    drafted from 「 … 」 is asked and saved without them (the deck loader reads every
    text trimmed, so a span that keeps them would no longer state its answer)."""
    before, span, after = split_span(draft.statement)
    core = span.strip()
    answer = draft.answer
    if answer.kind in (AnswerKind.TEXT, AnswerKind.QUOTE) and isinstance(answer.value, str):
        answer = dataclasses.replace(
            answer,
            value=answer.value.strip(),
            accept=tuple(a.strip() for a in answer.accept if a.strip()),
        )
    if core == span and answer == draft.answer:
        return draft
    if core and core != span:
        lead = span[: len(span) - len(span.lstrip())]
        trail = span[len(span.rstrip()) :]
        statement = f"{before}{lead}{{{{{core}}}}}{trail}{after}"
    else:
        statement = draft.statement
    return dataclasses.replace(draft, statement=statement, answer=answer)


def draft_error(session: ImportSession, draft: Draft) -> StudyError | None:
    """Why ``draft`` cannot be saved as a fact, as a reader-facing error (None: it can).

    The common reasons have kinds of their own, so the review screen can say them in
    the reader's language; anything else the deck loader finds is said in its words."""
    if not draft.question.strip():
        return DraftEditError(ErrorKind.QUESTION_EMPTY)
    if not any(t.id == draft.topic for t in session.topics):
        return DraftEditError(ErrorKind.TOPIC_UNKNOWN, topic=str(draft.topic))
    problems = draft_problems(session, draft)
    if not problems:
        return None
    entities = {str(draft.entity.id): draft.entity} if draft.entity is not None else {}
    known = Known(sources={}, topics={}, entities=entities)
    stated = draft.statement.strip()  # as the loader reads it
    if span_problem(stated, _as_loaded(draft.answer), known, "statement"):
        return DraftEditError(ErrorKind.ANSWER_NOT_IN_STATEMENT)
    if giveaway_problem(draft.question.strip(), stated, draft.answer, known):
        return DraftEditError(ErrorKind.QUESTION_SHOWS_ANSWER, answer=draft.answer_text)
    return DraftEditError(ErrorKind.DRAFT_INVALID, problems="\n".join(problems))


def _as_loaded(answer: Answer) -> Answer:
    """The answer as the deck loader reads it back (its texts trimmed)."""
    if isinstance(answer.value, str):
        return dataclasses.replace(answer, value=answer.value.strip())
    return answer


def draft_problems(session: ImportSession, draft: Draft) -> list[str]:
    """What the deck loader would say about this draft as a fact (empty: it is fine)."""
    topic = next((t for t in session.topics if t.id == draft.topic), None)
    fact: dict[str, object] = {
        "id": str(draft.id),
        "topic": str(draft.topic),
        "question": draft.question,
        "answer": _answer_data(draft.answer),
        "statement": draft.statement,
        "sources": ["s"],
    }
    deck: dict[str, object] = {
        "studyapp-deck": 1,
        "id": "draft-check",
        "title": "draft",
        "script": session.script,
        "sources": [
            {"id": "s", "title": "s", "date": "2000-01-01", "url": "u", "script": session.script}
        ],
        "topics": [{"id": str(draft.topic), "title": topic.title if topic else "t"}],
        "facts": [fact],
    }
    if draft.entity is not None:
        deck["entities"] = [
            {"id": str(draft.entity.id), "type": draft.entity.type.value, "name": draft.entity.name,
             "aliases": list(draft.entity.aliases)}
        ]  # fmt: skip
    text = yaml.safe_dump(deck, allow_unicode=True, sort_keys=False, width=4096)
    try:
        load_deck_text(text, "draft")
    except DeckError as exc:
        return [p.message for p in exc.problems]
    return []


def _answer_data(answer: Answer) -> dict[str, object]:
    value: object = answer.value
    if answer.kind is AnswerKind.NUMBER and isinstance(value, float) and value.is_integer():
        value = int(value)
    out: dict[str, object] = {answer.kind.value: value}
    if answer.unit:
        out["unit"] = answer.unit
    return out
