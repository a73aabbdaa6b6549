"""An article as the importer reads it: its blocks of text and what it says about itself.

The values every step of reading shares (:mod:`.decoding`, :mod:`.metadata`,
:mod:`.markdown`, :mod:`.html_text`, put together by :mod:`.reading`).
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import BinaryIO

from studyapp.core.errors import ErrorKind, StudyError

MAX_ARTICLE_BYTES = 2 * 1024 * 1024


class NotARegularFileError(OSError):
    """A pipe, device or socket where a file was expected: never read (it could block)."""


def open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading if it is a regular file.

    Opened without blocking (a FIFO with no writer would otherwise wait for one
    forever) and checked on the open handle, so what is read is what was checked.
    Raises :class:`IsADirectoryError` for a folder and :class:`NotARegularFileError`
    for anything else that is not a plain file.
    """
    if path.is_dir():
        raise IsADirectoryError(str(path))
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(str(path))
        if not stat.S_ISREG(mode):
            raise NotARegularFileError(str(path))
        if flags & getattr(os, "O_NONBLOCK", 0):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


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
