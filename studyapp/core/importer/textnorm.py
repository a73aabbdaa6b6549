"""Comparing texts across scripts: normalizing, script detection, similarity."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

from studyapp.core.deck.model import Script
from studyapp.core.deck.script import convert_plain

_DROP_RE = re.compile(r"[\s\u3000]+")


def detect_script(text: str) -> Script:
    """``hans`` when converting to Simplified changes fewer characters than to Traditional."""
    sample = text[:20_000]
    to_hans = convert_plain(sample, "hans")
    to_hant = convert_plain(sample, "hant")
    traditional = sum(1 for a, b in zip(sample, to_hans, strict=False) if a != b)
    simplified = sum(1 for a, b in zip(sample, to_hant, strict=False) if a != b)
    return "hans" if simplified > traditional else "hant"


@functools.lru_cache(maxsize=4096)
def simplified_lower(text: str) -> str:
    """Simplified, NFKC, case-folded; spaces kept (for finding Latin words whole).

    Not :func:`studyapp.core.deck.textfold.fold`, which also drops spaces and
    punctuation: the importer needs them to find a Latin name as a whole word.

    Cached: matching folds and normalizes the same sentence several times."""
    return unicodedata.normalize("NFKC", simplified(text)).casefold()


@functools.lru_cache(maxsize=4096)
def simplified(text: str) -> str:
    """``text`` in Simplified characters, character for character (same length:
    OpenCC's tw2s maps characters one to one; anything else is left as it was)."""
    folded = convert_plain(text, "hans")
    return folded if len(folded) == len(text) else text


@functools.lru_cache(maxsize=4096)
def normalize(text: str) -> str:
    """Simplified characters, case-folded, without spaces and punctuation."""
    return "".join(
        ch for ch in _DROP_RE.sub("", simplified_lower(text)) if ch.isalnum() or ch == "%"
    )


_TOKEN_RE = re.compile(r"[a-z0-9%]+|[^a-z0-9%]+")


def bigrams(text: str) -> frozenset[str]:
    """Tokens of an already normalized text: each Latin word or number whole,
    Chinese as character bigrams (a lone character as itself)."""
    out: set[str] = set()
    for m in _TOKEN_RE.finditer(text):
        run = m.group(0)
        if run[0].isascii() or len(run) == 1:
            out.add(run)
        else:
            out.update(run[i : i + 2] for i in range(len(run) - 1))
    return frozenset(out)


def containment(part: frozenset[str], whole: frozenset[str]) -> float:
    """How much of ``part`` is found in ``whole`` (0..1)."""
    if not part:
        return 0.0
    return len(part & whole) / len(part)


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def any_in(needles: Iterable[str], haystack: str) -> bool:
    return any(n and n in haystack for n in needles)
