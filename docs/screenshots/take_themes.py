"""Take the main screens at 900×600 in the light and the dark theme, in 繁 (繁體中文
interface) and 简 (简体中文 interface), offscreen:

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/take_themes.py

Home, Review (question and answer), a quiz question (multiple choice and a matching,
and the matching again with the keyboard's focus ring on a pair after Tab),
the quiz results, Browse with a fact chosen, Stats with a chart's Table tab open,
Sources, and the Settings and Backups dialogs; named
``{what}-{theme}-900x600-{script}.png``. A month of made-up reviews (the same as
take.py's) fills the statistics; nothing outside a temporary folder is touched.
"""

# ruff: noqa: E402  (Qt must see QT_QPA_PLATFORM=offscreen before it is imported)

from __future__ import annotations

import os
import random
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QSettings, Qt, QThread
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from take import history, save  # the same month of reviews, the same small PNGs

from studyapp.core.questions.model import QuestionType
from studyapp.core.quiz import QuizSession, QuizSetup, QuizState, build_questions
from studyapp.gui.app import application, build_window
from studyapp.gui.context import Destination
from studyapp.gui.i18n import Translators
from studyapp.gui.main_window import MainWindow
from studyapp.gui.quiz.page import QuizPage
from studyapp.gui.screens.browse import BrowseScreen
from studyapp.gui.screens.review import ReviewScreen
from studyapp.gui.screens.stats import StatsScreen
from studyapp.gui.settings import ini_file

OUT = Path(__file__).resolve().parent
SIZE = (900, 600)
only = sys.argv[1:]


def grab(widget: QWidget, name: str) -> None:
    if only and not any(o in name for o in only):
        return
    app = QApplication.instance()
    assert app is not None
    for _ in range(3):
        app.processEvents()
    save(widget.grab().toImage(), OUT / f"{name}.png")
    print("wrote", name)


class Mono:
    now = 100.0

    def __call__(self) -> float:
        return self.now


def one_of(window: MainWindow, quiz: QuizPage, kind: QuestionType, pairs: int = 0) -> QuizSession:
    """A quiz of one question of ``kind`` (a matching with ``pairs`` pairs at least)."""
    for seed in range(40):
        for q in build_questions(
            QuizSetup(count=3, types=(kind,), seed=seed),
            window.ctx.library.decks,
            window.ctx.script,
            quiz.generate(),
        ):
            if q.type is kind and len(q.left) >= pairs:
                return QuizSession(
                    [q],
                    QuizSetup(count=1, seconds=30),
                    recorder=window.ctx.store,
                    monotonic=quiz.monotonic,
                )
    raise SystemExit(f"no {kind.value} question")


def shoot(window: MainWindow, theme: str, script: str) -> None:
    window.ctx.set_script(script)  # type: ignore[arg-type]
    tag = f"{theme}-900x600-{script}"
    window.show_page("decks")
    grab(window, f"home-{tag}")

    window.go(Destination("review", start=True))
    grab(window, f"review-question-{tag}")
    review = window.screen_as("review", ReviewScreen)
    review.show_answer()
    grab(window, f"review-answer-{tag}")

    quiz = window.screen_as("quiz", QuizPage)
    quiz.monotonic = Mono()
    quiz.rng = random.Random(5)
    window.show_page("quiz")
    quiz.begin(one_of(window, quiz, QuestionType.MCQ))
    grab(window, f"quiz-question-mcq-{tag}")
    quiz.begin(one_of(window, quiz, QuestionType.MATCHING, pairs=6))
    grab(window, f"quiz-question-matching-{tag}")
    window.activateWindow()  # again: the dialogs of the last round had it
    QApplication.processEvents()
    quiz.run_view.setFocus()
    for _ in range(4):  # Tab to the third pair: the focus ring around it
        QTest.keyClick(QApplication.focusWidget() or quiz.run_view, Qt.Key.Key_Tab)
    grab(window, f"quiz-focus-ring-{tag}")
    # a short quiz of every type, some right, some wrong: its results
    quiz.start(QuizSetup(count=6, seconds=30))
    session = quiz.session
    assert session is not None
    wrong = True
    while session.state is not QuizState.FINISHED:
        q = session.current
        assert q is not None
        quiz.monotonic.now += 4  # type: ignore[attr-defined]
        if session.state is QuizState.QUESTION:
            right = {
                QuestionType.MCQ: q.correct,
                QuestionType.TRUEFALSE: q.truth,
                QuestionType.FLASHCARD: True,
                QuestionType.MATCHING: q.pairing,
                QuestionType.ORDERING: q.order,
            }.get(q.type, q.accept[0] if q.accept else "")
            if wrong and q.type is QuestionType.TRUEFALSE:
                right, wrong = not q.truth, False
            session.answer(right)  # type: ignore[arg-type]
        if session.state is QuizState.ANSWERED:
            session.next()
    grab(window, f"quiz-results-{tag}")

    window.show_page("browse")
    browse = window.screen_as("browse", BrowseScreen)
    browse.table.selectRow(2)
    grab(window, f"browse-{tag}")

    window.show_page("stats")
    stats = window.screen_as("stats", StatsScreen)
    stats.chart_tabs[0].setCurrentIndex(1)
    stats.scroll_area.ensureWidgetVisible(stats.chart_tabs[0])
    grab(window, f"stats-table-{tag}")
    stats.chart_tabs[0].setCurrentIndex(0)

    window.show_page("sources")
    grab(window, f"sources-{tag}")

    window.open_settings()
    assert window.settings_dialog is not None
    grab(window.settings_dialog, f"settings-{tag}")
    window.settings_dialog.close()
    window.open_backups()
    dialog = window.backups_dialog
    assert dialog is not None
    app = QApplication.instance()
    for _ in range(50):  # the list is read in the background
        assert app is not None
        app.processEvents()
        if dialog.table.rowCount():
            break
        QThread.msleep(20)
    grab(dialog, f"backups-{tag}")
    dialog.close()
    review.undo()


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="studyapp-shots-"))
    data = tmp / "data"
    data.mkdir()
    os.environ["STUDYAPP_DATA_DIR"] = str(data)
    history(data)
    app = application(sys.argv)
    qs: QSettings = ini_file(tmp / "settings.ini")
    qs.setValue("ui/theme", "light")
    window = build_window(app, data, qs, Translators())
    window.resize(*SIZE)
    window.show()
    window.activateWindow()
    store = window.ctx.store
    assert store is not None
    store.maybe_backup(force=True)
    for theme in ("light", "dark"):
        window.ctx.settings.theme = theme  # as Settings saves them
        window.set_theme(theme)
        for ui, script in (("zh_TW", "hant"), ("zh_CN", "hans")):
            window.ctx.settings.ui_language = ui
            window.set_language(ui)
            app.processEvents()
            shoot(window, theme, script)
    window.close()
    if window.ctx.store is not None:
        window.ctx.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
