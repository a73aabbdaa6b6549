"""Reading an article file into plain text blocks and its metadata.

Supported: Markdown (``.md``, with or without YAML front matter), plain text
(``.txt``, which may carry the same front matter and ``#`` headings) and HTML
(``.html``, text only: scripts and styles are dropped, nothing is executed).
The encoding is detected: UTF-8 (with or without BOM), UTF-16 and UTF-32 with a
BOM, UTF-16 without one when its NUL pattern is unmistakable, and GB18030.

Front matter is composed with :func:`studyapp.core.deck.yamlsafe.compose` (size and
depth guard, no tags, no aliases), never constructed into objects.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from enum import Enum
from html.parser import HTMLParser
from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from studyapp.core.deck.yamlsafe import DeckError, compose
from studyapp.core.errors import ErrorKind, StudyError

MAX_ARTICLE_BYTES = 2 * 1024 * 1024
FRONT_MATTER_MAX_CHARS = 20_000


class ArticleError(StudyError):
    """An article that cannot be imported, with a sentence for the reader."""

    def __init__(self, kind: ErrorKind, path: str, **params: str | int) -> None:
        super().__init__(kind, path=path, **params)
        self.path = path


class ArticleFormat(str, Enum):
    MARKDOWN = "md"
    TEXT = "txt"
    HTML = "html"


class BlockKind(str, Enum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"


@dataclass(frozen=True, slots=True)
class Block:
    kind: BlockKind
    text: str
    level: int = 0  # 1-6 for headings


@dataclass(frozen=True, slots=True)
class Article:
    path: str
    format: ArticleFormat
    encoding: str
    title: str
    date: str  # ISO "YYYY-MM-DD" or a date-time; "" when the article does not say
    url: str
    author: str
    tags: tuple[str, ...]
    blocks: tuple[Block, ...]
    warnings: tuple[str, ...] = ()

    @property
    def stem(self) -> str:
        return Path(self.path).stem


_SUFFIXES = {
    ".md": ArticleFormat.MARKDOWN,
    ".markdown": ArticleFormat.MARKDOWN,
    ".txt": ArticleFormat.TEXT,
    ".text": ArticleFormat.TEXT,
    ".html": ArticleFormat.HTML,
    ".htm": ArticleFormat.HTML,
    ".xhtml": ArticleFormat.HTML,
}


# -- bytes -> text -------------------------------------------------------------
def read_article(path: str | Path) -> Article:
    """Read, decode and parse one article file."""
    path = Path(path)
    shown = str(path)
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_ARTICLE_BYTES + 1)
    except IsADirectoryError:
        raise ArticleError(ErrorKind.ARTICLE_IS_FOLDER, shown) from None
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


_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_article(data: bytes, path: str = "<article>") -> tuple[str, str]:
    """``(text, encoding name)``, or an ArticleError for binary or unknown bytes."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(name), path), name
            except UnicodeDecodeError:
                raise ArticleError(ErrorKind.ARTICLE_BAD_MARK, path, encoding=name) from None
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        try:
            return _checked(data.decode(utf16), path), utf16
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise ArticleError(ErrorKind.ARTICLE_BINARY, path)
    for name in ("utf-8", "gb18030"):
        try:
            return _checked(data.decode(name), path), name
        except UnicodeDecodeError:
            continue
    raise ArticleError(ErrorKind.ARTICLE_ENCODING, path)


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: mostly-ASCII text leaves NULs in every other byte."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    # ASCII characters put their NUL on one side; a CJK character now and then on the other
    if odd > half * 0.02 and even <= odd // 10:
        return "utf-16-le"
    if even > half * 0.02 and odd <= even // 10:
        return "utf-16-be"
    return None


