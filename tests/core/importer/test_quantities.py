"""Dates, years, numbers with units, and the expressions that only look like them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studyapp.core.deck.numbers import chinese_numeral
from studyapp.core.importer.quantities import Quantity, QuantityKind, find_quantities

CN_DIGITS = "零一二三四五六七八九"


def found(sentence: str) -> list[tuple[QuantityKind, str, object, str]]:
    return [(q.kind, sentence[q.start : q.end], q.value, q.unit) for q in find_quantities(sentence)]


def chinese(n: int) -> str:
    """1..99 in Chinese numerals (十二, 二十, 九十九)."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else CN_DIGITS[tens] + "十")
    return head + (CN_DIGITS[ones] if ones else "") if n >= 10 else CN_DIGITS[n]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "1786年2月2日，協會在加爾各答舉行。",
            [(QuantityKind.DATE, "1786年2月2日", "1786-02-02", "")],
        ),
        (
            "她在 2020 年 5 月 4 日發表報告。",
            [(QuantityKind.DATE, "2020 年 5 月 4 日", "2020-05-04", "")],
        ),
        ("報告於 2024-12-21 公開。", [(QuantityKind.DATE, "2024-12-21", "2024-12-21", "")]),
        ("公園在1999年開放。", [(QuantityKind.YEAR, "1999年", 1999, "")]),
        ("这座城建于一九九九年。", [(QuantityKind.YEAR, "一九九九年", 1999, "")]),
        ("劉裕於422年去世。", [(QuantityKind.YEAR, "422年", 422, "")]),
        ("面積29.6平方公里。", [(QuantityKind.NUMBER, "29.6平方公里", 29.6, "平方公里")]),
        ("他猶豫了大約六個月。", [(QuantityKind.NUMBER, "六個月", 6, "個月")]),
        ("共有12,600人居住。", [(QuantityKind.NUMBER, "12,600人", 12600, "人")]),
        ("受訪的有 2 002 名學生。", [(QuantityKind.NUMBER, "2 002 名", 2002, "名")]),
        ("負責約 80% 的採購。", [(QuantityKind.NUMBER, "80%", 80, "%")]),
        ("百分之三十的人同意。", [(QuantityKind.NUMBER, "百分之三十", 30, "%")]),
        ("公司募得1.5億美元。", [(QuantityKind.NUMBER, "1.5億美元", 150_000_000, "美元")]),
        ("最佳季節為5月到8月。", [(QuantityKind.TIME, "5月到8月", "5月到8月", "")]),
        ("這是19世紀晚期的事。", [(QuantityKind.TIME, "19世紀晚期", "19世紀晚期", "")]),
        ("碑刻屬公元前一世紀。", [(QuantityKind.TIME, "公元前一世紀", "公元前一世紀", "")]),
        ("1990年代，城市擴張。", [(QuantityKind.TIME, "1990年代", "1990年代", "")]),
        ("6月4日那天下雨。", [(QuantityKind.TIME, "6月4日", "6月4日", "")]),
        ("1990至1995年間人口翻倍。", [(QuantityKind.TIME, "1990至1995年", "1990至1995年", "")]),
    ],
)
def test_each_kind(sentence: str, expected: list[tuple[QuantityKind, str, object, str]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("他在1999年加入，兩年後離開。", "兩年後"),
        ("六年級的學生都來了。", "六年級"),
        ("梵語是5到8年級的選修課。", "5到8年級"),
        ("第三季的收視率最高。", "第三季"),
        ("班上有二十多人。", "二十多人"),
        ("這是十幾年來的事。", "十幾年來"),
        ("這是300年來最大的。", "300年來"),
        ("三天前他才回來。", "三天前"),
        ("他五年半後才回國。", "五年半後"),
        ("近兩天氣溫明顯下降。", "近兩天"),  # lately, no count of days
        ("近三年，當地新增五家工廠。", "近三年"),
    ],
)
def test_relative_and_partial_expressions_are_text_not_years_or_counts(
    sentence: str, span: str
) -> None:
    start = sentence.index(span)
    inside = [q for q in find_quantities(sentence) if q.start < start + len(span) and start < q.end]
    assert [(q.kind, sentence[q.start : q.end]) for q in inside] == [(QuantityKind.TIME, span)]


