"""The Qt binding the app is installed with must not corrupt the interpreter.

PySide6 6.12.0 drops a reference to ``None`` on every call of a void C++ method
when run on Python 3.11; after a few thousand calls (a long review session) the
process aborts with "deallocating None". pyproject.toml excludes that release;
this test catches it, or the next release like it, before a reader does.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot


@pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="None is immortal from Python 3.12: no count to lose"
)
def test_void_qt_calls_keep_the_reference_count_of_none(qtbot: QtBot) -> None:
    button = QPushButton()
    qtbot.addWidget(button)
    before = sys.getrefcount(None)
    for _ in range(1000):
        button.setEnabled(True)
    assert sys.getrefcount(None) >= before - 10
