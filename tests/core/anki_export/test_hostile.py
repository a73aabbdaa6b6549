"""A hostile deck exported to a real Anki: its markup shows as text, its
``[sound:…]`` plays nothing and names no media file, its links are no links."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from studyapp.core.anki_export import export_apkg
from studyapp.core.deck.load import load_deck_text
from tests.hostile import MARKUP, SOUND, hostile_deck_text

from .conftest import import_apkg, visible_text


def test_hostile_deck_text_stays_text_in_anki(col: Any, tmp_path: Path) -> None:
    deck = load_deck_text(hostile_deck_text(), "hostile.yaml")
    result = export_apkg([deck], tmp_path / "hostile.apkg", script="both", tts=True)
    import_apkg(col, result.path)
    cards = list(col.find_cards(""))
    assert cards
    for card_id in cards:
        card = col.get_card(card_id)
        question, answer = card.question(), card.answer()
        # Anki's media tags: none (it would play the named file from the collection).
        assert card.question_av_tags() == [] and all(
            getattr(tag, "filename", None) is None for tag in card.answer_av_tags()
        ), card.answer_av_tags()
        for side in (question, answer):
            assert col.media.files_in_str(card.note().mid, side) == []
            assert "<img" not in side and "<b>BOLD" not in side
        shown = visible_text(answer)
        assert MARKUP in shown and SOUND in shown  # shown literally, as written
        assert "javascript:" not in answer and "file:///" not in answer  # no links
    for note_id in col.find_notes(""):
        note = col.get_note(note_id)
        for field in note.fields:
            assert "[sound:" not in field and "[anki:" not in field
