"""Names, noun phrases and the phrases a sentence's grammar marks as answers.

From a sentence's words (:mod:`.segment`) this finds:

* **names**: people, places and organisations by their tags and their endings
  (…大學, …公司, …省, …島), works in 《》 and terms in 「」;
* **noun phrases**: runs of nouns (交通部觀光局, 馬祖列島), the subject a
  sentence opens with, the object after a verb;
* what the wording points at: a place after 位於, a name after 稱為 / 又稱 / 簡稱,
  a defined term (X 是 / 指 / 即 Y), an agent after 由 (由 X 創立), a cause after
  因為 / 由於 / 因, a purpose after 為了, a comparison after 比, and the thing
  a sentence calls the largest / first / only (最 / 第一 / 唯一 / 首).

Every phrase is a :class:`Phrase`: offsets in the sentence, what kind of answer
it is, and the roles that make it worth asking about.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from enum import Enum

from studyapp.core.importer.names import is_chinese_name
from studyapp.core.importer.segment import PERSON_TAGS, Token, tokens
from studyapp.core.importer.titles import BEFORE_A_NAME_END_RE, HONORIFIC_END_RE


class PhraseKind(str, Enum):
    PERSON = "person"
    PLACE = "place"
    ORGANIZATION = "organization"
    WORK = "work"
    TERM = "term"
    THING = "thing"  # any other noun phrase
    CAUSE = "cause"
    PURPOSE = "purpose"
    PREDICATE = "predicate"  # what the clause says its subject does or is: a verb's object to the clause's end


@dataclass(frozen=True, slots=True)
class Phrase:
    kind: PhraseKind
    start: int
    end: int
    roles: frozenset[str] = (
        frozenset()
    )  # subject, object, located, named, defined, agent, compared, superlative, proper, quoted

    def text(self, sentence: str) -> str:
        return sentence[self.start : self.end]


_PROPER = frozenset({"nr", "nrt", "nrfg", "ns", "nt", "nz"})
_NOUNS = frozenset({"n", "ng", "nw", "eng", "j", "vn", "s", "an", *_PROPER})
_HEAD_OK = frozenset({"n", "nw", "eng", "j", "s", "an", "ng", *_PROPER})
_JOINERS = frozenset("·‧・•-")
_MODEL_RE = re.compile(r"[\d一二三四五六七八九十]+[號号型]")

ORG_END = re.compile(
    r"(?:公司|集團|集团|大學|大学|學院|学院|學校|学校|中學|中学|小學|小学|協會|协会|學會|学会|委員會|委员会|"
    r"基金會|基金会|研究所|研究院|實驗室|实验室|政府|議會|议会|法院|銀行|银行|醫院|医院|電視台|电视台|電台|电台|"
    r"報社|报社|出版社|組織|组织|聯盟|联盟|黨|党|軍|军|部隊|部队|樂團|乐团|球隊|球队|俱樂部|俱乐部|"
    r"教會|教会|部|局|署|處|处|廳|厅|院|會|会|社|(?<![氣气])團|(?<![氣气])团|隊|队|所)$"
)  # not a cold air mass (冷氣團)
PLACE_END = re.compile(
    r"(?:省|市|縣|县|鎮|镇|鄉|乡|村|區|区|州|國|国|島|岛|群島|群岛|列島|列岛|半島|半岛|山|山脈|山脉|河|江|湖|海|灣|湾|"
    r"洋|洲|城|港|站|路|街|橋|桥|宮|宫|寺|廟|庙|公園|公园|機場|机场|海峽|海峡|盆地|平原|高原|沙漠|流域|地區|地区|基地)$"
)
_PERSON_NEAR = re.compile(
    r"^(?:說|说|表示|認為|认为|指出|曾|出生|生於|生于|逝世|去世|擔任|担任|當選|当选|先生|女士|教授|博士|等人|與其|与其)"
)
_GENERIC = frozenset(
    [
        "大家",
        "人人",
        "自己",
        "雙方",
        "双方",
        "對方",
        "对方",
        "時間",
        "时间",
        "問題",
        "问题",
        "方面",
        "方式",
        "情況",
        "情况",
        "部分",
        "地方",
        "東西",
        "东西",
        "人們",
        "人们",
        "世界",
        "國家",
        "国家",
        "地區",
        "地区",
        "時期",
        "时期",
        "時候",
        "时候",
        "原因",
        "結果",
        "结果",
        "關係",
        "关系",
        "過程",
        "过程",
        "目的",
        "作用",
        "影響",
        "影响",
        "內容",
        "内容",
        "事情",
        "工作",
        "活動",
        "活动",
        "發展",
        "发展",
        "研究",
        "社會",
        "社会",
        "特色",
        "之一",
        "其中",
        "以上",
        "以下",
        "之間",
        "之间",
        "左右",
        "一些",
        "一般",
        "主要",
        "重要",
        "其他",
        "其它",
        "這些",
        "这些",
        "那些",
        "此外",
        "同時",
        "同时",
        "當時",
        "当时",
        "目前",
        "現在",
        "现在",
        "今天",
        "後來",
        "后来",
        "以後",
        "以后",
        "之後",
        "之后",
        "以前",
        "之前",
        "開始",
        "开始",
        "成為",
        "成为",
        "進行",
        "进行",
        "使用",
        "包括",
        "大部分",
        "一部分",
        "許多",
        "许多",
    ]
)
_LOCATE_RE = re.compile(
    r"(?:位於|位于|坐落於|坐落于|座落於|座落于|地處|地处|設於|设于|設在|设在|總部在|总部在|總部設於|总部设于)"
)
_NAME_RE = re.compile(
    r"(?:又稱為|又称为|又稱作|又称作|又稱|又称|簡稱為|简称为|簡稱|简称|俗稱|俗称|通稱|通称|別稱|别称|別名|别名|"
    r"舊稱|旧称|原名|本名|全名|全稱|全称|暱稱|昵称|譯為|译为|稱之為|称之为|稱為|称为|稱作|称作|叫做|叫作|名為|名为|"
    r"命名為|命名为|譽為|誉为|被稱為|被称为|號稱|号称|人稱|人称|學名|学名|英文名|英語|英语|英文)(?:是|為|为)?[：:]?"
)
_DEFINE_RE = re.compile(
    r"(?:是指|指的是|即是|就是|乃是|是|指(?![出著着向明稱称])|即|乃|為|为)(?![否不])"
)
_AGENT_RE = re.compile(
    r"(?:由|被|經|经)(?P<np>[^，。；、,;]{2,14}?)(?:所|於|于|在[^，。；]{0,8})?"
    r"(?:創立|创立|創辦|创办|建立|設立|设立|成立|設計|设计|發明|发明|提出|開發|开发|發現|发现|主持|領導|领导|管理|"
    r"建造|興建|兴建|修建|負責|负责|組成|组成|捐獻|捐献|撰寫|撰写|編寫|编写|編纂|编纂|創作|创作|製作|制作|執導|执导|"
    r"主演|演唱|作曲|作詞|作词|出版|發行|发行|收購|收购|統治|统治|控制|擁有|拥有|命名|資助|资助|贊助|赞助|舉辦|举办|"
    r"主辦|主办|演出|繪製|绘制|翻譯|翻译|攻佔|攻占|佔領|占领|殺害|杀害|取代|繼承|继承|接任|擊敗|击败)"
)
_LOCALITY_RE = re.compile(r"(?:附近|一帶|一带|之間|之间|境內|境内|上|中|內|内|裡|里|外|旁|邊|边)")
CAUSE_RE = re.compile(
    r"(?:因為|因为|由於|由于|源於|源于|出於|出于|歸因於|归因于|因(?![此而為为素子應应]))"
)
_PURPOSE_RE = re.compile(
    r"(?:為了|为了|旨在|以便|用以|用來|用来|用於|用于|目的是|目的在於|目的在于)"
)
_CLAUSE_END = re.compile(r"[，,。；;：:！？!?]|而(?=[^\s])|所以|因此|才|便")
_COMPARE_RE = re.compile(r"比(?![較较例率賽赛如喻])")
_SUPERLATIVE_RE = re.compile(
    r"最(?:大|小|高|低|長|长|短|早|晚|多|少|老|古老|新|重要|著名|有名|先|後|后|快|慢|深|淺|浅|遠|远|近|強|强|弱|好|佳|常|主要|廣|广|久)|第一|唯一|首(?:個|个|位|座|次|部|家|批|任|屆|届|創|创)"
)
_QUOTES = (
    ("《", "》", PhraseKind.WORK),
    ("「", "」", PhraseKind.TERM),
    ("『", "』", PhraseKind.TERM),
    ("“", "”", PhraseKind.TERM),
)
MAX_PHRASE = 16
MAX_CLAUSE_ANSWER = 24
MIN_PREDICATE = 4


def find_phrases(sentence: str, words: list[Token] | None = None) -> list[Phrase]:
    """Every phrase worth asking about in ``sentence`` (they may overlap)."""
    words = tokens(sentence) if words is None else words
    out: list[Phrase] = []
    nps = noun_phrases(sentence, words)
    first_verb = next(
        (w.start for w in words if w.tag.startswith("v") and w.tag != "vn"), len(sentence)
    )
    for start, end, tags in nps:
        text = sentence[start:end]
        if text in _GENERIC or len(text) < 2 or len(text) > MAX_PHRASE:
            continue
        roles = set()
        if (
            start <= 2
            or (start < first_verb and not sentence[:start].strip("，, "))
            or (start < first_verb and _clause_start(sentence, start))
        ):
            roles.add("subject")
        if tags & _PROPER or ("eng" in tags and text[:1].isupper()):  # any word a name
            roles.add("proper")
        prev = _prev_word(words, start)
        if prev is not None and prev.tag.startswith("v") and prev.tag != "vn":
            roles.add("object")
        kind = _np_kind(text, tags, sentence[end:], sentence[max(0, start - 4) : start])
        if kind is PhraseKind.THING and _opens_with_a_name(words, start, end):
            continue  # 張弥曼創造性(的研究): the name is asked alone (_inner), not with its neighbour
        out.append(Phrase(kind, start, end, frozenset(roles)))
    quoted = _quoted(sentence)
    out += _inner(sentence, words, nps)
    out += _marked(sentence, nps)
    out += _long_answers(sentence, nps)
    out += _predicates(sentence, words)
    inside = [(q.start, q.end) for q in quoted]
    out = [p for p in out if not any(_cuts_into(p, s, e) for s, e in inside)]
    return _merge(out + quoted)


_ERA_RE = re.compile(r".(?:[朝代國国紀纪]|時期|时期|時代|时代)$")
# 半世紀, 一世紀, 數世紀: how long, not which era
_SPAN_OF_CENTURIES_RE = re.compile(r"^[半一二兩两三四五六七八九十數数幾几多]+個?世[紀纪]$")
_NOT_ERAS = frozenset(
    ["現代", "现代", "當代", "当代", "古代", "近代", "年代", "歷代", "历代", "世紀", "世纪"]
)


def _inner(
    sentence: str, words: list[Token], nps: list[tuple[int, int, frozenset[str]]]
) -> list[Phrase]:
    """The names inside a longer noun phrase, which readers mark without the rest:
    the person after a title (臺北市市長｜陳水扁, 明帝次子｜劉準), the place or
    organisation it opens with (美國｜天文學家), and an era before its noun (商朝｜時期)."""
    out: list[Phrase] = []
    starts = [w.start for w in words]
    for start, end, _tags in nps:
        first_word = bisect.bisect_left(starts, start)
        inside = [w for w in words[first_word : bisect.bisect_left(starts, end)] if w.text.strip()]
        if len(inside) < 2:
            continue
        # a person's name at the end, after a title or role: back over its name parts
        i = len(inside)
        while i > 0 and (inside[i - 1].tag in PERSON_TAGS or inside[i - 1].text in _JOINERS):
            i -= 1
        if (
            0 < i < len(inside)
            and inside[i - 1].tag in ("n", "nt", "ns")
            and inside[i].text not in _JOINERS
        ):
            s = inside[i].start
            if 2 <= end - s <= 12:
                out.append(Phrase(PhraseKind.PERSON, s, end, frozenset({"apposition", "proper"})))
        first = inside[0]
        if _is_person_word(first) and inside[1].tag in _NOUNS:  # 張弥曼｜創造性: whose
            out.append(Phrase(PhraseKind.PERSON, first.start, first.end, frozenset({"modifier"})))
        if (
            first.tag in ("ns", "nt")
            and len(first.text) >= 2
            and inside[1].tag in ("n", "nt", "ns", "vn")
        ):
            kind = PhraseKind.PLACE if first.tag == "ns" else PhraseKind.ORGANIZATION
            out.append(Phrase(kind, first.start, first.end, frozenset({"modifier", "proper"})))
    for w in words:  # 商朝, 春秋, 中世紀: an era is asked as a name
        if (
            w.tag == "t"
            and not any(ch.isdigit() for ch in w.text)
            and w.text not in _NOT_ERAS
            and _ERA_RE.search(w.text)
            and not _SPAN_OF_CENTURIES_RE.match(w.text)
        ):
            out.append(Phrase(PhraseKind.THING, w.start, w.end, frozenset({"era"})))
    return out


def _is_person_word(w: Token) -> bool:
    """One word that is surely a person's name: a full Chinese name, or a name the
    tagger marks as a full or foreign one."""
    return (w.tag == "nr" and is_chinese_name(w.text)) or (
        w.tag in ("nrfg", "nrt") and 3 <= len(w.text) <= 8
    )


def _opens_with_a_name(words: list[Token], start: int, end: int) -> bool:
    """Does the noun phrase open with a person's name and go on past it?"""
    i = bisect.bisect_left([w.start for w in words], start)
    return (
        i + 1 < len(words)
        and words[i].tag == "nr"
        and is_chinese_name(words[i].text)
        and words[i].end < end
        and words[i + 1].text not in _JOINERS
    )


