"""Where studyapp finds its shipped data and keeps the reader's data."""

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


def user_decks_dir(data_dir: Path) -> Path:
    return data_dir / "decks"
