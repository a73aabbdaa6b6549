"""Exports and saved decks get the reader's usual file mode, not mkstemp's 0600."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from studyapp.core.anki_export import export_apkg
from studyapp.core.deck.library import load_library
from studyapp.core.files import usual_mode, write_atomic

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_usual_mode_follows_the_umask() -> None:
    mask = os.umask(0o027)
    os.umask(mask)
    assert usual_mode() == 0o666 & ~mask


def test_a_saved_deck_and_an_export_have_the_usual_mode(tmp_path: Path) -> None:
    deck_file = tmp_path / "mine.yaml"
    write_atomic(deck_file, "text")
    assert mode(deck_file) == usual_mode() != 0o600
    target = tmp_path / "out.apkg"
    export_apkg(load_library(None).decks, target)
    assert mode(target) == usual_mode()
