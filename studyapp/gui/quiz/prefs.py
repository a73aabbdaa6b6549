"""The quiz setup the reader chose last time, kept in the app's settings file
under a ``quiz/`` group (AppSettings has no quiz keys of its own)."""

from __future__ import annotations

import json

from PySide6.QtCore import QSettings

from studyapp.core.quiz import QuizSetup
from studyapp.gui.settings import AppSettings

KEY = "quiz/setup"
MATCH_DECK = "quiz/match_deck"


class QuizPrefs:
    def __init__(self, settings: AppSettings) -> None:
        # A second QSettings on the same file: Qt shares one cache per file in a process.
        self._s = QSettings(settings.path, QSettings.Format.IniFormat)

    def setup(self) -> QuizSetup:
        raw = self._s.value(KEY, "")
        try:
            data = json.loads(str(raw)) if raw else {}
        except ValueError:
            data = {}
        return QuizSetup.from_dict(data if isinstance(data, dict) else {})

    def save_setup(self, setup: QuizSetup) -> None:
        d = setup.to_dict()
        for transient in ("seed", "facts", "key"):
            d.pop(transient, None)
        self._s.setValue(KEY, json.dumps(d, ensure_ascii=False, sort_keys=True))

    @property
    def match_deck(self) -> str:
        return str(self._s.value(MATCH_DECK, "") or "")

    @match_deck.setter
    def match_deck(self, deck_id: str) -> None:
        self._s.setValue(MATCH_DECK, deck_id)
