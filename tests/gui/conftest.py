"""The desktop app under pytest-qt: offscreen (tests/conftest.py), settings and
data in tmp_path, the real main window built the way ``studyapp`` builds it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from studyapp.gui import main_window
from studyapp.gui.app import application, build_window
from studyapp.gui.i18n import Translators
from studyapp.gui.main_window import MainWindow
from studyapp.gui.screens import review as review_screen
from studyapp.gui.screens.review import ReviewScreen
from studyapp.gui.settings import ini_file

# The offscreen platform warns that it cannot pass size hints to a window
# manager it does not have; that is not a problem of the app.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    s = ini_file(tmp_path / "config" / "settings.ini")
    s.setValue("ui/language", "en")
    s.setValue("study/script", "hant")
    s.setValue("ui/theme", "light")
    return s


MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def make_window(
    qtbot: QtBot, qapp: QApplication, data_dir: Path, qsettings: QSettings
) -> Iterator[MakeWindow]:
    """Build (and on teardown close) main windows; a second call is a restart."""
    made: list[tuple[MainWindow, Translators]] = []

    def make(settings: QSettings | None = None, data: Path | None = None) -> MainWindow:
        translators = Translators()
        app = application()
        window = build_window(app, data or data_dir, settings or qsettings, translators)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        made.append((window, translators))
        return window

    yield make
    for window, translators in made:
        translators.install(qapp, "en")
        close(window)


def facts_in(window: MainWindow) -> int:
    """How many facts the window's decks hold (every one is a row in Browse)."""
    return sum(len(d.facts) for d in window.ctx.library.decks)


def close(window: MainWindow) -> None:
    """Quit as the reader does (layout saved, backup), then release the store."""
    if window.isVisible():
        window.close()
    # The widget lives on until pytest-qt deletes it; keep it off the closed file.
    review = window.built_pages().get("review")
    if isinstance(review, ReviewScreen):
        review.session = None
    window.ctx.close_store()


@pytest.fixture
def window(make_window: MakeWindow) -> MainWindow:
    return make_window()


Shown = list[tuple[str, str, str]]


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    """The error dialogs the window (and the Review screen) ask for, recorded instead
    of shown."""
    calls: Shown = []

    def record(parent: QWidget | None, title: str, text: str, detail: str = "") -> QMessageBox:
        calls.append((title, text, detail))
        return QMessageBox(parent)

    monkeypatch.setattr(main_window, "show_error", record)
    monkeypatch.setattr(review_screen, "show_error", record)
    return calls
