"""A second look at a draft before it is offered: does the answer begin and end
where words do, does the question word fit the answer, and does the question
stand on its own (no 他 without a name, no 也 or 據報導 linking to what came
before, no clause left hanging, no answer given away)?

Independent readers of drafts from real articles judged these the commonest
faults (docs/import-quality.md): 徐夢桃出 as a name, 自由｜式滑雪 cut in two, 哪裡
asked of 重大意義, 誰 of an event, a question opening with 他 or 也.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from studyapp.core.deck.model import AnswerKind
from studyapp.core.deck.numbers import chinese_numeral, numbers_in, rounds_to, states_number
from studyapp.core.importer.candidates import PERIOD_AFTER_RE, Candidate, Feature
from studyapp.core.importer.names import (
    SURNAMES,
    is_chinese_name,
    is_han,
    names_a_thing,
)
from studyapp.core.importer.phrases import ORG_END, PLACE_END
from studyapp.core.importer.quantities import (
    DIALLING,
    EMERGENCY_NUMBERS,
    SPAN_JOIN,
    TELEPHONE_RE,
)
from studyapp.core.importer.questions import CLAUSE_MARK_RE, inside_quotation
from studyapp.core.importer.segment import PERSON_TAGS, Token, is_common_word, tokens
from studyapp.core.importer.textnorm import normalize, simplified
from studyapp.core.importer.titles import (
    AFTER_A_NAME,
    AFTER_A_NAME_END_RE,
    AFTER_A_SURNAME,
    BEFORE_A_NAME,
    BEFORE_A_NAME_END_RE,
    FORM_OF_ADDRESS,
    alternation,
)

# answers whose edges are where the tagger's words are: noun phrases and clauses
# (numbers, dates, quotations and titles have edges of their own)
_WORDY = frozenset(
    {Feature.PERSON, Feature.PLACE, Feature.ORGANIZATION, Feature.PHRASE, Feature.NEW_NAME,
     Feature.CAUSE, Feature.PURPOSE, Feature.PREDICATE, Feature.DEFINITION,
     Feature.SUPERLATIVE, Feature.COMPARISON}
)  # fmt: skip
# an answer that only points back (因為如此, 這樣, 他): it says nothing by itself
_POINTING_RE = re.compile(r"^(?:如此|這樣|这样|這些|这些|那樣|那样|此|其|他|她|它|這|这|那)")
_EDGE_PUNCT = "，,、；;：:。 "
_NUMERALS = "零〇一二兩两三四五六七八九十百千萬万億亿廿卅"
# what a number is compared with: the figure before it, not the article's news
_BASELINE_BEFORE_RE = re.compile(
    r"(?:[較较比]|相[較较比][於于]?)(?:去年|前年|上年|上月|上季|前一年|前期)?(?:同期|同月|同季)?(?:的|之)?\s*$"
    r"|(?:[較较比]|相[較较比][於于]?)[^，,。；;]{0,10}(?:同期|同月|同季)(?:的|之)?\s*$"  # 較一一一年一月同期的
)
_CLAUSE_SPLIT_RE = re.compile(r"[，,；;]")
_BRACKETS_RE = re.compile(r"[(（][^()（）]*[)）]")  # a bracket's pair, closed inside the answer
# a verb opening a noun phrase that is no part of it: the post held (歷任｜廣西大學) or
# who it was done with (會同｜花蓮縣政府)
_HELD_RE = re.compile(
    r"歷任|历任|曾任|擔任|担任|出任|現任|现任|兼任|升任|轉任|转任|會同|会同|聯同|联同|偕同|協同|协同"
)
_LOOSE_ENDS = frozenset("dcpuy")  # adverbs, conjunctions, prepositions, particles
_AFTERWARDS = frozenset(["最後", "最后", "之後", "之后", "以後", "以后", "隨後", "随后"])
_PLACE_PREFIX_RE = re.compile(r"^[\u3400-\u9fff]{1,4}?(?:省|市|縣|县)")
# words that only say a verb is possible, needed or not done: no noun phrase ends in one
_MODALS = frozenset(
    ["無法", "无法", "不能", "可以", "能夠", "能够", "必須", "必须", "需要", "應該", "应该",
     "沒有", "没有", "不會", "不会", "未能", "不得"]
)  # fmt: skip
_JOINING = frozenset(["和", "與", "与", "及", "以及", "或", "或是", "跟", "並", "并", "而"])
_NOUNISH = frozenset(
    {Feature.PERSON, Feature.PLACE, Feature.ORGANIZATION, Feature.PHRASE, Feature.NEW_NAME}
)


def _may_be_called(word: Token | None) -> bool:
    """A word the tagger calls a name, and that opens with a surname or is a
    transliteration (not 滑雪, a two-character word the tagger calls a name)."""
    if word is None:
        return False
    text = word.text
    if names_a_thing(text):
        return False  # 漁港｜南之路: a road, whatever the tagger says
    return len(text) >= 3 or text[0] in SURNAMES or not all(is_han(c) for c in text)


def _in_an_alias(sentence: str, start: int, end: int) -> bool:
    """Does [start, end) lie in brackets right after Chinese text: another name of
    what stands before them (木星冰月探測器(Juice)), or an aside (金門舘(1460萬元))?"""
    opening = max(sentence.rfind("(", 0, start), sentence.rfind("（", 0, start))
    before = sentence[opening - 1 : opening]
    if opening < 0 or not (is_han(before) or before in "」』”》"):
        return False
    closing = min(
        (i for i in (sentence.find(")", opening), sentence.find("）", opening)) if i >= 0),
        default=-1,
    )
    return closing >= end


_PLACE_WORD_RE = re.compile(
    r"(?:總部|总部|中心|會場|会场|現場|现场|場館|场馆|學校|学校|醫院|医院|家|中|上|內|内|裡|里|附近|"
    r"一帶|一带|境內|境内|地方|地帶|地带|場|场|館|馆|院|所|室|廳|厅|園|园|區|区|國|国|境|外|處|处)$"
)
_EVENT_END_RE = re.compile(
    r"(?:奧會|奥会|運動會|运动会|博覽會|博览会|大會|大会|峰會|峰会|年會|年会|晚會|晚会|展覽會|展览会|"
    r"研討會|研讨会|音樂會|音乐会|演唱會|演唱会|論壇|论坛|比賽|比赛|錦標賽|锦标赛|聯賽|联赛)$"
)
_DISTANCE_RE = re.compile(r"^[\d幾几數数多一二兩两三四五六七八九十百千]+.{0,3}[遠远]$")
_HALL_END_RE = re.compile(
    r"(?:大廳|大厅|大堂|禮堂|礼堂|廣場|广场|展廳|展厅|(?<!實驗)(?<!实验)(?<!工作)(?<!研究)室)$"
)  # a room, but 實驗室 and 工作室 are institutions
_SIMILE_RE = re.compile(r"[如像似宛彷仿]|一般|一樣|一样")
_NEGATION_BEFORE_RE = re.compile(r"(?:沒有|没有|未|不|無|无|並未|并未)\s*$")
_ABSTRACT_END_RE = re.compile(
    r"(?:意義|意义|作用|價值|价值|問題|问题|方面|影響|影响|關係|关系|革命|產生|产生|發展|发展)$"
)
_RANK_END_RE = re.compile(r"(?:冠軍|冠军|亞軍|亚军|季軍|季军|將軍|将军)$")


@dataclass(frozen=True)
class ArticleWords:
    """What the whole article shows of its own words, where the tagger does not know
    them: the terms it quotes (“帽天山開拓蝦”), the character pairs it repeats (奇蝦,
    said again and again) and the people it names again (張向明提到…認同張向明的看法).
    An answer cutting through one is cut in two."""

    terms: dict[str, tuple[str, ...]]  # the quoted terms, by their first character
    pairs: frozenset[str]
    names: frozenset[str] = frozenset()  # full Chinese names said NAME_REPEATS times

    def _terms_in(self, sentence: str) -> set[str]:
        return {term for ch in set(sentence) for term in self.terms.get(ch, ()) if term in sentence}

    @classmethod
    def of(cls, text: str) -> ArticleWords:
        terms: dict[str, tuple[str, ...]] = {}
        for term in {m.group(1) for m in _QUOTED_TERM_RE.finditer(text)}:
            terms[term[0]] = (*terms.get(term[0], ()), term)
        if len(text) > PAIRS_UP_TO:
            return cls(terms, frozenset())  # a book, not an article: its pairs say little
        counts = Counter(
            a + b
            for a, b in itertools.pairwise(text)
            if is_han(a) and is_han(b) and a not in _FUNCTION_CHARS and b not in _FUNCTION_CHARS
        )
        # a person the article names again, in different places (張向明提到, 張向明的看法),
        # not the start of a word it repeats (歐亞水獺, 澄江動物群: the same character after;
        # a given name is no everyday word)
        seen: Counter[str] = Counter()
        after: dict[str, set[str]] = {}
        for i, ch in enumerate(text):
            if ch in SURNAMES and is_chinese_name(name := text[i : i + 3]):
                seen[name] += 1
                after.setdefault(name, set()).add(text[i + 3 : i + 4])
        return cls(
            terms,
            frozenset(p for p, n in counts.items() if n >= PAIR_REPEATS),
            frozenset(
                name
                for name, n in seen.items()
                if n >= NAME_REPEATS and len(after[name]) > 1 and not is_common_word(name[1:])
            ),
        )

    def cuts(self, sentence: str, start: int, end: int) -> bool:
        """Does [start, end) begin or end inside one of the article's words?"""
        for term in self._terms_in(sentence):
            at = sentence.find(term)
            while at >= 0:
                if at < start < at + len(term) or at < end < at + len(term):
                    return True
                at = sentence.find(term, at + 1)
        if (sentence[start - 1 : start + 1] in self.pairs and start > 0) or (
            sentence[end - 1 : end + 1] in self.pairs and end < len(sentence)
        ):
            return True
        return any(
            sentence[at : at + 3] in self.names
            for cut in (start, end)
            for at in (cut - 2, cut - 1)
            if at >= 0 and 0 < cut < len(sentence)
        )


