"""Stable identities for everything studyapp writes into an Anki package.

Anki recognises a note it has seen before by its GUID, a note type by its id and
(when it places cards) a deck by its id and name. If any of these changed from
one export to the next, re-importing would create duplicates and orphan the
reader's review history. So:

* the four note type ids below are fixed for the life of the project: one per
  card kind and script (the templates differ only in their labels, fonts and
  the text-to-speech language). **Never change them.**
* a deck id is ``stable_id("deck", deck id, topic id, script, layout)``: the first
  8 bytes of SHA-256 over those parts, folded into ``[2**31, 2**52)`` (clear of
  Anki's default deck 1, and exact in JavaScript, which AnkiDroid's deck list uses).
  ``layout`` is ``"single"`` for ``Title::Topic`` and ``"both"`` for
  ``Title::繁體::Topic`` / ``Title::简体::Topic``. The parent decks get ids the
  same way: ``("deck-title", deck id, script of the title)`` and
  ``("deck-script", deck id, script)``.
* a note's GUID is derived from ``(deck id, fact id, card kind, script)`` only,
  never from its fields (genanki's default hashes the fields, so any wording
  edit would make a new note).
"""

from __future__ import annotations

import base64
import hashlib
from typing import Literal

from studyapp.core.deck.model import CardKind, Script

#: The card kinds an export writes (a reverse card has no note type of its own in Anki).
CARD_KINDS: tuple[CardKind, ...] = (CardKind.QA, CardKind.CLOZE)
Layout = Literal["single", "both"]

# Fixed note type ids: (card kind, script) -> id. Never change or reuse them.
MODEL_IDS: dict[tuple[CardKind, Script], int] = {
    (CardKind.QA, "hant"): 1_733_712_001,
    (CardKind.QA, "hans"): 1_733_712_002,
    (CardKind.CLOZE, "hant"): 1_733_712_003,
    (CardKind.CLOZE, "hans"): 1_733_712_004,
}

_ID_LOW = 2**31
_ID_HIGH = 2**52


def _digest(parts: tuple[str, ...]) -> int:
    data = "\x1f".join(parts).encode("utf-8")
    return int.from_bytes(hashlib.sha256(data).digest()[:8], "big")


def stable_id(*parts: str) -> int:
    """A positive id in ``[2**31, 2**52)`` that depends only on ``parts``."""
    return _ID_LOW + _digest(parts) % (_ID_HIGH - _ID_LOW)


def deck_anki_id(deck_id: str, topic_id: str, script: Script, layout: Layout) -> int:
    """The Anki deck id of a topic's deck."""
    return stable_id("deck", deck_id, topic_id, script, layout)


def script_parent_anki_id(deck_id: str, script: Script) -> int:
    """The id of ``Title::繁體`` / ``Title::简体`` in the ``both`` layout."""
    return stable_id("deck-script", deck_id, script)


def title_anki_id(deck_id: str, script: Script) -> int:
    """The id of the top-level ``Title`` deck, its title written in ``script``."""
    return stable_id("deck-title", deck_id, script)


_KIND_CODES: dict[CardKind, str] = {CardKind.QA: "q", CardKind.CLOZE: "c"}
_SCRIPT_CODES: dict[Script, str] = {"hant": "t", "hans": "s"}


def fact_guid_prefix(deck_id: str, fact_id: str) -> str:
    """72 bits of SHA-256 of ``(deck id, fact id)`` in URL-safe base64 (12 characters)."""
    data = f"studyapp-note\x1f{deck_id}\x1f{fact_id}".encode()
    return base64.urlsafe_b64encode(hashlib.sha256(data).digest()[:9]).decode("ascii")


def guid_suffix(kind: CardKind, script: Script) -> str:
    return _KIND_CODES[kind] + _SCRIPT_CODES[script]


def note_guid(deck_id: str, fact_id: str, kind: CardKind, script: Script) -> str:
    """The GUID of the note for one fact, card kind and script, e.g. ``"Xk3…9aQqt"``.

    Anki treats a GUID as an opaque string. One hash per fact, plus two letters
    for the card kind and the script, keeps the export fast.
    """
    return fact_guid_prefix(deck_id, fact_id) + guid_suffix(kind, script)