def _cuts_into(phrase: Phrase, start: int, end: int) -> bool:
    """Does the phrase lie inside a quotation or title, or cross its edge?"""
    if phrase.end <= start or phrase.start >= end:
        return False
    return (phrase.start, phrase.end) != (start, end)


_CLAUSE_BREAK = frozenset("，,；;。！!？?：:")
_NEGATORS = frozenset("沒没無无")  # 是個｜沒耐性的人: a quality, not a second verb
_NOT_LEADING = frozenset("的了著着之得地》」』”)）、 　")
# a verb's result written as a word of its own (打｜掉, 找｜到), or the 於 it takes
# (受益｜於, 洄游｜至): part of the verb
_COMPLEMENTS = frozenset("掉到完住走成於于至")
_TAKEN_BY_THE_VERB = frozenset("於于至")


def _predicates(sentence: str, words: list[Token]) -> list[Phrase]:
    """A verb's object running to the end of its clause (位於｜泰國的首都曼谷),
    and a clause that opens with its verb (展示泰國的機車及車廂)."""
    out: list[Phrase] = []
    first_in_clause = True
    for i, w in enumerate(words):
        if w.text in _CLAUSE_BREAK:
            first_in_clause = True
            continue
        is_verb = w.tag.startswith("v") and w.tag != "vn"
        if is_verb:
            end = _clause_end(sentence, w.end)
            if _ends_in_a_set_phrase(words, i, end):
                first_in_clause = False
                continue  # 也讓觀眾｜眼前一亮: a stock phrase, no fact to learn
            if first_in_clause:
                if MIN_PREDICATE <= end - w.start <= MAX_CLAUSE_ANSWER + 6:
                    out.append(Phrase(PhraseKind.PREDICATE, w.start, end, frozenset({"predicate"})))
            else:
                start = w.end
                nxt = words[i + 1] if i + 1 < len(words) else None
                if nxt is not None and nxt.start == w.end and nxt.text in _COMPLEMENTS:
                    start = nxt.end  # 打｜掉一個詐騙團夥, 受益｜於…: the verb's
                elif sentence[start : start + 1] in _TAKEN_BY_THE_VERB:
                    start += 1  # 洄游｜至南(one word)、北等海域: the 至 is the verb's
                while start < end and sentence[start] in _NOT_LEADING:
                    start += 1
                inside = [x for x in words[i + 1 :] if x.start < end]
                if (
                    MIN_PREDICATE <= end - start <= MAX_CLAUSE_ANSWER + 6
                    and any(x.tag in _NOUNS for x in inside)
                    and not any(
                        x.tag[:1] == "v" and x.tag != "vn" and x.text not in _NEGATORS
                        for x in inside
                    )
                ):  # 到達｜現場後發現, 利用｜橡皮艇…進行搜救: a second verb, no object
                    out.append(
                        Phrase(PhraseKind.PREDICATE, start, end, frozenset({"object-clause"}))
                    )
        if w.text.strip():
            first_in_clause = False
    return out