PAIR_REPEATS = 4  # a character pair the article repeats this often is one of its words
NAME_REPEATS = 3  # a surname and two characters the article repeats this often is a person
PAIRS_UP_TO = 100_000  # characters: longer texts are not searched for repeated pairs
_QUOTED_TERM_RE = re.compile(r"[“「『\"]([^”」』\"，。,]{2,12})[”」』\"]")
_FUNCTION_CHARS = frozenset(
    "的是在了和與与及於于為为年月日之也都而並并或等中上下個个一不這这那其他她它我們们有"
)


# a demonstrative and its measure word right before an answer: 這座, 该轮, 此次, 本屆
_MEASURES = "座個个家位名項项次場场件條条所輪轮屆届批種种"
_DEMONSTRATIVE_BEFORE_RE = re.compile(
    f"(?:(?:這|这|那|該|该)[{_MEASURES}]?|(?:本|此)[{_MEASURES}])$"
)
_AGENT_MARKS = frozenset("由被")
_LOCATIVE_MARKS = frozenset("在於于")
_LOCATIVE_WORDS = frozenset(
    {"在地", "在於", "在于", "於是", "于是", "在場", "在场", "在職", "在职"}
)
# 與 and a few characters closing on a department's head (…管理與資訊系): the 與 is inside the name
_JOINED_DEPARTMENT_RE = re.compile(
    r"[與与和及][\u3400-\u9fff]{1,6}?"
    r"(?:學系|学系|系(?![統统列])|科(?![技學学])|研究所|研究中心|學院|学院|學程|学程)"
)


_INSTITUTION_SUFFIXES = frozenset("站局館馆所院處处部會会社廳厅署")
_ASPECT_AFTER = frozenset("了著着過过起在")
_JOINERS = "和及與与"
_JOINED_BEFORE_RE = re.compile(r"([\u3400-\u9fff]{1,2})$")  # the first half: 文化(和…部)
_OFFICE_END_RE = re.compile(r"(?:部|署|局|處|处|廳|厅|委員會|委员会|辦公室|办公室)$")
# a name that is whole before a quoted one: 歐洲空間局“羅塞塔”號
_WHOLE_NAME_END_RE = re.compile(
    f"(?:{ORG_END.pattern}|{PLACE_END.pattern}|{_OFFICE_END_RE.pattern}|[署局處处部])$"
)
_OFFICE_AFTER_RE = re.compile(
    r"[\u3400-\u9fff]{1,6}?(?:部|署|局|處|处|廳|厅|委員會|委员会)(?![\u3400-\u9fff]{0,1}長)"
)


_PLACE_SUFFIXES = frozenset("灣湾港島岛村鄉乡鎮镇街路")
_QUOTED_PART_AFTER_RE = re.compile(r"[“「『][^”」』，,。]{1,8}[”」』][\u3400-\u9fff]")
_QUOTED_PART_BEFORE_RE = re.compile(r"[\u3400-\u9fff][“「『][^”」』，,。]{1,8}[”」』]$")
_SECTION_AFTER_RE = re.compile(
    r"[\u3400-\u9fff]{1,6}?(?:科|組|组|股|課|课|室)(?:人員|人员|長|长|主任|同仁)"
)


_SPAN_BEFORE_RE = re.compile(
    r"[\d〇零一二三四五六七八九十]\s*[時时點点分日月年]?\s*" + SPAN_JOIN + r"\s*$"
)
_SPAN_AFTER_RE = re.compile(
    r"\s*" + SPAN_JOIN + r"\s*(?:凌晨|早上|上午|中午|下午|晚上|晚間|晚间)?\s*\d"
)


def _half_of_a_span(sentence: str, start: int, end: int) -> bool:
    """Is [start, end) one end of a span of time (晚間6時至｜8時30分)?"""
    return bool(
        _SPAN_BEFORE_RE.search(sentence, max(0, start - 6), start)
        or _SPAN_AFTER_RE.match(sentence, end)
    )


def _in_a_joined_name(sentence: str, start: int, end: int) -> bool:
    """Is [start, end) half of one office's name joined by 和 or 及 (文化和旅遊部,
    康樂及文化事務署)? Asked alone, the card says there are two."""
    answer = sentence[start:end]
    opens_an_office = _OFFICE_END_RE.search(answer) or _OFFICE_AFTER_RE.match(sentence, start)
    if start > 1 and sentence[start - 1] in _JOINERS and opens_an_office:
        head = _JOINED_BEFORE_RE.search(sentence, 0, start - 1)
        if head is not None and not ORG_END.search(head.group(1)):
            return True  # 文化和｜旅遊部藝術司指導: the answer opens with the name's second half
    if sentence[end : end + 1] in tuple(_JOINERS) and not _OFFICE_END_RE.search(answer):
        first_half = _PLACE_PREFIX_RE.sub("", answer)  # (山城省)住房｜和城鄉建設廳
        return len(first_half) <= 4 and bool(_OFFICE_AFTER_RE.match(sentence, end + 1))
    # 縣府林務｜自然保育科人員: the office's name runs on to the section the staff are of
    return not _OFFICE_END_RE.search(answer) and bool(_SECTION_AFTER_RE.match(sentence, end))


# what a measure word opening an answer follows when it belongs to the question (是｜個)
_MEASURE_AFTER = frozenset("是有成當当")
# the last character of a name and the title after it (林鄭月｜娥司長; not 副｜校長)
_NAME_END_AND_TITLE_RE = re.compile(
    f"(?![副總总代前原新老])[\u3400-\u9fff](?:{alternation(AFTER_A_NAME)})$"
)
# a title and the surname after it (代理縣長林｜茂盛)
_TITLE_AND_SURNAME_END_RE = re.compile(
    f"(?:{alternation(BEFORE_A_NAME)})(?:"
    + "|".join(sorted(SURNAMES, key=len, reverse=True))
    + ")$"
)
# a title right after a surname: 楊｜副支隊長, 林｜先生
_TITLE_NEXT_RE = re.compile(AFTER_A_SURNAME)


def _cut_in_brackets(text: str) -> bool:
    return any(ch in "()（）" for ch in _BRACKETS_RE.sub("", text))


def on_word_edges(
    sentence: str, cand: Candidate, words: Sequence[Token], article: ArticleWords | None = None
) -> Candidate | None:
    """``cand`` with its end moved back to where a word starts when it cuts into one
    (…變小，從｜而 → …變小), without an adverb at its end or the verb that held a
    post at its start (歷任｜廣西大學); None when its start cuts into a word
    (自由｜式滑雪, 帽｜天山｜開拓蝦 where the article quotes the whole name), or it
    only points back to something said before (因為如此，我們)."""
    start, end = cand.start, cand.end
    if _cut_in_brackets(sentence[start:end]):
        return None  # 周一閉館(｜節假日除外): a blank cut inside brackets
    if sentence[end : end + 1] in ("們", "们"):
        return None  # 孩子｜們: a noun cut from its plural
    if cand.feature is Feature.TIME and sentence[end : end + 1] in _PLACE_SUFFIXES:
        return None  # 八代｜灣: the first half of a place's name, no time
    if sentence[start - 1 : start] in ("廿", "卅", "卌") and start > 0:
        return None  # 卅｜四歲: the number starts before the answer
    if _in_an_alias(sentence, start, end):
        return None  # 伯格曼法則(｜Bergmann’s rule): the name beside it gives it away
    if cand.kind in (AnswerKind.NUMBER, AnswerKind.YEAR) and _BASELINE_BEFORE_RE.search(
        sentence, max(0, start - 16), start
    ):
        return None  # 較去年同期｜8869萬元成長, 同比｜2023年: what it grew from, not the news
    if cand.feature is Feature.TIME and _half_of_a_span(sentence, start, end):
        return None  # 晚間6時至｜8時30分: half of a span of time asks for neither
    if cand.feature not in _WORDY or cand.kind is not AnswerKind.TEXT:
        return cand
    if cand.feature in _NOUNISH and (
        (
            _QUOTED_PART_AFTER_RE.match(sentence, end)
            and not _WHOLE_NAME_END_RE.search(sentence, 0, end)
        )
        or _QUOTED_PART_BEFORE_RE.search(sentence, max(0, start - 11), start)
    ):
        return None  # 香港頂尖｜“心連心”｜愛心基金會: a piece of one name around its quoted part
    if _DEMONSTRATIVE_BEFORE_RE.search(sentence, max(0, start - 3), start):
        return None  # 這座｜新建水電站: the thing the sentence points at, not news about it
    if ORG_END.search(sentence, 0, end) is None and _JOINED_DEPARTMENT_RE.match(sentence, end):
        return None  # 南臺科大工業管理｜與資訊系: one department's name, cut at its 與
    by = sentence[start] in _AGENT_MARKS and end - start >= 4 and cand.feature in _NOUNISH
    if by:
        start += 1  # 由｜省電力公司負責: who is responsible, without the 由
    elif sentence[start] in "個个" and sentence[start - 1 : start] in _MEASURE_AFTER:
        start += 1  # 是｜個老廣場: what he is, without the measure word
    elif (
        sentence[start] in _LOCATIVE_MARKS
        and end - start >= 3
        and cand.feature in (*_NOUNISH, Feature.PREDICATE)
        and cand.feature is not Feature.PERSON  # (于康震: a surname)
        and sentence[start : start + 2] not in _LOCATIVE_WORDS
        and is_han(sentence[start - 1 : start])
        and sentence[start - 1] not in "了是的有"  # (提供了｜在澎湖…的機會: no place)
    ):
        start += 1  # 躺在｜病床, 出現在｜台灣北部海域: where, the 在 left with its verb
    if article is not None and article.cuts(sentence, start, end):
        return None  # 帽｜天山｜開拓蝦, 奇｜蝦類群: a word of the article cut in two
    if sentence[end - 1 : end] in SURNAMES and _TITLE_NEXT_RE.match(sentence, end):
        return None  # 支隊楊｜副支隊長: a surname cut from the title it goes with
    if (
        is_han(sentence[start - 1 : start])
        and sentence[start] not in SURNAMES  # (由｜李先生｜主持: a surname and a title)
        and _NAME_END_AND_TITLE_RE.match(sentence, start, end)
    ):
        return None  # 林鄭月｜娥司長: the last character of a name, and the title after it
    if _TITLE_AND_SURNAME_END_RE.search(sentence, 0, end) and is_han(sentence[end : end + 1]):
        return None  # 代理縣長林｜茂盛: a surname cut from its given name
    if sentence[end : end + 1] in ("長", "长") and sentence[end - 1 : end] in (
        "市",
        "縣",
        "县",
        "鎮",
        "镇",
    ):
        return None  # 台南市｜長: the answer takes the first half of 市長
    suffix = next((w for w in words if w.start == end and len(w.text) == 1), None)
    if (
        suffix is not None
        and suffix.text in _INSTITUTION_SUFFIXES
        and cand.feature in _NOUNISH
        and sentence[end + 1 : end + 2] not in _ASPECT_AFTER
        and any(w.end == end and w.tag[:1] == "n" and w.tag not in PERSON_TAGS for w in words)
    ):  # (王男｜所駕駛: a man and 所, no institute)
        end += 1  # 中央氣象局天文｜站: the station, which the tagger calls a verb
        words = [
            Token(w.text, "n", w.start, w.end) if w is suffix else w for w in words
        ]  # (and a noun from here on)
    for w in words:
        if w.start < start < w.end and w.tag != "x" and not (by and w.start == start - 1):
            return None  # (the tagger's 由省 is 由 and the name of a province's company)
        if w.start < end < w.end and w.tag != "x":
            end = w.start
    inside = [w for w in words if start - by <= w.start and w.end <= end and w.tag != "x"]
    while len(inside) > 1 and (
        inside[-1].tag[:1] in _LOOSE_ENDS
        or (inside[-1].tag == "f" and len(inside[-1].text) == 1)
        or inside[-1].text in _AFTERWARDS  # 活動｜最後｜由…: when, no part of the answer
    ):
        end = inside.pop().start  # 接收站｜首度, 通過｜後: no part of the answer
    if inside and inside[0].tag[:1] in ("p", "c") and cand.feature in _NOUNISH:
        return None  # 與彩繪保存: a noun phrase does not open with a preposition
    if inside and inside[0].tag == "c" and inside[0].text in _JOINING:
        return None  # 侵蝕｜和地震影響: the second half of a pair is no answer alone
    if inside and all(w.tag[:1] == "d" for w in inside):
        return None  # 將｜特地｜祭出: an adverb says how, not what
    if len(inside) == 1 and inside[0].tag == "v":
        return None  # ｜利用｜建成運行的裝置: a verb blanked reads as a thing
    if (
        len(inside) == 1
        and inside[0].tag == "vn"
        and any(w.end == start and w.tag == "v" and len(w.text) == 2 for w in words)
    ):
        return None  # 衍生｜服務: the second half of a compound noun
    if _in_a_joined_name(sentence, start, end):
        return None  # 文化和｜旅遊部, 康樂｜及文化事務署: half of one name
    if cand.feature in _NOUNISH and inside:
        held = _HELD_RE.match(sentence, start, end)
        if held is not None:  # 歷任｜廣西大學: the post, without the verb that held it
            start = held.end()
            inside = [w for w in inside if w.start >= start]
            if not inside:
                return None
        elif inside[0].tag[:1] == "v" and inside[0].tag != "vn" and len(inside) > 1:
            return None  # a verb and its object are no noun phrase
        if any(w.tag[:1] == "p" for w in inside[1:]):
            return None  # 太空中心｜以｜福衛二號: a preposition inside runs two phrases together
        if (inside[-1].tag[:1] == "v" and inside[-1].tag != "vn") or inside[-1].text in _MODALS:
            return None  # 預報資料綜合研判, 考量地方館無法: a noun phrase ends in no verb
    while end > start and sentence[end - 1] in _EDGE_PUNCT:
        end -= 1
    text = sentence[start:end]
    if len(text) < 2 or _POINTING_RE.match(text) or _cut_in_brackets(text):
        return None
    before = sentence[:start].rstrip()
    if before and (before[-1].isdigit() or before[-1] in _NUMERALS):
        return None  # 這3｜項競賽: a measure word belongs to its number
    if text[0] in "了着著過过" or (
        text[0] in "出到成給给" and any(w.end == start and w.tag[:1] == "v" for w in words)
    ):
        return None  # 培養｜出了…: the rest of a verb is no answer
    last = _CLAUSE_SPLIT_RE.split(text)[-1]
    if last != text and len(last.strip()) <= 3:
        return None  # 如此，我們: a clause's first words are no part of the answer
    if (start, end) == (cand.start, cand.end):
        return cand
    return dataclasses.replace(cand, start=start, end=end, value=text)


