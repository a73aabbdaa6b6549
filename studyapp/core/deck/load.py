"""Loading and validating a deck file.

``load_deck(path)`` returns a :class:`~studyapp.core.deck.model.Deck` or raises
:class:`~studyapp.core.deck.yamlsafe.DeckError` listing every problem as
``path:line:column: message`` (with the fact id where there is one). The format
is documented in ``decks/README.md``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar, cast

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from studyapp.core.deck.cache import DeckCache, Tree
from studyapp.core.deck.model import (
    SCRIPTS,
    SPAN_RE,
    Answer,
    AnswerKind,
    Deck,
    DeckId,
    Dispute,
    Entity,
    EntityId,
    EntityType,
    Fact,
    FactId,
    GlossaryEntry,
    Script,
    Source,
    SourceId,
    Topic,
    TopicId,
)
from studyapp.core.deck.numbers import states_number
from studyapp.core.deck.yamlsafe import (
    MAX_BYTES,
    DeckError,
    Problem,
    Typed,
    Unsupported,
    compose,
    decode,
    fast_parse,
)

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
_STD = "tag:yaml.org,2002:"
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,99}$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
_DATETIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}([Tt ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$")
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
            if not isinstance(key, ScalarNode) or key.tag != _STD + "str":
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
        if isinstance(node, ScalarNode) and node.tag == _STD + "null":
            return []
        if not isinstance(node, SequenceNode):
            raise self.fail(node, f"{what} must be a list")
        return list(node.value)

    def text(self, node: Node, what: str, *, allow_empty: bool = False) -> str:
        if not isinstance(node, ScalarNode):
            raise self.fail(node, f"{what} must be text")
        tag = node.tag.removeprefix(_STD)
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
        if not _ID_RE.match(value):
            raise self.fail(
                node, f"{what} {value!r} must be lower-case letters, digits, '.', '_' or '-'"
            )
        return value

    def integer(self, node: Node, what: str) -> int:
        if isinstance(node, ScalarNode) and node.tag == _STD + "int":
            value = _int_value(str(node.value))
            if value is not None:
                return value
        raise self.fail(node, f"{what} must be a whole number, got {_show(node)}")

    def number(self, node: Node, what: str) -> float | int:
        if isinstance(node, ScalarNode) and node.tag == _STD + "float":
            value = _float_value(str(node.value))
            if value is not None:
                return value
        elif isinstance(node, ScalarNode) and node.tag == _STD + "int":
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


def _int_value(raw: str) -> int | None:
    """A YAML int scalar's value, as the reader takes it (None: not a whole number)."""
    raw = raw.replace("_", "")
    try:
        return int(raw, 0) if raw.lower().startswith(("0x", "0o", "0b")) else int(raw)
    except ValueError:
        return None


def _float_value(raw: str) -> float | None:
    """A YAML float scalar's value, or None when it is not a finite number."""
    try:
        value = float(raw.replace("_", ""))
    except ValueError:
        return None
    if value == value and value not in (float("inf"), float("-inf")):
        return value
    return None


def _show(node: Node) -> str:
    if isinstance(node, ScalarNode):
        return repr(node.value) if node.value != "" else "nothing"
    return "a list" if isinstance(node, SequenceNode) else "a mapping"


def load_deck(path: str | Path, *, builtin: bool = False, cache: DeckCache | None = None) -> Deck:
    """Read and validate one deck file (through ``cache`` if given: see
    :mod:`studyapp.core.deck.cache`; the deck and its problems are the same)."""
    path = Path(path)
    shown = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise DeckError(
                [Problem(shown, 1, 1, f"file is {size / 1_048_576:.1f} MB; the limit is 5 MB")]
            )
        data = path.read_bytes()
    except OSError as exc:
        raise DeckError([Problem(shown, 1, 1, f"cannot read the file: {exc.strerror}")]) from None
    if cache is None:
        return load_deck_bytes(data, shown, builtin=builtin)
    key = cache.key(data)
    tree = cache.get(path, key)
    if tree is not None:
        try:
            return _plain_deck(tree, shown, builtin)
        except Exception:  # a damaged entry is a miss: the file is read as usual
            log.debug("deck cache entry for %s not used", shown, exc_info=True)
    text = decode(data, shown)
    try:
        tree = _fast_tree(text)
        deck = _plain_deck(tree, shown, builtin)
    except (Unsupported, _Fallback):
        return _load_deck_nodes(text, shown, builtin)
    cache.put(path, key, tree)  # only decks the fast reader accepted, without problems
    return deck


