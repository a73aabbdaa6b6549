"""The fast reader: a valid deck from plain values, without YAML's node tree.

A deck that ``fast_parse`` can read (or a tree from the deck cache) is validated
here on its plain values. This reader only ever *accepts*: at the first thing it
does not like it gives up (:class:`Fallback`) and the deck is read again by
:mod:`.careful`, which finds and words every problem with its line and column.
Both apply :mod:`.rules` and build the same ``Deck`` from a valid file
(tests/core/deck/test_load_fast.py compares them).
"""

from __future__ import annotations

from typing import cast

from studyapp.core.deck.cache import Tree
from studyapp.core.deck.model import (
    SPAN_RE,
    Answer,
    AnswerKind,
    Approx,
    Deck,
    DeckId,
    Dispute,
    Entity,
    EntityId,
    EntityType,
    Fact,
    FactId,
    GlossaryEntry,
    Outline,
    OutlineSection,
    Script,
    Source,
    SourceId,
    Topic,
    TopicId,
)
from studyapp.core.deck.rules import (
    ANSWER_KEYS,
    ANSWER_OPTIONAL,
    APPROX_VALUES,
    DATE_RE,
    DATETIME_RE,
    DISPUTE_OPTIONAL,
    DISPUTE_REQUIRED,
    ENTITY_OPTIONAL,
    ENTITY_REQUIRED,
    FACT_OPTIONAL,
    FACT_REQUIRED,
    FORMAT_VERSION,
    GLOSSARY_REQUIRED,
    ID_RE,
    OUTLINE_REQUIRED,
    SECTION_OPTIONAL,
    SECTION_REQUIRED,
    SOURCE_OPTIONAL,
    SOURCE_REQUIRED,
    STD,
    TOP_OPTIONAL,
    TOP_REQUIRED,
    TOPIC_OPTIONAL,
    TOPIC_REQUIRED,
    Known,
    answer_extras_problem,
    event_problem,
    float_value,
    int_value,
    outline_fact_problem,
    outline_source_problem,
    span_fits,
    span_problem,
)
from studyapp.core.deck.yamlsafe import Typed, fast_parse


class Fallback(Exception):
    """Something the fast reader does not accept; the node reader takes over."""


_FALLBACK = Fallback()
_FAST_INT = STD + "int"
_FAST_FLOAT = STD + "float"
_SOURCE_KEYS = frozenset(SOURCE_REQUIRED + SOURCE_OPTIONAL)
_TOPIC_KEYS = frozenset(TOPIC_REQUIRED + TOPIC_OPTIONAL)
_ENTITY_KEYS = frozenset(ENTITY_REQUIRED + ENTITY_OPTIONAL)
_GLOSSARY_KEYS = frozenset(GLOSSARY_REQUIRED)
_TOP_KEYS = frozenset(TOP_REQUIRED + TOP_OPTIONAL)
_FACT_KEYS = frozenset(FACT_REQUIRED + FACT_OPTIONAL)
_FACT_REQUIRED_SET = frozenset(FACT_REQUIRED)
_FACT_MIN = len(FACT_REQUIRED)
_ANSWER_FIELD_KEYS = frozenset(ANSWER_KEYS + ANSWER_OPTIONAL)
_DISPUTE_KEYS = frozenset(DISPUTE_REQUIRED + DISPUTE_OPTIONAL)
_OUTLINE_KEYS = frozenset(OUTLINE_REQUIRED)
_SECTION_KEYS = frozenset(SECTION_REQUIRED + SECTION_OPTIONAL)
_ENTITY_TYPES = {t.value: t for t in EntityType}
_ANSWER_KINDS = {k.value: k for k in AnswerKind}


class _FastContext(Known):
    """What facts refer to, and values already read: equal values are read once
    (fast_parse shares repeated flow values; a tree from the JSON cache has equal
    copies instead)."""

    def __init__(
        self, sources: dict[str, Source], topics: dict[str, Topic], entities: dict[str, Entity]
    ) -> None:
        super().__init__(sources, topics, entities)
        self._lists: dict[tuple[object, ...], tuple[str, ...]] = {}
        self._answers: dict[int, Answer] = {}
        self._answers_by_value: dict[tuple[tuple[str, object], ...], Answer] = {}
        self._checked_refs: set[tuple[str, ...]] = set()

    def text_list(self, value: object) -> tuple[str, ...]:
        if type(value) is not list:
            raise _FALLBACK
        try:
            key = tuple(value)
            found = self._lists.get(key)
        except TypeError:  # a list or mapping inside: not a list of texts
            raise _FALLBACK from None
        if found is None:
            found = self._lists[key] = _fast_text_list(value)
        return found

    def source_refs(self, value: object) -> tuple[str, ...]:
        """A fact's sources: texts, at least one, no repeats, each a known source."""
        refs = self.text_list(value)
        if refs not in self._checked_refs:
            if not refs or len(set(refs)) != len(refs):
                raise _FALLBACK
            for ref in refs:
                if ref not in self.sources:
                    raise _FALLBACK
            self._checked_refs.add(refs)
        return refs

    def answer(self, value: object) -> Answer:
        if type(value) is dict:
            try:
                key = tuple(value.items())
                found = self._answers_by_value.get(key)
            except TypeError:  # accept: [...] inside: by object (fast_parse shares)
                pass
            else:
                if found is None:
                    found = self._answers_by_value[key] = _fast_answer(value, self)
                return found
        found = self._answers.get(id(value))
        if found is None:
            found = self._answers[id(value)] = _fast_answer(value, self)
        return found


