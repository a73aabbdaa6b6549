"""Saving an imported deck keeps its article beside it, with where each fact is."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from studyapp.core.deck.articles import ArticleCopy, copies_of, load_copy
from studyapp.core.deck.load import load_deck
from studyapp.core.deck.model import Deck
from studyapp.core.importer.drafts import DraftStatus, ImportSession, make_session
from studyapp.core.importer.reading import read_article
from studyapp.core.importer.userdeck import save_session
from studyapp.paths import article_copy_file

from .conftest import ARTICLES, TODAY


def session_of(name: str, decks: list[Deck], accept: int | None = None) -> ImportSession:
    session = make_session(read_article(ARTICLES / name), decks, today=TODAY)
    for draft in session.drafts[:accept]:
        session = session.with_status(draft.id, DraftStatus.ACCEPTED)
    return session


@pytest.mark.parametrize("name", ["lab-hant.md", "lab-hans.md", "notes.txt", "lab.html"])
def test_the_article_is_kept_with_each_facts_sentence(
    name: str, known_deck: Deck, data_dir: Path
) -> None:
    session = session_of(name, [known_deck])
    deck, _ = save_session(data_dir, session, [known_deck])
    copy = load_copy(data_dir, deck.id, session.source.id)
    assert copy is not None
    assert copy.text == session.document.text
    assert set(copy.facts) == {f.id for f in deck.facts}
    for draft in session.drafts:
        start, end = copy.facts[draft.id]
        # the place is the sentence the fact's statement was drafted from
        assert session.document.text[start:end].strip()
        assert (start, end) == (draft.start, draft.end)
    assert [s.title for s in copy.sections] == [s.title for s in session.document.sections]
    assert copies_of(data_dir, deck) == {session.source.id: copy}


def test_the_deck_records_its_outline_in_the_articles_order(
    known_deck: Deck, data_dir: Path
) -> None:
    session = session_of("lab-hant.md", [known_deck])
    _deck, path = save_session(data_dir, session, [known_deck])
    assert "outline:" in path.read_text(encoding="utf-8")
    outline = load_deck(path).outline_of(session.source.id)
    assert outline is not None
    assert len(outline.sections) == len(session.document.sections)
    listed = [f for s in outline.sections for f in s.facts]
    by_start = sorted(session.drafts, key=lambda d: d.start)
    assert listed == [d.id for d in by_start]
    for section, doc_section in zip(outline.sections, session.document.sections, strict=True):
        for fact_id in section.facts:
            draft = session.draft(fact_id)
            assert doc_section.start <= draft.start < doc_section.end


def test_saving_again_keeps_earlier_facts_and_their_places(
    known_deck: Deck, data_dir: Path
) -> None:
    first = session_of("lab-hant.md", [known_deck], accept=2)
    deck, _ = save_session(data_dir, first, [known_deck])
    # the same article again, now with every draft accepted
    second = session_of("lab-hant.md", [known_deck, deck])
    deck2, _ = save_session(data_dir, second, [known_deck, deck])
    copy = load_copy(data_dir, deck2.id, second.source.id)
    assert copy is not None
    assert set(copy.facts) == {f.id for f in deck2.facts}
    assert set(copy.facts) > set(d.id for d in first.drafts[:2])


def test_a_deck_is_saved_even_when_its_article_cannot_be_kept(
    known_deck: Deck, data_dir: Path
) -> None:
    session = session_of("lab-hant.md", [known_deck])
    blocker = article_copy_file(data_dir, session.deck_id, session.source.id).parent
    blocker.parent.mkdir(parents=True)
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    deck, path = save_session(data_dir, session, [known_deck])
    assert path.is_file()
    assert load_copy(data_dir, deck.id, session.source.id) is None


@pytest.mark.parametrize(
    "damage",
    [
        "not json",
        "[]",
        json.dumps({"studyapp-article": 9}),
        json.dumps({"studyapp-article": 1, "deck": "d", "source": "s", "title": "t",
                    "text": "abc", "sections": [], "facts": {"f": [2, 9]}}),
        json.dumps({"studyapp-article": 1, "deck": "d", "source": "s", "title": "t",
                    "text": "abc", "sections": [["x", 0]], "facts": {}}),
        json.dumps({"studyapp-article": 1, "deck": "other", "source": "s", "title": "t",
                    "text": "abc", "sections": [], "facts": {}}),
    ],
)  # fmt: skip
def test_a_damaged_copy_is_not_used(damage: str, data_dir: Path) -> None:
    path = article_copy_file(data_dir, "d", "s")
    path.parent.mkdir(parents=True)
    path.write_text(damage, encoding="utf-8")
    assert load_copy(data_dir, "d", "s") is None


def test_a_copy_round_trips() -> None:
    copy = ArticleCopy("d", "s", "標題", "一句。二句。", (), {"f1": (0, 3), "f2": (3, 6)})
    assert ArticleCopy.from_json(copy.to_json()) == copy


def test_no_temporary_file_is_left_behind(known_deck: Deck, data_dir: Path) -> None:
    session = session_of("notes.txt", [known_deck])
    deck, _ = save_session(data_dir, session, [known_deck])
    folder = article_copy_file(data_dir, deck.id, session.source.id).parent
    assert [p.name for p in folder.iterdir()] == [f"{session.source.id}.json"]
    assert not any(name.endswith(".tmp") for name in os.listdir(folder))
