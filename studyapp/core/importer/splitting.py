"""Splitting an article into sections (by headings) and sentences.

The document text is the article's blocks joined by blank lines; every section
and sentence knows its character offsets in it, so a screen can highlight a
sentence in the text it shows.

Sentences end at 。！？ (and ! ? . followed by a space or the end); a sentence
end inside a quotation (「」『』“”‘’ and straight double quotes) or brackets does
not split, so a quoted remark stays whole. Closing quotes and brackets after a
sentence end belong to that sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from studyapp.core.importer.article import Article, BlockKind
from studyapp.core.importer.credits import is_byline

_ENDS = "。！？!?"
_LATIN_END = "."
_OPENERS = {
    "「": "」",
    "『": "』",
    "“": "”",
    "‘": "’",
    "（": "）",
    "(": ")",
    "《": "》",
    "【": "】",
    "[": "]",
}
_CLOSERS = frozenset(_OPENERS.values()) | {'"'}
_ENDS_RE = re.compile("[" + re.escape(_ENDS + _LATIN_END) + "]")
_MARKS_RE = re.compile(
    "[" + re.escape(_ENDS + _LATIN_END + "".join(_OPENERS) + "".join(_CLOSERS)) + "]"
)
MAX_QUOTE_SPAN = 300  # an unclosed quote longer than this no longer keeps a sentence whole


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int  # offsets in Document.text
    end: int
    section: int  # index into Document.sections


@dataclass(frozen=True, slots=True)
class Section:
    index: int
    title: str  # the heading; the article's title for text before the first heading
    level: int  # 0 for the lead before any heading
    start: int
    end: int
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True, slots=True)
class Document:
    text: str
    sections: tuple[Section, ...]

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(s for section in self.sections for s in section.sentences)


def split_article(article: Article) -> Document:
    parts: list[str] = []
    pos = 0
    sections: list[Section] = []
    current_title = article.title
    current_level = 0
    current_start = 0
    current: list[Sentence] = []

    def close(end: int) -> None:
        if current or current_level:
            sections.append(
                Section(
                    len(sections), current_title, current_level, current_start, end, tuple(current)
                )
            )

    for block in article.blocks:
        if parts:
            parts.append("\n\n")
            pos += 2
        if block.kind is BlockKind.HEADING and is_byline(block.text):
            pass  # 記者陳銀全∕台南報導: who wrote it, no title of what follows
        elif block.kind is BlockKind.HEADING and current_level and not current and not sections:
            pass  # a subtitle under the headline, before any text: the headline stays the title
        elif block.kind is BlockKind.HEADING:
            close(pos)
            current = []
            current_title, current_level, current_start = block.text, block.level, pos
        else:
            for start, end in sentence_bounds(block.text):
                current.append(
                    Sentence(block.text[start:end], pos + start, pos + end, len(sections))
                )
        parts.append(block.text)
        pos += len(block.text)
    close(pos)
    return Document("".join(parts), tuple(sections))


def split_sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_bounds(text)]


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence in one paragraph, whitespace trimmed."""
    out: list[tuple[int, int]] = []
    for start, end in _bounds(text, quotes=True):
        if end - start > MAX_QUOTE_SPAN and any(ch in _ENDS for ch in text[start : end - 1]):
            # an unclosed quote swallowed too much: split that stretch ignoring quotes
            out.extend((start + s, start + e) for s, e in _bounds(text[start:end], quotes=False))
        else:
            out.append((start, end))
    return out


def _bounds(text: str, *, quotes: bool) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    stack: list[str] = []
    start = 0
    i = 0
    n = len(text)
    marks = _MARKS_RE if quotes else _ENDS_RE
    while i < n:
        found = marks.search(text, i)  # only ends and quotation marks matter: jump to them
        if found is None:
            break
        i = found.start()
        ch = text[i]
        if quotes:
            if ch == '"':
                if stack and stack[-1] == '"':
                    stack.pop()
                else:
                    stack.append('"')
            elif ch in _OPENERS:
                stack.append(_OPENERS[ch])
            elif stack and ch == stack[-1]:
                stack.pop()
            elif ch in _CLOSERS and ch in stack:
                while stack and stack.pop() != ch:
                    pass
        if not stack and _is_end(text, i):
            j = i + 1
            while j < n and (text[j] in _ENDS or text[j] in "…" or _closes(text, j)):
                j += 1
            _add(out, text, start, j)
            start = j
            i = j
            continue
        i += 1
    _add(out, text, start, n)
    return out


def _is_end(text: str, i: int) -> bool:
    ch = text[i]
    if ch in _ENDS:
        return True
    if ch == _LATIN_END:
        nxt = text[i + 1] if i + 1 < len(text) else ""
        prev = text[i - 1] if i else ""
        if nxt and not nxt.isspace():
            return False  # 3.5, e.g., example.org
        # not after an initial such as "J. Clark"
        return not (prev.isupper() and (i < 2 or not text[i - 2].isalpha()))
    return False


def _closes(text: str, j: int) -> bool:
    """A closing quote or bracket right after a sentence end (a straight quote only
    when nothing but an end, a space or another closer follows it)."""
    ch = text[j]
    if ch == '"':
        nxt = text[j + 1] if j + 1 < len(text) else ""
        return not nxt or nxt.isspace() or nxt in _ENDS or nxt in _CLOSERS
    return ch in _CLOSERS


def _add(out: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))
