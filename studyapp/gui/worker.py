"""The one way the GUI runs slow work: off the GUI thread, with progress.

Core functions take a plain progress callback ``(done, total)``; a
:class:`TaskRunner` runs such a function in Qt's thread pool and re-emits the
callback, the result and any error as Qt signals, which arrive on the GUI
thread. The work function never touches a widget (nor the progress store,
whose SQLite connection belongs to the GUI thread): it gets plain values in
and hands plain values back.

    runner.start(
        "export",
        lambda progress: export_apkg(..., progress=progress),
        on_progress=self._progress,
        on_success=self._exported,
        on_failure=self._show_error,
    )

The handlers are connected before the work starts, so a job that fails at
once still reaches ``on_failure``. The worker never emits the public signals
itself: it posts to the task, which lives on the GUI thread, and the task
emits ``progress``/``succeeded``/``failed``/``finished`` from there on a later
turn of the event loop. Handlers therefore always run on the GUI thread, and
a connection made right after ``start()`` (before control returns to the
event loop) is in time as well.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar, cast

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int], None]
WorkFunction = Callable[[ProgressCallback], Any]
R = TypeVar("R")


class TaskCancelled(Exception):
    """Raised inside the work function (from its progress callback) after cancel()."""


class Task(QObject):
    """The GUI-side handle of one piece of background work."""

    progress = Signal(int, int)  # done, total
    succeeded = Signal(object)  # the work function's result
    failed = Signal(object)  # the exception it raised (TaskCancelled after cancel())
    finished = Signal()  # after succeeded or failed

    # Emitted by the worker thread only; queued to this object's (the GUI) thread.
    _posted_progress = Signal(int, int)
    _posted_result = Signal(object)
    _posted_error = Signal(object)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._cancel = threading.Event()
        self.done = False
        queued = Qt.ConnectionType.QueuedConnection
        self._posted_progress.connect(self.progress, queued)
        self._posted_result.connect(self._deliver_result, queued)
        self._posted_error.connect(self._deliver_error, queued)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int) -> None:
        """The progress callback handed to the work function (runs in the worker)."""
        if self._cancel.is_set():
            raise TaskCancelled()
        self._posted_progress.emit(int(done), int(total))

    def _deliver_result(self, result: object) -> None:
        self.succeeded.emit(result)
        self.finished.emit()

    def _deliver_error(self, exc: object) -> None:
        self.failed.emit(exc)
        self.finished.emit()


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
            task._posted_error.emit(exc)
        except Exception as exc:  # handed to the GUI, which explains it
            log.warning("background task %s failed", task.name, exc_info=True)
            task._posted_error.emit(exc)
        else:
            task._posted_result.emit(result)


class TaskRunner(QObject):
    """Starts background work and keeps its handles alive until it ends."""

    task_started = Signal(object)
    all_done = Signal()

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool(self)
        self._tasks: set[Task] = set()

    def start(
        self,
        name: str,
        work: Callable[[ProgressCallback], R],
        *,
        on_progress: Callable[[int, int], object] | None = None,
        on_success: Callable[[R], object] | None = None,
        on_failure: Callable[[object], object] | None = None,
        on_finished: Callable[[], object] | None = None,
    ) -> Task:
        """Run ``work(progress)`` in the pool, the handlers connected before it starts.

        The handlers run on the GUI thread: ``on_progress(done, total)``,
        ``on_success(result)`` or ``on_failure(exc)``, then ``on_finished()``.
        """
        task = Task(name, self)
        self._tasks.add(task)
        if on_progress is not None:
            task.progress.connect(on_progress)
        if on_success is not None:
            success = on_success  # the signal carries the work's own result, typed R
            task.succeeded.connect(lambda result: success(cast(R, result)))
        if on_failure is not None:
            task.failed.connect(on_failure)
        if on_finished is not None:
            task.finished.connect(on_finished)
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
