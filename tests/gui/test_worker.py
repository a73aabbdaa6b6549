"""The background-work helper: every job's outcome reaches its handlers, on the GUI
thread, however fast the job ends."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from functools import partial

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from studyapp.gui.worker import TaskCancelled, TaskRunner

RUNS = 200


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.cancel_all()
    tasks.wait(5000)


def settle(qtbot: QtBot, condition: Callable[[], object]) -> None:
    """Let the GUI thread deliver what the workers posted (quicker than polling)."""
    for _ in range(50):
        QCoreApplication.processEvents()
        if condition():
            return
    qtbot.waitUntil(lambda: bool(condition()), timeout=2000)


def fail_at_once(_progress: object) -> object:
    raise ValueError("broken at once")


def test_a_job_failing_instantly_reaches_its_failure_handler(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    for _ in range(RUNS):
        errors: list[object] = []
        ends: list[bool] = []
        runner.start(
            "instant",
            fail_at_once,
            on_success=lambda _result: pytest.fail("a failing job succeeded"),
            on_failure=errors.append,
            on_finished=partial(ends.append, True),
        )
        runner.wait(5000)  # the job is over before anything listens to the loop
        settle(qtbot, ends.__len__)
        assert [str(e) for e in errors] == ["broken at once"]
        assert ends == [True]
    settle(qtbot, lambda: not runner.busy)


def test_a_connection_made_right_after_start_is_in_time(qtbot: QtBot, runner: TaskRunner) -> None:
    for _ in range(RUNS):
        task = runner.start("instant", fail_at_once)
        runner.wait(5000)  # finished in the worker before the connection below
        errors: list[object] = []
        task.failed.connect(errors.append)
        settle(qtbot, errors.__len__)
        assert isinstance(errors[0], ValueError)


def test_results_and_progress_arrive_in_order_on_the_gui_thread(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    gui = threading.get_ident()
    seen: list[object] = []
    threads: set[int] = set()

    def work(progress: object) -> str:
        assert callable(progress)
        for done in range(1, 4):
            progress(done, 3)
        return "done"

    def note(item: object) -> None:
        threads.add(threading.get_ident())
        seen.append(item)

    with qtbot.waitSignal(runner.all_done, timeout=5000):
        runner.start(
            "counting",
            work,
            on_progress=lambda done, total: note((done, total)),
            on_success=note,
            on_finished=lambda: note("finished"),
        )
    assert seen == [(1, 3), (2, 3), (3, 3), "done", "finished"]
    assert threads == {gui}
    assert not runner.busy


def test_cancel_reaches_the_failure_handler_as_cancelled(qtbot: QtBot, runner: TaskRunner) -> None:
    release = threading.Event()
    errors: list[object] = []

    def work(progress: object) -> None:
        assert callable(progress)
        release.wait(5)
        progress(1, 2)  # raises once cancelled
        pytest.fail("the job went on after cancel")

    task = runner.start("slow", work, on_failure=errors.append)
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], TaskCancelled)
