"""Lenient grading of typed answers.

A typed answer is right when, after folding, it equals one of the accepted
forms a question lists. Folding makes these differences vanish:

- script: Traditional and Simplified (OpenCC ``tw2s``, character level);
- width: full-width and half-width forms (NFKC);
- case;
- punctuation, symbols and whitespace;
- how a number is written: ``6``, ``六`` and ``６`` are the same; ``五年半``
  is ``5.5年``; ``4,000``, ``4千`` and ``四千`` are ``4000``; ``3億5000萬`` is
  ``350000000``;
- percentages and fractions said the Chinese way: ``百分之九十五``, ``九成五``
  and ``95%`` are the same, as are ``八成`` and ``80%``, ``一半`` and ``50%``;
- how a date is written: ``2024.12.21``, ``2024/12/21``, ``2024-12-21`` and
  ``2024年12月21日``;
- words each place writes its own way (想像 / 想象, 身分 / 身份).

With the question's ``context`` (its prompt), a typed answer may also go on
with a word the question itself uses: ``三家公司`` for ``3家`` when the question
asks how many companies, ``十年後`` when it asks 多少年後, ``上海市`` when it
asks which city.

The accepted forms themselves (every name and alias of an entity in both
scripts, the deck's glossary terms, digits and units) come from the question
generator; grading only decides whether two texts are the same answer.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

from studyapp.core.deck import textfold
from studyapp.core.deck.numbers import AMOUNT_RE, amount_value, parse_chinese_numeral

_CN_DIGITS = "零〇一二两三四五六七八九"
_CN_UNITS = "十拾百佰千仟万亿"
_CN_NUMERAL = f"[{_CN_DIGITS}{_CN_UNITS}点]+"
_ARABIC = r"\d+(?:\.\d+)?"
# "5年半", "五个半月": N and a half, the half written after a short unit.
_AND_A_HALF_RE = re.compile(rf"({_ARABIC}|[{_CN_DIGITS}{_CN_UNITS}]+)([^\d半]{{0,2}}?)半")
_NUMBER_RE = re.compile(rf"{_ARABIC}|{_CN_NUMERAL}")
# 4千, 3.5万: digits with a Chinese unit
_MIXED_RE = re.compile(r"(\d+(?:\.\d+)?)([十百千万亿])(?![十百千万亿\d])")
_MIXED_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
# 九成五, 八成 (the whole answer): tenths
_TENTHS_RE = re.compile(rf"^([{_CN_DIGITS}]|\d)成([{_CN_DIGITS}]|\d)?$")
# 2024.12.21, 2024/12/21, 2024-12-21, 2024.12 (a year from 1000 to 2999)
# the separator may come with stray spaces or punctuation: "2024 - 12 -，21"
_DATE_SEP = r"[\W_]*?[./\-][\W_]*?"
_DATE_RE = re.compile(rf"\b([12]\d{{3}}){_DATE_SEP}(\d{{1,2}})(?:{_DATE_SEP}(\d{{1,2}}))?(?![\d.])")
# one word each place writes differently, after folding (Simplified): mainland form
_VARIANTS = {"想像": "想象", "身分": "身份", "份子": "分子"}
_VARIANTS_RE = re.compile("|".join(_VARIANTS))
# What may follow an accepted answer when the question uses it: a few Chinese characters
_TAIL_RE = re.compile(r"^的?([\u3400-\u9fff]{1,3})$")


def _fold(text: str, convert: bool) -> str:
    return textfold.fold(text) if convert else textfold.fold(text, None)


def _number_text(value: float) -> str:
    return str(int(value)) if value.is_integer() else repr(value)


def _cn_value(run: str) -> float | None:
    # 一两, 三四: a range ("one or two"), not the digits of a number.
    if len(run) in (2, 3) and all(ch in _CN_DIGITS for ch in run):
        return None
    return parse_chinese_numeral(run)


def _value(token: str) -> float | None:
    if token[0].isdigit():
        try:
            return float(token)
        except ValueError:  # pragma: no cover - the pattern only matches numbers
            return None
    return _cn_value(token)


def _half(m: re.Match[str]) -> str:
    base = _value(m.group(1))
    if base is None:
        return m.group(0)
    return f"{_number_text(base + 0.5)}{m.group(2)}"


def _numeral(m: re.Match[str]) -> str:
    value = _value(m.group(0))
    return m.group(0) if value is None else f"#{_number_text(value)}#"


def answer_key(text: str, *, simplified: bool = False) -> str:
    """The form two answers are compared in: folded, every number as its value.

    ``simplified=True`` skips the script conversion for a text known to be in
    Simplified characters already.
    """
    return _answer_key(text, not simplified)


def _date(m: re.Match[str]) -> str:
    year, month, day = m.group(1), int(m.group(2)), m.group(3)
    if not 1 <= month <= 12:
        return m.group(0)
    if day is None:
        return f"{year}年{month}月"
    return f"{year}年{month}月{int(day)}日" if 1 <= int(day) <= 31 else m.group(0)


def _mixed(m: re.Match[str]) -> str:
    return _number_text(float(m.group(1)) * _MIXED_UNITS[m.group(2)])


def _tenths(folded: str) -> str:
    m = _TENTHS_RE.match(folded)
    if m is None:
        return folded
    tens = _value(m.group(1))
    ones = _value(m.group(2)) if m.group(2) else 0.0
    if tens is None or ones is None:
        return folded
    return _number_text(tens * 10 + ones)


@functools.lru_cache(maxsize=65_536)
def _answer_key(text: str, convert: bool) -> str:
    # width first (２０２４－１２: digits and dashes), then dates, then the rest of folding
    folded = _fold(_DATE_RE.sub(_date, unicodedata.normalize("NFKC", text)), convert)
    if not folded:
        return ""
    folded = _VARIANTS_RE.sub(lambda m: _VARIANTS[m.group(0)], folded)
    if folded == "一半":
        folded = "50"
    folded = _tenths(folded.replace("百分之", ""))
    folded = AMOUNT_RE.sub(lambda m: _number_text(amount_value(m)), folded)  # 3亿5000万
    folded = _MIXED_RE.sub(_mixed, folded)
    folded = _AND_A_HALF_RE.sub(_half, folded)
    return _NUMBER_RE.sub(_numeral, folded)


def accepts(text: str, accepted: Sequence[str], context: str = "") -> bool:
    """Whether a typed ``text`` is one of the ``accepted`` answers, leniently.

    ``context`` is the question's prompt: an accepted answer followed by a word
    of the prompt (three Chinese characters at most) is accepted too.
    """
    key = answer_key(text)
    if not key:
        return False
    keys = [answer_key(form) for form in accepted]
    if key in keys:
        return True
    if not context:
        return False
    prompt = answer_key(context)
    for form_key in keys:
        if len(form_key) >= 2 and key.startswith(form_key):
            tail = _TAIL_RE.match(key[len(form_key) :])
            if tail is not None and tail.group(1) in prompt:
                return True
    return False
