"""The round trip through a real Anki collection, made once per session: studyapp
exports with progress, Anki imports it, Anki's scheduler answers cards, Anki
exports the collection in every form it writes."""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

import pytest

from studyapp.core.anki_export import export_apkg
from studyapp.core.deck.load import load_deck
from studyapp.core.deck.model import Deck

from ...conftest import FIXTURES
from ..progress_travel import answer_in_anki, import_with_progress, new_collection, open_studied

anki_collection = pytest.importorskip("anki.collection")

ANKI_ANSWERS = 24


@dataclass(frozen=True)
class AnkiSide:
    deck: Deck
    progress: Path  # the studied store (closed), to copy per test
    files: dict[str, Path]  # the same Anki collection, exported in every form
    anki_answers: int


@pytest.fixture(scope="session")
def anki_side(tmp_path_factory: pytest.TempPathFactory) -> AnkiSide:
    """studyapp → Anki → answers in Anki → Anki's exports; done once, the tests only read."""
    base = tmp_path_factory.mktemp("roundtrip")
    deck = load_deck(FIXTURES / "mini.yaml")
    store, _clock = open_studied(base / "progress.sqlite", deck)
    snapshot = store.progress_snapshot([deck.id])
    store.close()
    package = export_apkg(
        [deck],
        base / "studyapp.apkg",
        with_progress=snapshot,
        now=lambda: snapshot.taken_at.timestamp(),
    )
    col = new_collection(base / "anki")
    files: dict[str, Path] = {}
    try:
        import_with_progress(col, package.path)
        rng = random.Random(11)
        answered = answer_in_anki(
            col, deck.title, (rng.choice((1, 3, 3, 4)) for _ in range(1000)), ANKI_ANSWERS
        )
        for name, legacy in (("apkg", False), ("legacy-apkg", True)):
            files[name] = base / f"{name}.apkg"
            col.export_anki_package(
                out_path=str(files[name]),
                options=anki_collection.ExportAnkiPackageOptions(
                    with_scheduling=True, with_deck_configs=False, with_media=False, legacy=legacy
                ),
                limit=None,
            )
        files["colpkg"] = base / "collection.colpkg"
        col.export_collection_package(str(files["colpkg"]), include_media=False, legacy=False)
    finally:
        col.close()
    files["collection"] = base / "anki" / "collection.anki2"  # Anki is closed now
    assert answered == ANKI_ANSWERS
    return AnkiSide(deck, base / "progress.sqlite", files, answered)