def _fast_fields(
    value: object, required: tuple[str, ...], allowed: frozenset[str]
) -> dict[str, object]:
    if type(value) is not dict or not allowed.issuperset(value):
        raise _FALLBACK
    for key in required:
        if key not in value:
            raise _FALLBACK
    return value


def _fast_text(value: object) -> str:
    if type(value) is not str:
        raise _FALLBACK
    text = value.strip()
    if not text:
        raise _FALLBACK
    return text


def _fast_opt_text(fields: dict[str, object], key: str) -> str:
    return _fast_text(fields[key]) if key in fields else ""


def _fast_ident(value: object) -> str:
    text = _fast_text(value)
    if not ID_RE.match(text):
        raise _FALLBACK
    return text


def _fast_text_list(value: object) -> tuple[str, ...]:
    if type(value) is not list:
        raise _FALLBACK
    return tuple(_fast_text(item) for item in value)


def _fast_script(value: object) -> Script:
    text = _fast_text(value)
    if text == "hant":
        return "hant"
    if text == "hans":
        return "hans"
    raise _FALLBACK


def _fast_int(value: object) -> int:
    if type(value) is not Typed or value.tag != _FAST_INT:
        raise _FALLBACK
    number = int_value(value.value)
    if number is None:
        raise _FALLBACK
    return number


def _fast_raw(value: object) -> str:
    """A scalar's text as written (dates are matched before YAML's typing)."""
    if type(value) is str:
        return value
    if type(value) is Typed:
        return value.value
    raise _FALLBACK


def _fast_list(value: object) -> list[object]:
    if type(value) is not list or not value:
        raise _FALLBACK
    return value


def read_deck(text: str, path: str, builtin: bool) -> Deck:
    """The deck, or ``Unsupported`` / ``Fallback`` when the node reader must look."""
    return plain_deck(parse_tree(text), path, builtin)


def parse_tree(text: str) -> Tree:
    root, item_lines = fast_parse(text)
    facts = root.get("facts")
    return Tree(root, item_lines.get(id(facts), []) if type(facts) is list else [])


