"""Whatever bytes a deck file holds, the loader gives a deck or a DeckError."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studyapp.core.deck.load import load_deck_bytes
from studyapp.core.deck.model import Deck
from studyapp.core.deck.yamlsafe import DeckError

from .test_load import GOOD_FACT, HEADER

YAML_PIECES = st.sampled_from(
    ["[", "]", "{", "}", "- ", ": ", "&a ", "*a", "!!python/object ", "\n", "  ", "'", '"',
     "{{", "}}", "no", "1:20", "~", "#", "|", ">", "?", "%YAML 1.1\n", "---\n", "\t", "\x00",
     "facts:", "id: x", "答案", "\ufeff"]
)  # fmt: skip


def _load(data: bytes) -> None:
    try:
        result = load_deck_bytes(data, "fuzz.yaml")
    except DeckError as exc:
        assert exc.problems
        for p in exc.problems:
            assert str(p).startswith("fuzz.yaml:")
            assert p.line >= 1 and p.column >= 1
    else:
        assert isinstance(result, Deck)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_give_a_deck_or_a_deck_error(data: bytes) -> None:
    _load(data)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(YAML_PIECES, max_size=60))
def test_yaml_shaped_junk_gives_a_deck_or_a_deck_error(pieces: list[str]) -> None:
    _load("".join(pieces).encode("utf-8", errors="surrogatepass"))


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.integers(min_value=0, max_value=len(HEADER + GOOD_FACT)), st.binary(max_size=20))
def test_a_corrupted_valid_deck_gives_a_deck_or_a_deck_error(at: int, junk: bytes) -> None:
    data = (HEADER + GOOD_FACT).encode("utf-8")
    _load(data[:at] + junk + data[at:])
