"""Issue 14, the importer: a quotation with spaces around it saves; one draft that
cannot be saved never blocks the others (Save points at it, says why in the
reader's language, and offers to fix it or leave it out); "Use selection as
answer" reads the answer type from the selection. Issue 15: the drafts held back
as likely poor can be shown, every decision kept, and hidden again."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from studyapp.core.deck.library import load_library
from studyapp.core.deck.load import load_deck
from studyapp.core.deck.model import AnswerKind
from studyapp.core.importer.drafts import DraftStatus
from studyapp.core.importer.pending import session_json
from studyapp.core.importer.triage import prepare
from studyapp.core.store import OpenedProgress
from studyapp.gui.context import GuiContext
from studyapp.gui.i18n import Translators
from studyapp.gui.importer import ImportDialog
from studyapp.gui.settings import AppSettings, ini_file
from studyapp.gui.worker import TaskRunner

QUOTE_ARTICLE = """# 星河实验室

张三在大会上说：「 来自东方的神秘力量 」，全场都笑了。

李四在 2020 年成立了星河实验室。

王五在 2021 年加入星河实验室，担任研究主管。
"""

GPU_ARTICLE = """# 星河實驗室

星河實驗室在2021年的新集群搭載1萬塊GPU。
"""


@pytest.fixture
def ctx(data_dir: Path, tmp_path: Path) -> Iterator[GuiContext]:
    tasks = TaskRunner()
    context = GuiContext(data_dir, AppSettings(ini_file(tmp_path / "settings.ini")), tasks)
    context.attach(load_library(data_dir), OpenedProgress(None))
    yield context
    tasks.cancel_all()
    tasks.wait(5000)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[Translators]:
    """English with its plural forms (1 draft, 2 drafts)."""
    translators = Translators()
    translators.install(qapp, "en")
    yield translators
    translators.install(qapp, "en")


@pytest.fixture
def dialog(qtbot: QtBot, ctx: GuiContext, english: Translators) -> ImportDialog:
    dlg = ImportDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def open_article(qtbot: QtBot, dlg: ImportDialog, path: Path) -> None:
    with qtbot.waitSignal(dlg.loaded, timeout=15_000):
        dlg.open_file(path)


def accept_all(dlg: ImportDialog) -> None:
    assert dlg.state is not None
    for draft in dlg.state.drafts:
        dlg.state.set_status(draft.id, DraftStatus.ACCEPTED)
    dlg._show_session()


def test_a_quotation_with_spaces_around_it_is_saved_trimmed(
    qtbot: QtBot, dialog: ImportDialog, ctx: GuiContext, tmp_path: Path
) -> None:
    article = tmp_path / "quote.md"
    article.write_text(QUOTE_ARTICLE, encoding="utf-8")
    open_article(qtbot, dialog, article)
    assert dialog.state is not None
    quote = next(d for d in dialog.state.drafts if d.answer.kind is AnswerKind.QUOTE)
    assert quote.answer.value == "来自东方的神秘力量"  # shown and asked without the spaces
    accept_all(dialog)
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    deck = load_deck(Path(saved.args[0]))
    fact = deck.fact(quote.id)
    assert fact.answer.value == "来自东方的神秘力量"
    assert "{{来自东方的神秘力量}}" in fact.statement
    assert len(deck.facts) == len(dialog.state.drafts)  # every draft, the quote among them


def bad_drafts_file(data_dir: Path, tmp_path: Path) -> tuple[Path, str]:
    """A drafts file (as `studyapp import` writes it) whose first accepted draft was
    hand-edited into one the loader refuses: its question gives the answer away."""
    article = tmp_path / "quote.md"
    article.write_text(QUOTE_ARTICLE, encoding="utf-8")
    session = prepare(article, [], data_dir, today=date(2024, 5, 1)).session
    data = json.loads(session_json(session))
    year = next(d for d in data["drafts"] if d["answer"]["value"] == 2020)
    year["question"] = "李四在 2020 年成立了什么？"
    for d in data["drafts"]:
        d["status"] = "accepted"
    path = tmp_path / "drafts.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path, str(year["id"])


def test_save_points_at_a_draft_that_cannot_be_saved_and_can_leave_it_out(
    qtbot: QtBot, dialog: ImportDialog, data_dir: Path, tmp_path: Path
) -> None:
    path, bad_id = bad_drafts_file(data_dir, tmp_path)
    open_article(qtbot, dialog, path)
    dialog.drafts.setCurrentRow(dialog.drafts.count() - 1)
    assert dialog.drafts.current_id() != bad_id

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not list(data_dir.rglob("*.yaml"))  # nothing saved yet
    # the bad draft is selected, marked in the list, and the reason is said in words
    assert dialog.drafts.current_id() == bad_id
    row = dialog.drafts.currentItem().text()
    assert "⚠ cannot be saved" in row
    assert not dialog.editor.problem.isHidden()
    assert dialog.editor.problem.text() == "The question gives its answer away (“2020”): reword it."
    assert "1 accepted draft cannot be saved" in dialog.status.text()
    box = dialog.last_error
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "gives its answer away" in box.text() and "yaml" not in box.text()

    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        dialog.leave_out_button.click()
    deck = load_deck(Path(saved.args[0]))
    assert dialog.state is not None
    assert len(deck.facts) == len(dialog.state.drafts) - 1 and not deck.has_fact(bad_id)
    assert dialog.state.draft(bad_id).status is DraftStatus.REJECTED
    assert "⚠" not in dialog.drafts.currentItem().text()


def test_a_draft_pointed_at_can_be_fixed_and_then_everything_saves(
    qtbot: QtBot, dialog: ImportDialog, data_dir: Path, tmp_path: Path
) -> None:
    path, bad_id = bad_drafts_file(data_dir, tmp_path)
    open_article(qtbot, dialog, path)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    box = dialog.last_error
    assert isinstance(box, QMessageBox)
    dialog.fix_button.click()
    assert dialog.drafts.current_id() == bad_id
    dialog.editor.question.setText("李四在哪一年成立了星河实验室？")
    qtbot.mouseClick(dialog.editor.apply, Qt.MouseButton.LeftButton)
    assert dialog.editor.problem.isHidden()
    assert "⚠" not in dialog.drafts.currentItem().text()
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.state is not None
    assert len(load_deck(Path(saved.args[0])).facts) == len(dialog.state.drafts)


def test_the_reason_is_said_in_the_interface_language(
    qtbot: QtBot,
    qapp: QApplication,
    dialog: ImportDialog,
    english: Translators,
    data_dir: Path,
    tmp_path: Path,
) -> None:
    english.install(qapp, "zh_TW")
    path, _bad_id = bad_drafts_file(data_dir, tmp_path)
    open_article(qtbot, dialog, path)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.editor.problem.text() == "問題洩漏了答案（「2020」）：請改寫。"
    assert "有 1 則已接受的草稿無法照原樣儲存" in dialog.status.text()


def test_use_selection_reads_a_number_with_its_magnitude_and_unit(
    qtbot: QtBot, dialog: ImportDialog, tmp_path: Path
) -> None:
    article = tmp_path / "gpu.md"
    article.write_text(GPU_ARTICLE, encoding="utf-8")
    open_article(qtbot, dialog, article)
    assert dialog.state is not None
    # the sentence's draft, whichever of its answers the importer asks for first
    draft = next(d for d in dialog.state.drafts if "1萬" in d.plain)
    dialog.drafts.select_id(draft.id)
    for selection in ("1萬", "1萬塊"):
        start = draft.plain.index(selection)
        dialog.editor.select_span(start, start + len(selection))
        qtbot.mouseClick(dialog.editor.use_selection, Qt.MouseButton.LeftButton)
        edited = dialog.state.draft(draft.id)
        assert edited.answer.kind is AnswerKind.NUMBER
        assert (edited.answer.value, edited.answer.unit) == (10000, "塊")
        assert edited.statement == "星河實驗室在2021年的新集群搭載{{1萬}}塊GPU。"
        assert dialog.editor.question.text() == "星河實驗室在2021年的新集群搭載多少塊GPU？"
        assert "哪一年" not in edited.question
        dialog.undo()
        assert dialog.state.draft(draft.id) == draft
    # and back: a year with its 年 is a year again
    dialog.editor.select_span(draft.plain.index("2021"), draft.plain.index("2021") + 5)
    qtbot.mouseClick(dialog.editor.use_selection, Qt.MouseButton.LeftButton)
    assert dialog.state.draft(draft.id).answer.kind is AnswerKind.YEAR


# -- drafts held back as likely poor (issue 15, round seven) ---------------------------

GAMES = Path(__file__).resolve().parents[1] / "fixtures" / "articles" / "games-hant.md"
VAGUE = "什麼是一項運動？"


def questions(dlg: ImportDialog) -> list[str]:
    assert dlg.state is not None
    return [d.question for d in dlg.state.drafts]


def test_held_back_drafts_can_be_shown_with_the_decisions_kept(
    qtbot: QtBot, dialog: ImportDialog
) -> None:
    with qtbot.waitSignal(dialog.loaded, timeout=15_000):
        dialog.open_file(GAMES)
    assert dialog.state is not None
    assert VAGUE not in questions(dialog)
    assert dialog.more_button.isVisible()
    held = dialog.state.session.held_back
    assert held >= 1
    assert dialog.more_button.text() == (
        "Show 1 held-back draft" if held == 1 else f"Show {held} held-back drafts"
    )
    assert f"{held} more held back as likely poor" in dialog.status.text()
    first = dialog.state.drafts[0].id
    dialog.state.set_status(first, DraftStatus.ACCEPTED)

    with qtbot.waitSignal(dialog.loaded, timeout=15_000):
        qtbot.mouseClick(dialog.more_button, Qt.MouseButton.LeftButton)
    assert VAGUE in questions(dialog)
    assert dialog.state.draft(first).status is DraftStatus.ACCEPTED
    assert not dialog.more_button.isVisible()
    assert ("1 more draft shown" if held == 1 else f"{held} more drafts shown") in (
        dialog.status.text()
    )
    # the list says which drafts had been held back, and only those
    rows = [dialog.drafts.item(i).text() for i in range(dialog.drafts.count())]
    marked = [row for row in rows if "held back: likely poor" in row]
    assert len(marked) == held and any(row.startswith(VAGUE) for row in marked)

    dialog.undo()
    assert VAGUE not in questions(dialog)
    assert dialog.state.draft(first).status is DraftStatus.ACCEPTED
    assert dialog.more_button.isVisible()
    assert "hidden again" in dialog.status.text()


def test_an_article_with_nothing_to_draft_says_why(
    qtbot: QtBot, dialog: ImportDialog, tmp_path: Path
) -> None:
    """Set 182: a post set out as verse, one short line to a paragraph, gave no drafts and
    the status line only said "0 draft facts"."""
    verse = tmp_path / "verse.txt"
    lines = [
        "清晨的山城早市還開嗎?",
        "清晨的山城",
        "有這樣一個地方",
        "當第一縷陽光照來",
        "這裡傳出此起彼伏的叫賣聲",
        "路兩旁兜售青菜水果的小販",
        "叫賣聲、討價還價或者老街坊寒暄",
        "你對早市還有什麼樣的記憶?",
        "明天早起去看看吧。",
    ]
    verse.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    open_article(qtbot, dialog, verse)
    assert dialog.state is not None and not dialog.state.drafts
    assert "No facts could be drafted from" in dialog.status.text()
    assert "heading" in dialog.status.text()
