"""The screens of the main window: adding a screen is one entry here.

Each entry names the screen (the key it is remembered and addressed by), its
title in the navigation and how to build it. The main window makes the
navigation, the View menu and the Ctrl+1…Ctrl+9 shortcuts from this list, in
this order, and builds a screen (importing its module) the first time it is
shown, so that the window paints before any screen's module is loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from studyapp.gui.context import GuiContext
from studyapp.gui.screens.base import Screen


@dataclass(frozen=True)
class ScreenEntry:
    key: str
    title: Callable[[], str]  # in the interface language, asked each time it is shown
    build: Callable[[GuiContext], Screen]


def _decks(ctx: GuiContext) -> Screen:
    from studyapp.gui.screens.decks import DecksScreen

    return DecksScreen(ctx)


def _review(ctx: GuiContext) -> Screen:
    from studyapp.gui.screens.review import ReviewScreen

    return ReviewScreen(ctx)


def _quiz(ctx: GuiContext) -> Screen:
    from studyapp.gui.quiz.page import QuizPage

    return QuizPage(ctx)


def _browse(ctx: GuiContext) -> Screen:
    from studyapp.gui.screens.browse import BrowseScreen

    return BrowseScreen(ctx)


def _sources(ctx: GuiContext) -> Screen:
    from studyapp.gui.screens.sources import SourcesScreen

    return SourcesScreen(ctx)


def _stats(ctx: GuiContext) -> Screen:
    from studyapp.gui.screens.stats import StatsScreen

    return StatsScreen(ctx)


def _learn(ctx: GuiContext) -> Screen:
    from studyapp.gui.learn.screen import LearnScreen

    return LearnScreen(ctx)


def _read(ctx: GuiContext) -> Screen:
    from studyapp.gui.screens.read import ReadScreen

    return ReadScreen(ctx)


def _timeline(ctx: GuiContext) -> Screen:
    from studyapp.gui.screens.timeline import TimelineScreen

    return TimelineScreen(ctx)


def _people(ctx: GuiContext) -> Screen:
    from studyapp.gui.screens.people import PeopleScreen

    return PeopleScreen(ctx)


SCREENS: tuple[ScreenEntry, ...] = (
    ScreenEntry("decks", lambda: QCoreApplication.translate("MainWindow", "Decks"), _decks),
    ScreenEntry("review", lambda: QCoreApplication.translate("MainWindow", "Review"), _review),
    ScreenEntry("quiz", lambda: QCoreApplication.translate("MainWindow", "Quiz"), _quiz),
    ScreenEntry("browse", lambda: QCoreApplication.translate("MainWindow", "Browse"), _browse),
    ScreenEntry("sources", lambda: QCoreApplication.translate("MainWindow", "Sources"), _sources),
    ScreenEntry("stats", lambda: QCoreApplication.translate("MainWindow", "Stats"), _stats),
    ScreenEntry("learn", lambda: QCoreApplication.translate("MainWindow", "Learn"), _learn),
    ScreenEntry("read", lambda: QCoreApplication.translate("MainWindow", "Read"), _read),
    ScreenEntry(
        "timeline", lambda: QCoreApplication.translate("MainWindow", "Timeline"), _timeline
    ),
    ScreenEntry("people", lambda: QCoreApplication.translate("MainWindow", "People"), _people),
)
KEYS: tuple[str, ...] = tuple(e.key for e in SCREENS)
HOME = "decks"


def entry(key: str) -> ScreenEntry:
    return next(e for e in SCREENS if e.key == key)
