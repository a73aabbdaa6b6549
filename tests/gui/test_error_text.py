"""Every kind of error the core reports has a sentence in the interface language."""

from __future__ import annotations

import string

import pytest
from PySide6.QtWidgets import QApplication

from studyapp.core.errors import ErrorKind, StudyError
from studyapp.gui.error_text import SENTENCES, error_text
from studyapp.gui.i18n import Translators


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("kind", list(ErrorKind), ids=lambda k: k.code)
def test_every_kind_has_a_sentence_with_its_parameters(kind: ErrorKind) -> None:
    assert kind in SENTENCES
    assert fields(SENTENCES[kind]()) <= fields(kind.english)


@pytest.mark.parametrize("language", ["zh_TW", "zh_CN"])
def test_every_sentence_is_translated(qapp: QApplication, language: str) -> None:
    translators = Translators()
    translators.install(qapp, language)
    try:
        untranslated = [k.code for k, sentence in SENTENCES.items() if not _han(sentence())]
    finally:
        translators.install(qapp, "en")
    assert untranslated == []


def test_the_gui_never_shows_the_english_text_of_a_core_error(qapp: QApplication) -> None:
    translators = Translators()
    translators.install(qapp, "zh_TW")
    try:
        text = error_text(StudyError(ErrorKind.ARTICLE_EMPTY, path="/tmp/a.md"))
    finally:
        translators.install(qapp, "en")
    assert "/tmp/a.md" in text and "empty" not in text and _han(text)


def _han(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)
