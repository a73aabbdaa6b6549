"""An export never writes over the reader's data: ``studyapp export -o`` refuses a
target inside the data folder (the progress, a backup, a deck of the reader's),
a name that is not an Anki package and a read-only file, in one line, and the
file keeps every byte."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from studyapp.cli import main
from studyapp.core.anki_export import ExportError, export_apkg
from studyapp.core.deck.model import Deck
from studyapp.core.errors import ErrorKind
from studyapp.core.store import Rating, open_store
from studyapp.paths import backups_dir, progress_file, user_decks_dir
from tests.faults import no_override, permissions_apply


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def studied(data_dir: Path) -> Path:
    """A data folder with progress, a backup and a deck of the reader's."""
    with open_store(progress_file(data_dir)) as store:
        store.sync_cards("d", [("f1", "t"), ("f2", "t")])
        card = store.next_card()
        assert card is not None
        store.answer(card, Rating.GOOD)
        store.maybe_backup(force=True)
    decks = user_decks_dir(data_dir)
    decks.mkdir(parents=True)
    (decks / "mine.yaml").write_text("# the reader's own deck\n", encoding="utf-8")
    return data_dir


def _targets(data_dir: Path) -> list[Path]:
    (backup,) = backups_dir(data_dir).iterdir()
    return [progress_file(data_dir), backup, user_decks_dir(data_dir) / "mine.yaml"]


def _export(target: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["export", "-o", str(target)])
    captured = capsys.readouterr()
    return code, captured.err


def test_export_refuses_the_readers_own_files(
    studied: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for target in _targets(studied):
        before = _digest(target)
        code, err = _export(target, capsys)
        assert code == 1, target
        assert err.count("\n") == 1 and "Traceback" not in err  # one line
        assert _digest(target) == before, target
    # an .apkg inside the data folder is refused too (it is where the progress lives)
    code, err = _export(studied / "anki.apkg", capsys)
    assert code == 1 and "inside studyapp's data folder" in err
    assert not (studied / "anki.apkg").exists()
    with open_store(progress_file(studied)) as store:
        assert store.stats().reviews_total == 1


def test_export_refuses_a_name_that_is_not_an_anki_package(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes", encoding="utf-8")
    code, err = _export(notes, capsys)
    assert code == 1
    assert (
        err
        == f"studyapp export: {notes} is not an Anki package name: the file name must end in .apkg\n"
    )
    assert notes.read_text(encoding="utf-8") == "my notes"


def test_export_refuses_a_read_only_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "kept.apkg"
    target.write_bytes(b"an older package the reader keeps")
    target.chmod(0o444)
    try:
        with no_override():
            assert permissions_apply(target)
            code, err = _export(target, capsys)
    finally:
        target.chmod(0o644)
    assert code == 1 and "is read-only; it was not overwritten" in err
    assert target.read_bytes() == b"an older package the reader keeps"


def test_the_core_export_checks_the_target_for_every_caller(
    mini: Deck, data_dir: Path, tmp_path: Path
) -> None:
    inside = data_dir / "x.apkg"
    data_dir.mkdir(parents=True, exist_ok=True)
    with pytest.raises(ExportError) as err:
        export_apkg([mini], inside, data_dir=data_dir)
    assert err.value.kind is ErrorKind.EXPORT_IN_DATA_FOLDER
    link = tmp_path / "elsewhere.apkg"
    link.symlink_to(progress_file(data_dir))  # a link into the data folder is inside it
    with pytest.raises(ExportError) as err:
        export_apkg([mini], link, data_dir=data_dir)
    assert err.value.kind is ErrorKind.EXPORT_IN_DATA_FOLDER
    with pytest.raises(ExportError) as err:
        export_apkg([mini], tmp_path / "x.zip")
    assert err.value.kind is ErrorKind.EXPORT_NOT_APKG
    assert export_apkg([mini], tmp_path / "ok.apkg", data_dir=data_dir).notes > 0
