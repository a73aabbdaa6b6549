"""Chinese words and their parts of speech, in either script.

rjieba (the Rust jieba-rs, its dictionary inside the package) tags words. Its
dictionary is mostly Simplified, so Traditional text is folded to Simplified
character by character first (OpenCC ``tw2s`` keeps every character's place),
tagged, and the words are cut from the original text at the same offsets.

The library is imported on the first call, never at start-up: loading its
dictionary takes about 0.1 s and 40 MB.

Tags are jieba's: ``n`` noun, ``nr`` person, ``ns`` place, ``nt`` organisation,
``nz`` other proper noun, ``v`` verb, ``m`` numeral, ``q`` measure word,
``t`` time word, ``f`` locality, ``x`` punctuation, ``eng`` Latin word, …
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from studyapp.core.importer.names import SURNAMES, is_chinese_name, is_han, may_be_a_name
from studyapp.core.importer.textnorm import simplified
from studyapp.core.importer.titles import BEFORE_A_NAME, BEFORE_A_NAME_END_RE, alternation

PERSON_TAGS = frozenset({"nr", "nrfg", "nrt"})  # the tags of a person's name


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    tag: str
    start: int  # offsets in the tagged text
    end: int


Tagger = Callable[[str], list[tuple[str, str]]]


@functools.cache
def _tagger() -> Tagger:
    import rjieba  # lazy: start-up never pays for the dictionary

    tag: Tagger = rjieba.tag
    return tag


# common words the jieba dictionary tags as names: 台风 as a place, 望远镜 as a person
_ERRATA = {
    "台风": "n",
    "飓风": "n",
    "望远镜": "n",
    "阳光": "n",
    "陆生": "b",
    "中南部": "f",
    "古典": "a",
    "塞车": "n",
    "大塞车": "n",
    "下山": "v",  # 監測組下山後: going down, not a mountain
    "利用": "v",  # 利用建成運行的裝置: using, no noun
    "有所": "d",  # 利用水平有所提升: somewhat, no noun (drafted as an organisation)
    "产生": "v",  # 非物質文化產生了…認識: brought about, no noun
    "领军": "v",  # 由主攻手陳亭伊領軍: led, not an army's name
    "云集": "v",  # 更是高手雲集: gathered, not a place
    "迎阳": "v",  # 花盤迎陽綻放: facing the sun, not a person
    "青年": "n",  # 澳門青年交響樂團協會: youth, part of a name, not a time
    "被誉为": "v",  # 被譽為國際濕地城市: is called, not a noun
    "誉为": "v",
    "时所": "x",  # 消防事故時所受到的: when … suffered, no organisation (所)
    "高丽菜": "n",  # a cabbage, not a 高
    "大丰收": "n",
    "巴士": "n",  # a bus, not a place
    "回国": "v",  # 老二回國後: came home, not a country
    "距离": "p",  # 距離俄羅斯遠東要塞…: how far from, no noun
    "要塞": "n",
    "美丽": "a",  # 可欣賞美麗的溪谷風光: beautiful, not a place (asked 哪裡)
    "上市": "v",  # 新蒜才會大量上市: comes on the market, not a place
    "特地": "d",  # 將特地祭出: on purpose, no noun
    "特意": "d",
    "上山": "v",
    "荣誉": "n",  # 創業榮譽: an honour, not a person
    "桂冠": "n",
    "连赢": "v",
    "马拉松": "n",  # a race, not a 馬
    "以利": "c",  # 以利及早發現: so that, not a place
    "常怀": "v",  # 常懷感恩之心: to keep in mind, not a person
    "康复": "v",  # 康復出院: recover, not a person
    "长度": "n",  # 建築長度: a length, not a place
    "朝": "p",  # 朝網路書局服務: towards, not a place
    "暨": "c",  # 法定古蹟暨修繕竣工典禮: and, not an organisation
    "新鲜": "a",  # 運進了新鮮的肉菜: fresh, not a place
    "陈列": "v",  # 主樓陳列有500件文物: on display, not a person
    "最高潮": "n",  # 將進入最高潮: a climax, not an organisation
    "都还没": "d",  # 都還沒到: not yet, not a person
    "亮相": "v",  # 首次同時亮相國圖文津廳: on show, not an organisation
    "专门": "d",  # 專門為這台望遠鏡建造: especially, no noun
    "高达": "v",  # 涉案金額高達230餘萬元: as much as, not a person
    "串联": "v",  # 將串聯成完整停車網絡: to link up, not a place
    "高水平": "n",  # 邀請了高水平的裁判員: high-level, not a 高 (asked 誰的)
    "高质量": "n",
    "高标准": "n",
    "高效率": "n",
    "致词": "v",  # 縣長饒慶鈴致詞表示: spoke, not part of the speaker's name
    "致辞": "v",
}


def is_common_word(text: str) -> bool:
    """Is ``text`` a word of everyday use (評估, 謙虛), by the tagger's dictionary?"""
    import rjieba  # lazy, as in _tagger(): only an import pays for the dictionary

    folded = simplified(text)
    return bool(rjieba.has_word(folded)) and _frequency(folded) >= COMMON_WORD_FREQ


