"""Take the README's screenshots offscreen: every screen in 繁 (繁體中文 interface)
and in 简 (简体中文 interface), the settings and export dialogs in English, saved
as 256-colour PNGs.

    QT_QPA_PLATFORM=offscreen /work/venv/bin/python docs/screenshots/take.py

A month of made-up reviews (fixed seed, fixed dates) fills the statistics.
Nothing outside a temporary folder is touched.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from studyapp.core.deck.library import load_library  # noqa: E402
from studyapp.core.deck.model import CardKind  # noqa: E402
from studyapp.core.store import FactKey, Rating, open_store  # noqa: E402
from studyapp.gui.app import application, build_window  # noqa: E402
from studyapp.gui.context import Destination  # noqa: E402
from studyapp.gui.i18n import Translators  # noqa: E402
from studyapp.gui.main_window import MainWindow  # noqa: E402
from studyapp.gui.screens.review import ReviewScreen  # noqa: E402
from studyapp.gui.screens.sources import SourcesScreen  # noqa: E402
from studyapp.gui.settings import ini_file  # noqa: E402
from studyapp.paths import progress_file  # noqa: E402

OUT = Path(__file__).resolve().parent
SIZE = (1100, 720)


def history(data_dir: Path) -> None:
    """About a month of reviews, 12–25 answers a day."""
    rng = random.Random(7)
    now = [datetime.now(timezone.utc) - timedelta(days=28)]
    library = load_library(data_dir)
    with open_store(progress_file(data_dir), clock=lambda: now[0], rng=rng) as store:
        for deck in library.decks:
            store.sync_cards(
                deck.id, [(f.id, f.topic) for f in deck.facts], [CardKind.QA, CardKind.CLOZE]
            )
        for _day in range(28):
            for _ in range(rng.randint(12, 25)):
                card = store.next_card()
                if card is None:
                    break
                rating = rng.choices(list(Rating), weights=(1, 2, 8, 3))[0]
                store.answer(card, rating, duration_ms=rng.randint(3000, 15000))
                now[0] += timedelta(minutes=2)
            now[0] += timedelta(days=1) - timedelta(minutes=2 * 20)
        deck = library.decks[0]
        disputed = next(f for f in deck.facts if f.is_disputed)
        store.mark_due_now([FactKey(deck.id, disputed.id)])


def save(image: QImage, path: Path) -> None:
    """A small PNG: the screen's own 256 most used colours, without dithering, keep
    text sharp and colours true (Qt's default palette turned beige into yellow) at a
    fifth of the size."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    counts = Counter(memoryview(rgb.constBits()).cast("I"))
    palette = [colour for colour, _n in counts.most_common(256)]
    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.ColorOnly
    rgb.convertToFormat(QImage.Format.Format_Indexed8, palette, flags).save(str(path), "PNG", 0)


def grab(widget: QWidget, name: str) -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(3):
        app.processEvents()
    save(widget.grab().toImage(), OUT / f"{name}.png")
    print("wrote", name)


def shoot(window: MainWindow, ui: str, script: str) -> None:
    window.ctx.set_script(script)  # type: ignore[arg-type]
    tag = f"{ui}-{script}"
    for page in ("decks", "browse", "sources", "stats", "quiz"):
        window.show_page(page)
        grab(window, f"{page}-{tag}")
    window.show_page("sources")
    window.screen_as("sources", SourcesScreen).show_disagreements()
    grab(window, f"disagreements-{tag}")
    window.go(Destination("review", start=True))
    grab(window, f"review-question-{tag}")
    window.screen_as("review", ReviewScreen).show_answer()
    grab(window, f"review-answer-{tag}")


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="studyapp-shots-"))
    data = tmp / "data"
    data.mkdir()
    history(data)
    app = application(sys.argv)
    qs: QSettings = ini_file(tmp / "settings.ini")
    qs.setValue("ui/theme", "light")
    translators = Translators()
    window = build_window(app, data, qs, translators)
    window.resize(*SIZE)
    window.show()
    # Each screen in 繁 (zh_TW UI) and 简 (zh_CN UI); the dialogs in English.
    for ui, script in (("zh_TW", "hant"), ("zh_CN", "hans")):
        window.set_language(ui)
        app.processEvents()
        shoot(window, ui, script)
        window.screen_as("review", ReviewScreen).undo()
    window.set_language("en")
    window.open_settings()
    grab(window.settings_dialog, "settings-en")
    window.settings_dialog.close()
    window.open_export()
    grab(window.export_dialog, "export-en")
    window.export_dialog.close()
    window.close()
    if window.ctx.store is not None:
        window.ctx.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
