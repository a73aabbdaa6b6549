"""The import review screen: read an article in the worker, decide with keys, edit,
undo, save a user deck that validates and appears at once; errors in plain words."""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from studyapp.cli import main
from studyapp.core.deck.library import load_library
from studyapp.core.deck.load import load_deck
from studyapp.core.deck.model import AnswerKind
from studyapp.core.importer.drafts import Draft, DraftStatus
from studyapp.core.store import OpenedProgress
from studyapp.gui.context import GuiContext
from studyapp.gui.importer import ImportDialog
from studyapp.gui.settings import AppSettings, ini_file
from studyapp.gui.worker import TaskRunner
from studyapp.paths import pending_file

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"


@pytest.fixture
def ctx(data_dir: Path, tmp_path: Path) -> Iterator[GuiContext]:
    (data_dir / "decks").mkdir(parents=True)
    shutil.copy(ARTICLES / "known.yaml", data_dir / "decks" / "known.yaml")
    tasks = TaskRunner()
    context = GuiContext(data_dir, AppSettings(ini_file(tmp_path / "settings.ini")), tasks)
    context.attach(load_library(data_dir), OpenedProgress(None))
    yield context
    tasks.cancel_all()
    tasks.wait(5000)


@pytest.fixture
def dialog(qtbot: QtBot, ctx: GuiContext) -> ImportDialog:
    dlg = ImportDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def open_article(qtbot: QtBot, dlg: ImportDialog, path: Path) -> None:
    with qtbot.waitSignal(dlg.loaded, timeout=15_000):
        dlg.open_file(path)


def current(dlg: ImportDialog) -> Draft:
    assert dlg.state is not None
    return dlg.state.draft(dlg.drafts.current_id())


def statuses(dlg: ImportDialog) -> list[DraftStatus]:
    assert dlg.state is not None
    return [d.status for d in dlg.state.drafts]


