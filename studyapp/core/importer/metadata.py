"""What an article says about itself: front matter, header lines and dates.

Front matter is composed with :func:`studyapp.core.deck.yamlsafe.compose` (size and
depth guard, no tags, no aliases), never constructed into objects.
"""

from __future__ import annotations

import re

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from studyapp.core.deck.links import web_url
from studyapp.core.deck.yamlsafe import DeckError, compose
from studyapp.core.importer.article import Meta
from studyapp.core.importer.credits import is_byline
from studyapp.core.importer.names import is_chinese_name

FRONT_MATTER_MAX_CHARS = 20_000


_FRONT_RE = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_TITLE_KEYS = ("title",)
_DATE_KEYS = ("date", "published", "pubdate", "created")
_URL_KEYS = ("source_url", "url", "link", "canonical_url", "source", "original")
_AUTHOR_KEYS = ("author", "authors", "source_name", "publisher")


def front_matter(text: str, path: str, meta: Meta, warnings: list[str]) -> str:
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
    meta.date = iso_date(_first_scalar(fields, _DATE_KEYS))
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
        url = web_url(str(node.value)) if isinstance(node, ScalarNode) else ""
        if url:
            return url
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


def header_lines(text: str, meta: Meta) -> str:
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
            meta.date = iso_date(value)
        elif key == "url" and not meta.url and web_url(value):
            meta.url = web_url(value)
        elif key == "author" and not meta.author:
            meta.author = value
        elif key == "title" and not meta.title:
            meta.title = value
        elif key != "other":
            continue
        taken.add(i)
    return "\n".join(line for i, line in enumerate(lines) if i not in taken)


# a line that is only a date (with a time, a weekday, or "來源: …" after it): a dateline
_DATELINE_RE = re.compile(
    r"^\s*[(（【\[]?\s*(?P<date>\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*[日號号]?)"
    r"(?:\s*(?:\d{1,2}:\d{2}(?::\d{2})?|[(（]?(?:星期|週|周|禮拜|礼拜)[一二三四五六日天][)）]?))*"
    r"\s*[)）】\]]?"
    r"(?:\s+(?:來源|来源|出處|出处|作者|記者|记者|編輯|编辑|撰文|文|source|by)\s*[:：／/]?\s*\S.{0,40})?\s*$",
    re.IGNORECASE,
)
HEADLINE_MAX = 60  # characters: a longer first line is a paragraph
_SENTENCE_END = "。！？!?.…；;：:，,"
_CLOSERS = '」』”’"）)】》]'


def is_dateline(line: str) -> bool:
    """A line that is only a date (with a time or a source after it): no sentence."""
    return bool(_DATELINE_RE.match(line))


# a headline asking or calling out: no full stop, ending in ? or ! (冬至為何「大過年」?,
# 會吃的老饕們,這樣買月餅!), short
# a headline that asks or cries out, in one part or two set off by a space
# (高雄旗山香蕉價格崩跌？ 邱議瑩怒批「勿用謠言傷害蕉農」！)
_QUESTION_HEADLINE_RE = re.compile(
    r"^(?:[^。；;？?！!]{2,30}[？?！!][」』”）)]?\s+)?[^。；;？?！!]{2,30}[？?！!][」』”）)]?$"
)


_AUTHOR_AFTER_RE = re.compile(r"^(?P<title>.{2,}?)\s*[/／∕]\s*(?P<name>[\u3400-\u9fff]{3})$")


def without_author(title: str) -> str:
    """A title without the writer's name after a slash (地名的變更/陳天權)."""
    m = _AUTHOR_AFTER_RE.match(title.strip())
    if m is None:
        return title
    name = m.group("name")
    return m.group("title") if is_chinese_name(name) else title  # 台北/高雄: no writer


def ends_sentence(line: str) -> bool:
    """Does a line end as a sentence does (after any closing quotes or brackets)?"""
    return line.rstrip().rstrip(_CLOSERS)[-1:] in _SENTENCE_END


def headline(text: str, meta: Meta) -> str:
    """A plain text's headline and datelines, as a news page copied to text has them.

    Datelines (a line that is only a date, maybe with a time or "來源: …") are taken
    out: the first gives the article's date when nothing else did. The first line
    is the headline (made a ``#`` heading) when it is short, does not end as a
    sentence does, and stands alone: a blank line or a dateline follows it and more
    text comes after. A headline or dateline is never a sentence to draft from."""
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        m = _DATELINE_RE.match(line)
        if m and line.strip():
            if not meta.date:
                meta.date = iso_date(m.group("date").replace(" ", ""))
            out.append("")  # the paragraph before it ends here
            continue
        out.append(line)
    filled = [i for i, line in enumerate(out) if line.strip()]
    if len(filled) >= 2:
        first = filled[0]
        line = out[first].strip()
        stands_alone = first + 1 < len(out) and not out[first + 1].strip()
        if (
            stands_alone
            and not line.startswith(("#", "-", "*", "+", ">", "|", "`", "<", "!["))
            and len(line) <= HEADLINE_MAX
            and (not ends_sentence(line) or _QUESTION_HEADLINE_RE.match(line))
            and not is_byline(line)
        ):
            out[first] = "# " + line
    return "\n".join(out)


_ISO_RE = re.compile(
    r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[Tt ](\d{1,2}:\d{2}(?::\d{2})?)([Zz]|[+-]\d{2}:?\d{2})?)?"
)
_CJK_DATE_RE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日號号])?")
_SLASH_DATE_RE = re.compile(r"(?<!\d)(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)")


def iso_date(value: str) -> str:
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
    return date_in(value)


def date_in(text: str, *, whole: bool = False) -> str:
    """The first date ``text`` writes, in ISO form; with ``whole``, only one that
    names its day (a year and month in an article's text is the date of something
    it tells, not its own)."""
    for pattern in (
        _CJK_DATE_RE,
        _SLASH_DATE_RE,
        re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)"),
    ):
        for m in pattern.finditer(text):
            if (m.group(3) or not whole) and _valid(m.group(1), m.group(2), m.group(3)):
                day = f"-{int(m.group(3)):02d}" if m.group(3) else ""
                return f"{m.group(1)}-{int(m.group(2)):02d}{day}"
    return ""


def _valid(year: str, month: str, day: str | None) -> bool:
    return (
        1000 <= int(year) <= 2999 and 1 <= int(month) <= 12 and (day is None or 1 <= int(day) <= 31)
    )


# -- Markdown (and plain text) --------------------------------------------------
