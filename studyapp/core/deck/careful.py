"""The careful reader: a deck from YAML nodes, every problem with its line and column.

It reads the whole file even after a problem, so that ``studyapp check`` and the
app can list every problem at once (``path:line:column: message``, with the fact
id where there is one). :mod:`.fast` reads valid decks faster and hands any deck
it does not accept to this reader, which finds and words the problems.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TypeVar

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from studyapp.core.deck.model import (
    SCRIPTS,
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
    giveaway_problem,
    int_value,
    outline_fact_problem,
    outline_source_problem,
    span_problem,
)
from studyapp.core.deck.yamlsafe import DeckError, Problem, compose

_SURPRISE = {
    "bool": "a boolean",
    "null": "null (nothing)",
    "int": "a number",
    "float": "a number",
    "timestamp": "a date",
}

T = TypeVar("T")


class _Invalid(Exception):
    """Raised inside a field reader after its problem was recorded."""


class _Reader:
    """Turns the node tree into model values, collecting problems as it goes."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self.fact_id = ""

    # -- recording ----------------------------------------------------------
    def problem(self, node: Node | None, message: str) -> None:
        line, column = (node.start_mark.line + 1, node.start_mark.column + 1) if node else (1, 1)
        self.problems.append(Problem(self.path, line, column, message, self.fact_id))

    def fail(self, node: Node | None, message: str) -> _Invalid:
        self.problem(node, message)
        return _Invalid()

    # -- shapes -------------------------------------------------------------
    def mapping(
        self,
        node: Node,
        what: str,
        required: tuple[str, ...],
        optional: tuple[str, ...] = (),
    ) -> dict[str, tuple[ScalarNode, Node]]:
        if not isinstance(node, MappingNode):
            raise self.fail(node, f"{what} must be a mapping of keys to values")
        fields: dict[str, tuple[ScalarNode, Node]] = {}
        allowed = set(required) | set(optional)
        for key, value in node.value:
            if not isinstance(key, ScalarNode) or key.tag != STD + "str":
                self.problem(key, f"{what}: keys must be plain words")
                continue
            name = str(key.value)
            if name in fields:
                self.problem(key, f"{what}: key '{name}' appears twice")
            elif name not in allowed:
                hint = ", ".join(sorted(allowed))
                self.problem(key, f"{what}: unknown key '{name}' (expected one of: {hint})")
            else:
                fields[name] = (key, value)
        missing = [k for k in required if k not in fields]
        if missing:
            raise self.fail(node, f"{what}: missing key(s): {', '.join(missing)}")
        return fields

    def sequence(self, node: Node, what: str) -> list[Node]:
        if isinstance(node, ScalarNode) and node.tag == STD + "null":
            return []
        if not isinstance(node, SequenceNode):
            raise self.fail(node, f"{what} must be a list")
        return list(node.value)

    def text(self, node: Node, what: str, *, allow_empty: bool = False) -> str:
        if not isinstance(node, ScalarNode):
            raise self.fail(node, f"{what} must be text")
        tag = node.tag.removeprefix(STD)
        if tag != "str":
            if not node.style and tag in _SURPRISE:  # plain (C loader: "", Python: None)
                raise self.fail(
                    node,
                    f"{what}: YAML reads unquoted {node.value!r} as {_SURPRISE[tag]}, "
                    "not text; put it in quotes",
                )
            raise self.fail(node, f"{what} must be text")
        value = str(node.value).strip()
        if not value and not allow_empty:
            raise self.fail(node, f"{what} is empty")
        return value

    def ident(self, node: Node, what: str) -> str:
        value = self.text(node, what)
        if not ID_RE.match(value):
            raise self.fail(
                node, f"{what} {value!r} must be lower-case letters, digits, '.', '_' or '-'"
            )
        return value

    def integer(self, node: Node, what: str) -> int:
        if isinstance(node, ScalarNode) and node.tag == STD + "int":
            value = int_value(str(node.value))
            if value is not None:
                return value
        raise self.fail(node, f"{what} must be a whole number, got {_show(node)}")

    def number(self, node: Node, what: str) -> float | int:
        if isinstance(node, ScalarNode) and node.tag == STD + "float":
            value = float_value(str(node.value))
            if value is not None:
                return value
        elif isinstance(node, ScalarNode) and node.tag == STD + "int":
            return self.integer(node, what)
        raise self.fail(node, f"{what} must be a number, got {_show(node)}")

    def text_list(self, node: Node, what: str) -> tuple[str, ...]:
        return tuple(self.text(item, f"{what} item") for item in self.sequence(node, what))

    def script(self, node: Node, what: str) -> Script:
        value = self.text(node, what)
        if value == "hant":
            return "hant"
        if value == "hans":
            return "hans"
        raise self.fail(node, f"{what} must be one of {', '.join(SCRIPTS)}, got {value!r}")

    def each(self, nodes: list[Node], read: Callable[[Node], T]) -> Iterator[T]:
        """Read every item, keeping the good ones when some are bad."""
        for item in nodes:
            try:
                yield read(item)
            except _Invalid:
                continue