def plain_deck(tree: Tree, path: str, builtin: bool) -> Deck:
    """Validate a plain tree (parsed now or cached) and build the deck from it."""
    top = _fast_fields(tree.root, TOP_REQUIRED, _TOP_KEYS)
    if _fast_int(top["studyapp-deck"]) != FORMAT_VERSION:
        raise _FALLBACK
    deck_id = _fast_ident(top["id"])
    title = _fast_text(top["title"])
    script = _fast_script(top["script"])
    description = _fast_opt_text(top, "description")

    sources: dict[str, Source] = {}
    for item in _fast_list(top["sources"]):
        source = _fast_source(item)
        if source.id in sources:
            raise _FALLBACK
        sources[source.id] = source
    topics: dict[str, Topic] = {}
    for item in _fast_list(top["topics"]):
        f = _fast_fields(item, ("id", "title"), _TOPIC_KEYS)
        topic = Topic(
            id=TopicId(_fast_ident(f["id"])),
            title=_fast_text(f["title"]),
            sources=tuple(SourceId(s) for s in _fast_text_list(f["sources"]))
            if "sources" in f
            else (),
        )
        if topic.id in topics or not all(s in sources for s in topic.sources):
            raise _FALLBACK
        topics[topic.id] = topic
    entities: dict[str, Entity] = {}
    if "entities" in top:
        for item in _fast_list(top["entities"]):
            f = _fast_fields(item, ("id", "type", "name"), _ENTITY_KEYS)
            etype = _ENTITY_TYPES.get(_fast_text(f["type"]))
            if etype is None:
                raise _FALLBACK
            entity = Entity(
                id=EntityId(_fast_ident(f["id"])),
                type=etype,
                name=_fast_text(f["name"]),
                aliases=_fast_text_list(f["aliases"]) if "aliases" in f else (),
                note=_fast_opt_text(f, "note"),
                groups=tuple(_fast_ident(g) for g in _fast_list(f["groups"]))
                if "groups" in f
                else (),
                names_tw=_fast_text_list(f["names-tw"]) if "names-tw" in f else (),
                names_cn=_fast_text_list(f["names-cn"]) if "names-cn" in f else (),
            )
            if entity.id in entities:
                raise _FALLBACK
            entities[entity.id] = entity
    glossary: list[GlossaryEntry] = []
    if "glossary" in top:
        for item in _fast_list(top["glossary"]):
            f = _fast_fields(item, ("hant", "hans"), _GLOSSARY_KEYS)
            glossary.append(GlossaryEntry(hant=_fast_text(f["hant"]), hans=_fast_text(f["hans"])))

    fact_items = _fast_list(top["facts"])
    lines = tree.fact_lines
    ctx = _FastContext(sources, topics, entities)
    if len(lines) != len(fact_items):  # one line per item (a damaged cache entry: not)
        raise _FALLBACK
    facts = [_fast_fact(item, line, ctx) for item, line in zip(fact_items, lines, strict=True)]
    if len({f.id for f in facts}) != len(facts):
        raise _FALLBACK
    outline = _fast_outline(top["outline"], sources, facts) if "outline" in top else ()
    return Deck(
        id=DeckId(deck_id),
        title=title,
        script=script,
        description=description,
        sources={SourceId(k): v for k, v in sources.items()},
        topics={TopicId(k): v for k, v in topics.items()},
        entities={EntityId(k): v for k, v in entities.items()},
        glossary=tuple(glossary),
        facts=tuple(facts),
        path=path,
        builtin=builtin,
        outline=outline,
    )


def _fast_outline(
    value: object, sources: dict[str, Source], facts: list[Fact]
) -> tuple[Outline, ...]:
    cites: dict[str, frozenset[str]] = {
        f.id: frozenset((*f.sources, *(d.source for d in f.disputed))) for f in facts
    }
    seen_sources: set[str] = set()
    outline: list[Outline] = []
    for item in _fast_list(value):
        f = _fast_fields(item, OUTLINE_REQUIRED, _OUTLINE_KEYS)
        source = _fast_ident(f["source"])
        if outline_source_problem(source, sources, seen_sources):
            raise _FALLBACK
        seen_sources.add(source)
        seen: set[str] = set()
        sections: list[OutlineSection] = []
        for raw in _fast_list(f["sections"]):
            sf = _fast_fields(raw, SECTION_REQUIRED, _SECTION_KEYS)
            ids: list[FactId] = []
            if "facts" in sf:
                entries = sf["facts"]
                if type(entries) is not list:
                    raise _FALLBACK
                for entry in entries:
                    fact_id = _fast_text(entry)
                    if outline_fact_problem(fact_id, source, cites, seen):
                        raise _FALLBACK
                    seen.add(fact_id)
                    ids.append(FactId(fact_id))
            sections.append(
                OutlineSection(_fast_text(sf["title"]), tuple(ids), _fast_opt_text(sf, "note"))
            )
        outline.append(Outline(SourceId(source), tuple(sections)))
    return tuple(outline)


def _fast_source(item: object) -> Source:
    f = _fast_fields(item, ("id", "title", "date", "url", "script"), _SOURCE_KEYS)
    date = _fast_raw(f["date"])
    if not DATETIME_RE.match(date):
        raise _FALLBACK
    return Source(
        id=SourceId(_fast_ident(f["id"])),
        title=_fast_text(f["title"]),
        date=date,
        url=_fast_text(f["url"]),
        script=_fast_script(f["script"]),
        publisher=_fast_opt_text(f, "publisher"),
        author=_fast_opt_text(f, "author"),
        video=_fast_opt_text(f, "video"),
        note=_fast_opt_text(f, "note"),
    )


