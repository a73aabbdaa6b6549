"""How likely a reader is to throw a draft away: the drafts not worth offering.

The importer's ranking (:mod:`.ranking`) says which answers people ask about;
it does not say whether the card a draft makes is one a careful reader keeps.
Blind readers judged the drafts of 226 real articles nobody here wrote (good
as it stands, good after a small edit, poor, wrong; docs/import-quality.md);
their verdicts follow the ranking hardly at all, but they do follow what a
draft looks like: how long its question is and what it asks with, whether the
answer is a lone common word, a quoted title, one of several numbers the
question reads out, whether the topic line above the card already says it,
and the tags of the words in and around the blank.

:func:`doubt` is a logistic model of those plain features
(``confidence_weights.json``, fitted by ``tests/bench/fit_confidence.py`` on
the readers' verdicts); a draft whose doubt reaches :data:`DOUBT_LIMIT` is
not offered, unless it says something a loaded deck already holds (those
drafts carry the repeat and disagreement flags the reader needs). The session
counts what it held back, and the reader can have it shown (``doubt_limit=1.0``).
"""

from __future__ import annotations

import functools
import json
import math
import re
from importlib import resources

from studyapp.core.importer.name_tagger import names as name_spans
from studyapp.core.importer.questions import REPORTING_VERBS, WORK_KINDS_ASKED, asked_word
from studyapp.core.importer.segment import tokens
from studyapp.core.importer.textnorm import simplified

# at 0.30, held out by reading set (173 sets, 9,727 judged drafts, rounds 10-17): 52 % of
# the drafts kept, 83.5 % of those usable (67.7 % of all); at 0.35, 60 % kept and 81.3 %
# usable, which fresh batches read from 71 % to 90 % (docs/import-quality.md)
DOUBT_LIMIT = 0.30

_CONNECTIVE_RE = re.compile(
    r"^(另外|另|而且|而|但是|但|並且|並|并且|并|也|又|且|此外|同時|同时|其中|不過|不过"
    r"|因此|所以|據|据|對此|对此|其|該|该|此|這|这)"
)
_PRONOUN_RE = re.compile(
    r"他們|她們|他们|她们|後者|后者|前者|兩人|两人|雙方|双方|對方|对方|他|她|它|其|該|该|這些|这些|此"
)
_RELATIVE_TIME_RE = re.compile(
    r"今天|昨天|今日|昨日|今年|去年|明天|明年|日前|近日|目前|當天|当天|同日|本週|本周|上週|上周|昨|今"
)
_REPORTING_RE = re.compile(REPORTING_VERBS)
_NUMBER_RE = re.compile(r"\d+")
_DIGIT_RE = re.compile(r"\d")
_LATIN_RE = re.compile(r"[A-Za-z]")
_CLAUSE_RE = re.compile(r"[,，;；]")
_COUNT_RE = re.compile(r"^[\d.,]+(.{0,2})$")  # a number and its unit (147公斤)
_TIME_RE = re.compile(r"[年月日時时點点分秒天週周季]|\d{4}")
_FULL_DATE_RE = re.compile(r"\d+月\d+日")
_OPENING_QUOTES = ("「", "《", "“", "『")
_CLOSING = "。！？!?.」”"
_WHEN_WORDS = frozenset({"什么时候", "何时", "哪天", "几月", "哪一天", "几日", "几点"})
_YEAR_WORDS = frozenset({"哪一年", "哪年"})
_WHERE_WORDS = frozenset({"哪里", "何地", "何处"})
_COMMON_TAGS = frozenset({"n", "a", "v", "vn", "ad", "d"})


_MARGIN = 12  # characters either side of the blank tagged with it
# how often a blank without digits is a name, holds one or holds none, in the 1,757 such
# drafts readers judged in sets 94-129
_NAME_SHARES = {"answer-name=exact": 0.21, "answer-name=holds": 0.2, "answer-name=none": 0.59}


@functools.lru_cache(maxsize=64)
def _folded(topic: str) -> str:
    return simplified(topic)  # one topic line serves many drafts


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if n <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


_ASKED_AS_A_WORK = dict.fromkeys(WORK_KINDS_ASKED, "哪部作品")


