"""Quiz screen tests: the real main window (tests/gui/conftest.py) with the quiz page
given a fake monotonic clock, so countdowns move only when a test says so."""

from __future__ import annotations

import random

import pytest

from studyapp.core.quiz import QuizSetup
from studyapp.gui.main_window import MainWindow
from studyapp.gui.quiz.page import QuizPage


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def mono() -> FakeMonotonic:
    return FakeMonotonic()


@pytest.fixture
def quiz(window: MainWindow, mono: FakeMonotonic) -> QuizPage:
    """The Quiz screen of a running app, on the fake clock, with a fixed seed source."""
    page = window.screen_as("quiz", QuizPage)
    assert isinstance(page, QuizPage)
    page.monotonic = mono
    page.rng = random.Random(11)
    window.show_page("quiz")
    return page


def configure(page: QuizPage, setup: QuizSetup) -> None:
    """Put ``setup`` on the setup screen, as a reader ticking boxes would."""
    page.setup_view.apply(setup)
