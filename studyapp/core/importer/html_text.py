"""HTML as blocks of visible text: scripts and styles dropped, nothing run or followed;
only a web address (http, https) is taken as the article's link."""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser

from studyapp.core.deck.links import web_url
from studyapp.core.importer.article import Block, BlockKind, Meta
from studyapp.core.importer.markdown import join_lines
from studyapp.core.importer.metadata import iso_date
from studyapp.core.importer.page_body import (
    PageBlock,
    PageElement,
    article_blocks,
    headline,
    hint_of,
)
from studyapp.core.importer.paragraphs import add_paragraph, clauses_joined

_SKIP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "iframe",
        "object",
        "canvas",
        "nav",
        "footer",
        "form",
        "button",
        "select",
        "figcaption",  # a photo's caption: no part of the story
    }
)
_BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "section", "article", "main", "header", "aside", "blockquote",
     "pre", "table", "tr", "td", "th", "dl", "dt", "dd", "figure", "hr", "body", "html"}
)  # fmt: skip
# an item of a list or a table, a quotation: never a heading nor a caption of who speaks
_MARKED_TAGS = frozenset({"li", "blockquote", "dt", "dd", "td", "th"})
_VOID_TAGS = frozenset(
    {
        "br",
        "hr",
        "img",
        "meta",
        "link",
        "input",
        "source",
        "wbr",
        "area",
        "base",
        "col",
        "embed",
        "param",
        "track",
    }
)


# the elements that hold blocks, whose paragraphs tell where the article is
_CONTAINER_TAGS = frozenset(
    {"div", "section", "article", "main", "header", "aside", "body", "html", "td", "th", "tr",
     "table", "tbody", "thead", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "center",
     "figure", "details"}
)  # fmt: skip
OPEN_MAX = 256  # elements open at once: deeper ones are not told apart
PATH_MAX = 48  # elements around a block that may be its article (real pages: up to 22)
# a tag that closes a paragraph (<p>) left open before it
_CLOSES_P = _BLOCK_TAGS | {"h1", "h2", "h3", "h4", "h5", "h6", "p"}
# a tag that closes an open one of its own kind, unless a list or table stands between
_CLOSES_OWN = {"li": {"ul", "ol"}, "dt": {"dl"}, "dd": {"dl"}, "tr": {"table", "tbody", "thead"},
               "td": {"tr", "table"}, "th": {"tr", "table"}, "option": {"select"}}  # fmt: skip


