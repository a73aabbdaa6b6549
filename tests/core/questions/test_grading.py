"""The typed-answer grader: what it folds away and what it never accepts."""

from __future__ import annotations

import functools
import random

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studyapp.core.deck.library import load_library
from studyapp.core.deck.textfold import fold
from studyapp.core.questions import Question, QuestionType, accepts, make_question

_T2S = opencc.OpenCC("t2s.json")
_S2T = opencc.OpenCC("s2tw.json")
_FULL = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}


@pytest.mark.parametrize(
    ("typed", "accepted"),
    [
        ("jack clark", "Jack Clark"),
        ("ＪＡＣＫ　ＣＬＡＲＫ", "Jack Clark"),
        ("Jack-Clark!", "Jack Clark"),
        ("负责任扩展政策", "負責任擴展政策"),
        ("《AI安全中的具體問題》", "AI 安全中的具體問題"),
        ("六", "6"),
        ("六個月", "6 個月"),
        ("6个月", "六個月"),
        ("二〇一六", "2016"),
        ("四千字", "4,000 字"),
        ("5.5年", "5 年半"),
        ("五年半", "5.5 年"),
        ("三到五年", "3 到 5 年"),
        ("８０％", "80%"),
        ("847亿度", "84,700,000,000度"),
        ("350000000元", "3億5000萬元"),
        ("4萬6000", "46,000"),
    ],
)
def test_accepted_variants(typed: str, accepted: str) -> None:
    assert accepts(typed, [accepted])


@pytest.mark.parametrize(
    ("typed", "accepted"),
    [
        ("", "Jack Clark"),
        ("  。", "Jack Clark"),
        ("Jack", "Jack Clark"),  # an alias is accepted only when the question lists it
        ("55年", "5.5 年"),  # a decimal point is not punctuation
        ("7", "6"),
        ("十二個月", "一兩個月"),  # 一兩 is "one or two", not 12
        ("Christiano", "Cristiano"),
        ("3億5000萬元", "3億元"),
    ],
)
def test_rejected_variants(typed: str, accepted: str) -> None:
    assert not accepts(typed, [accepted])


def test_fold_is_simplified_lower_case_without_spaces_or_punctuation() -> None:
    assert fold("Ｊａｃｋ　克拉克。") == "jack克拉克"
    assert fold("「負責任擴展政策」") == "负责任扩展政策"
    assert fold("3.5 年") == "3.5年"


_accepted_text = st.sampled_from(
    ["Jack Clark", "負責任擴展政策", "人生中最大的錯誤", "Daniela Amodei", "規模化定律", "GPT-3"]
)


@st.composite
def _mangled(draw: st.DrawFn, text: str) -> str:
    """``text`` with random spaces, punctuation, width, case and script changes."""
    out: list[str] = []
    for i, ch in enumerate(text):
        if draw(st.booleans()):
            ch = _FULL.get(ch, ch)
        if ch.isascii() and draw(st.booleans()):
            ch = ch.swapcase()
        out.append(ch)
        if text[i : i + 2].replace(".", "0").isdigit():
            continue  # never inside a number: "5 . 5" is not 5.5
        out.append(draw(st.sampled_from(["", "", " ", "\u3000", "，", "·", "-", "\t"])))
    mangled = "".join(out)
    script = draw(st.sampled_from(["same", "hans", "hant"]))
    if script == "hans":
        mangled = _T2S.convert(mangled)
    elif script == "hant":
        mangled = _S2T.convert(mangled)
    return f"{draw(st.sampled_from(['', ' ', '「']))}{mangled}{draw(st.sampled_from(['', '。', '」 ']))}"


@settings(max_examples=80, deadline=None)
@given(st.data())
def test_any_accepted_form_survives_mangling(data: st.DataObject) -> None:
    text = data.draw(_accepted_text)
    assert accepts(data.draw(_mangled(text)), [text])


@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_every_accept_form_of_every_fact_survives_mangling(data: st.DataObject) -> None:
    # the questions first, then the draws: what is drawn never depends on a build
    questions = _cloze_questions()
    q = questions[data.draw(st.integers(min_value=0, max_value=len(questions) - 1))]
    form = data.draw(st.sampled_from(q.accept))
    assert q.check(data.draw(_mangled(form)))


@functools.cache
def _cloze_questions() -> tuple[Question, ...]:
    deck = load_library(None).deck("anthropic-founding")
    made = (
        make_question(deck, fact, QuestionType.CLOZE, "hans", random.Random(n))
        for n, fact in enumerate(deck.facts)
    )
    return tuple(q for q in made if q is not None)


@given(st.integers(min_value=0, max_value=99_999))
def test_numbers_in_chinese_numerals(n: int) -> None:
    chinese = _chinese(n)
    assert accepts(chinese, [str(n)]), chinese
    assert accepts(f"{n:,}", [chinese])
    assert not accepts(str(n + 1), [chinese])


def _chinese(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n == 0:
        return "零"
    parts = []
    units = [(10_000, "萬"), (1000, "千"), (100, "百"), (10, "十")]
    zero = False
    for value, unit in units:
        d, n = divmod(n, value)
        if d:
            if zero:
                parts.append("零")
            parts.append((_chinese(d) if value == 10_000 else digits[d]) + unit)
            zero = False
        elif parts:
            zero = True
    if n:
        if zero:
            parts.append("零")
        parts.append(digits[n])
    return "".join(parts)


def test_an_amount_typed_as_people_say_it_is_accepted() -> None:
    """A card whose answer is 96,000 (學費9萬6) accepts 9萬6, 96000 and 9.6萬."""
    for typed in ("9萬6", "96000", "96,000", "9.6萬", "9万6"):
        assert accepts(typed, ["96,000"]), typed
    assert not accepts("9萬", ["96,000"])