def _fast_fact(item: object, line: int, ctx: _FastContext) -> Fact:
    # The hot loop of loading (once per fact, also for a cached tree): the checks
    # of _fast_text, span_problem and giveaway_problem, inlined, same verdicts.
    if type(item) is not dict or not _FACT_KEYS.issuperset(item) or len(item) < _FACT_MIN:
        raise _FALLBACK
    f: dict[str, object] = item
    if not f.keys() >= _FACT_REQUIRED_SET:
        raise _FALLBACK
    fact_id, topic, question, statement = f["id"], f["topic"], f["question"], f["statement"]
    if (
        type(fact_id) is not str
        or type(topic) is not str
        or type(question) is not str
        or type(statement) is not str
    ):
        raise _FALLBACK
    fact_id, topic = fact_id.strip(), topic.strip()
    question, statement = question.strip(), statement.strip()
    if not ID_RE.match(fact_id) or topic not in ctx.topics or not question or not statement:
        raise _FALLBACK
    answer = ctx.answer(f["answer"])
    parts = SPAN_RE.split(statement)  # [before, span, after] for exactly one span
    if len(parts) != 3:
        raise _FALLBACK
    rest = parts[0] + parts[2]
    span = parts[1]
    if "{{" in rest or "}}" in rest or not span_fits(span, answer, ctx):
        raise _FALLBACK
    sources = ctx.source_refs(f["sources"])
    disputed: tuple[Dispute, ...] = ()
    if "disputed" in f:
        entries = f["disputed"]
        if type(entries) is not list:
            raise _FALLBACK
        disputed = tuple(_fast_dispute(d, ctx, sources) for d in entries)
    folded = question.casefold()
    if len(span) >= 2 and span.casefold() in folded:
        raise _FALLBACK  # the question gives its answer away
    if answer.kind is AnswerKind.ENTITY:
        entity = ctx.entities.get(str(answer.value))
        if entity is not None and len(entity.name) >= 2 and entity.name.casefold() in folded:
            raise _FALLBACK
    return Fact(  # positional, in field order: a tenth faster than by keyword
        cast(FactId, fact_id),
        cast(TopicId, topic),
        question,
        answer,
        statement,
        cast("tuple[SourceId, ...]", sources),
        disputed,
        ctx.text_list(f["tags"]) if "tags" in f else (),
        _fast_text(f["gist"]) if "gist" in f else "",
        _fast_text(f["note"]) if "note" in f else "",
        line,
        _fast_event(f, answer),
    )


def _fast_event(f: dict[str, object], answer: Answer) -> str:
    if "event" not in f:
        return ""
    event = _fast_text(f["event"])
    if event_problem(event, answer):
        raise _FALLBACK
    return event


def _fast_answer(item: object, ctx: _FastContext) -> Answer:
    f = _fast_fields(item, (), _ANSWER_FIELD_KEYS)
    kind: AnswerKind | None = None
    for key in f:
        found = _ANSWER_KINDS.get(key)
        if found is not None:
            if kind is not None:
                raise _FALLBACK
            kind = found
    if kind is None or ("unit" in f and kind is not AnswerKind.NUMBER):
        raise _FALLBACK
    raw = f[kind.value]
    value: str | int | float
    if kind is AnswerKind.ENTITY:
        value = _fast_text(raw)
        if value not in ctx.entities:
            raise _FALLBACK
    elif kind is AnswerKind.YEAR:
        value = _fast_int(raw)
        if not 1 <= value <= 9999:
            raise _FALLBACK
    elif kind is AnswerKind.DATE:
        value = _fast_raw(raw)
        if not DATE_RE.match(value):
            raise _FALLBACK
    elif kind is AnswerKind.NUMBER:
        if type(raw) is Typed and raw.tag == _FAST_FLOAT:
            number = float_value(raw.value)
            if number is None:
                raise _FALLBACK
            value = number
        else:
            value = _fast_int(raw)
    else:
        value = _fast_text(raw)
    approx: Approx | None = None
    if "approx" in f:
        approx_name = _fast_text(f["approx"])
        if approx_name not in APPROX_VALUES:
            raise _FALLBACK
        approx = Approx(approx_name)
    answer = Answer(
        kind=kind,
        value=value,
        unit=_fast_opt_text(f, "unit"),
        accept=_fast_text_list(f["accept"]) if "accept" in f else (),
        wrong=_fast_text_list(f["wrong"]) if "wrong" in f else (),
        slot=_fast_text(f["slot"]) if "slot" in f else "",
        approx=approx,
        untrue=_fast_text_list(f["untrue"]) if "untrue" in f else None,
    )
    if answer_extras_problem(answer, "answer"):
        raise _FALLBACK
    return answer


def _fast_dispute(item: object, ctx: _FastContext, main_sources: tuple[str, ...]) -> Dispute:
    f = _fast_fields(item, ("source", "answer"), _DISPUTE_KEYS)
    source = _fast_text(f["source"])
    if source not in ctx.sources or source in main_sources:
        raise _FALLBACK
    answer = ctx.answer(f["answer"])
    statement = _fast_opt_text(f, "statement")
    if statement and span_problem(statement, answer, ctx, "disputed statement"):
        raise _FALLBACK
    return Dispute(
        source=SourceId(source), answer=answer, statement=statement, note=_fast_opt_text(f, "note")
    )
