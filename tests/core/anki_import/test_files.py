"""Files that are not what the reader thinks: each gets its own error kind and
leaves the progress untouched."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studyapp.core.anki_export import export_apkg
from studyapp.core.anki_export.ids import note_guid
from studyapp.core.anki_import import AnkiFileError, AnkiImportCancelled, files, read_anki_file
from studyapp.core.anki_import.files import package_version
from studyapp.core.anki_import.reading import guid_targets
from studyapp.core.deck.load import load_deck
from studyapp.core.deck.model import CardKind, Deck
from studyapp.core.errors import ErrorKind
from studyapp.core.store import open_store

from ...conftest import FIXTURES
from ..progress_travel import Clock, new_collection

pytest.importorskip("anki.collection")


@pytest.fixture
def mini() -> Deck:
    return load_deck(FIXTURES / "mini.yaml")


def _kind(path: Path, deck: Deck, **options: Any) -> ErrorKind:
    with pytest.raises(AnkiFileError) as info:
        read_anki_file(path, [deck], **options)
    return info.value.kind


def test_a_missing_file_a_folder_and_a_text_file(mini: Deck, tmp_path: Path) -> None:
    assert _kind(tmp_path / "nowhere.apkg", mini) is ErrorKind.ANKI_FILE_MISSING
    assert _kind(tmp_path, mini) is ErrorKind.ANKI_FILE_NOT_ANKI
    text = tmp_path / "notes.apkg"
    text.write_text("not a package", encoding="utf-8")
    assert _kind(text, mini) is ErrorKind.ANKI_FILE_NOT_ANKI


def test_a_zip_without_a_collection(mini: Deck, tmp_path: Path) -> None:
    path = tmp_path / "other.apkg"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "hello")
    assert _kind(path, mini) is ErrorKind.ANKI_FILE_NOT_ANKI


def test_a_package_from_a_newer_anki(mini: Deck, tmp_path: Path) -> None:
    path = tmp_path / "future.apkg"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("meta", b"\x08\x04")
        zf.writestr("collection.anki21c", b"?")
    assert _kind(path, mini) is ErrorKind.ANKI_FILE_TOO_NEW


def test_a_damaged_package(mini: Deck, tmp_path: Path) -> None:
    path = tmp_path / "broken.apkg"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("meta", b"\x08\x03")
        zf.writestr("collection.anki21b", b"this is not zstd")
    assert _kind(path, mini) is ErrorKind.ANKI_FILE_DAMAGED
    truncated = tmp_path / "cut.apkg"
    data = export_apkg([mini], tmp_path / "whole.apkg").path.read_bytes()
    truncated.write_bytes(data[: len(data) // 2])
    assert _kind(truncated, mini) in (ErrorKind.ANKI_FILE_NOT_ANKI, ErrorKind.ANKI_FILE_DAMAGED)


def test_studyapps_own_progress_file_is_not_an_anki_collection(mini: Deck, tmp_path: Path) -> None:
    store = open_store(tmp_path / "progress.sqlite", clock=Clock())
    store.close()
    assert _kind(tmp_path / "progress.sqlite", mini) is ErrorKind.ANKI_FILE_NOT_ANKI


def test_a_package_exported_without_progress(mini: Deck, tmp_path: Path) -> None:
    """All cards new and no review log: Anki's export had no scheduling ticked."""
    plain = export_apkg([mini], tmp_path / "plain.apkg").path
    assert _kind(plain, mini) is ErrorKind.ANKI_FILE_NO_PROGRESS


def test_a_collection_without_studyapps_notes(mini: Deck, tmp_path: Path) -> None:
    col = new_collection(tmp_path / "anki")
    try:
        note = col.new_note(col.models.by_name("Basic"))
        note["Front"], note["Back"] = "q", "a"
        col.add_note(note, 1)
    finally:
        col.close()
    assert _kind(tmp_path / "anki" / "collection.anki2", mini) is ErrorKind.ANKI_FILE_NO_NOTES


def test_a_collection_anki_holds_locked(
    mini: Deck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "BUSY_TIMEOUT", 0.05)
    col = new_collection(tmp_path / "anki")
    col.close()
    path = tmp_path / "anki" / "collection.anki2"
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("PRAGMA journal_mode = DELETE")
        holder.execute("BEGIN EXCLUSIVE")
        assert _kind(path, mini) is ErrorKind.ANKI_FILE_BUSY
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_cancelling_while_a_package_is_unpacked(mini: Deck, tmp_path: Path) -> None:
    path = export_apkg([mini], tmp_path / "p.apkg").path
    with pytest.raises(AnkiImportCancelled):
        read_anki_file(path, [mini], cancelled=lambda: True)


def test_every_guid_of_every_export_is_known(mini: Deck) -> None:
    targets = guid_targets([mini])
    assert len(targets) == len(mini.facts) * 2 * 2  # two card kinds, two scripts
    fact = mini.facts[3]
    for script in ("hant", "hans"):
        target = targets[note_guid(mini.id, fact.id, CardKind.CLOZE, script)]
        assert (target.deck_id, target.fact_id, target.kind, target.topic) == (
            mini.id,
            fact.id,
            CardKind.CLOZE,
            fact.topic,
        )


@given(st.integers(min_value=0, max_value=2**63 - 1), st.binary(max_size=8))
def test_the_package_version_is_field_one(version: int, other: bytes) -> None:
    varint = bytearray()
    value = version
    while True:
        byte = value & 0x7F
        value >>= 7
        varint.append(byte | (0x80 if value else 0))
        if not value:
            break
    # an unknown length-delimited field 2 before field 1 is skipped
    meta = bytes([0x12, len(other)]) + other + b"\x08" + bytes(varint)
    assert package_version(meta) == version
    assert package_version(b"") == 0
