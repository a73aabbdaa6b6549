"""The importer holds back drafts a careful reader would likely drop; the reader
can show them too, keeping every decision made so far, and Ctrl+Z hides them
again (the article is a made-up one)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studyapp.core.deck.library import load_library
from studyapp.core.importer.drafts import DraftStatus
from studyapp.core.store import OpenedProgress
from studyapp.gui.context import GuiContext
from studyapp.gui.i18n import Translators
from studyapp.gui.importer import ImportDialog
from studyapp.gui.settings import AppSettings, ini_file
from studyapp.gui.worker import TaskRunner

GAMES = (
    "# 山城運動會\n\n山城運動會今年在3月12日開幕，共有3200名選手報名。網球是一項運動。"
    "大會由山城體育會主辦，會長洪立仁說，這是第十二屆。\n"
)
VAGUE = "什麼是一項運動？"


@pytest.fixture
def ctx(data_dir: Path, tmp_path: Path) -> Iterator[GuiContext]:
    tasks = TaskRunner()
    context = GuiContext(data_dir, AppSettings(ini_file(tmp_path / "settings.ini")), tasks)
    context.attach(load_library(data_dir), OpenedProgress(None))
    yield context
    tasks.cancel_all()
    tasks.wait(5000)


@pytest.fixture
def dialog(qtbot: QtBot, ctx: GuiContext, qapp: QApplication) -> Iterator[ImportDialog]:
    translators = Translators()
    translators.install(qapp, "en")
    dlg = ImportDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    yield dlg


def questions(dlg: ImportDialog) -> list[str]:
    assert dlg.state is not None
    return [d.question for d in dlg.state.drafts]


def test_held_back_drafts_can_be_shown_with_the_decisions_kept(
    qtbot: QtBot, dialog: ImportDialog, tmp_path: Path
) -> None:
    article = tmp_path / "games.md"
    article.write_text(GAMES, encoding="utf-8")
    with qtbot.waitSignal(dialog.loaded, timeout=15_000):
        dialog.open_file(article)
    assert dialog.state is not None
    assert VAGUE not in questions(dialog)
    assert dialog.more_button.isVisible()
    assert dialog.more_button.text() == "Show 1 held-back draft"
    first = dialog.state.drafts[0].id
    dialog.state.set_status(first, DraftStatus.ACCEPTED)

    with qtbot.waitSignal(dialog.loaded, timeout=15_000):
        qtbot.mouseClick(dialog.more_button, Qt.MouseButton.LeftButton)
    assert VAGUE in questions(dialog)
    assert dialog.state.draft(first).status is DraftStatus.ACCEPTED
    assert not dialog.more_button.isVisible()
    assert "1 more draft shown" in dialog.status.text()

    dialog.undo()
    assert VAGUE not in questions(dialog)
    assert dialog.state.draft(first).status is DraftStatus.ACCEPTED
    assert dialog.more_button.isVisible()
    assert "hidden again" in dialog.status.text()
