"""Which blocks of a saved web page are its article, and which are the page around it
(menus, "related news", teasers of other stories, comments, the footer).

The article is the element whose paragraphs read most like prose: long blocks with
clause marks (，。、) and few links. Each such paragraph scores its element, and
less its element's element; an element named like an article (content, article,
正文) gains, one named like a page's furniture (comment, sidebar, related) loses.
The best element's blocks are kept, with those of any sibling that scores nearly
as well (a story split in two), less the blocks inside it that are mostly links.
A page with no prose at all is kept whole.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from studyapp.core.importer.article import BlockKind


@dataclass(frozen=True, slots=True)
class PageBlock:
    """A block of a page's visible text and where it stood."""

    kind: BlockKind
    text: str
    level: int  # 1-6 for headings
    marked: bool  # inside a list's item, a table's cell or a quotation
    path: tuple[int, ...]  # the elements around it, outermost first (by number)
    link_chars: int  # how much of its text is a link's


@dataclass(frozen=True, slots=True)
class PageElement:
    """An element of a page that holds blocks (a div, a section, a cell…)."""

    parent: int | None  # the element that holds it, by number
    hint: float  # what its class and id say: + an article's, - a page's furniture


PROSE_MIN = 20  # characters: a shorter block scores nothing (a menu's item, a caption)
LINKED_MAX = 0.3  # a block with more of its text in links scores nothing
MOSTLY_LINKS = 0.5  # …and one inside the article with more than this is dropped
SIBLING_SHARE = 0.3  # a sibling scoring this share of the best is the story's too
HINT = 25.0  # what a telling class or id is worth, in scores of a paragraph

_CLAUSE_MARKS_RE = re.compile(r"[，,。、；;！!？?]")
# the words of a class or an id (post_text, articleContent, left-side), and the starts of
# those that say what an element is (comments, sidebar, hotnews; not photo, inside)
_WORD_RE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[\u3400-\u9fff]+")
_ARTICLE_STARTS = ("article", "content", "post", "entry", "story", "text", "body", "main",
                   "detail", "txt", "newstxt", "正文", "內文", "内文")  # fmt: skip
_FURNITURE_STARTS = ("comment", "side", "relate", "recommend", "hot", "rank", "nav", "menu",
                     "foot", "header", "banner", "share", "social", "widget", "promo",
                     "advert", "copyright", "breadcrumb", "tag", "list", "more")  # fmt: skip
_FURNITURE_WORDS = frozenset({"ad", "ads"})  # whole words only (not address, admin)


def hint_of(class_and_id: str) -> float:
    """What an element's class and id (joined by a space) say it is."""
    words = [w.lower() for w in _WORD_RE.findall(class_and_id)]
    hint = 0.0
    if any(w.startswith(_ARTICLE_STARTS) for w in words):
        hint += HINT
    if any(w in _FURNITURE_WORDS or w.startswith(_FURNITURE_STARTS) for w in words):
        hint -= HINT
    return hint


def article_blocks(blocks: list[PageBlock], elements: dict[int, PageElement]) -> list[PageBlock]:
    """The blocks of ``blocks`` that are the page's article, in page order."""
    scores = _scores(blocks, elements)
    if not scores:
        return blocks  # no prose anywhere: nothing tells the article from the page
    best = max(scores, key=lambda number: (scores[number], -number))
    top = scores[best]
    if top <= 0:
        return blocks  # its prose only where a page keeps its furniture: read it all
    parent = elements[best].parent
    chosen = {best} | {
        number
        for number, score in scores.items()
        if number != best
        and elements[number].parent == parent
        and parent is not None
        and score >= top * SIBLING_SHARE
    }
    kept = [b for b in blocks if chosen.intersection(b.path)]
    return [b for b in kept if b.link_chars <= len(b.text) * MOSTLY_LINKS]


HEADLINE_MIN = 6  # characters: a shorter heading is no page's headline (首頁, 新聞)


def headline(blocks: list[PageBlock], title: str) -> str:
    """The page's headline: a block of the page that its ``title`` (from <title> or
    its metadata) begins with, before the site's name (法国全国大罢工再次严重影响交通
    -新华网), or a heading that begins with the title when that was cut short; else
    the title as it is."""
    title = " ".join(title.split())
    found = ""
    for block in blocks:
        text = block.text
        if len(text) < HEADLINE_MIN or len(text) <= len(found):
            continue
        rest = title[len(text) :]
        before_site = title.startswith(text) and (
            _SITE_AFTER_RE.match(rest) or (rest[:1].isspace() and len(rest) <= SITE_NAME_MAX)
        )
        cut_short = (
            block.kind is BlockKind.HEADING
            and len(title) >= HEADLINE_MIN
            and text.startswith(title)
        )
        if before_site or cut_short or (block.kind is BlockKind.HEADING and text == title):
            found = text
    return found or title


# what stands between a page's headline and the site's name in its title: _, -, |, ——
# (or a space, before a short name: …調研工作 東區辦事處)
_SITE_AFTER_RE = re.compile(r"\s*[_|｜\-–—]")
SITE_NAME_MAX = 16  # characters


def _scores(blocks: list[PageBlock], elements: dict[int, PageElement]) -> dict[int, float]:
    """Each element's score: its paragraphs' prose, its class and id, its links."""
    scores: dict[int, float] = defaultdict(float)
    text: dict[int, int] = defaultdict(int)
    linked: dict[int, int] = defaultdict(int)
    for block in blocks:
        for number in block.path:
            text[number] += len(block.text)
            linked[number] += block.link_chars
        size = len(block.text)
        if (
            block.kind is BlockKind.HEADING
            or size < PROSE_MIN
            or block.link_chars > size * LINKED_MAX
            or not block.path
        ):
            continue
        prose = 1 + len(_CLAUSE_MARKS_RE.findall(block.text)) + min(size // 100, 3)
        for share, number in zip((1.0, 0.5, 1 / 3), reversed(block.path), strict=False):
            scores[number] += prose * share
    return {
        number: (score + elements[number].hint) * (1 - linked[number] / max(text[number], 1))
        for number, score in scores.items()
    }
