"""The deck format's rules, shared by the careful and the fast reader.

What keys each part of a deck has, what an id, a date or a marked span must
look like, and when a question gives its answer away. Both readers apply these
same rules, so they accept exactly the same decks (tests/core/deck/test_load_fast.py).
The format is documented in ``decks/README.md``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from studyapp.core.deck.model import SPAN_RE, Answer, AnswerKind, Approx, Entity, Source, Topic
from studyapp.core.deck.numbers import parse_chinese_numeral, states_number, states_year

FORMAT_VERSION = 1
STD = "tag:yaml.org,2002:"  # YAML's standard tags (int, float, bool, ...)
ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,99}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
DATETIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}([Tt ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$")

# Keys of each part of a deck: (required, optional).
TOP_REQUIRED = ("studyapp-deck", "id", "title", "script", "sources", "topics", "facts")
TOP_OPTIONAL = ("description", "entities", "glossary", "outline")
SOURCE_REQUIRED = ("id", "title", "date", "url", "script")
SOURCE_OPTIONAL = ("publisher", "author", "video", "note")
TOPIC_REQUIRED = ("id", "title")
TOPIC_OPTIONAL = ("sources",)
ENTITY_REQUIRED = ("id", "type", "name")
ENTITY_OPTIONAL = ("aliases", "note", "groups", "names-tw", "names-cn")
GLOSSARY_REQUIRED = ("hant", "hans")
FACT_REQUIRED = ("id", "topic", "question", "answer", "statement", "sources")
FACT_OPTIONAL = ("disputed", "tags", "gist", "note", "event")
ANSWER_KEYS = tuple(k.value for k in AnswerKind)
ANSWER_OPTIONAL = ("unit", "accept", "wrong", "slot", "approx", "untrue")
APPROX_VALUES = tuple(a.value for a in Approx)
APPROX_KINDS = (AnswerKind.NUMBER, AnswerKind.YEAR)
EVENT_KINDS = (AnswerKind.YEAR, AnswerKind.DATE)
DISPUTE_REQUIRED = ("source", "answer")
DISPUTE_OPTIONAL = ("statement", "note")
OUTLINE_REQUIRED = ("source", "sections")
SECTION_REQUIRED = ("title",)
SECTION_OPTIONAL = ("facts", "note")


@dataclass
class Known:
    """What a fact may refer to: the deck's sources, topics and entities by id."""

    sources: dict[str, Source]
    topics: dict[str, Topic]
    entities: dict[str, Entity]


def int_value(raw: str) -> int | None:
    """A YAML int scalar's value, as the reader takes it (None: not a whole number)."""
    raw = raw.replace("_", "")
    try:
        return int(raw, 0) if raw.lower().startswith(("0x", "0o", "0b")) else int(raw)
    except ValueError:
        return None


def float_value(raw: str) -> float | None:
    """A YAML float scalar's value, or None when it is not a finite number."""
    try:
        value = float(raw.replace("_", ""))
    except ValueError:
        return None
    if value == value and value not in (float("inf"), float("-inf")):
        return value
    return None


def span_fits(span: str, answer: Answer, known: Known) -> bool:
    kind = answer.kind
    if kind is AnswerKind.ENTITY:
        entity = known.entities.get(str(answer.value))
        return entity is not None and span in entity.names
    if kind is AnswerKind.YEAR:  # 1933, or written in numerals: 一九三三
        written = span.strip()
        return written == str(answer.value) or parse_chinese_numeral(written) == answer.value
    if kind is AnswerKind.DATE:
        year = str(answer.value)[:4]
        return year in span or (year.isdigit() and states_year(span, int(year)))
    if kind is AnswerKind.NUMBER:
        assert isinstance(answer.value, int | float)
        return states_number(span, float(answer.value))
    return span == answer.value or span in answer.accept


def span_problem(statement: str, answer: Answer, known: Known, what: str) -> str:
    """What is wrong with a statement's marked span ('' when nothing is)."""
    spans = SPAN_RE.findall(statement)
    if len(spans) != 1:
        return f"{what} must mark the answer exactly once as {{{{…}}}} (found {len(spans)})"
    if "{{" in SPAN_RE.sub("", statement) or "}}" in SPAN_RE.sub("", statement):
        return f"{what} has an unbalanced '{{{{' or '}}}}'"
    if not span_fits(spans[0], answer, known):
        return f"{what}: the marked span {spans[0]!r} does not state the answer"
    return ""


def outline_source_problem(source_id: str, sources: dict[str, Source], seen: set[str]) -> str:
    """What is wrong with an outline's source ('' when nothing is)."""
    if source_id not in sources:
        return f"outline: unknown source '{source_id}'"
    if source_id in seen:
        return f"outline: source '{source_id}' has two outlines"
    return ""


def outline_fact_problem(
    fact_id: str, source_id: str, cites: dict[str, frozenset[str]], seen: set[str]
) -> str:
    """What is wrong with one fact listed in a source's outline ('' when nothing is):
    it must be a fact of the deck that cites the source (or disputes with it), once.
    ``cites`` maps each fact id to the sources it cites or disputes with."""
    where = f"outline of '{source_id}'"
    if fact_id not in cites:
        return f"{where}: unknown fact '{fact_id}'"
    if fact_id in seen:
        return f"{where}: fact '{fact_id}' is listed twice"
    if source_id not in cites[fact_id]:
        return f"{where}: fact '{fact_id}' does not cite source '{source_id}'"
    return ""


def giveaway_problem(question: str, statement: str, answer: Answer, known: Known) -> str:
    """The message when the question contains its own answer ('' when it does not)."""
    span = SPAN_RE.search(statement)
    candidates = [span.group(1)] if span else []
    if answer.kind is AnswerKind.ENTITY:
        entity = known.entities.get(str(answer.value))
        if entity:
            candidates.append(entity.name)
    folded = question.casefold()
    for c in candidates:
        if len(c) >= 2 and c.casefold() in folded:
            return f"the question gives its answer away ({c!r})"
    return ""


def answer_extras_problem(answer: Answer, what: str) -> str:
    """What is wrong with an answer's ``wrong``, ``untrue``, ``slot`` and ``approx``
    ('' when nothing is)."""
    if answer.approx is not None and answer.kind not in APPROX_KINDS:
        return f"{what}: 'approx' goes only with 'number' or 'year'"
    if answer.slot and not ID_RE.match(answer.slot):
        return f"{what}: slot {answer.slot!r} must be lower-case letters, digits, '.', '_' or '-'"
    right = {str(answer.value).casefold(), *(a.casefold() for a in answer.accept)}
    for options, a, label in (
        (answer.wrong, "a", "wrong option"),
        (answer.untrue or (), "an", "untrue wording"),
    ):
        for option in options:
            if option.casefold() in right:
                return f"{what}: the {label} {option!r} is the answer itself"
        if len({o.casefold() for o in options}) != len(options):
            return f"{what}: {a} {label} is listed twice"
    return ""


def event_problem(event: str, answer: Answer) -> str:
    """An event label needs a year or a date to order it by."""
    if event and answer.kind not in EVENT_KINDS:
        return "'event' goes only with a 'year' or 'date' answer"
    return ""