def _frequency(word: str) -> int:
    """How often the tagger's dictionary counts ``word`` (folded to Simplified)."""
    import rjieba  # lazy, as in _tagger()

    return int(rjieba.suggest_freq(word))


COMMON_WORD_FREQ = 100  # jieba's dictionary counts: 評估 1,419, 謙虛 290; 解釋性 21


def tokens(text: str) -> list[Token]:
    """The words of ``text`` with their tags and offsets (either script)."""
    if not text:
        return []
    folded = simplified(text)
    out = _tagged(text, folded)
    if not out or out[-1].end != len(text):  # the tagger dropped or added characters
        return [Token(text, "x", 0, len(text))]
    if any(w.tag == "nr" and not may_be_a_name(folded[w.start : w.end]) for w in out):
        out = _names_mended(out, folded)
    if any(w.tag == "nr" and len(w.text) == 3 and folded[w.end - 1] in _PREPOSITIONS for w in out):
        out = _names_before_a_number(out, folded)
    if any(w.tag == "p" and len(w.text) == 2 and folded[w.end - 1] in _PREPOSITIONS for w in out):
        out = _given_names_before_a_preposition(out, folded)
    if any(w.tag in _MORPHEME_TAGS and len(w.text) == 1 for w in out):
        out = _names_ending_in_a_morpheme(out, folded)
    if any(w.tag == "nr" and len(w.text) == 1 for w in out):
        out = _surnames_given_their_names(out, folded)
    if "连" in folded:
        out = _even_is_no_surname(out, folded)
    if "於" in text:
        out = _in_is_no_surname(out, folded)
    if any(
        w.tag == "nr" and len(w.text) == 3 and _IDIOM_FRAME_RE.match(folded, w.start) for w in out
    ):
        out = _idioms_are_no_names(out, folded)
    if "一" in folded and _ONE_EACH_RE.search(folded):
        out = _one_each_joined(out, folded)
    if any(w.tag == "nr" and len(w.text) == 3 and folded[w.start + 1] in "男女" for w in out):
        out = _man_or_woman_named(out, folded)
    if any(w.tag == "nr" and len(w.text) == 3 for w in out):
        out = _function_words_are_no_given_names(out, folded)
    if any(w.tag == "nr" and len(w.text) == 2 and folded[w.end - 1] in "越愈" for w in out):
        out = _the_more_is_no_name(out, folded)
    if any(w.tag == "nr" and len(w.text) == 2 for w in out):
        out = _common_words_are_no_names(out, folded)
    if any(len(w.text) == 1 for w in out):
        out = _compounds_mended(out, folded)
    if "国小" in folded or "国中" in folded:
        out = _schools_joined(out, folded)
    if any(w.tag == "h" for w in out):
        out = _prefixes_joined(out)
    if any(w.text in _ORGANISATION_HEADS for w in out):
        out = _organisations_joined(out, folded)
    if "长" in folded:
        out = _heads_split_from_names(_places_after_a_division(out, folded), folded)
    return _names_after_titles(out, folded) if _TITLE_RE.search(folded) else out