def _ends_in_a_set_phrase(words: list[Token], verb: int, end: int) -> bool:
    """Does the clause from ``words[verb]`` to ``end`` close with an idiom or set phrase
    of four characters or more (觀眾眼前一亮, 讓人耳目一新)?"""
    last = next((w for w in reversed(words[verb + 1 :]) if w.end <= end and w.tag != "x"), None)
    return last is not None and last.end == end and last.tag in ("i", "l") and len(last.text) >= 4


def _clause_end(sentence: str, pos: int) -> int:
    end = pos
    while end < len(sentence) and sentence[end] not in _CLAUSE_BREAK:
        end += 1
    while end > pos and sentence[end - 1] in " 　":
        end -= 1
    return end


def noun_phrases(sentence: str, words: list[Token]) -> list[tuple[int, int, frozenset[str]]]:
    """Maximal runs of nouns (a name joined through ·), with the tags they hold."""
    runs: list[tuple[int, int, frozenset[str]]] = []
    i = 0
    n = len(words)
    while i < n:
        w = words[i]
        prefix = w.tag == "b" or (w.tag == "a" and len(w.text) == 1)  # 主要港口, 舊橋
        if not _nounish(w) and not (prefix and i + 1 < n and _nounish(words[i + 1])):
            i += 1
            continue
        start = w.start
        tags = {w.tag}
        j = i + 1
        while j < n:
            x = words[j]
            if (
                _nounish(x)
                or (x.tag == "f" and len(x.text) >= 2 and x.text not in _RELATIVE)
                or (x.tag == "m" and _MODEL_RE.fullmatch(x.text))  # 福衛五號, 阿波羅17號
            ):
                tags.add(x.tag)
                j += 1
            elif (
                x.text == " "
                and words[j - 1].tag == "eng"
                and j + 1 < n
                and words[j + 1].tag == "eng"
            ):
                j += 1  # Carol Stone
            elif (
                x.text in _JOINERS
                and j + 1 < n
                and _nounish(words[j + 1])
                and sentence[x.start - 1 : x.start].strip()
            ):
                j += 1
            else:
                break
        last = words[j - 1]
        while j - 1 > i and (
            last.tag not in _HEAD_OK and last.tag != "f" and not _MODEL_RE.fullmatch(last.text)
        ):
            j -= 1
            last = words[j - 1]
        if last.tag in _HEAD_OK or last.tag == "f" or _MODEL_RE.fullmatch(last.text):
            runs.append((start, last.end, frozenset({*tags, "head:" + last.tag})))
        i = max(j, i + 1)
    return runs