def _show(node: Node) -> str:
    if isinstance(node, ScalarNode):
        return repr(node.value) if node.value != "" else "nothing"
    return "a list" if isinstance(node, SequenceNode) else "a mapping"


def read_deck(text: str, path: str, builtin: bool) -> Deck:
    """The deck in ``text``, or DeckError listing every problem it has."""
    root = compose(text, path)
    reader = _Reader(path)
    if root is None:
        raise DeckError([Problem(path, 1, 1, "the file is empty")])
    try:
        deck = _read_deck(reader, root, path, builtin)
    except _Invalid:
        deck = None
    if reader.problems or deck is None:
        raise DeckError(reader.problems)
    return deck


def _read_deck(r: _Reader, root: Node, path: str, builtin: bool) -> Deck:
    top = r.mapping(root, "deck", TOP_REQUIRED, TOP_OPTIONAL)
    version_node = top["studyapp-deck"][1]
    version = r.integer(version_node, "studyapp-deck (format version)")
    if version > FORMAT_VERSION:
        raise r.fail(
            version_node,
            f"deck format {version} is newer than this studyapp understands "
            f"({FORMAT_VERSION}); update studyapp",
        )
    if version < 1:
        raise r.fail(version_node, f"unknown deck format {version}")
    deck_id = r.ident(top["id"][1], "deck id")
    title = r.text(top["title"][1], "deck title")
    script = r.script(top["script"][1], "deck script")
    description = r.text(top["description"][1], "description") if "description" in top else ""

    sources = _unique(r, r.sequence(top["sources"][1], "sources"), _read_source, "source")
    if not sources:
        r.problem(top["sources"][1], "a deck needs at least one source")
    topics = _unique(r, r.sequence(top["topics"][1], "topics"), _read_topic, "topic")
    if not topics:
        r.problem(top["topics"][1], "a deck needs at least one topic")
    entities: dict[str, Entity] = {}
    if "entities" in top:
        entities = _unique(r, r.sequence(top["entities"][1], "entities"), _read_entity, "entity")
    glossary: list[GlossaryEntry] = []
    if "glossary" in top:
        glossary = list(r.each(r.sequence(top["glossary"][1], "glossary"), _glossary_reader(r)))

    for topic_node, topic in _topic_nodes(r, top):
        for sid in topic.sources:
            if sid not in sources:
                r.problem(topic_node, f"topic '{topic.id}' names unknown source '{sid}'")

    fact_nodes = r.sequence(top["facts"][1], "facts")
    if not fact_nodes:
        r.problem(top["facts"][1], "a deck needs at least one fact")
    facts: list[Fact] = []
    seen: dict[str, int] = {}
    ctx = Known(sources, topics, entities)
    for node in fact_nodes:
        try:
            fact = _read_fact(r, node, ctx)
        except _Invalid:
            continue
        finally:
            r.fact_id = ""
        if fact.id in seen:
            r.fact_id = fact.id
            r.problem(node, f"duplicate fact id (first at line {seen[fact.id]})")
            r.fact_id = ""
            continue
        seen[fact.id] = fact.line
        facts.append(fact)

    outline: tuple[Outline, ...] = ()
    if "outline" in top:
        cites: dict[str, frozenset[str]] = {
            f.id: frozenset((*f.sources, *(d.source for d in f.disputed))) for f in facts
        }
        outline = tuple(
            r.each(r.sequence(top["outline"][1], "outline"), _outline_reader(r, sources, cites))
        )

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


