"""Reading an article file into plain text blocks and its metadata.

Supported: Markdown (``.md``, with or without YAML front matter), plain text
(``.txt``, which may carry the same front matter and ``#`` headings) and HTML
(``.html``, text only: scripts and styles are dropped, nothing is executed).
The steps are their own modules: :mod:`.decoding` (bytes to text),
:mod:`.metadata` (front matter, header lines, dates), :mod:`.markdown` and
:mod:`.html_text` (text to blocks; a web page's article chosen by :mod:`.page_body`),
both through :mod:`.paragraphs` (what a paragraph is) and :mod:`.credits` (who made
the article, which is no part of it); this module puts them together.
"""

from __future__ import annotations

import re
from pathlib import Path

from studyapp.core.errors import ErrorKind
from studyapp.core.importer.article import (
    MAX_ARTICLE_BYTES,
    Article,
    ArticleError,
    ArticleFormat,
    BlockKind,
    Meta,
    NotARegularFileError,
    open_regular,
)
from studyapp.core.importer.credits import is_byline
from studyapp.core.importer.decoding import decode_article
from studyapp.core.importer.html_text import html_blocks
from studyapp.core.importer.markdown import markdown_blocks
from studyapp.core.importer.metadata import (
    date_in,
    ends_sentence,
    front_matter,
    header_lines,
    headline,
    without_author,
)

_SUFFIXES = {
    ".md": ArticleFormat.MARKDOWN,
    ".markdown": ArticleFormat.MARKDOWN,
    ".txt": ArticleFormat.TEXT,
    ".text": ArticleFormat.TEXT,
    ".html": ArticleFormat.HTML,
    ".htm": ArticleFormat.HTML,
    ".xhtml": ArticleFormat.HTML,
}


_FIRST_CLAUSE_RE = re.compile(r"[，,。；;]")  # a dateline's date stands before the first of these


def read_article(path: str | Path) -> Article:
    """Read, decode and parse one article file."""
    path = Path(path)
    shown = str(path)
    try:
        with open_regular(path) as fh:
            data = fh.read(MAX_ARTICLE_BYTES + 1)
    except IsADirectoryError:
        raise ArticleError(ErrorKind.ARTICLE_IS_FOLDER, shown) from None
    except NotARegularFileError:
        raise ArticleError(ErrorKind.ARTICLE_NOT_A_FILE, shown) from None
    except OSError as exc:
        raise ArticleError(
            ErrorKind.ARTICLE_UNREADABLE, shown, reason=exc.strerror or str(exc)
        ) from None
    return parse_article_bytes(data, shown)


def parse_article_bytes(data: bytes, path: str = "<article>") -> Article:
    if len(data) > MAX_ARTICLE_BYTES:
        limit = MAX_ARTICLE_BYTES // (1024 * 1024)
        raise ArticleError(ErrorKind.ARTICLE_TOO_LARGE, path, limit=limit)
    if not data.strip():
        raise ArticleError(ErrorKind.ARTICLE_EMPTY, path)
    text, encoding = decode_article(data, path)
    fmt = _SUFFIXES.get(Path(path).suffix.lower()) or _sniff_format(text)
    return parse_article_text(text, path, fmt, encoding)


def _sniff_format(text: str) -> ArticleFormat:
    head = text.lstrip()[:1000].lower()
    if head.startswith(("<!doctype html", "<html")) or "<body" in head:
        return ArticleFormat.HTML
    return ArticleFormat.MARKDOWN


def parse_article_text(
    text: str,
    path: str = "<article>",
    fmt: ArticleFormat = ArticleFormat.MARKDOWN,
    encoding: str = "utf-8",
) -> Article:
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    warnings: list[str] = []
    meta = Meta()
    if fmt is ArticleFormat.HTML:
        blocks, meta = html_blocks(text)
    else:
        text = front_matter(text, path, meta, warnings)
        text = header_lines(text, meta)
        text = headline(text, meta)
        blocks = markdown_blocks(text)
    blocks = [b for b in blocks if b.text]
    if not any(b.kind is BlockKind.PARAGRAPH for b in blocks):
        raise ArticleError(ErrorKind.ARTICLE_NO_TEXT, path)
    headings = [b for b in blocks if b.kind is BlockKind.HEADING]
    title = meta.title
    headings = [h for h in headings if not is_byline(h.text)]  # 編輯︰王小明 titles nothing
    if not title and headings:
        top = min(h.level for h in headings)
        title = next(h.text for h in headings if h.level == top)
    if not title:
        title = Path(path).stem
    title = without_author(title)
    # the article's own date stands where a dateline does: a line that is no sentence, or
    # a paragraph's first clause (新華社北京2024年5月3日電); a date later in a sentence
    # (…的好味道,但自2003年11月1日起禁止進口) is of something the article tells
    opening = " ".join(
        b.text if not ends_sentence(b.text) else _FIRST_CLAUSE_RE.split(b.text, maxsplit=1)[0]
        for b in blocks[:3]
    )
    date = meta.date or date_in(title, whole=True) or date_in(opening, whole=True)
    return Article(
        path=path,
        format=fmt,
        encoding=encoding,
        title=title,
        date=date,
        url=meta.url,
        author=meta.author,
        tags=meta.tags,
        blocks=tuple(blocks),
        warnings=tuple(warnings),
    )