def features(
    question: str,
    answer: str,
    before: str,
    span: str,
    after: str,
    topic: str,
    rank: float,
    *,
    names: bool = True,
) -> dict[str, float]:
    """What a draft looks like: its question, its answer as the reader sees it,
    its statement around the blank (``before`` + ``span`` + ``after``), the topic
    line above its card, and its place in the list (0 first … 1 last). With
    ``names``, whether the blank is a name the name tagger reads (:mod:`.name_tagger`)."""
    q = question.rstrip("？?")
    asked_as_written = asked_word(q)
    asked = simplified(asked_as_written)
    folded_q, folded_a, folded_topic = simplified(q), simplified(answer), _folded(topic)
    out: dict[str, float] = {"bias": 1.0}
    out["question=" + _bucket(len(q), (10, 15, 22, 30, 45, 60))] = 1
    out["answer=" + _bucket(len(answer), (1, 2, 3, 5, 8, 14))] = 1
    # a law, a paper or a magazine in 《》 is asked as the works were that the readers
    # judged (哪部作品)
    out["asks=" + (_ASKED_AS_A_WORK.get(asked, asked) or "none")] = 1
    if asked:
        at = q.find(asked_as_written)
        end = at + len(asked)
        out["asks-at=" + ("start" if at == 0 else "end" if end >= len(q) - 1 else "middle")] = 1
    if _DIGIT_RE.search(answer):
        out["answer-digits"] = 1
        out["answer-digits-asked=" + (asked or "none")] = 1
    if _LATIN_RE.search(answer):
        out["answer-latin"] = 1
    if _CONNECTIVE_RE.match(q):
        out["question-opens-with-connective"] = 1
    if _PRONOUN_RE.search(q):
        out["question-pronoun"] = 1
    if _RELATIVE_TIME_RE.search(q):
        out["question-relative-time"] = 1
    if _REPORTING_RE.search(q):
        out["question-reporting-verb"] = 1
    out["question-numbers=" + _bucket(len(_NUMBER_RE.findall(q)), (0, 1, 2))] = 1
    out["question-clauses=" + _bucket(len(_CLAUSE_RE.findall(q)), (0, 1, 2))] = 1
    if "「" in q or "“" in q or '"' in q:
        out["question-quote"] = 1
    if "、" in answer:
        out["answer-list"] = 1
    if before.rstrip().endswith(_OPENING_QUOTES):
        out["answer-quoted"] = 1
    if after.startswith("的"):
        out["answer-before-de"] = 1
    if before.endswith("、") or after.startswith("、"):
        out["answer-in-list"] = 1
    where = (
        "start" if not before.strip() else "end" if len(after.strip(_CLOSING)) <= 1 else "middle"
    )
    out["answer-at=" + where] = 1
    if folded_a:
        chars = set(folded_a)
        out["answer-in-topic"] = sum(ch in folded_topic for ch in chars) / len(chars)
        out["answer-in-question"] = sum(ch in folded_q for ch in chars) / len(chars)
    statement = before + span + after
    # the words in and around the blank: a few characters either side are enough
    # to tag them (the whole of a long statement would cost a 2 MB article a second)
    window = max(0, len(before) - _MARGIN)
    words = tokens(statement[window : len(before) + len(span) + _MARGIN])
    lo, hi = len(before) - window, len(before) - window + len(span)
    inside = [w for w in words if w.start < hi and w.end > lo]
    if inside:
        out["answer-first-tag=" + inside[0].tag[:1]] = 1
        out["answer-last-tag=" + inside[-1].tag[:1]] = 1
        if any(w.tag.startswith("v") for w in inside):
            out["answer-verb"] = 1
        if inside[0].start < lo or inside[-1].end > hi:
            out["answer-cuts-word"] = 1
        out["answer-words=" + _bucket(len(inside), (1, 2, 3, 5))] = 1
        if len(inside) == 1 and inside[0].tag in _COMMON_TAGS and len(answer) <= 3:
            out["answer-one-common-word=" + inside[0].tag] = 1
    following = [w for w in words if w.start >= hi][:1]
    if following:
        out["next-tag=" + following[0].tag[:1]] = 1
    preceding = [w for w in words if w.end <= lo][-1:]
    if preceding:
        out["previous-tag=" + preceding[0].tag[:1]] = 1
    unit = _COUNT_RE.match(answer)
    if unit and unit.group(1) and re.search(r"\d" + re.escape(unit.group(1)), q):
        out["answer-unit-counted-in-question"] = 1
    if _DIGIT_RE.search(answer) and _DIGIT_RE.search(q):
        out["numbers-in-both"] = 1
    if asked in _WHEN_WORDS and not _TIME_RE.search(answer):
        out["when-without-time"] = 1
    if asked in _WHERE_WORDS and _DIGIT_RE.search(answer):
        out["where-with-number"] = 1
    if asked in _YEAR_WORDS and _FULL_DATE_RE.search(q):
        out["year-of-a-dated-day"] = 1
    out["rank=" + _bucket(int(3 * rank), (0, 1))] = 1
    if not _DIGIT_RE.search(span):
        # a blank that is a person, place, organisation or proper noun as the model reads
        # it, holds one, or holds none (生命安全, 特色产業: the stock phrases readers drop);
        # unread (a long article), each as often as in the readers' drafts
        if names:
            lo, hi = len(before), len(before) + len(span)
            named = [(s, e) for s, e in name_spans(statement) if lo <= s and e <= hi]
            exact = any(s == lo and e == hi for s, e in named)
            out["answer-name=" + ("exact" if exact else "holds" if named else "none")] = 1
        else:
            out.update(_NAME_SHARES)
    out["question-share=" + _bucket(int(10 * len(q) / max(1, len(statement))), (3, 6, 8))] = 1
    return out


@functools.cache
def _weights() -> tuple[float, dict[str, float]]:
    data = json.loads(
        resources.files("studyapp.core.importer")
        .joinpath("confidence_weights.json")
        .read_text(encoding="utf-8")
    )
    return float(data["intercept"]), {str(k): float(v) for k, v in data["weights"].items()}


def doubt(
    question: str,
    answer: str,
    before: str,
    span: str,
    after: str,
    topic: str,
    rank: float,
    *,
    names: bool = True,
) -> float:
    """How likely (0–1) a careful reader finds this draft poor or wrong (``names``: read
    the blank's names, see :func:`features`)."""
    intercept, weights = _weights()
    x = features(question, answer, before, span, after, topic, rank, names=names)
    z = intercept + sum(weights.get(k, 0.0) * v for k, v in x.items())
    return 1.0 / (1.0 + math.exp(-z))