def test_a_school_class_and_a_day_named_by_its_date_are_no_counts() -> None:
    assert found("來自3年81班的同學拿下金牌。") == []  # grade three, class 81
    assert found("藥局舉辦「3·13家庭藥品回收」活動。") == []  # the 13th of March


def test_nearly_so_long_after_a_verb_is_still_a_duration() -> None:
    assert found("他們籌備了近兩個月。")[0][:2] == (QuantityKind.NUMBER, "兩個月")


def test_a_comma_between_short_numbers_is_no_thousands_separator() -> None:
    assert [s for _, s, _, _ in found("比分是3,5個。")] == ["5個"]


def test_bare_small_numbers_and_articles_are_not_counts() -> None:
    assert found("一個人走在路上。") == []
    assert found("兩人一起出發。") == []
    assert found("第 2 點很重要。")[0][0] is QuantityKind.TIME


@given(st.integers(min_value=1000, max_value=999_999_999))
def test_thousands_separators_read_as_one_number(n: int) -> None:
    assert found(f"共有{n:,}人參加。") == [(QuantityKind.NUMBER, f"{n:,}人", n, "人")]


@given(st.integers(min_value=1000, max_value=999_999_999))
def test_spaced_digit_groups_read_as_one_number(n: int) -> None:
    spaced = f"{n:,}".replace(",", " ")
    assert found(f"共有 {spaced} 名學生。") == [(QuantityKind.NUMBER, f"{spaced} 名", n, "名")]


@given(st.integers(min_value=1000, max_value=2099))
def test_a_year_with_nian_is_a_year(year: int) -> None:
    assert found(f"他在{year}年加入。") == [(QuantityKind.YEAR, f"{year}年", year, "")]


@given(
    st.integers(min_value=2, max_value=99),
    st.sampled_from(["年後", "年后", "年前", "年來", "天後", "個月後", "年間"]),
)
def test_relative_times_are_never_years_or_durations(n: int, tail: str) -> None:
    for number in (chinese(n), str(n)):
        got = found(f"他{number}{tail}回到家鄉。")
        assert got and all(k is QuantityKind.TIME for k, _, _, _ in got), got


@given(st.integers(min_value=1, max_value=99), st.sampled_from(["季", "屆", "章", "名", "次"]))
def test_ordinals_are_never_counts(n: int, unit: str) -> None:
    for number in (chinese(n), str(n)):
        got = found(f"這是第{number}{unit}的比賽。")
        assert got and got[0][0] is QuantityKind.TIME and got[0][1].startswith("第"), got


@given(st.integers(min_value=1, max_value=12))
def test_grades_are_never_years(n: int) -> None:
    got = found(f"他讀{chinese(n)}年級。")
    assert got == [(QuantityKind.TIME, f"{chinese(n)}年級", f"{chinese(n)}年級", "")]


@given(st.integers(min_value=2, max_value=9))
def test_approximate_counts_are_never_exact(n: int) -> None:
    got = found(f"現場有{chinese(n * 10)}多人。")
    assert [(k, s) for k, s, _, _ in got] == [(QuantityKind.TIME, f"{chinese(n * 10)}多人")]


@given(
    st.text(
        alphabet="0123456789,. 年月日號前後多第季級人個%百分之一二三四五十萬億到至-的是",
        max_size=40,
    )
)
def test_spans_are_inside_the_sentence_and_never_overlap(sentence: str) -> None:
    quantities: list[Quantity] = find_quantities(sentence)
    last = 0
    for q in sorted(quantities, key=lambda q: q.start):
        assert 0 <= q.start < q.end <= len(sentence)
        assert q.start >= last
        last = q.end
        if q.kind is QuantityKind.YEAR:
            assert isinstance(q.value, int) and 1 <= q.value <= 2100


