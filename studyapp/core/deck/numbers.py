"""Reading numbers written with digits or Chinese numerals.

Used to check that a fact's marked span says its number, and to accept typed
answers such as 六 for 6, 五年半 for 5.5 or 二十 for 20.
"""

from __future__ import annotations

import re

from studyapp.core.deck.model import Script

_DIGITS = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "兩": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG_UNITS = {
    "萬": 10_000, "万": 10_000, "億": 100_000_000, "亿": 100_000_000, "兆": 1_000_000_000_000,
}  # fmt: skip
_NUMERAL_CHARS = "".join([*_DIGITS, *_SMALL_UNITS, *_BIG_UNITS, "半", "點", "点"])

# 4,000 and 29 800 (groups of three spaced) are one number each
_ARABIC_RE = re.compile(r"\d{1,3}(?:[ \u00a0\u2009]\d{3})+(?![\d.])|\d[\d,，]*(?:\.\d+)?")
# 10¹² as the news writes it: 兆 (not the mega of 兆瓦, 兆赫) or 萬億
TRILLION = r"(?:兆(?![瓦赫帕焦位字比歐欧])|[萬万][億亿])"
# An amount in digits with 萬/億 (either script), as the news writes large numbers:
# 847億, 1500萬, 2,500萬, 3億5000萬, 4億4,500萬, 2億零500萬, 4萬6000, 107萬400, 37萬4千, 1.2萬,
# 5654.9千; 2兆, 4兆3000億, 126萬億 (兆 as Taiwan's news uses it, 10¹²). One digit after 萬
# is its thousands, as people say it (學費9萬6: 96,000); two (1萬25) are too loose to read.
AMOUNT_RE = re.compile(
    r"(?P<zhao>\d[\d,]*(?:\.\d+)?)" + TRILLION + r"(?:零?(?P<zhao_yi>\d,\d{3}|\d{1,4})[億亿])?"
    r"|(?P<yi>\d[\d,]*(?:\.\d+)?)[億亿](?:零?(?P<yi_wan>\d,\d{3}|\d{1,4})[萬万])?"
    r"|(?P<wan>\d[\d,]*(?:\.\d+)?)[萬万]"
    r"(?:零(?P<rest0>\d{1,3})|(?P<rest>\d{3,4})|(?P<thousands>\d)千?)?(?![\d.])"
    r"|(?P<qian>\d[\d,]*(?:\.\d+)?)千(?![\d萬万億亿])"
)
_WAN, _YI, _ZHAO = 10_000, 100_000_000, 1_000_000_000_000
_CHINESE_RE = re.compile(f"[{_NUMERAL_CHARS}]+")
# Digits followed by a unit and more numerals: 4萬五千 (45,000), 3億五千萬, 4兆五千億
_MIXED_RE = re.compile(
    f"(?<![\\d.,])(\\d{{1,4}})([十百千萬万億亿兆][{_NUMERAL_CHARS}]*[零〇一二兩两三四五六七八九][{_NUMERAL_CHARS}]*)"
)
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，％", "0123456789.,%")


def parse_chinese_numeral(text: str) -> float | None:
    """六 → 6, 二十多 → None (not exact), 五年半 is handled by ``numbers_in``."""
    if not text or any(ch not in _NUMERAL_CHARS for ch in text):
        return None
    if "點" in text or "点" in text:
        whole, _, frac = text.replace("点", "點").partition("點")
        w = parse_chinese_numeral(whole) if whole else 0.0
        if w is None or not frac or any(ch not in _DIGITS for ch in frac):
            return None
        return w + float("0." + "".join(str(_DIGITS[ch]) for ch in frac))
    if text == "半":
        return 0.5
    total = 0
    section = 0
    digit: int | None = None
    run = ""  # digits written one by one since the last unit (四三一一 in 三兆四三一一億)
    for ch in text:
        if ch in _DIGITS:
            if _DIGITS[ch] == 0 and digit is None and (section or total):
                continue  # 一千零一: a zero after a unit only holds a place
            if digit is not None:  # 二〇二四 style: digit by digit
                if section:
                    return None
                run = run or str(digit)
            digit = _DIGITS[ch]
            if run:
                run += str(digit)
        elif ch in _SMALL_UNITS:
            if run:
                return None  # 四三千: no number
            section += (1 if digit is None else digit) * _SMALL_UNITS[ch]
            digit = None
        elif ch in _BIG_UNITS:
            if total and not (section or run or digit) and total < _BIG_UNITS[ch]:
                total *= _BIG_UNITS[ch]  # 三萬億: ten thousand times a hundred million
                continue
            section += int(run) if run else digit or 0
            if section >= _BIG_UNITS[ch] or (total and total <= section * _BIG_UNITS[ch]):
                return None  # 十萬萬, 一萬二億: not one number
            total += (section or 1) * _BIG_UNITS[ch]
            section = 0
            digit = None
            run = ""
        else:  # 半 inside a numeral is not a plain number
            return None
    if run:
        return digit_by_digit(text) if not total else None
    return float(total + section + (digit or 0))


