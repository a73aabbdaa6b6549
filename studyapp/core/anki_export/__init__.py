"""Export decks as an Anki package (.apkg) that updates in place when exported again.

Each fact becomes one note per card kind and script (``qa``: its question;
``cloze``: its statement with the answer blanked), in decks ``Deck title::Topic``
(``Deck title::繁體::Topic`` and ``Deck title::简体::Topic`` for ``both``).
Note types, deck ids and note GUIDs are stable (:mod:`.ids`), and every export
stamps its notes with a modification time newer than any earlier export's, so
importing a new export into Anki updates the notes it already has (wording,
sources, tags) and keeps the reader's Anki review history.

With ``with_progress`` (a :class:`~studyapp.core.store.ProgressSnapshot`) each
card also carries its studyapp progress: FSRS memory state, due date, interval,
reps and lapses, and its review log (:mod:`.scheduling`), which Anki takes for
cards new to its collection when *Import any learning progress* is ticked. In
the ``both`` layout a studyapp card has two notes; its progress goes with the
one in ``progress_script`` (default: the deck's own script), so that Anki does
not schedule the same fact twice.

The core is Qt-free: the GUI runs :func:`export_apkg` in a worker and forwards
``progress`` to a progress bar and its Cancel button to ``cancelled``.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from studyapp.core.anki_export.errors import ExportCancelled, ExportError
from studyapp.core.anki_export.ids import (
    CARD_KINDS,
    MODEL_IDS,
    Layout,
    deck_anki_id,
    script_parent_anki_id,
    title_anki_id,
)
from studyapp.core.anki_export.notes import NoteBuilder, NoteRow, esc
from studyapp.core.anki_export.target import check_target
from studyapp.core.anki_export.templates import model_json
from studyapp.core.anki_export.writer import (
    CollectionWriter,
    previous_stamp,
    temp_file,
    write_package,
)
from studyapp.core.deck.model import CardKind, Deck, Script
from studyapp.core.deck.view import DeckView
from studyapp.core.errors import ErrorKind, file_fault

if TYPE_CHECKING:  # an export without progress never loads the progress store
    from studyapp.core.anki_export.scheduling import AnkiCard, AnkiReview
    from studyapp.core.store import ProgressSnapshot

__all__ = [
    "CARD_KINDS",
    "ExportCancelled",
    "ExportError",
    "ExportResult",
    "ScriptChoice",
    "export_apkg",
]

ScriptChoice = Literal["hant", "hans", "both"]
SCRIPT_LABELS: dict[Script, str] = {"hant": "繁體", "hans": "简体"}
_BATCH = 250  # notes per insert; progress and cancellation are checked between batches


@dataclass(frozen=True)
class ExportResult:
    path: Path
    notes: int
    cards: int
    decks: int  # Anki decks in the package, parents included
    bytes: int
    cards_with_progress: int = 0  # cards written already studied (not new)
    reviews: int = 0  # review-log rows written


class _StampClock:
    """Note modification stamps (whole seconds, as Anki stores them) that only grow.

    Anki updates a note on import only if the package's copy is newer, so two
    exports within the same second must still get different stamps: within this
    process by remembering the last stamp, across processes by reading the stamp
    recorded in the file being replaced.
    """

    def __init__(self) -> None:
        self._last = 0
        self._lock = threading.Lock()

    def next(self, now: Callable[[], float], target: Path) -> int:
        earlier = previous_stamp(target)
        with self._lock:
            stamp = max(int(now()), earlier + 1, self._last + 1)
            self._last = stamp
        return stamp


_STAMPS = _StampClock()


@dataclass(frozen=True, slots=True)
class _Plan:
    """Where one deck's notes go in one script."""

    builder: NoteBuilder
    topic_decks: dict[str, int]  # topic id -> Anki deck id
    decks: dict[str, Any]  # Anki deck id (str) -> deck JSON
    scripts: tuple[Script, ...]  # the scripts the deck is exported in


def _deck_name(text: str) -> str:
    # "::" separates levels in Anki deck names; a title must stay one level.
    return text.replace("::", "：").strip() or "-"


def _deck_json(deck_id: int, name: str, stamp: int, description: str = "") -> Any:
    import genanki

    data = genanki.Deck(deck_id, name, description).to_json()
    data["mod"] = stamp
    return data


def _plan(
    deck: Deck, script: Script, layout: Layout, stamp: int, scripts: tuple[Script, ...]
) -> _Plan:
    view = DeckView(deck, script)
    decks: dict[str, Any] = {}
    title_script: Script = script if layout == "single" else deck.script
    top = _deck_name(DeckView(deck, title_script).text(deck.title))
    top_id = title_anki_id(deck.id, title_script)
    description = esc(DeckView(deck, title_script).text(deck.description))
    decks[str(top_id)] = _deck_json(top_id, top, stamp, description)
    prefix = top
    if layout == "both":
        prefix = f"{top}::{SCRIPT_LABELS[script]}"
        parent_id = script_parent_anki_id(deck.id, script)
        decks[str(parent_id)] = _deck_json(parent_id, prefix, stamp)
    topic_decks: dict[str, int] = {}
    used = dict.fromkeys(f.topic for f in deck.facts)
    for topic_id in used:
        anki_id = deck_anki_id(deck.id, topic_id, script, layout)
        name = f"{prefix}::{_deck_name(view.topic_title(topic_id))}"
        decks[str(anki_id)] = _deck_json(anki_id, name, stamp)
        topic_decks[topic_id] = anki_id
    return _Plan(NoteBuilder(view), topic_decks, decks, scripts)