@pytest.mark.parametrize(
    "sentence",
    [
        "山頂四周的樹林很茂密。",  # all around
        "那裡的空氣十分乾燥。",  # very
        "他們一直住在海邊，一起種田。",
        "「城市的花園2.0」展覽開幕。",  # a version
        "花園2.0 展覽昨天開幕。",
        "新系統叫做 Web 2.0 平台。",
    ],
)
def test_words_that_open_with_a_numeral_and_versions_are_no_quantities(sentence: str) -> None:
    assert [q for q in find_quantities(sentence) if q.kind is QuantityKind.NUMBER] == []


def test_a_numeral_word_after_a_duration_is_still_a_count() -> None:
    assert [(q.value, q.unit) for q in find_quantities("這次訓練為期四周。")] == [(4, "周")]
    assert [q.value for q in find_quantities("它的評分為8.5，很高。")] == [8.5]


# -- amounts, days and durations that news pages write (issue 15, round four) ---------
@given(
    st.integers(1, 99),
    st.integers(1, 9999),
    st.sampled_from(["億", "亿"]),
    st.sampled_from(["萬", "万"]),
    st.sampled_from(["元", "人", ""]),
)
def test_an_amount_in_two_magnitudes_is_one_number(
    hi: int, lo: int, yi: str, wan: str, unit: str
) -> None:
    """3億5000萬元 was read as 3億 and 5000萬元, two drafts with half an answer each."""
    sentence = f"預估總經費約{hi}{yi}{lo}{wan}{unit}。"
    (q,) = find_quantities(sentence)
    assert q.kind is QuantityKind.NUMBER
    assert q.value == hi * 100_000_000 + lo * 10_000 and q.unit == unit
    assert sentence[q.start : q.end] == f"{hi}{yi}{lo}{wan}{unit}"


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("有1萬2千人參加。", "1萬2千人", 12_000),
        ("共有5萬3千人。", "5萬3千人", 53_000),
        ("經費2億零500萬元。", "2億零500萬元", 205_000_000),
        ("今年爭取2.94億元預算。", "2.94億元", 294_000_000),
    ],
)
def test_compound_and_decimal_amounts(sentence: str, span: str, value: int) -> None:
    (q,) = find_quantities(sentence)
    assert (q.kind, sentence[q.start : q.end], q.value) == (QuantityKind.NUMBER, span, value)


@pytest.mark.parametrize(
    ("sentence", "span", "value", "unit"),
    [
        ("歲出規模為三兆四三一一億元。", "三兆四三一一億元", 3_431_100_000_000, "元"),
        ("去年出口總額達4兆5千億元。", "4兆5千億元", 4_500_000_000_000, "元"),
        ("營收一兆二千億元。", "一兆二千億元", 1_200_000_000_000, "元"),
        ("國內生產毛額約為2兆元。", "2兆元", 2_000_000_000_000, "元"),
        ("全年国内生产总值达126.06万亿元。", "126.06万亿元", 126_060_000_000_000, "元"),
    ],
)
def test_trillions_are_one_number(sentence: str, span: str, value: int, unit: str) -> None:
    """Round eleven: 4兆5千億元 was drafted as 5千億元 and 三兆四三一一億 as a time, 126万亿
    as 126: answers a thousand times too small."""
    (q,) = find_quantities(sentence)
    assert (q.kind, sentence[q.start : q.end], q.value, q.unit) == (
        QuantityKind.NUMBER, span, value, unit,
    )  # fmt: skip


def test_mega_is_no_trillion() -> None:
    """兆瓦 and 兆赫 are mega-watts and mega-hertz, not 10¹² of anything."""
    for sentence in ("光伏電站裝機容量為500兆瓦。", "频率为2400兆赫。"):
        assert all(q.value != 500 * 10**12 and q.value != 2400 * 10**12
                   for q in find_quantities(sentence))  # fmt: skip


