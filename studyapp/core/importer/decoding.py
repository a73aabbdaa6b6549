"""An article's bytes as text: the encoding found, binary refused.

UTF-8 (with or without BOM), UTF-16 and UTF-32 with a BOM, UTF-16 without one
when its NUL pattern is unmistakable, and GB18030.
"""

from __future__ import annotations

import codecs
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
