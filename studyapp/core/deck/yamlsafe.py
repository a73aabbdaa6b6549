"""Reading untrusted YAML into a node tree, safely.

PyYAML is used only to *compose* nodes (with the C parser when it is there);
nothing is constructed from tags, so no object can be built from a file. Before
composing, the text is checked for what would hurt: size, encoding, and nesting
deep enough to overflow the C composer's stack. After composing, anchors and
aliases (billion laughs, self-reference) and non-standard tags are refused.

Every problem carries the line and column it was found at.

``fast_parse`` (below) reads the plain subset of YAML decks are written in,
about four times faster than composing nodes, and steps aside (``Unsupported``)
at anything else, so that ``compose`` has the last word on every odd file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

try:  # the C parser is about ten times faster
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 50

_STD = "tag:yaml.org,2002:"
ALLOWED_TAGS = frozenset(
    _STD + t for t in ("str", "int", "float", "bool", "null", "seq", "map", "timestamp")
)


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a deck file, at a place in it."""

    path: str
    line: int  # 1-based
    column: int  # 1-based
    message: str
    fact_id: str = ""

    def __str__(self) -> str:
        where = f"fact '{self.fact_id}': " if self.fact_id else ""
        return f"{self.path}:{self.line}:{self.column}: {where}{self.message}"


