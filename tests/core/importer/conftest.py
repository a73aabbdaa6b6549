"""Fixture articles and the deck they repeat and contradict (all written for the tests)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from studyapp.core.deck.load import load_deck
from studyapp.core.deck.model import Deck

ARTICLES = Path(__file__).resolve().parents[2] / "fixtures" / "articles"
TODAY = date(2025, 1, 2)


@pytest.fixture
def known_deck() -> Deck:
    return load_deck(ARTICLES / "known.yaml")


@pytest.fixture
def articles() -> Path:
    return ARTICLES
