"""Script conversion: character level, with the deck glossary winning."""

from __future__ import annotations

from studyapp.core.deck.library import load_library
from studyapp.core.deck.model import GlossaryEntry
from studyapp.core.deck.script import ScriptConverter


def test_glossary_terms_come_out_right_in_both_scripts() -> None:
    conv = ScriptConverter([GlossaryEntry("負責任擴展政策", "负责任扩展政策")])
    assert conv.to_hans("Anthropic 的負責任擴展政策") == "Anthropic 的负责任扩展政策"
    assert conv.to_hant("Anthropic 的负责任扩展政策") == "Anthropic 的負責任擴展政策"


def test_character_level_never_rewrites_words() -> None:
    conv = ScriptConverter()
    # OpenCC's phrase mode (s2twp) would give 擴充套件 and 軟體 here.
    assert conv.to_hant("扩展") == "擴展"
    assert conv.to_hant("软件") == "軟件"


def test_glossary_overrides_opencc_for_regional_terms() -> None:
    conv = ScriptConverter(
        [GlossaryEntry("思覺失調症", "精神分裂症"), GlossaryEntry("程式碼", "代码")]
    )
    assert conv.to_hans("思覺失調症與程式碼") == "精神分裂症与代码"
    assert conv.to_hant("精神分裂症与代码") == "思覺失調症與程式碼"


def test_longest_glossary_term_wins() -> None:
    conv = ScriptConverter([GlossaryEntry("網路", "网路"), GlossaryEntry("神經網路", "神经网络")])
    assert conv.to_hans("神經網路與網路") == "神经网络与网路"


def test_builtin_glossary_in_both_scripts() -> None:
    library = load_library(None)
    deck = library.deck("anthropic-founding")
    conv = ScriptConverter(deck.glossary)
    for entry in deck.glossary:
        assert conv.to_hans(entry.hant) == entry.hans
        assert conv.to_hant(entry.hans) == entry.hant


def test_each_deck_converts_with_its_own_glossary() -> None:
    """Two decks alive one after the other never share a glossary by accident."""
    import dataclasses

    from studyapp.core.deck.model import GlossaryEntry
    from studyapp.core.deck.view import DeckView

    base = load_library(None).deck("anthropic-founding")
    for word in ("甲詞", "乙詞"):
        deck = dataclasses.replace(base, glossary=(GlossaryEntry(hant="矽谷", hans=word),))
        assert DeckView(deck, "hans").text("矽谷") == word
        del deck