# positions relative to a noun (美國之後, 兩國之間): no part of its name
_RELATIVE = frozenset(
    ["之後", "之后", "以後", "以后", "之前", "以前", "以來", "以来", "之間", "之间", "以上", "以下"]
)


def _nounish(w: Token) -> bool:
    if w.tag in _NOUNS:
        return not (w.tag == "eng" and not w.text[:1].isalpha())
    return False


def _clause_start(sentence: str, pos: int) -> bool:
    head = sentence[:pos].rstrip()
    return not head or head[-1] in "，,；;：:"


def _prev_word(words: list[Token], start: int) -> Token | None:
    prev = None
    for w in words:
        if w.start >= start:
            break
        prev = w
    return prev


def _np_kind(text: str, tags: frozenset[str], after: str, before: str = "") -> PhraseKind:
    """What a noun phrase names, by its last word's tag and its ending (a tag on
    another word, 江西 in 江西贛語, says nothing of the whole). A person needs more
    than the tagger's word for it: a full or foreign name, a name joined by ·, or a
    title before it or speech after it."""
    head = next((t[5:] for t in tags if t.startswith("head:")), "")
    named = len(text) >= 3  # 部署, 團隊: a two-character word ending like a name is no name
    if named and _REGION_END.search(text):
        return PhraseKind.PLACE  # 臺灣中南部, 中國西南部: a region, not a ministry (部)
    if head == "nt" or (named and ORG_END.search(text)):
        return PhraseKind.ORGANIZATION
    if "vn" in tags and head == "ns":
        return PhraseKind.THING  # 影響臺灣: an action on a place, not a place
    if (head == "ns" and len(text) <= 8) or (named and PLACE_END.search(text)):
        return PhraseKind.PLACE
    if any(j in text for j in "·‧・") and len(text) <= 12:
        # 威廉·瓊斯 is a person; 詹姆斯·韋伯太空望遠鏡 is named after one
        last = re.split("[·‧・]", text)[-1]
        return PhraseKind.PERSON if len(last) <= 4 else PhraseKind.THING
    if 3 <= len(text) <= 6 and HONORIFIC_END_RE.search(text):
        return PhraseKind.PERSON  # 陳教授, 林先生
    if head in ("nrfg", "nrt") and 3 <= len(text) <= 8:  # 塔高 (tower height) may be tagged nrt
        return PhraseKind.PERSON
    if (
        head == "nr"
        and 2 <= len(text) <= 4
        and (
            _PERSON_NEAR.match(after)
            or BEFORE_A_NAME_END_RE.search(before)
            or (
                tags <= _ONE_NAME
                and is_chinese_name(text)
                and not _NAMED_BEFORE.search(before)  # 又稱為白頭翁: what a thing is called
            )
        )
    ):
        return PhraseKind.PERSON
    return PhraseKind.THING


