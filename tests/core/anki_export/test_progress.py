"""Export with progress, imported into a fresh real Anki collection: Anki shows
every card where studyapp had it (state, due date, interval, memory state,
reps, lapses, its review log), and Anki's own FSRS reads the exported review
log as studyapp did."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from studyapp.core.anki_export import export_apkg
from studyapp.core.anki_export.scheduling import revlog_factor
from studyapp.core.deck.load import load_deck
from studyapp.core.deck.model import CardKind, Deck
from studyapp.core.store import CardRecord, CardState, ProgressSnapshot, Store

from ...conftest import FIXTURES
from ..progress_travel import (
    anki_card_id,
    anki_date,
    import_with_progress,
    new_collection,
    open_studied,
)
from .conftest import import_apkg

# Anki's card types and queues for studyapp's states.
ANKI_TYPE = {
    CardState.NEW: 0,
    CardState.LEARNING: 1,
    CardState.REVIEW: 2,
    CardState.RELEARNING: 3,
}


@pytest.fixture(scope="module")
def studied(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """Studied once for the module (a month of answers, each committed with an
    fsync, takes a moment); the tests only read it."""
    deck = load_deck(FIXTURES / "mini.yaml")
    store, _clock = open_studied(tmp_path_factory.mktemp("studied") / "progress.sqlite", deck)
    yield store
    store.close()


def _export(store: Store, deck: Deck, path: Path, **options: Any) -> Any:
    snapshot = store.progress_snapshot([deck.id])
    return export_apkg(
        [deck], path, with_progress=snapshot, now=lambda: snapshot.taken_at.timestamp(), **options
    )


def test_anki_shows_every_card_where_studyapp_had_it(
    mini: Deck, studied: Store, tmp_path: Path
) -> None:
    result = _export(studied, mini, tmp_path / "progress.apkg")
    cards = studied.all_cards([mini.id])
    states = {c.state for c in cards}
    assert states == {CardState.LEARNING, CardState.REVIEW, CardState.RELEARNING}
    assert any(c.suspended for c in cards)
    answers = {c.id: [r for r in studied.review_log(c.id) if r.rating] for c in cards}
    assert result.cards_with_progress == len(cards) == 28
    assert result.reviews == sum(len(a) for a in answers.values()) > 150

    col = new_collection(tmp_path / "anki")
    try:
        log = import_with_progress(col, result.path)
        assert len(log.new) == 28
        for card in cards:
            cid = anki_card_id(col, mini.id, card.fact_id, card.kind, "hant")
            anki = col.get_card(cid)
            stats = col.card_stats_data(cid)
            where = f"{card.fact_id}/{card.kind.value} ({card.state.name})"
            assert anki.type == ANKI_TYPE[card.state], where
            assert (anki.reps, anki.lapses) == (card.reps, card.lapses), where
            assert (stats.reviews, stats.lapses) == (card.reps, card.lapses), where
            # the same review count: one review-log row per studyapp answer, at its time
            revlog = col.db.all("SELECT id, ease FROM revlog WHERE cid = ? ORDER BY id", cid)
            assert [tuple(r) for r in revlog] == [
                (int(r.reviewed_at.timestamp() * 1000), r.rating) for r in answers[card.id]
            ], where
            assert len(stats.revlog) == len(answers[card.id])
            # the memory state, as Anki stores it (4 and 3 decimals, 32-bit floats)
            assert card.stability is not None and card.difficulty is not None
            assert anki.memory_state.stability == pytest.approx(card.stability, abs=1e-3), where
            assert anki.memory_state.difficulty == pytest.approx(card.difficulty, abs=1e-3), where
            assert stats.desired_retention == pytest.approx(studied.settings.desired_retention)
            assert card.last_review is not None
            assert json.loads(col.db.scalar("SELECT data FROM cards WHERE id = ?", cid))[
                "lrt"
            ] == int(card.last_review.timestamp())
            _same_due(col, anki, stats, card, studied, where)
            assert (anki.queue == -1) == card.suspended, where
    finally:
        col.close()


def _same_due(col: Any, anki: Any, stats: Any, card: CardRecord, store: Store, where: str) -> None:
    assert card.last_review is not None
    if card.state is CardState.REVIEW:
        # the same day, and the same interval in days
        assert anki_date(col, anki.due) == store.days.day_of(card.due), where
        assert anki.ivl == stats.interval == (card.due - card.last_review) // timedelta(days=1)
    else:  # learning steps: due at the same second
        assert anki.due == stats.due_date == int(card.due.timestamp()), where
        assert anki.left == 2 if card.state is CardState.LEARNING else 1, where


def test_ankis_own_fsrs_reads_the_exported_history_as_studyapp_did(
    mini: Deck, studied: Store, tmp_path: Path
) -> None:
    """Anki recomputes memory states from the review log (when its parameters
    change, or FSRS is switched on): it must come to studyapp's numbers."""
    col = new_collection(tmp_path / "anki")
    try:
        import_with_progress(col, _export(studied, mini, tmp_path / "p.apkg").path)
        for card in studied.all_cards([mini.id]):
            computed = col.compute_memory_state(
                anki_card_id(col, mini.id, card.fact_id, card.kind, "hant")
            )
            where = f"{card.fact_id}/{card.kind.value}"
            assert computed.stability == pytest.approx(card.stability, rel=1e-4), where
            assert computed.difficulty == pytest.approx(card.difficulty, rel=1e-4), where
    finally:
        col.close()