def load_deck_bytes(data: bytes, path: str = "<deck>", *, builtin: bool = False) -> Deck:
    return load_deck_text(decode(data, path), path, builtin=builtin)


def load_deck_text(text: str, path: str = "<deck>", *, builtin: bool = False) -> Deck:
    try:
        return _fast_deck(text, path, builtin)
    except (Unsupported, _Fallback):
        pass
    return _load_deck_nodes(text, path, builtin)


def _load_deck_nodes(text: str, path: str, builtin: bool) -> Deck:
    """The careful reader: every problem, with its line and column."""
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


_TOP_REQUIRED = ("studyapp-deck", "id", "title", "script", "sources", "topics", "facts")
_TOP_OPTIONAL = ("description", "entities", "glossary")


def _read_deck(r: _Reader, root: Node, path: str, builtin: bool) -> Deck:
    top = r.mapping(root, "deck", _TOP_REQUIRED, _TOP_OPTIONAL)
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
        glossary = list(r.each(r.sequence(top["glossary"][1], "glossary"), r_glossary(r)))

    for topic_node, topic in _topic_nodes(r, top):
        for sid in topic.sources:
            if sid not in sources:
                r.problem(topic_node, f"topic '{topic.id}' names unknown source '{sid}'")

    fact_nodes = r.sequence(top["facts"][1], "facts")
    if not fact_nodes:
        r.problem(top["facts"][1], "a deck needs at least one fact")
    facts: list[Fact] = []
    seen: dict[str, int] = {}
    ctx = _FactContext(sources, topics, entities)
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
    f = r.mapping(
        node,
        "source",
        ("id", "title", "date", "url", "script"),
        ("publisher", "author", "video", "note"),
    )
    date_node = f["date"][1]
    if not isinstance(date_node, ScalarNode) or not _DATETIME_RE.match(str(date_node.value)):
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
    f = r.mapping(node, "topic", ("id", "title"), ("sources",))
    return Topic(
        id=TopicId(r.ident(f["id"][1], "topic id")),
        title=r.text(f["title"][1], "topic title"),
        sources=tuple(SourceId(s) for s in r.text_list(f["sources"][1], "topic sources"))
        if "sources" in f
        else (),
    )


def _read_entity(r: _Reader, node: Node) -> Entity:
    f = r.mapping(node, "entity", ("id", "type", "name"), ("aliases", "note"))
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
    )


def r_glossary(r: _Reader) -> Callable[[Node], GlossaryEntry]:
    def read(node: Node) -> GlossaryEntry:
        f = r.mapping(node, "glossary entry", ("hant", "hans"))
        return GlossaryEntry(
            hant=r.text(f["hant"][1], "glossary hant"), hans=r.text(f["hans"][1], "glossary hans")
        )

    return read


class _FactContext:
    def __init__(
        self, sources: dict[str, Source], topics: dict[str, Topic], entities: dict[str, Entity]
    ) -> None:
        self.sources = sources
        self.topics = topics
        self.entities = entities
        # fast reader: equal values are read once (fast_parse shares repeated flow
        # values; a tree from the JSON cache has equal copies instead)
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


_FACT_REQUIRED = ("id", "topic", "question", "answer", "statement", "sources")
_FACT_OPTIONAL = ("disputed", "tags", "gist", "note")
_ANSWER_KEYS = tuple(k.value for k in AnswerKind)


def _read_fact(r: _Reader, node: Node, ctx: _FactContext) -> Fact:
    if isinstance(node, MappingNode):  # name the fact in every message, as early as we can
        for key, value in node.value:
            if isinstance(key, ScalarNode) and key.value == "id" and isinstance(value, ScalarNode):
                r.fact_id = str(value.value)
    f = r.mapping(node, "fact", _FACT_REQUIRED, _FACT_OPTIONAL)
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
    if failed or topic is None or question is None or answer is None or statement is None:
        raise _Invalid()
    assert sources is not None and tags is not None and gist is not None and note is not None
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
    )


def _read_source_refs(r: _Reader, node: Node, ctx: _FactContext) -> tuple[SourceId, ...]:
    refs = r.text_list(node, "sources")
    if not refs:
        raise r.fail(node, "a fact must cite at least one source")
    for ref in refs:
        if ref not in ctx.sources:
            r.problem(node, f"unknown source '{ref}'")
    if len(set(refs)) != len(refs):
        r.problem(node, "a source is cited twice")
    return tuple(SourceId(s) for s in refs)


