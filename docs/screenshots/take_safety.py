"""Take the screenshots of what issue 13 changed on screen, in 繁 (繁體中文 interface)
and 简 (简体中文 interface):

* ``readonly-decks-*`` and ``readonly-message-*``: a read-only progress file, opened
  read-only (the Decks screen's notice and the message at start);
* ``open-link-*``: the question before a source link opens;
* ``hostile-review-*``: a deck whose texts carry markup, shown as text.

    QT_QPA_PLATFORM=offscreen /work/venv/bin/python docs/screenshots/take_safety.py

Run as root, the read-only file is made read-only for this thread only (see
``tests/faults.py``). Nothing outside a temporary folder is touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from docs.screenshots.take import SIZE, grab, history  # noqa: E402
from studyapp.core.store import Rating  # noqa: E402
from studyapp.gui.app import application, build_window  # noqa: E402
from studyapp.gui.i18n import Translators  # noqa: E402
from studyapp.gui.main_window import MainWindow  # noqa: E402
from studyapp.gui.screens.decks import DecksScreen  # noqa: E402
from studyapp.gui.screens.review import ReviewScreen  # noqa: E402
from studyapp.gui.settings import ini_file  # noqa: E402
from studyapp.gui.widgets.links import ask_to_open  # noqa: E402
from studyapp.paths import progress_file  # noqa: E402
from tests.faults import no_override  # noqa: E402
from tests.hostile import write_hostile_deck  # noqa: E402

SHOTS = (("zh_TW", "hant"), ("zh_CN", "hans"))


def window_for(app: QApplication, data: Path, ui: str, script: str) -> MainWindow:
    qs: QSettings = ini_file(data.parent / f"settings-{ui}.ini")
    qs.setValue("ui/theme", "light")
    qs.setValue("ui/language", ui)
    qs.setValue("study/script", script)
    window = build_window(app, data, qs, Translators())
    window.resize(*SIZE)
    window.show()
    return window


def read_only(app: QApplication, tmp: Path) -> None:
    data = tmp / "readonly"
    data.mkdir()
    history(data)
    progress_file(data).chmod(0o444)
    with no_override():
        for ui, script in SHOTS:
            window = window_for(app, data, ui, script)
            window.show_page("decks")
            grab(window, f"readonly-decks-{ui}-{script}")
            window.report_startup_problem()
            assert window.startup_box is not None
            grab(window.startup_box, f"readonly-message-{ui}-{script}")
            window.startup_box.close()
            url = next(iter(window.ctx.library.decks[0].sources.values())).url  # type: ignore[call-overload]
            box = ask_to_open(window, url)
            grab(box, f"open-link-{ui}-{script}")
            box.close()
            window.close()
            window.ctx.close_store()
    progress_file(data).chmod(0o644)


def hostile(app: QApplication, tmp: Path) -> None:
    data = tmp / "hostile"
    write_hostile_deck(data)
    for ui, script in SHOTS:
        window = window_for(app, data, ui, script)
        decks = window.screen_as("decks", DecksScreen)
        decks.study("hostile")
        review = window.screen_as("review", ReviewScreen)
        review.show_answer()
        while "BOLD" not in review.answer.text() and review.session is not None:
            review.rate(Rating.GOOD)  # on to a card whose answer is a name
            review.show_answer()
        grab(window, f"hostile-review-{ui}-{script}")
        window.close()
        window.ctx.close_store()


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="studyapp-shots-"))
    app = application(sys.argv)
    read_only(app, tmp)
    hostile(app, tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