def key(qtbot: QtBot, dlg: ImportDialog, k: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:  # fmt: skip
    qtbot.keyClick(dlg.drafts, k, mods)


def test_review_with_keys_edit_undo_and_save(
    qtbot: QtBot, dialog: ImportDialog, ctx: GuiContext, data_dir: Path
) -> None:
    open_article(qtbot, dialog, ARTICLES / "lab-hant.md")
    assert dialog.drafts.count() == len(statuses(dialog)) > 4
    assert set(statuses(dialog)) == {DraftStatus.PENDING}
    assert dialog.article.toPlainText().startswith("頂點實驗室的故事")

    key(qtbot, dialog, Qt.Key.Key_A)
    key(qtbot, dialog, Qt.Key.Key_A)
    key(qtbot, dialog, Qt.Key.Key_R)
    assert statuses(dialog)[:4] == [DraftStatus.ACCEPTED] * 2 + [DraftStatus.REJECTED] + [
        DraftStatus.PENDING
    ]
    assert dialog.drafts.currentRow() == 3
    assert dialog.counts.text().startswith("2 accepted · 1 rejected")
    assert "✔ accepted" in dialog.drafts.item(0).text()

    # K goes back; pick the founding draft and move its answer to the founder's name
    key(qtbot, dialog, Qt.Key.Key_K)
    assert dialog.drafts.currentRow() == 2
    assert dialog.state is not None
    founded = next(d for d in dialog.state.drafts if d.answer.value == 2019)
    dialog.drafts.select_id(founded.id)
    start = founded.plain.index("Alice Wong")
    dialog.editor.select_span(start, start + len("Alice Wong"))
    assert dialog.editor.use_selection.isEnabled()
    qtbot.mouseClick(dialog.editor.use_selection, Qt.MouseButton.LeftButton)
    edited = current(dialog)
    assert edited.id == founded.id
    assert edited.statement == "頂點實驗室在 2019 年成立，創辦人是 {{Alice Wong}}。"
    assert edited.answer.kind is AnswerKind.ENTITY
    assert (
        dialog.editor.question.text() == edited.question == "頂點實驗室在 2019 年成立，創辦人是誰？"
    )

    key(qtbot, dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert current(dialog) == founded
    assert dialog.editor.question.text() == founded.question
    key(qtbot, dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the reject
    assert statuses(dialog)[:3] == [DraftStatus.ACCEPTED] * 2 + [DraftStatus.PENDING]
    key(qtbot, dialog, Qt.Key.Key_R)
    assert statuses(dialog)[2] is DraftStatus.REJECTED

    dialog.id_edit.setText("my-lab")
    dialog.title_edit.setText("我的實驗室")
    with qtbot.waitSignal(ctx.library_changed), qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    path = data_dir / "decks" / "my-lab.yaml"
    assert path.is_file()
    library = load_library(data_dir)
    assert not library.problems
    assert main(["check", str(path)]) == 0
    mine = ctx.library.deck("my-lab")  # reloaded: every screen sees it now
    assert not mine.builtin and mine.title == "我的實驗室"
    assert dialog.state is not None
    assert [f.id for f in mine.facts] == [
        d.id for d in sorted(dialog.state.session.accepted(), key=lambda d: d.start)
    ]
    assert len(mine.facts) == 2
    assert "Saved 2 facts" in dialog.status.text()
    # the decisions are kept beside the deck, so the review can be resumed
    assert pending_file(data_dir, "my-lab").is_file()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is empty"),
        (b"\x00\x01\x02\x03binary\x00\xff" * 50, "is not a text file"),
        (None, "is a folder"),
    ],
)
def test_an_unreadable_file_shows_an_error_and_changes_nothing(
    qtbot: QtBot,
    dialog: ImportDialog,
    data_dir: Path,
    tmp_path: Path,
    content: bytes | None,
    expected: str,
) -> None:
    open_article(qtbot, dialog, ARTICLES / "lab-hans.md")
    assert dialog.state is not None
    dialog.decide(DraftStatus.ACCEPTED)
    before = dialog.state.session
    files_before = sorted(p for p in data_dir.rglob("*"))
    bad = tmp_path / "bad.md"
    if content is None:
        bad.mkdir()
    else:
        bad.write_bytes(content)
    with qtbot.waitSignal(dialog.failed, timeout=15_000) as failed:
        dialog.open_file(bad)
    assert expected in failed.args[0] and "bad.md" in failed.args[0]
    box = dialog.last_error
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == failed.args[0]
    assert "Traceback" not in box.text() and "Error" not in box.text()
    box.close()
    assert dialog.state.session is before
    assert dialog.drafts.count() == len(before.drafts)
    assert sorted(p for p in data_dir.rglob("*")) == files_before
    assert dialog.open_button.isEnabled() and not dialog.busy.isVisible()


def test_keys_typed_into_a_field_edit_it_and_decide_nothing(
    qtbot: QtBot, dialog: ImportDialog
) -> None:
    open_article(qtbot, dialog, ARTICLES / "lab-hant.md")
    dialog.editor.question.clear()
    qtbot.keyClicks(dialog.editor.question, "ARJK")
    assert dialog.editor.question.text() == "ARJK"
    assert set(statuses(dialog)) == {DraftStatus.PENDING}
    assert dialog.drafts.currentRow() == 0


def test_an_invalid_edit_shows_the_cores_message_and_changes_nothing(
    qtbot: QtBot, dialog: ImportDialog
) -> None:
    open_article(qtbot, dialog, ARTICLES / "lab-hant.md")
    draft = current(dialog)
    wrong = AnswerKind.DATE if draft.answer.kind is AnswerKind.YEAR else AnswerKind.YEAR
    dialog.editor.kind.setCurrentIndex(dialog.editor.kind.findData(wrong.value))
    qtbot.mouseClick(dialog.editor.apply, Qt.MouseButton.LeftButton)
    assert not dialog.editor.problem.isHidden()
    assert "must" in dialog.editor.problem.text()
    assert current(dialog) == draft
    assert dialog.state is not None and not dialog.state.can_undo


def test_clicking_a_sentence_selects_its_draft_and_a_draft_marks_its_sentence(
    qtbot: QtBot, dialog: ImportDialog
) -> None:
    open_article(qtbot, dialog, ARTICLES / "lab-hant.md")
    assert dialog.state is not None
    last = dialog.state.drafts[-1]
    marks = dialog.article.extraSelections()
    assert len(marks) == len(dialog.state.drafts) + 1  # every draft, and the current one
    drafts = dialog.state.drafts
    # a sentence may hold several drafts: clicking it selects the best (listed first)
    target = next(d for d in drafts[2:] if next(x for x in drafts if x.start == d.start) is d)
    cursor = dialog.article.textCursor()
    cursor.setPosition(target.start + 1)
    point = dialog.article.cursorRect(cursor).center()
    qtbot.mouseClick(dialog.article.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert current(dialog).id == target.id
    dialog.drafts.select_id(last.id)
    marks = dialog.article.extraSelections()
    selection = marks[-1].cursor
    assert selection.selectedText() == dialog.state.session.document.text[last.start : last.end]


def test_reopening_the_article_shows_saved_facts_and_editing_keeps_their_id(
    qtbot: QtBot, dialog: ImportDialog, ctx: GuiContext, data_dir: Path
) -> None:
    article = ARTICLES / "lab-hant.md"
    open_article(qtbot, dialog, article)
    key(qtbot, dialog, Qt.Key.Key_A)
    key(qtbot, dialog, Qt.Key.Key_A)
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    deck_id = dialog.id_edit.text()
    saved = {f.id: f for f in ctx.library.deck(deck_id).facts}
    dialog.close()

    again = ImportDialog(ctx)
    qtbot.addWidget(again)
    open_article(qtbot, again, article)
    assert again.state is not None
    accepted = again.state.session.accepted()
    assert {d.id for d in accepted} == set(saved)
    assert "already in your deck" in again.status.text()
    assert again.title_edit.isReadOnly()
    fact_id = accepted[0].id
    again.drafts.select_id(fact_id)
    again.editor.question.setText("改寫過的問題？")
    qtbot.mouseClick(again.editor.apply, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(again.saved):
        again.save()
    deck = load_deck(data_dir / "decks" / f"{deck_id}.yaml")
    assert {f.id for f in deck.facts} == set(saved)  # same ids: review history stays
    assert deck.fact(fact_id).question == "改寫過的問題？"


def test_adding_a_second_article_to_an_existing_deck_keeps_the_first(
    qtbot: QtBot, dialog: ImportDialog, ctx: GuiContext, data_dir: Path
) -> None:
    open_article(qtbot, dialog, ARTICLES / "lab-hant.md")
    key(qtbot, dialog, Qt.Key.Key_A)
    dialog.id_edit.setText("lab")
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    first = {f.id for f in ctx.library.deck("lab").facts}

    open_article(qtbot, dialog, ARTICLES / "notes.txt")
    key(qtbot, dialog, Qt.Key.Key_A)
    dialog.id_edit.setText("lab")
    with qtbot.waitSignal(dialog.saved, timeout=15_000):
        dialog.save()  # drafted again against "lab" in the worker, then saved
    deck = ctx.library.deck("lab")
    assert first < {f.id for f in deck.facts}
    assert len(deck.sources) == 2
    assert not load_library(data_dir).problems


def test_the_last_folder_is_remembered(qtbot: QtBot, dialog: ImportDialog, ctx: GuiContext) -> None:
    open_article(qtbot, dialog, ARTICLES / "lab.html")
    assert AppSettings(ini_file(Path(ctx.settings.path))).import_folder == str(ARTICLES)


def test_closing_keeps_unsaved_decisions_for_next_time(
    qtbot: QtBot, dialog: ImportDialog, ctx: GuiContext, data_dir: Path
) -> None:
    open_article(qtbot, dialog, ARTICLES / "lab-hant.md")
    key(qtbot, dialog, Qt.Key.Key_R)
    rejected = statuses(dialog)
    dialog.close()
    assert not (data_dir / "decks" / "import-lab-hant.yaml").exists()
    again = ImportDialog(ctx)
    qtbot.addWidget(again)
    open_article(qtbot, again, ARTICLES / "lab-hant.md")
    assert statuses(again) == rejected
    assert "1 earlier decisions were kept" in again.status.text()


def test_the_empty_dialogs_hint_wraps_to_the_article_pane(dialog: ImportDialog) -> None:
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QFontMetrics

    dialog.resize(900, 600)
    dialog.show()
    view = dialog.article
    assert view.hint().startswith("Open an article") and not view.placeholderText()
    width = view.viewport().width()
    box = QFontMetrics(view.font()).boundingRect(
        QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), view.hint()
    )
    assert box.width() <= width and box.height() > QFontMetrics(view.font()).height()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on Windows")
def test_a_pipe_is_refused_and_no_worker_waits_on_it(
    qtbot: QtBot, dialog: ImportDialog, ctx: GuiContext, tmp_path: Path
) -> None:
    """A worker blocked on a pipe would keep the app from ever exiting after Quit."""
    fifo = tmp_path / "article.md"
    os.mkfifo(fifo)
    try:
        with qtbot.waitSignal(dialog.failed, timeout=10_000) as failed:
            dialog.open_file(fifo)
    finally:  # whatever still waits to read it (a studyapp that blocks) gets an end of file
        with contextlib.suppress(OSError):
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    assert failed.args[0] == (
        f"{fifo} is not a regular file (it is a pipe, device or socket); "
        "only files can be imported."
    )
    box = dialog.last_error
    assert isinstance(box, QMessageBox) and box.isVisible()
    box.close()
    assert not ctx.tasks.busy
    assert ctx.tasks.wait(1000)  # the pool is idle: quitting now ends the process
    assert dialog.open_button.isEnabled() and not dialog.busy.isVisible()
