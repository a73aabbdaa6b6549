from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studyapp.core.deck.numbers import (
    chinese_numeral,
    numbers_in,
    parse_chinese_numeral,
    states_number,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [("六", 6), ("十", 10), ("十九", 19), ("二十", 20), ("一百", 100), ("兩千", 2000),
     ("四千", 4000), ("一萬五千", 15000), ("二〇二四", 2024), ("三點五", 3.5),
     ("一千零一", 1001), ("一百零五", 105), ("一萬零三百", 10300), ("二〇〇八", 2008)],
)  # fmt: skip
def test_chinese_numerals(text: str, value: float) -> None:
    assert parse_chinese_numeral(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("五年半", 5.5),
        ("約 6 個月", 6),
        ("95%", 95),
        ("4,000 字", 4000),
        ("７分鐘", 7),
        ("5 年半", 5.5),
    ],
)
def test_numbers_in_text(text: str, value: float) -> None:
    assert states_number(text, value)


@pytest.mark.parametrize(
    ("value", "text"),
    [(6, "六"), (10, "十"), (17, "十七"), (19, "十九"), (95, "九十五"), (100, "一百"),
     (105, "一百零五"), (4000, "四千"), (10_300, "一萬零三百"), (100_000, "十萬")],
)  # fmt: skip
def test_numbers_written_in_chinese_numerals(value: int, text: str) -> None:
    assert chinese_numeral(value) == text


@given(st.integers(min_value=1, max_value=99_999_999))
def test_chinese_numerals_round_trip(n: int) -> None:
    text = chinese_numeral(n)
    assert text is not None and parse_chinese_numeral(text) == n


def test_no_chinese_numeral_outside_its_range() -> None:
    assert chinese_numeral(0) is None and chinese_numeral(100_000_000) is None


@given(st.integers(min_value=0, max_value=99_999))
def test_digits_round_trip(n: int) -> None:
    assert float(n) in numbers_in(f"共 {n} 人")


@given(st.text(max_size=40))
def test_never_raises(text: str) -> None:
    numbers_in(text)
