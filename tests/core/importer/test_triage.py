"""The import triage without a display: prepare an article, decide, edit, undo."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from studyapp.core.deck.model import Deck
from studyapp.core.importer.drafts import DraftStatus
from studyapp.core.importer.pending import save_pending
from studyapp.core.importer.triage import Change, Triage, prepare
from studyapp.core.importer.userdeck import UserDeckError
from studyapp.paths import pending_file

TODAY = date(2026, 1, 2)


def test_decisions_and_edits_undo_exactly(articles: Path, known_deck: Deck, tmp_path: Path) -> None:
    triage = Triage(prepare(articles / "lab-hant.md", [known_deck], tmp_path, today=TODAY))
    first = triage.drafts[0]
    assert triage.set_status(first.id, DraftStatus.ACCEPTED)
    assert not triage.set_status(first.id, DraftStatus.ACCEPTED)  # nothing changed
    assert triage.edit(first.id, question="改過的問題？")
    assert triage.draft(first.id).question == "改過的問題？" and triage.unsaved
    step = triage.undo()
    assert step is not None and step.change is Change.EDIT
    assert triage.draft(first.id).question == first.question
    step = triage.undo()
    assert step is not None and step.change is Change.ACCEPT
    assert triage.draft(first.id) == first and not triage.can_undo


def test_a_saved_review_resumes_with_its_decisions(
    articles: Path, known_deck: Deck, tmp_path: Path
) -> None:
    prepared = prepare(articles / "lab-hant.md", [known_deck], tmp_path, today=TODAY)
    triage = Triage(prepared)
    triage.set_status(triage.drafts[1].id, DraftStatus.REJECTED)
    save_pending(tmp_path, triage.session)
    assert pending_file(tmp_path, triage.session.deck_id).is_file()
    again = prepare(articles / "lab-hant.md", [known_deck], tmp_path, today=TODAY)
    assert again.resumed == 1
    assert again.session.draft(triage.drafts[1].id).status is DraftStatus.REJECTED


@pytest.mark.parametrize(
    ("deck_id", "message"), [("Not An Id", "lower-case"), ("known-lab", "built in")]
)
def test_a_bad_or_builtin_target_is_refused(
    articles: Path, known_deck: Deck, tmp_path: Path, deck_id: str, message: str
) -> None:
    builtin = dataclasses.replace(known_deck, builtin=True)
    with pytest.raises(UserDeckError, match=message):
        prepare(articles / "lab-hant.md", [builtin], tmp_path, today=TODAY, deck_id=deck_id)