def _read_answer(r: _Reader, node: Node, ctx: _FactContext, what: str) -> Answer:
    f = r.mapping(node, what, (), (*_ANSWER_KEYS, "unit", "accept"))
    kinds = [k for k in _ANSWER_KEYS if k in f]
    if len(kinds) != 1:
        raise r.fail(node, f"{what} must have exactly one of: {', '.join(_ANSWER_KEYS)}")
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
        if not isinstance(value_node, ScalarNode) or not _DATE_RE.match(str(value_node.value)):
            raise r.fail(value_node, f'{what} date must look like "2024-12" or "2024-12-21"')
        value = str(value_node.value)
    elif kind is AnswerKind.NUMBER:
        value = r.number(value_node, f"{what} number")
    else:
        value = r.text(value_node, f"{what} {kind.value}")
    unit = r.text(f["unit"][1], "unit") if "unit" in f else ""
    return Answer(kind=kind, value=value, unit=unit, accept=accept)


def _span_fits(span: str, answer: Answer, ctx: _FactContext) -> bool:
    kind = answer.kind
    if kind is AnswerKind.ENTITY:
        entity = ctx.entities.get(str(answer.value))
        return entity is not None and (span == entity.name or span in entity.aliases)
    if kind is AnswerKind.YEAR:
        return span.strip() == str(answer.value)
    if kind is AnswerKind.DATE:
        return str(answer.value)[:4] in span
    if kind is AnswerKind.NUMBER:
        assert isinstance(answer.value, int | float)
        return states_number(span, float(answer.value))
    return span == answer.value or span in answer.accept


def _span_problem(statement: str, answer: Answer, ctx: _FactContext, what: str) -> str:
    """What is wrong with a statement's marked span ('' when nothing is)."""
    spans = SPAN_RE.findall(statement)
    if len(spans) != 1:
        return f"{what} must mark the answer exactly once as {{{{…}}}} (found {len(spans)})"
    if "{{" in SPAN_RE.sub("", statement) or "}}" in SPAN_RE.sub("", statement):
        return f"{what} has an unbalanced '{{{{' or '}}}}'"
    if not _span_fits(spans[0], answer, ctx):
        return f"{what}: the marked span {spans[0]!r} does not state the answer"
    return ""


def _check_span(
    r: _Reader, node: Node, statement: str, answer: Answer, ctx: _FactContext, what: str
) -> None:
    message = _span_problem(statement, answer, ctx, what)
    if message:
        r.problem(node, message)


def _giveaway_problem(question: str, statement: str, answer: Answer, ctx: _FactContext) -> str:
    """The message when the question contains its own answer ('' when it does not)."""
    span = SPAN_RE.search(statement)
    candidates = [span.group(1)] if span else []
    if answer.kind is AnswerKind.ENTITY:
        entity = ctx.entities.get(str(answer.value))
        if entity:
            candidates.append(entity.name)
    folded = question.casefold()
    for c in candidates:
        if len(c) >= 2 and c.casefold() in folded:
            return f"the question gives its answer away ({c!r})"
    return ""


def _check_giveaway(
    r: _Reader, node: Node, question: str, statement: str, answer: Answer, ctx: _FactContext
) -> None:
    message = _giveaway_problem(question, statement, answer, ctx)
    if message:
        r.problem(node, message)


def _read_dispute(
    r: _Reader, node: Node, ctx: _FactContext, main_sources: tuple[SourceId, ...]
) -> Dispute:
    f = r.mapping(node, "disputed entry", ("source", "answer"), ("statement", "note"))
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


# ---------------------------------------------------------------------------- fast path
#
# A deck that ``fast_parse`` can read is validated here on its plain values.
# This reader only ever *accepts*: at the first thing it does not like it gives
# up (``_Fallback``) and the deck is read again by the node reader above, which
# finds and words every problem with its line and column. Both build the same
# ``Deck`` from a valid file (tests/core/deck/test_load_fast.py compares them).


class _Fallback(Exception):
    """Something the fast reader does not accept; the node reader takes over."""


_FALLBACK = _Fallback()
_FAST_INT = _STD + "int"
_FAST_FLOAT = _STD + "float"


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
    if not _ID_RE.match(text):
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
    number = _int_value(value.value)
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