def _outline_reader(
    r: _Reader, sources: dict[str, Source], cites: dict[str, frozenset[str]]
) -> Callable[[Node], Outline]:
    seen_sources: set[str] = set()

    def read(node: Node) -> Outline:
        f = r.mapping(node, "outline entry", OUTLINE_REQUIRED)
        source_node = f["source"][1]
        source = r.ident(source_node, "outline source")
        message = outline_source_problem(source, sources, seen_sources)
        if message:
            raise r.fail(source_node, message)
        seen_sources.add(source)
        seen_facts: set[str] = set()
        sections: list[OutlineSection] = []
        for s_node in r.sequence(f["sections"][1], "outline sections"):
            try:
                sections.append(_read_section(r, s_node, source, cites, seen_facts))
            except _Invalid:
                continue
        if not sections:
            raise r.fail(f["sections"][1], f"the outline of '{source}' has no sections")
        return Outline(SourceId(source), tuple(sections))

    return read


def _read_section(
    r: _Reader, node: Node, source: str, cites: dict[str, frozenset[str]], seen: set[str]
) -> OutlineSection:
    f = r.mapping(node, "outline section", SECTION_REQUIRED, SECTION_OPTIONAL)
    ids: list[FactId] = []
    if "facts" in f:
        for item in r.sequence(f["facts"][1], "outline facts"):
            fact_id = r.text(item, "outline fact")
            message = outline_fact_problem(fact_id, source, cites, seen)
            if message:
                r.problem(item, message)
                continue
            seen.add(fact_id)
            ids.append(FactId(fact_id))
    return OutlineSection(
        title=r.text(f["title"][1], "section title"),
        facts=tuple(ids),
        note=r.text(f["note"][1], "note") if "note" in f else "",
    )


def _topic_nodes(
    r: _Reader, top: dict[str, tuple[ScalarNode, Node]]
) -> Iterator[tuple[Node, Topic]]:
    node = top["topics"][1]
    if isinstance(node, SequenceNode):
        for item in node.value:
            try:
                yield item, _read_topic(r, item)
            except _Invalid:
                continue


def _unique(
    r: _Reader, nodes: list[Node], read: Callable[[_Reader, Node], T], what: str
) -> dict[str, T]:
    out: dict[str, T] = {}
    for node in nodes:
        try:
            item = read(r, node)
        except _Invalid:
            continue
        item_id: str = item.id  # type: ignore[attr-defined]
        if item_id in out:
            r.problem(node, f"duplicate {what} id '{item_id}'")
        else:
            out[item_id] = item
    return out


def _read_source(r: _Reader, node: Node) -> Source:
    f = r.mapping(node, "source", SOURCE_REQUIRED, SOURCE_OPTIONAL)
    date_node = f["date"][1]
    if not isinstance(date_node, ScalarNode) or not DATETIME_RE.match(str(date_node.value)):
        raise r.fail(date_node, 'source date must be an ISO date such as "2024-12-21"')
    return Source(
        id=SourceId(r.ident(f["id"][1], "source id")),
        title=r.text(f["title"][1], "source title"),
        date=str(date_node.value),
        url=r.text(f["url"][1], "source url"),
        script=r.script(f["script"][1], "source script"),
        publisher=r.text(f["publisher"][1], "publisher") if "publisher" in f else "",
        author=r.text(f["author"][1], "author") if "author" in f else "",
        video=r.text(f["video"][1], "video") if "video" in f else "",
        note=r.text(f["note"][1], "note") if "note" in f else "",
    )


def _read_topic(r: _Reader, node: Node) -> Topic:
    f = r.mapping(node, "topic", TOPIC_REQUIRED, TOPIC_OPTIONAL)
    return Topic(
        id=TopicId(r.ident(f["id"][1], "topic id")),
        title=r.text(f["title"][1], "topic title"),
        sources=tuple(SourceId(s) for s in r.text_list(f["sources"][1], "topic sources"))
        if "sources" in f
        else (),
    )


