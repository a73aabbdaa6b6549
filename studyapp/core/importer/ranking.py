"""How likely a reader is to ask for a candidate: the order of the drafts.

A candidate is described by a few plain features (:func:`features`): its kind
(a name, a date, a number with its unit, a work, a defined term …), what the
wording says of it (the place after 位於, the agent after 由, the thing called
the largest), its length, the word just before and after it, where it stands
in its clause and sentence, and how often the article names it. Its weight is
the sum of the weights of its features (a linear model, ``ranking_weights.json``).

The weights were fitted (logistic regression, then rounded) on which candidates
people's questions asked for in the development half of two public
reading-comprehension sets (DRCD, Traditional; CMRC 2018, Simplified); the
held-out halves were only counted (docs/import-quality.md). No text of those
sets is kept: only these weights.
"""

from __future__ import annotations

import functools
import json
import re
from collections import Counter
from dataclasses import dataclass
from importlib import resources

from studyapp.core.importer.candidates import Candidate
from studyapp.core.importer.segment import Token
from studyapp.core.model import EntityType
from studyapp.core.script import convert_plain

_CLAUSE_MARKS = "，,。；;：:！？!?、"
_PREV_CUES = ("是", "為", "为", "在", "於", "于", "由", "的", "和", "與", "与", "、", "被", "稱", "称",
              "叫", "到", "從", "从")  # fmt: skip
_NEXT_CUES = ("的", "是", "在", "於", "于", "、", "和", "與", "与", "等", "中", "之")
_DIGIT_RE = re.compile(r"\d")
_LATIN_RE = re.compile(r"[A-Za-z]")


@functools.lru_cache(maxsize=256)
def _simplified(sentence: str) -> str:
    folded = convert_plain(sentence, "hans")
    return folded if len(folded) == len(sentence) else sentence


@dataclass(frozen=True, slots=True)
class Context:
    """What the rest of the article says around a sentence's candidates."""

    counts: Counter[str]  # how many candidates of the article have each span
    sentence: int = 0  # the sentence's place in its paragraph
    sentences: int = 1  # sentences in that paragraph
    words: tuple[Token, ...] = ()  # the sentence's words (segment.tokens)


def _length(n: int) -> str:
    if n <= 1:
        return "1"
    if n <= 3:
        return "2-3"
    if n <= 6:
        return "4-6"
    if n <= 12:
        return "7-12"
    if n <= 20:
        return "13-20"
    return "21+"


def features(
    cand: Candidate, sentence: str, context: Context, others: list[Candidate]
) -> dict[str, float]:
    """The features of one candidate in ``sentence`` (``others``: all the sentence's).
    Characters are compared in Simplified, so both scripts share one set of weights."""
    sentence = _simplified(sentence)
    span = cand.span(sentence)
    shown = span  # a number with the unit written after it: 六 個月 reads as 六個月
    if cand.unit and cand.unit != "%" and sentence[cand.end :].lstrip().startswith(cand.unit):
        shown = span + cand.unit
    f: dict[str, float] = {"F=" + cand.feature.value: 1.0}
    for role in cand.roles:
        f["R=" + role] = 1.0
    length = _length(len(shown))
    f["L=" + length] = 1.0
    f[f"F={cand.feature.value},L={length}"] = 1.0
    seen = context.counts[span]
    f["M=" + ("1" if seen <= 1 else "2" if seen == 2 else "3+")] = 1.0
    left = sentence[: cand.start].rstrip(" \u3000")  # spaces between scripts say nothing
    right = sentence[cand.end :].lstrip(" \u3000")
    after = right[:1]
    before = left[-1:]
    f["clause_end"] = 1.0 if not after or after in _CLAUSE_MARKS else 0.0
    f["clause_start"] = 1.0 if not before or before in _CLAUSE_MARKS else 0.0
    f["rel_pos"] = cand.start / max(1, len(sentence))
    index, total = context.sentence, context.sentences
    place = "0" if index == 0 else "1" if index == 1 else "last" if index == total - 1 else "mid"
    f["S=" + place] = 1.0
    span_of = (cand.start, cand.end)
    f["contains_other"] = float(
        any(
            cand.start <= o.start and o.end <= cand.end and (o.start, o.end) != span_of
            for o in others
        )
    )
    f["inside_other"] = float(
        any(
            o.start <= cand.start and cand.end <= o.end and (o.start, o.end) != span_of
            for o in others
        )
    )
    f["has_de"] = 1.0 if "的" in span else 0.0
    f["has_digit"] = 1.0 if _DIGIT_RE.search(span) else 0.0
    f["latin"] = 1.0 if _LATIN_RE.search(span) else 0.0
    f["sent_len"] = min(len(sentence), 200) / 100
    f["n_cands"] = min(len(others), 20) / 10
    prev2 = left[-2:]
    for cue in _PREV_CUES:
        if prev2.endswith(cue):
            f["prev=" + cue] = 1.0
    for cue in _NEXT_CUES:
        if after == cue:
            f["next=" + cue] = 1.0
    if cand.known is not None and cand.known.entity.type is EntityType.PERSON:
        f["known_person"] = 1.0
    # the words around it and its own first and last character
    f["p1=" + (before or "^")] = 1.0
    f["p2=" + (prev2 if len(prev2) == 2 else "^")] = 1.0
    f["n1=" + (after or "$")] = 1.0
    f["n2=" + (right[:2] or "$")] = 1.0
    if span:
        f["h1=" + span[-1]] = 1.0
        f["s1=" + span[0]] = 1.0
    if context.words:
        _word_features(f, cand, context.words)
    return f


def _word_features(f: dict[str, float], cand: Candidate, words: tuple[Token, ...]) -> None:
    """The tags of the words around and inside the span, and whether it cuts a word."""
    inside = [w for w in words if cand.start <= w.start and w.end <= cand.end]
    before = next((w for w in reversed(words) if w.end <= cand.start and w.text.strip()), None)
    after = next((w for w in words if w.start >= cand.end and w.text.strip()), None)
    starts = {w.start for w in words}
    ends = {w.end for w in words}
    f["cuts_word"] = float(cand.start not in starts or cand.end not in ends)
    f["pt=" + (before.tag if before else "^")] = 1.0
    f["nt=" + (after.tag if after else "$")] = 1.0
    if inside:
        f["ft=" + inside[0].tag] = 1.0
        f["ht=" + inside[-1].tag] = 1.0
        f["nw=" + str(min(len(inside), 4))] = 1.0
        if any(w.tag.startswith("v") and w.tag != "vn" for w in inside):
            f["has_verb"] = 1.0


def weight(cand: Candidate, sentence: str, context: Context, others: list[Candidate]) -> float:
    """The candidate's rank score (log-odds that a reader asks for it)."""
    intercept, weights = model()
    get = weights.get
    found = features(cand, sentence, context, others)
    return intercept + sum(get(k, 0.0) * v for k, v in found.items())


@functools.cache
def model() -> tuple[float, dict[str, float]]:
    """``(intercept, weights)`` from the packaged ``ranking_weights.json``."""
    text = resources.files(__package__).joinpath(WEIGHTS_FILE).read_text("utf-8")
    data = json.loads(text)
    weights = {str(k): float(v) for k, v in data["weights"].items()}
    for key, value in data.get("manual", {}).items():  # what the fitting data cannot show
        weights[str(key)] = weights.get(str(key), 0.0) + float(value)
    return float(data["intercept"]), weights


WEIGHTS_FILE = "ranking_weights.json"
