"""The loader's fast path reads exactly what the node reader reads, or steps aside."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studyapp.core.deck import careful as careful_reader
from studyapp.core.deck import fast as fast_reader
from studyapp.core.deck.model import Deck
from studyapp.core.deck.yamlsafe import DeckError, Unsupported
from studyapp.paths import builtin_decks_dir
from tests.bench.synth import deck_yaml

from .test_load import GOOD_FACT, HEADER

ROOT = Path(__file__).resolve().parents[3]


def _both(text: str) -> tuple[Deck | None, Deck | str]:
    """(fast deck or None when it stepped aside, careful deck or its problems)."""
    try:
        fast: Deck | None = fast_reader.read_deck(text, "d.yaml", False)
    except (Unsupported, fast_reader.Fallback):
        fast = None
    try:
        careful: Deck | str = careful_reader.read_deck(text, "d.yaml", False)
    except DeckError as exc:
        careful = str(exc)
    return fast, careful


@pytest.mark.parametrize(
    "path",
    [*sorted(builtin_decks_dir().glob("*.yaml")), ROOT / "tests" / "fixtures" / "mini.yaml"],
    ids=lambda p: p.name,
)
def test_shipped_decks_take_the_fast_path_and_read_the_same(path: Path) -> None:
    fast, careful = _both(path.read_text(encoding="utf-8"))
    assert fast is not None
    assert fast == careful
    assert isinstance(careful, Deck)
    assert [f.line for f in fast.facts] == [f.line for f in careful.facts]


def test_synthetic_deck_takes_the_fast_path_and_reads_the_same() -> None:
    fast, careful = _both(deck_yaml(0, 300, seed=7))
    assert fast is not None
    assert fast == careful
    assert isinstance(careful, Deck)
    assert any(f.disputed for f in fast.facts)


@pytest.mark.parametrize(
    "facts",
    [
        # YAML forms the fast path leaves to the node reader
        GOOD_FACT.replace("sources: [s1]", "sources:\n    - s1"),
        GOOD_FACT.replace("question: 誰寫了這本書？", "question: >\n      誰寫了這本書？"),
        GOOD_FACT.replace("question: 誰寫了這本書？", "question: 誰寫了\n      這本書？"),
        GOOD_FACT.replace("  - id: f1", "  -\n    id: f1"),
        GOOD_FACT.replace("topic: tp", "topic: 'tp'"),
        GOOD_FACT.replace("topic: tp", "topic: tp  # comment"),
        GOOD_FACT.replace("answer: {entity: ann}", "answer: {entity: 'ann'}"),
        GOOD_FACT.replace("answer: {entity: ann}", "answer:\n      entity: ann"),
        GOOD_FACT + "    tags: []\n",
        GOOD_FACT + '    note: "a \\"quoted\\" note"\n',
        GOOD_FACT + "    tags: [a, b, 'c d']\n",
        GOOD_FACT.replace("answer: {entity: ann}", "answer: {entity: ann, untrue: [Ben Ho]}"),
        GOOD_FACT.replace("answer: {entity: ann}", "answer: {entity: ann, untrue: []}"),
    ],
)
def test_valid_variants_read_the_same_either_way(facts: str) -> None:
    text = HEADER + facts
    fast, careful = _both(text)
    assert isinstance(careful, Deck), careful
    if fast is not None:
        assert fast == careful
        assert [f.line for f in fast.facts] == [f.line for f in careful.facts]


@pytest.mark.parametrize(
    "text",
    [
        HEADER
        + GOOD_FACT.replace("answer: {entity: ann}", "answer: &a {entity: ann}")
        + "    disputed: [{source: s2, answer: *a}]\n",
        HEADER + GOOD_FACT.replace("topic: tp", "topic: !!python/name:os.system tp"),
        HEADER + GOOD_FACT.replace("topic: tp", "topic: yes"),
        HEADER + GOOD_FACT.replace("topic: tp", "topic: <<"),
        HEADER + GOOD_FACT + GOOD_FACT.replace("facts:\n", ""),
        HEADER + GOOD_FACT.replace("topic: tp", "topic: tp\n    topic: tp"),
        HEADER + GOOD_FACT.replace("[s1]", "[s1, s1]"),
        "[" * 100 + "]" * 100,
        "",
    ],
)
def test_what_is_wrong_is_left_to_the_node_reader(text: str) -> None:
    fast, careful = _both(text)
    assert fast is None
    assert isinstance(careful, str)


PIECES = st.sampled_from(
    ["[", "]", "{", "}", "- ", ": ", ":", ",", " ", "  ", "\n", "\n  ", "\n    ", "'", '"', "\\",
     "#", " #", "&a", "*a", "!", "|", ">", "?", "~", "no", "yes", "1", "2016", "0x10", "1:20",
     "3.0", ".inf", "2024-01-01", "<<", "=", "{{", "}}", "id", "f1", "s1", "ann", "tp", "答案"]
)  # fmt: skip


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    st.integers(min_value=0, max_value=len(HEADER + GOOD_FACT)),
    st.integers(min_value=0, max_value=6),
    st.lists(PIECES, max_size=6),
)
def test_a_changed_deck_reads_the_same_on_both_paths(at: int, cut: int, pieces: list[str]) -> None:
    base = HEADER + GOOD_FACT
    text = base[:at] + "".join(pieces) + base[at + cut :]
    fast, careful = _both(text)
    if fast is not None:
        assert fast == careful
        assert isinstance(careful, Deck)
        assert [f.line for f in fast.facts] == [f.line for f in careful.facts]
