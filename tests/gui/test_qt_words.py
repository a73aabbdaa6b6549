"""Qt's own dialogs speak the interface language too (Qt's files miss two words)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from studyapp.gui.i18n import Translators


@pytest.mark.parametrize("language", ["zh_TW", "zh_CN"])
def test_qts_own_file_dialog_speaks_the_interface_language(
    qapp: QApplication, language: str
) -> None:
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel

    translators = Translators()
    translators.install(qapp, language)
    try:
        dialog = QFileDialog(None, "x")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        texts = [w.text() for w in dialog.findChildren(QLabel)]
        texts += [w.text() for w in dialog.findChildren(QAbstractButton)]
        english = [t for t in texts if t and t.isascii() and any(c.isalpha() for c in t)]
        dialog.deleteLater()
    finally:
        translators.install(qapp, "en")
    assert english == []
