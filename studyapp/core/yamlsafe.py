"""Reading untrusted YAML into a node tree, safely.

PyYAML is used only to *compose* nodes (with the C parser when it is there);
nothing is constructed from tags, so no object can be built from a file. Before
composing, the text is checked for what would hurt: size, encoding, and nesting
deep enough to overflow the C composer's stack. After composing, anchors and
aliases (billion laughs, self-reference) and non-standard tags are refused.

Every problem carries the line and column it was found at.
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
