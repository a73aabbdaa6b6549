"""Writing the file: compressed, atomic, clear errors, progress and cancellation."""

from __future__ import annotations

import errno
import sqlite3
import zipfile
from pathlib import Path

import pytest

from studyapp.core.anki_export import ExportCancelled, ExportError, export_apkg
from studyapp.core.anki_export import writer as writer_module
from studyapp.core.anki_export.ids import MODEL_IDS, deck_anki_id, note_guid, stable_id
from studyapp.core.deck.model import Deck


def test_package_is_deflated_and_much_smaller_than_the_collection(
    builtin: Deck, tmp_path: Path
) -> None:
    result = export_apkg([builtin], tmp_path / "x.apkg", script="both")
    with zipfile.ZipFile(result.path) as zf:
        assert zf.testzip() is None
        infos = {i.filename: i for i in zf.infolist()}
    assert set(infos) == {"collection.anki2", "media"}
    db = infos["collection.anki2"]
    assert db.compress_type == zipfile.ZIP_DEFLATED
    assert db.compress_size < db.file_size / 3
    assert result.bytes == result.path.stat().st_size


def test_package_holds_our_note_types_and_stable_guids(mini: Deck, tmp_path: Path) -> None:
    result = export_apkg([mini], tmp_path / "x.apkg")
    with zipfile.ZipFile(result.path) as zf:
        zf.extract("collection.anki2", tmp_path)
    conn = sqlite3.connect(tmp_path / "collection.anki2")
    try:
        guids = dict(conn.execute("SELECT guid, mid FROM notes"))
        dids = {row[0] for row in conn.execute("SELECT DISTINCT did FROM cards")}
    finally:
        conn.close()
    expected = {
        note_guid("mini", f.id, kind, "hant"): MODEL_IDS[(kind, "hant")]
        for f in mini.facts
        for kind in ("qa", "cloze")
    }
    assert guids == expected
    assert dids == {deck_anki_id("mini", t, "hant", "single") for t in ("lab", "people")}


def test_ids_are_fixed_values() -> None:
    # Changing any of these orphans every reader's Anki history: never update them.
    assert sorted(MODEL_IDS.values()) == [
        1_733_712_001,
        1_733_712_002,
        1_733_712_003,
        1_733_712_004,
    ]
    assert stable_id("deck", "mini", "lab", "hant", "single") == deck_anki_id(
        "mini", "lab", "hant", "single"
    )
    assert 2**31 <= deck_anki_id("mini", "lab", "hant", "single") < 2**52
    assert note_guid("mini", "lab-founded", "qa", "hant") == note_guid(
        "mini", "lab-founded", "qa", "hant"
    )
    guids = {
        note_guid("mini", "lab-founded", kind, script)
        for kind in ("qa", "cloze")
        for script in ("hant", "hans")
    }
    assert len(guids) == 4


def test_full_disk_leaves_nothing_and_keeps_the_old_file(
    mini: Deck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "deck.apkg"
    target.write_bytes(b"the previous export")

    def no_space(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "write", no_space)
    with pytest.raises(ExportError, match="not enough disk space"):
        export_apkg([mini], target)
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["deck.apkg"]


def test_full_disk_while_filling_the_collection(
    mini: Deck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*args: object, **kwargs: object) -> int:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(writer_module.CollectionWriter, "add_notes", full)
    with pytest.raises(ExportError, match="not enough disk space"):
        export_apkg([mini], tmp_path / "deck.apkg")
    assert list(tmp_path.iterdir()) == []


def test_unwritable_folder(mini: Deck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests may run as root, who can write anywhere: simulate the refusal.
    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("studyapp.core.files.tempfile.mkstemp", refuse)
    with pytest.raises(ExportError, match=r"no permission to write .*deck\.apkg"):
        export_apkg([mini], tmp_path / "deck.apkg")


def test_missing_folder_and_folder_target(mini: Deck, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        export_apkg([mini], tmp_path / "nowhere" / "deck.apkg")
    with pytest.raises(ExportError, match="it is a folder"):
        export_apkg([mini], tmp_path)


def test_nothing_to_export(mini: Deck, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="nothing to export"):
        export_apkg([], tmp_path / "x.apkg")
    with pytest.raises(ExportError, match="nothing to export"):
        export_apkg([mini], tmp_path / "x.apkg", card_kinds=[])
    with pytest.raises(ValueError, match="unknown card kind"):
        export_apkg([mini], tmp_path / "x.apkg", card_kinds=["reverse"])
    assert list(tmp_path.iterdir()) == []


def test_progress_is_monotone_and_reaches_the_total(builtin: Deck, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    result = export_apkg(
        [builtin], tmp_path / "x.apkg", script="both", progress=lambda d, t: calls.append((d, t))
    )
    total = result.notes
    assert total == len(builtin.facts) * 4
    assert len(calls) >= 3
    assert {t for _, t in calls} == {total}
    done = [d for d, _ in calls]
    assert done == sorted(done) and done[-1] == total and done[0] > 0


@pytest.mark.parametrize("after_polls", [1, 3])
def test_cancel_leaves_nothing_behind(builtin: Deck, tmp_path: Path, after_polls: int) -> None:
    target = tmp_path / "x.apkg"
    polls = 0

    def cancelled() -> bool:
        nonlocal polls
        polls += 1
        return polls >= after_polls

    with pytest.raises(ExportCancelled):
        export_apkg([builtin], target, script="both", cancelled=cancelled)
    assert list(tmp_path.iterdir()) == []


def test_cancel_is_an_export_error() -> None:
    assert issubclass(ExportCancelled, ExportError)
