"""Converting content between Traditional (``hant``) and Simplified (``hans``).

OpenCC's character-level configurations (``tw2s``, ``s2tw``) do the bulk of the
work. They never rewrite words the way the phrase configurations do (``s2twp``
turns 扩展 in 负责任扩展政策 into 擴充套件). A deck's glossary pins the terms
that character conversion alone would get wrong (and each place's names for
people: 賀錦麗 in Taiwan is 哈里斯 on the mainland); glossary terms are swapped
in first, longest first, through placeholders OpenCC leaves alone. Quotation
marks and title marks follow each place's usage (「」 ↔ “”, 〈〉 → 《》).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import opencc

from studyapp.core.deck.model import GlossaryEntry, Script

_CONFIGS: dict[tuple[Script, Script], str] = {
    ("hant", "hans"): "tw2s.json",
    ("hans", "hant"): "s2tw.json",
}

# Punctuation each place writes: Taiwan quotes with 「」『』, the mainland with “”‘’;
# a title in mainland text is in 《》 (Taiwan marks an article's title with 〈〉).
_PUNCTUATION = {
    ("hant", "hans"): str.maketrans(
        {"「": "“", "」": "”", "『": "‘", "』": "’", "〈": "《", "〉": "》"}
    ),
    ("hans", "hant"): str.maketrans({"“": "「", "”": "」", "‘": "『", "’": "』"}),
}

# Private-use code points: OpenCC passes them through untouched.
_PLACEHOLDER_BASE = 0xF0000


@functools.cache
def _opencc(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


class ScriptConverter:
    """Converts text from one script to the other, honouring a glossary.

    Results are cached: the same deck texts are converted again and again as
    the reader switches script.
    """

    def __init__(self, glossary: Iterable[GlossaryEntry] = ()) -> None:
        entries = [e for e in glossary if e.hant and e.hans]
        self._pairs: dict[tuple[Script, Script], list[tuple[str, str]]] = {
            ("hant", "hans"): sorted(((e.hant, e.hans) for e in entries), key=lambda p: -len(p[0])),
            ("hans", "hant"): sorted(((e.hans, e.hant) for e in entries), key=lambda p: -len(p[0])),
        }
        self._patterns: dict[tuple[Script, Script], re.Pattern[str] | None] = {}
        for direction, pairs in self._pairs.items():
            if pairs:
                self._patterns[direction] = re.compile("|".join(re.escape(src) for src, _ in pairs))
            else:
                self._patterns[direction] = None
        self._cache: dict[tuple[str, Script, Script], str] = {}

    def convert(self, text: str, source: Script, target: Script) -> str:
        if source == target or not text:
            return text
        key = (text, source, target)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        result = self._convert(text, (source, target))
        if len(self._cache) < 200_000:
            self._cache[key] = result
        return result

    def _convert(self, text: str, direction: tuple[Script, Script]) -> str:
        pattern = self._patterns[direction]
        replacements: list[str] = []
        if pattern is not None:
            lookup = dict(self._pairs[direction])

            def protect(m: re.Match[str]) -> str:
                replacements.append(lookup[m.group(0)])
                return chr(_PLACEHOLDER_BASE + len(replacements) - 1)

            text = pattern.sub(protect, text)
        converted: str = (
            _opencc(_CONFIGS[direction]).convert(text).translate(_PUNCTUATION[direction])
        )
        if replacements:
            converted = re.sub(
                "[\U000f0000-\U000ffffd]",
                lambda m: replacements[ord(m.group(0)) - _PLACEHOLDER_BASE],
                converted,
            )
        return converted

    def to_hans(self, text: str) -> str:
        """Any text (either script, or mixed) in Simplified characters."""
        return self.convert(text, "hant", "hans")

    def to_hant(self, text: str) -> str:
        """Any text (either script, or mixed) in Traditional characters."""
        return self.convert(text, "hans", "hant")


def convert_plain(text: str, target: Script) -> str:
    """Convert text of unknown script to ``target`` without a glossary."""
    if target == "hans":
        return _opencc("tw2s.json").convert(text)  # type: ignore[no-any-return]
    return _opencc("s2tw.json").convert(text)  # type: ignore[no-any-return]