def _tagged(text: str, folded: str, offset: int = 0) -> list[Token]:
    """The tagger's words of ``text`` (read in its ``folded`` form), the dictionary's
    errata mended, their offsets counted from ``offset``."""
    out: list[Token] = []
    pos = 0
    for word, tag in _tagger()(folded):
        end = pos + len(word)
        out.append(Token(text[pos:end], _ERRATA.get(word, tag), offset + pos, offset + end))
        pos = end
    return out


# an elementary or junior high school by its name (嘉北國小, 水里國中), which the
# dictionary does not know: the two characters before 國小 or 國中 name it (not
# 全國｜小學, 中國｜中部)
_SCHOOL_RE = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?<!中.)国(?:小(?!学)|中(?![部央心间东西南北国学文华小大生共]))"
)
_NOT_IN_A_SCHOOL_NAME = frozenset("的在于和与及是了到从为对向、")


def _schools_joined(words: list[Token], folded: str) -> list[Token]:
    """``words`` with each 國小 or 國中 one word with its name (嘉｜北國｜小 → 嘉北國小,
    水里國｜中 → 水里國中)."""
    for m in _SCHOOL_RE.finditer(folded):
        start = m.start() - 2
        if any(ch in _NOT_IN_A_SCHOOL_NAME for ch in folded[start : m.start()]):
            continue
        if (
            folded[m.start() : m.start() + 2] == "国中"
            and _frequency(folded[start + 1 : m.start() + 1]) >= COMMON_WORD_FREQ
        ):
            continue  # 法國｜中餐廳: a country before 中, no school
        words = _joined(words, start, m.end(), "nt")
    return words


# what follows a name and comes before a number: 趙真｜以3小時34分
_PREPOSITIONS = frozenset("以在于和与对向从被把为用凭")


def _names_before_a_number(words: list[Token], folded: str) -> list[Token]:
    """``words`` with a three-character "name" ending in a preposition cut back when
    a number follows (趙真以｜3小時 → 趙真｜以3小時)."""
    out: list[Token] = []
    for k, w in enumerate(words):
        nxt = words[k + 1] if k + 1 < len(words) else None
        if (
            w.tag == "nr"
            and len(w.text) == 3
            and folded[w.end - 1] in _PREPOSITIONS
            and nxt is not None
            and (nxt.text[:1].isdigit() or nxt.tag == "m")
        ):
            out.append(Token(w.text[:2], "nr", w.start, w.end - 1))
            out.append(Token(w.text[2:], "p", w.end - 1, w.end))
            continue
        out.append(w)
    return out


def _given_names_before_a_preposition(words: list[Token], folded: str) -> list[Token]:
    """``words`` with a name's last character taken back from the preposition the
    tagger joined it to, when a number follows (柯文｜哲以｜3254票 → 柯文哲｜以｜3254票):
    a surname and one character, then "character + preposition" as one word."""
    out: list[Token] = []
    skip = False
    for k, w in enumerate(words):
        if skip:
            skip = False
            continue
        nxt = words[k + 1] if k + 1 < len(words) else None
        after = words[k + 2] if k + 2 < len(words) else None
        if (
            len(w.text) == 2
            and w.tag in ("nz", "nr", "n")
            and folded[w.start] in SURNAMES
            and nxt is not None
            and nxt.tag == "p"
            and len(nxt.text) == 2
            and folded[nxt.end - 1] in _PREPOSITIONS
            and after is not None
            and (after.text[:1].isdigit() or after.tag == "m")
        ):
            out.append(Token(w.text + nxt.text[0], "nr", w.start, nxt.start + 1))
            out.append(Token(nxt.text[1], "p", nxt.start + 1, nxt.end))
            skip = True
            continue
        out.append(w)
    return out


# the tagger's tags of a character that is no word by itself (瑄 as zg)
_MORPHEME_TAGS = frozenset(["zg", "ng", "vg", "ag", "dg", "tg", "rg", "mg", "yg"])


def _pairs_joined(
    words: list[Token], joined: Callable[[list[Token], Token, Token], Token | None]
) -> list[Token]:
    """``words`` with each word and the next made one wherever ``joined`` (given the
    words kept so far, the word and the next) says what they make."""
    out: list[Token] = []
    i = 0
    while i < len(words):
        w = words[i]
        one = joined(out, w, words[i + 1]) if i + 1 < len(words) else None
        out.append(one or w)
        i += 2 if one else 1
    return out


