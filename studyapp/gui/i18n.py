"""The interface language: Qt's own translation system.

Widgets wrap their words in ``self.tr()``; ``resources/translations/update.py``
extracts them with ``pyside6-lupdate`` into ``studyapp_<lang>.ts`` and compiles
the ``.qm`` files that ship with the app. Qt's own ``qtbase`` translations are
loaded too, so standard buttons and dialogs (OK, Cancel, the file dialog)
speak the same language.

The interface language is independent of the study script: a reader may use
an English interface and study in 繁體 or 简体.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from studyapp.paths import resources_dir

if TYPE_CHECKING:  # the deck model is not needed to pick a language (fast start)
    from studyapp.core.deck.model import Script

LANGUAGES: tuple[str, ...] = ("zh_TW", "zh_CN", "en")


def translations_dir() -> Path:
    return resources_dir() / "translations"


def language_for_locale(locale: QLocale) -> str:
    """zh_TW, zh_CN or en for a locale (Hong Kong and Macau read Traditional)."""
    if locale.language() != QLocale.Language.Chinese:
        return "en"
    if locale.script() == QLocale.Script.TraditionalChineseScript:
        return "zh_TW"
    if locale.script() == QLocale.Script.SimplifiedChineseScript:
        return "zh_CN"
    traditional = (
        QLocale.Country.Taiwan,
        QLocale.Country.HongKong,
        QLocale.Country.Macao,
    )
    return "zh_TW" if locale.territory() in traditional else "zh_CN"


def system_language() -> str:
    for name in QLocale.system().uiLanguages():
        lang = language_for_locale(QLocale(name))
        if lang != "en" or name.lower().startswith("en"):
            return lang
    return language_for_locale(QLocale.system())


def resolve_language(setting: str) -> str:
    """The language to use for a settings value ("system" follows the computer)."""
    return setting if setting in LANGUAGES else system_language()


def script_for_language(language: str) -> Script:
    """The study script a new reader most likely wants."""
    return "hans" if language == "zh_CN" else "hant"


class Translators:
    """The app's and Qt's translators, swapped together when the language changes."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, app: QCoreApplication, language: str) -> None:
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        self.language = language
        # English is the source language; its file only has the plural forms.
        ours = QTranslator(app)
        if ours.load(f"studyapp_{language}", str(translations_dir())):
            app.installTranslator(ours)
            self._installed.append(ours)
        if language == "en":
            return
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_translator = QTranslator(app)
        if qt_translator.load(f"qtbase_{language}", qt_dir):
            app.installTranslator(qt_translator)
            self._installed.append(qt_translator)


def join_sentences(parts: list[str]) -> str:
    """Translated sentences as one text: a space between English sentences, none
    after Chinese full-width punctuation (。，；：！？）), which carries its own."""
    text = ""
    for part in parts:
        if text and not text.endswith(("。", "，", "；", "：", "！", "？", "）")):
            text += " "
        text += part
    return text