def test_the_review_log_rows_are_ankis(mini: Deck, studied: Store, tmp_path: Path) -> None:
    """Kinds from the state before the answer, intervals in days or negative
    seconds, difficulty as Anki's FSRS writes it; the reset is not written."""
    result = _export(studied, mini, tmp_path / "p.apkg")
    with zipfile.ZipFile(result.path) as zf:
        (tmp_path / "c.db").write_bytes(zf.read("collection.anki2"))
    conn = sqlite3.connect(tmp_path / "c.db")
    try:
        rows = {r[0]: r[1:] for r in conn.execute("SELECT * FROM revlog")}
        conf = json.loads(conn.execute("SELECT conf FROM col").fetchone()[0])
    finally:
        conn.close()
    assert (conf["schedVer"], conf["rollover"]) == (2, studied.settings.rollover_hour)
    kinds = {CardState.NEW: 0, CardState.LEARNING: 0, CardState.REVIEW: 1, CardState.RELEARNING: 2}
    seen_kinds = set()
    for card in studied.all_cards([mini.id]):
        last_ivl = 0
        for review in studied.review_log(card.id):
            if review.rating == 0:
                last_ivl = 0
                continue
            _cid, _usn, ease, ivl, prev, factor, _time, kind = rows[
                int(review.reviewed_at.timestamp() * 1000)
            ]
            days = (review.due_after - review.reviewed_at) / timedelta(days=1)
            expected = (
                round(days)
                if review.state_after is CardState.REVIEW
                else -round((review.due_after - review.reviewed_at).total_seconds())
            )
            assert (ease, ivl, prev, kind) == (
                review.rating,
                expected,
                last_ivl,
                kinds[review.state_before],
            )
            assert factor == revlog_factor(review.difficulty)
            assert 100 <= factor <= 1100
            seen_kinds.add(kind)
            last_ivl = ivl
    assert seen_kinds == {0, 1, 2}


def test_without_import_any_learning_progress_anki_starts_the_cards_as_new(
    mini: Deck, studied: Store, tmp_path: Path
) -> None:
    col = new_collection(tmp_path / "anki")
    try:
        import_with_progress(
            col, _export(studied, mini, tmp_path / "p.apkg").path, with_scheduling=False
        )
        assert col.db.scalar("SELECT count(*) FROM cards WHERE type = 0") == 28
        assert col.db.scalar("SELECT count(*) FROM revlog") == 0
    finally:
        col.close()


def test_anki_takes_progress_only_for_cards_new_to_it(
    mini: Deck, studied: Store, tmp_path: Path
) -> None:
    """What the README and the dialog say: notes Anki already has keep Anki's schedule."""
    col = new_collection(tmp_path / "anki")
    try:
        import_apkg(col, export_apkg([mini], tmp_path / "plain.apkg").path)
        import_with_progress(col, _export(studied, mini, tmp_path / "p.apkg").path)
        assert col.db.scalar("SELECT count(*) FROM cards") == 28
        assert col.db.scalar("SELECT count(*) FROM cards WHERE type = 0") == 28
        assert col.db.scalar("SELECT count(*) FROM revlog") == 0
    finally:
        col.close()


def test_both_scripts_carry_the_progress_once(mini: Deck, studied: Store, tmp_path: Path) -> None:
    """A studyapp card is two notes in the ``both`` layout; its progress goes with
    the chosen script's note only, so Anki does not schedule the fact twice."""
    result = _export(studied, mini, tmp_path / "p.apkg", script="both", progress_script="hans")
    col = new_collection(tmp_path / "anki")
    try:
        import_with_progress(col, result.path)
        for card in studied.all_cards([mini.id]):
            hans = col.get_card(anki_card_id(col, mini.id, card.fact_id, card.kind, "hans"))
            hant = col.get_card(anki_card_id(col, mini.id, card.fact_id, card.kind, "hant"))
            assert (hans.type, hans.reps) == (ANKI_TYPE[card.state], card.reps)
            assert (hant.type, hant.reps) == (0, 0)
        assert result.cards_with_progress == 28
        assert col.db.scalar("SELECT count(*) FROM revlog") == result.reviews
    finally:
        col.close()


def test_new_cards_stay_new_and_keep_their_order(mini: Deck, tmp_path: Path) -> None:
    from studyapp.core.store import open_store

    from ..progress_travel import Clock

    store = open_store(tmp_path / "p.sqlite", clock=Clock(), tz=None)
    try:
        store.sync_cards(mini.id, [(f.id, f.topic) for f in mini.facts])
        result = _export(store, mini, tmp_path / "p.apkg")
    finally:
        store.close()
    assert (result.cards_with_progress, result.reviews) == (0, 0)
    col = new_collection(tmp_path / "anki")
    try:
        import_with_progress(col, result.path)
        assert col.db.scalar("SELECT count(*) FROM cards WHERE type = 0 AND queue = 0") == 28
    finally:
        col.close()


def test_a_snapshot_holds_the_chosen_decks_cards_and_logs(studied: Store, mini: Deck) -> None:
    snapshot: ProgressSnapshot = studied.progress_snapshot([mini.id])
    assert len(snapshot.cards) == 28
    card = snapshot.card(mini.id, mini.facts[0].id, CardKind.QA)
    assert card is not None
    assert list(snapshot.history(card.id)) == studied.review_log(card.id)
    assert studied.progress_snapshot(["no-such-deck"]).cards == {}
    job = studied.progress_snapshot_job([mini.id])
    assert job().cards == snapshot.cards
