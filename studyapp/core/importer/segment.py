"""Chinese words and their parts of speech, in either script.

rjieba (the Rust jieba-rs, its dictionary inside the package) tags words. Its
dictionary is mostly Simplified, so Traditional text is folded to Simplified
character by character first (OpenCC ``tw2s`` keeps every character's place),
tagged, and the words are cut from the original text at the same offsets.

The library is imported on the first call, never at start-up: loading its
dictionary takes about 0.1 s and 40 MB.

Tags are jieba's: ``n`` noun, ``nr`` person, ``ns`` place, ``nt`` organisation,
``nz`` other proper noun, ``v`` verb, ``m`` numeral, ``q`` measure word,
``t`` time word, ``f`` locality, ``x`` punctuation, ``eng`` Latin word, …
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from studyapp.core.importer.names import SURNAMES, is_han, may_be_a_name
from studyapp.core.importer.textnorm import simplified

PERSON_TAGS = frozenset({"nr", "nrfg", "nrt"})  # the tags of a person's name


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    tag: str
    start: int  # offsets in the tagged text
    end: int


Tagger = Callable[[str], list[tuple[str, str]]]


@functools.cache
def _tagger() -> Tagger:
    import rjieba  # lazy: start-up never pays for the dictionary

    tag: Tagger = rjieba.tag
    return tag


# common words the jieba dictionary tags as names: 台风 as a place, 望远镜 as a person
_ERRATA = {
    "台风": "n",
    "飓风": "n",
    "望远镜": "n",
    "阳光": "n",
    "陆生": "b",
    "中南部": "f",
    "古典": "a",
    "塞车": "n",
    "大塞车": "n",
}


def tokens(text: str) -> list[Token]:
    """The words of ``text`` with their tags and offsets (either script)."""
    if not text:
        return []
    folded = simplified(text)
    out: list[Token] = []
    pos = 0
    for word, tag in _tagger()(folded):
        end = pos + len(word)
        tag = _ERRATA.get(word, tag)
        out.append(Token(text[pos:end], tag, pos, end))
        pos = end
    if pos != len(text):  # the tagger dropped or added characters: trust nothing
        return [Token(text, "x", 0, len(text))]
    if any(w.tag == "nr" and not may_be_a_name(folded[w.start : w.end]) for w in out):
        out = _names_mended(out, folded)
    return _names_after_titles(out, folded) if _TITLE_RE.search(folded) else out


# words a person's name follows: 院士文聖常, 創辦人楊添賜, 副研究員曾晗
_TITLES = frozenset(
    ["院士", "教授", "副教授", "校长", "主任", "市长", "县长", "总统", "主席", "部长", "局长",
     "院长", "所长", "处长", "研究员", "副研究员", "创办人", "董事长", "总经理", "执行长", "记者",
     "选手", "教练", "医师", "医生", "老师", "委员", "议员", "立委", "主委", "会长", "社长",
     "理事长", "总监", "导演", "作家", "歌手", "演员", "球员", "博士"]
)  # fmt: skip
_TITLE_RE = re.compile("|".join(sorted(_TITLES, key=len, reverse=True)))
# characters that end a two-character name rather than being its third: 李遠｜在
_AFTER_NAME = frozenset(
    "在於于是和與与及等也說说表指的曾將将已則则因為为被把對对向到從从今昨獲获出任"
)


def _names_after_titles(words: list[Token], folded: str) -> list[Token]:
    """``words`` with a name after a title made whole when the tagger cut it short:
    院士｜文聖｜常於 → 院士｜文聖常｜於, 創辦人｜楊添｜賜 → 創辦人｜楊添賜. A
    Chinese name is a surname and one or two characters; after a title the third
    is taken unless it is a word that follows names (李遠｜在)."""
    out: list[Token] = []
    i = 0
    while i < len(words):
        w = words[i]
        short = (
            i > 0
            and folded[words[i - 1].start : words[i - 1].end] in _TITLES
            and w.tag in ("nr", "nrfg")
            and len(w.text) in (1, 2)
            and folded[w.start] in SURNAMES
            and i + 1 < len(words)
        )
        if short:
            need = 3 - len(w.text)
            nxt = words[i + 1]
            extra = folded[nxt.start : nxt.start + need]
            if (
                len(extra) == need
                and all(is_han(ch) and ch not in _AFTER_NAME for ch in extra)
                and (
                    len(nxt.text) == need  # 楊添｜賜, 潘｜自強: the word is all name
                    or folded[nxt.start + need] in _AFTER_NAME  # 文聖｜常於: 於 follows
                )
            ):
                end = w.start + 3
                out.append(Token(w.text + nxt.text[:need], "nr", w.start, end))
                if nxt.end > end:
                    out.append(Token(nxt.text[need:], nxt.tag, end, nxt.end))
                i += 2
                continue
        out.append(w)
        i += 1
    return out


def _names_mended(words: list[Token], folded: str) -> list[Token]:
    """``words`` with the tagger's false names mended: a name run into the next
    word loses that word's first character (徐夢桃出｜生於 → 徐夢桃｜出生於), and a
    word that cannot be a name is a plain noun (屈居亞軍)."""
    out: list[Token] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w.tag == "nr" and not may_be_a_name(folded[w.start : w.end]):
            nxt = words[i + 1] if i + 1 < len(words) else None
            if nxt is not None and _runs_into(folded[w.start : w.end], folded[nxt.start : nxt.end]):
                out.append(Token(w.text[:3], "nr", w.start, w.start + 3))
                out.append(Token(w.text[3:] + nxt.text, nxt.tag, w.start + 3, nxt.end))
                i += 2
                continue
            w = Token(w.text, "n", w.start, w.end)
        out.append(w)
        i += 1
    return out


def _runs_into(name: str, following: str) -> bool:
    """Is ``name`` a three-character name with the first character of the next word
    stuck to it (徐梦桃出 + 生于: 出生 is one word)?"""
    if len(name) != 4 or name[0] not in SURNAMES or not following:
        return False
    return len(_cutter()(name[3] + following[0])) == 1


@functools.cache
def _cutter() -> Callable[[str], list[str]]:
    import rjieba

    cut: Callable[[str], list[str]] = rjieba.cut
    return cut