_ONE_NAME = frozenset({"nr", "head:nr"})
_NAMED_BEFORE = re.compile(r"(?:稱|称|叫|名|號|号|作|做)(?:為|为|作|做)?\s*$")
_REGION_END = re.compile(r"(?:[東东西南北中]{1,3}部|沿海|沿岸|內陸|内陆|地區|地区|一帶|一带)$")


def _quoted(sentence: str) -> list[Phrase]:
    out: list[Phrase] = []
    for open_, close, kind in _QUOTES:
        for m in re.finditer(
            re.escape(open_) + r"([^" + open_ + close + r"]{1,30})" + re.escape(close), sentence
        ):
            s, e = m.start(1), m.end(1)
            if not sentence[s:e].strip():
                continue
            if kind is PhraseKind.WORK:
                out.append(Phrase(PhraseKind.WORK, s - 1, e + 1, frozenset({"quoted"})))
            else:
                out.append(Phrase(kind, s, e, frozenset({"quoted"})))
    return out


def _np_at(
    nps: list[tuple[int, int, frozenset[str]]], pos: int, sentence: str
) -> tuple[int, int] | None:
    """The noun phrase (or quotation) starting at ``pos``, past spaces."""
    while pos < len(sentence) and sentence[pos] in " 　":
        pos += 1
    if pos < len(sentence) and sentence[pos] in "《「『“":
        close = {"《": "》", "「": "」", "『": "』", "“": "”"}[sentence[pos]]
        end = sentence.find(close, pos + 1)
        if 0 < end - pos <= 32:
            return (pos, end + 1) if close == "》" else (pos + 1, end)
    for s, e, _ in nps:
        if s == pos:
            return s, e
    return None