@given(st.integers(1, 99), st.integers(0, 9999), st.sampled_from(["億元", "億美元", "億"]))
def test_any_amount_in_trillions_is_read_whole(zhao: int, yi: int, tail: str) -> None:
    sentence = (
        f"今年的總額達{zhao}兆{yi}{tail}，創下新高。"
        if yi
        else f"今年的總額達{zhao}兆元，創下新高。"
    )
    (q,) = find_quantities(sentence)
    assert q.kind is QuantityKind.NUMBER and q.value == zhao * 10**12 + yi * 10**8


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("預計在8月19、20日前往鹿野高台。", "8月19、20日"),
        ("活動於9月1日、2日舉行。", "9月1日、2日"),
    ],
)
def test_days_listed_after_a_month_are_one_time(sentence: str, span: str) -> None:
    """預計在什麼時候19、20日前往…？ → 8月 (set 78): the month was asked without its days."""
    (q,) = find_quantities(sentence)
    assert (q.kind, sentence[q.start : q.end]) == (QuantityKind.TIME, span)


@given(st.integers(10_001, 99_999_999))
def test_a_numeral_written_out_is_read_whole(n: int) -> None:
    """Set 91: 一萬四千四百六十箱 was drafted as 一萬四千 → 14,000 (the rest of the numeral lost)."""
    numeral = chinese_numeral(n)
    assert numeral is not None
    sentence = f"養蜂箱數共有{numeral}箱，逐年增加。"
    (q,) = find_quantities(sentence)
    assert (q.kind, q.value, q.unit) == (QuantityKind.NUMBER, n, "箱")


def test_an_amount_about_two_magnitudes_stays_approximate() -> None:
    """約3億8000多萬元 drafted 「約多少8000多萬元」 → 3億: it is one amount, said as about."""
    sentence = "總計將爭取約3億8000多萬元的補助。"
    (q,) = find_quantities(sentence)
    assert q.kind is QuantityKind.TIME and q.value == "3億8000多萬元"


@given(st.integers(1000, 2099), st.sampled_from(["萬元", "萬", "億元", "千人", "百萬"]))
def test_a_four_digit_amount_is_never_a_year(n: int, tail: str) -> None:
    """(1460萬元) was asked as 「哪一年萬元」."""
    sentence = f"彩繪經費({n}{tail})已經編列。"
    assert all(q.kind is not QuantityKind.YEAR for q in find_quantities(sentence))


def test_a_year_before_thousands_is_no_count_of_thousands() -> None:
    """「舉辦2018千人彩繪風車嘉年華」 was drafted as 2,018,000人: the year names the
    event; an amount of a thousand thousands and more is written with 萬."""
    assert find_quantities("名間鄉今天舉辦2018千人彩繪風車嘉年華活動。") == []
    (q,) = find_quantities("現場約有3千人參加。")
    assert (q.value, q.unit) == (3000, "人")
    (q,) = find_quantities("現場約有300千瓦的電力。")
    assert (q.value, q.unit) == (300_000, "瓦")  # fewer than four digits: thousands


@pytest.mark.parametrize(
    "sentence",
    ["民眾可電洽06-9261173詢問。", "詳情請撥02-2345-6789查詢。", "洽詢電話：(049)2345678。"],
)
def test_a_telephone_number_is_no_range_and_no_count(sentence: str) -> None:
    """「電洽06-9261173」 was drafted as 「電洽多少詢問？」, as if it were a range."""
    assert find_quantities(sentence) == []


def test_a_range_with_a_dash_is_still_one_answer() -> None:
    (q,) = find_quantities("參加者約1000-20000人。")
    assert q.value == "1000-20000人"


def test_a_four_digit_amount_with_decimals_is_no_year() -> None:
    """「出口量1331.2吨」 was drafted as 「出口量哪一年.2吨」 → 1331."""
    (q,) = find_quantities("今年宁夏枸杞出口量1331.2吨,同比增长。")
    assert (q.kind, q.value, q.unit) == (QuantityKind.NUMBER, 1331.2, "吨")


