"""The decks the question tests run over: the small fixture and the built-in deck."""

from __future__ import annotations

from pathlib import Path

import pytest

from studyapp.core.deck.library import load_library
from studyapp.core.deck.load import load_deck
from studyapp.core.deck.model import Deck

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


@pytest.fixture(scope="session")
def mini_deck() -> Deck:
    return load_deck(FIXTURES / "mini.yaml")


@pytest.fixture(scope="session")
def builtin_deck() -> Deck:
    library = load_library(None)
    assert not library.problems, "\n".join(map(str, library.problems))
    return library.deck("anthropic-founding")


@pytest.fixture(params=["mini", "builtin"])
def deck(request: pytest.FixtureRequest) -> Deck:
    name = "mini_deck" if request.param == "mini" else "builtin_deck"
    deck: Deck = request.getfixturevalue(name)
    return deck
