"""The one way the GUI runs slow work: off the GUI thread, with progress.

Core functions take a plain progress callback ``(done, total)``; a
:class:`TaskRunner` runs such a function in Qt's thread pool and re-emits the
callback, the result and any error as Qt signals, which arrive on the GUI
thread. The work function never touches a widget (nor the progress store,
whose SQLite connection belongs to the GUI thread): it gets plain values in
and hands plain values back.

    task = runner.start(lambda progress: export_apkg(..., progress=progress))
    task.progress.connect(bar.setValue ...)
    task.succeeded.connect(self._exported)
    task.failed.connect(self._show_error)
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int], None]
WorkFunction = Callable[[ProgressCallback], Any]


class TaskCancelled(Exception):
    """Raised inside the work function (from its progress callback) after cancel()."""


class Task(QObject):
    """The GUI-side handle of one piece of background work."""

    progress = Signal(int, int)  # done, total
    succeeded = Signal(object)  # the work function's result
    failed = Signal(object)  # the exception it raised (TaskCancelled after cancel())
    finished = Signal()  # after succeeded or failed

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._cancel = threading.Event()
        self.done = False

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int) -> None:
        """The progress callback handed to the work function (runs in the worker)."""
        if self._cancel.is_set():
            raise TaskCancelled()
        self.progress.emit(int(done), int(total))


class _Runnable(QRunnable):
    def __init__(self, task: Task, work: WorkFunction) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task = task
        self._work = work

    def run(self) -> None:
        task = self._task
        try:
            result = self._work(task.report)
        except TaskCancelled as exc:
            task.failed.emit(exc)
        except Exception as exc:  # handed to the GUI, which explains it
            log.warning("background task %s failed", task.name, exc_info=True)
            task.failed.emit(exc)
        else:
            task.succeeded.emit(result)
        task.finished.emit()


class TaskRunner(QObject):
    """Starts background work and keeps its handles alive until it ends."""

    task_started = Signal(object)
    all_done = Signal()

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool(self)
        self._tasks: set[Task] = set()

    def start(self, name: str, work: WorkFunction) -> Task:
        """Run ``work(progress)`` in the pool; connect to the returned task's signals.

        Connections made right after this call are in time: the signals are
        delivered through the GUI thread's event loop.
        """
        task = Task(name, self)
        self._tasks.add(task)
        task.finished.connect(lambda: self._finished(task))
        self.task_started.emit(task)
        self._pool.start(_Runnable(task, work))
        return task

    def _finished(self, task: Task) -> None:
        task.done = True
        self._tasks.discard(task)
        task.deleteLater()
        if not self._tasks:
            self.all_done.emit()

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the pool is idle (at quit); True when everything ended."""
        return self._pool.waitForDone(msecs)