def _names_ending_in_a_morpheme(words: list[Token], folded: str) -> list[Token]:
    """``words`` with a two-character name followed by a character that is no word
    on its own made one three-character name: 知縣｜周鍾｜瑄｜創建 → 周鍾瑄."""

    def joined(_out: list[Token], w: Token, nxt: Token) -> Token | None:
        if (
            w.tag in ("nr", "nrfg")
            and len(w.text) == 2
            and folded[w.start] in SURNAMES
            and nxt.tag in _MORPHEME_TAGS
            and len(nxt.text) == 1
            and is_han(nxt.text)
            and folded[nxt.start] not in _AFTER_NAME
        ):
            return Token(w.text + nxt.text, "nr", w.start, nxt.end)
        return None

    return _pairs_joined(words, joined)


# one character that makes a noun of the verb before it: 採訪室, 複製畫, 展示品
# what may follow a lone surname as the rest of its name: not a form of address
_GIVEN_NAME_TAGS = frozenset(["a", "n", "nz", "ng", "j", "nr", "ns", "b"])
_ADDRESSES = frozenset(
    ["先生", "小姐", "女士", "太太", "老师", "医师", "医生", "阿姨", "伯伯", "奶奶", "爷爷", "姓"]
)


def _surnames_given_their_names(words: list[Token], folded: str) -> list[Token]:
    """``words`` with a lone surname and the two characters after it made one name
    when they are no word of their own kind (獵鷹陣中｜吳｜宏興｜今天 → 吳宏興)."""

    def joined(_out: list[Token], w: Token, nxt: Token) -> Token | None:
        if (
            w.tag == "nr"
            and len(w.text) == 1
            and folded[w.start] in SURNAMES
            and len(nxt.text) == 2
            and all(is_han(ch) for ch in nxt.text)
            and nxt.tag in _GIVEN_NAME_TAGS
            and folded[nxt.start : nxt.end] not in _ADDRESSES
            and folded[nxt.start] not in _AFTER_NAME
        ):
            return Token(w.text + nxt.text, "nr", w.start, nxt.end)
        return None

    return _pairs_joined(words, joined)


_ROOM_CHARACTERS = frozenset("室廳厅館馆站所處处画品物器图")
_JOINING_CHARACTERS = frozenset("和与及")
_DIVISION_END = ("县", "市", "省", "州")
_TOWN_END = ("镇", "乡", "村", "区", "市", "县")


def _compounds_mended(words: list[Token], folded: str) -> list[Token]:
    """``words`` with two compounds the tagger cuts made whole: a verb and the room or
    thing it names (採訪｜室 → 採訪室, 複製｜畫), and a town whose name opens with a joining
    character after its county (彰化縣｜和｜美鎮 → 和美鎮)."""

    def joined(out: list[Token], w: Token, nxt: Token) -> Token | None:
        if (
            w.tag == "v"
            and len(w.text) == 2
            and len(nxt.text) == 1
            and folded[nxt.start] in _ROOM_CHARACTERS
            and nxt.tag[:1] == "n"
        ):
            return Token(w.text + nxt.text, "n", w.start, nxt.end)
        if (
            out
            and folded[out[-1].start : out[-1].end].endswith(_DIVISION_END)
            and len(w.text) == 1
            and folded[w.start] in _JOINING_CHARACTERS
            and nxt.tag == "ns"
            and len(nxt.text) == 2
            and folded[nxt.start : nxt.end].endswith(_TOWN_END)
        ):
            return Token(w.text + nxt.text, "ns", w.start, nxt.end)
        return None

    return _pairs_joined(words, joined)


class KnownNames:
    """The three-character names an article has given in full so far: where a later
    sentence's words cut one (李家潤 after a title, then 李家｜潤指出), it is made
    whole again. Fed in reading order, as a reader learns them."""

    def __init__(self) -> None:
        self._by_first: dict[str, set[str]] = {}

    def learn(self, words: Sequence[Token]) -> None:
        for w in words:
            if w.tag in PERSON_TAGS and len(w.text) == 3 and is_chinese_name(w.text):
                self._by_first.setdefault(w.text[0], set()).add(w.text)

    def mend(self, text: str, words: list[Token]) -> list[Token]:
        """``words`` of ``text`` with every known name in it one word."""
        if not self._by_first:
            return words
        for ch in {ch for ch in text if ch in self._by_first}:
            for name in self._by_first[ch]:
                at = text.find(name)
                while at >= 0:
                    words = _joined(words, at, at + len(name))
                    at = text.find(name, at + len(name))
        return words


