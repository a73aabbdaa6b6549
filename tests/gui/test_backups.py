"""Backups while the app runs: taken in the background, never on the GUI thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from studyapp.core.store import Rating
from studyapp.core.store.backup import list_backups
from studyapp.gui.main_window import MainWindow
from studyapp.paths import backups_dir
from tests.faults import reviews_in
from tests.gui.conftest import MakeWindow, close


def test_the_backup_timer_backs_up_in_the_background(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = window.ctx.store
    assert store is not None
    card = store.next_card()
    assert card is not None
    store.answer(card, Rating.GOOD)
    assert store.backups() == []

    from studyapp.core.store import backup as backup_module

    threads: list[threading.Thread] = []
    real = backup_module.write_backup

    def spy(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(backup_module, "write_backup", spy)
    with qtbot.waitSignal(window.ctx.tasks.all_done, timeout=10_000):
        window._backup_timer.timeout.emit()
    assert len(store.backups()) == 1
    assert threads and threads[0] is not threading.main_thread()
    window._backup_timer.timeout.emit()  # nothing changed since: no second backup
    assert not window.ctx.tasks.busy
    assert len(store.backups()) == 1


def test_every_session_that_changed_something_is_backed_up_at_quit(
    make_window: MakeWindow, data_dir: Path, qsettings: QSettings
) -> None:
    """Three short sessions (minutes apart, as a reader studies on the bus): each
    quit leaves a backup holding every review so far, not only the first session's."""
    for session in range(1, 4):
        window = make_window(QSettings(qsettings.fileName(), QSettings.Format.IniFormat))
        store = window.ctx.store
        assert store is not None
        for _ in range(5):
            card = store.next_card()
            assert card is not None
            store.answer(card, Rating.GOOD)
        close(window)
        newest = list_backups(backups_dir(data_dir))[0]
        assert reviews_in(newest.path) == 5 * session
    # A session that changed nothing adds no backup.
    count = len(list_backups(backups_dir(data_dir)))
    close(make_window(QSettings(qsettings.fileName(), QSettings.Format.IniFormat)))
    assert len(list_backups(backups_dir(data_dir))) == count
