"""A real Anki collection in tmp_path, and the decks the export tests use."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from studyapp.core.deck.load import load_deck
from studyapp.core.deck.model import Deck

from ...conftest import FIXTURES, ROOT

anki_collection = pytest.importorskip("anki.collection")


@pytest.fixture
def mini() -> Deck:
    return load_deck(FIXTURES / "mini.yaml")


@pytest.fixture
def builtin() -> Deck:
    return load_deck(ROOT / "decks" / "anthropic-founding.yaml", builtin=True)


@pytest.fixture
def col(tmp_path: Path) -> Iterator[Any]:
    folder = tmp_path / "anki"
    folder.mkdir()
    collection = anki_collection.Collection(str(folder / "collection.anki2"))
    yield collection
    collection.close()


def import_apkg(col: Any, path: Path) -> Any:
    """Import as Anki's import dialog does by default; returns Anki's import log."""
    request = anki_collection.ImportAnkiPackageRequest(
        package_path=str(path), options=anki_collection.ImportAnkiPackageOptions()
    )
    return col.import_anki_package(request).log


_STYLE = re.compile(r"<style>.*?</style>", re.S)
_TAG = re.compile(r"<[^>]+>")


def visible_text(rendered: str) -> str:
    """What a reader sees of a rendered card side: no CSS, no tags, entities decoded."""
    return html.unescape(_TAG.sub("", _STYLE.sub("", rendered))).strip()
