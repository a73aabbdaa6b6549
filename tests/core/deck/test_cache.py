"""The parsed-deck cache: a hit is the same deck, anything odd is a miss, and a
load never fails or differs because of it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from studyapp.core.deck import cache as deckcache
from studyapp.core.deck import careful, fast
from studyapp.core.deck.cache import DeckCache
from studyapp.core.deck.library import load_library
from studyapp.core.deck.load import load_deck
from studyapp.core.deck.model import Deck
from studyapp.core.deck.yamlsafe import DeckError
from studyapp.paths import deck_cache_dir


@pytest.fixture
def deck_file(tmp_path: Path, mini_deck_path: Path) -> Path:
    path = tmp_path / "decks" / "mini.yaml"
    path.parent.mkdir()
    shutil.copy(mini_deck_path, path)
    return path


@pytest.fixture
def cache(tmp_path: Path) -> DeckCache:
    return DeckCache(tmp_path / "cache" / "decks")


def entries(cache: DeckCache) -> list[Path]:
    return sorted(cache.folder.glob("*.json")) if cache.folder.is_dir() else []


def no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    """From here on, reading YAML fails the test: only a cache hit can load."""

    def refuse(text: str) -> object:
        raise AssertionError("the YAML was parsed")

    monkeypatch.setattr(fast, "fast_parse", refuse)
    monkeypatch.setattr(careful, "compose", refuse)


def test_a_hit_returns_an_equal_deck_without_parsing(
    deck_file: Path, cache: DeckCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = load_deck(deck_file)
    first = load_deck(deck_file, cache=cache)
    assert first == plain
    assert len(entries(cache)) == 1
    no_parsing(monkeypatch)
    again = load_deck(deck_file, cache=cache, builtin=True)
    assert again == Deck(**{**_fields(plain), "builtin": True})
    assert [f.line for f in again.facts] == [f.line for f in plain.facts]


def _fields(deck: Deck) -> dict[str, object]:
    return {name: getattr(deck, name) for name in deck.__slots__}


def test_editing_the_file_invalidates_the_entry(deck_file: Path, cache: DeckCache) -> None:
    load_deck(deck_file, cache=cache)
    text = deck_file.read_text(encoding="utf-8")
    deck_file.write_text(
        text.replace("頂點實驗室是哪一年成立的？", "頂點實驗室何時成立？"), "utf-8"
    )
    edited = load_deck(deck_file, cache=cache)
    assert edited == load_deck(deck_file)
    assert edited.facts[0].question == "頂點實驗室何時成立？"
    assert len(entries(cache)) == 1  # the entry was rewritten, not added to


def test_a_new_loader_version_is_a_miss(
    deck_file: Path, cache: DeckCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_deck(deck_file, cache=cache)
    old = entries(cache)[0].read_text(encoding="utf-8")
    monkeypatch.setattr(deckcache, "LOADER_VERSION", "test-next")
    newer = DeckCache(cache.folder)
    assert load_deck(deck_file, cache=newer) == load_deck(deck_file)
    assert entries(cache)[0].read_text(encoding="utf-8") != old


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: "",
        lambda text: text[: len(text) // 2],
        lambda text: "\xff\xfe not json",
        lambda text: "[1, 2, 3]",
        lambda text: text.replace('"fact_lines":[', '"fact_lines":["x",'),
        lambda text: text.replace('"fact_lines":[', '"fact_lines":[1,'),
        lambda text: text.replace('"root":{', '"root":{"extra":1,'),
        lambda text: text.replace('{"!t":', '{"!x":1,"!t":', 1),
        lambda text: text.replace('"!v":"2019"', '"!v":2019', 1),
        lambda text: text.replace('"question":"', '"question":["', 1),
    ],
)
def test_a_damaged_entry_is_ignored_and_rewritten(
    deck_file: Path, cache: DeckCache, damage: object
) -> None:
    load_deck(deck_file, cache=cache)
    entry = entries(cache)[0]
    good = entry.read_text(encoding="utf-8")
    assert callable(damage)
    damaged = damage(good)
    assert damaged != good
    entry.write_text(damaged, encoding="utf-8")
    assert load_deck(deck_file, cache=cache) == load_deck(deck_file)
    assert entry.read_text(encoding="utf-8") == good


def test_problems_are_identical_and_never_cached(tmp_path: Path, cache: DeckCache) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("studyapp-deck: 1\nid: Bad Id\ntitle: x\n", encoding="utf-8")
    with pytest.raises(DeckError) as plain:
        load_deck(bad)
    with pytest.raises(DeckError) as cached:
        load_deck(bad, cache=cache)
    assert cached.value.problems == plain.value.problems
    assert entries(cache) == []


def test_a_deck_only_the_careful_reader_reads_is_not_cached(
    tmp_path: Path, deck_file: Path, cache: DeckCache
) -> None:
    text = deck_file.read_text(encoding="utf-8").replace(
        "description: 測試用", "description: >-\n  測試用", 1
    )  # a folded scalar: outside the fast reader's subset
    other = tmp_path / "folded.yaml"
    other.write_text(text, encoding="utf-8")
    assert load_deck(other, cache=cache) == load_deck(other)
    assert entries(cache) == []


def test_an_unwritable_cache_folder_is_no_cache(tmp_path: Path, deck_file: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    cache = DeckCache(blocker / "decks")  # mkdir fails: a file is in the way
    assert load_deck(deck_file, cache=cache) == load_deck(deck_file)
    assert load_deck(deck_file, cache=cache) == load_deck(deck_file)
    assert blocker.read_text(encoding="utf-8") == ""


def test_a_read_only_cache_folder_is_no_cache(
    deck_file: Path, cache: DeckCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache.folder.mkdir(parents=True)

    def refuse(*args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(deckcache.tempfile, "mkstemp", refuse)
    assert load_deck(deck_file, cache=cache) == load_deck(deck_file)
    assert list(cache.folder.iterdir()) == []


def test_a_failed_write_leaves_no_temporary_file(
    deck_file: Path, cache: DeckCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(deckcache.os, "replace", refuse)
    assert load_deck(deck_file, cache=cache) == load_deck(deck_file)
    assert list(cache.folder.iterdir()) == []


def test_the_library_caches_in_the_data_dir(data_dir: Path, deck_file: Path) -> None:
    user = data_dir / "decks"
    user.mkdir(parents=True)
    shutil.copy(deck_file, user / "mini.yaml")
    first = load_library(data_dir)
    assert not first.problems
    assert len(list(deck_cache_dir(data_dir).glob("*.json"))) == len(first.decks)
    assert load_library(data_dir).decks == first.decks
    assert load_library(data_dir, use_cache=False).decks == first.decks
