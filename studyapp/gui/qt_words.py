"""Words of Qt's own dialogs that Qt's Chinese translations leave in English.

Qt's ``qtbase_zh_TW``/``qtbase_zh_CN`` have "Look in:" but not the file dialog's
"&Look in:" and "Files of &type:". Naming them here puts them into studyapp's own
translation files (context ``QFileDialog``); Qt looks them up there when its own
files have nothing, so the dialog speaks the interface language throughout.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_WORDS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
