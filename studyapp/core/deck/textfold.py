"""The one form in which texts are compared: typed answers against accepted
ones, search queries against facts.

Folding keeps letters and digits of every script and drops everything else
(punctuation, spaces, symbols, ``_``), except a decimal point between digits
(5.5 is not 55); full-width and half-width forms are unified (NFKC), case is
folded, and Chinese is brought to Simplified characters. Punctuation and spaces
go *before* the script conversion, so a reader's stray space inside a phrase
cannot change how OpenCC converts it.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable

from studyapp.core.deck.script import convert_plain

_DROP_RE = re.compile(r"(?:(?!(?<=\d)\.(?=\d))[\W_])+")

ToSimplified = Callable[[str], str]


def plain_to_hans(text: str) -> str:
    return convert_plain(text, "hans")


@functools.lru_cache(maxsize=65_536)
def fold(text: str, to_hans: ToSimplified | None = plain_to_hans) -> str:
    """``text`` folded; ``to_hans`` converts to Simplified (a deck's converter
    honours its glossary; None for a text known to be Simplified already)."""
    text = _DROP_RE.sub("", unicodedata.normalize("NFKC", text))
    if not text:
        return ""
    if to_hans is not None and not text.isascii():
        text = to_hans(text)
    return text.casefold()
