"""How likely a reader is to ask for a candidate: the order of the drafts.

A candidate is described by a few plain features (:func:`features`): its kind
(a name, a date, a number with its unit, a work, a defined term …), what the
wording says of it (the place after 位於, the agent after 由, the thing called
the largest), its length, the word just before and after it, where it stands
in its clause and sentence, and the tags of the words around it. Its weight is
the sum of the weights of its features (a linear model, ``ranking_weights.json``).

The weights were fitted (logistic regression, then rounded) on which candidates
people's questions asked for in the development half of two public
reading-comprehension sets (DRCD, Traditional; CMRC 2018, Simplified); the
held-out halves were only counted (docs/import-quality.md). No text of those
sets is kept: only these weights.
"""

from __future__ import annotations

import bisect
import functools
import json
import re
from dataclasses import dataclass
from importlib import resources

from studyapp.core.deck.model import EntityType
from studyapp.core.importer.candidates import Candidate
from studyapp.core.importer.segment import Token
from studyapp.core.importer.textnorm import simplified

_CLAUSE_MARKS = "，,。；;：:！？!?、"
_PREV_CUES = frozenset("是為为在於于由的和與与、被稱称叫到從从")
_NEXT_CUES = frozenset("的是在於于、和與与等中之")
_BLANKS = " \u3000"
_DIGIT_RE = re.compile(r"\d")
_LATIN_RE = re.compile(r"[A-Za-z]")


@dataclass(frozen=True, slots=True)
class Context:
    """What the rest of the article says around a sentence's candidates."""

    sentence: int = 0  # the sentence's place in its paragraph
    sentences: int = 1  # sentences in that paragraph
    words: tuple[Token, ...] = ()  # the sentence's words (segment.tokens)
    starts: tuple[int, ...] = ()  # where each word starts


def _left_of(sentence: str, start: int) -> str:
    """The last few characters before ``start``, spaces dropped at their end."""
    left = sentence[max(0, start - 8) : start].rstrip(_BLANKS)
    if len(left) < 2 and start > 8:
        left = sentence[:start].rstrip(_BLANKS)[-8:]
    return left


def _right_of(sentence: str, end: int) -> str:
    right = sentence[end : end + 8].lstrip(_BLANKS)
    if len(right) < 2 and end + 8 < len(sentence):
        right = sentence[end:].lstrip(_BLANKS)[:8]
    return right


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
    sentence = simplified(sentence)
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
    left = _left_of(sentence, cand.start)  # spaces between scripts say nothing
    right = _right_of(sentence, cand.end)
    after = right[:1]
    before = left[-1:]
    f["clause_end"] = 1.0 if not after or after in _CLAUSE_MARKS else 0.0
    f["clause_start"] = 1.0 if not before or before in _CLAUSE_MARKS else 0.0
    f["rel_pos"] = cand.start / max(1, len(sentence))
    index, total = context.sentence, context.sentences
    place = "0" if index == 0 else "1" if index == 1 else "last" if index == total - 1 else "mid"
    f["S=" + place] = 1.0
    contains = inside = 0.0
    for o in others:
        if o.start == cand.start and o.end == cand.end:
            continue
        if cand.start <= o.start and o.end <= cand.end:
            contains = 1.0
        if o.start <= cand.start and cand.end <= o.end:
            inside = 1.0
    f["contains_other"] = contains
    f["inside_other"] = inside
    f["has_de"] = 1.0 if "的" in span else 0.0
    f["has_digit"] = 1.0 if _DIGIT_RE.search(span) else 0.0
    f["latin"] = 1.0 if _LATIN_RE.search(span) else 0.0
    f["sent_len"] = min(len(sentence), 200) / 100
    f["n_cands"] = min(len(others), 20) / 10
    prev2 = left[-2:]
    if before in _PREV_CUES:
        f["prev=" + before] = 1.0
    if after in _NEXT_CUES:
        f["next=" + after] = 1.0
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
        _word_features(f, cand, context)
    return f


def _word_features(f: dict[str, float], cand: Candidate, context: Context) -> None:
    """The tags of the words around and inside the span, and whether it cuts a word."""
    words, starts = context.words, context.starts
    first = bisect.bisect_left(starts, cand.start)
    last = first
    while last < len(words) and words[last].end <= cand.end:
        last += 1
    inside = words[first:last]
    before = first - 1
    while before >= 0 and (words[before].end > cand.start or not words[before].text.strip()):
        before -= 1
    after = bisect.bisect_left(starts, cand.end)
    while after < len(words) and not words[after].text.strip():
        after += 1
    whole = first < len(words) and starts[first] == cand.start and bool(inside)
    f["cuts_word"] = 0.0 if whole and inside[-1].end == cand.end else 1.0
    f["pt=" + (words[before].tag if before >= 0 else "^")] = 1.0
    f["nt=" + (words[after].tag if after < len(words) else "$")] = 1.0
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
    total = intercept
    for key, value in features(cand, sentence, context, others).items():
        w = get(key)
        if w is not None:
            total += w * value
    return total


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