# answers naming nobody in particular: 科研團隊, 研究人員, 專家 (the article means
# someone it names elsewhere, or no one worth learning)
_GENERIC_RE = re.compile(
    r"^(?:[\u3400-\u9fff]{0,4}(?:人員|人员|團隊|团队|小組|小组)"
    r"|當地|当地|本地|此地|該地|该地|這裡|这里|那裡|那里|此處|此处|該處|该处|現場|现场"
    r"|(?:當地|当地|本地)[\u3400-\u9fff]{1,4}|一事|此事|該事|该事|這件事|这件事"
    r"|古人|前人|後人|后人|世人|人們|人们|同一地點|同一地点|同一地方|同一時間|同一时间|原地"
    r"|[\u3400-\u9fff]{1,4}人士|知情者"
    r"|有待調查|有待调查|尚待調查|尚待调查|仍在調查|仍在调查|不詳|不详"
    r"|(?:系列)?(?:主題|主题)?(?:系列)?(?:活動|活动)|"  # 推出系列主題活動: what any event does
    r"信息|資訊|资讯|詳情|详情|相關信息|相关信息|組委會|组委会|主辦單位|主办单位|主辦方|主办方|承辦單位|承办单位|黨和政府|党和政府|"
    r"(?:一個|一个|一段)?(?:感人|溫馨|温馨|動人|动人)的?故事|"
    r"事發|事发|[\u3400-\u9fff]{0,4}(?:概況|概况|基本情況|基本情况)|(?:最高)?(?:獎項|奖项)"
    r"|(?:頒獎|颁奖)(?:儀式|仪式|典禮|典礼|晚會|晚会)"
    r"|[\u3400-\u9fff]{0,4}(?:長度|长度|寬度|宽度|高度|面積|面积|深度|重量)"  # what measures 361米
    r"|[\u3400-\u9fff]{0,4}(?:有關|有关|相關|相关)(?:領導|领导|部門|部门|單位|单位)"
    r"|暨[\u3400-\u9fff]{1,8}"
    r"|(?:股份)?有限(?:責任|责任)?(?:公司)?|(?:控股)?(?:集團|集团)(?:公司)?"  # a name's tail
    r"|(?:重要|重大|深遠|深远|積極|积极|現實|现实)(?:的)?(?:意義|意义|作用|影響|影响)"
    r"|館內|馆内|場內|场内|園內|园内|室內|室内|會場|会场|北京時間|北京时间|台北時間|當地時間|当地时间"
    r"|最新(?:消息|進展|进展|動態|动态)|(?:預約|预约|參觀|参观)?(?:額度|额度)"
    r"|(?:意義|意义|影響|影响)(?:重大|深遠|深远)|很大(?:的)?(?:困難|困难|幫助|帮助|影響|影响|壓力|压力)"
    r"|常理|歷史性|历史性|儀式|仪式|第一批|新的主人"
    r"|[\u3400-\u9fff]{0,2}(?:方式|方法|途徑|途径)"  # 預防方式, 申報方式: how, not what
    r"|(?:時間|时间)的?推移|急難愁盼|急难愁盼"  # 隨著時間推移: a set phrase, a slogan
    r"|(?:我|本|該|该)(?:市|區|区|縣|县|省|鎮|镇|鄉|乡|村)"  # 在我區共有三處: says no place
    r"|[\u3400-\u9fff]{1,2}某{1,2}"  # 杨某, 王某某: a name the news kept back
    r"|(?:亮眼|豐碩|丰硕)的?(?:成果|成績|成绩)|(?:事件|悲劇|悲剧)重演|(?:財物|财物)(?:損失|损失)"
    r"|(?:參觀|参观|報名|报名)(?:資訊|资讯|信息)|嘉賓|嘉宾|來賓|来宾"
    r"|(?:情況|情况|症狀|症状|病情)?(?:嚴重|严重|輕微|轻微)者"  # who, by no name
    r"|女士|先生|小姐|太太|阿姨|伯伯|師傅|师傅|大爺|大爷|大媽|大妈"
    r"|(?:該|该|這個|这个|此|本|相關|相关)?(?:項目|项目|協議|协议|計畫|計劃|计划|工程|活動|活动|"
    r"方案|措施|政策|問題|问题|情況|情况|工作|事件|成果|資料|资料|消息|機構|机构|單位|单位|部門|部门)"
    r"|(?:多項|多项|多種|多种|多個|多个|一系列|各項|各项|一些|若干)[\u3400-\u9fff]{0,3}"
    r"(?:措施|方案|政策|活動|活动|工作|計畫|计划|項目|项目|建議|建议)"
    r"|[\u3400-\u9fff]{0,2}"
    r"(?:科學家|科学家|專家|专家|學者|学者|官員|官员|民眾|民众|居民|家族成員|家族成员|記者|记者|筆者|笔者))"
    r"(?:們|们)?$"
)


_INTERJECTION_RE = re.compile(
    r"^[嘘噓哇啊呜嗚哈嘿哎唉喔哦嗯呀咦哼砰轟轰]"
    r"|^([\u3400-\u9fff]{1,2})[!！]?\1[!！]?$"  # 呼!呼!, 咚锵咚锵: a sound
)


def is_exclamation(answer: str) -> bool:
    """Is the answer a cry or a sound (嘘，…; 呜——) rather than something said?"""
    return bool(_INTERJECTION_RE.match(answer.strip("「」『』“”\"' ")))


_HOME_RE = re.compile(
    r"^(?:台灣|臺灣|台湾|中國|中国|我國|我国|全國|全国|國內|国内|大陸|大陆|中國大陸|中国大陆|本市|本縣|本县|全台|全臺)$"
)


def is_home(answer: str) -> bool:
    """Is the answer the country a news story is at home in (台灣, 全國, 大陸)? The
    readers found it obvious in every local story that asked 哪裡 of it."""
    return bool(_HOME_RE.match(answer.strip()))


def is_generic(answer: str) -> bool:
    """Does the answer name nobody in particular (研究人員, 科研團隊), or no place but
    the one the sentence is in (當地, 這裡)?"""
    return bool(_GENERIC_RE.match(answer.strip()))


