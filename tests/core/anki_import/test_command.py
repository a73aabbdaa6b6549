"""``studyapp anki-import FILE`` and ``studyapp export --with-progress``: what they
print, what they change, and errors as one line."""

from __future__ import annotations

import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from studyapp.cli import main
from studyapp.core.store import open_store
from studyapp.paths import progress_file

from ...conftest import FIXTURES
from .conftest import ANKI_ANSWERS, AnkiSide


@pytest.fixture
def reader(anki_side: AnkiSide, data_dir: Path) -> Path:
    """A data folder with the mini deck and the studied progress in it."""
    (data_dir / "decks").mkdir(parents=True)
    shutil.copyfile(FIXTURES / "mini.yaml", data_dir / "decks" / "mini.yaml")
    shutil.copyfile(anki_side.progress, progress_file(data_dir))
    return data_dir


def _revlog_rows(data_dir: Path) -> int:
    with open_store(progress_file(data_dir)) as store:
        return sum(len(store.review_log(c.id)) for c in store.all_cards())


def test_anki_import_adds_the_answers_once(
    anki_side: AnkiSide, reader: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _revlog_rows(reader)
    assert main(["--data-dir", str(reader), "anki-import", str(anki_side.files["apkg"])]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"read {anki_side.files['apkg']} (an Anki package)"
    assert out[1] == "studyapp notes: 28 of 28 notes in the file"
    assert out[2].startswith(f"reviews: {ANKI_ANSWERS} added, ")
    assert _revlog_rows(reader) == before + ANKI_ANSWERS

    argv = ["--data-dir", str(reader), "anki-import", str(anki_side.files["collection"]), "--json"]
    assert main(argv) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["source"] == "collection"
    assert (data["reviews_added"], data["cards_recomputed"]) == (0, 0)
    assert data["reviews_already_present"] == data["reviews_in_file"]
    assert _revlog_rows(reader) == before + ANKI_ANSWERS


def test_anki_import_errors_are_one_line(
    reader: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("hello", encoding="utf-8")
    assert main(["--data-dir", str(reader), "anki-import", str(text)]) == 1
    err = capsys.readouterr().err
    assert err == (
        f"studyapp anki-import: {text} is not an Anki package (.apkg, .colpkg) or Anki "
        "collection (.anki2)\n"
    )
    running = open_store(progress_file(reader))  # the app holds the progress
    try:
        assert main(["--data-dir", str(reader), "anki-import", str(text)]) == 1
        assert "already running" in capsys.readouterr().err
    finally:
        running.close()


def test_export_with_progress(
    reader: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "progress.apkg"
    argv = [
        "--data-dir",
        str(reader),
        "export",
        "--deck",
        "mini",
        "--with-progress",
        "-o",
        str(target),
    ]
    assert main(argv) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[2].startswith("progress: 28 cards studied, ")
    assert "Import any learning progress" in lines[2]
    with zipfile.ZipFile(target) as zf:
        (tmp_path / "c.db").write_bytes(zf.read("collection.anki2"))
    conn = sqlite3.connect(tmp_path / "c.db")
    try:
        assert conn.execute("SELECT count(*) FROM cards WHERE type <> 0").fetchone()[0] == 28
        assert conn.execute("SELECT count(*) FROM revlog").fetchone()[0] > 100
    finally:
        conn.close()


def test_export_with_progress_needs_progress(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [
        "--data-dir",
        str(data_dir),
        "export",
        "--with-progress",
        "-o",
        str(tmp_path / "x.apkg"),
    ]
    assert main(argv) == 1
    assert "there is no progress database" in capsys.readouterr().err