def _checked(text: str, path: str) -> str:
    """Refuse decoded text that is really binary (control characters, NULs)."""
    if not text.strip():
        raise ArticleError(ErrorKind.ARTICLE_EMPTY, path)
    sample = text[:20_000]
    bad = sum(
        1
        for ch in sample
        if unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") and ch not in "\t\n\r\f"
    )
    if "\x00" in sample or bad > max(3, len(sample) // 100):
        raise ArticleError(ErrorKind.ARTICLE_BINARY, path)
    return text


def _sniff_format(text: str) -> ArticleFormat:
    head = text.lstrip()[:1000].lower()
    if head.startswith(("<!doctype html", "<html")) or "<body" in head:
        return ArticleFormat.HTML
    return ArticleFormat.MARKDOWN


# -- text -> blocks -------------------------------------------------------------
@dataclass
class _Meta:
    title: str = ""
    date: str = ""
    url: str = ""
    author: str = ""
    tags: tuple[str, ...] = ()


def parse_article_text(
    text: str,
    path: str = "<article>",
    fmt: ArticleFormat = ArticleFormat.MARKDOWN,
    encoding: str = "utf-8",
) -> Article:
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    warnings: list[str] = []
    meta = _Meta()
    if fmt is ArticleFormat.HTML:
        blocks, meta = _html_blocks(text)
    else:
        text = _front_matter(text, path, meta, warnings)
        text = _header_lines(text, meta)
        blocks = _markdown_blocks(text)
    blocks = [b for b in blocks if b.text]
    if not any(b.kind is BlockKind.PARAGRAPH for b in blocks):
        raise ArticleError(ErrorKind.ARTICLE_NO_TEXT, path)
    headings = [b for b in blocks if b.kind is BlockKind.HEADING]
    title = meta.title
    if not title and headings:
        top = min(h.level for h in headings)
        title = next(h.text for h in headings if h.level == top)
    if not title:
        title = Path(path).stem
    date = meta.date or _date_in(title) or _date_in(" ".join(b.text for b in blocks[:3]))
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


_FRONT_RE = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_TITLE_KEYS = ("title",)
_DATE_KEYS = ("date", "published", "pubdate", "created")
_URL_KEYS = ("source_url", "url", "link", "canonical_url", "source", "original")
_AUTHOR_KEYS = ("author", "authors", "source_name", "publisher")


def _front_matter(text: str, path: str, meta: _Meta, warnings: list[str]) -> str:
    m = _FRONT_RE.match(text)
    if not m or len(m.group(0)) > FRONT_MATTER_MAX_CHARS:
        return text
    body = text[m.end() :]
    try:
        root = compose(m.group(1) or "", path)
    except DeckError as exc:
        first = exc.problems[0] if exc.problems else None
        warnings.append(f"front matter ignored: {first.message if first else exc}")
        return body
    if not isinstance(root, MappingNode):
        warnings.append("front matter ignored: it is not a mapping of keys to values")
        return body
    fields: dict[str, Node] = {}
    for key, value in root.value:
        if isinstance(key, ScalarNode):
            fields.setdefault(str(key.value).strip().lower(), value)
    meta.title = _first_scalar(fields, _TITLE_KEYS)
    meta.date = _iso_date(_first_scalar(fields, _DATE_KEYS))
    meta.url = _first_url(fields)
    meta.author = _first_scalar(fields, _AUTHOR_KEYS)
    tags = fields.get("tags")
    if isinstance(tags, SequenceNode):
        meta.tags = tuple(
            str(t.value).strip()
            for t in tags.value
            if isinstance(t, ScalarNode) and str(t.value).strip()
        )
    elif isinstance(tags, ScalarNode) and str(tags.value).strip():
        meta.tags = tuple(t.strip() for t in str(tags.value).split(",") if t.strip())
    return body


def _first_scalar(fields: dict[str, Node], keys: tuple[str, ...]) -> str:
    for key in keys:
        node = fields.get(key)
        if isinstance(node, ScalarNode) and str(node.value).strip():
            return " ".join(str(node.value).split())
        if isinstance(node, SequenceNode):
            names = [str(n.value).strip() for n in node.value if isinstance(n, ScalarNode)]
            if any(names):
                return ", ".join(n for n in names if n)
    return ""


def _first_url(fields: dict[str, Node]) -> str:
    for key in _URL_KEYS:
        node = fields.get(key)
        if isinstance(node, ScalarNode) and re.match(r"https?://", str(node.value).strip()):
            return str(node.value).strip()
    return ""


# "文章作者: …", "发布时间: 2024-12-22 09:59", "原文链接: https://…" at the top of a text.
_HEADER_KEYS = {
    "author": ("作者", "文章作者", "author", "撰文", "文"),
    "date": (
        "日期",
        "發布時間",
        "发布时间",
        "發佈時間",
        "發表時間",
        "发表时间",
        "時間",
        "时间",
        "date",
        "published",
    ),
    "url": (
        "原文連結",
        "原文链接",
        "原文網址",
        "原文网址",
        "連結",
        "链接",
        "來源",
        "来源",
        "url",
        "source",
        "link",
    ),
    "title": ("標題", "标题", "title"),
    "other": ("發布地", "发布地", "封面圖連結", "封面图链接", "封面", "cover", "image", "tags"),
}
_HEADER_RE = re.compile(r"^\s*([^\s:：]{1,12})\s*[:：]\s*(\S.*?)\s*$")


def _header_lines(text: str, meta: _Meta) -> str:
    """Take ``key: value`` metadata lines from the head of a text (before the body starts)."""
    lines = text.split("\n")
    taken: set[int] = set()
    seen_body = 0
    for i, line in enumerate(lines[:30]):
        if not line.strip():
            continue
        m = _HEADER_RE.match(line)
        key = ""
        if m:
            name = m.group(1).lower()
            key = next((k for k, names in _HEADER_KEYS.items() if name in names), "")
        if not key:
            if line.lstrip().startswith("#"):
                continue
            seen_body += 1
            if seen_body > 3:
                break
            continue
        value = m.group(2) if m else ""
        if key == "date" and not meta.date:
            meta.date = _iso_date(value)
        elif key == "url" and not meta.url and re.match(r"https?://", value):
            meta.url = value
        elif key == "author" and not meta.author:
            meta.author = value
        elif key == "title" and not meta.title:
            meta.title = value
        elif key != "other":
            continue
        taken.add(i)
    return "\n".join(line for i, line in enumerate(lines) if i not in taken)


_ISO_RE = re.compile(
    r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[Tt ](\d{1,2}:\d{2}(?::\d{2})?)([Zz]|[+-]\d{2}:?\d{2})?)?"
)
_CJK_DATE_RE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日號号])?")
_SLASH_DATE_RE = re.compile(r"(?<!\d)(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)")