def _joined(words: list[Token], start: int, end: int, tag: str = "nr") -> list[Token]:
    """``words`` with [start, end) one name (a person's unless ``tag`` says), when
    the words there cut it (and it does not start or end inside a word it is no
    part of)."""
    inside = [k for k, w in enumerate(words) if w.start < end and w.end > start]
    if not inside:
        return words
    first, last = words[inside[0]], words[inside[-1]]
    if first.start == start and last.end == end and len(inside) == 1:
        return words  # already one word
    if first.start != start:
        return words  # 張家｜李家潤: the name would start inside another word
    text = "".join(w.text for w in (words[k] for k in inside))
    name = Token(text[: end - start], tag, start, end)
    rest = [] if last.end == end else [Token(text[end - start :], last.tag, end, last.end)]
    return [*words[: inside[0]], name, *rest, *words[inside[-1] + 1 :]]


_TITLE_RE = re.compile(alternation(BEFORE_A_NAME))
# characters that end a two-character name rather than being its third: 李遠｜在
_AFTER_NAME = frozenset(
    "在於于是和與与及等也說说表指的曾將将已則则因為为被把對对向到從从今昨獲获出任以用憑凭"
)


def _is_title(word: str) -> bool:
    """A title, or a longer one ending in it (警察局長, 代理縣長)."""
    return word in BEFORE_A_NAME or (
        len(word) > 2 and BEFORE_A_NAME_END_RE.search(word) is not None
    )


_ORGANISATION_HEADS = frozenset(
    [
        "中心",
        "協會",
        "协会",
        "學會",
        "学会",
        "研究會",
        "研究会",
        "基金會",
        "基金会",
        "委員會",
        "委员会",
    ]
)


def _prefixes_joined(words: list[Token]) -> list[Token]:
    """``words`` with a prefix (jieba's ``h``: 非, 准, 超) joined to the noun after it:
    非｜物質 → 非物質 (a blank never starts after the 非 of 非物質文化遺產)."""

    def joined(_: list[Token], w: Token, nxt: Token) -> Token | None:
        if w.tag == "h" and w.end == nxt.start and nxt.tag[:1] == "n":
            return Token(w.text + nxt.text, nxt.tag, w.start, nxt.end)
        return None

    return _pairs_joined(words, joined)


def _organisations_joined(words: list[Token], folded: str) -> list[Token]:
    """``words`` with a verb the tagger cut from the organisation it names joined to it:
    搜救｜中心 → 搜救中心, 非遺保護｜協會 → 保護協會 (no answer ends at 保護)."""

    def joined(_: list[Token], w: Token, nxt: Token) -> Token | None:
        if (
            nxt.text in _ORGANISATION_HEADS
            and w.end == nxt.start
            and len(w.text) == 2
            and w.tag in ("v", "vn")
        ):
            return Token(w.text + nxt.text, "nt", w.start, nxt.end)
        return None

    return _pairs_joined(words, joined)


_DIVISIONS = frozenset("县市乡镇区村里")
_DIVISION_HEADS = frozenset(d + "长" for d in _DIVISIONS)  # 镇长, 县长 …
_VILLAGE_ENDS = ("村", "镇", "乡", "屯", "寨", "庄")


def _places_after_a_division(words: list[Token], folded: str) -> list[Token]:
    """``words`` with a village whose name opens with 長 given it back from the head of
    the division before it: 朱昌｜鎮長｜沖村 → 朱昌鎮｜長沖村 (a town and its village,
    no town head)."""
    out: list[Token] = []
    for w in words:
        if len(out) >= 2:
            town, head = out[-2], out[-1]  # 朱昌 and 鎮長
            if (
                folded[head.start : head.end] in _DIVISION_HEADS
                and town.end == head.start
                and head.end == w.start
                and 2 <= len(w.text) <= 3
                and folded[w.end - 1] in _VILLAGE_ENDS
            ):
                out[-2] = Token(town.text + head.text[0], "ns", town.start, head.start + 1)
                out[-1] = Token(head.text[1] + w.text, "ns", head.start + 1, w.end)
                continue
        out.append(w)
    return out