def digit_by_digit(text: str) -> float | None:
    """A number read out one digit at a time (一九九九 → 1999; 二0二三, with an ASCII
    zero among the numerals, → 2023), or None."""
    if all(ch in _DIGITS or ch in "0123456789" for ch in text):
        return float("".join(str(_DIGITS.get(ch, ch)) for ch in text))
    return None


def amount_value(m: re.Match[str]) -> float:
    """The value of an :data:`AMOUNT_RE` match: 3億5000萬 → 350,000,000."""
    if m.group("zhao") is not None:
        value = _plain(m.group("zhao")) * _ZHAO + _plain(m.group("zhao_yi") or "0") * _YI
    elif m.group("yi") is not None:
        value = _plain(m.group("yi")) * _YI + _plain(m.group("yi_wan") or "0") * _WAN
    elif m.group("qian") is not None:
        value = _plain(m.group("qian")) * 1000
    else:
        rest = float(m.group("rest") or m.group("rest0") or 0)
        rest += float(m.group("thousands") or 0) * 1000
        value = _plain(m.group("wan")) * _WAN + rest
    return without_noise(value)  # 2873.47萬: 28,734,700


def without_noise(value: float) -> float:
    """``value`` without float noise: 28734700.000000004 is 28,734,700."""
    return round(value, 6)


def exact(value: float) -> int | float:
    """``value`` without float noise, a whole number as ``int``."""
    value = without_noise(value)
    return int(value) if value.is_integer() else value


def _plain(digits: str) -> float:
    return float(digits.replace(",", ""))