def _check_kinds(card_kinds: Sequence[CardKind | str]) -> tuple[CardKind, ...]:
    kinds: list[CardKind] = []
    for name in card_kinds:
        if name not in CARD_KINDS:
            raise ValueError(f"unknown card kind {name!r} (expected one of qa, cloze)")
        kind = CardKind(name)
        if kind not in kinds:
            kinds.append(kind)
    return tuple(kinds)


CardKey = tuple[str, str, CardKind]  # (deck id, fact id, card kind): a studyapp card


def _note_rows(
    plans: Sequence[_Plan], kinds: tuple[CardKind, ...], progress_script: Script | None
) -> Iterator[tuple[NoteRow, int, int, CardKey | None]]:
    """Each note with its note type, Anki deck and (if it carries progress) its card."""
    for plan in plans:
        view = plan.builder.view
        script, deck = view.script, view.deck
        carries = script == (progress_script or deck.script) or len(plan.scripts) == 1
        for fact in deck.facts:
            deck_id = plan.topic_decks[fact.topic]
            for row in plan.builder.notes(fact, kinds):
                key = (deck.id, fact.id, row.kind) if carries else None
                yield row, MODEL_IDS[(row.kind, script)], deck_id, key


def export_apkg(
    decks: Sequence[Deck],
    path: Path,
    *,
    script: ScriptChoice = "hant",
    card_kinds: Sequence[CardKind | str] = CARD_KINDS,
    tts: bool = False,
    with_progress: ProgressSnapshot | None = None,
    progress_script: Script | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    now: Callable[[], float] = time.time,
    data_dir: Path | None = None,
) -> ExportResult:
    """Write ``decks`` to the Anki package ``path`` (replacing it if it exists).

    ``path`` must end in ``.apkg``, and an existing file there must be writable; a
    path inside ``data_dir`` (the reader's progress, backups and decks) is refused.

    ``progress(done, total)`` is called with the number of notes written so far,
    every few hundred notes and once with ``done == total``; ``cancelled()`` is
    polled as often, and when it returns true :class:`ExportCancelled` is raised
    and nothing is left on disk. Raises :class:`ExportError` with a message for
    the reader when there is nothing to export or the file cannot be written.
    ``with_progress`` writes each card's studyapp progress (see the module's text).
    """
    if script not in ("hant", "hans", "both"):
        raise ValueError(f"unknown script {script!r}")
    kinds = _check_kinds(card_kinds)
    scripts: tuple[Script, ...] = ("hant", "hans") if script == "both" else (script,)
    layout: Layout = "both" if script == "both" else "single"
    decks = list(decks)
    if not kinds:
        raise ExportError(ErrorKind.EXPORT_NO_KINDS)
    total = sum(len(d.facts) for d in decks) * len(kinds) * len(scripts)
    if total == 0:
        raise ExportError(ErrorKind.EXPORT_NO_FACTS)
    target = Path(path)
    check_target(target, data_dir)
    is_cancelled = cancelled or (lambda: False)
    report = progress or (lambda done, total: None)

    stamp = _STAMPS.next(now, target)
    try:
        with temp_file(target.parent, target.name, ".db.part") as db_path:
            writer = CollectionWriter(db_path, stamp)
            try:
                plans = [
                    _plan(d, s, layout, stamp, scripts) for d in decks if d.facts for s in scripts
                ]
                scheduling = None
                if with_progress is not None:
                    from studyapp.core.anki_export.scheduling import Scheduling

                    scheduling = Scheduling(with_progress)
                models: dict[str, Any] = {}
                anki_decks: dict[str, Any] = {}
                for plan in plans:
                    anki_decks.update(plan.decks)
                first_deck = int(next(iter(anki_decks)))
                for kind in kinds:
                    for s in scripts:
                        models[str(MODEL_IDS[(kind, s)])] = model_json(
                            kind, s, tts=tts, mod=stamp, deck_id=first_deck
                        )
                if scheduling is None:
                    writer.set_collection(models, anki_decks)
                else:
                    writer.set_collection(
                        models, anki_decks, conf=scheduling.conf(), crt=scheduling.crt
                    )
                done = 0
                batch: list[tuple[NoteRow, int, int]] = []
                cards: list[tuple[AnkiCard | None, list[AnkiReview]]] = []

                def flush() -> int:
                    written = writer.add_notes(batch, cards if scheduling is not None else None)
                    batch.clear()
                    cards.clear()
                    return written

                for row, mid, did, key in _note_rows(plans, kinds, progress_script):
                    batch.append((row, mid, did))
                    if scheduling is not None:
                        card = with_progress.card(*key) if with_progress and key else None
                        cards.append(scheduling.card(card) if card else (None, []))
                    if len(batch) >= _BATCH:
                        done += flush()
                        if is_cancelled():
                            raise ExportCancelled()
                        report(done, total)
                if batch:
                    done += flush()
                writer.close()
            except BaseException:
                writer.abort()
                raise
            if is_cancelled():
                raise ExportCancelled()
            size = write_package(db_path, target, stamp, is_cancelled)
    except (OSError, sqlite3.Error) as exc:
        fault, params = file_fault(exc, target)
        raise ExportError(fault, **params) from exc
    report(total, total)
    return ExportResult(
        path=target,
        notes=done,
        cards=done,
        decks=len(anki_decks),
        bytes=size,
        cards_with_progress=scheduling.cards if scheduling is not None else 0,
        reviews=scheduling.reviews if scheduling is not None else 0,
    )
