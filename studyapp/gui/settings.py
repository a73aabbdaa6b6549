"""The reader's preferences, typed, over QSettings: the one settings object of the GUI.

They live with the reader's data, in ``DATA_DIR/settings.ini`` (as Anki keeps
its settings in the profile folder), so another ``--data-dir`` is another
reader with settings of their own. Scheduling settings (desired retention, new
cards per day) are not here: the progress store keeps them and schedules with
them (``Store.settings``).
"""

from __future__ import annotations

import contextlib
import json
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Literal, cast

from PySide6.QtCore import QByteArray, QSettings

from studyapp.paths import APP_NAME, default_data_dir, settings_file

if TYPE_CHECKING:  # the deck model is not needed to paint the window (fast start)
    from studyapp.core.deck.model import CardKind, Script

UiLanguage = Literal["system", "zh_TW", "zh_CN", "en"]
Theme = Literal["system", "light", "dark"]

UI_LANGUAGES: tuple[UiLanguage, ...] = ("system", "zh_TW", "zh_CN", "en")
THEMES: tuple[Theme, ...] = ("system", "light", "dark")
DEFAULT_CARD_KINDS = ("qa", "cloze")  # CardKind values
FONT_SIZES = (12, 40)  # reading font, points: min, max


def ini_file(path: Path) -> QSettings:
    """Settings in the INI file ``path``."""
    return QSettings(str(path), QSettings.Format.IniFormat)


def data_dir_settings(data_dir: Path) -> QSettings:
    """The settings of the reader whose data is in ``data_dir`` (``DATA_DIR/settings.ini``).

    studyapp 0.1 kept them in the platform's config folder; the first start with
    the default data folder carries that file over, so nothing is lost."""
    path = settings_file(data_dir)
    if not path.exists() and data_dir == default_data_dir():
        legacy = Path(
            QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME
            ).fileName()
        )
        with contextlib.suppress(OSError):
            if legacy.is_file():
                path.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(legacy, path)
    return ini_file(path)


class AppSettings:
    """Typed properties; every setter writes through at once."""

    def __init__(self, qsettings: QSettings) -> None:
        self._s = qsettings

    @property
    def path(self) -> str:
        return self._s.fileName()

    def sync(self) -> None:
        self._s.sync()

    # -- helpers ------------------------------------------------------------
    def _str(self, key: str, default: str) -> str:
        value = self._s.value(key, default)
        return str(value) if value is not None else default

    def _int(self, key: str, default: int, lo: int, hi: int) -> int:
        try:
            value = int(str(self._s.value(key, default)))
        except ValueError:
            return default
        return min(hi, max(lo, value))

    def _float(self, key: str, default: float, lo: float, hi: float) -> float:
        try:
            value = float(str(self._s.value(key, default)))
        except ValueError:
            return default
        return min(hi, max(lo, value))

    def _set(self, key: str, value: object) -> None:
        self._s.setValue(key, value)

    # -- appearance and language ---------------------------------------------
    @property
    def ui_language(self) -> UiLanguage:
        value = self._str("ui/language", "system")
        return next((x for x in UI_LANGUAGES if x == value), "system")

    @ui_language.setter
    def ui_language(self, value: UiLanguage) -> None:
        self._set("ui/language", value)

    @property
    def theme(self) -> Theme:
        value = self._str("ui/theme", "system")
        return next((x for x in THEMES if x == value), "system")

    @theme.setter
    def theme(self, value: Theme) -> None:
        self._set("ui/theme", value)

    @property
    def font_size(self) -> int:
        """Point size of the content the reader reads (cards, facts)."""
        return self._int("ui/font_size", 20, *FONT_SIZES)

    @font_size.setter
    def font_size(self, value: int) -> None:
        self._set("ui/font_size", int(value))

    # -- study ----------------------------------------------------------------
    @property
    def script(self) -> Script:
        value = self._str("study/script", "")
        if value in ("hant", "hans"):
            return cast("Script", value)
        return "hant"

    @script.setter
    def script(self, value: Script) -> None:
        self._set("study/script", value)

    def has_script(self) -> bool:
        return self._s.contains("study/script")

    @property
    def card_kinds(self) -> tuple[CardKind, ...]:
        from studyapp.core.deck.model import CardKind

        raw = self._str("study/card_kinds", ",".join(DEFAULT_CARD_KINDS)).split(",")
        kinds = tuple(k for k in CardKind if k.value in raw)
        return kinds or tuple(CardKind(k) for k in DEFAULT_CARD_KINDS)

    @card_kinds.setter
    def card_kinds(self, value: tuple[CardKind, ...]) -> None:
        from studyapp.core.deck.model import CardKind

        kinds = [k.value for k in CardKind if k in value] or list(DEFAULT_CARD_KINDS)
        self._set("study/card_kinds", ",".join(kinds))

    # -- window and places --------------------------------------------------------
    @property
    def window_geometry(self) -> QByteArray:
        value = self._s.value("window/geometry", QByteArray())
        return value if isinstance(value, QByteArray) else QByteArray()

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._set("window/geometry", value)

    @property
    def window_state(self) -> QByteArray:
        value = self._s.value("window/state", QByteArray())
        return value if isinstance(value, QByteArray) else QByteArray()

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._set("window/state", value)

    @property
    def browse_splitter(self) -> QByteArray:
        value = self._s.value("window/browse_splitter", QByteArray())
        return value if isinstance(value, QByteArray) else QByteArray()

    @browse_splitter.setter
    def browse_splitter(self, value: QByteArray) -> None:
        self._set("window/browse_splitter", value)

    @property
    def page(self) -> str:
        return self._str("window/page", "decks")

    @page.setter
    def page(self, value: str) -> None:
        self._set("window/page", value)

    @property
    def export_path(self) -> str:
        return self._str("export/path", "")

    @export_path.setter
    def export_path(self, value: str) -> None:
        self._set("export/path", value)

    @property
    def export_script(self) -> str:
        value = self._str("export/script", "both")
        return value if value in ("hant", "hans", "both") else "both"

    @export_script.setter
    def export_script(self, value: str) -> None:
        self._set("export/script", value)

    @property
    def export_progress(self) -> bool:
        """Whether the Anki export carries the reader's progress."""
        return self._str("export/progress", "false") == "true"

    @export_progress.setter
    def export_progress(self, value: bool) -> None:
        self._set("export/progress", "true" if value else "false")

    @property
    def anki_import_path(self) -> str:
        """The Anki file progress was last brought back from."""
        return self._str("anki-import/path", "")

    @anki_import_path.setter
    def anki_import_path(self, value: str) -> None:
        self._set("anki-import/path", value)

    @property
    def import_folder(self) -> str:
        """Where the last article was imported from."""
        return self._str("import/folder", "")

    @import_folder.setter
    def import_folder(self, value: str) -> None:
        self._set("import/folder", value)

    # -- quiz ------------------------------------------------------------------------
    @property
    def quiz_setup(self) -> dict[str, object]:
        """The quiz setup chosen last (``QuizSetup.to_dict`` without its one-off keys)."""
        raw = self._str("quiz/setup", "")
        try:
            data = json.loads(raw) if raw else {}
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}

    @quiz_setup.setter
    def quiz_setup(self, value: dict[str, object]) -> None:
        self._set("quiz/setup", json.dumps(value, ensure_ascii=False, sort_keys=True))

    @property
    def match_deck(self) -> str:
        return self._str("quiz/match_deck", "")

    @match_deck.setter
    def match_deck(self, deck_id: str) -> None:
        self._set("quiz/match_deck", deck_id)