def amount_text(value: int, script: Script = "hant") -> str | None:
    """A large round number the way Chinese news writes it (84,700,000,000 → 847億,
    15,000,000 → 1500萬, 350,000,000 → 3億5000萬, 100,000 → 10萬), in ``script``'s
    characters; ``None`` below 10萬 or when it is not a whole number of 萬."""
    if value < 100_000 or value % _WAN:
        return None
    wan, yi = ("万", "亿") if script == "hans" else ("萬", "億")
    zhao, rest = divmod(value, _ZHAO)
    if zhao and script == "hant" and not rest % _YI:  # 4兆3000億, as Taiwan's news writes it
        return f"{zhao}兆" + (f"{rest // _YI}億" if rest else "")
    if zhao and script == "hans" and not rest % (_ZHAO // 10_000):  # 126.06万亿
        return f"{value / _ZHAO:.4f}".rstrip("0").rstrip(".") + "万亿"
    high, low = divmod(value, _YI)
    low //= _WAN
    if not high:
        return f"{low}{wan}"
    return f"{high}{yi}" + (f"{low}{wan}" if low else "")


def digits_before_units(text: str) -> str:
    """``text`` with each lone digit written before 千, 百 or 十 as a numeral, one
    character for one (3千3百 → 三千三百, 3億5千萬 → 3億五千萬, 2千5百人 → 二千五百人),
    so that the numeral readers see one number; digits of a longer run (5000萬, 1.5千)
    stay as they are."""
    if not _DIGIT_UNIT_RE.search(text):
        return text
    return _DIGIT_UNIT_RE.sub(lambda m: _NUMERALS[int(m.group(0))], text)


_DIGIT_UNIT_RE = re.compile(r"(?<![\d.,])\d(?=[千百十])")
_NUMERALS = "〇一二三四五六七八九"


def numbers_in(text: str) -> list[float]:
    """Every number a text states, in digits or Chinese numerals.

    ``五年半`` and ``5 年半`` give 5.5 as well as 5; ``4,000`` gives 4000; 3千3百
    gives 3300.
    """
    text = digits_before_units(text.translate(_FULLWIDTH))
    found: list[float] = [amount_value(m) for m in AMOUNT_RE.finditer(text)]
    for m in _ARABIC_RE.finditer(text):
        raw = re.sub(r"[,，\s]", "", m.group(0))
        try:
            found.append(float(raw))
        except ValueError:
            continue
    for m in _CHINESE_RE.finditer(text):
        value = parse_chinese_numeral(m.group(0))
        if value is not None:
            found.append(value)
    for m in _MIXED_RE.finditer(text):  # 4萬五千, 3億五千萬: digits, then numerals
        head = chinese_numeral(int(m.group(1)))
        value = parse_chinese_numeral(head + m.group(2)) if head else None
        if value is not None:
            found.append(value)
    # "N 年半", "N個半月": N and a half
    for m in re.finditer(r"(\d+(?:\.\d+)?|[" + _NUMERAL_CHARS + r"]+)\s*[^\d\s半]{0,2}半", text):
        head = m.group(1)
        base = float(head) if head[0].isdigit() else parse_chinese_numeral(head)
        if base is not None:
            found.append(base + 0.5)
    return found


_WRITE_DIGITS = "零一二三四五六七八九"


def _section(n: int) -> str:
    """1–9999 in Chinese numerals: 十九, 九十五, 一百零五, 四千."""
    out = ""
    gap = False
    for unit_value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, unit_value)
        if digit:
            if gap and out:
                out += "零"
            out += _WRITE_DIGITS[digit] + unit
            gap = False
        else:
            gap = True
    return out


def chinese_numeral(value: int) -> str | None:
    """A whole number in Chinese numerals, as an article would write it (6 → 六,
    17 → 十七, 105 → 一百零五, 4000 → 四千), or ``None`` outside 1 to 99,999,999."""
    if not 0 < value < 100_000_000:
        return None
    high, low = divmod(value, 10_000)
    text = (_section(high) + "萬") if high else ""
    if low:
        text += ("零" if high and low < 1000 else "") + _section(low)
    if text.startswith("一十"):
        text = text[1:]  # 十七, not 一十七
    return text


def states_number(text: str, value: float) -> bool:
    return any(abs(n - value) < 1e-9 for n in numbers_in(text))


def rounds_to(text: str, value: float) -> bool:
    """Whether ``text`` writes ``value`` rounded in 萬, 億 or 千, as headlines do
    (3.8萬 for 38,187; 5億 for 498,000,000)."""
    for m in AMOUNT_RE.finditer(text.translate(_FULLWIDTH)):
        head = m.group("yi") or m.group("wan") or m.group("qian")
        if head is None or len(m.group(0)) != len(head) + 1:
            continue  # 3億5000萬: written out, not rounded
        scale = _YI if m.group("yi") else _WAN if m.group("wan") else 1000
        decimals = len(head.partition(".")[2])
        step = scale / 10**decimals
        if abs(value - _plain(head) * scale) <= step / 2 and value >= scale:
            return True
    for m in _TENS_OF_MILLIONS_RE.finditer(text.translate(_FULLWIDTH)):  # 逾6千萬 for 6,032萬
        if abs(value - float(m.group(1)) * 10**7) <= 10**7 / 2:
            return True
    return False


_TENS_OF_MILLIONS_RE = re.compile(r"(?<![\d.])(\d)千[萬万](?![\d])")


def states_year(text: str, year: int) -> bool:
    """Whether ``text`` writes the year: 2005, 二〇〇五, 二零零五, 245, or 民國5 for 1916."""
    if str(year) in text or states_number(text, year):
        return True
    return ("民國" in text or "民国" in text) and states_number(text, year - 1911)
