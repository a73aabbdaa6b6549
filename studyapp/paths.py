"""Where studyapp finds its shipped data and keeps the reader's data.

The one owner of every path in the data folder: the command line, the GUI, the
store and the importer ask here, never join names themselves.

    DATA_DIR/
      progress.sqlite       reviews and quiz history (the progress store)
      backups/              copies of progress.sqlite
      decks/                the reader's own decks (imported articles)
      imports/              drafts awaiting review, one file per deck
      articles/DECK/SRC.json  the text of an imported article, with where each fact is
      learn.json            the Learn round under way, and the facts learned so far
      cache/decks/          parsed decks, so that a start reads no YAML
      logs/studyapp.log     warnings, errors and crash details
      settings.ini          the app's settings (language, theme, window, quiz setup)
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "studyapp"
APP_ID = "io.github.studyapp.StudyApp"  # reverse-DNS id: desktop entry, icon, settings
DATA_DIR_ENV = "STUDYAPP_DATA_DIR"


def _package_dir() -> Path:
    return Path(str(resources.files("studyapp")))


def builtin_decks_dir() -> Path:
    """The decks shipped with studyapp.

    In a wheel they are package data (``studyapp/decks``); in a source checkout
    (editable install, tests) they are the top-level ``decks/`` folder.
    """
    packaged = _package_dir() / "decks"
    if packaged.is_dir():
        return packaged
    return _package_dir().parent / "decks"


def resources_dir() -> Path:
    """Icons, translations, style sheets, the desktop entry."""
    packaged = _package_dir() / "resources"
    if packaged.is_dir():
        return packaged
    return _package_dir().parent / "resources"


def default_data_dir() -> Path:
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def progress_file(data_dir: Path) -> Path:
    return data_dir / "progress.sqlite"


def backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def user_decks_dir(data_dir: Path) -> Path:
    return data_dir / "decks"


def user_deck_file(data_dir: Path, deck_id: str) -> Path:
    return user_decks_dir(data_dir) / f"{deck_id}.yaml"


def imports_dir(data_dir: Path) -> Path:
    return data_dir / "imports"


def pending_file(data_dir: Path, deck_id: str) -> Path:
    return imports_dir(data_dir) / f"{deck_id}.json"


def articles_dir(data_dir: Path) -> Path:
    return data_dir / "articles"


def article_copy_file(data_dir: Path, deck_id: str, source_id: str) -> Path:
    """The copy of one imported article (a source of a user deck), kept with the deck."""
    return articles_dir(data_dir) / deck_id / f"{source_id}.json"


def learn_file(data_dir: Path) -> Path:
    return data_dir / "learn.json"


def deck_cache_dir(data_dir: Path) -> Path:
    return data_dir / "cache" / "decks"


def log_file(data_dir: Path) -> Path:
    return data_dir / "logs" / f"{APP_NAME}.log"


def settings_file(data_dir: Path) -> Path:
    return data_dir / "settings.ini"
