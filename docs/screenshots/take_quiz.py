"""Offscreen screenshots of every quiz screen in 繁 and 简 (docs/screenshots/quiz-*.png)."""

import os
import random
import sys
import tempfile

os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path

# real translations from resources/
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

import studyapp.gui.i18n as i18n
from studyapp.core.questions.model import QuestionType
from studyapp.core.quiz import LimitMode, QuizSetup, QuizState
from studyapp.core.store import FactKey, QuizAnswer, QuizOutcome
from studyapp.gui.app import application, build_window
from studyapp.gui.quiz.page import QuizPage
from studyapp.gui.settings import ini_file

sys.path.insert(0, str(Path(__file__).resolve().parent))
from take import save  # the same small 256-colour PNGs as the other shots

OUT = Path(__file__).resolve().parent
OUT.mkdir(parents=True, exist_ok=True)
only = sys.argv[1:]


class Mono:
    now = 100.0

    def __call__(self):
        return self.now


def run(lang, script, tag):
    tmp = Path(tempfile.mkdtemp())
    data = tmp / "data"
    os.environ["STUDYAPP_DATA_DIR"] = str(data)
    s = ini_file(tmp / "cfg" / "settings.ini")
    s.setValue("ui/language", lang)
    s.setValue("study/script", script)
    s.setValue("ui/theme", "light")
    app = application()
    tr = i18n.Translators()
    w = build_window(app, data, s, tr)
    w.resize(1100, 760)
    w.show()
    page = w.screen_as("quiz", QuizPage)
    mono = Mono()
    page.monotonic = mono
    page.rng = random.Random(5)
    w.show_page("quiz")
    app.processEvents()
    store = w.ctx.store

    def grab(name):
        if only and name not in only:
            return
        app.processEvents()
        save(w.grab().toImage(), OUT / f"quiz-{name}-{tag}.png")

    # some history first (a few past attempts), so the chart has a line

    deck = w.ctx.library.decks[0]
    facts = [f.id for f in deck.facts]
    base = QuizSetup(count=10, seconds=15)
    for n, right in enumerate([4, 6, 5, 8, 9]):
        a = store.start_quiz({**base.to_dict(), "questions": 10})
        for k in range(10):
            store.record_quiz_answer(
                a,
                QuizAnswer(
                    (FactKey(deck.id, facts[k]),),
                    "mcq",
                    QuizOutcome.CORRECT if k < right else QuizOutcome.WRONG,
                    "",
                    6000 + 500 * k,
                ),
            )
        store.finish_quiz(a)
        store._conn.execute(
            "UPDATE quiz_attempts SET started_at = started_at - ? WHERE id = ?",
            ((5 - n) * 86400000 * 2, a),
        )
        store._conn.commit()
    page.setup_view.apply(QuizSetup(count=20, seconds=15, limit=LimitMode.PER_QUESTION))
    grab("setup")
    page.start(page.setup_view.current())
    sess = page.session
    view = page.run_view
    done = set()
    while sess.state is not QuizState.FINISHED and len(done) < 7:
        q = sess.current
        if q.type.value not in done:
            mono.now += 9.5 if q.type is QuestionType.MCQ else 4
            view.tick()
            grab(f"question-{q.type.value}")
            done.add(q.type.value)
            if q.type is QuestionType.MCQ:
                QTest.keyClick(view, Qt.Key.Key_Escape)
                grab("paused")
                QTest.keyClick(view, Qt.Key.Key_Escape)
        # answer: wrong for mcq (feedback shot), right otherwise
        if q.type is QuestionType.MCQ:
            QTest.keyClick(view, getattr(Qt.Key, f"Key_{(q.correct + 1) % 4 + 1}"))
            grab("feedback-wrong")
        elif q.type is QuestionType.TRUEFALSE:
            QTest.keyClick(view, Qt.Key.Key_T if q.truth else Qt.Key.Key_F)
        elif q.type is QuestionType.ORDERING:
            sess.answer(q.order)
            grab("feedback-ordering")
        elif q.type is QuestionType.MATCHING:
            sess.answer(q.pairing)
        elif q.type is QuestionType.FLASHCARD:
            QTest.keyClick(view, Qt.Key.Key_Space)
            grab("flashcard-back")
            QTest.keyClick(view, Qt.Key.Key_1)
        elif q.type is QuestionType.TYPED and "typed-wrong" not in done:
            sess.answer("一個不在文章裡的答案")  # not accepted: "I was right" is offered
            done.add("typed-wrong")
            grab("feedback-typed-wrong")
        else:
            mono.now += 20
            view.tick()  # let one run out
            grab("timeup")
        if sess.state is QuizState.ANSWERED:
            sess.next()
    # remaining questions: answer quickly
    while sess.state is not QuizState.FINISHED:
        q = sess.current
        mono.now += 3
        if sess.state is QuizState.QUESTION:
            resp = {
                QuestionType.MCQ: q.correct,
                QuestionType.TRUEFALSE: q.truth,
                QuestionType.FLASHCARD: True,
                QuestionType.MATCHING: q.pairing,
                QuestionType.ORDERING: q.order,
            }.get(q.type, q.accept[0] if q.accept else "")
            sess.answer(resp)
        if sess.state is QuizState.ANSWERED:
            sess.next()
    app.processEvents()
    grab("results")
    page.ask_reason = lambda q: "兩個選項都對" if script == "hant" else "两个选项都对"
    page.results_view.report_requested.emit(0)
    page.results_view.review_button.click()
    grab("results-reviewed")
    w.show_page("browse")
    grab("browse-reports")
    w.show_page("quiz")
    page.show_history()
    grab("history")
    page.show_match()
    g = page.match_game
    tiles = page.match_view.tiles
    by = {}
    for t in g.tiles:
        by.setdefault(t.pair, []).append(t.index)
    mono.now += 1
    for p in (0, 1):
        a, b = by[p]
        tiles[a].click()
        tiles[b].click()
    tiles[by[2][0]].click()
    mono.now += 6.4
    page.match_view.update_time()
    grab("match")
    w.close()
    store.close()


for lang, script, tag in (("zh_TW", "hant", "hant"), ("zh_CN", "hans", "hans")):
    run(lang, script, tag)
print("ok")