def _heads_split_from_names(words: list[Token], folded: str) -> list[Token]:
    """``words`` with the head of a place given back its title when the tagger tied 長 to
    the name after it: 台東縣｜長饒｜慶鈴 → 台東縣長｜饒｜慶鈴 (the name is made whole
    after the title by :func:`_names_after_titles`)."""
    out: list[Token] = []
    for w in words:
        prev = out[-1] if out else None
        if (
            prev is not None
            and len(w.text) in (2, 3)
            and folded[w.start] == "长"
            and folded[prev.end - 1] in _DIVISIONS
            and len(prev.text) >= 2
            and folded[w.start + 1] in SURNAMES
            and not is_common_word(folded[w.start : w.start + 2])  # 全市｜長江: the river
        ):
            out[-1] = Token(prev.text + w.text[0], "n", prev.start, w.start + 1)
            out.append(Token(w.text[1:], "nr", w.start + 1, w.end))
            continue
        out.append(w)
    return out


def _names_after_titles(words: list[Token], folded: str) -> list[Token]:
    """``words`` with a name after a title made whole when the tagger cut it short:
    院士｜文聖｜常於 → 院士｜文聖常｜於, 創辦人｜楊添｜賜 → 創辦人｜楊添賜. A
    Chinese name is a surname and one or two characters; after a title the third
    is taken unless it is a word that follows names (李遠｜在)."""
    out: list[Token] = []
    i = 0
    while i < len(words):
        w = words[i]
        short = (
            i > 0
            and len(w.text) in (1, 2)
            # (警察局長｜林國 is tagged a place, 縣長｜林｜茂盛 a morpheme and an adjective)
            and folded[w.start] in SURNAMES
            and i + 1 < len(words)
            and (
                w.tag in ("nr", "nrfg", "ns")
                or (w.tag == "ng" and len(w.text) == 1)
                # 局長｜饒(a verb)｜慶鈴: a surname before a given name the dictionary lacks
                or (
                    len(w.text) == 1
                    and w.tag not in _FUNCTION_TAGS
                    and len(words[i + 1].text) == 2
                    and words[i + 1].tag in ("nz", "x", "ng", "nr", "nrfg")
                )
            )
            and _is_title(folded[words[i - 1].start : words[i - 1].end])
        )
        if short:
            need = 3 - len(w.text)
            nxt = words[i + 1]
            extra = folded[nxt.start : nxt.start + need]
            if (
                len(extra) == need
                and all(is_han(ch) and ch not in _AFTER_NAME for ch in extra)
                and (
                    len(nxt.text) == need  # 楊添｜賜, 潘｜自強: the word is all name
                    or folded[nxt.start + need] in _AFTER_NAME  # 文聖｜常於: 於 follows
                )
            ):
                end = w.start + 3
                out.append(Token(w.text + nxt.text[:need], "nr", w.start, end))
                if nxt.end > end:
                    out.append(Token(nxt.text[need:], nxt.tag, end, nxt.end))
                i += 2
                continue
        out.append(w)
        i += 1
    return out


def _names_mended(words: list[Token], folded: str) -> list[Token]:
    """``words`` with the tagger's false names mended: a name run into the next
    word loses that word's first character (徐夢桃出｜生於 → 徐夢桃｜出生於), and a
    word that cannot be a name is a plain noun (屈居亞軍)."""
    out: list[Token] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w.tag == "nr" and not may_be_a_name(folded[w.start : w.end]):
            nxt = words[i + 1] if i + 1 < len(words) else None
            if nxt is not None and _runs_into(folded[w.start : w.end], folded[nxt.start : nxt.end]):
                out.append(Token(w.text[:3], "nr", w.start, w.start + 3))
                out.append(Token(w.text[3:] + nxt.text, nxt.tag, w.start + 3, nxt.end))
                i += 2
                continue
            w = Token(w.text, "n", w.start, w.end)
        out.append(w)
        i += 1
    return out