def _read_entity(r: _Reader, node: Node) -> Entity:
    f = r.mapping(node, "entity", ENTITY_REQUIRED, ENTITY_OPTIONAL)
    type_node = f["type"][1]
    type_name = r.text(type_node, "entity type")
    try:
        etype = EntityType(type_name)
    except ValueError:
        kinds = ", ".join(t.value for t in EntityType)
        raise r.fail(type_node, f"entity type must be one of {kinds}, got {type_name!r}") from None
    return Entity(
        id=EntityId(r.ident(f["id"][1], "entity id")),
        type=etype,
        name=r.text(f["name"][1], "entity name"),
        aliases=r.text_list(f["aliases"][1], "aliases") if "aliases" in f else (),
        note=r.text(f["note"][1], "note") if "note" in f else "",
        groups=tuple(r.ident(g, "entity group") for g in r.sequence(f["groups"][1], "groups"))
        if "groups" in f
        else (),
        names_tw=r.text_list(f["names-tw"][1], "names-tw") if "names-tw" in f else (),
        names_cn=r.text_list(f["names-cn"][1], "names-cn") if "names-cn" in f else (),
    )


def _glossary_reader(r: _Reader) -> Callable[[Node], GlossaryEntry]:
    def read(node: Node) -> GlossaryEntry:
        f = r.mapping(node, "glossary entry", GLOSSARY_REQUIRED)
        return GlossaryEntry(
            hant=r.text(f["hant"][1], "glossary hant"), hans=r.text(f["hans"][1], "glossary hans")
        )

    return read


def _read_fact(r: _Reader, node: Node, ctx: Known) -> Fact:
    if isinstance(node, MappingNode):  # name the fact in every message, as early as we can
        for key, value in node.value:
            if isinstance(key, ScalarNode) and key.value == "id" and isinstance(value, ScalarNode):
                r.fact_id = str(value.value)
    f = r.mapping(node, "fact", FACT_REQUIRED, FACT_OPTIONAL)
    fact_id = r.ident(f["id"][1], "fact id")
    r.fact_id = fact_id
    failed = False

    def attempt(read: Callable[[], T]) -> T | None:
        nonlocal failed
        try:
            return read()
        except _Invalid:
            failed = True
            return None

    topic_node = f["topic"][1]
    topic = attempt(lambda: r.text(topic_node, "topic"))
    if topic is not None and topic not in ctx.topics:
        r.problem(topic_node, f"unknown topic '{topic}'")
    question = attempt(lambda: r.text(f["question"][1], "question"))
    answer = attempt(lambda: _read_answer(r, f["answer"][1], ctx, "answer"))
    statement_node = f["statement"][1]
    statement = attempt(lambda: r.text(statement_node, "statement"))
    if statement is not None and answer is not None:
        _check_span(r, statement_node, statement, answer, ctx, "statement")
    sources = attempt(lambda: _read_source_refs(r, f["sources"][1], ctx))
    disputed: list[Dispute] = []
    if "disputed" in f:
        for d_node in attempt(lambda: r.sequence(f["disputed"][1], "disputed")) or []:
            try:
                disputed.append(_read_dispute(r, d_node, ctx, sources or ()))
            except _Invalid:
                failed = True
    tags = attempt(lambda: r.text_list(f["tags"][1], "tags")) if "tags" in f else ()
    gist = attempt(lambda: r.text(f["gist"][1], "gist")) if "gist" in f else ""
    note = attempt(lambda: r.text(f["note"][1], "note")) if "note" in f else ""
    event = attempt(lambda: r.text(f["event"][1], "event")) if "event" in f else ""
    if event and answer is not None and event_problem(event, answer):
        r.problem(f["event"][0], event_problem(event, answer))
    if failed or topic is None or question is None or answer is None or statement is None:
        raise _Invalid()
    assert sources is not None and tags is not None and gist is not None and note is not None
    assert event is not None
    _check_giveaway(r, f["question"][1], question, statement, answer, ctx)
    return Fact(
        id=FactId(fact_id),
        topic=TopicId(topic),
        question=question,
        answer=answer,
        statement=statement,
        sources=sources,
        disputed=tuple(disputed),
        tags=tags,
        gist=gist,
        note=note,
        line=node.start_mark.line + 1,
        event=event,
    )


