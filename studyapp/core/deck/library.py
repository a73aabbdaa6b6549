"""All the decks the reader has: the built-in ones and their own.

A deck file with problems is reported and skipped; it never stops the others
from loading.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from studyapp.paths import builtin_decks_dir, deck_cache_dir, user_decks_dir

if TYPE_CHECKING:  # the loader is imported when decks are loaded: an empty library
    from studyapp.core.deck.cache import DeckCache  # (the GUI's first paint) needs none
    from studyapp.core.deck.model import Deck, Fact
    from studyapp.core.deck.yamlsafe import Problem

DECK_SUFFIXES = (".yaml", ".yml")


@dataclass
class DeckLibrary:
    decks: list[Deck] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def deck(self, deck_id: str) -> Deck:
        for deck in self.decks:
            if deck.id == deck_id:
                return deck
        raise KeyError(deck_id)

    def get(self, deck_id: str) -> Deck | None:
        return next((d for d in self.decks if d.id == deck_id), None)

    @property
    def deck_ids(self) -> list[str]:
        return [d.id for d in self.decks]

    def facts(self) -> Iterator[tuple[Deck, Fact]]:
        for deck in self.decks:
            for fact in deck.facts:
                yield deck, fact

    @property
    def fact_count(self) -> int:
        return sum(len(d.facts) for d in self.decks)


def deck_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in DECK_SUFFIXES and p.is_file())


def load_files(
    paths: Iterable[Path], *, builtin: bool = False, cache: DeckCache | None = None
) -> DeckLibrary:
    library = DeckLibrary()
    _add_files(library, paths, builtin=builtin, cache=cache)
    return library


def _add_files(
    library: DeckLibrary, paths: Iterable[Path], *, builtin: bool, cache: DeckCache | None
) -> None:
    from studyapp.core.deck.load import load_deck
    from studyapp.core.deck.yamlsafe import DeckError, Problem

    seen = {d.id: d.path for d in library.decks}
    for path in paths:
        try:
            deck = load_deck(path, builtin=builtin, cache=cache)
        except DeckError as exc:
            library.problems.extend(exc.problems)
            continue
        if deck.id in seen:
            library.problems.append(
                Problem(str(path), 1, 1, f"deck id '{deck.id}' is already used by {seen[deck.id]}")
            )
            continue
        seen[deck.id] = deck.path
        library.decks.append(deck)


def load_library(
    data_dir: Path | None, *, include_builtin: bool = True, use_cache: bool = True
) -> DeckLibrary:
    """Built-in decks first, then the reader's decks in ``DATA_DIR/decks``.

    Parsed decks are cached in ``DATA_DIR/cache/decks`` (:mod:`studyapp.core.deck.cache`)
    unless ``use_cache`` is false; without a data dir nothing is cached."""
    cache: DeckCache | None = None
    if data_dir is not None and use_cache:
        from studyapp.core.deck.cache import DeckCache

        cache = DeckCache(deck_cache_dir(data_dir))
    library = DeckLibrary()
    if include_builtin:
        _add_files(library, deck_files(builtin_decks_dir()), builtin=True, cache=cache)
    if data_dir is not None:
        _add_files(library, deck_files(user_decks_dir(data_dir)), builtin=False, cache=cache)
    return library
