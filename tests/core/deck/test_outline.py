"""The ``outline:`` block: where in each source a deck's facts come from."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studyapp.core.deck import careful as careful_reader
from studyapp.core.deck import fast as fast_reader
from studyapp.core.deck.load import load_deck
from studyapp.core.deck.model import Deck
from studyapp.core.deck.yamlsafe import DeckError, Unsupported
from studyapp.paths import builtin_decks_dir

from .test_load import HEADER

FACTS = """\
facts:
  - id: f1
    topic: tp
    question: 誰寫了這本書？
    answer: {entity: ann}
    statement: "{{Ann Lee}} 寫了這本書。"
    sources: [s1]
  - id: f2
    topic: tp
    question: 誰畫了這張畫？
    answer: {entity: ben}
    statement: "{{Ben Ho}} 畫了這張畫。"
    sources: [s1]
    disputed:
      - {source: s2, answer: {entity: ann}}
"""

OUTLINE = """\
outline:
  - source: s1
    sections:
      - title: 開頭
        facts:
          - f2
      - title: 第二節
        note: 沒有事實的一節
      - title: 結尾
        facts: [f1]
  - source: s2
    sections:
      - title: 唯一一節
        facts:
          - f2
"""


def both(text: str) -> tuple[Deck | None, Deck | str]:
    try:
        fast: Deck | None = fast_reader.read_deck(text, "d.yaml", False)
    except (Unsupported, fast_reader.Fallback):
        fast = None
    try:
        careful: Deck | str = careful_reader.read_deck(text, "d.yaml", False)
    except DeckError as exc:
        careful = str(exc)
    return fast, careful


def test_an_outline_reads_the_same_on_both_paths() -> None:
    fast, careful = both(HEADER + FACTS + OUTLINE)
    assert isinstance(careful, Deck), careful
    assert fast == careful
    tw = careful.outline_of("s1")
    assert tw is not None
    assert [s.title for s in tw.sections] == ["開頭", "第二節", "結尾"]
    assert [s.facts for s in tw.sections] == [("f2",), (), ("f1",)]
    assert tw.sections[1].note == "沒有事實的一節"
    assert tw.section_of("f1") == 2
    assert tw.section_of("f9") is None
    assert careful.outline_of("s2") is not None
    assert careful.outline_of("s3") is None


def test_a_deck_without_an_outline_has_none() -> None:
    fast, careful = both(HEADER + FACTS)
    assert isinstance(careful, Deck)
    assert fast == careful
    assert careful.outline == ()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("source: s2", "source: s9"), "outline: unknown source 's9'"),
        (("source: s2", "source: s1"), "outline: source 's1' has two outlines"),
        (("          - f2\n      - title: 第二節", "          - f7\n      - title: 第二節"),
         "outline of 's1': unknown fact 'f7'"),
        (("facts: [f1]", "facts: [f1, f2]"), "outline of 's1': fact 'f2' is listed twice"),
        (("      - title: 唯一一節\n        facts:\n          - f2",
          "      - title: 唯一一節\n        facts:\n          - f1"),
         "outline of 's2': fact 'f1' does not cite source 's2'"),
        (("      - title: 唯一一節\n        facts:\n          - f2\n", ""),
         "the outline of 's2' has no sections"),
        (("note: 沒有事實的一節", "page: 3"), "outline section: unknown key 'page'"),
        (("title: 結尾", "title: ''"), "section title is empty"),
    ],
)  # fmt: skip
def test_each_problem_of_an_outline_is_reported_and_left_to_the_careful_reader(
    change: tuple[str, str], message: str
) -> None:
    old, new = change
    assert old in OUTLINE
    fast, careful = both(HEADER + FACTS + OUTLINE.replace(old, new, 1))
    assert fast is None
    assert isinstance(careful, str)
    assert message in careful


PIECES = st.sampled_from(
    ["[", "]", "- ", ": ", ":", " ", "  ", "\n", "\n  ", "\n      ", "'", "#", "f1", "f2", "s1",
     "s2", "title", "facts", "note", "sections", "source", "~", "1", "yes"]
)  # fmt: skip


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    st.integers(min_value=0, max_value=len(OUTLINE)),
    st.integers(min_value=0, max_value=6),
    st.lists(PIECES, max_size=5),
)
def test_a_changed_outline_reads_the_same_on_both_paths(
    at: int, cut: int, pieces: list[str]
) -> None:
    text = HEADER + FACTS + OUTLINE[:at] + "".join(pieces) + OUTLINE[at + cut :]
    fast, careful = both(text)
    if fast is not None:
        assert fast == careful


def builtin() -> Deck:
    return load_deck(builtin_decks_dir() / "anthropic-founding.yaml", builtin=True)


def test_the_built_in_deck_places_every_fact_in_each_article_it_cites() -> None:
    deck = builtin()
    assert [o.source for o in deck.outline] == ["tw", "cn"]
    for outline in deck.outline:
        listed = [f for s in outline.sections for f in s.facts]
        citing = {
            f.id
            for f in deck.facts
            if outline.source in f.sources or any(d.source == outline.source for d in f.disputed)
        }
        assert sorted(listed) == sorted(citing)
        assert all(s.title for s in outline.sections)


def test_the_built_in_outlines_follow_the_articles_sections() -> None:
    deck = builtin()
    tw, cn = deck.outline_of("tw"), deck.outline_of("cn")
    assert tw is not None and cn is not None
    # the Traditional article: a lead (where it comes from, the video) and its 17 sections
    assert len(tw.sections) == 1 + 17
    # the Simplified one: its header, its lead, sections 一 to 六 and the closing video link
    assert [s.title[0] for s in cn.sections[2:8]] == list("一二三四五六")
    assert tw.section_of("a-tw-publish-date") == 0
    assert tw.section_of("b-refl-jump") == 17
    assert cn.section_of("a-video-id") == len(cn.sections) - 1
