"""Markdown and plain text as blocks: headings and paragraphs, markup removed."""

from __future__ import annotations

import re

from studyapp.core.importer.article import Block, BlockKind
from studyapp.core.importer.paragraphs import add_paragraph, clauses_joined

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
# emphasis, but not the stars of a grade (5**) nor a run's later characters
_EMPHASIS_RE = re.compile(r"(?<![0-9*_~`])(\*\*|__|\*|_|~~|`)(?=\S)(.+?)(?<=\S)\1")
_LIST_RE = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+")
_QUOTE_RE = re.compile(r"^\s{0,3}>\s?")
_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~\"'])")


def markdown_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    para: list[str] = []
    marked = False  # the paragraph is a list item or a quotation
    fence = ""

    def flush() -> None:
        nonlocal marked
        if para:
            text = inline_text(join_lines(para))
            add_paragraph(blocks, text, para, marked=marked, headline_first=True)
            para.clear()
        marked = False

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
        quoted = bool(_QUOTE_RE.match(line))
        line = _QUOTE_RE.sub("", line)
        if is_item:
            flush()
            line = _LIST_RE.sub("", line)
        marked = marked or is_item or quoted
        para.append(line)
    flush()
    return clauses_joined(blocks)


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


def join_lines(lines: list[str]) -> str:
    """Join a hard-wrapped paragraph: a space only between two Latin words."""
    out = ""
    for line in (ln.strip() for ln in lines):
        if not line:
            continue
        if out and not (is_cjk(out[-1]) or is_cjk(line[0])):
            out += " "
        out += line
    return out


def is_cjk(ch: str) -> bool:
    return (
        "\u2e80" <= ch <= "\u9fff"
        or "\uf900" <= ch <= "\ufaff"
        or "\u3000" <= ch <= "\u303f"
        or "\uff00" <= ch <= "\uffef"
    )