def gives_head_away(question: str, cand: Candidate, sentence: str, words: Sequence[Token]) -> bool:
    """Does the question already say the answer's head noun (帶動＿＿出口 where the
    answer is 台灣電動自行車 and the question speaks of 電動自行車 before it), all of
    it but its last character, or the place an area answer names (屏東地區)?"""
    span = cand.span(sentence)
    bare = span.strip("「」『』“”《》 ")
    if cand.kind is AnswerKind.TEXT and len(bare) >= 3 and bare[:-1] in question:
        return True  # 攜手泰隆銀行舉辦「＿＿」大賽 → 泰隆銀行杯, 來淡水觀光 → 觀光客
    area = _AREA_END_RE.search(span)
    if area is not None and area.start() >= 2 and span[: area.start()] in question:
        return True  # 對屏東在地而言…帶動哪裡 → 屏東地區: the place is named already
    if cand.kind is not AnswerKind.TEXT or cand.end - cand.start < 4:
        return False
    inside = [w for w in words if cand.start <= w.start and w.end <= cand.end and w.tag != "x"]
    if len(inside) < 2 or len(inside[-1].text) < 2:
        return False
    if inside[-1].text in question:
        return True
    # 喷雾车辆做好喷雾降尘准备，可适时实施＿＿ → 喷雾作业: what kind is said, the rest is a
    # word for any activity
    return (
        len(inside) == 2
        and len(inside[0].text) >= 2
        and inside[0].text in question
        and simplified(inside[-1].text) in _ACTIVITY_HEADS
    )


_AREA_END_RE = re.compile(r"(?:地區|地区|一帶|一带)$")
_ACTIVITY_HEADS = frozenset(
    ["作业", "工作", "活动", "行动", "措施", "准备", "服务", "任务", "作战", "演练", "流程"]
)


_WORDS_AFTER_RE = re.compile(r"的?([^，,。；;、：:「」“”]{1,10})")


def _names_a_place_after(sentence: str, end: int) -> bool:
    """Does a place's name follow the answer (唐家河｜國家級自然保護區)? Then the
    answer names the place too, however like a person's name it looks."""
    m = _WORDS_AFTER_RE.match(sentence, end)
    return m is not None and bool(PLACE_END.search(m.group(1)) or _PLACE_WORD_RE.search(m.group(1)))


def fitting_question_word(
    sentence: str, cand: Candidate, words: Sequence[Token]
) -> Candidate | None:
    """``cand`` asked with a question word that fits what its answer is: 誰 only of a
    person's name, 哪裡 only of a place, 哪個機構 only of an institution; None when the
    word it was given does not fit and no other one surely does (哪裡 → 重大意義)."""
    if cand.kind is not AnswerKind.TEXT or cand.known is not None:
        return cand
    text = cand.span(sentence)
    inside = [w for w in words if cand.start <= w.start and w.end <= cand.end and w.tag != "x"]
    last = inside[-1] if inside else None
    base, of = (cand.asks[:-3], "-of") if cand.asks.endswith("-of") else (cand.asks, "")
    named = last is not None and last.tag in PERSON_TAGS  # the tagger's names, mended
    title = AFTER_A_NAME_END_RE.search(text)
    titled = title is not None and title.start() >= 2  # 尾｜部長 is no title
    # surely a person: a full Chinese name (閆文港), a foreign one (查爾斯·派爾), a title
    full_name = last is not None and (
        (named and (is_chinese_name(last.text) or "·" in text or "‧" in text)) or titled
    )
    if base == "who":
        if PERIOD_AFTER_RE.match(sentence, cand.end):
            return None  # 明成化｜年間: an era, not a person
        return cand if full_name or titled or (named and _may_be_called(last)) else None
    placed = (
        last is not None
        and last.tag[:1] != "v"
        and (  # 下山: a walk, not a mountain
            last.tag in ("s", "f")
            or (last.tag == "ns" and not _ABSTRACT_END_RE.search(text))  # 重大意義 is no place
            or bool(PLACE_END.search(text) or _PLACE_WORD_RE.search(text))
        )
    )
    if base == "where" and _NEGATION_BEFORE_RE.search(sentence, 0, cand.start):
        return None  # 沒有｜塞車: nothing happens nowhere
    if base == "where" and _SIMILE_RE.search(text):
        return None  # 巨壩如銀龍臥波: a figure of speech, whatever the tagger says
    if base == "where" and _DISTANCE_RE.search(text):
        return None  # 不過｜幾米遠: how far, not where
    if base == "where":
        if full_name and named and not _names_a_place_after(sentence, cand.end):
            return dataclasses.replace(cand, asks="who" + of)  # 閆文港 (港): a person
        if placed:
            return cand
        return dataclasses.replace(cand, asks="who" + of) if full_name else None
    if base == "which-org":
        if _HALL_END_RE.search(text):
            return dataclasses.replace(cand, asks="where" + of)  # 市府大廳: a place in a building
        if _EVENT_END_RE.search(text):
            return dataclasses.replace(cand, asks="what" + of)  # 北京冬奧會: no institution
        if sentence[cand.start - 1 : cand.start] in ("位", "名"):
            return None  # 這位＿＿: a person, never an institution
        if (ORG_END.search(text) and not _RANK_END_RE.search(text)) or (
            last is not None and last.tag == "nt"
        ):
            return cand
        return dataclasses.replace(cand, asks="who" + of) if full_name else None
    titled_name = (
        named
        and len(inside) >= 2
        and last is not None
        and is_chinese_name(last.text)
        and bool(BEFORE_A_NAME_END_RE.search(inside[-2].text))
    )
    name_then_title = (
        len(inside) >= 2
        and inside[-2].tag in PERSON_TAGS
        and is_chinese_name(inside[-2].text)
        and bool(AFTER_A_NAME_END_RE.fullmatch(inside[-1].text))
    )
    if (
        base == "what"
        and cand.feature not in (Feature.QUOTE, Feature.WORK, Feature.TERM, Feature.DEFINITION)
        and (titled_name or name_then_title)
        and len(text) <= 12
    ):
        return dataclasses.replace(cand, asks="who" + of)  # 台大校長陳維昭, 孫良明警官: 誰
    if (
        base == "what"
        and cand.feature not in (Feature.QUOTE, Feature.WORK, Feature.TERM, Feature.DEFINITION)
        and _PEOPLE_END_RE.search(text)
        and len(text) <= 16
    ):
        return dataclasses.replace(cand, asks="who" + of)  # 后河村村民, 公交调度人员: 誰, not 什麼
    return cand


# what names people by who they are, not a thing: asked with 誰 (深受誰喜歡 → 村民)
_PEOPLE_END_RE = re.compile(
    r"(?:人員|人员|同學|同学|小朋友|員工|员工|學生|学生|志工|志願者|志愿者|居民|村民|農民|农民|"
    r"市民|民眾|民众|遊客|游客|長者|长者|家長|家长|老人)$"
)


# words that only link a sentence to the one before it: a question opening with one
# leans on what it does not show (也發現了…; 據報導，…; 實際上，…)
_LINK_OPENING_RE = re.compile(
    r"^(?:也|而|但|並且|并且|並|并|且|更|另外|此外|同時|同时|實際上|实际上|事實上|事实上|"
    r"據報導|据报道|據了解|据了解|據悉|据悉|因此|所以|然而|不過|不过|其實|其实|當然|当然|"
    r"值得一提的是|值得注意的是|總之|总之|例如|比如|譬如)\s*[，,]?\s*"
)
_PRONOUN_RE = re.compile(r"(?<![其吉])(?:他|她)(?![們们人])")
_HANGING_END_RE = re.compile(r"(?:的時候|的时候|之時|之时|時|时)？$")
# a question ending in a time or setting it depends on has lost its main clause
_DEPENDENT_END_RE = re.compile(
    r"(?:中|當中|当中|之後|之后|以後|以后|(?<!多久)(?<![年天月])後|(?<!多久)(?<![年天月])后|之前|以前|期間|期间)？$"
)
_EXCEPT_RE = re.compile(r"除了|除")
_DEPENDENT_OPENING_RE = re.compile(
    r"^(?:雖然|虽然|雖|虽|儘管|尽管|即使|如果|假如|若|因為|因为|由於|由于|為了|为了|當|当|隨著|随着)"
)
_POINTS_AHEAD_END_RE = re.compile(r"(?:這樣|这样|如此|這般|这般)(?:的|了)?？$")
_VAGUE_END_RE = re.compile(
    r"(?:^|[，,：:])\s*(?:可能|應該|应该|或許|或许|大概|也|就|都)?是(?:什麼|什么)？$"
)
_READS_AS_WHY_RE = re.compile(r"(?<![因以])[為为](?:什麼|什么)(?!原因)")
# a role and 誰 at the end, with no verb between: the question needs its 是
_WHO_AFTER_ROLE_RE = re.compile(
    r"((?:友|手|員|员|家|者|長|长|師|师|星|冠軍|冠军|主席|總統|总统|經理|经理|教練|教练|代表|得主))(誰|谁)？$"
)
_COORDINATES_RE = re.compile(
    r"\s*[（(][^（）()]*(?:東經|东经|北緯|北纬|西經|西经|南緯|南纬)[^（）()]*[)）]"
)
# 則 right after a short subject, before what it does: contrasts with a sentence not shown
_THEN_AFTER_SUBJECT_RE = re.compile(
    r"^([^，,；;]{1,12}?)(?<![否規规原準准細细法守總总])(?:則|则)"
    r"(?=由|是|為|为|在|有|將|将|會|会|要|可|以|負責|负责|已|仍|改)"
)
# a clause that states a condition, whose consequence must follow
_CONDITION_OPENING_RE = re.compile(
    r"^(?:如果|假如|假若|倘若|若是|若|如|要是|萬一|万一|一旦|只要|除非)"
)
_POINTS_BACK_RE = re.compile(
    r"^(?:它|它們|它们|其|此|該|该|"
    r"(?:這|这)(?:也|就|更|便|才|是|意味|標誌|标志|代表|說明|说明|顯示|显示|讓|让|使))"
)
_POINTS_BACK_INSIDE_RE = re.compile(
    r"它(?![們们])|(?:為|为|對|对|將|将|把|使|讓|让|給|给|與|与|替)其(?![中他它餘余實实])|[，,]其(?![中他它餘余實实])"
)
MAX_QUESTION = 70  # characters: a longer question reads out a paragraph
MIN_CONTEXT = 4  # characters besides the question word: 首先是什麼？ says too little
_CONTENT_RE = re.compile(r"[\u3400-\u9fff]|[A-Za-z0-9]+")