def test_a_bare_day_of_the_month_is_no_count() -> None:
    """「15日,中國高鐵…」 was drafted as 「多少日」 → 15日; a duration stays one."""
    assert find_quantities("15日，高鐵新動作頻出。") == []
    (q,) = find_quantities("為期15日的展覽開幕。")
    assert (q.kind, q.value, q.unit) == (QuantityKind.NUMBER, 15, "日")


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("北京至香港僅需12小時34分，上海更快。", "12小時34分"),
        ("北京至香港仅需12小时34分钟。", "12小时34分钟"),
        ("他以14分31秒02的成績奪冠。", "14分31秒02"),
        ("全程3小時5分15秒。", "3小時5分15秒"),
    ],
)
def test_a_duration_in_two_units_is_one_answer(sentence: str, span: str) -> None:
    """12小時34分 was drafted as 「多少小時34分」 → 12小時."""
    (q,) = find_quantities(sentence)
    assert q.kind is QuantityKind.TIME and sentence[q.start : q.end] == span


@given(
    hi=st.integers(1, 9999), lo=st.integers(1, 9999), unit=st.sampled_from(["人次", "人", "元", ""])
)
def test_ten_thousands_and_a_rest_in_digits_are_one_number(hi: int, lo: int, unit: str) -> None:
    """4萬6000人次 was read as 4萬 and 6000人次: a reader found the answer 40,000 to a
    question asking 「約為多少6000人次」. One digit after 萬 is the thousands, as people
    say it (學費9萬6 is 96,000: set 200's reader found 90,006 wrong)."""
    sentence = f"每日運量約為{hi}萬{lo}{unit}。"
    (q,) = find_quantities(sentence)
    assert q.kind is QuantityKind.NUMBER
    rest = lo * 1000 if lo < 10 else lo
    assert q.value == hi * 10_000 + rest and q.unit == unit
    assert sentence[q.start : q.end] == f"{hi}萬{lo}{unit}"


@pytest.mark.parametrize(
    "sentence",
    ["周天成以15：21、18：21落敗。", "首局打到18:18才分勝負。", "切口約10×7×5公分。"],
)
def test_a_score_or_a_size_gives_no_number(sentence: str) -> None:
    """A score (15：21), a clock time or a size (10×7×5) is no count: a reader found
    「多少：21」 asked of a game score."""
    assert not [q for q in find_quantities(sentence) if q.kind is QuantityKind.NUMBER]


def test_a_count_of_more_than_a_thousand_is_no_year() -> None:
    """「較9月同日增1100餘人次」 was asked 「增哪一年餘人次」."""
    qs = find_quantities("較9月同日增1100餘人次。")
    assert not [q for q in qs if q.kind is QuantityKind.YEAR]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "民國5年4月12日浙江省宣布獨立。",
            [(QuantityKind.DATE, "民國5年4月12日", "1916-04-12", "")],
        ),
        ("最終於245年5月回師凱旋。", [(QuantityKind.DATE, "245年5月", "0245-05", "")]),
        ("承久3年5月14日，上皇下達了命令。", []),  # an era's year: no date, no 3 years, no day
        ("光緒10年6月，官府重修此廟。", []),
    ],
)
def test_a_short_year_is_of_the_common_calendar_only_when_nothing_names_another_era(
    sentence: str, expected: list[tuple[QuantityKind, str, object, str]]
) -> None:
    # 民國5年4月12日 was drafted as the date 0005-04-12, 承久3年 as "3 years"
    assert found(sentence) == expected


def test_a_day_in_a_list_of_days_is_no_count() -> None:
    # a reader found 「聯合收穫祭8月14、多少？」 answered 15
    assert not any(
        q.kind is QuantityKind.NUMBER for q in find_quantities("收穫祭在8月14、15日舉行。")
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("二0二三年全球同步普查於六日舉行。", (QuantityKind.YEAR, "二0二三年", 2023)),
        ("府城於雍正3年（1725年）由知縣創建。", (QuantityKind.YEAR, "1725年", 1725)),
    ],
)
def test_a_year_is_never_read_as_a_count_of_years(
    sentence: str, expected: tuple[QuantityKind, str, object]
) -> None:
    # readers found 「二0二多少年…？」 → 3年 and 「雍正多少年（1725年）」 → 3年
    found_here = [(q.kind, sentence[q.start : q.end], q.value) for q in find_quantities(sentence)]
    assert found_here[0] == expected
    assert not any(k is QuantityKind.NUMBER and v == 3 for k, _s, v in found_here)