def _iso_date(value: str) -> str:
    """A date or date-time in ISO form (as the deck format wants), or ''."""
    value = value.strip()
    m = _ISO_RE.search(value)
    if m and _valid(m.group(1), m.group(2), m.group(3)):
        day = f"-{int(m.group(3)):02d}" if m.group(3) else ""
        out = f"{m.group(1)}-{int(m.group(2)):02d}{day}"
        if m.group(3) and m.group(4):
            clock = m.group(4) if m.group(4).count(":") == 2 else m.group(4) + ":00"
            out += "T" + clock.zfill(8) + (m.group(5) or "").upper()
        return out
    return _date_in(value)


def _date_in(text: str) -> str:
    for pattern in (
        _CJK_DATE_RE,
        _SLASH_DATE_RE,
        re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)"),
    ):
        m = pattern.search(text)
        if m and _valid(m.group(1), m.group(2), m.group(3)):
            day = f"-{int(m.group(3)):02d}" if m.group(3) else ""
            return f"{m.group(1)}-{int(m.group(2)):02d}{day}"
    return ""


def _valid(year: str, month: str, day: str | None) -> bool:
    return (
        1000 <= int(year) <= 2999 and 1 <= int(month) <= 12 and (day is None or 1 <= int(day) <= 31)
    )


# -- Markdown (and plain text) --------------------------------------------------
_ATX_RE = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_NUMBERED_HEADING_RE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十百\d]+[章節节部分])\S"
)
_RULE_RE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
_FENCE_RE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_SHORTCODE_RE = re.compile(r"\{\{[<%].*?[%>]\}\}")
_IMAGE_RE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK_TARGET_RE = re.compile(r"\]\((?:[^()\s]|\([^)\s]*\))*\)")
_URL_RE = re.compile(r"(?:https?|ftp)://[^\s<>\[\]()（）「」\"']+|www\.[^\s<>\[\]()（）「」\"']+")
_AUTOLINK_RE = re.compile(r"<(https?://[^>]+)>")
_TAG_RE = re.compile(r"</?[A-Za-z][^>]*>")
_EMPHASIS_RE = re.compile(r"(\*\*|__|\*|_|~~|`)(?=\S)(.+?)(?<=\S)\1")
_LIST_RE = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+")
_QUOTE_RE = re.compile(r"^\s{0,3}>\s?")
_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~\"'])")


