"""Turning a sentence and an answer span into a statement and a question.

Chinese asks in place: the answer span is replaced by a question word where it
stands (2015 年 → 哪一年, Dario → 誰), so the sentence becomes its own question.
A long sentence is first cut down to the clauses around the span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from studyapp.core.deck.model import AnswerKind, EntityType, Script
from studyapp.core.importer.candidates import Candidate

MAX_STATEMENT = 90
MIN_STATEMENT = 36

_WORDS: dict[str, tuple[str, str]] = {  # (hant, hans)
    "when": ("什麼時候", "什么时候"),
    "which-year": ("哪一年", "哪一年"),
    "which-years": ("哪幾年", "哪几年"),
    "how-many": ("多少", "多少"),
    "percent": ("百分之多少", "百分之多少"),
    "who": ("誰", "谁"),
    "which-org": ("哪個機構", "哪个机构"),
    "where": ("哪裡", "哪里"),
    "what": ("什麼", "什么"),
    "quote-tail": ("（引號中的話是什麼？）", "（引号中的话是什么？）"),
}

_CLAUSE_RE = re.compile(r"[，,；;：:]")
_TAIL_RE = re.compile(r"[。！!？?；;，,、：:…\s]+$")


@dataclass(frozen=True, slots=True)
class Phrasing:
    statement: str  # with {{span}}
    plain: str  # the statement without markers
    question: str


def word(key: str, script: Script) -> str:
    hant, hans = _WORDS[key]
    return hant if script == "hant" else hans


def clean_text(text: str) -> str:
    """No ``{{`` or ``}}`` in article text: they mark answer spans in a deck."""
    while "{{" in text or "}}" in text:
        text = text.replace("{{", "{").replace("}}", "}")
    return text


def phrase(sentence: str, cand: Candidate, script: Script) -> Phrasing | None:
    """Statement and question for ``cand``, or None when no fair question results."""
    start, end = _trim(sentence, cand)
    text = sentence[start:end]
    s, e = cand.start - start, cand.end - start
    span = text[s:e]
    if not span.strip() or "{" in span or "}" in span:
        return None
    before, after = text[:s], text[e:]
    if end < len(sentence):  # cut after a clause: end it as a sentence
        after = re.sub(r"[，,；;：:]\s*$", "。", after)
        text = before + span + after
    if "{" in before + after or "}" in before + after:
        return None
    statement = f"{before}{{{{{span}}}}}{after}"
    question = _ask_candidate(before, span, after, cand, script)
    if question is None:
        return None
    return Phrasing(statement=statement, plain=text, question=question)


def _ask_candidate(
    before: str, span: str, after: str, cand: Candidate, script: Script
) -> str | None:
    etype = cand.known.entity.type if cand.known else EntityType.CONCEPT
    names = (*cand.known.names(script), *cand.known.entity.names) if cand.known else ()
    year_range = cand.kind is AnswerKind.TEXT and cand.feature.value == "year"
    quoted = cand.feature.value == "quote" and cand.kind is not AnswerKind.ENTITY
    return ask(
        before,
        span,
        after,
        cand.kind,
        cand.unit,
        etype,
        script,
        names=names,
        year_range=year_range,
        quoted=quoted,
    )


def ask(
    before: str,
    span: str,
    after: str,
    kind: AnswerKind,
    unit: str,
    etype: EntityType,
    script: Script,
    *,
    names: tuple[str, ...] = (),
    year_range: bool = False,
    quoted: bool = False,
) -> str | None:
    """The sentence with the span asked for in place, or None if it would give the answer away."""
    if quoted or kind is AnswerKind.QUOTE:
        quoted = _between_quotes(before, after)
    tail = ""
    if kind is AnswerKind.YEAR:
        m = re.match(r"\s*年(?!代)", after)
        if m:
            after = after[m.end() :]
        asked = word("which-year", script)
    elif year_range:  # 2014-2017
        m = re.match(r"\s*年", after)
        if m:
            after = after[m.end() :]
        asked = word("which-years", script)
    elif kind is AnswerKind.DATE:
        asked = word("when", script)
    elif kind is AnswerKind.NUMBER:
        if unit == "%":
            asked = word("percent", script)
        elif unit and span.endswith(unit + "半"):  # 五年半
            asked = word("how-many", script) + unit
        else:
            asked = word("how-many", script)
    elif kind is AnswerKind.ENTITY:
        asked = word(
            {
                EntityType.PERSON: "who",
                EntityType.ORGANIZATION: "which-org",
                EntityType.PLACE: "where",
            }.get(etype, "what"),
            script,
        )
    elif quoted:
        asked = "……"
        tail = word("quote-tail", script)
    else:
        asked = word("what", script)
    if not asked[0].isascii():  # no space between a question word and Chinese text
        if before.rstrip() and not before.rstrip()[-1].isascii():
            before = before.rstrip()
        if after.lstrip() and not after.lstrip()[0].isascii():
            after = after.lstrip()
    question = _finish(f"{before}{asked}{after}", tail)
    folded = question.casefold()
    if any(len(a.strip()) >= 2 and a.strip().casefold() in folded for a in (span, *names)):
        return None
    return question


def _between_quotes(before: str, after: str) -> bool:
    return bool(before) and bool(after) and before[-1] in '「『“"' and after[0] in '」』”"'


def _finish(text: str, tail: str) -> str:
    text = " ".join(text.split())
    if tail:
        return _TAIL_RE.sub("", text) + tail
    closers = ""
    while text and text[-1] in '」』”’"）)':
        closers = text[-1] + closers
        text = text[:-1]
    if closers:
        return text + closers + "？"
    return _TAIL_RE.sub("", text) + "？"


def _trim(sentence: str, cand: Candidate) -> tuple[int, int]:
    """The clauses around the span (and its quotation) when the sentence is long."""
    if len(sentence) <= MAX_STATEMENT:
        return 0, len(sentence)
    lo = cand.start if cand.quote_start < 0 else min(cand.start, cand.quote_start)
    hi = cand.end if cand.quote_end < 0 else max(cand.end, cand.quote_end + 1)
    cuts = [
        0,
        *(m.end() for m in _CLAUSE_RE.finditer(sentence) if not _inside_quote(sentence, m.start())),
        len(sentence),
    ]
    cuts = sorted(set(cuts))
    start = max(c for c in cuts if c <= lo)
    end = min(c for c in cuts if c >= hi)
    while end - start < MIN_STATEMENT:
        left = max((c for c in cuts if c < start), default=None)
        right = min((c for c in cuts if c > end), default=None)
        if (
            left is not None
            and (right is None or start - left <= right - end)
            and end - left <= MAX_STATEMENT
        ):
            start = left
        elif right is not None and right - start <= MAX_STATEMENT:
            end = right
        else:
            break
    while start < end and sentence[start].isspace():
        start += 1
    return start, end


def _inside_quote(sentence: str, pos: int) -> bool:
    head = sentence[:pos]
    return (
        head.count("「") > head.count("」")
        or head.count("『") > head.count("』")
        or head.count("“") > head.count("”")
        or head.count('"') % 2 == 1
        or head.count("（") > head.count("）")
        or head.count("(") > head.count(")")
    )
