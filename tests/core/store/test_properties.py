"""Properties over many generated histories (hypothesis, seeded by the test run)."""

from __future__ import annotations

import itertools
from datetime import timezone
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studyapp.core.deck.model import CardKind
from studyapp.core.store import Rating, open_store

from .conftest import T0, FakeClock

_COUNTER = itertools.count()
FACTS = [f"f{i}" for i in range(6)]
KINDS = list(CardKind)
PROPERTY = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@PROPERTY
@given(
    syncs=st.lists(
        st.tuples(
            st.lists(st.sampled_from(FACTS), unique=True),
            st.lists(st.sampled_from(KINDS), min_size=1, unique=True),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_sync_shows_exactly_the_deck_and_never_loses_a_card(
    tmp_path: Path, syncs: list[tuple[list[str], list[CardKind]]]
) -> None:
    path = tmp_path / f"p{next(_COUNTER)}" / "progress.sqlite"
    with open_store(path, clock=FakeClock(), tz=timezone.utc) as store:
        ids: dict[tuple[str, str], int] = {}
        for fact_ids, kinds in syncs:
            store.sync_cards("d", [(f, "t") for f in fact_ids], kinds)
            rows = store._conn.execute("SELECT id, fact_id, kind, hidden FROM cards").fetchall()
            visible = {(f, k) for _i, f, k, hidden in rows if not hidden}
            assert visible == {(f, k.value) for f in fact_ids for k in kinds}
            for card_id, f, k, _hidden in rows:
                assert ids.setdefault((f, k), card_id) == card_id  # identity is stable
            assert len(rows) == len(ids)  # nothing deleted


@PROPERTY
@given(
    steps=st.lists(
        st.tuples(st.sampled_from(list(Rating)), st.integers(min_value=0, max_value=60 * 24 * 40)),
        min_size=1,
        max_size=12,
    )
)
def test_undoing_every_answer_restores_everything(
    tmp_path: Path, steps: list[tuple[Rating, int]]
) -> None:
    path = tmp_path / f"u{next(_COUNTER)}" / "progress.sqlite"
    clock = FakeClock(T0)
    with open_store(path, clock=clock, tz=timezone.utc) as store:
        store.sync_cards("d", [("f0", "t"), ("f1", "t")], [CardKind.QA, CardKind.CLOZE])
        initial = store._conn.execute("SELECT * FROM cards ORDER BY id").fetchall()
        for rating, minutes in steps:
            card = store.next_card() or store.card(1)
            store.answer(card, rating)
            clock.advance(minutes=minutes)
        for _ in steps:
            store.undo()
        assert store._conn.execute("SELECT * FROM cards ORDER BY id").fetchall() == initial
        assert store._conn.execute("SELECT count(*) FROM revlog").fetchone()[0] == 0
        assert not store.can_undo
