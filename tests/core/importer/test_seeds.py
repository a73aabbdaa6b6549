"""The two source articles, when a copy is at hand (never committed): importing
them finds most of what the built-in deck has and the known disagreements."""

from __future__ import annotations

from pathlib import Path

import pytest

from studyapp.core.deck.load import load_deck
from studyapp.core.importer.drafts import make_session
from studyapp.core.importer.reading import read_article

from .conftest import TODAY

ROOT = Path(__file__).resolve().parents[3]
SEEDS = ROOT.parent / "shared" / "seeds"
BUILTIN = ROOT / "decks" / "anthropic-founding.yaml"

pytestmark = pytest.mark.skipif(
    not SEEDS.is_dir() or not any(SEEDS.glob("*.txt")), reason="no copy of the source articles"
)


def test_the_source_articles_repeat_the_deck_and_flag_known_disagreements() -> None:
    deck = load_deck(BUILTIN)
    cited = found = 0
    disputed = flagged = 0
    for path in sorted(SEEDS.glob("*.txt")):
        session = make_session(read_article(path), [deck], today=TODAY)
        source = "cn" if session.script == "hans" else "tw"
        citing = {f.id for f in deck.facts if source in f.sources}
        repeats = {m.fact for d in session.drafts for m in d.duplicates}
        cited += len(citing)
        found += len(citing & repeats)
        claims = {f.id for f in deck.facts if any(d.source == source for d in f.disputed)}
        agreeing = {m.fact for d in session.drafts for m in d.disagreements if m.agrees_with}
        disputed += len(claims)
        flagged += len(claims & agreeing)
        # the article a fact's main answer comes from never "agrees with the other claim"
        assert agreeing <= claims
    assert cited and found >= cited / 2
    assert disputed and flagged >= 5
