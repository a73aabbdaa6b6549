"""Known names: the entity registries of every loaded deck, in both scripts."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from studyapp.core.deck.model import Deck, DeckId, Entity, EntityType, Script
from studyapp.core.deck.view import converter_for
from studyapp.core.importer.segment import is_common_word


@dataclass(frozen=True, slots=True)
class KnownEntity:
    deck: DeckId
    entity: Entity  # as the deck has it (the deck's script)
    hant: tuple[str, ...]  # its names in Traditional characters (deck glossary applied)
    hans: tuple[str, ...]

    def names(self, script: Script) -> tuple[str, ...]:
        return self.hant if script == "hant" else self.hans


@dataclass(frozen=True, slots=True)
class NameHit:
    start: int
    end: int
    text: str
    known: KnownEntity


def _is_latin_edge(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


class EntityIndex:
    """Finds registry names in text of either script, longest name first."""

    def __init__(self, decks: Iterable[Deck]) -> None:
        self._by_name: dict[str, KnownEntity] = {}
        for deck in decks:
            conv = converter_for(deck)
            for entity in deck.entities.values():
                hant = tuple(
                    dict.fromkeys(conv.convert(n, deck.script, "hant") for n in entity.names)
                )
                hans = tuple(
                    dict.fromkeys(conv.convert(n, deck.script, "hans") for n in entity.names)
                )
                known = KnownEntity(deck.id, entity, hant, hans)
                for form in (*hant, *hans):
                    if len(form) < 2:
                        continue
                    if entity.type is EntityType.CONCEPT and is_common_word(form):
                        continue  # 評估 in a typhoon story is no link to a deck's concept
                    self._by_name.setdefault(form.casefold(), known)
        names = sorted(self._by_name, key=len, reverse=True)
        self._pattern = (
            re.compile("|".join(re.escape(n) for n in names), re.IGNORECASE) if names else None
        )

    def __len__(self) -> int:
        return len(self._by_name)

    def lookup(self, name: str) -> KnownEntity | None:
        return self._by_name.get(name.casefold())

    def find(self, text: str) -> list[NameHit]:
        """Non-overlapping mentions; a Latin name must not be part of a longer word."""
        if self._pattern is None:
            return []
        hits: list[NameHit] = []
        pos = 0
        while pos < len(text):
            m = self._pattern.search(text, pos)
            if m is None:
                break
            start, end = m.span()
            word = m.group(0)
            before = text[start - 1] if start else ""
            after = text[end] if end < len(text) else ""
            latin_ok = not (
                (_is_latin_edge(word[0]) and _is_latin_edge(before))
                or (_is_latin_edge(word[-1]) and _is_latin_edge(after))
            )
            if latin_ok:
                hits.append(NameHit(start, end, word, self._by_name[word.casefold()]))
                pos = end
            else:
                pos = start + 1
        return hits


def entity_for_deck(known: KnownEntity, script: Script, as_written: str) -> Entity:
    """A copy of a registry entity for a user deck in ``script``, naming ``as_written``."""
    names = list(known.names(script))
    if as_written not in names:
        names.append(as_written)
    name, *aliases = names
    return Entity(
        id=known.entity.id,
        type=known.entity.type,
        name=name,
        aliases=tuple(a for a in dict.fromkeys(aliases) if a != name),
    )
