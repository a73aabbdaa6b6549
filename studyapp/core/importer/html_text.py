"""HTML as blocks of visible text: scripts and styles dropped, nothing run or followed;
only a web address (http, https) is taken as the article's link."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from studyapp.core.deck.links import web_url
from studyapp.core.importer.article import Block, BlockKind, Meta
from studyapp.core.importer.markdown import join_lines
from studyapp.core.importer.metadata import iso_date
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


class _TextExtractor(HTMLParser):
    """Collects visible text as blocks; never runs or follows anything."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.meta = Meta()
        self._buf: list[str] = []
        self._skip: list[str] = []
        self._heading = 0
        self._marked = 0  # how many list items, table cells or quotations are open
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
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._flush()
            self._heading = int(tag[1])
        elif tag in _BLOCK_TAGS:
            self._flush()
            self._marked += tag in _MARKED_TAGS

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID_TAGS or tag not in _SKIP_TAGS:
            self.handle_starttag(tag, attrs)
            if tag not in _VOID_TAGS and self._skip and self._skip[-1] == tag:
                self._skip.pop()

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
            if tag in _MARKED_TAGS and self._marked:
                self._marked -= 1

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._in_title:
            self._title.append(data)
        else:
            self._buf.append(data)

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
        if not text:
            return
        if self._heading:
            self.blocks.append(Block(BlockKind.HEADING, text, self._heading))
        else:  # one block of a page is one line: its source's line breaks are no breaks
            add_paragraph(self.blocks, text, [text], marked=self._marked > 0)

    def close(self) -> None:
        super().close()
        self._flush()
        if not self.meta.title:
            self.meta.title = " ".join("".join(self._title).split())


def html_blocks(text: str) -> tuple[list[Block], Meta]:
    parser = _TextExtractor()
    parser.feed(text)
    parser.close()
    return clauses_joined(parser.blocks), parser.meta