def _clause_after(sentence: str, pos: int) -> tuple[int, int] | None:
    m = _CLAUSE_END.search(sentence, pos)
    end = m.start() if m else len(sentence)
    while end > pos and sentence[end - 1] in " 　":
        end -= 1
    if 2 <= end - pos <= MAX_CLAUSE_ANSWER:
        return pos, end
    return None


def _marked(sentence: str, nps: list[tuple[int, int, frozenset[str]]]) -> list[Phrase]:
    out: list[Phrase] = []

    def np_after(pos: int, kind: PhraseKind | None, role: str) -> None:
        span = _np_at(nps, pos, sentence)
        if span is not None:
            s, e = span
            # a place often runs on: 位於泰國的首都曼谷的乍都節縣
            while True:
                m = re.match(r"的", sentence[e:])
                nxt = _np_at(nps, e + 1, sentence) if m else None
                if nxt is None or nxt[1] - s > MAX_PHRASE + 8 or kind is not PhraseKind.PLACE:
                    break
                e = nxt[1]
            if kind is PhraseKind.PLACE:  # 位於太平洋上: the place with its 上
                tail = _LOCALITY_RE.match(sentence, e)
                if tail:
                    e = tail.end()
            text = sentence[s:e]
            if text in _GENERIC:
                return
            out.append(
                Phrase(kind or _np_kind(text, frozenset(), sentence[e:]), s, e, frozenset({role}))
            )

    for m in _LOCATE_RE.finditer(sentence):
        np_after(m.end(), PhraseKind.PLACE, "located")
    for m in _NAME_RE.finditer(sentence):
        np_after(m.end(), PhraseKind.TERM, "named")
    for m in _AGENT_RE.finditer(sentence):
        s, e = m.span("np")
        text = sentence[s:e]
        if text not in _GENERIC and not re.search(r"[的了是在]$", text):
            kind = _np_kind(text, frozenset(), "")
            out.append(
                Phrase(
                    kind if kind is not PhraseKind.THING else PhraseKind.PERSON,
                    s,
                    e,
                    frozenset({"agent"}),
                )
            )
    for m in _COMPARE_RE.finditer(sentence):
        np_after(m.end(), None, "compared")
    for pattern, kind in ((CAUSE_RE, PhraseKind.CAUSE), (_PURPOSE_RE, PhraseKind.PURPOSE)):
        for m in pattern.finditer(sentence):
            span = _clause_after(sentence, m.end())
            if span is not None:
                out.append(Phrase(kind, span[0], span[1], frozenset({kind.value})))
    # a defined term: the sentence opens with a noun phrase and 是 / 指 / 即 follows it
    if nps:
        s, e, tags = nps[0]
        lead = sentence[:s].strip()
        verb = _DEFINE_RE.match(sentence, e)
        if not lead and verb is not None and sentence[s:e] not in _GENERIC:
            out.append(
                Phrase(_np_kind(sentence[s:e], tags, ""), s, e, frozenset({"defined", "subject"}))
            )
            rest = _clause_after(sentence, verb.end())
            if rest is not None and rest[1] - rest[0] <= MAX_PHRASE + 4:
                out.append(Phrase(PhraseKind.THING, rest[0], rest[1], frozenset({"definition"})))
    # what a sentence calls the largest, first or only one
    for m in _SUPERLATIVE_RE.finditer(sentence):
        after = [
            np
            for np in nps
            if np[0] >= m.end()
            and np[0] - m.end() <= 6
            and not any(ch in _CLAUSE_BREAK for ch in sentence[m.end() : np[0]])
        ]  # (最後1天，｜警方…: the next clause is not what is the last)
        if after:
            s, e, tags = after[0]
            out.append(Phrase(_np_kind(sentence[s:e], tags, ""), s, e, frozenset({"superlative"})))
        before = [np for np in nps if np[1] <= m.start()]
        if before and not sentence[before[0][0] - 1 : before[0][0]].strip("，, "):
            s, e, tags = before[0]
            out.append(
                Phrase(
                    _np_kind(sentence[s:e], tags, ""), s, e, frozenset({"superlative", "subject"})
                )
            )
    return out