# what stands before 連 when it means "even" (就連環島郵輪都…, 甚至連小孩都…)
_BEFORE_EVEN = frozenset({"就", "甚至", "竟", "竟然", "也", "更"})
_CLAUSE_STARTS = frozenset("，,；;：:。！？!?「“（(")
_CLAUSE_END_RE = re.compile(r"[，,；;：:。！？!?]")


def _even_is_no_surname(words: list[Token], folded: str) -> list[Token]:
    """``words`` with a "name" opening with 連 after 就 or 甚至, or opening a clause
    that goes on with 都 (連救難小艇都…), cut into the word "even" and the words after
    it (就｜連環島 → 就｜連｜環島)."""
    out: list[Token] = []
    for k, w in enumerate(words):
        before = folded[words[k - 1].start : words[k - 1].end] if k else ""
        even = before in _BEFORE_EVEN or (
            (not before or before in _CLAUSE_STARTS)
            and "都" in _CLAUSE_END_RE.split(folded[w.end :], 1)[0]
        )
        if w.tag == "nr" and len(w.text) > 1 and folded[w.start] == "连" and even:
            out += _first_character_cut(w, folded, "d")
            continue
        out.append(w)
    return out


def _first_character_cut(w: Token, folded: str, tag: str) -> list[Token]:
    """``w`` cut after its first character, tagged ``tag`` (連, 於: a word of its own),
    and the rest tagged again."""
    return [
        Token(w.text[0], tag, w.start, w.start + 1),
        *_tagged(w.text[1:], folded[w.start + 1 : w.end], w.start + 1),
    ]


def _in_is_no_surname(words: list[Token], folded: str) -> list[Token]:
    """``words`` with a "name" opening with 於 (Traditional for "at", folded to the
    surname 于) cut into the preposition and the words after it (冬季｜於賽｜嘉地區 →
    冬季｜於｜賽嘉…); a Traditional text writes the surname 于."""
    out: list[Token] = []
    for w in words:
        if w.tag == "nr" and len(w.text) > 1 and w.text[0] == "於":
            out += _first_character_cut(w, folded, "p")
            continue
        out.append(w)
    return out


# the frames of four-character sayings whose first three characters the tagger takes
# for a name (左搖右｜擺, 東張西｜望): 左…右…, 東…西…, 忽…忽…
_IDIOM_FRAME_RE = re.compile(
    r"左.右|东.西|南.北|忽.忽|半.半|七.八|千.万|三.四|五.六|东.南"
    r"|越[大小多少来高低快慢早晚长]"  # 魚體越大｜格就愈貴: the more …, no 越 surname
)


def _idioms_are_no_names(words: list[Token], folded: str) -> list[Token]:
    """``words`` with a "name" that is three characters of a saying and the character
    after it one word (左搖右｜擺 → 左搖右擺, a saying: no person to ask about)."""

    def joined(_: list[Token], w: Token, nxt: Token) -> Token | None:
        saying = w.tag == "nr" and len(w.text) == 3 and len(nxt.text) == 1
        if saying and _IDIOM_FRAME_RE.match(folded, w.start):
            return Token(w.text + nxt.text, "i", w.start, nxt.end)
        return None

    return _pairs_joined(words, joined)


# what follows the first 越 of "the more …, the more …" (錢越｜賺｜越多: 賺越)
_THE_MORE_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{1,2}[越愈]")


def _the_more_is_no_name(words: list[Token], folded: str) -> list[Token]:
    """``words`` with a two-character "name" that ends in the first 越 of 越…越 split
    in two (錢越｜賺越多 → 錢｜越｜賺越多: the more money, not a person 錢越)."""
    out: list[Token] = []
    for w in words:
        if (
            w.tag == "nr"
            and len(w.text) == 2
            and folded[w.end - 1] in "越愈"
            and _THE_MORE_AFTER_RE.match(folded, w.end)
        ):
            out += [
                Token(w.text[0], "n", w.start, w.start + 1),
                Token(w.text[1], "d", w.start + 1, w.end),
            ]
        else:
            out.append(w)
    return out


