"""A cache of parsed deck files: JSON instead of YAML on the next start.

Parsing is most of the time a deck takes to load (a 10,000-fact file: the YAML
lines in about half a second on a slow machine, ``json.loads`` of the same tree
in a tenth of that). After a deck file has been read and accepted, the plain
tree the fast reader made of it (:func:`studyapp.core.deck.yamlsafe.fast_parse`) is
written as JSON to ``DATA_DIR/cache/decks``, one entry per deck file. The entry
carries a hash of the file's bytes and of :data:`LOADER_VERSION`; it is used
only while both are unchanged, and the tree is validated again on every load, so
a cached deck is the deck the file holds, with the same checks.

Safe by construction: JSON (never pickle) holds only strings, lists and
mappings; a deck with problems is never cached; an entry that is unreadable,
damaged or stale is ignored (and rewritten after the file is parsed); writes
are atomic (a temporary file, then ``os.replace``) and never fail a load (a
read-only or missing folder just means no cache).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from studyapp.core.deck import yamlsafe
from studyapp.core.deck.yamlsafe import Typed

log = logging.getLogger(__name__)

#: Bump when the validator or the model changes what a tree means (a change to
#: the parser's source, yamlsafe.py, changes every key by itself).
LOADER_VERSION = "1"

# Keys the fast reader can never produce in a mapping (they start with "!").
_TAG, _RAW = "!t", "!v"


@dataclass(frozen=True, slots=True)
class Tree:
    """What the fast reader made of a deck file: its top-level mapping, and the
    line each fact starts on."""

    root: dict[str, object]
    fact_lines: list[int]


def _encode(value: object) -> object:
    if type(value) is Typed:
        return {_TAG: value.tag, _RAW: value.value}
    raise TypeError(f"cannot cache {type(value).__name__}")


def _decode(mapping: dict[str, object]) -> object:
    if _TAG in mapping:
        tag, raw = mapping.get(_TAG), mapping.get(_RAW)
        if len(mapping) != 2 or type(tag) is not str or type(raw) is not str:
            raise ValueError("damaged typed scalar")
        return Typed(tag, raw)
    return mapping


class DeckCache:
    """One folder of cached deck trees. Every failure is a miss, never an error."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._loader_id = b""

    def key(self, data: bytes) -> str:
        """The key of a deck file's bytes: a hash of them, of :data:`LOADER_VERSION`
        and of the parser's source."""
        if not self._loader_id:
            ident = hashlib.blake2b(LOADER_VERSION.encode(), digest_size=16)
            with contextlib.suppress(OSError):  # it was just imported from there
                ident.update(Path(yamlsafe.__file__).read_bytes())
            self._loader_id = ident.digest()
        digest = hashlib.blake2b(data, digest_size=20)
        digest.update(self._loader_id)
        return digest.hexdigest()

    def _entry(self, path: Path) -> Path:
        try:
            where = str(path.resolve())
        except OSError:
            where = str(path.absolute())
        name = hashlib.blake2b(where.encode("utf-8", "surrogatepass"), digest_size=16)
        return self.folder / f"{name.hexdigest()}.json"

    def get(self, path: Path, key: str) -> Tree | None:
        """The tree cached for ``path`` if it was made from the same bytes."""
        try:
            text = self._entry(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None
        try:
            entry = json.loads(text, object_hook=_decode)
        except (ValueError, RecursionError):
            log.debug("damaged deck cache entry for %s", path)
            return None
        if type(entry) is not dict or entry.get("key") != key:
            return None  # stale: the file (or the loader) changed
        root, lines = entry.get("root"), entry.get("fact_lines")
        if type(root) is not dict or type(lines) is not list:
            return None
        if not all(type(n) is int for n in lines):
            return None
        return Tree(root, lines)

    def put(self, path: Path, key: str, tree: Tree) -> bool:
        """Write the entry atomically; False (and nothing left behind) if it cannot."""
        try:
            payload = json.dumps(
                {"key": key, "root": tree.root, "fact_lines": tree.fact_lines},
                ensure_ascii=False,
                separators=(",", ":"),
                default=_encode,
            )
        except (TypeError, ValueError, RecursionError):
            log.debug("deck %s not cached", path, exc_info=True)
            return False
        target = self._entry(path)
        tmp = ""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".deck-", suffix=".tmp", dir=self.folder)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(payload)
            os.replace(tmp, target)
        except OSError:
            log.debug("deck cache not written for %s", path, exc_info=True)
            if tmp:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
            return False
        return True