MAX_LONG_ANSWER = 60
_RESULT_RE = re.compile(r"而|所以|因此|因而|才|故|於是|于是|使得|導致|导致|以致")
_SPREAD_RE = re.compile(
    r"(?:分布在|分布於|分布于|分佈在|分佈於|分佈于|產於|产于|產自|产自|生長在|生长在|生長於|生长于|"
    r"棲息在|栖息在|棲息於|栖息于|生活在|生活於|生活于|流行於|流行于|見於|见于|原生於|原生于|原產於|原产于|"
    r"廣植於|广植于|多生於|多生于|常見於|常见于)"
)
_LIST_RE = re.compile(
    r"(?:包括|包含|包涵|分為|分为|分成|例如|比如|分別是|分别是|分別為|分别为|主要有|共有"
    r"|(?<![估预預统統])(?:計有|计有)|有以下)[：:]?"  # 估計有3、400公斤: an estimate, no list
)
_KNOWN_FOR_RE = re.compile(
    r"以(?P<x>[^，。；,;]{2,30}?)(?:而)?(?:著稱|著称|聞名|闻名|著名|知名|見稱|见称)"
)
_LISTY_RE = re.compile(r"[、和及與与或]|以及")


def _sentence_end(sentence: str) -> int:
    end = len(sentence)
    while end > 0 and sentence[end - 1] in "。！？!?；; 　":
        end -= 1
    return end


