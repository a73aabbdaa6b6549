"""Fast start: the window paints with "Loading decks…" before the decks and the
store are loaded, then fills the Decks page; nothing sees the empty library."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from studyapp.core.deck import library
from studyapp.gui.app import application, build_window
from studyapp.gui.i18n import Translators
from studyapp.gui.main_window import MainWindow
from studyapp.gui.screens.decks import DecksScreen

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def deferred(qtbot: QtBot, data_dir: Path, qsettings: QSettings) -> Iterator[MainWindow]:
    window = build_window(application(), data_dir, qsettings, Translators(), defer_loading=True)
    qtbot.addWidget(window)
    yield window
    window.close()
    window.ctx.close_store()


def test_paints_loading_then_fills_the_decks_page(
    deferred: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    real = library.load_library

    def spy(*args: Any, **kwargs: Any) -> library.DeckLibrary:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(library, "load_library", spy)
    assert not deferred.is_loaded
    assert deferred.ctx.store is None and not deferred.ctx.library.decks
    assert deferred.built_pages() == {}
    with qtbot.waitSignal(deferred.loaded, timeout=10_000):
        deferred.show()
        assert deferred.stack.currentWidget() is deferred.loading_label
        assert deferred.loading_label.text() == "Loading decks…"
        assert deferred.current_page() == "decks"
    assert deferred.is_loaded
    assert deferred.ctx.store is not None
    assert deferred.stack.currentWidget() is deferred.screen_as("decks", DecksScreen)
    assert deferred.screen_as("decks", DecksScreen).isVisible()
    assert (
        deferred.screen_as("decks", DecksScreen).tree.topLevelItem(0).text(0)
        == "Anthropic 的創辦歷程"
    )
    assert set(deferred.built_pages()) == {"decks"}  # the other screens wait for their turn
    assert threads and threading.main_thread() not in threads  # read off the GUI thread


def test_a_page_asked_for_before_the_paint_loads_first(deferred: MainWindow) -> None:
    browse = deferred.pages["browse"]
    assert deferred.is_loaded and deferred.ctx.store is not None
    assert deferred.ctx.library.decks
    assert deferred.built_pages() == {
        "decks": deferred.screen_as("decks", DecksScreen),
        "browse": browse,
    }


def test_the_first_paint_imports_no_decks_store_or_screens() -> None:
    code = (
        "import json, sys, studyapp.gui.app; "
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith(('studyapp', 'yaml', "
        "'fsrs', 'opencc', 'sqlite3', 'genanki')))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    loaded = set(json.loads(out.stdout))
    heavy = {
        "yaml",
        "fsrs",
        "opencc",
        "sqlite3",
        "genanki",
        "studyapp.core.deck.load",
        "studyapp.core.deck.model",
        "studyapp.core.store",
        "studyapp.gui.screens.decks",
        "studyapp.gui.screens.browse",
        "studyapp.gui.quiz.page",
    }
    assert not loaded & heavy