def _markdown_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    para: list[str] = []
    fence = ""

    def flush() -> None:
        if para:
            joined = inline_text(_join_lines(para))
            if joined:
                blocks.append(Block(BlockKind.PARAGRAPH, joined))
            para.clear()

    for raw in text.split("\n"):
        if fence:
            if raw.strip().startswith(fence):
                fence = ""
            continue
        fm = _FENCE_RE.match(raw)
        if fm:
            flush()
            fence = fm.group(1)[:3]
            continue
        line = _SHORTCODE_RE.sub("", raw)
        if not line.strip() or _RULE_RE.match(line):
            flush()
            continue
        heading = _ATX_RE.match(line)
        if heading:
            flush()
            title = inline_text(heading.group(2))
            if title:
                blocks.append(Block(BlockKind.HEADING, title, len(heading.group(1))))
            continue
        if (
            not para
            and len(line.strip()) <= 40
            and _NUMBERED_HEADING_RE.match(line)
            and not _ends_sentence(line)
        ):
            blocks.append(Block(BlockKind.HEADING, inline_text(line), 2))
            continue
        is_item = bool(_LIST_RE.match(line))
        line = _QUOTE_RE.sub("", line)
        if is_item:
            flush()
            line = _LIST_RE.sub("", line)
        para.append(line)
    flush()
    return blocks


def _ends_sentence(line: str) -> bool:
    return line.rstrip()[-1:] in "。！？!?.；;：:，,"


def inline_text(line: str) -> str:
    """Markdown inline syntax to plain text."""
    line = _IMAGE_RE.sub("", line)
    line = _LINK_TARGET_RE.sub("]", line)
    line = _AUTOLINK_RE.sub("", line)
    line = _URL_RE.sub("", line)
    line = line.replace("[", "").replace("]", "")
    line = _TAG_RE.sub("", line)
    for _ in range(3):
        line = _EMPHASIS_RE.sub(lambda m: m.group(2), line)
    line = _ESCAPE_RE.sub(lambda m: m.group(1), line)
    return re.sub(r"[ \t\u00a0]{2,}", " ", line).strip()


def _join_lines(lines: list[str]) -> str:
    """Join a hard-wrapped paragraph: a space only between two Latin words."""
    out = ""
    for line in (ln.strip() for ln in lines):
        if not line:
            continue
        if out and not (_is_cjk(out[-1]) or _is_cjk(line[0])):
            out += " "
        out += line
    return out


def _is_cjk(ch: str) -> bool:
    return (
        "\u2e80" <= ch <= "\u9fff"
        or "\uf900" <= ch <= "\ufaff"
        or "\u3000" <= ch <= "\u303f"
        or "\uff00" <= ch <= "\uffef"
    )


# -- HTML -----------------------------------------------------------------------
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
    }
)
_BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "section", "article", "main", "header", "aside", "blockquote",
     "pre", "table", "tr", "td", "th", "dl", "dt", "dd", "figure", "figcaption", "hr", "body", "html"}
)  # fmt: skip
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
        self.meta = _Meta()
        self._buf: list[str] = []
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
            self.meta.url = self.meta.url or values.get("href", "")
        elif tag == "time" and not self.meta.date:
            self.meta.date = _iso_date(values.get("datetime", ""))
        elif tag == "title":
            self._in_title = True
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._flush()
            self._heading = int(tag[1])
        elif tag in _BLOCK_TAGS:
            self._flush()

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
            self.meta.date = _iso_date(content)
        elif name in ("og:url",) and not self.meta.url:
            self.meta.url = content
        elif name in ("og:title", "title") and not self.meta.title:
            self.meta.title = content
        elif name in ("author", "article:author") and not self.meta.author:
            self.meta.author = content
        elif name == "keywords" and not self.meta.tags:
            self.meta.tags = tuple(t.strip() for t in re.split(r"[,，]", content) if t.strip())

    def _flush(self) -> None:
        text = _join_lines([" ".join(part.split()) for part in "".join(self._buf).split("\n")])
        self._buf.clear()
        if not text:
            return
        if self._heading:
            self.blocks.append(Block(BlockKind.HEADING, text, self._heading))
        else:
            self.blocks.append(Block(BlockKind.PARAGRAPH, text))

    def close(self) -> None:
        super().close()
        self._flush()
        if not self.meta.title:
            self.meta.title = " ".join("".join(self._title).split())


def _html_blocks(text: str) -> tuple[list[Block], _Meta]:
    parser = _TextExtractor()
    parser.feed(text)
    parser.close()
    return parser.blocks, parser.meta