def _long_answers(sentence: str, nps: list[tuple[int, int, frozenset[str]]]) -> list[Phrase]:
    """Answers longer than a phrase that a question word still fits: the whole
    cause up to its result (由於 … 而 …: 什麼原因), what a sentence's subject is
    (X 是 …: 是什麼), where something lives or grows (分布在 …: 哪裡), what a list
    holds (包括 …: 哪些) and what something is known for (以 … 著稱)."""
    out: list[Phrase] = []
    end = _sentence_end(sentence)

    def add(kind: PhraseKind, s: int, e: int, roles: set[str]) -> None:
        while s < e and (sentence[s] in " 　：:" or sentence[s] in _NOT_LEADING):
            s += 1
        while e > s and sentence[e - 1] in " 　，,、":
            e -= 1
        if MIN_PREDICATE <= e - s <= MAX_LONG_ANSWER:
            out.append(Phrase(kind, s, e, frozenset(roles | {"long"})))

    for m in CAUSE_RE.finditer(sentence):
        result = _RESULT_RE.search(sentence, m.end(), end)  # 由於 A，B 而 C: the cause is A，B
        if result and _CLAUSE_END.search(sentence[m.end() : result.start()]):
            add(PhraseKind.CAUSE, m.end(), result.start(), {"cause"})
    if nps:  # X 是 …: the whole of what the sentence says X is
        s, e, _tags = nps[0]
        verb = _DEFINE_RE.match(sentence, e)
        if not sentence[:s].strip() and verb is not None and sentence[s:e] not in _GENERIC:
            stop = _clause_end(sentence, verb.end())
            if stop - verb.end() > MAX_PHRASE + 4 or stop < end:
                add(PhraseKind.THING, verb.end(), end if stop < end else stop, {"definition"})
    for m in _SPREAD_RE.finditer(sentence):
        add(PhraseKind.PLACE, m.end(), _clause_end(sentence, m.end()), {"located"})
    for m in _LIST_RE.finditer(sentence):
        stop = _clause_end(sentence, m.end())
        if _LISTY_RE.search(sentence, m.end(), stop):
            add(PhraseKind.THING, m.end(), stop, {"list"})
    for m in _KNOWN_FOR_RE.finditer(sentence):
        add(PhraseKind.THING, m.start("x"), m.end("x"), {"known-for"})
    return out


# when two findings name one span, the more telling kind wins
_KIND_ORDER = (
    PhraseKind.WORK,
    PhraseKind.PERSON,
    PhraseKind.ORGANIZATION,
    PhraseKind.PLACE,
    PhraseKind.TERM,
    PhraseKind.CAUSE,
    PhraseKind.PURPOSE,
    PhraseKind.THING,
    PhraseKind.PREDICATE,
)


def _merge(phrases: list[Phrase]) -> list[Phrase]:
    """One phrase per span: its most telling kind, all its roles."""
    by_span: dict[tuple[int, int], Phrase] = {}
    for p in phrases:
        old = by_span.get((p.start, p.end))
        if old is None:
            by_span[(p.start, p.end)] = p
            continue
        kind = min(old.kind, p.kind, key=_KIND_ORDER.index)
        by_span[(p.start, p.end)] = Phrase(kind, p.start, p.end, old.roles | p.roles)
    return sorted(by_span.values(), key=lambda p: (p.start, -p.end))
