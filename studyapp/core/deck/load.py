"""Loading a deck file: the fast reader first, the careful one for its problems.

``load_deck(path)`` returns a :class:`~studyapp.core.deck.model.Deck` or raises
:class:`~studyapp.core.deck.yamlsafe.DeckError` listing every problem as
``path:line:column: message`` (with the fact id where there is one). The format
is documented in ``decks/README.md``; its rules are :mod:`.rules`, applied by
:mod:`.fast` (valid decks, quickly) and :mod:`.careful` (every problem, located).
"""

from __future__ import annotations

import logging
from pathlib import Path

from studyapp.core.deck import careful, fast
from studyapp.core.deck.cache import DeckCache
from studyapp.core.deck.model import Deck
from studyapp.core.deck.yamlsafe import MAX_BYTES, DeckError, Problem, Unsupported, decode

log = logging.getLogger(__name__)


def load_deck(path: str | Path, *, builtin: bool = False, cache: DeckCache | None = None) -> Deck:
    """Read and validate one deck file (through ``cache`` if given: see
    :mod:`studyapp.core.deck.cache`; the deck and its problems are the same)."""
    path = Path(path)
    shown = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise DeckError(
                [Problem(shown, 1, 1, f"file is {size / 1_048_576:.1f} MB; the limit is 5 MB")]
            )
        data = path.read_bytes()
    except OSError as exc:
        raise DeckError([Problem(shown, 1, 1, f"cannot read the file: {exc.strerror}")]) from None
    if cache is None:
        return load_deck_bytes(data, shown, builtin=builtin)
    key = cache.key(data)
    tree = cache.get(path, key)
    if tree is not None:
        try:
            return fast.plain_deck(tree, shown, builtin)
        except Exception:  # a damaged entry is a miss: the file is read as usual
            log.debug("deck cache entry for %s not used", shown, exc_info=True)
    text = decode(data, shown)
    try:
        tree = fast.parse_tree(text)
        deck = fast.plain_deck(tree, shown, builtin)
    except (Unsupported, fast.Fallback):
        return careful.read_deck(text, shown, builtin)
    cache.put(path, key, tree)  # only decks the fast reader accepted, without problems
    return deck


def load_deck_bytes(data: bytes, path: str = "<deck>", *, builtin: bool = False) -> Deck:
    return load_deck_text(decode(data, path), path, builtin=builtin)


def load_deck_text(text: str, path: str = "<deck>", *, builtin: bool = False) -> Deck:
    try:
        return fast.read_deck(text, path, builtin)
    except (Unsupported, fast.Fallback):
        pass
    return careful.read_deck(text, path, builtin)
