"""Screenshots of the scheduling controls: the Decks screen with its Options… and
Custom study… buttons, a deck's options with "help me decide" (chart and
table), custom study, and Settings with the optimizer's last decision; in 繁
(繁體中文 interface) and 简 (简体中文 interface), Settings in English too.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/take_scheduling.py

The progress is take.py's month of made-up reviews, plus a simulated reader's
review log for the optimizer (fixed seeds). Nothing outside a temporary folder
is touched.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from take import SIZE, grab, history  # noqa: E402

from studyapp.core.store import Workload  # noqa: E402
from studyapp.gui.app import application, build_window  # noqa: E402
from studyapp.gui.dialogs.custom_study import CustomStudyDialog  # noqa: E402
from studyapp.gui.dialogs.deck_options import DeckOptionsDialog  # noqa: E402
from studyapp.gui.i18n import Translators  # noqa: E402
from studyapp.gui.main_window import MainWindow  # noqa: E402
from studyapp.gui.settings import ini_file  # noqa: E402


def optimized(window: MainWindow) -> None:
    """A simulated reader's log (as the optimizer test writes it), optimized once, so
    that Settings shows a real decision with its figures."""
    import fsrs

    from studyapp.core.store.clock import to_ms

    store = window.ctx.store
    assert store is not None
    defaults = store.settings.parameters
    truth = fsrs.Scheduler(
        parameters=(0.1, 0.3, 1.0, 4.0, *defaults[4:8], 0.8, *defaults[9:]),
        learning_steps=(),
        relearning_steps=(),
        enable_fuzzing=False,
    )
    rng = random.Random(42)
    ids = [c.id for c in store.all_cards()][:150]
    rows = []
    start = datetime.now(timezone.utc) - timedelta(days=400)
    for card_id in ids:
        moment = start + timedelta(days=rng.randrange(60))
        card = fsrs.Card(card_id=card_id, due=moment)
        for _ in range(8):
            recall = truth.get_card_retrievability(card, moment) if card.last_review else 0.6
            rating = fsrs.Rating.Good if rng.random() < recall else fsrs.Rating.Again
            card, _ = truth.review_card(card, rating, moment)
            rows.append((card_id, to_ms(moment), int(rating), to_ms(card.due)))
            moment = card.due + timedelta(hours=rng.randrange(0, 30))
    store._conn.executemany(
        "INSERT INTO revlog (card_id, reviewed_at, rating, state_before, state_after, due_after) "
        "VALUES (?, ?, ?, 2, 2, ?)",
        [r for r in rows if r[1] < to_ms(datetime.now(timezone.utc))],
    )
    store.optimize_parameters()


def simulate(dialog: DeckOptionsDialog) -> None:
    app = QApplication.instance()
    assert app is not None
    dialog.simulate()
    while dialog.task is not None:
        app.processEvents()
    assert isinstance(dialog.workload_view.workload, Workload)


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
    window.finish_loading()
    optimized(window)
    deck_id = window.ctx.library.decks[0].id
    for ui, script in (("zh_TW", "hant"), ("zh_CN", "hans")):
        window.set_language(ui)
        window.ctx.set_script(script)  # type: ignore[arg-type]
        app.processEvents()
        tag = f"{ui}-{script}"
        window.show_page("decks")
        grab(window, f"decks-{tag}")
        dialog = DeckOptionsDialog(window.ctx, deck_id, window)
        dialog.resize(640, 720)
        dialog.show()
        simulate(dialog)
        grab(dialog, f"deck-options-{tag}")
        dialog.workload_view.tabs.setCurrentIndex(1)
        grab(dialog, f"deck-options-table-{tag}")
        dialog.close()
        custom = CustomStudyDialog(window.ctx, deck_id, window)
        custom.show()
        grab(custom, f"custom-study-{tag}")
        custom.close()
        window.open_settings()
        grab(window.settings_dialog, f"settings-{tag}")
        window.settings_dialog.close()
    window.set_language("en")
    window.open_settings()
    grab(window.settings_dialog, "settings-en")
    window.settings_dialog.close()
    dialog = DeckOptionsDialog(window.ctx, deck_id, window)
    dialog.resize(640, 720)
    dialog.show()
    simulate(dialog)
    grab(dialog, "deck-options-en")
    dialog.close()
    window.close()
    if window.ctx.store is not None:
        window.ctx.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
