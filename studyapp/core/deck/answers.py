"""How an answer is written: numbers, dates and every kind of answer as display text.

One home for the wording of answers, used by the card faces, the questions and
their options, the Sources screen and the Anki export alike. The texts are in
the deck's own script; :class:`~studyapp.core.deck.view.DeckView` converts them.
"""

from __future__ import annotations

import re

from studyapp.core.deck.model import Answer, AnswerKind, Approx, Deck, Script
from studyapp.core.deck.numbers import amount_text, exact

_DATE_RE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")

DateKey = tuple[int, int, int]  # (year, month or 0, day or 0)


def format_number(value: int | float, script: Script = "hant") -> str:
    """A number as the decks show it: 4000, 12,500, and a large round amount with
    萬/億 as the news writes it (847億, not 84,700,000,000), in ``script``."""
    if isinstance(value, float):
        value = exact(value)
    if isinstance(value, int):
        amount = amount_text(value, script) if value > 0 else None
        if amount is not None:
            return amount
        return f"{value:,}" if abs(value) >= 10_000 else str(value)
    # digits as written, never an exponent: 2.5, 12,345.67 (not 1.23457e+04)
    return f"{value:,.6f}".rstrip("0") if abs(value) >= 10_000 else f"{value:.6f}".rstrip("0")


def date_key(answer: Answer) -> DateKey | None:
    if answer.kind is AnswerKind.YEAR:
        return (int(answer.value), 0, 0)
    if answer.kind is AnswerKind.DATE:
        m = _DATE_RE.match(str(answer.value))
        if m:
            return (int(m.group(1)), int(m.group(2)), int(m.group(3) or 0))
    return None


def dates_comparable(a: DateKey, b: DateKey) -> bool:
    """Whether two dates are in a definite order (2024 and 2024-12 are not)."""
    if a[0] != b[0]:
        return True
    if not a[1] or not b[1]:
        return False
    if a[1] != b[1]:
        return True
    return bool(a[2] and b[2] and a[2] != b[2])


def date_text(key: DateKey) -> str:
    """A date as the decks write it: ``2024 年 12 月 21 日``."""
    y, m, d = key
    if not m:
        return str(y)
    if not d:
        return f"{y} 年 {m} 月"
    return f"{y} 年 {m} 月 {d} 日"


def answer_text(deck: Deck, answer: Answer) -> str:
    """The answer as shown, in the deck's script: an entity's name, a date in words,
    a number with its unit, a text or quote as written."""
    if answer.kind is AnswerKind.ENTITY:
        entity = deck.entities.get(answer.value)  # type: ignore[call-overload]
        return entity.name if entity else str(answer.value)
    return answer_wording(answer, deck.script)


def answer_wording(answer: Answer, script: Script, entity_name: str = "") -> str:
    """An answer as shown, in ``script``, without a deck (an importer's draft): an
    entity by ``entity_name``, a date in words (1921 年 11 月, not 1921-11), a large
    amount as the news writes it, an approximate number with its word."""
    kind = answer.kind
    if kind is AnswerKind.ENTITY:
        return entity_name or str(answer.value)
    if kind is AnswerKind.DATE:
        key = date_key(answer)
        return date_text(key) if key else str(answer.value)
    if kind is AnswerKind.NUMBER:
        assert isinstance(answer.value, int | float)
        return approx_text(format_number(answer.value, script), answer.unit, answer.approx, script)
    if kind is AnswerKind.YEAR and answer.approx is not None:
        return approx_text(str(answer.value), "年", answer.approx, script)
    return str(answer.value)


# How an approximate number is said, in each script's words:
# (before the number, between the number and its unit).
_APPROX_WORDS: dict[Script, dict[Approx, tuple[str, str]]] = {
    "hant": {Approx.ABOUT: ("約", ""), Approx.PLUS: ("", "多"), Approx.OVER: ("超過", "")},
    "hans": {Approx.ABOUT: ("约", ""), Approx.PLUS: ("", "多"), Approx.OVER: ("超过", "")},
}


def approx_text(number: str, unit: str, approx: Approx | None, script: Script = "hant") -> str:
    """``20`` ``位`` said as 20位, 約20位, 20多位 or 超過20位 (约, 超过 in Simplified)."""
    if approx is None:
        return number + unit
    before, after = _APPROX_WORDS[script][approx]
    return f"{before}{number}{after}{unit}"