def standing_question(
    question: str, asked: str, antecedent: str | None, answer: str = ""
) -> str | None:
    """``question`` made to stand on its own: without a word linking it to the
    sentence before (也, 據報導), with 他 or 她 named (``antecedent``: the person the
    sentences before it spoke of), without a hanging 時 at its end; None when it
    cannot (它 or 其 with nothing to point at, a clause it depends on missing, too
    long or saying too little, or 他 named by the answer itself). The same words
    serve both scripts."""
    q = question
    while True:
        m = _LINK_OPENING_RE.match(q)
        if m is None or not m.group(0):
            break
        rest = q[m.end() :]
        if len(_CONTENT_RE.findall(rest)) < MIN_CONTEXT + len(asked):
            break
        q = rest
    if _POINTS_BACK_RE.match(q) or _POINTS_BACK_INSIDE_RE.search(q):
        return None  # 它的口徑…, 為其建立…: what 它 or 其 is, the question never says
    pronoun = _PRONOUN_RE.search(q)
    if (
        pronoun is not None
        and antecedent is not None
        and answer
        and (antecedent in answer or answer in antecedent)
    ):
        return None  # 他 is the answer itself: naming him gives it away
    if pronoun is not None and antecedent is not None and antecedent not in q:
        named = antecedent  # with no name near, 他 stays as the article says it
        if named.isascii():  # a space between a Latin name and Chinese, as articles write it
            named = (
                " " if pronoun.start() > 0 and not q[pronoun.start() - 1].isspace() else ""
            ) + named
            named += "" if q[pronoun.end() : pronoun.end() + 1].isspace() else " "
        q = q[: pronoun.start()] + named + q[pronoun.end() :]
    q = _COORDINATES_RE.sub("", q)  # (東經:104.905、北緯:32.576): no help to a learner
    q = _HANGING_END_RE.sub("？", q)
    q = _WHO_AFTER_ROLE_RE.sub(r"\1是\2？", q)  # 第一發燒友誰？ → 第一發燒友是誰？
    if _READS_AS_WHY_RE.search(q):
        return None  # 以「…」為什麼2大燈區: 為 and 什麼 read as "why"
    if _POINTS_AHEAD_END_RE.search(q) or _VAGUE_END_RE.search(q):
        return None  # …就是這樣的？, …可能是什麼？: what it means is in a sentence not shown
    if asked and q.count("、") >= 2 and (f"、{asked}" in q or f"{asked}、" in q):
        return None  # 還有哪裡、天津、福建…: one item blanked out of a long list is a guess
    q = _THEN_AFTER_SUBJECT_RE.sub(
        r"\1", q, count=1
    )  # 台灣則由…負責: 則 leans on the sentence before
    if _DEPENDENT_OPENING_RE.match(q) and last_clause_start(q) == 0:
        return None  # 雖歷經多少個春秋？: a concession without what it concedes
    if _DEPENDENT_END_RE.search(q) or (_EXCEPT_RE.search(q) and q.endswith("外？")):
        return None
    last = q[last_clause_start(q) :]
    if last != q and asked and asked not in last and _CONDITION_OPENING_RE.match(last):
        return None  # 誰稱，如參觀的市民較多？: what was said stops at its condition
    if len(q) > MAX_QUESTION:
        return None
    if len(_CONTENT_RE.findall(q)) - len(_CONTENT_RE.findall(asked)) < MIN_CONTEXT:
        return None
    return q


_NUMBER_RUN_RE = re.compile(r"\d+(?:\.\d+)?")


def gives_number_away(question: str, cand: Candidate) -> bool:
    """Does the question say its own answer's number elsewhere (報名 3 個項目，…共 3 枚)?"""
    if cand.kind is AnswerKind.YEAR and isinstance(cand.value, int):
        return str(cand.value) in _NUMBER_RUN_RE.findall(question)  # 哪一年…，2025年極大值
    if cand.kind is not AnswerKind.NUMBER or not isinstance(cand.value, (int, float)):
        return False
    value = cand.value
    shown = str(int(value)) if float(value).is_integer() else str(value)
    if shown in _NUMBER_RUN_RE.findall(question):
        return True
    numeral = chinese_numeral(int(value)) if float(value).is_integer() else None
    if numeral and cand.unit and re.search(f"(?<![{_NUMERALS}]){numeral}{cand.unit[0]}", question):
        return True  # 十年前…經過多少年努力 → 10年: said in numerals
    # 前幾名分別獲得一百萬、五十萬、廿萬、十萬元: the list says how many
    listed = max((m.group(0).count("、") + 1 for m in _LIST_RE.finditer(question)), default=0)
    if 3 <= listed == value:
        return True
    if value == 2 and _TWO_NAMED_RE.search(question):
        return True  # 设置个人和接力多少个项目: the two are named
    # 分为“百节年为首”“民俗中国年”“万物俱新来”多少个部分: the titles quoted are the count
    quoted = max(
        (len(_QUOTED_ITEM_RE.findall(m.group(0))) for m in _QUOTED_RUN_RE.finditer(question)),
        default=0,
    )
    if 2 <= quoted == value:
        return True
    # 從10萬冊倍增到多少冊？: doubled (or halved) from a number the question says
    if _DOUBLED_RE.search(question):
        said = numbers_in(question)
        return any(abs(2 * a - value) < 1e-9 or abs(a - 2 * value) < 1e-9 for a in said)
    # 累計32例，其中1例本土，多少例境外移入？: the total less the other part
    if "其中" in question:
        said = numbers_in(question)
        return any(abs(a - b - value) < 1e-9 for a in said for b in said if a > b)
    return False


_NUMERALS = "零〇一二兩两三四五六七八九十百千萬万"
_DOUBLED_RE = re.compile(r"倍增|翻倍|翻了一倍|翻一番|增加一倍|增長一倍|增长一倍|減半|减半")
# a list to recall as one answer has at most six items (readers: seven is too many; people
# writing questions on CMRC ask lists of six)
LONGEST_LIST = 6
_LIST_ITEM_SPLIT_RE = re.compile(r"、|以及|及|和|與|与")
_LIST_RE = re.compile(r"[^，,。；;：:、\s]{1,12}(?:、[^，,。；;：:、\s]{1,12})+")
_TWO_NAMED_RE = re.compile(
    r"[\u3400-\u9fff]{1,6}(?:和|與|与|及)[\u3400-\u9fff]{1,6}(?:共|兩|两)?(?:多少|幾|几)(?:個|个|項|项|類|类|種|种)"
)
_QUOTED_ITEM_RE = re.compile(r"[“「『][^”」』]{1,20}[”」』]")
_QUOTED_RUN_RE = re.compile(r"(?:[“「『][^”」』]{1,20}[”」』][、和及与與\s]*){2,}")


# a clause that only says when the next one happens: 自…以來, …之後, …的時候
_SINCE_END_RE = re.compile(r"(?:以來|以来|之後|之后|以後|以后|之前|以前|之際|之际|的時候|的时候)$")


# a cause the question ends with, its effect not said before it (…是因為 says it)
_CAUSE_END_RE = re.compile(r"(?:^|[，,；;])[^，,；;]{0,6}(?<!是)(?:因為|因为|由於|由于)\s*$")


def is_fragment(filled: str, answer: str) -> bool:
    """Is a question's last clause no statement: 首次參加冬奧會的誰？ (the question
    word heads a noun phrase), 到哪一年底？ (nothing but a time), 由誰率領的研究團隊？
    or 首次參加冬奧會的谷愛凌？ (a noun phrase with its modifier)?
    ``filled``: the question with its answer in place of the question word (so its
    last clause's words are cut as in the article).

    The tagger's verbs are too unsure in Traditional text (報告了 as a noun) to ask
    for a predicate in general: only these shapes are judged."""
    body = filled.rstrip("？?")
    at = body.rfind(answer)
    if at < 0:
        return False
    if body.endswith("的" + answer):
        return True
    if _CAUSE_END_RE.search(body[: len(body) - len(answer)]) and body.endswith(answer):
        return True  # 確實因為什麼原因？: a cause, and not what it caused
    if _SINCE_END_RE.search(body):
        return True  # 自1999年…開始運作以來？: a time the point of the sentence follows
    if _DIGIT_RE.search(answer) and _says_nothing_of_whom(body.replace(answer, " ", 1)):
        return True  # 遊客約1.6萬人次？: a number with nothing to say whose it is
    clause_start = last_clause_start(body)
    clause = body[clause_start:]
    if at < clause_start and _CUT_OFF_END_RE.search(body):
        return True  # …，今年上半年外銷包括？, …，與十一月上旬相比？: what follows is cut off
    if _PURPOSE_ONLY_RE.fullmatch(body):
        return True  # 为确保什么进行？: what it is for, and not what is done
    if _MEANS_ONLY_RE.fullmatch(body[clause_start:] if at >= clause_start else body):
        return True  # 以1尾5公斤多的土魠魚來算？, 5公斤以500多元計？: how it is reckoned, no more
    if _PLACE_PHRASE_ONLY_RE.fullmatch(body):
        return True  # 在44屆世賽上？: where, and nothing said of it
    if clause_start > 0 and at < clause_start and _SUBORDINATE_START_RE.match(clause):
        return True  # 誰表示，當網暴發生？: a clause that only leads up to what was said
    if at >= clause_start:  # what the answer's own clause says besides it
        rest = clause.replace(answer, "", 1)
        joined = _JOINED_NAME_RE.fullmatch(rest)
        if joined and (ORG_END.search(joined.group(1)) or PLACE_END.search(joined.group(1))):
            return True  # 台東縣野鳥學會及荒野保護協會？: two names, and nothing said of them
        if _JOINED_ONLY_RE.fullmatch(rest):
            return True  # 2017年10月和今年6月？: one of two things, and nothing said of either
        if len(_CONTENT_RE.findall(rest)) <= 3 and _FROM_TO_RE.match(rest):
            return True  # 到哪一年底？: a time and nothing said of it
    if at < clause_start and _ONLY_A_TIME_RE.match(clause):
        return True  # 為了什麼，去年秋天？: the last clause is a time and nothing else
    if _COPULA_RE.search(clause):
        return False  # …是現存最早的韓國古代歌謠: it says what something is
    if _BY_WHOM_RE.match(clause):
        return True
    if clause_start == 0 and _MODIFIED_NOUN_END_RE.search(clause):
        opening = next((w for w in tokens(clause) if w.tag != "x"), None)
    else:
        opening = None
    if (
        opening is not None
        and opening.tag[:1] == "v"
        and opening.tag != "vn"
        and len(opening.text) >= 2
    ):
        return True  # 生活在北極地區的北極熊和北極狼？: a noun and what it does
    if _NAME_AFTER_DE_RE.search(clause) is None:
        return False
    last = next((w for w in reversed(tokens(clause)) if w.tag != "x"), None)
    return last is not None and last.tag in PERSON_TAGS and clause[: last.start].endswith("的")