_SOURCE_KEYS = frozenset(
    ("id", "title", "date", "url", "script", "publisher", "author", "video", "note")
)
_TOPIC_KEYS = frozenset(("id", "title", "sources"))
_ENTITY_KEYS = frozenset(("id", "type", "name", "aliases", "note"))
_GLOSSARY_KEYS = frozenset(("hant", "hans"))
_TOP_KEYS = frozenset(_TOP_REQUIRED + _TOP_OPTIONAL)
_FACT_KEYS = frozenset(_FACT_REQUIRED + _FACT_OPTIONAL)
_FACT_REQUIRED_SET = frozenset(_FACT_REQUIRED)
_FACT_MIN = len(_FACT_REQUIRED)
_ANSWER_FIELD_KEYS = frozenset((*_ANSWER_KEYS, "unit", "accept"))
_DISPUTE_KEYS = frozenset(("source", "answer", "statement", "note"))
_ENTITY_TYPES = {t.value: t for t in EntityType}
_ANSWER_KINDS = {k.value: k for k in AnswerKind}


def _fast_deck(text: str, path: str, builtin: bool) -> Deck:
    """The deck, or ``Unsupported`` / ``_Fallback`` when the node reader must look."""
    return _plain_deck(_fast_tree(text), path, builtin)


def _fast_tree(text: str) -> Tree:
    root, item_lines = fast_parse(text)
    facts = root.get("facts")
    return Tree(root, item_lines.get(id(facts), []) if type(facts) is list else [])


def _plain_deck(tree: Tree, path: str, builtin: bool) -> Deck:
    """Validate a plain tree (parsed now or cached) and build the deck from it."""
    top = _fast_fields(tree.root, _TOP_REQUIRED, _TOP_KEYS)
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
    ctx = _FactContext(sources, topics, entities)
    if len(lines) != len(fact_items):  # one line per item (a damaged cache entry: not)
        raise _FALLBACK
    facts = [_fast_fact(item, line, ctx) for item, line in zip(fact_items, lines, strict=True)]
    if len({f.id for f in facts}) != len(facts):
        raise _FALLBACK
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
    )


def _fast_source(item: object) -> Source:
    f = _fast_fields(item, ("id", "title", "date", "url", "script"), _SOURCE_KEYS)
    date = _fast_raw(f["date"])
    if not _DATETIME_RE.match(date):
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


def _fast_fact(item: object, line: int, ctx: _FactContext) -> Fact:
    # The hot loop of loading (once per fact, also for a cached tree): the checks
    # of _fast_text, _span_problem and _giveaway_problem, inlined, same verdicts.
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
    if not _ID_RE.match(fact_id) or topic not in ctx.topics or not question or not statement:
        raise _FALLBACK
    answer = ctx.answer(f["answer"])
    parts = SPAN_RE.split(statement)  # [before, span, after] for exactly one span
    if len(parts) != 3:
        raise _FALLBACK
    rest = parts[0] + parts[2]
    span = parts[1]
    if "{{" in rest or "}}" in rest or not _span_fits(span, answer, ctx):
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
    )


def _fast_answer(item: object, ctx: _FactContext) -> Answer:
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
        if not _DATE_RE.match(value):
            raise _FALLBACK
    elif kind is AnswerKind.NUMBER:
        if type(raw) is Typed and raw.tag == _FAST_FLOAT:
            number = _float_value(raw.value)
            if number is None:
                raise _FALLBACK
            value = number
        else:
            value = _fast_int(raw)
    else:
        value = _fast_text(raw)
    return Answer(
        kind=kind,
        value=value,
        unit=_fast_opt_text(f, "unit"),
        accept=_fast_text_list(f["accept"]) if "accept" in f else (),
    )


def _fast_dispute(item: object, ctx: _FactContext, main_sources: tuple[str, ...]) -> Dispute:
    f = _fast_fields(item, ("source", "answer"), _DISPUTE_KEYS)
    source = _fast_text(f["source"])
    if source not in ctx.sources or source in main_sources:
        raise _FALLBACK
    answer = ctx.answer(f["answer"])
    statement = _fast_opt_text(f, "statement")
    if statement and _span_problem(statement, answer, ctx, "disputed statement"):
        raise _FALLBACK
    return Dispute(
        source=SourceId(source), answer=answer, statement=statement, note=_fast_opt_text(f, "note")
    )