# 一人一票, 一河一策, 一靜一動: a saying of two halves, each opening with 一
_ONE_EACH_RE = re.compile(r"一[\u3400-\u9fff]一[\u3400-\u9fff]")


def _one_each_joined(words: list[Token], folded: str) -> list[Token]:
    """``words`` with a saying of two halves opening with 一 one word (一人｜一票 →
    一人一票): an answer cut at its middle (專業角度一人) asks for nothing."""

    def joined(_: list[Token], w: Token, nxt: Token) -> Token | None:
        if nxt.end - w.start == 4 and _ONE_EACH_RE.fullmatch(folded, w.start, nxt.end):
            return Token(w.text + nxt.text, "i", w.start, nxt.end)
        return None

    return _pairs_joined(words, joined)


# what follows 王男 / 葉女 (the news's way of naming a man or woman by surname) and
# the tagger joins to it: 王男所駕駛, 葉女與…
_AFTER_MAN_OR_WOMAN = frozenset("所与和及在于则也都被将因称说向把")


def _man_or_woman_named(words: list[Token], folded: str) -> list[Token]:
    """``words`` with 王男所 cut into 王男｜所 (the man the news calls 王男, then 所)."""
    out: list[Token] = []
    for w in words:
        if (
            w.tag == "nr"
            and len(w.text) == 3
            and folded[w.start + 1] in "男女"
            and folded[w.start] in SURNAMES
            and folded[w.start + 2] in _AFTER_MAN_OR_WOMAN
        ):
            out.append(Token(w.text[:2], "nr", w.start, w.start + 2))
            out.append(Token(w.text[2], "u", w.start + 2, w.end))
            continue
        out.append(w)
    return out


# tags of the words a given name never is: conjunctions, prepositions, particles,
# pronouns (原｜以為); an adverb or verb only when very common (連｜已經, 張｜認為:
# the dictionary calls the name 大同 an adverb, 564 times)
_FUNCTION_TAGS = frozenset({"c", "p", "u", "r"})
COMMON_WORD_TAGS = frozenset({"d", "v"})
COMMON_VERB_FREQ = 5000  # 認為 30,204, 已經 51,289; 大同 564, 建國 (a place's tag) 3,084


def _function_words_are_no_given_names(words: list[Token], folded: str) -> list[Token]:
    """``words`` with a three-character "name" whose last two characters are a
    function word or a very common verb cut into its first character and that word
    (果農原以為能… is 原｜以為, not a person 原以為)."""
    out: list[Token] = []
    for w in words:
        given = folded[w.start + 1 : w.end]
        if w.tag == "nr" and len(w.text) == 3:
            (word, tag), *rest = _tagger()(given)
            common_verb = tag in COMMON_WORD_TAGS and _frequency(given) >= COMMON_VERB_FREQ
            if not rest and word == given and (tag in _FUNCTION_TAGS or common_verb):
                out += _tagged(w.text[0], folded[w.start], w.start)
                out.append(Token(w.text[1:], tag, w.start + 1, w.end))
                continue
        out.append(w)
    return out


def _common_words_are_no_names(words: list[Token], folded: str) -> list[Token]:
    """``words`` with a two-character "name" that is an everyday word (安靜, 夏天,
    白雪: the dictionary counts it hundreds of times) tagged as a plain word: asked
    with 誰 it was 自習區誰舒適？ → 安靜."""
    return [
        Token(w.text, "n", w.start, w.end)
        if w.tag == "nr"
        and len(w.text) == 2
        and _frequency(folded[w.start : w.end]) >= COMMON_NAME_WORD_FREQ
        else w
        for w in words
    ]


COMMON_NAME_WORD_FREQ = 300  # 田野 361, 安靜 1,199, 夏天 3,821; 文靜 74, 王芳 1


def _runs_into(name: str, following: str) -> bool:
    """Is ``name`` a three-character name with the first character of the next word
    stuck to it (徐梦桃出 + 生于: 出生 is one word)?"""
    if len(name) != 4 or name[0] not in SURNAMES or not following:
        return False
    return len(_cutter()(name[3] + following[0])) == 1


@functools.cache
def _cutter() -> Callable[[str], list[str]]:
    import rjieba

    cut: Callable[[str], list[str]] = rjieba.cut
    return cut