# a question ending on what needs more after it (包括…, 與…相比 and the outcome)
_CUT_OFF_END_RE = re.compile(r"(?:包括|包含|相比|相較|相较|比較|比较|比起)$")
# a clause that only leads up to the main one: 當…, 雖然…, 如果…, 剛…
_SUBORDINATE_START_RE = re.compile(
    r"\s*(?:當|当|雖然|虽然|雖|虽|儘管|尽管|即使|即便|如果|假如|假若|若是|倘若|一旦|每當|每当|剛|刚"
    r"|由於|由于|因為|因为|依據|依据|根據|根据|依|隨著|随着|為了|为了)"
)
# nothing but another thing joined to the answer: 和今年6月
_JOINED_ONLY_RE = re.compile(
    r"\s*(?:和|與|与|及|以及|或)[\s\d〇零一二三四五六七八九十百千年月日上下中旬初底去今明本]+"
)
_DIGIT_RE = re.compile(r"\d")
_PLACE_PHRASE_ONLY_RE = re.compile(r"\s*在[^，,；;。]{1,15}(?:上|中|裡|里|內|内)\s*")
_JOINED_NAME_RE = re.compile(r"\s*(?:和|與|与|及|以及)\s*([^，,；;。]{2,12})\s*")


def _says_nothing_of_whom(rest: str) -> bool:
    """Is what a question says beside its number (``rest``) too little to tell whose
    number it is: a short clause opening with a change or a count that the sentence
    before gave its owner (遊客約…人次, 同比增長…, 較去年同期成長…與6.5%; not
    深證成指報…點)?"""
    return len(_CONTENT_RE.findall(rest)) <= 10 and bool(_WHOSE_OPENING_RE.match(rest))


_WHOSE_OPENING_RE = re.compile(
    r"\s*(?:同比|環比|环比|較|较|比去年|比上年|增長|增长|成長|成长|下降|上升|減少|减少|增加"
    r"|遊客|游客|旅客|人數|人数|收入|營收|营收|共計|共计|合計|合计|累計|累计|接待|約|约|其中"
    r"|大概|大約|大约|估計|估计|每公斤|每斤|每台斤)"  # 大概在3000元左右: the price of what?
)


_PURPOSE_ONLY_RE = re.compile(r"\s*(?:為了|为了|為確保|为确保|為使|为使|為讓|为让)[^，,；;：:]*")
_MEANS_ONLY_RE = re.compile(
    r"[^，,；;：]{0,12}?(?:以|按|照)[^，,；;：]*"
    r"(?:來算|来算|計算|计算|(?<![設设統统會会估預预合共總总])(?:計|计))"  # not 按原設計
)
_ONLY_A_TIME_RE = re.compile(
    r"^[\s\d〇零一二三四五六七八九十百千年月日時时分秒上下午前後后初底中去今明昨本春夏秋冬季週周天早晚凌晨半]+$"
)
_FROM_TO_RE = re.compile(r"\s*(?:到|至|截至|截止|直到|自|從|从|於|于|在)")
_MODIFIED_NOUN_END_RE = re.compile(r"的[^的，；;：是為为]{1,10}$")
# 首次參加冬奧會的谷愛凌: a name after 的, at the end
_NAME_AFTER_DE_RE = re.compile(r"的[^的]{2,8}$")
_COPULA_RE = re.compile(r"是|為|为|乃|屬於|属于|稱為|称为|有")
_BY_WHOM_RE = re.compile(
    r"^\s*(?:由|這座|这座|這個|这个|這位|这位|這項|这项|該|该)[^，；;：]*的[^的，；;：]{1,8}$"
)  # 由誰率領的研究團隊


def last_clause_start(text: str) -> int:
    """Where the last clause of ``text`` starts (after its last comma or semicolon)."""
    marks = [m.end() for m in CLAUSE_MARK_RE.finditer(text)]
    return marks[-1] if marks else 0


def gives_setting_away(answer: str, heading: str, dateline: str) -> bool:
    """Does the line above every card (the article's or section's title) or the
    dateline (新華社維也納10月21日電) already say the answer? Most of it, for a
    longer one (half, or any three characters in a row): 爆米花棒球聯盟 under
    爆米花棒球賽…, 台灣府城 under 清領府城…, 稻熱病疫情頻傳 under 農民憂稻熱病…;
    all of it for two characters."""
    key = normalize(answer)
    bare = _AREA_WORDS_RE.sub("", key)  # 於賽嘉地區 is 賽嘉 (under 2018賽嘉飛行嘉年華)
    if len(bare) >= 2:
        key = bare
    if len(key) < 2:
        return False
    if dateline and key in _folded(dateline):
        return True  # 維也納: where the article was filed is its setting, not a fact
    title = _folded(heading)
    if any(key.endswith(city) and any(n in title for n in names) for city, names in _NICKNAMES):
        return True  # 上海 under 沪上…, 广州 under 羊城…: the city by its other name
    if len(key) == 2:
        # 嘉義 under 嘉市…: a city's short name in the title says it too
        return key in title or any(key[0] + end in title for end in ("市", "县"))
    run = _longest_common_run(key, title)
    if run >= 3 or run >= max(2, math.ceil(0.5 * len(key))):
        return True
    if _pieced_from(key[:-1] if key[-1] in _PLACE_ENDS else key, title):
        return True  # 云南施甸县 under …云南国际定向公开赛施甸…: each part is in it
    if any(
        key[-n] + end in title
        for n in (3, 4)
        if n <= len(key) and key[-1] not in _PLACE_ENDS
        for end in ("市", "县")
    ):
        return True  # 烏魯木齊 under 烏市…, 哈爾濱 under 哈市…: the city's short name
    government = _GOVERNMENT_END_RE.search(key)
    if government is not None and government.start() >= 2 and key[: government.start()] in title:
        return True  # 香港特區政府 under 香港援建…: the place's government, named by it
    return ORG_END.search(answer) is not None and _abbreviated_in(key, heading)


def _pieced_from(key: str, title: str) -> bool:
    """Is ``key`` (four characters or more) made of pieces of two or more characters
    that each stand in ``title``?"""
    if len(key) < 4:
        return False
    at = 0
    while at < len(key):
        n = next((n for n in range(len(key) - at, 1, -1) if key[at : at + n] in title), 0)
        if n == 0:
            return False
        at += n
    return True


_AREA_WORDS_RE = re.compile(r"^[于在]|(?:地区|一带|附近|周边|境内)$")
# 二次 before a word: second, secondary (二次批發, 二次創業), not a count
_SECONDARY_RE = re.compile(r"二次[\u3400-\u9fff]")
# an answer ending on a one-character adverb of the next clause (…體驗區｜則充滿)
_ADVERB_END_RE = re.compile(
    r"[\u3400-\u9fff]{2}(?:[則则剛刚就才也都還还又便卻却]|依序|依次|陸續|陆续|隨即|随即)$"
)
_PREPOSITION_END_RE = re.compile(r"[\u3400-\u9fff]{2}[以將将被把]$")
_ABOUT_COUNT_RE = re.compile(r"([\d,]+(?:\.\d+)?)\s*(?:餘|余|多)")
_REPORTER_BEFORE_RE = re.compile(r"(?:記者|记者)\s*$")
# a small amount in numerals that may open a name (三元能源, 五福臨門)
_NAMED_NUMERAL_RE = re.compile(r"[一二三四五六七八九十]{1,2}元")
# the paper, before its reporter: 揚子晚報/紫牛新聞記者, 本報記者
_OUTLET_AFTER_RE = re.compile(r"\s*(?:[／/][^，,。；;\s]{0,8}?)?(?:記者|记者)")
# the day the reporter learnt it, or that there is news: 5月5日，記者獲悉 / 有了最新消息
_REPORTED_ON_RE = re.compile(
    r"\s*[，,]?\s*(?:(?:記者|记者)[^，,。；;]{0,12}?(?:獲悉|获悉|了解到|瞭解到|得知|從|从)"
    r"|[^，,。；;]{0,40}?最新(?:消息|進展|进展|動態|动态))"
)
_MONTH_DAY_RE = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def _title_dates(answer: str, heading: str) -> bool:
    """Does the title give the answer's day as headlines write it (5.27啟用 above
    5月27日, 3/8開幕 above 3月8日)?"""
    m = _MONTH_DAY_RE.fullmatch(answer.strip())
    if m is None or not heading:
        return False
    month, day = int(m.group(1)), int(m.group(2))
    return re.search(rf"(?<![\d.]){month}\s*[./月]\s*{day}(?![\d])", heading) is not None


# cities the news calls by another name (folded to Simplified, as titles are here)
_NICKNAMES = (
    ("上海", ("沪", "申城")),
    ("北京", ("京城", "京华")),
    ("广州", ("穗", "羊城")),
    ("重庆", ("渝",)),
    ("深圳", ("鹏城",)),
    ("成都", ("蓉城",)),
    ("武汉", ("江城",)),
    ("济南", ("泉城",)),
    ("福州", ("榕城",)),
    ("哈尔滨", ("冰城",)),
    ("昆明", ("春城",)),
    ("长沙", ("星城",)),
)
_PLACE_ENDS = frozenset("区县市镇乡村州省")  # 花東地區 is no city 東 (台東縣 above it)
_GOVERNMENT_END_RE = re.compile(
    r"(?:特别行政区政府|特别行政区|特区政府|市政府|县政府|省政府|政府|当局)$"
)


def _abbreviated_in(key: str, heading: str) -> bool:
    """Does the title call the organisation by its short name (海大 for 國立台灣海洋
    大學, 國研院 for 國家實驗研究院): a word of the title made of the name's
    characters, in order but not in a row?"""
    for word in tokens(heading):
        short = normalize(word.text)
        if not 2 <= len(short) <= 4 or short in key or not all(is_han(c) for c in short):
            continue
        at = 0
        for ch in short:
            at = key.find(ch, at) + 1
            if at == 0:
                break
        else:
            return True
    return False