@pytest.mark.parametrize(
    "sentence",
    ["衛生局責令業者10日前改善完成。", "市長3日前往災區視察。", "須於25日前繳交報名表。"],
)
def test_a_day_of_the_month_before_qian_is_no_span_of_days(sentence: str) -> None:
    # a reader found 「責令多久前改善完成？」 → 10日前: the 10th is a deadline, not ten days ago
    assert not any(sentence[q.start : q.end].endswith("日前") for q in find_quantities(sentence))
    assert not any(q.kind is QuantityKind.NUMBER for q in find_quantities(sentence))


@pytest.mark.parametrize(
    "sentence", ["公車即上國道3號高速公路直至交流道下。", "車輛將全面升級為全新五期環保大客車。"]
)
def test_a_road_s_number_or_a_phase_is_no_time(sentence: str) -> None:
    # readers found 「即上國道什麼時候高速公路？ → 3號」 and 「全新什麼時候環保 → 五期」
    assert not any(q.kind is QuantityKind.TIME for q in find_quantities(sentence))


@pytest.mark.parametrize(
    "sentence",
    ["山城商行為地方百年老店。", "24小時圖書館位於大廳西南側。", "大廳設有24小時自助借還機。"],
)
def test_an_idiom_or_a_descriptor_is_no_count(sentence: str) -> None:
    # readers found 「為地方多少年老店？ → 100年」 and 「多少小時圖書館 → 24小時」
    assert find_quantities(sentence) == []


def test_hours_after_a_duration_word_are_still_counted() -> None:
    assert [s for _, s, _, _ in found("工人連續24小時搶修。")] == ["24小時"]


def test_a_short_span_of_years_after_a_comma_is_no_year() -> None:
    # a reader found 「哪一年監禁已可反映罪行嚴重性？ → 1」
    sentence = "以本案情況而論，1年監禁已可反映罪行嚴重性。"
    assert not any(q.kind is QuantityKind.YEAR for q in find_quantities(sentence))
    assert found("公元79年，火山爆發。")[0][:3] == (QuantityKind.YEAR, "79年", 79)


def test_a_span_of_days_written_without_ri_is_one_time() -> None:
    # a reader found 「還有每年3月多少月15？」 → 15到4: the span 3月15到4月15 cut in two
    sentence = "還有每年3月15到4月15的櫻花季。"
    spans = [(q.kind, sentence[q.start : q.end]) for q in find_quantities(sentence)]
    assert (QuantityKind.TIME, "3月15到4月15") in spans
    assert not any(s.startswith("15到") for _, s in spans)


@pytest.mark.parametrize(
    ("sentence", "count"),
    [("產地一天要運出近2000箱水梨。", "2000箱"), ("全縣共有1200戶受災。", "1200戶")],
)
def test_a_count_of_boxes_or_households_is_no_year(sentence: str, count: str) -> None:
    # a reader found 「近哪一年箱水梨？」 → 2000
    found = [(q.kind, sentence[q.start : q.end]) for q in find_quantities(sentence)]
    assert (QuantityKind.NUMBER, count) in found
    assert not any(k is QuantityKind.YEAR for k, _ in found)


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("兩名登山客在3千3百公尺的高山受困。", "3千3百公尺", 3300),
        ("預計將向中央爭取3億5千萬元進行整修。", "3億5千萬元", 350_000_000),
        ("現場約有2千5百人參加。", "2千5百人", 2500),
    ],
)
def test_digits_each_before_its_unit_are_one_number(sentence: str, span: str, value: int) -> None:
    found = [(sentence[q.start : q.end], q.value) for q in find_quantities(sentence)]
    assert (span, value) in found


