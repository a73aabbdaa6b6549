"""Dates, years, numbers with units, and the expressions that only look like them.

:func:`find_quantities` reads a sentence left to right and returns typed spans:

* a **date** (1786年2月2日, 2020-05-04) and a **year** (1999年, 一九九九年, 2014 alone);
* a **number** with its unit (9.25公里, 12,600人, 2 002 人, 三個月, 80%, 百分之八十);
* a **time** expression that is no year, duration or exact number, kept whole as
  text: relative (兩年後, 三天前), ordinal (第三季, 第36屆), a grade or rank (六年級),
  approximate (二十多人, 十幾年, 約12,600多人 keeps 12,600多人), a range (5月到8月,
  1990至1995年), a decade or century (1990年代, 19世紀晚期, 公元前一世紀), a month
  and day without a year (6月4日).

Thousands separators (12,600) and digit groups split by spaces (2 002) read as
one number; a comma between two short numbers (3,5) does not.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from enum import Enum

from studyapp.core.deck.numbers import (
    TRILLION,
    digit_by_digit,
    digits_before_units,
    exact,
    parse_chinese_numeral,
)


class QuantityKind(str, Enum):
    DATE = "date"
    YEAR = "year"
    NUMBER = "number"
    TIME = "time"  # relative, ordinal, approximate, a range, a decade or century: text


@dataclass(frozen=True, slots=True)
class Quantity:
    kind: QuantityKind
    start: int
    end: int
    value: str | int | float  # ISO date, year, number; the span itself for TIME
    unit: str = ""


_CN = "零〇一二兩两三四五六七八九十百千萬万億亿"
_CN_DIGITS = "零〇一二兩两三四五六七八九"
# a number: thousands groups with commas or spaces, a decimal, or Chinese numerals
_NUM = (
    r"(?:\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d.])"
    r"|\d+(?:\.\d+)?"
    r"|[" + _CN + r"]+(?:點[" + _CN_DIGITS + r"]+)?)"
)
_MULT = {"萬": 10_000, "万": 10_000, "億": 100_000_000, "亿": 100_000_000, "千": 1000}

# Measure words and units a number takes (longest first when joined).
UNITS = tuple(
    sorted(
        set(
            [
                "平方公里",
                "平方千米",
                "平方公尺",
                "平方米",
                "立方米",
                "公頃",
                "公顷",
                "英畝",
                "英亩",
                "畝",
                "亩",
                "公里",
                "千米",
                "公尺",
                "米",
                "厘米",
                "公分",
                "毫米",
                "英里",
                "英尺",
                "英寸",
                "海里",
                "公斤",
                "斤",
                "台斤",
                "臺斤",
                "市斤",
                "坪",
                "公噸",
                "公吨",
                "公升",
                "千克",
                "公克",
                "克",
                "噸",
                "吨",
                "磅",
                "升",
                "毫升",
                "度",
                "攝氏度",
                "摄氏度",
                "瓦",
                "千瓦",
                "伏",
                "赫茲",
                "赫兹",
                "位元",
                "字節",
                "字节",
                "美元",
                "美金",
                "歐元",
                "欧元",
                "英鎊",
                "英镑",
                "日圓",
                "日元",
                "日圆",
                "港元",
                "港幣",
                "港币",
                "人民幣",
                "人民币",
                "新台幣",
                "新臺幣",
                "台幣",
                "臺幣",
                "元",
                "圓",
                "块",
                "年級",
                "年级",
                "個月",
                "个月",
                "個小時",
                "个小时",
                "小時",
                "小时",
                "分鐘",
                "分钟",
                "秒鐘",
                "秒钟",
                "星期",
                "週",
                "周",
                "天",
                "日",
                "夜",
                "秒",
                "歲",
                "岁",
                "年",
                "世代",
                "代",
                "萬人",
                "万人",
                "億人",
                "亿人",
                "人次",
                "名",
                "人",
                "位",
                "户",
                "戶",
                "家",
                "間",
                "间",
                "座",
                "所",
                "棟",
                "栋",
                "層",
                "层",
                "樓",
                "楼",
                "條",
                "条",
                "種",
                "种",
                "類",
                "类",
                "項",
                "项",
                "件",
                "本",
                "冊",
                "册",
                "部",
                "集",
                "篇",
                "首",
                "章",
                "節",
                "节",
                "頁",
                "页",
                "字",
                "張",
                "张",
                "幅",
                # boxes, bottles, bags, plants, households, buildings: 2000箱水梨
                "箱",
                "盒",
                "瓶",
                "罐",
                "袋",
                "桶",
                "株",
                "棵",
                "冊",
                "册",
                "戶",
                "户",
                "棟",
                "栋",
                "盞",
                "盏",
                "片",
                "塊",
                "枚",
                "顆",
                "颗",
                "粒",
                "支",
                "隻",
                "只",
                "頭",
                "头",
                "匹",
                "尾",  # 放流中华鲟2020尾: fish, counted
                "朵",
                "條",
                "艘",
                "架",
                "輛",
                "辆",
                "列",
                "台",
                "臺",
                "套",
                "份",
                "批",
                "次",
                "回",
                "場",
                "场",
                "屆",
                "届",
                "輪",
                "轮",
                "局",
                "票",
                "分",
                "倍",
                "成",
                "對",
                "对",
                "雙",
                "双",
                "個",
                "个",
                "趟",
                "口",
                "國",
                "国",
                "省",
                "州",
                "縣",
                "县",
                "市",
                "鎮",
                "镇",
                "村",
                "島",
                "岛",
                "所",
                "隊",
                "队",
                "支",
                "球",
                "座",
                "門",
                "门",
                "科",
                "級",
                "级",
                "期",
                "版",
                "號",
                "号",
                "%",
                "％",
            ]
        ),
        key=len,
        reverse=True,
    )
)
_UNIT_RE = "(?:" + "|".join(re.escape(u) for u in UNITS) + ")"

_BEFORE_NUM = r"(?<![A-Za-z0-9_.\-/#])"
_YEAR_DIGITS = r"(?:[12]\d{3}|\d{1,3}(?=年\d{1,2}月)|[" + _CN_DIGITS + r"]{4})"

# the end, start or a third of a month (截至12月底): part of the time, not a word after it
_PART_OF_A_MONTH = r"(?:底|初|中旬|上旬|下旬)"
_DATE_RE = re.compile(
    _BEFORE_NUM
    + r"(?:公元|西元)?(" + _YEAR_DIGITS + r")\s*年\s*(\d{1,2}|[" + _CN + r"]{1,3})\s*月"
    r"(?:\s*(\d{1,2}|[" + _CN + r"]{1,3})\s*[日號号]|" + _PART_OF_A_MONTH + r")?(?![\d])"
)  # fmt: skip
# 2024-05-06, 2024/5/6, 2022.02.20 (a page's date with dots: no decimal 2022.02)
_ISO_DATE_RE = re.compile(r"(?<![A-Za-z0-9_.])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d|\.\d)")
_RANGE_SEP = r"\s*(?:[-–—~～至到]|－)\s*"
_TIME_RES = (
    # 6月25日—7月4日, 8月14日至16日: a span of days, one time
    re.compile(
        r"\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:[-–—~～至到]|－)+\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日"
    ),
    # 17日至5月7日: from a day of this month to a day of the next, one time
    re.compile(r"(?<![\d月])\d{1,2}\s*日\s*(?:[-–—~～至到]|－)+\s*\d{1,2}\s*月\s*\d{1,2}\s*日"),
    # 8月19、20日, 9月1日、2日: days listed, one time (not the month asked alone)
    re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日?(?:\s*[、和及與与]\s*\d{1,2}\s*日?)+(?<=日)"),
    # 3月15到4月15: both months named, the days without 日
    re.compile(
        r"\d{1,2}\s*月\s*\d{1,2}\s*日?\s*(?:[-–—~～至到]|－)+\s*\d{1,2}\s*月\s*\d{1,2}(?!\d)\s*日?"
    ),
    # 公元前221年, 前3世紀, 公元前一世紀, 19世紀晚期, 1990年代, 八十年代, 1990年代初
    re.compile(
        r"(?:公元前|西元前|前)"
        + _NUM
        + r"\s*(?:年|世紀|世纪)(?:[初中末]期?|早期|中期|晚期|後期|后期|中葉|中叶|上半葉|下半葉)?"
    ),
    re.compile(
        _BEFORE_NUM + r"(?:公元|西元)?" + _NUM + r"\s*(?:世紀|世纪|年代)"
        r"(?:[初中末]期?|早期|中期|晚期|後期|后期|中葉|中叶|上半葉|下半葉|上半叶|下半叶)?"
    ),
    # ranges: 1990至1995年, 5月到8月, 3-5天, 8000至3萬顆, 3千到1萬5千元 (the second's 萬 is its own)
    re.compile(
        _BEFORE_NUM
        + r"(?:"
        + _NUM
        + r"\s*(?:年|月|日|[萬万億亿千])?"
        + _RANGE_SEP
        + _NUM
        + r"(?:[萬万億亿](?:[\d一二兩两三四五六七八九]千|\d{4})?(?![\d一二兩两三四五六七八九]))?\s*(?:"
        + _UNIT_RE
        + r"|月|日)?)"
        r"(?=\s|$|[^\d萬万億亿])"
    ),
    # months run together (9月10月旺季, 9月、10月): one time, not a month and a word
    re.compile(_BEFORE_NUM + r"\d{1,2}\s*月(?:\s*、?\s*\d{1,2}\s*月)+(?!\s*\d{1,2}\s*[日號号])"),
    # a month (and day) without a year
    re.compile(
        _BEFORE_NUM
        + r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:\s*(?:\d{1,2}|["
        + _CN
        + r"]{1,3})\s*[日號号]|"
        + _PART_OF_A_MONTH
        + ")?"
    ),
)
_ORDINAL_RE = re.compile(r"第\s*" + _NUM + r"\s*(?:" + _UNIT_RE + r"|[^\s\d，。、；：,.;:]?)")
# an ordinal that is part of an institution's name (溫嶺市第一人民醫院, 第二中學)
_ORDINAL_NAME_RE = re.compile(
    r"第一(?:時間|时间|線|线|手)"  # 第一時間: at once, no rank
    r"|第\s*" + _NUM + r"\s*(?:人民|中學|中学|小學|小学|醫院|医院|高中|高級|高级|實驗|实验"
    r"|師範|师范|監獄|监狱|看守所|分局|派出所|幼兒園|幼儿园|社區|社区)"
)
_RELATIVE_AFTER = (
    r"(?:以後|以后|之後|之后|後|后|以前|之前|前|以來|以来|來|来|間|间|內|内|裡|里|多|餘|余)"
)
_APPROX = r"(?:多|餘|余|來|来|幾|几)"
_LATELY_UNITS = ("天", "日", "年", "個月", "个月")  # 近兩天, 近幾年: lately
# what a year in digits may be followed by and stay a year: 2024年後, 2000年以來, 2024年內
_YEAR_AS_A_TIME_RE = re.compile(r"(?:以|之)?[後后前來来間间內内]")
_NUMBER_RE = re.compile(
    _BEFORE_NUM
    + r"(?P<num>" + _NUM + r")"
    r"(?P<mult>[萬万億亿千](?![" + _CN + r"]))?"
    r"(?P<approx>" + _APPROX + r")?"
    r"\s?(?P<unit>" + _UNIT_RE + r")?"
    # 一趟｜半日遊程: half a day, not 1.5 trips (but 2個半小時 is two and a half hours)
    r"(?P<half>(?:(?<=[個个])半|半(?!小[時时]))(?!日|天|個月|个月|晌|夜))?"
)  # fmt: skip
# one amount in two magnitudes: 3億5000萬, 2億零500萬, 1萬2千 (多 before the last: about)
_COMPOUND_RE = re.compile(
    _BEFORE_NUM
    + r"(?P<a>" + _NUM + r")(?P<ma>[億亿])零?(?P<b>" + _NUM + r")(?P<approx>" + _APPROX
    + r")?(?P<mb>[萬万])(?P<unit>" + _UNIT_RE + r")?"
    r"|" + _BEFORE_NUM
    + r"(?P<c>" + _NUM + r")(?P<mc>[萬万])零?(?P<d>" + _NUM + r")(?P<approx2>" + _APPROX
    + r")?(?P<md>千)(?P<unit2>" + _UNIT_RE + r")?"
    r"|" + _BEFORE_NUM
    + r"(?P<e>\d{1,4})(?P<me>[萬万])(?P<f>\d{1,4})(?![\d.,，])(?P<approx3>" + _APPROX
    + r")?(?P<unit3>" + _UNIT_RE + r")?"
)  # fmt: skip
# an amount in 10¹² (TRILLION: 兆 or 萬億): 2兆元, 4兆5千億元, 三兆四三一一億, 126萬億元
_ZHAO_RE = re.compile(
    _BEFORE_NUM + r"(?P<a>" + _NUM + r")" + TRILLION
    + r"(?:零?(?P<b>" + _NUM + r")(?P<approx>" + _APPROX + r")?[億亿])?"
    r"(?P<approx2>" + _APPROX + r")?\s?(?P<unit>" + _UNIT_RE + r")?"
)  # fmt: skip
# 3、400公斤: three or four hundred, a guess (not a list of 3 and 400): nothing to ask
_GUESS_RE = re.compile(r"(?<![\d.,、])[1-9]\s*、\s*[1-9](?:00|000)(?![\d.,])")
# one span of time in two units: 12小時34分, 3分15秒
_CLOCK_RE = re.compile(
    r"(?<![\d.])(?P<part>凌晨|清晨|早上|上午|中午|下午|傍晚|晚上|晚間|晚间|深夜|午夜)?"
    r"(?:\d{1,2}|[一二兩两三四五六七八九十]{1,3})\s*[時时點点]"
    r"(?P<minutes>\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*分|\s*\d{2}(?=\s*(?:左右|許|许))|半|整)?"
    r"(?![\d鐘钟])"
    r"(?P<about>左右|許|许)?"  # 上午11時30許: minutes without 分
)
_COMPOUND_DURATION_RE = re.compile(
    _BEFORE_NUM + _NUM + r"\s*(?:個|个)?(?:小時|小时)\s*又?\s*" + _NUM + r"\s*(?:分鐘|分钟|分)(?:\s*" + _NUM
    + r"\s*秒)?|" + _BEFORE_NUM + _NUM + r"\s*(?:分鐘|分钟|分)\s*" + _NUM + r"\s*秒(?:\d{2}(?!\d))?"
    # 1年9個月, 2個多小時: one span of time
    + r"|" + _BEFORE_NUM + _NUM + r"\s*年\s*(?:又|零)?\s*" + _NUM + r"\s*(?:個|个)月"
    + r"|" + _BEFORE_NUM + _NUM + r"\s*(?:個|个)多\s*(?:小時|小时|月|星期|禮拜|礼拜|鐘頭|钟头)"
)  # fmt: skip
# a house number after its street or estate: 西街612號, 隆興公寓29幢, 中山路二段15號
_ADDRESS_UNITS = frozenset({"號", "号", "幢", "棟", "栋", "弄", "巷"})
_ADDRESS_BEFORE_RE = re.compile(
    r"(?:[街路巷弄段里村]|公寓|小區|小区|大廈|大厦|新村|花園|花园|社區|社区|大樓|大楼|苑)\s*$"
)
# a unit's number in its name (七支隊 is matched with 支 as its measure word)
_UNIT_NUMBER_RE = re.compile(r"(?:支|大|中|小)?(?:隊|队)(?!員|员|伍|長|长)")
EMERGENCY_NUMBERS = frozenset({"110", "112", "119", "120", "122", "999", "911"})
_EMERGENCY_AFTER_RE = re.compile(
    r"\s*[”」\"]?\s*(?:急救|救護|救护|報案|报案|專線|专线|電話|电话|指揮|指挥|中心|勤務|勤务)"
)
# the verbs of calling someone: 致電 …, 電洽 …
DIALLING = ("致電", "致电", "撥打", "拨打", "電洽", "电洽", "洽詢", "洽询")
# what a telephone number follows: a word for calling it, or its area code in brackets
_DIALLED_RE = re.compile(
    r"(?:" + "|".join(DIALLING) + r"|電話|电话|熱線|热线|專線|专线|撥|拨|傳真|传真)\s*[:：]?\s*$"
    r"|[（(]0\d{1,3}[)）]\s*$"
)
# a telephone number as a page writes it (06-9261173, 02-2345-6789): an area code first
TELEPHONE_RE = re.compile(r"0\d{1,3}\s*[-－]\s*\d{3,4}(?:\s*[-－]?\s*\d{3,4})")


# what a hotline's number comes before: 1999專線, 1999接獲通報
_HOTLINE_AFTER_RE = re.compile(r"\s*(?:專線|专线|熱線|热线|接獲|接获|接到|通報|通报|報案|报案)")


def _dialled(sentence: str, start: int) -> bool:
    """Does the number at ``start`` follow what a telephone number follows?"""
    return _DIALLED_RE.search(sentence, max(0, start - 8), start) is not None


_PERCENT_RE = re.compile(r"百分之([" + _CN + r"]+(?:點[" + _CN_DIGITS + r"]+)?|\d+(?:\.\d+)?)")
_YEAR_RE = re.compile(
    _BEFORE_NUM
    + r"(?:公元|西元)?((?:1[0-9]|20)\d\d|["
    + _CN_DIGITS
    + r"]{4}|(?=[^\d]*["
    + _CN_DIGITS
    + r"])"
    r"[" + _CN_DIGITS + r"0-9]{4}(?=\s*年))(\s*年)?(?![\d%％])"
)
# a year before 1000 (422年) when the wording says it is a point in time
_EARLY_YEAR_RE = re.compile(
    r"(?:(?<=公元)|(?<=西元)|(?<=[於于在至到從从自是為为，,、（(])|^)(\d{1,3})年"
    r"(?![代級级後后前來来间間內内多餘余半左中底初末])"
)
_DURATION_BEFORE = re.compile(
    r"(?:持續|持续|長達|长达|歷時|历时|經過|经过|共|為期|为期|有|約|约|近|達|达|逾|超過|超过|了)$"
)
# what is open round the clock: 24小時圖書館 names a thing, 24小時值班 says how long
_ROUND_THE_CLOCK_THING_RE = re.compile(
    r"(?:圖書館|图书馆|書店|书店|便利店|便利商店|超商|超市|自助|門市|门市|藥局|药店|診所|诊所|餐廳|餐厅)"
)
# a school class after a grade: 3年81班, 三年八班 (grade three, class 81)
_CLASS_AFTER_RE = re.compile(r"[\d一二三四五六七八九十]{1,3}班")
_GRADE_UNITS = ("年級", "年级", "級", "级", "屆", "届", "季", "期", "代", "世", "號", "号", "版")


def _cn_or_digits(raw: str) -> float | None:
    raw = raw.strip()
    if not raw:
        return None
    if raw[0].isdigit():
        try:
            return float(re.sub(r"[,，\s\u00a0\u2009\u202f]", "", raw))
        except ValueError:
            return None
    if re.search(f"[{_CN_DIGITS[2:]}]{{2}}", raw) and not re.fullmatch(f"[{_CN_DIGITS}]+", raw):
        return None  # 三四百: an approximation
    if re.fullmatch(f"[{_CN_DIGITS[2:]}]{{2}}", raw):
        return None  # 三四, 七八: a few
    return parse_chinese_numeral(raw)


# what may stand before a year of the common calendar written with few digits
# (於245年5月); any other character is the end of an era's name (承久3年, 光緒十年)
_EARLY_YEAR_BEFORE = set("於于在至到從从自是為为起和與与及、，,。；;：:（(「『“《 \n")


def _era_year(sentence: str, start: int, year: int) -> int | None:
    """A short year's value in the common calendar: 民國5年 is 1916; 245年 after a
    word that may come before a year is 245; a year of another era is ``None``."""
    before = sentence[:start]
    if before.endswith(("民國", "民国")):
        return 1911 + year
    if not before or before[-1] in _EARLY_YEAR_BEFORE:
        return year
    return None


def _year_value(raw: str) -> int | None:
    value = _cn_or_digits(raw) if raw[0].isdigit() else digit_by_digit(raw)
    if value is None or not value.is_integer():
        return None
    return int(value)


def _month_day(raw: str) -> int | None:
    value = _cn_or_digits(raw)
    return int(value) if value is not None and value.is_integer() else None


_ANY_NUMERAL_RE = re.compile(r"[\d０-９" + _CN + r"]")


def find_quantities(sentence: str) -> list[Quantity]:
    """Non-overlapping dates, years, numbers and time expressions, in order."""
    if not _ANY_NUMERAL_RE.search(sentence):
        return []  # every pattern below needs a digit or a numeral
    written = sentence
    sentence = digits_before_units(sentence)  # 3千3百: one number (offsets kept)
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def add(q: Quantity) -> None:
        if q.end > q.start and free(q.start, q.end):
            found.append(q)
            taken.append((q.start, q.end))

    for m in _DATE_RE.finditer(sentence):
        year = _year_value(m.group(1))
        month = _month_day(m.group(2))
        day = _month_day(m.group(3)) if m.group(3) else None
        if year is None or month is None or not 1 <= month <= 12:
            continue
        if m.group(3) and (day is None or not 1 <= day <= 31):
            continue
        if _range_follows(sentence, m.end()):
            continue  # 2000年6月至8月: a range, read below
        if year < 1000:
            era = _era_year(sentence, m.start(), year)
            if era is None:  # 承久3年5月14日: a year of an era, not of the common calendar
                taken.append((m.start(), m.end()))  # nor a count of years, nor a day
                continue
            start = m.start() - (2 if era != year else 0)  # 民國 is part of the date
            year = era
        else:
            start = m.start()
        if re.search(_PART_OF_A_MONTH + "$", m.group(0)):  # 2025年3月底: no day to write as
            add(Quantity(QuantityKind.TIME, start, m.end(), sentence[start : m.end()]))
            continue
        value = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
        add(Quantity(QuantityKind.DATE, start, m.end(), value))
    for m in _ISO_DATE_RE.finditer(sentence):
        year, month, day = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if 1000 <= year <= 2999 and 1 <= month <= 12 and 1 <= day <= 31:
            add(
                Quantity(QuantityKind.DATE, m.start(), m.end(), f"{year:04d}-{month:02d}-{day:02d}")
            )
    taken += [m.span() for m in _GUESS_RE.finditer(sentence)]
    for pattern in _TIME_RES:
        for m in pattern.finditer(sentence):
            span = m.group(0).rstrip()
            if TELEPHONE_RE.match(span) or _dialled(sentence, m.start()):
                taken.append(m.span())  # 電洽06-9261173: a number one dials, no range
                continue
            if len(span) >= 2 and not span.isdigit():
                add(Quantity(QuantityKind.TIME, m.start(), m.start() + len(span), span))
    for m in _ORDINAL_RE.finditer(sentence):
        if _ORDINAL_NAME_RE.match(sentence, m.start()):
            continue  # 第一人民醫院, 第二中學: part of a name, no rank to ask about
        span = m.group(0)
        if span[-1] in "的之":
            span = span[:-1]
        add(Quantity(QuantityKind.TIME, m.start(), m.start() + len(span), span))
    for m in _CLOCK_RE.finditer(sentence):  # 10時15分, 上午9時, 17時許: a time of day, no count
        if m.group("part") or m.group("minutes") or m.group("about"):
            add(Quantity(QuantityKind.TIME, m.start(), m.end(), m.group(0)))
    for m in _COMPOUND_DURATION_RE.finditer(sentence):
        add(Quantity(QuantityKind.TIME, m.start(), m.end(), m.group(0)))
    for m in _ZHAO_RE.finditer(sentence):
        q = _trillions(m)
        if q is not None:
            add(q)
    for m in _COMPOUND_RE.finditer(sentence):
        q = _compound(sentence, m)
        if q is not None:
            add(q)
    for m in _PERCENT_RE.finditer(sentence):
        percent = _cn_or_digits(m.group(1))
        if percent is not None:
            add(Quantity(QuantityKind.NUMBER, m.start(), m.end(), exact(percent), "%"))
    for m in _YEAR_RE.finditer(sentence):
        raw, nian = m.group(1), m.group(2)
        after = sentence[m.end() :]
        if not raw[0].isdigit() and not nian:
            continue  # 一九九九 alone is a number spoken digit by digit, not surely a year
        if (
            nian
            and re.match(_RELATIVE_AFTER[:-1] + r"|級|级|代)", after)
            and not (raw.isdigit() and _YEAR_AS_A_TIME_RE.match(after))
        ):
            continue  # 兩年後, 六年級, 1990年代; but 2024年後 is after the year 2024, no span
        if not nian and re.match(r"\s*[萬万億亿千百]|\.\d", after):
            continue  # 1460萬元, 1331.2吨: an amount
        if (
            not nian
            and re.match(r"\s*[多餘余]?\s*(?:" + _UNIT_RE + r")", after)
            and not re.match(r"\s*[，。、；,;)）]", after)
        ):
            continue  # 2000人: a number
        year = _year_value(raw)
        if year is None or not 1000 <= year <= 2100:
            continue
        if (
            not nian
            and _NAMED_NUMBER_RE.search(sentence, 0, m.start(1))
            and re.match(r"\s*(?:[，,。；;、！!？?]|$)", after)
        ):
            continue  # 主要品種為富士2001: a variety's or a model's number, no year
        if not nian and (_dialled(sentence, m.start(1)) or _HOTLINE_AFTER_RE.match(after)):
            taken.append((m.start(1), m.end(1)))  # 致電1823, 縣府1999接獲通報: a number one dials
            continue
        add(Quantity(QuantityKind.YEAR, m.start(1), m.end(1) + len(nian or ""), year))
    for m in _EARLY_YEAR_RE.finditer(sentence):
        if _DURATION_BEFORE.search(sentence[: m.start()]):
            continue
        year = int(m.group(1))
        era = sentence[max(0, m.start(1) - 2) : m.start(1)] in ("公元", "西元")
        if year >= 100 or (year >= 1 and era):  # ，1年監禁: one year's jail, not the year 1
            add(Quantity(QuantityKind.YEAR, m.start(1), m.end(), year))
    for m in _NUMBER_RE.finditer(sentence):
        q = _number_match(sentence, m)
        if q is not None:
            add(q)
    found.sort(key=lambda q: q.start)
    if written != sentence:  # a text value says it as the article wrote it: 3千多人
        found = [_as_written(q, written) for q in found]
    return found


def _as_written(q: Quantity, written: str) -> Quantity:
    if not isinstance(q.value, str) or q.kind is not QuantityKind.TIME:
        return q
    return dataclasses.replace(q, value=written[q.start : q.start + len(q.value)])


# words that open with a numeral and count nothing (四周 = all around, 十分 = very)
_NOT_A_NUMBER_RE = re.compile(
    r"四周|四處|四处|四面|四方|四海|十分|一直|一起|一些|一般|一定|一樣|一样|一切|一旦|一再|一向|"
    r"一同|一致|一律|一時|一时|一下|一點|一点|一心|一面|一邊|一边|一路|一口氣|一口气|千萬|千万|"
    r"萬分|万分|百般|三心二意|一清二楚|十全十美|五花八門|五花八门|七嘴八舌|千方百計|千方百计|"
    r"一五一十|三番兩次|三番两次|九死一生|四分五裂|七上八下|獨一無二|独一无二|"
    r"(?:獨中|独中|連中|连中)[\d一二兩两三四五六七八九十]"  # 獨中兩元: scored twice, no money
)
# what a number may follow when it counts or measures something (為 3.5, 達 2.0)
_NUMBER_LEAD = frozenset(
    "為为是達达約约到至有近逾僅仅只共及和與与或於于在比增減减升降漲涨跌值率數数分"
)


# the characters a word ending in 一 opens with (唯一, 統一, 萬一, 之一, 同一 …)
_ONE_ENDS = frozenset("唯統统萬万專专同單单之逐劃划不如")
# what a count of one counts when it is trivia: a person or a thing (1名, 1家)
_ONE_OF_A_KIND = frozenset(
    {
        "名",
        "位",
        "個",
        "个",
        "人",
        "件",
        "隻",
        "只",
        "家",
        "所",
        "座",
        "輛",
        "辆",
        "艘",
        "架",
        "頭",
        "头",
        "台",  # 修復台1台、修復工具2套: inventory, readers found a count of one trivial
        "套",
        "張",
        "张",
    }
)
# what follows a count of one that is the measure of a rate: 1公斤新台幣100元, 1尾300元
_RATE_AFTER_RE = re.compile(
    r"\s*(?:約|约|只要|僅|仅|要價|要价|賣|卖|售價|售价)?\s*(?:新台幣|新臺幣|台幣|人民幣|人民币|港幣|港币)?\s*\d"
)

# numbers joined into one thing: a score or time (15：21, 08:38), a size (10×7×5)
_JOINED_RE = re.compile(r"\s*[：:×xX*＊]\s*\d")
_JOINED_BEFORE_RE = re.compile(r"\d\s*[：:×xX*＊]\s*$")


def _is_version(sentence: str, start: int, end: int) -> bool:
    """A decimal without a unit right after a name and before a space, a closing quote
    or the end (秘密基地2.0 展覽, Web 2.0): a version or model, not a quantity."""
    prev = sentence[:start].rstrip(" ")[-1:]
    nxt = sentence[end : end + 1]
    named = (prev.isascii() and prev.isalpha()) or (
        "\u3400" <= prev <= "\u9fff" and prev not in _NUMBER_LEAD
    )
    return named and (not nxt or nxt.isspace() or nxt in "」』”）)》]】")


def _range_follows(sentence: str, end: int) -> bool:
    return bool(re.match(_RANGE_SEP + r"(?:\d|[" + _CN + r"])", sentence[end:]))


# the names of eras a year is counted in: 雍正3年, 明治10年, 民國5年
_ERA_BEFORE_RE = re.compile(
    r"(?:民國|民国|雍正|乾隆|康熙|嘉慶|嘉庆|道光|咸豐|咸丰|同治|光緒|光绪|宣統|宣统|順治|顺治|"
    r"洪武|永樂|永乐|萬曆|万历|嘉靖|崇禎|崇祯|貞觀|贞观|開元|开元|天寶|天宝|明治|大正|昭和|平成|令和|"
    r"永祿|永禄|天正|慶長|庆长|承久|元祿|元禄|寬永|宽永)$"
)
# a name a bare number ends (富士2001, 巴黎2024): a Han character before it that leads no
# number (為, 到, 自 …)
_NAMED_NUMBER_RE = re.compile(
    r"[\u3400-\u9fff](?<![為为是達达約约到至有近逾於于在自從从及和與与年月了的])$"
)
# what joins the two ends of a span of time: 10點到12點, 6月25日—7月4日
SPAN_JOIN = r"(?:至|到|~|～|－|-|—)"
_CLOCK_SPAN_BEFORE_RE = re.compile(r"\d\s*[點点時时]\s*" + SPAN_JOIN + r"\s*$")
# the same year in the common calendar right after: 3年（1725年）
_WESTERN_YEAR_AFTER_RE = re.compile(r"\s*[（(]\s*(?:公元|西元)?\s*\d{3,4}\s*年?\s*[）)]")


_TAIWAN_CITY_SECOND = frozenset("中北南東东灣湾")  # 台中, 台北, 台南, 台東; 台灣


def _number_match(sentence: str, m: re.Match[str]) -> Quantity | None:
    raw, unit = m.group("num"), m.group("unit") or ""
    start, end = m.start(), m.end()
    if raw[0] in "萬万億亿千" or (raw in ("一", "兩", "两") and not unit):
        return None
    if raw.isdigit() and (len(raw) >= 8 or (raw[0] == "0" and len(raw) > 1)):
        return None  # 13850162017, 0206: a telephone number, a code or a date, no count
    if raw.isdigit() and len(raw) >= 4 and not unit and _dialled(sentence, start):
        return None  # 電話：(049)2345678: a number one dials, no count
    if not unit and re.match(r"[A-Za-z]", sentence[end : end + 1]):
        return None  # @107sczmi: part of an id
    if raw.isdigit() and len(raw) >= 5 and not unit and sentence[end : end + 1] == "月":
        return None  # 20188月: a date the page garbled (2018年8月), no count
    if raw.isdigit() and len(raw) >= 4 and raw[0] != "0" and m.group("mult") == "千":
        return None  # 2018千人彩繪: a year before 千人 (a thousand and more thousands is 萬)
    if (
        raw == "百" and unit == "年" and sentence[end : end + 1] in ("老", "名")
    ):  # 百年老店: an idiom
        return None
    if unit in ("輪", "轮") and sentence[end : end + 1] in ("車", "车"):
        return None  # 三輪車: a tricycle, no count of wheels
    if unit in ("台", "臺") and sentence[end : end + 1] in _TAIWAN_CITY_SECOND:
        return None  # 2018台｜中世界花卉博覽會: 台中 is a city, no count of machines
    if (
        not unit
        and raw.isdigit()
        and len(raw) >= 3
        and _NAMED_NUMBER_RE.search(sentence, 0, start)
        and not re.match(r"[0-9A-Za-z.]", sentence[end : end + 1])
    ):
        return None  # 富士2001, 波音747: the number of a variety or a model, no count
    if raw[0] == "百" and sentence[start - 1 : start] in ("上", "成", "近"):
        return None  # 上百個大缸: over a hundred, no exact count
    before = sentence[max(0, start - 2) : start]
    after = sentence[end:]
    if before.endswith(("第", "數", "数", "幾", "几", "好", "星期", "周", "週", "禮拜")):
        return None
    if before and (before[-1] in _CN_DIGITS or before[-1].isdigit()):
        return None  # 二0二｜三年: the number starts before it
    if (unit == "年" and _CLASS_AFTER_RE.match(after)) or (
        not unit and before.endswith("年") and after[:1] == "班"
    ):
        return None  # 3年81班: grade three, class 81, neither years nor a count to learn
    if len(before) == 2 and before[1] in "·‧・•." and before[0].isdigit():
        return None  # 3·13家庭: a day named by its date (3·15, 9·11), no count
    if raw[0] == "一" and before[-1:] in _ONE_ENDS:
        return None  # 唯一｜一所, 統一: the 一 ends the word before it
    if (
        len(before) == 2
        and before[1] in "、~～"
        and (before[0].isdigit() or before[0] in _CN_DIGITS)
    ):
        return None  # 8、9成: one end of a range, not a figure of its own
    if raw in ("1", "一") and before in ("中的", "其中", "之中"):
        return None  # 三件巨作中的1件: one of them, not a count
    o_clock = unit in ("點", "点", "時", "时") or after[:1] in ("點", "点", "時", "时")
    if o_clock and _CLOCK_SPAN_BEFORE_RE.search(sentence, max(0, start - 6), start):
        return None  # 從上午10點到｜12點: the end of a span of time, no count
    if unit == "年" and (_ERA_BEFORE_RE.search(before) or _WESTERN_YEAR_AFTER_RE.match(after)):
        return None  # 雍正3年（1725年）: a year of an era, not three years
    if (
        not unit
        and before.endswith("月")
        and re.match(r"\s*(?:[、，,及和與与至到~～\-]\s*\d{1,2}\s*)*[日號号]", after)
    ):
        return None  # 8月14、15日: a day of a month, not a count
    if _JOINED_RE.match(sentence, m.end("num")) or _JOINED_BEFORE_RE.search(sentence, 0, start):
        return None  # 15：21 (a score or a time), 10×7×5 (a size): no count on its own
    if any(
        i.start() <= start < i.end()
        for i in _NOT_A_NUMBER_RE.finditer(sentence, max(0, start - 3), end + 3)
    ) and not _DURATION_BEFORE.search(sentence[:start]):
        return None  # 四周的群山, 十分乾燥, 一直: a word, not a quantity
    if not unit and "." in raw and _is_version(sentence, start, m.end("num")):
        return None  # 2.0 after a name: a version, not a count
    value = _cn_or_digits(raw)
    if value == 24 and unit in ("小時", "小时") and _ROUND_THE_CLOCK_THING_RE.match(after):
        return None  # 24小時圖書館, 24小時自助借還機: what it is, not how long
    approx = bool(m.group("approx")) or value is None
    if (
        before.endswith("近")
        and unit in _LATELY_UNITS
        and (value is None or value <= 3)
        and not raw.isdigit()
        and not _DURATION_BEFORE.search(sentence, 0, start - 1)
    ):
        # 近兩天, 近幾年: lately, no count to learn (近3年來 is a figure the text gives;
        # 籌備了近兩個月, 還有近一個月: nearly so long, a duration)
        return Quantity(QuantityKind.TIME, start - 1, end, sentence[start - 1 : end])
    if value is None and not re.fullmatch(f"[{_CN}]+", raw):
        return None
    if unit == "期" or (unit in ("號", "号") and before.endswith(("道", "線", "线", "台"))):
        return None  # 五期環保, 國道3號: a phase or a road's number, no time and no count
    if (unit or after[:1]) in _ADDRESS_UNITS and _ADDRESS_BEFORE_RE.search(sentence, 0, start):
        return None  # 西街612號, 隆興公寓29幢: an address, no count and no rank
    if _UNIT_NUMBER_RE.match(sentence, end - len(unit)):
        return None  # 執法七支隊, 第三大隊: a unit's number, part of its name, no count
    if not unit and raw in EMERGENCY_NUMBERS and _EMERGENCY_AFTER_RE.match(after):
        return None  # 由「120」急救送醫: the number one calls, no count
    if (
        unit in _GRADE_UNITS
        or re.match(r"(?:級|级|班)", after)
        or unit + after[:1] in ("年級", "年级")
    ):
        # 六年級, 三級: a grade or rank, never a count of years
        span_end = end + (1 if unit == "年" and after[:1] in "級级" else 0)
        return Quantity(QuantityKind.TIME, start, span_end, sentence[start:span_end])
    day_before = unit in ("日", "號", "号") and raw.isdigit() and after.startswith("前")
    if (
        unit
        and re.match(_RELATIVE_AFTER, after)
        and not day_before  # 10日前: before the 10th (or 3日前往: went on the 3rd), not days ago
        and unit
        in (
            "年",
            "天",
            "日",
            "個月",
            "个月",
            "週",
            "周",
            "星期",
            "小時",
            "小时",
            "分鐘",
            "分钟",
            "秒",
            "代",
            "世紀",
            "歲",
            "岁",
            "次",
        )
    ):
        # 兩年後, 三天前, 十年來: relative to something the sentence names
        rel = re.match(_RELATIVE_AFTER, after)
        assert rel is not None
        return Quantity(
            QuantityKind.TIME, start, end + rel.end(), sentence[start : end + rel.end()]
        )
    if unit in ("日", "號", "号") and not _DURATION_BEFORE.search(sentence[:start].rstrip()):
        return None  # 15日: a day of a month the sentence does not name, no count of days
    if re.match(_APPROX, after) and not unit:
        tail = re.match(_APPROX + r"\s?(?:" + _UNIT_RE + r")?", after)
        assert tail is not None
        return Quantity(
            QuantityKind.TIME, start, end + tail.end(), sentence[start : end + tail.end()]
        )
    if approx:
        if value is None and re.fullmatch(f"[{_CN_DIGITS[2:]}]{{2}}", raw) and not unit:
            return None  # 三四 without a unit: "a few"
        return Quantity(QuantityKind.TIME, start, end, sentence[start:end]) if unit else None
    assert value is not None
    if m.group("mult"):
        value *= _MULT[m.group("mult")]
    if unit == "年" and value >= 1000:
        return None  # a year (read above) or nothing
    if not unit:
        if not raw[0].isdigit():
            return None  # a bare Chinese numeral is seldom a fact (一, 三 …)
        if value < 10 and "." not in raw:
            return None  # a bare small digit: a list marker or version
        if re.match(r"\s*[A-Za-z]", after):
            unit = ""
    if m.group("half"):
        value += 0.5
    if unit in ("%", "％"):
        unit = "%"
    if value == 1 and unit and not raw[0].isdigit():
        return None  # 一個, 一家: an article, not a count
    if value == 1 and unit in _ONE_OF_A_KIND:
        return None  # 被1名男子…: readers found a count of one trivial
    if value == 1 and unit and _RATE_AFTER_RE.match(sentence, end):
        return None  # 1公斤新台幣100元: the measure of a price, no count
    if value == 1 and sentence[:start].rstrip().endswith(("最後", "最后", "最終", "最终")):
        return None  # 連假最後1天: the last day, not a count of days
    if value == 2 and unit == "人" and raw in ("兩", "两"):
        return None  # 兩人: "the two of them"
    return Quantity(QuantityKind.NUMBER, start, end, exact(value), unit)


def _trillions(m: re.Match[str]) -> Quantity | None:
    """4兆5千億元 as one number (4.5 × 10¹²), 3兆多 as an approximate amount (text)."""
    if m.group("a")[0] in "萬万億亿千百十":
        return None  # 萬兆民: a name (a 萬 is no number on its own)
    a = _cn_or_digits(m.group("a"))
    b = _cn_or_digits(m.group("b")) if m.group("b") else 0.0
    if a is None or b is None or b >= 10_000:
        return None  # 3兆12000億: not one amount
    if m.group("approx") or m.group("approx2"):
        return Quantity(QuantityKind.TIME, m.start(), m.end(), m.group(0))
    value = a * 1_000_000_000_000 + b * 100_000_000
    return Quantity(QuantityKind.NUMBER, m.start(), m.end(), exact(value), m.group("unit") or "")


def _compound(sentence: str, m: re.Match[str]) -> Quantity | None:
    """3億5000萬元 as one number, 3億8000多萬元 as one approximate amount (text)."""
    if m.group("a") is not None:
        hi, lo, approx, unit = m.group("a"), m.group("b"), m.group("approx"), m.group("unit")
        scale_hi, scale_lo = _MULT[m.group("ma")], _MULT[m.group("mb")]
    elif m.group("e") is not None:  # 4萬6000人次: ten thousands and what is left in digits
        hi, lo, approx, unit = m.group("e"), m.group("f"), m.group("approx3"), m.group("unit3")
        scale_hi, scale_lo = _MULT[m.group("me")], 1
        if len(lo) == 1:
            scale_lo = scale_hi // 10  # 學費9萬6: 96,000 as people say it (not 90,006)
    else:
        hi, lo, approx, unit = m.group("c"), m.group("d"), m.group("approx2"), m.group("unit2")
        scale_hi, scale_lo = _MULT[m.group("mc")], _MULT[m.group("md")]
    a, b = _cn_or_digits(hi), _cn_or_digits(lo)
    if a is None or b is None or b * scale_lo >= scale_hi:
        return None  # 3億12000萬: not one amount
    if not unit and sentence[m.end() : m.end() + 1] in _CN:
        return None  # 一萬四千｜四百六十箱: the numeral goes on (read whole below)
    if approx:
        return Quantity(QuantityKind.TIME, m.start(), m.end(), m.group(0))
    value = a * scale_hi + b * scale_lo
    return Quantity(QuantityKind.NUMBER, m.start(), m.end(), exact(value), unit or "")
