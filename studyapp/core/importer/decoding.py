"""An article's bytes as text: the encoding found, binary refused.

UTF-8 (with or without BOM), UTF-16 and UTF-32 with a BOM, UTF-16 without one
when its NUL pattern is unmistakable, the encoding a web page declares
(``<meta charset="big5">``), and GB18030 or Big5: of the two, the one whose text
reads as text (Big5 read as GB18030 turns its punctuation into private-use
characters; GB18030 read as Big5 turns it into phonetic symbols and rare forms).
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from studyapp.core.errors import ErrorKind
from studyapp.core.importer.article import ArticleError

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
    try:
        return _checked(data.decode("utf-8"), path), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _declared(data)
    if declared is not None:
        try:
            return _checked(data.decode(declared), path), declared
        except (UnicodeDecodeError, ArticleError):
            pass  # a page that says one thing and is another: judged by its bytes
    readings: list[tuple[int, int, str, str]] = []
    for order, name in enumerate(_LEGACY):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        readings.append((_oddness(text), order, name, text))
    if not readings:
        raise ArticleError(ErrorKind.ARTICLE_ENCODING, path)
    _, _, name, text = min(readings)
    return _checked(text, path), name


_LEGACY = ("gb18030", "big5hkscs")  # in this order when both read as well
# a web page's own word on its encoding, in its first bytes: <meta charset="big5">,
# <meta http-equiv="Content-Type" content="text/html; charset=gb2312">
_DECLARED_RE = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{2,30})", re.I)
_SAME_AS = {  # the encodings a page may name, read as the superset that covers them
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "gb18030": "gb18030",
    "big5": "big5hkscs",
    "x-big5": "big5hkscs",
    "cp950": "cp950",
    "big5-hkscs": "big5hkscs",
    "big5hkscs": "big5hkscs",
}


def _declared(data: bytes) -> str | None:
    m = _DECLARED_RE.search(data, 0, 4096)
    return _SAME_AS.get(m.group(1).decode("ascii").lower()) if m else None


def _oddness(text: str) -> int:
    """How much of ``text`` (a sample) no Chinese text is made of: private-use and
    unassigned characters, controls, phonetic symbols, the rare forms of CJK
    extension A, box drawing, Greek and Cyrillic (what a wrong legacy reading gives)."""
    odd = 0
    for ch in text[:20_000]:
        code = ord(ch)
        if (
            0x3100 <= code <= 0x312F  # bopomofo
            or 0x3400 <= code <= 0x4DBF  # CJK extension A
            or 0x2500 <= code <= 0x257F  # box drawing
            or 0x0370 <= code <= 0x04FF  # Greek, Cyrillic
            or 0xE000 <= code <= 0xF8FF  # private use
            or (unicodedata.category(ch) in ("Cc", "Cn") and ch not in "\t\n\r\f")
        ):
            odd += 1
    return odd


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
