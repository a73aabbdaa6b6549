"""Lenient grading of typed answers.

A typed answer is right when, after folding, it equals one of the accepted
forms a question lists. Folding makes these differences vanish:

- script: Traditional and Simplified (OpenCC ``tw2s``, character level);
- width: full-width and half-width forms (NFKC);
- case;
- punctuation, symbols and whitespace;
- how a number is written: ``6``, ``六`` and ``６`` are the same; ``五年半``
  is ``5.5年``; ``4,000`` is ``4000``.

The accepted forms themselves (every name and alias of an entity in both
scripts, the deck's glossary terms, digits and units) come from the question
generator; grading only decides whether two texts are the same answer.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from studyapp.core.deck import textfold
from studyapp.core.deck.numbers import parse_chinese_numeral

_CN_DIGITS = "零〇一二两三四五六七八九"
_CN_UNITS = "十拾百佰千仟万亿"
_CN_NUMERAL = f"[{_CN_DIGITS}{_CN_UNITS}点]+"
_ARABIC = r"\d+(?:\.\d+)?"
# "5年半", "五个半月": N and a half, the half written after a short unit.
_AND_A_HALF_RE = re.compile(rf"({_ARABIC}|[{_CN_DIGITS}{_CN_UNITS}]+)([^\d半]{{0,2}}?)半")
_NUMBER_RE = re.compile(rf"{_ARABIC}|{_CN_NUMERAL}")


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


@functools.lru_cache(maxsize=65_536)
def _answer_key(text: str, convert: bool) -> str:
    folded = _fold(text, convert)
    if not folded:
        return ""
    folded = _AND_A_HALF_RE.sub(_half, folded)
    return _NUMBER_RE.sub(_numeral, folded)


def accepts(text: str, accepted: Sequence[str]) -> bool:
    """Whether a typed ``text`` is one of the ``accepted`` answers, leniently."""
    key = answer_key(text)
    if not key:
        return False
    return any(key == answer_key(form) for form in accepted)