def title_states_number(value: float, heading: str, written: str = "") -> bool:
    """Does the line above the card say the answer's number (逾5.4萬人次 above a
    card asking how many: 54,000; 3.8萬宗 above 38,187), or a small one as the
    sentence writes it (6天 above 「6天17.3萬市民逛廟會」)?"""
    if value >= 10 and (states_number(heading, value) or rounds_to(heading, value)):
        return True
    if len(written) >= 2 and _folded(written) in _folded(heading):
        return True
    numeral = chinese_numeral(int(value)) if value == int(value) else None
    unit = _UNIT_AFTER_RE.match(written)
    # 3天 under 停水三天: the title writes the small number in numerals
    if numeral and unit and unit.group(1) and numeral + unit.group(1) in heading:
        return True
    # 4公尺 under 4米豆腐鯊, 7輪 under 七戰全勝: a small count the title gives with a measure
    # word of its own (not a date's or a time's)
    if 2 <= value < 10 and value == int(value) and numeral:
        for m in _SMALL_COUNT_RE.finditer(heading):
            if m.group(1) in (str(int(value)), numeral):
                return True
    return False


_SMALL_COUNT_RE = re.compile(
    r"(?<![\d.〇零一二兩两三四五六七八九十百千萬万億亿第])([2-9]|[二兩两三四五六七八九])"
    r"(?=[個个人名位件項项場场次輪轮局屆届隻只頭头座間间家所條条台輛辆艘架張张本部把米尺噸吨"
    r"戰战強强連连冠勝胜敗败層层樓楼天週周])"  # a measure word (not 三峽, 五福: names)
)


_UNIT_AFTER_RE = re.compile(r"[\d.,]+\s*([\u3400-\u9fff])?")


@functools.lru_cache(maxsize=64)
def _folded(line: str) -> str:
    """A title or dateline, folded once for all the drafts under it."""
    return normalize(line)


def _longest_common_run(a: str, b: str) -> int:
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


@dataclass(frozen=True, slots=True)
class Day:
    """The day an article speaks from (its date, or its dateline's): 今天 in it is
    this day; the year is known only when the article's date gives it."""

    month: int
    day: int
    year: int | None = None

    def text(self) -> str:
        return f"{self.month}月{self.day}日"

    def before(self, days_before: int) -> str | None:
        """The day ``days_before`` earlier, if it can be told without the year."""
        if self.year is not None:
            earlier = datetime.date(self.year, self.month, self.day) - datetime.timedelta(
                days=days_before
            )
            return f"{earlier.month}月{earlier.day}日"
        if self.day > days_before:
            return f"{self.month}月{self.day - days_before}日"
        return None


_TODAY_RE = re.compile(r"今天(?!的)|今日(?![的美頭头])")
_YESTERDAY_RE = re.compile(r"昨天(?!的)|昨日(?!的)")
_YEAR_WORD_RE = re.compile(r"今年|去年|明年")
_YEAR_SHIFT = {"今年": 0, "去年": -1, "明年": 1}


def anchored(question: str, day: Day | None) -> str:
    """``question`` with 今天, 昨天 and 今年 said as the dates they were when the
    article was written (今天比賽 → 1月26日比賽): on a card read months later,
    今天 means nothing. Unchanged when the article's day is unknown."""
    if day is None:
        return question
    q = _unquoted_sub(_TODAY_RE, lambda _: day.text(), question)
    yesterday = day.before(1)
    if yesterday is not None:
        q = _unquoted_sub(_YESTERDAY_RE, lambda _: yesterday, q)
    if day.year is not None:
        year = day.year
        q = _unquoted_sub(_YEAR_WORD_RE, lambda m: f"{year + _YEAR_SHIFT[m.group(0)]}年", q)
    return q


def _unquoted_sub(pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str], text: str) -> str:
    """``pattern.sub(repl, text)``, except inside quotation marks (「今天很開心」 stays as
    the speaker said it, also where the question cuts the quotation off: a card must not
    misquote)."""
    return pattern.sub(lambda m: m.group(0) if inside_quotation(text, m.start()) else repl(m), text)


# 新華社報導，…: the agency that reported the sentence's news, at its start
_REPORTED_BY_RE = re.compile(r"\s*(?:的)?(?:報導|报道|報道|消息|電|电)\s*[，,：:]")
# (the source may stand in 《》 or 「」: 根據《Creatrip》報導)
_SOURCE_BEFORE_RE = re.compile(r"(?:根據|根据|依據|依据|依照|據|据|來自|来自)\s*[《「“]?\s*$")
_SOURCE_AFTER_RE = re.compile(
    r"\s*[》」”]?\s*(?:的|所)?\s*(?:介紹|介绍|報導|报道|統計|统计|資料|资料|調查|调查|消息|信息|資訊|资讯|"
    r"指出|顯示|显示|記載|记载|公布|發布|发布|報告|报告)"
)


# …發布的信息 (with a time between): the answer published what the sentence reports
_RELEASED_AFTER_RE = re.compile(
    r"[^，,。；;]{0,8}?(?:發布|发布|發佈|公布)的?(?:信息|消息|資訊|资讯|數據|数据|資料|资料|統計|统计)"
)


def _in_a_list_of_guests(sentence: str, start: int, end: int) -> bool:
    """Is the person one of a list (、 or 以及 beside the name) of those who only
    attended (出席, 與會, 到場, 蒞臨)? Readers: which official came is trivia."""
    listed = sentence[end : end + 1] == "、" or sentence[max(0, start - 8) : start].count("、") > 0
    listed = listed or _GUEST_JOIN_RE.match(sentence, end) is not None
    return listed and _ATTENDED_RE.match(sentence, end) is not None


_GUEST_JOIN_RE = re.compile(r"\s*(?:以及|及|和|與|与)")
_ATTENDED_RE = re.compile(
    r"[^。；;！？!?]{0,90}?(?:出席|與會|与会|到場|到场|蒞臨|莅临|應邀參加|应邀参加|陪同)"
)


def only_names_a_source(sentence: str, start: int, end: int) -> bool:
    """Is the answer only where the sentence says its news comes from (根據｜國家文化
    資產網｜介紹, 來自｜氣象局｜的信息, 國家旅遊局官網｜14日發布的信息)? Not worth
    learning: the card would test the citation, not the fact."""
    if _RELEASED_AFTER_RE.match(sentence, end):
        return True
    if _REPORTED_BY_RE.match(sentence, end) and not sentence[:start].strip("「“ "):
        return True  # 新華社報導，…
    return bool(
        _SOURCE_BEFORE_RE.search(sentence, max(0, start - 4), start)
        and _SOURCE_AFTER_RE.match(sentence, end)
    )


_REPORTER_RE = re.compile(r"記者|记者")
_REPORTER_CLAUSE_RE = re.compile(r"\s*(?:記者|记者)")
_FOUND_RE = re.compile(r"發現|发现|看到|獲悉|获悉|了解到|瞭解到|注意到|觀察到|观察到")


def _in_the_reporters_visit(sentence: str, start: int, end: int) -> bool:
    """Does the answer say where the reporter went or looked, in a clause that opens with
    the reporter and goes on to what was found (記者走訪｜部分農貿市場｜後發現)?"""
    opens = last_clause_start(sentence[:start])
    clause_end = _CLAUSE_SPLIT_RE.search(sentence, end)
    rest = sentence[end : clause_end.start() if clause_end else len(sentence)]
    return bool(_REPORTER_CLAUSE_RE.match(sentence, opens) and _FOUND_RE.search(rest))


