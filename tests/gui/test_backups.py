"""Backups while the app runs: taken in the background, never on the GUI thread."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from studyapp.core.store import Rating
from studyapp.gui.main_window import MainWindow


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