def _read_source_refs(r: _Reader, node: Node, ctx: Known) -> tuple[SourceId, ...]:
    refs = r.text_list(node, "sources")
    if not refs:
        raise r.fail(node, "a fact must cite at least one source")
    for ref in refs:
        if ref not in ctx.sources:
            r.problem(node, f"unknown source '{ref}'")
    if len(set(refs)) != len(refs):
        r.problem(node, "a source is cited twice")
    return tuple(SourceId(s) for s in refs)


def _read_answer(r: _Reader, node: Node, ctx: Known, what: str) -> Answer:
    f = r.mapping(node, what, (), (*ANSWER_KEYS, *ANSWER_OPTIONAL))
    kinds = [k for k in ANSWER_KEYS if k in f]
    if len(kinds) != 1:
        raise r.fail(node, f"{what} must have exactly one of: {', '.join(ANSWER_KEYS)}")
    kind = AnswerKind(kinds[0])
    value_node = f[kind.value][1]
    if "unit" in f and kind is not AnswerKind.NUMBER:
        r.problem(f["unit"][0], f"{what}: 'unit' goes only with 'number'")
    accept = r.text_list(f["accept"][1], "accept") if "accept" in f else ()
    value: str | int | float
    if kind is AnswerKind.ENTITY:
        value = r.text(value_node, f"{what} entity")
        if value not in ctx.entities:
            raise r.fail(value_node, f"unknown entity '{value}'")
    elif kind is AnswerKind.YEAR:
        value = r.integer(value_node, f"{what} year")
        if not 1 <= value <= 9999:
            raise r.fail(value_node, f"{what} year {value} is out of range")
    elif kind is AnswerKind.DATE:
        if not isinstance(value_node, ScalarNode) or not DATE_RE.match(str(value_node.value)):
            raise r.fail(value_node, f'{what} date must look like "2024-12" or "2024-12-21"')
        value = str(value_node.value)
    elif kind is AnswerKind.NUMBER:
        value = r.number(value_node, f"{what} number")
    else:
        value = r.text(value_node, f"{what} {kind.value}")
    unit = r.text(f["unit"][1], "unit") if "unit" in f else ""
    wrong = r.text_list(f["wrong"][1], "wrong") if "wrong" in f else ()
    untrue = r.text_list(f["untrue"][1], "untrue") if "untrue" in f else None
    slot = r.text(f["slot"][1], "slot") if "slot" in f else ""
    approx: Approx | None = None
    if "approx" in f:
        approx_name = r.text(f["approx"][1], "approx")
        if approx_name not in APPROX_VALUES:
            raise r.fail(
                f["approx"][1],
                f"approx must be one of {', '.join(APPROX_VALUES)}, got {approx_name!r}",
            )
        approx = Approx(approx_name)
    answer = Answer(
        kind=kind,
        value=value,
        unit=unit,
        accept=accept,
        wrong=wrong,
        slot=slot,
        approx=approx,
        untrue=untrue,
    )
    message = answer_extras_problem(answer, what)
    if message:
        raise r.fail(node, message)
    return answer


def _check_span(
    r: _Reader, node: Node, statement: str, answer: Answer, ctx: Known, what: str
) -> None:
    message = span_problem(statement, answer, ctx, what)
    if message:
        r.problem(node, message)


def _check_giveaway(
    r: _Reader, node: Node, question: str, statement: str, answer: Answer, ctx: Known
) -> None:
    message = giveaway_problem(question, statement, answer, ctx)
    if message:
        r.problem(node, message)


def _read_dispute(
    r: _Reader, node: Node, ctx: Known, main_sources: tuple[SourceId, ...]
) -> Dispute:
    f = r.mapping(node, "disputed entry", DISPUTE_REQUIRED, DISPUTE_OPTIONAL)
    source_node = f["source"][1]
    source = r.text(source_node, "disputed source")
    if source not in ctx.sources:
        r.problem(source_node, f"unknown source '{source}'")
    elif source in main_sources:
        r.problem(source_node, f"source '{source}' cannot both support and dispute the answer")
    answer = _read_answer(r, f["answer"][1], ctx, "disputed answer")
    statement = ""
    if "statement" in f:
        statement = r.text(f["statement"][1], "disputed statement")
        _check_span(r, f["statement"][1], statement, answer, ctx, "disputed statement")
    return Dispute(
        source=SourceId(source),
        answer=answer,
        statement=statement,
        note=r.text(f["note"][1], "note") if "note" in f else "",
    )
