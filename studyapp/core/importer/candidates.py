"""What in a sentence could be the answer of a fact, and why it is worth learning.

Each :class:`Candidate` is an answer span (offsets in the sentence) with its
typed answer: a date, a year, a number with its unit, a known entity from a
deck's registry, a new Latin-script name, a quotation or the term a definition
("X 是 …", "X 指 …") defines.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from studyapp.core.deck.model import AnswerKind, EntityType
from studyapp.core.deck.numbers import parse_chinese_numeral
from studyapp.core.importer.entities import EntityIndex, KnownEntity, NameHit


class Feature(str, Enum):
    """Why a sentence is worth learning, strongest first."""

    DATE = "date"
    YEAR = "year"
    NUMBER = "number"
    QUOTE = "quote"
    DEFINITION = "definition"
    NEW_NAME = "new-name"
    ENTITY = "entity"
    KNOWN = "known"  # states what a deck already holds (a fact's answer and its key words)


FEATURE_WEIGHTS: dict[Feature, float] = {
    Feature.DATE: 3.5,
    Feature.YEAR: 3.0,
    Feature.NUMBER: 2.5,
    Feature.QUOTE: 2.0,
    Feature.DEFINITION: 2.0,
    Feature.NEW_NAME: 1.0,
    Feature.ENTITY: 1.0,
    Feature.KNOWN: 2.0,
}
PERSON_WEIGHT = 1.5  # a person named in a sentence: often "who did what"


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

    def span(self, sentence: str) -> str:
        return sentence[self.start : self.end]


_YEAR_RE = re.compile(
    r"(?<![A-Za-z0-9_.\-/])((?:1[5-9]|20)\d\d)(?:\s*[-–—~～至到]\s*((?:1[5-9]|20)\d\d))?(?![\d%])"
)
_DATE_RES = (
    re.compile(r"(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日號号])?"),
    re.compile(r"(?<![A-Za-z0-9_])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])"),
    re.compile(r"(?<![A-Za-z0-9_])(\d{4})/(\d{1,2})/(\d{1,2})(?![\d])"),
)


def _words(text: str) -> list[str]:
    return text.split()


_NUMERALS = "零〇一二兩两三四五六七八九十百千萬万億亿"
_UNITS = _words(
    "個月 个月 個小時 个小时 小時 小时 分鐘 分钟 美元 美金 歐元 欧元 英鎊 英镑 人民幣 人民币 台幣 "
    "公里 公斤 千克 百分點 百分点 週 周 歲 岁 年 天 秒 位 名 人 家 次 倍 字 篇 頁 页 項 项 條 条 種 种 "
    "份 輪 轮 場 场 章 部 本 台 張 张 件 座 所 支 款 個 个 元 %"
)
_NUMBER_RE = re.compile(
    r"(?<![A-Za-z0-9_.,\-第數数幾几好])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|["
    + _NUMERALS
    + r"]+)"
    r"(\s?)(" + "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True)) + ")"
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
_LATIN_NAME_RE = re.compile(
    r"(?<![A-Za-z0-9\-])[A-Z][A-Za-z0-9]*(?:[-'][A-Za-z0-9]+)*(?:\s+[A-Z][A-Za-z0-9]*(?:[-'][A-Za-z0-9]+)*)*"
)
_NOT_NAMES = frozenset(
    _words(
        "AI ML CEO CTO COO CFO OK US UK EU PhD I A An The This That It In On Of We You He She They "
        "If And But Or So No Yes Q"
    )
)
_DEFINITION_VERB_RE = re.compile(
    r"\s*(?:（[^（）]{1,60}）|\([^()]{1,60}\))?\s*(是指|指的是|就是|是|指(?![出著着向])|意指|代表)(?![否不])"
)
_LEAD_RE = re.compile(r"^(?:而|但|其中|所謂|所谓|簡單說|简单说)?[，,]?\s*")

QUOTE_ANSWER_MAX = 24
TERM_QUOTE_MAX = 8


def find_candidates(sentence: str, index: EntityIndex) -> list[Candidate]:
    """Every answer candidate in a sentence, non-overlapping, in feature order."""
    taken: list[tuple[int, int]] = []
    out: list[Candidate] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def add(c: Candidate) -> None:
        if c.end > c.start and free(c.start, c.end):
            out.append(c)
            taken.append((c.start, c.end))

    quotes = _quotes(sentence)
    for c in _dates(sentence):
        add(c)
    for c in _years(sentence):
        add(c)
    for c in _numbers(sentence):
        add(c)
    hits = index.find(sentence)
    for qs, qe in quotes:
        _add_quote(sentence, qs, qe, hits, add)
    definition = _definition(sentence, hits)
    if definition is not None:
        add(definition)
    for hit in hits:
        add(_entity_candidate(hit))
    for m in _LATIN_NAME_RE.finditer(sentence):
        name = m.group(0).strip()
        if _is_new_name(name) and free(m.start(), m.end()):
            covered = any(h.start <= m.start() and m.end() <= h.end for h in hits)
            if not covered:
                add(
                    Candidate(
                        Feature.NEW_NAME, AnswerKind.TEXT, m.start(), m.start() + len(name), name
                    )
                )
    return out


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
        spoken = bool(_SPEECH_RE.search(sentence[:qs])) or len(content) > TERM_QUOTE_MAX
        kind = AnswerKind.QUOTE if spoken else AnswerKind.TEXT
        add(Candidate(Feature.QUOTE, kind, qs, qe, content))
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


def _dates(sentence: str) -> list[Candidate]:
    out: list[Candidate] = []
    for pattern in _DATE_RES:
        for m in pattern.finditer(sentence):
            year, month, day = int(m.group(1)), int(m.group(2)), m.group(3)
            if not (1000 <= year <= 2999 and 1 <= month <= 12) or (day and not 1 <= int(day) <= 31):
                continue
            value = f"{year:04d}-{month:02d}" + (f"-{int(day):02d}" if day else "")
            out.append(Candidate(Feature.DATE, AnswerKind.DATE, m.start(), m.end(), value))
    return out


def _years(sentence: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _YEAR_RE.finditer(sentence):
        after = sentence[m.end() : m.end() + 3].lstrip()
        if after.startswith("年代"):
            continue
        if m.group(2):
            if int(m.group(2)) <= int(m.group(1)):
                continue
            out.append(Candidate(Feature.YEAR, AnswerKind.TEXT, m.start(), m.end(), m.group(0)))
        else:
            out.append(
                Candidate(Feature.YEAR, AnswerKind.YEAR, m.start(1), m.end(1), int(m.group(1)))
            )
    return out


def _numbers(sentence: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _NUMBER_RE.finditer(sentence):
        raw, unit = m.group(1), m.group(3)
        value: float | None
        if raw[0].isdigit():
            value = float(raw.replace(",", ""))
            if unit == "年" and value >= 1000:
                continue  # a year, not a duration
        else:
            if re.search(f"[{_NUMERALS[:-7]}]{{2}}", raw):
                continue  # 一兩, 三四: an approximation, not a number
            value = parse_chinese_numeral(raw)
            if value is None or value == 1:
                continue  # 一個, 一家: an article, not a count
            if value == 2 and unit == "人":
                continue  # 兩人: "the two of them"
        if value is None:
            continue
        end = m.end(1)
        if unit != "%" and sentence.startswith("半", m.end(3)):  # 五年半, 三個半月
            value += 0.5
            end = m.end(3) + 1
        number: int | float = int(value) if value.is_integer() else value
        if end != m.end(1):
            out.append(Candidate(Feature.NUMBER, AnswerKind.NUMBER, m.start(1), end, number, unit))
        elif unit == "%":
            out.append(
                Candidate(Feature.NUMBER, AnswerKind.NUMBER, m.start(1), m.end(3), number, unit)
            )
        else:
            out.append(
                Candidate(Feature.NUMBER, AnswerKind.NUMBER, m.start(1), m.end(1), number, unit)
            )
    return out


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