class _TextExtractor(HTMLParser):
    """Collects visible text as blocks, with the elements around each; never runs or
    follows anything."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[PageBlock] = []
        self.elements: dict[int, PageElement] = {}
        self.meta = Meta()
        self._open: list[tuple[str, int]] = []  # the open elements: tag and number
        self._opened: Counter[str] = Counter()  # how many of each tag are open
        self._count = 0  # elements numbered so far
        self._path: list[int] = []  # the open elements that hold blocks, by number
        self._buf: list[str] = []
        self._link_chars = 0
        self._skip: list[str] = []
        self._heading = 0
        self._in_title = False
        self._title: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skip:
            if tag == self._skip[-1] and tag not in _VOID_TAGS:
                self._skip.append(tag)
            return
        if tag in _SKIP_TAGS:
            self._skip.append(tag)
            return
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            self._meta(values)
        elif tag == "link" and values.get("rel", "").lower() == "canonical":
            self.meta.url = self.meta.url or web_url(values.get("href", ""))
        elif tag == "time" and not self.meta.date:
            self.meta.date = iso_date(values.get("datetime", ""))
        elif tag == "title":
            self._in_title = True
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._flush()
            self._heading = int(tag[1])
        elif tag in _BLOCK_TAGS:
            self._flush()
        if tag not in _VOID_TAGS:
            self._push(tag, values)

    def _push(self, tag: str, values: dict[str, str]) -> None:
        if len(self._open) >= OPEN_MAX:
            return  # nested deeper than any page is: what is inside belongs to the last
        if tag in _CLOSES_P and self._open and self._open[-1][0] == "p":
            self._pop_to(len(self._open) - 1)
        if tag in _CLOSES_OWN and self._opened[tag]:
            for i in range(len(self._open) - 1, -1, -1):
                if self._open[i][0] in _CLOSES_OWN[tag]:
                    break
                if self._open[i][0] == tag:
                    self._pop_to(i)
                    break
        number = self._count
        self._count += 1
        self._opened[tag] += 1
        if tag in _CONTAINER_TAGS:
            parent = self._path[-1] if self._path else None
            hint = hint_of(values.get("class", "") + " " + values.get("id", ""))
            self.elements[number] = PageElement(parent, hint)
            self._path.append(number)
        self._open.append((tag, number))

    def _pop_to(self, index: int) -> None:
        """Close the open elements from ``index`` on (a tag closed, or left open)."""
        for tag, _ in self._open[index:]:
            self._opened[tag] -= 1
            if tag in _CONTAINER_TAGS:
                self._path.pop()
        del self._open[index:]

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID_TAGS or tag not in _SKIP_TAGS:
            self.handle_starttag(tag, attrs)
            if tag not in _VOID_TAGS and self._skip and self._skip[-1] == tag:
                self._skip.pop()
            elif tag not in _VOID_TAGS and not self._skip:
                self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._skip:
            if tag == self._skip[-1]:
                self._skip.pop()
            return
        if tag == "title":
            self._in_title = False
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._flush()
            self._heading = 0
        elif tag in _BLOCK_TAGS:
            self._flush()
        if self._opened[tag]:
            for i in range(len(self._open) - 1, -1, -1):
                if self._open[i][0] == tag:
                    self._pop_to(i)
                    break

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._in_title:
            self._title.append(data)
        else:
            self._buf.append(data)
            if self._opened["a"]:  # inside a link
                self._link_chars += len("".join(data.split()))

    def _meta(self, values: dict[str, str]) -> None:
        name = (
            values.get("name") or values.get("property") or values.get("itemprop") or ""
        ).lower()
        content = values.get("content", "").strip()
        if not content:
            return
        if (
            name in ("date", "article:published_time", "datepublished", "dc.date", "pubdate")
            and not self.meta.date
        ):
            self.meta.date = iso_date(content)
        elif name in ("og:url",) and not self.meta.url:
            self.meta.url = web_url(content)
        elif name in ("og:title", "title") and not self.meta.title:
            self.meta.title = content
        elif name in ("author", "article:author") and not self.meta.author:
            self.meta.author = content
        elif name == "keywords" and not self.meta.tags:
            self.meta.tags = tuple(t.strip() for t in re.split(r"[,，]", content) if t.strip())

    def _flush(self) -> None:
        text = join_lines([" ".join(part.split()) for part in "".join(self._buf).split("\n")])
        self._buf.clear()
        link_chars, self._link_chars = self._link_chars, 0
        if not text:
            return
        kind = BlockKind.HEADING if self._heading else BlockKind.PARAGRAPH
        path = tuple(self._path[-PATH_MAX:])
        marked = any(self._opened[t] for t in _MARKED_TAGS)
        self.blocks.append(PageBlock(kind, text, self._heading, marked, path, link_chars))

    def close(self) -> None:
        super().close()
        self._flush()
        if not self.meta.title:
            self.meta.title = " ".join("".join(self._title).split())


def html_blocks(text: str) -> tuple[list[Block], Meta]:
    """The article's blocks of a web page (not the page around it) and what the page
    says about itself."""
    parser = _TextExtractor()
    parser.feed(text)
    parser.close()
    parser.meta.title = headline(parser.blocks, parser.meta.title)
    blocks: list[Block] = []
    for block in article_blocks(parser.blocks, parser.elements):
        if block.kind is BlockKind.HEADING:
            blocks.append(Block(BlockKind.HEADING, block.text, block.level))
            continue
        # one block of a page is one line: its source's line breaks are no breaks
        before = len(blocks)
        add_paragraph(blocks, block.text, [block.text], marked=block.marked)
        added = len(blocks) > before
        if added and blocks[-1].kind is BlockKind.HEADING and not _has_text(blocks):
            # a short line before the article's first paragraph heads no part of it: a
            # label (图集, 收盘播报), a date, a byline, a breadcrumb, a headline in pieces
            blocks.pop()
    return clauses_joined(blocks), parser.meta


def _has_text(blocks: list[Block]) -> bool:
    return any(b.kind is BlockKind.PARAGRAPH for b in blocks)
