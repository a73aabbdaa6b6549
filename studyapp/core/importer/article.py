"""An article as the importer reads it: its blocks of text and what it says about itself.

The values every step of reading shares (:mod:`.decoding`, :mod:`.metadata`,
:mod:`.markdown`, :mod:`.html_text`, put together by :mod:`.reading`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from studyapp.core.errors import ErrorKind, StudyError

MAX_ARTICLE_BYTES = 2 * 1024 * 1024


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


@dataclass
class Meta:
    """What an article says about itself (front matter, header lines, HTML meta)."""

    title: str = ""
    date: str = ""
    url: str = ""
    author: str = ""
    tags: tuple[str, ...] = ()


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