class DeckError(Exception):
    """A deck file that cannot be used, with every problem found in it."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def decode(data: bytes, path: str) -> str:
    """UTF-8 (a BOM is allowed) or a DeckError naming the first bad byte."""
    if len(data) > MAX_BYTES:
        raise DeckError(
            [Problem(path, 1, 1, f"file is {len(data) / 1_048_576:.1f} MB; the limit is 5 MB")]
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        good = data[: exc.start].decode("utf-8", errors="replace")
        line, column = _position(good, len(good))
        raise DeckError(
            [Problem(path, line, column, f"text is not UTF-8 (byte 0x{data[exc.start]:02x})")]
        ) from None
    return text


_FLOW = re.compile(r"[\[\]{}]")
_COMPACT = re.compile(r"(?:[-?:](?:\s+|$))")


def check_nesting(text: str, path: str, limit: int = MAX_DEPTH) -> None:
    """Refuse nesting deeper than ``limit`` before a parser sees it.

    A cheap over-estimate: flow brackets (``[[[[``), indentation levels and
    compact block indicators (``- - - -``) on one line. Legitimate decks are
    a handful of levels deep.
    """
    depth = 0
    for flow in _FLOW.finditer(text):
        if flow.group(0) in "[{":
            depth += 1
            if depth > limit:
                line, column = _position(text, flow.start())
                raise DeckError(
                    [Problem(path, line, column, f"nesting is deeper than {limit} levels")]
                )
        elif depth:
            depth -= 1
    stack: list[int] = []
    for line_no, row in enumerate(text.split("\n"), 1):
        stripped = row.lstrip(" ")
        if not stripped or stripped.startswith("#"):
            continue
        indent = len(row) - len(stripped)
        while stack and stack[-1] >= indent:
            stack.pop()
        stack.append(indent)
        compact = 0
        pos = 0
        while True:
            m = _COMPACT.match(stripped, pos)
            if not m:
                break
            compact += 1
            pos = m.end()
        if len(stack) + compact > limit:
            raise DeckError(
                [Problem(path, line_no, indent + 1, f"nesting is deeper than {limit} levels")]
            )


def compose(text: str, path: str) -> Node | None:
    """Parse ``text`` into a node tree, or raise DeckError with its position."""
    check_nesting(text, path)
    loader = _Loader(text)
    try:
        node: Node | None = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = " ".join(str(p) for p in (exc.context, exc.problem) if p)
        raise DeckError([Problem(path, line, column, f"YAML syntax: {message}")]) from None
    except yaml.YAMLError as exc:  # ReaderError: characters YAML does not allow
        position = getattr(exc, "position", None)
        line, column = _position(text, position) if isinstance(position, int) else (1, 1)
        reason = getattr(exc, "reason", "") or "cannot be read as YAML"
        raise DeckError([Problem(path, line, column, f"YAML: {reason}")]) from None
    finally:
        loader.dispose()
    if node is not None:
        _check_graph(node, path)
    return node


def _mark(node: Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _check_graph(root: Node, path: str) -> None:
    """No aliases (a node reached twice), no tags that would build objects."""
    seen: set[int] = set()
    stack: list[Node] = [root]
    problems: list[Problem] = []
    while stack:
        node = stack.pop()
        if id(node) in seen:
            line, column = _mark(node)
            raise DeckError(
                [Problem(path, line, column, "YAML anchors and aliases (&, *) are not allowed")]
            )
        seen.add(id(node))
        if node.tag not in ALLOWED_TAGS:
            line, column = _mark(node)
            problems.append(Problem(path, line, column, f"YAML tag {node.tag!r} is not allowed"))
            continue
        if isinstance(node, SequenceNode):
            stack.extend(reversed(node.value))
        elif isinstance(node, MappingNode):
            for key, value in reversed(node.value):
                stack.append(value)
                stack.append(key)
    if problems:
        raise DeckError(problems)


def scalar_text(node: ScalarNode) -> str:
    return str(node.value)


# ---------------------------------------------------------------------------- fast path
#
# Composing nodes with PyYAML costs about 2 s for a 4 MB deck (libyaml's events
# alone take 0.7 s), far over the half second a 10,000-fact deck may take. Decks
# are written in a small, regular subset of YAML: block mappings and sequences,
# one-line flow collections, one-line quoted or plain scalars. ``fast_parse``
# reads exactly that subset into plain Python values and raises ``Unsupported``
# at the first thing outside it (anchors, tags, block scalars, multi-line
# scalars, tabs, odd indentation, duplicate keys, ...), so the caller can fall
# back to :func:`compose`, which reports every problem with its position. Plain
# scalars are typed with PyYAML's own implicit resolvers, so a value means what
# PyYAML would make of it.


class Unsupported(Exception):
    """The text is outside the subset ``fast_parse`` reads; use :func:`compose`."""


@dataclass(frozen=True, slots=True)
class Typed:
    """A plain scalar that YAML reads as something other than text (int, bool, ...)."""

    tag: str
    value: str


FastValue = "str | Typed | list[FastValue] | dict[str, FastValue]"

# YAML line breaks other than \n, \r, tabs, BOMs and anything YAML cannot hold.
_FAST_UNSAFE = re.compile(
    "[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)
_KEY = re.compile(r"([A-Za-z0-9_][A-Za-z0-9_-]*):(?: +|$)")
_DQ = re.compile(r'"((?:[^"\\]|\\.)*)"')
_SQ = re.compile(r"'((?:[^']|'')*)'")
_DQ_ESCAPE = re.compile(r"\\(.)")
_PLAIN_START_BAD = frozenset("-?:,[]{}#&*!|>'\"%@`")
_FLOW_TOKEN = re.compile(
    r""" *(?:([\[\]{},])|(: )|"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'"""
    r"""|([^ \[\]{},:#'"&*!|>%@`?-][^\[\]{},:#]*))"""
)
_AFTER_VALUE = re.compile(r" *(?:#.*)?$")
_STR_TAG = _STD + "str"
_RESOLVERS = yaml.resolver.Resolver.yaml_implicit_resolvers
_FAST_MAX_DEPTH = 12


def _resolve_plain(value: str) -> str | Typed:
    resolvers = _RESOLVERS.get(value[0] if value else "")
    if resolvers:
        for tag, regexp in resolvers:
            if regexp.match(value):
                if tag not in ALLOWED_TAGS:
                    raise Unsupported(tag)
                return Typed(tag, value)
    return value


def _unescape_dq(body: str) -> str:
    if "\\" not in body:
        return body

    def one(m: re.Match[str]) -> str:
        ch = m.group(1)
        if ch in '"\\':
            return ch
        raise Unsupported("escape")

    return _DQ_ESCAPE.sub(one, body)


def _inline(rest: str) -> object:
    """A value written on one line after ``key: `` or ``- ``."""
    first = rest[0]
    if first == '"' or first == "'":
        m = (_DQ if first == '"' else _SQ).match(rest)
        if m is None or not _AFTER_VALUE.match(rest, m.end()):
            raise Unsupported("quoted")
        body = m.group(1)
        return _unescape_dq(body) if first == '"' else body.replace("''", "'")
    if first == "{" or first == "[":
        return _flow(rest)
    if first in _PLAIN_START_BAD or " #" in rest or ": " in rest or rest.endswith(":"):
        raise Unsupported("plain")
    return _resolve_plain(rest.rstrip(" "))


def _flow(rest: str) -> object:
    """A flow collection that opens and closes on this line."""
    tokens: list[tuple[int, object]] = []  # (kind, value): 0 punctuation, 1 ': ', 2 scalar
    pos = 0
    depth = 0
    match = _FLOW_TOKEN.match
    while True:
        m = match(rest, pos)
        if m is None:
            raise Unsupported("flow")
        pos = m.end()
        punct = m.group(1)
        if punct is not None:
            tokens.append((0, punct))
            if punct in "[{":
                depth += 1
                if depth > _FAST_MAX_DEPTH:
                    raise Unsupported("depth")
            elif punct in "]}":
                depth -= 1
                if depth == 0:
                    break
        elif m.group(2) is not None:
            tokens.append((1, ": "))
        elif m.group(3) is not None:
            tokens.append((2, _unescape_dq(m.group(3))))
        elif m.group(4) is not None:
            tokens.append((2, m.group(4).replace("''", "'")))
        else:
            tokens.append((2, _resolve_plain(m.group(5).rstrip(" "))))
    if not _AFTER_VALUE.match(rest, pos):
        raise Unsupported("after flow")
    try:
        value, end = _flow_value(tokens, 0)
    except IndexError:  # pragma: no cover - every collection ends with its bracket
        raise Unsupported("flow") from None
    if end != len(tokens):  # pragma: no cover - the loop stops at the closing bracket
        raise Unsupported("flow")
    return value


def _flow_value(tokens: list[tuple[int, object]], i: int) -> tuple[object, int]:
    kind, tok = tokens[i]
    if kind == 2:
        return tok, i + 1
    if tok == "[":
        items: list[object] = []
        i += 1
        if tokens[i] == (0, "]"):
            return items, i + 1
        while True:
            item, i = _flow_value(tokens, i)
            items.append(item)
            kind, tok = tokens[i]
            if tok == "]":
                return items, i + 1
            if tok != "," or (tokens[i + 1][0] != 2 and tokens[i + 1][1] not in ("[", "{")):
                raise Unsupported("flow sequence")
            i += 1
    if tok == "{":
        mapping: dict[str, object] = {}
        i += 1
        if tokens[i] == (0, "}"):
            return mapping, i + 1
        while True:
            kind, key = tokens[i]
            if kind != 2 or type(key) is not str or key in mapping or tokens[i + 1][0] != 1:
                raise Unsupported("flow key")
            nxt_kind, nxt = tokens[i + 2]
            if nxt_kind != 2 and nxt not in ("[", "{"):
                raise Unsupported("flow value")
            mapping[key], i = _flow_value(tokens, i + 2)
            kind, tok = tokens[i]
            if tok == "}":
                return mapping, i + 1
            if tok != ",":
                raise Unsupported("flow mapping")
            i += 1
    raise Unsupported("flow")


_NULL = Typed(_STD + "null", "")
_SIMPLE_SEQ = re.compile(r"\[([^\[\]{}'\"#:]*)\] *(?:#.*)?$")
_SIMPLE_MAP = re.compile(r"\{([^\[\]{}'\"#]*)\} *(?:#.*)?$")
_WORD = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]*$")


def _value(rest: str) -> object:
    """``_inline`` with the common one-line flow collections read without tokenizing."""
    first = rest[0]
    if first == "[":
        m = _SIMPLE_SEQ.match(rest)
        if m is not None:
            inner = m.group(1)
            if not inner.strip(" "):
                return [] if not inner else _flow(rest)
            items: list[object] = []
            for piece in inner.split(","):
                item = piece.strip(" ")
                if not item or item[0] in _PLAIN_START_BAD:
                    return _flow(rest)
                items.append(_resolve_plain(item) if item[0] in _RESOLVERS else item)
            return items
    elif first == "{":
        m = _SIMPLE_MAP.match(rest)
        if m is not None:
            inner = m.group(1)
            mapping: dict[str, object] = {}
            if not inner:
                return mapping
            for piece in inner.split(","):
                key, sep, item = piece.partition(": ")
                key = key.strip(" ")
                item = item.strip(" ")
                if (
                    not sep
                    or not item
                    or ":" in item
                    or item[0] in _PLAIN_START_BAD
                    or key in mapping
                    or not _WORD.match(key)
                    or (key[0] in _RESOLVERS and _resolve_plain(key) is not key)
                ):
                    return _flow(rest)
                mapping[key] = _resolve_plain(item) if item[0] in _RESOLVERS else item
            return mapping
    return _inline(rest)


_ROW = re.compile(r"^( *)(- +)?(?:([A-Za-z0-9_][A-Za-z0-9_-]*):(?: +|$))?(.*)$", re.MULTILINE)


def fast_parse(text: str) -> tuple[dict[str, object], dict[int, list[int]]]:
    """The deck's top-level mapping as plain values, or ``Unsupported``.

    Also returns, for every block sequence (by ``id``), the line each item
    starts on. Strings are ``str``; plain scalars YAML types otherwise are
    :class:`Typed`.
    """
    if _FAST_UNSAFE.search(text):
        raise Unsupported("characters")
    root: dict[str, object] = {}
    item_lines: dict[int, list[int]] = {}
    # the open block collections, innermost last: (indent, container)
    stack: list[tuple[int, dict[str, object] | list[object]]] = [(0, root)]
    top_indent = 0
    top: dict[str, object] | list[object] = root
    top_is_list = False
    # an entry written as "key:" or "-", whose value is the block below it (or null)
    pending: tuple[int, dict[str, object] | list[object], str | int, int] | None = None
    number = 0
    started = False
    resolvers = _RESOLVERS
    flows: dict[str, object] = {}
    # Every line, split as (indent, "- ", key, rest); rows match lines one to one.
    for spaces, dash, key, rest in _ROW.findall(text):
        number += 1
        if not key and not dash:
            if not rest or rest[0] == "#":
                continue  # blank or comment
            raise Unsupported("line")
        indent = len(spaces)
        if pending is not None:
            parent_indent, holder, slot, dash_line = pending
            pending = None
            if dash_line:  # a "-" alone: the item starts where its value does
                item_lines[id(holder)].append(number if indent > parent_indent else dash_line)
            if indent > parent_indent:
                child: dict[str, object] | list[object] = [] if dash else {}
                holder[slot] = child  # type: ignore[index]
                if len(stack) > _FAST_MAX_DEPTH:
                    raise Unsupported("depth")
                stack.append((indent, child))
                top_indent, top, top_is_list = indent, child, bool(dash)
                if dash:
                    item_lines[id(child)] = []
            else:
                holder[slot] = _NULL  # type: ignore[index]
        elif not started:
            if indent:
                raise Unsupported("start")
            started = True
        if indent != top_indent:
            while indent < top_indent:
                stack.pop()
                top_indent, top = stack[-1]
                top_is_list = type(top) is list
            if indent != top_indent:
                raise Unsupported("indentation")
        if dash:
            if not top_is_list:
                raise Unsupported("sequence in a mapping")
            assert isinstance(top, list)
            if not key:
                if not rest or rest[0] == "#":
                    pending = (indent, top, len(top), number)
                    top.append(None)
                    continue
                if rest[0] == "-" and (rest == "-" or rest[1] == " "):
                    raise Unsupported("compact sequence")
                item_lines[id(top)].append(number)
                value = flows.get(rest)
                if value is None:
                    value = flows[rest] = _value(rest)
                top.append(value)
                continue
            item_lines[id(top)].append(number)
            # a mapping whose first key shares the dash's line
            inner: dict[str, object] = {}
            top.append(inner)
            if len(stack) > _FAST_MAX_DEPTH:
                raise Unsupported("depth")
            top_indent = indent + len(dash)
            top = inner
            top_is_list = False
            stack.append((top_indent, inner))
        elif top_is_list:
            raise Unsupported("mapping in a sequence")
        assert isinstance(top, dict)
        if key in top or (key[0] in resolvers and _resolve_plain(key) is not key):
            raise Unsupported("key")
        if not rest or rest[0] == "#":
            pending = (top_indent, top, key, 0)
            top[key] = None
            continue
        first = rest[0]
        if first == '"':
            end = rest.find('"', 1)
            if end == len(rest) - 1 and "\\" not in rest:
                top[key] = rest[1:end]
                continue
        elif (
            first not in _PLAIN_START_BAD
            and " #" not in rest
            and ": " not in rest
            and rest[-1] != ":"
        ):
            plain = rest.rstrip(" ")
            top[key] = _resolve_plain(plain) if first in resolvers else plain
            continue
        # one-line collections repeat ("[s1]", "{entity: e3}"): read each once; the
        # tree is only read, never changed, so sharing a value is safe
        value = flows.get(rest)
        if value is None:
            value = flows[rest] = _value(rest)
        top[key] = value
    if pending is not None:
        _, holder, slot, dash_line = pending
        holder[slot] = _NULL  # type: ignore[index]
        if dash_line:
            item_lines[id(holder)].append(dash_line)
    if not started:
        raise Unsupported("empty")
    return root, item_lines
