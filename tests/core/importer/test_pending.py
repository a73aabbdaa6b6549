"""The drafts file: written whole, read back equal, damaged files refused, decisions carried over."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studyapp.core.deck.model import Deck
from studyapp.core.importer.drafts import DraftStatus, make_session
from studyapp.core.importer.pending import (
    PendingError,
    carry_over,
    list_pending,
    load_pending,
    save_pending,
)
from studyapp.core.importer.reading import read_article

from .conftest import ARTICLES, TODAY


def test_round_trip(known_deck: Deck, data_dir: Path) -> None:
    session = make_session(read_article(ARTICLES / "lab-hant.md"), [known_deck], today=TODAY)
    session = session.with_status(session.drafts[0].id, DraftStatus.ACCEPTED)
    path = save_pending(data_dir, session)
    assert path == data_dir / "imports" / "import-lab-hant.json"
    assert list_pending(data_dir) == [path]
    loaded = load_pending(path)
    assert loaded.drafts == session.drafts
    assert loaded.document == session.document
    assert (loaded.source, loaded.topics, loaded.script) == (
        session.source,
        session.topics,
        session.script,
    )


def test_decisions_carry_over_to_a_new_import(known_deck: Deck) -> None:
    article = read_article(ARTICLES / "lab-hant.md")
    old = make_session(article, [known_deck], today=TODAY)
    old = old.with_status(old.drafts[0].id, DraftStatus.REJECTED)
    new = carry_over(old, make_session(article, [known_deck], today=TODAY))
    assert new.draft(old.drafts[0].id).status is DraftStatus.REJECTED
    assert new.counts()[DraftStatus.PENDING] == len(new.drafts) - 1


@pytest.mark.parametrize(
    "content",
    [
        "not json",
        "[]",
        '{"format": "other"}',
        '{"format": "studyapp-drafts", "version": 1}',
        '{"format": "studyapp-drafts", "version": 99}',
    ],
)
def test_damaged_files_are_refused(tmp_path: Path, content: str) -> None:
    path = tmp_path / "x.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PendingError):
        load_pending(path)


def test_a_draft_outside_the_text_is_refused(known_deck: Deck, data_dir: Path) -> None:
    session = make_session(read_article(ARTICLES / "notes.txt"), [known_deck], today=TODAY)
    path = save_pending(data_dir, session)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["drafts"][0]["sentence"] = [0, 10**6]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(PendingError, match="outside"):
        load_pending(path)