# what follows a surname when the news names nobody: 陳先生, 李老太太, 王男, 林姓男子
_ANONYMOUS_RE = re.compile(
    r"(?:" + FORM_OF_ADDRESS + r"|阿伯|阿嬤|阿公|大爺|大爷|大媽|大妈|師傅|师傅|男|女"
    r"|姓(?:男子|女子|男童|女童|男|女|民眾|民众|司機|司机|婦人|妇人|老翁|老婦|老妇))"
)
_LEAP = ("閏", "闰", "潤", "润")
_DAY_AFTER_RE = re.compile(r"\d{1,2}\s*日\s*[後后]")
_REPORTER_AFTER_RE = re.compile(
    r"\s*(?:上午|下午|晚上|中午|早上|傍晚|凌晨)?\s*[，,]?\s*(?:記者|记者|筆者|笔者)"
)
_RESULTS_PLACES_RE = re.compile(
    r"第[一二三四五六七八九十\d]{1,2}名\s*[：:]?\s*[\u3400-\u9fff]{2,4}[，,、]"
)
# a clause supposing a case (假設售價為3元): its figures are made up (not 例如 or 如, which
# the news writes before real cases: 例如台東縣的學生…獲得特優獎)
_EXAMPLE_RE = re.compile(r"\s*(?:假設|假设|假如|假定|比方說|比方说|打個比方|打个比方)")
_MONTH_START_RE = re.compile(r"\s*(?:\d{1,2}|[一二三四五六七八九十正臘腊]{1,2})月")
# a scene likened to a place one stands in (彷彿置身, 宛如走進): a figure of speech
_SCENE_LIKENED_RE = re.compile(
    r"(?:像|彷彿|仿佛|宛如|猶如|犹如|好似|如同)(?:是)?(?:置身|身處|身处|走進|走进|來到|来到|進入|进入)"
    r"(?:於|于|在|到)?\s*$"
)
# people the news meets, not its actors: 市民, 遊客, 路人, 攤主 …
_MET = (
    "市民|民眾|民众|遊客|游客|旅客|居民|村民|網友|网友|乘客|路人|消費者|消费者|車主|车主|攤主|摊主"
)
# who a passer-by is, before the surname: 台東旅客｜王先生, 路人｜林先生
_ROLE_BEFORE_RE = re.compile(
    r"^[\u3400-\u9fff]{0,4}?(?:" + _MET + r"|業主|业主|患者|病患|家長|家长"
    r"|司機|司机|店家|老闆|老板|員工|员工|學生|学生)"
)
# a passer-by the news names: 市民吳燕玲, 遊客王小明 (the role right before the name)
_PASSER_BY = r"(?:" + _MET + r"|攤商|摊商|店主|店員|店员)"
_PASSER_BY_BEFORE_RE = re.compile(_PASSER_BY + r"\s*$")
_PASSER_BY_AFTER_RE = re.compile(r"[”」』\"]?\s*" + _PASSER_BY)
_PASSER_BY_SPEAKS_RE = re.compile(
    _PASSER_BY + r"[\u3400-\u9fff]{2,3}(?:說|说|表示|告訴|告诉|感嘆|感叹|笑著說|笑着说)"
)
# what a speech or a reporter praises: the readers found an answer ending so stock (sets
# 76-87: none usable of 14; with 成果, 精神, 幸福 and 體驗 as well, 6 of 22)
_PRAISE_END_RE = re.compile(
    r"(?:魅力|厚度|風采|风采|風貌|风貌|氛圍|氛围|向心力|努力|心聲|心声|溫暖|温暖"
    # (not 核動力 or 人工智慧: terms, not praise)
    r"|(?:的|新|滿|满)(?:活力|動力|动力|希望|智慧)"
    r"|熱情|热情|喜悅|喜悦|歡樂|欢乐|祝福聲?|祝福声|美好|風光|风光|情懷|情怀|記憶|记忆"
    r"|鄉愁|乡愁|煙火氣|烟火气|底蘊|底蕴|盛況|盛况|奇觀|奇观|期待|信心|決心|决心|眼前一亮|一堂)$"
)
_PSEUDONYM_RE = re.compile(r"[^，,。；;]{0,6}?[（(]\s*(?:化名|匿名|假名)\s*[）)]")
_OPENING_MARKS = ("《", "「", "『", "“", "〈")  # a title may ask (《如何閱讀一本書》)
_QUESTION_WORD_RE = re.compile(r"何時|何时|為何|为何|如何|什麼|什么|哪裡|哪里|多少|是否")
# whose age a number is: a passer-by's (65岁的上海市民朱阿姨) or her family's (7岁的小女儿)
_WHOSE_AGE_RE = re.compile(
    r"[^，,。；;]{0,6}?(?:" + _PASSER_BY + r"|女士|先生|阿姨|大爺|大爷|奶奶|爺爺|爷爷|阿公|阿嬤"
    r"|阿嬷|女兒|女儿|兒子|儿子|孫女|孙女|外孫|外孙|老伴)"
)
_INVITATION_RE = re.compile(r"\s*(?:歡迎|欢迎|誠邀|诚邀|邀請大家|邀请大家|邀請民眾|邀请民众)")
_UNDETERMINED_RE = re.compile(r"調查|调查|釐清|厘清|待查|不明|有待|尚待|了解中|瞭解中|追查")
_CAUSE_BEFORE_RE = re.compile(r"原因\s*(?:仍|尚|還|还|則|则)?\s*$")


def not_worth_asking(sentence: str, cand: Candidate, heading: str, dateline: str) -> bool:
    """Is the answer nothing to learn, however it is asked: nobody in particular
    (研究人員), a cry (噓，…), the country a local story is at home in asked where
    (台灣), what the line above the card or the dateline says already (its words, or
    its number), or the source the sentence cites (根據｜…｜介紹)?"""
    answer = cand.span(sentence)
    if is_generic(answer) or is_exclamation(answer):
        return True
    if cand.kind is AnswerKind.TEXT and _in_a_list_of_guests(sentence, cand.start, cand.end):
        return True  # 縣長…、鎮代會主席陳天成…也出席: one guest of many, trivia
    if cand.kind is AnswerKind.TEXT and answer.strip() in EMERGENCY_NUMBERS:
        return True  # 由「120」急救送醫: the number everyone calls, nothing to learn
    if cand.kind is AnswerKind.TEXT and _PRAISE_END_RE.search(answer):
        return True  # 金門歷史魅力與文化厚度, 青春风采, 凝聚社區向心力: praise, no fact
    if "list" in cand.roles and len(_LIST_ITEM_SPLIT_RE.split(answer)) > LONGEST_LIST:
        return True  # 新加坡、馬來西亞、香港、尼泊爾、大陸、韓國及日本: too many to recall as one
    if _QUESTION_WORD_RE.search(answer) and not answer.startswith(_OPENING_MARKS):
        return True  # 至於運動中心｜何時能｜開放: the article asks it too, no answer
    if cand.unit in ("歲", "岁") and _WHOSE_AGE_RE.match(sentence, cand.end):
        return True  # 65岁的上海市民朱阿姨: a passer-by's age
    if _PSEUDONYM_RE.match(sentence, cand.end) or (
        cand.unit in ("歲", "岁") and _PSEUDONYM_RE.search(sentence, cand.end, cand.end + 12)
    ):
        return True  # 赵万芳(化名), 73岁的赵万芳(化名): a name the news made up, and her age
    if _INVITATION_RE.match(sentence, last_clause_start(sentence[: cand.start])):
        return True  # 欢迎广大市民朋友前去｜参观体验: an invitation, nothing to learn
    for m in _QUOTED_RUN_RE.finditer(sentence):
        if m.start() < cand.start < m.end() and len(_QUOTED_ITEM_RE.findall(m.group(0))) >= 3:
            return True  # “人才开发优秀单位”“…”“首席技师”…: one title of a list, by its place
    if _REPORTER_RE.search(answer) or _in_the_reporters_visit(sentence, cand.start, cand.end):
        return True  # 記者實地走訪, 記者走訪｜部分農貿市場｜後發現: how the news was got
    if cand.asks.startswith("where") and is_home(answer):
        return True
    unnamed = _ROLE_BEFORE_RE.sub("", answer)
    if unnamed[:1] in SURNAMES and _ANONYMOUS_RE.fullmatch(unnamed[1:]):
        return True  # 陳先生, 路人林先生, 王男, 李姓男子: a passer-by the news does not name
    if cand.feature is Feature.PERSON and _PASSER_BY_BEFORE_RE.search(sentence, 0, cand.start):
        return True  # 剛打完疫苗的市民｜吳燕玲: a passer-by, named or not
    if cand.feature is Feature.QUOTE and (
        _PASSER_BY_SPEAKS_RE.search(sentence) or _PASSER_BY_AFTER_RE.match(sentence, cand.end)
    ):
        return True  # “今天接種很順利…”市民吳燕玲說道, “菜品丰富…”市民李菊妹…: a passer-by's words
    if _UNDETERMINED_RE.search(answer) and _CAUSE_BEFORE_RE.search(sentence[: cand.start]):
        return True  # 起火原因｜正由消防局調查釐清: that the cause is not known yet
    if _SECONDARY_RE.match(sentence, cand.start):
        return True  # 二次批發 is resale, not twice (twice is 兩次)
    if _DAY_AFTER_RE.fullmatch(answer) and _MONTH_DAY_RE.search(sentence, 0, cand.start):
        return True  # 2月5日…得知6日後會有大雪: the 6th of the month, or six days later?
    if cand.feature in (Feature.DATE, Feature.TIME) and _REPORTER_AFTER_RE.match(
        sentence, cand.end
    ):
        return True  # 7月13日下午，記者在…看到: when the reporter went, not the news
    if len(_RESULTS_PLACES_RE.findall(sentence)) >= 2:
        return True  # 一年級組：第一名｜章小明，第二名王大同、…: a line of a results table
    if _EXAMPLE_RE.match(sentence, last_clause_start(sentence[: cand.start])):
        return True  # 假設售價為｜3元: the figures of a supposed case, no fact
    if (
        answer.startswith(DIALLING)
        or TELEPHONE_RE.search(answer)
        or TELEPHONE_RE.match(sentence, cand.end)
    ):
        return True  # 電洽｜文化處, 資訊科08-7360330分機2111: whom to call, a number to dial
    if _SCENE_LIKENED_RE.search(sentence, max(0, cand.start - 8), cand.start):
        return True  # 就像置身｜在美麗的桃花源: what a scene is likened to, no fact
    if (sentence[cand.start - 1 : cand.start] in _LEAP and cand.start > 0) or (
        answer[-1:] in _LEAP and _MONTH_START_RE.match(sentence, cand.end)
    ):
        return True  # 農曆閏｜6月, 農曆閏｜: the leap month of a calendar year, no date of the news
    if cand.feature is not Feature.PERSON and _ADVERB_END_RE.search(answer):
        return True  # 箱子裝剛, 體驗區則: the answer runs into the next clause's adverb
    if (
        cand.feature is not Feature.QUOTE
        and _PREPOSITION_END_RE.search(answer)
        and not is_common_word(answer[-2:])
    ):
        return True  # 日本天皇裕仁以: the answer runs into the preposition after it (not 可以)
    if _REPORTER_BEFORE_RE.search(sentence, 0, cand.start):
        return True  # TVBS記者｜郭展毓：…: the reporter, not the news
    if cand.kind is AnswerKind.NUMBER and (
        _NAMED_NUMERAL_RE.fullmatch(answer) or _NAMED_NUMERAL_RE.fullmatch(answer + cand.unit)
    ):
        at = cand.end + (len(cand.unit) if sentence.startswith(cand.unit, cand.end) else 0)
        after = next((w for w in tokens(sentence[at : at + 6]) if w.text.strip()), None)
        if after is not None and after.tag[:1] == "n" and after.text not in ("錢", "钱"):
            return True  # 三元｜能源科技: a number in a company's name (not 三元錢)
    if _OUTLET_AFTER_RE.match(sentence, cand.end):
        return True  # 揚子晚報｜/紫牛新聞記者從…了解到: the paper that reports it
    if cand.feature in (Feature.DATE, Feature.TIME) and _REPORTED_ON_RE.match(sentence, cand.end):
        return True  # 5月5日｜，記者獲悉，…: the day the news came, not the news
    if gives_setting_away(answer, heading, dateline) or _title_dates(answer, heading):
        return True
    if (
        cand.kind in (AnswerKind.NUMBER, AnswerKind.YEAR)
        and isinstance(cand.value, int | float)
        and title_states_number(float(cand.value), heading, answer + cand.unit)
    ):
        return True  # 逾5.4萬人次 (or 2026年) in the title, and the card asks how many
    about = _ABOUT_COUNT_RE.match(answer) if cand.asks == "how-many" else None
    if about and title_states_number(float(about.group(1).replace(",", "")), heading):
        return True  # 1000餘戶 under 千餘戶居民遷新居: about as many as the title says
    return only_names_a_source(sentence, cand.start, cand.end)