def test_a_text_quantity_keeps_the_digits_as_written() -> None:
    (q,) = find_quantities("共有3千多人參加。")
    assert q.value == "3千多人"


def test_an_area_in_mu_is_no_year() -> None:
    """Set 70: 哪一年的葡萄園？ → 2000 (2000畝 is an area)."""
    sentence = "酒莊裡放眼望去，2000畝的葡萄園蔥鬱一片。"
    assert [(q.kind, q.value, q.unit) for q in find_quantities(sentence)] == [
        (QuantityKind.NUMBER, 2000, "畝")
    ]


def test_fish_counted_are_no_year() -> None:
    """Set 185: 长江鲟子二代哪一年尾？ → 1000 (1000尾 is a count of fish)."""
    sentence = "共放流中华鲟子二代2020尾和长江鲟子二代1000尾。"
    found = [(q.kind, sentence[q.start : q.end]) for q in find_quantities(sentence)]
    assert {(QuantityKind.NUMBER, "2020尾"), (QuantityKind.NUMBER, "1000尾")} <= set(found)
    assert not any(kind is QuantityKind.YEAR for kind, _ in found)


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("截至114 年 12 月底已完成篩檢。", "12 月底"),
        ("預計2025年3月底前完工。", "2025年3月底"),
        ("另一條路線則在5月中旬通車。", "5月中旬"),
        ("同時產量不比9月10月旺季來的香甜。", "9月10月"),
    ],
)
def test_the_end_of_a_month_and_months_run_together_are_one_time(sentence: str, span: str) -> None:
    """Sets 101, 186, 187: 截至什麼時候底 → 12月, 持续至什么时候下旬, 9月什麼時候旺季 → 10月."""
    found = [(q.kind, sentence[q.start : q.end]) for q in find_quantities(sentence)]
    assert (QuantityKind.TIME, span) in found
    assert not any(k is QuantityKind.DATE for k, _ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "共同迎接2018台中世界花卉博覽會到來。",
        "學生參加2018台灣世界盃髮型美容比賽。",
        "由復古3輪車當前導揭開序幕。",
    ],
)
def test_a_number_before_a_city_or_inside_a_vehicles_name_is_no_count(sentence: str) -> None:
    """Sets 95, 106 and 195: 2018台 (before 台中) and 3輪 (三輪車) were asked 多少."""
    assert not [q for q in find_quantities(sentence) if q.kind is QuantityKind.NUMBER]


def test_machines_are_still_counted() -> None:
    sentence = "工廠新增5台機器。"
    assert [(q.kind, sentence[q.start : q.end]) for q in find_quantities(sentence)] == [
        (QuantityKind.NUMBER, "5台")
    ]


@pytest.mark.parametrize(
    ("sentence", "kind", "span", "value"),
    [
        ("很多人說學費9萬6才剛繳完。", QuantityKind.NUMBER, "9萬6", 96000),
        ("共有4萬6000人次參觀。", QuantityKind.NUMBER, "4萬6000人次", 46000),
        ("2022.02.20 發表的研究。", QuantityKind.DATE, "2022.02.20", "2022-02-20"),
        ("員警本月27日17時許值班時遇民眾。", QuantityKind.TIME, "17時許", "17時許"),
        ("一次產卵可達8000至3萬顆。", QuantityKind.TIME, "8000至3萬顆", "8000至3萬顆"),
        ("罰款可從3千到1萬5千元不等。", QuantityKind.TIME, "3千到1萬5千元", "3千到1萬5千元"),
    ],
)
def test_numbers_as_people_and_pages_write_them(
    sentence: str, kind: QuantityKind, span: str, value: object
) -> None:
    """Sets 197, 198, 200 and 213: 學費多少 → 90,006 (9萬6 is 96,000), 多少.20 發表 → 2022.02
    (a page's date with dots), 多少時許值班 → 17 (an hour of the day, no count), and
    產卵可達多少萬顆 → 8000至3 (the range's second number keeps its 萬)."""
    found = [(q.kind, sentence[q.start : q.end], q.value) for q in find_quantities(sentence)]
    assert (kind, span, value) in found
