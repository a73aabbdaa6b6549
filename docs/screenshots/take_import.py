"""Grab docs/screenshots/import-*.png from the fixture articles (offscreen)."""
# ruff: noqa: E402  (Qt must see QT_QPA_PLATFORM=offscreen before it is imported)

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

app = QApplication([])
from studyapp.core.deck.library import load_library
from studyapp.core.importer.drafts import DraftStatus
from studyapp.core.store import OpenedProgress
from studyapp.gui.context import GuiContext
from studyapp.gui.importer import ImportDialog
from studyapp.gui.settings import AppSettings, ini_file
from studyapp.gui.worker import TaskRunner

sys.path.insert(0, str(Path(__file__).resolve().parent))
from take import save  # the same small 256-colour PNGs as the other shots

ROOT = Path(__file__).resolve().parents[2]
ART = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests/fixtures/articles"


def wait(ms):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


for name, out, pick in [
    ("lab-hant.md", "import-hant.png", "dup"),
    ("lab-hans.md", "import-hans.png", "disagree"),
]:
    tmp = Path(tempfile.mkdtemp()) / name
    shutil.rmtree(tmp, ignore_errors=True)
    (tmp / "data/decks").mkdir(parents=True)
    shutil.copy(ART / "known.yaml", tmp / "data/decks/known.yaml")
    ctx = GuiContext(tmp / "data", AppSettings(ini_file(tmp / "settings.ini")), TaskRunner())
    ctx.attach(load_library(tmp / "data"), OpenedProgress(None))
    d = ImportDialog(ctx)
    d.resize(1280, 800)
    d.show()
    loop = QEventLoop()
    d.loaded.connect(loop.quit)
    d.open_file(ART / name)
    loop.exec()
    d.decide(DraftStatus.ACCEPTED)
    d.decide(DraftStatus.ACCEPTED)
    d.decide(DraftStatus.REJECTED)
    target = next(
        (
            x
            for x in d.state.drafts
            if (x.duplicates if pick == "dup" else x.disagreements)
            and x.status is DraftStatus.PENDING
        ),
        None,
    ) or next(
        x
        for x in d.state.drafts
        if (x.duplicates or x.disagreements) and x.status is DraftStatus.PENDING
    )
    d.drafts.select_id(target.id)
    wait(200)
    save(d.grab().toImage(), ROOT / "docs/screenshots" / out)
    d.close()
    ctx.tasks.wait(2000)
print("ok")

# The held-back drafts: a made-up article with one draft a reader would likely drop,
# in each script with its interface language, before and after "Show 1 held-back draft".
from studyapp.gui.i18n import Translators

translators = Translators()
for ui, script in (("zh_TW", "hant"), ("zh_CN", "hans")):
    translators.install(app, ui)
    tmp = Path(tempfile.mkdtemp())
    (tmp / "data/decks").mkdir(parents=True)
    article = ART / f"games-{script}.md"
    ctx = GuiContext(tmp / "data", AppSettings(ini_file(tmp / "settings.ini")), TaskRunner())
    ctx.attach(load_library(tmp / "data"), OpenedProgress(None))
    d = ImportDialog(ctx)
    d.resize(1100, 640)
    d.show()
    for step in ("before", "after"):
        loop = QEventLoop()
        d.loaded.connect(loop.quit)
        if step == "before":
            d.open_file(article)
        else:
            d.show_held_back()
        loop.exec()
        d.loaded.disconnect(loop.quit)
        wait(200)
        save(
            d.grab().toImage(), ROOT / f"docs/screenshots/import-held-back-{step}-{ui}-{script}.png"
        )
    d.close()
    ctx.tasks.wait(2000)
print("ok")
