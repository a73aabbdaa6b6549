"""A copy of the reader's progress for the Anki export: cards, review logs, settings.

The export with progress (:mod:`studyapp.core.anki_export.scheduling`) writes each
card's FSRS state and review history into the package. It runs in a worker
thread, and the store's connection belongs to the thread that opened it, so the
snapshot is read either here and now (:meth:`Store.progress_snapshot`) or by a
:class:`SnapshotJob` through a read-only connection of its own, as
:class:`~studyapp.core.store.optimize.OptimizeJob` does.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from studyapp.core.deck.model import CardKind
from studyapp.core.store.clock import LearnerDays, from_ms
from studyapp.core.store.records import (
    CARD_COLUMNS,
    CardId,
    CardRecord,
    CardState,
    ReviewId,
    ReviewRecord,
    card_from_row,
)
from studyapp.core.store.settings import SchedulerSettings

CardKey = tuple[str, str, CardKind]  # (deck id, fact id, card kind)


@dataclass(frozen=True, slots=True)
class ProgressSnapshot:
    """Every card of some decks with its review log, as the store held them at ``taken_at``."""

    cards: Mapping[CardKey, CardRecord]
    reviews: Mapping[CardId, tuple[ReviewRecord, ...]]  # oldest first, resets included
    settings: SchedulerSettings
    days: LearnerDays
    taken_at: datetime

    def card(self, deck_id: str, fact_id: str, kind: CardKind) -> CardRecord | None:
        return self.cards.get((deck_id, fact_id, kind))

    def history(self, card_id: CardId) -> tuple[ReviewRecord, ...]:
        return self.reviews.get(card_id, ())


def read_snapshot(
    conn: sqlite3.Connection,
    deck_ids: Sequence[str],
    *,
    settings: SchedulerSettings,
    days: LearnerDays,
    taken_at: datetime,
) -> ProgressSnapshot:
    """The cards of ``deck_ids`` (hidden ones too: a card kind switched off in
    studyapp may still be exported) and their review logs, in two queries."""
    wanted = list(dict.fromkeys(deck_ids))
    cards: dict[CardKey, CardRecord] = {}
    reviews: dict[CardId, list[ReviewRecord]] = {}
    if wanted:
        marks = ",".join("?" * len(wanted))
        for row in conn.execute(
            f"SELECT {CARD_COLUMNS} FROM cards WHERE deck_id IN ({marks})", wanted
        ):
            card = card_from_row(row)
            cards[(card.deck_id, card.fact_id, card.kind)] = card
        for r in conn.execute(
            "SELECT r.id, r.card_id, r.reviewed_at, r.rating, r.state_before, r.state_after, "
            "r.due_after, r.stability, r.difficulty, r.duration_ms FROM revlog r "
            f"JOIN cards c ON c.id = r.card_id WHERE c.deck_id IN ({marks}) "
            "ORDER BY r.card_id, r.reviewed_at, r.id",
            wanted,
        ):
            reviews.setdefault(CardId(r[1]), []).append(
                ReviewRecord(
                    id=ReviewId(r[0]),
                    card_id=CardId(r[1]),
                    reviewed_at=from_ms(r[2]),
                    rating=int(r[3]),
                    state_before=CardState(r[4]),
                    state_after=CardState(r[5]),
                    due_after=from_ms(r[6]),
                    stability=r[7],
                    difficulty=r[8],
                    duration_ms=int(r[9]),
                )
            )
    return ProgressSnapshot(
        cards=cards,
        reviews={card_id: tuple(rows) for card_id, rows in reviews.items()},
        settings=settings,
        days=days,
        taken_at=taken_at,
    )


@dataclass(frozen=True, slots=True)
class SnapshotJob:
    """:func:`read_snapshot` as one call for a worker thread, through its own
    read-only connection (see :meth:`Store.progress_snapshot_job`)."""

    path: Path
    deck_ids: tuple[str, ...]
    settings: SchedulerSettings
    days: LearnerDays
    taken_at: datetime

    def __call__(self) -> ProgressSnapshot:
        conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return read_snapshot(
                conn,
                self.deck_ids,
                settings=self.settings,
                days=self.days,
                taken_at=self.taken_at,
            )
        finally:
            conn.close()
