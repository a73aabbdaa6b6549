"""Typing Chinese with fcitx5: use its IBus door, the one PySide6's Qt can open.

PySide6's wheels ship Qt's ``ibus`` input-context plugin but not fcitx5's. A
desktop set up for fcitx5 tells Qt ``QT_IM_MODULE=fcitx``; the bundled Qt finds
no such plugin and silently falls back to no input method, so a learner cannot
type a Chinese answer. fcitx5 also answers the IBus protocol (its built-in
``ibusfrontend`` addon writes the IBus address where Qt's plugin looks), so the
app asks Qt for ``ibus`` instead, before the QApplication is made. Nothing
changes where the asked-for plugin is present, or for IBus users.
"""

from __future__ import annotations

import logging
from collections.abc import MutableMapping
from pathlib import Path

log = logging.getLogger(__name__)

FCITX = ("fcitx", "fcitx5")


def plugins_present(qt_dir: Path | None) -> set[str]:
    """The input-context plugins of the Qt in use (``ibus``, ``compose``, …)."""
    if qt_dir is None:
        return set()
    folder = qt_dir / "plugins" / "platforminputcontexts"
    names = (p.name for p in folder.glob("lib*.so")) if folder.is_dir() else ()
    return {n.removeprefix("lib").split("platforminputcontext")[0] for n in names}


def choose_im_module(env: MutableMapping[str, str], present: set[str]) -> str | None:
    """Point Qt at the IBus plugin when fcitx is asked for but not shipped.

    Returns the module set, or None when nothing was changed."""
    asked = env.get("QT_IM_MODULE", "").strip().lower()
    if asked in FCITX and not present & {"fcitx", "fcitx5"} and "ibus" in present:
        env["QT_IM_MODULE"] = "ibus"
        log.info("QT_IM_MODULE=%s has no plugin in this Qt; using ibus (fcitx5 answers it)", asked)
        return "ibus"
    return None
