"""Take the screenshots of Learn, Read, Timeline and People, in 繁 (繁體中文 interface)
and 简 (简体中文 interface), offscreen:

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/take_story.py

The data folder is temporary: a month of made-up reviews (take.py's), and one
imported article (the test fixture lab-hant.md, every draft kept) so that Read
shows an article of its own beside the built-in outlines.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import take  # noqa: E402
from PySide6.QtCore import QSettings, Qt  # noqa: E402
from take import SIZE, grab, history  # noqa: E402

from studyapp.core.deck.library import load_library  # noqa: E402
from studyapp.core.deck.model import CardKind  # noqa: E402
from studyapp.core.importer.drafts import DraftStatus, make_session  # noqa: E402
from studyapp.core.importer.reading import read_article  # noqa: E402
from studyapp.core.importer.userdeck import save_session  # noqa: E402
from studyapp.core.knowledge import Level  # noqa: E402
from studyapp.core.questions.model import QuestionType  # noqa: E402
from studyapp.core.read_view import ArticlePage  # noqa: E402
from studyapp.core.store import Rating, open_store  # noqa: E402
from studyapp.gui.app import application, build_window  # noqa: E402
from studyapp.gui.context import Destination  # noqa: E402
from studyapp.gui.i18n import Translators  # noqa: E402
from studyapp.gui.learn.screen import LearnScreen  # noqa: E402
from studyapp.gui.main_window import MainWindow  # noqa: E402
from studyapp.gui.screens.people import PeopleScreen  # noqa: E402
from studyapp.gui.screens.read import ReadScreen  # noqa: E402
from studyapp.gui.screens.timeline import TimelineScreen  # noqa: E402
from studyapp.gui.settings import ini_file  # noqa: E402
from studyapp.paths import progress_file  # noqa: E402

ARTICLE = ROOT / "tests" / "fixtures" / "articles" / "lab-hant.md"


def imported(data: Path) -> None:
    """An imported article: every draft kept, saved as a user deck with its copy; some
    of its facts reviewed a month ago (weak now), a week ago, or just now (well known)."""
    decks = load_library(data).decks
    session = make_session(read_article(ARTICLE), decks, today=date(2025, 1, 2))
    for draft in session.drafts:
        session = session.with_status(draft.id, DraftStatus.ACCEPTED)
    deck, _path = save_session(data, session, decks)
    now = [datetime.now(timezone.utc)]
    kinds = [CardKind.QA, CardKind.CLOZE]
    with open_store(progress_file(data), clock=lambda: now[0], rng=random.Random(3)) as store:
        store.sync_cards(deck.id, [(f.id, f.topic) for f in deck.facts], kinds)
        by_start = [d.id for d in sorted(session.drafts, key=lambda d: d.start)]
        for ago, ids in ((40, by_start[2:5]), (9, by_start[5:8]), (0, by_start[8:12])):
            now[0] = datetime.now(timezone.utc) - timedelta(days=ago, hours=1)
            for fact_id in ids:
                for card in store.cards_of_fact(deck.id, fact_id):
                    store.answer(card, Rating.EASY if ago == 0 else Rating.GOOD)


def shoot(window: MainWindow, ui: str, script: str) -> None:
    window.ctx.set_script(script)  # type: ignore[arg-type]
    tag = f"{ui}-{script}"

    # Learn: the setup, a question, a verdict
    learn = window.screen_as("learn", LearnScreen)
    learn.rng = random.Random(5)
    window.show_page("learn")
    learn.leave_round()
    for row in range(learn.topics.count()):  # a round about Jack Clark's switch and Tom's doubt
        item = learn.topics.item(row)
        wanted = item.data(Qt.ItemDataRole.UserRole) == "career-switch"
        item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
    grab(window, f"learn-setup-{tag}")
    learn.start_round()
    session = learn.session
    assert session is not None
    while session.question is not None and session.question.type is not QuestionType.MCQ:
        session.answer(session.question.answer)
        session.next()
    for _ in range(3):  # a few facts up a step first, so the round shows progress
        q = session.question
        assert q is not None
        session.answer(q.correct if q.type is QuestionType.MCQ else q.answer)
        session.next()
    grab(window, f"learn-question-{tag}")
    q = session.question
    assert q is not None
    session.answer((q.correct + 1) % len(q.options) if q.options else "不知道")
    grab(window, f"learn-answer-{tag}")
    learn.leave_round()

    # Read: the built-in deck's outline at a disputed fact; an imported article
    window.go(Destination("read", "anthropic-founding", facts=("a-six-month-hesitation",)))
    grab(window, f"read-outline-{tag}")
    read = window.screen_as("read", ReadScreen)
    mine = next(i for i, r in enumerate(read.readings) if r.has_copy)
    read.choose.setCurrentIndex(mine)
    page = read.page
    assert isinstance(page, ArticlePage)
    weak = next(i for i, h in enumerate(page.highlights) if h.knowledge.level is Level.WEAK)
    read.select_highlight(weak)
    grab(window, f"read-article-{tag}")

    # Timeline at the 2018 remark (disputed), People at Jack Clark
    window.show_page("timeline")
    timeline = window.screen_as("timeline", TimelineScreen)
    timeline.choose.setCurrentIndex(timeline.choose.findData("anthropic-founding"))
    at = next(i for i, e in enumerate(timeline.events) if "a-2018-remark" in e.fact_ids)
    timeline.select(at)
    grab(window, f"timeline-{tag}")
    window.show_page("people")
    people = window.screen_as("people", PeopleScreen)
    people.choose.setCurrentIndex(people.choose.findData("anthropic-founding"))
    people.choose_person("jack-clark")
    grab(window, f"people-{tag}")


def main() -> int:
    if len(sys.argv) > 1:  # another folder, to look before replacing the committed ones
        take.OUT = Path(sys.argv[1])
    tmp = Path(tempfile.mkdtemp(prefix="studyapp-story-"))
    data = tmp / "data"
    data.mkdir()
    history(data)
    imported(data)
    app = application(sys.argv[:1])
    qs: QSettings = ini_file(tmp / "settings.ini")
    qs.setValue("ui/theme", "light")
    window = build_window(app, data, qs, Translators())
    window.resize(*SIZE)
    window.show()
    for ui, script in (("zh_TW", "hant"), ("zh_CN", "hans")):
        window.set_language(ui)
        app.processEvents()
        shoot(window, ui, script)
    window.close()
    if window.ctx.store is not None:
        window.ctx.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
