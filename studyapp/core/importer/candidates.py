"""What in a sentence could be the answer of a fact, and why it is worth learning.

Each :class:`Candidate` is an answer span (offsets in the sentence) with its
typed answer and the question word that asks for it: a date, a year, a number
with its unit, a time that is none of those (:mod:`.quantities`), a known entity
from a deck's registry, a new Latin-script name, a quotation, and the names,
works, terms, causes, purposes, comparisons, superlatives, noun phrases and
predicates the sentence's words and grammar point at (:mod:`.phrases`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from studyapp.core.deck.model import AnswerKind, EntityType
from studyapp.core.importer.entities import EntityIndex, KnownEntity, NameHit
from studyapp.core.importer.phrases import Phrase, PhraseKind, find_phrases
from studyapp.core.importer.quantities import Quantity, QuantityKind, find_quantities
from studyapp.core.importer.segment import Token


class Feature(str, Enum):
    """Why a span is worth asking about."""

    DATE = "date"
    YEAR = "year"
    NUMBER = "number"
    QUOTE = "quote"
    DEFINITION = "definition"
    NEW_NAME = "new-name"
    ENTITY = "entity"
    KNOWN = "known"  # states what a deck already holds (a fact's answer and its key words)
    TIME = "time"  # 兩年後, 第三季, 六年級, 19世紀, 5月到8月: text, never a year or count
    PERSON = "person"
    PLACE = "place"
    ORGANIZATION = "organization"
    WORK = "work"  # 《…》
    TERM = "term"  # 「…」, what something is called (稱為 / 又稱 / 簡稱 …)
    CAUSE = "cause"  # 因為 / 由於 …
    PURPOSE = "purpose"  # 為了 …
    COMPARISON = "comparison"  # 比 …
    SUPERLATIVE = "superlative"  # 最 … / 第一 / 唯一
    PHRASE = "phrase"  # another noun phrase
    PREDICATE = "predicate"  # what the clause says its subject does or is


@dataclass(frozen=True, slots=True)
class Candidate:
    feature: Feature
    kind: AnswerKind
    start: int  # the answer span in the sentence
    end: int
    value: str | int | float  # as Answer.value
    unit: str = ""
    known: KnownEntity | None = None  # for ENTITY answers
    quote_start: int = -1  # a long quotation this candidate's speaker said
    quote_end: int = -1
    asks: str = ""  # the question word (a key of questions._WORDS); "" = by kind
    roles: frozenset[str] = frozenset()  # what the wording says of the span (phrases.Phrase.roles)

    def span(self, sentence: str) -> str:
        return sentence[self.start : self.end]


_LATIN_NAME_RE = re.compile(
    r"(?<![A-Za-z0-9\-])[A-Z][A-Za-z0-9]*(?:[-'][A-Za-z0-9]+)*(?:\s+[A-Z][A-Za-z0-9]*(?:[-'][A-Za-z0-9]+)*)*"
)
_NOT_NAMES = frozenset(
    [
        "AI",
        "ML",
        "CEO",
        "CTO",
        "COO",
        "CFO",
        "OK",
        "US",
        "UK",
        "EU",
        "PhD",
        "I",
        "A",
        "An",
        "The",
        "This",
        "That",
        "It",
        "In",
        "On",
        "Of",
        "We",
        "You",
        "He",
        "She",
        "They",
        "If",
        "And",
        "But",
        "Or",
        "So",
        "No",
        "Yes",
        "Q",
    ]
)
_QUOTE_RES = (
    re.compile(r"「([^「」]{1,400})」"),
    re.compile(r"『([^『』]{1,400})』"),
    re.compile(r"“([^“”]{1,400})”"),
    re.compile(r"\"([^\"]{1,400})\""),
)
_SPEECH_RE = re.compile(
    r"說|说|表示|回憶|回忆|原話|原话|形容|稱|称|問|问|道|寫|写|指出|強調|强调|認為|认为|告訴|告诉"
)
_NAMING_RE = re.compile(
    r"(?:稱|称|叫|名|號|号)[^，。「」]{0,10}(?:為|为|做|作)$|(?:稱|称|叫做|叫作|名為|名为)$"
)
_DEFINITION_VERB_RE = re.compile(
    r"\s*(?:（[^（）]{1,60}）|\([^()]{1,60}\))?\s*(是指|指的是|就是|是|指(?![出著着向])|意指|代表)(?![否不])"
)
_LEAD_RE = re.compile(r"^(?:而|但|其中|所謂|所谓|簡單說|简单说)?[，,]?\s*")

# a quoted name (an award, a plan, an exhibition): short, one run of words, no clause
_NAME_QUOTE_RE = re.compile(r"[^，,。！？!?；;：:、\s]{2,16}")
QUOTE_ANSWER_MAX = 24
TERM_QUOTE_MAX = 8

_PHRASE_FEATURES = {
    PhraseKind.PERSON: (Feature.PERSON, "who"),
    PhraseKind.PLACE: (Feature.PLACE, "where"),
    PhraseKind.ORGANIZATION: (Feature.ORGANIZATION, "which-org"),
    PhraseKind.WORK: (Feature.WORK, "which-work"),
    PhraseKind.TERM: (Feature.TERM, "what"),
    PhraseKind.THING: (Feature.PHRASE, "what"),
    PhraseKind.CAUSE: (Feature.CAUSE, "what-cause"),
    PhraseKind.PURPOSE: (Feature.PURPOSE, "what"),
    PhraseKind.PREDICATE: (Feature.PREDICATE, "what"),
}


def find_candidates(
    sentence: str, index: EntityIndex, words: list[Token] | None = None
) -> list[Candidate]:
    """Every answer candidate in a sentence, one per span (candidates may overlap)."""
    out: list[Candidate] = []
    spans: set[tuple[int, int]] = set()

    def add(c: Candidate) -> None:
        if c.end > c.start and (c.start, c.end) not in spans and sentence[c.start : c.end].strip():
            out.append(c)
            spans.add((c.start, c.end))

    quantities = find_quantities(sentence)
    for q in quantities:
        if q.kind is QuantityKind.NUMBER and (
            _NOT_A_COUNT_RE.fullmatch(sentence, q.start, q.end)
            or (not q.unit and _BEFORE_A_NAME_RE.match(sentence, len(sentence[: q.end].rstrip())))
            or _listed_after(sentence, q.end, q.value)
            or _listed_before(sentence, q.start, q.value)
        ):
            continue
        add(_quantity_candidate(sentence, q))
    hits = index.find(sentence)
    for qs, qe in _quotes(sentence):
        _add_quote(sentence, qs, qe, hits, add)
    definition = _definition(sentence, hits)
    if definition is not None:
        add(definition)
    for hit in hits:
        add(_entity_candidate(hit))
    for m in _LATIN_NAME_RE.finditer(sentence):
        name = m.group(0).strip()
        if _is_new_name(name):
            covered = any(h.start <= m.start() and m.end() <= h.end for h in hits)
            if not covered:
                add(
                    Candidate(
                        Feature.NEW_NAME, AnswerKind.TEXT, m.start(), m.start() + len(name), name
                    )
                )
    numbers = [(q.start, q.end) for q in quantities]
    typed = [(c.start, c.end) for c in out]
    for phrase in find_phrases(sentence, words):
        if any(s <= phrase.start and phrase.end <= e for s, e in numbers):
            continue  # a piece of a date or number
        if phrase.kind is PhraseKind.PREDICATE and any(
            phrase.start <= s and e <= phrase.end for s, e in typed
        ):
            continue  # a clause holding a date, number or name: ask for that instead
        if phrase.kind is PhraseKind.THING and _ASPECT_AFTER_RE.match(sentence, phrase.end):
            continue  # 鏡面反射著陽光: the phrase ends in a verb, it is no noun phrase
        add(_phrase_candidate(sentence, phrase))
    return out


def _listed_after(sentence: str, pos: int, value: object) -> bool:
    """Does the sentence list, after ``pos``, as many items as the count says (另外4位
    科學家分別是 A、B、C 和 D)? Asking how many then only asks the reader to count."""
    if not isinstance(value, int) or not 2 <= value <= 12:
        return False
    m = _LIST_LEAD_RE.search(sentence, pos)
    if m is None:
        return False
    stop = _LIST_STOP_RE.search(sentence, m.end())
    items = sentence[m.end() : stop.start() if stop else len(sentence)]
    if "、" not in items and not _LAST_ITEM_RE.search(items):
        return False
    parts = [p for p in re.split(r"[、，,]", items) if p.strip()]
    count = len(parts) + (1 if _LAST_ITEM_RE.search(parts[-1]) else 0) if parts else 0
    return count == value


def _listed_before(sentence: str, pos: int, value: object) -> bool:
    """Does the count sum up the items listed right before it (向西或偏北兩種,
    A、B 和 C 三類)? Then it only asks the reader to count them."""
    if not isinstance(value, int) or not 2 <= value <= 12:
        return False
    leads = [m.end() for m in _LIST_LEAD_RE.finditer(sentence, 0, pos)]
    marks = [m.end() for m in re.finditer(r"[，,；;：:。]", sentence[:pos])]
    if not leads or max(leads) < max([0, *marks]):
        return False  # no 為 / 有 / 包括 … opens the list in this clause
    items = sentence[max(leads) : pos]
    parts = [p for p in re.split(r"、|或是|或者|或|以及|和|及|與|与", items) if p.strip()]
    return len(parts) >= 2 and len(parts) == value and len(items) <= 40


_LIST_LEAD_RE = re.compile(r"分別是|分别是|分別為|分别为|包括|包含|依序是|依次是|是|為|为|有|[：:]")
_LIST_STOP_RE = re.compile(r"[。；;！？!?]|[，,](?:而|但|並|并|且|其中|他們|他们|她們|她们)")
_LAST_ITEM_RE = re.compile(r".(?:和|及|與|与|以及|跟|或)(?=.)")


def _quantity_candidate(sentence: str, q: Quantity) -> Candidate:
    text = sentence[q.start : q.end]
    if q.kind is QuantityKind.DATE:
        return Candidate(Feature.DATE, AnswerKind.DATE, q.start, q.end, q.value)
    if q.kind is QuantityKind.YEAR:
        end = q.end
        while (
            end > q.start
            and not sentence[end - 1].isdigit()
            and sentence[end - 1] not in "〇零一二三四五六七八九"
        ):
            end -= 1  # 1999年: the span is the year's digits, 年 stays in the statement
        return Candidate(Feature.YEAR, AnswerKind.YEAR, q.start, end, q.value)
    if q.kind is QuantityKind.NUMBER:
        unit = q.unit
        end = q.end
        if unit and unit != "%" and text.rstrip().endswith(unit):
            end = q.start + len(text.rstrip()) - len(unit)
            while end > q.start and sentence[end - 1] == " ":
                end -= 1
        elif unit and unit != "%" and text.endswith(unit + "半"):
            pass  # 五年半: the whole span, asked as 多少年
        return Candidate(Feature.NUMBER, AnswerKind.NUMBER, q.start, end, q.value, unit)
    return Candidate(Feature.TIME, AnswerKind.TEXT, q.start, q.end, text, asks=_time_question(text))


_ASPECT_AFTER_RE = re.compile(r"[着著]")
_AT_PLACE_RE = re.compile(r"(?:在|於|于|從|从|到|至)$")
# the object of these is a role (擔任糾察隊): asked with 什麼, never as an institution
_ROLE_BEFORE_RE = re.compile(
    r"(?:擔任|担任|出任|兼任|作為|作为|成為|成为|扮演|當選|当选|加入|組成|组成|組建|组建)\s*$"
)
PERIOD_AFTER_RE = re.compile(r"\s*(?:時期|时期|時代|时代|期間|期间|年間|年间)")
_GROUP_END_RE = re.compile(r"(?:隊|队|團|团|組|组|幫|帮|班)$")
_RANGE_RE = re.compile(
    r"[\d.,\s~～\-–—至到]+(?:[A-Za-z]{1,4}|[歲岁個个位名種种公釐厘米克斤尺度倍])?"
)
# not a count: a garbled date (2017825日) or a catalogue number before a name (101955 Bennu)
_NOT_A_COUNT_RE = re.compile(r"\d{5,}\s*[年月日]")
_BEFORE_A_NAME_RE = re.compile(r"\s+[A-Z][a-z]")


def _time_question(text: str) -> str:
    if text.startswith("第"):
        return "ordinal"
    if re.search(r"\d\s*(?:[-–—~～至到]|－)|[到至]", text):
        if re.search(r"[年月日]$|世紀|世纪|年代", text):
            return "when"
        return "how-much" if _RANGE_RE.fullmatch(text) else "what"
    if re.search(r"年[級级]$|[級级]$", text):
        return "grade"
    if re.search(
        r"(?:以後|以后|之後|之后|後|后|以前|之前|前|以來|以来)$", text
    ) and not text.startswith(("公元前", "西元前", "前")):
        return "how-long"
    if re.search(r"[多餘余來来幾几]", text) and not re.search(r"世紀|世纪|年代|月", text):
        return "how-many"
    if _SPAN_OF_TIME_RE.fullmatch(text):
        return "how-long"  # 12小時34分: how long it takes, not when
    return "when"


_SPAN_OF_TIME_RE = re.compile(
    r"(?:{n}\s*(?:個|个)?\s*(?:小時|小时|鐘頭|钟头|天|日|週|周|星期|個月|个月|年))"
    r"(?:\s*{n}\s*(?:分鐘|分钟|分|秒))*|{n}\s*(?:分鐘|分钟|分)(?:\s*{n}\s*秒)?".format(
        n=r"(?:\d+|[一二兩两三四五六七八九十百]+)"  # 3小時10分, 三小時十分鐘
    )
)


def _phrase_candidate(sentence: str, phrase: Phrase) -> Candidate:
    feature, asks = _PHRASE_FEATURES[phrase.kind]
    if "superlative" in phrase.roles and phrase.kind in (PhraseKind.THING, PhraseKind.PLACE):
        feature, asks = Feature.SUPERLATIVE, "what"  # 臺灣最高的山峰
    elif phrase.kind is PhraseKind.THING:
        if "compared" in phrase.roles:
            feature = Feature.COMPARISON
        elif "defined" in phrase.roles:
            feature = Feature.DEFINITION
    text = phrase.text(sentence)
    if feature is Feature.ORGANIZATION and _ROLE_BEFORE_RE.search(sentence, 0, phrase.start):
        feature, asks = Feature.PHRASE, "what"  # 擔任糾察隊: a role, not an institution
    elif feature is Feature.ORGANIZATION and _GROUP_END_RE.search(text):
        asks = "which-group"  # 樂團, 球隊: a group
    if "era" in phrase.roles:  # 在泥盆紀: a period, never a place; 商朝時期: 什麼時期
        asks = "what" if PERIOD_AFTER_RE.match(sentence, phrase.end) else "which-era"
    elif "located" in phrase.roles or (
        feature in (Feature.PHRASE, Feature.ORGANIZATION)
        and _AT_PLACE_RE.search(sentence, 0, phrase.start)
    ):
        asks = "where"  # 在美國加州范登堡空軍基地發射, 在聯合國總部舉行: 在哪裡
    elif "list" in phrase.roles:
        asks = "which-ones"
    elif "modifier" in phrase.roles:  # 美國｜天文學家: 哪裡的天文學家
        asks = {PhraseKind.PLACE: "where-of", PhraseKind.PERSON: "who-of"}.get(
            phrase.kind, "which-org-of"
        )
    return Candidate(
        feature, AnswerKind.TEXT, phrase.start, phrase.end, text, asks=asks, roles=phrase.roles
    )


def _quotes(sentence: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for pattern in _QUOTE_RES:
        for m in pattern.finditer(sentence):
            if m.group(1).strip():
                found.append((m.start(1), m.end(1)))
    found.sort()
    outer: list[tuple[int, int]] = []
    for s, e in found:
        if not any(os <= s and e <= oe for os, oe in outer):
            outer.append((s, e))
    return outer


def _add_quote(
    sentence: str, qs: int, qe: int, hits: list[NameHit], add: Callable[[Candidate], None]
) -> None:
    content = sentence[qs:qe]
    if "{{" in content or "}}" in content:
        return
    if len(content.strip()) < 2:
        return
    if len(content) <= QUOTE_ANSWER_MAX:
        naming = _NAMING_RE.search(sentence[: qs - 1])
        spoken = not naming and (
            bool(_SPEECH_RE.search(sentence[:qs]))
            or (len(content) > TERM_QUOTE_MAX and not _NAME_QUOTE_RE.fullmatch(content))
        )
        if spoken:
            add(Candidate(Feature.QUOTE, AnswerKind.QUOTE, qs, qe, content))
        else:  # a term in quotation marks: what something is called
            add(Candidate(Feature.TERM, AnswerKind.TEXT, qs, qe, content, asks="what"))
        return
    # a long quotation: ask who said it
    speakers = [
        h
        for h in hits
        if h.known.entity.type is EntityType.PERSON and (h.end <= qs or h.start >= qe)
    ]
    before = [h for h in speakers if h.end <= qs]
    speaker = before[-1] if before else (speakers[0] if speakers else None)
    if speaker is not None:
        add(
            Candidate(
                Feature.QUOTE,
                AnswerKind.ENTITY,
                speaker.start,
                speaker.end,
                speaker.known.entity.id,
                known=speaker.known,
                quote_start=qs,
                quote_end=qe,
            )
        )


def _definition(sentence: str, hits: list[NameHit]) -> Candidate | None:
    lead = _LEAD_RE.match(sentence)
    start = lead.end() if lead else 0
    term_end = -1
    known: KnownEntity | None = None
    for hit in hits:
        if hit.start == start:
            term_end, known = hit.end, hit.known
            break
    if term_end < 0:
        m = re.compile(r"《[^《》]{1,30}》|「[^「」]{1,20}」").match(
            sentence, start
        ) or _LATIN_NAME_RE.match(sentence, start)
        if m is None:
            return None
        term_end = m.end()
    verb = _DEFINITION_VERB_RE.match(sentence, term_end)
    if verb is None or len(sentence) - verb.end() < 4:
        return None
    term = sentence[start:term_end]
    if term.startswith(("「", "《")) and term.startswith("「"):
        start, term_end, term = start + 1, term_end - 1, term[1:-1]
    if known is not None:
        return Candidate(
            Feature.DEFINITION, AnswerKind.ENTITY, start, term_end, known.entity.id, known=known
        )
    if not term.strip() or (term.isascii() and not _is_new_name(term)):
        return None
    return Candidate(Feature.DEFINITION, AnswerKind.TEXT, start, term_end, term)


def _entity_candidate(hit: NameHit) -> Candidate:
    return Candidate(
        Feature.ENTITY, AnswerKind.ENTITY, hit.start, hit.end, hit.known.entity.id, known=hit.known
    )


def _is_new_name(name: str) -> bool:
    if name in _NOT_NAMES or len(name) < 2:
        return False
    words = name.split()
    if all(w in _NOT_NAMES for w in words):
        return False
    return any(ch.islower() for ch in name) or len(name) >= 3
