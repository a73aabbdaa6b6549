"""Saving accepted drafts as a user deck: it validates, loads, round-trips and keeps ids."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from studyapp.core.deck.library import load_library
from studyapp.core.deck.load import load_deck
from studyapp.core.deck.model import Deck
from studyapp.core.files import write_atomic
from studyapp.core.importer.drafts import DraftStatus, ImportSession, make_session
from studyapp.core.importer.editing import edit_draft
from studyapp.core.importer.reading import read_article
from studyapp.core.importer.userdeck import (
    UserDeckError,
    deck_yaml,
    edit_fact,
    save_deck,
    save_session,
)

from .conftest import ARTICLES, TODAY


def accept_all(session: ImportSession) -> ImportSession:
    for draft in session.drafts:
        session = session.with_status(draft.id, DraftStatus.ACCEPTED)
    return session


def fresh(name: str, decks: list[Deck], **kw: object) -> ImportSession:
    return make_session(read_article(ARTICLES / name), decks, today=TODAY, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["lab-hant.md", "lab-hans.md", "notes.txt", "lab.html"])
def test_a_saved_deck_validates_and_loads_with_the_library(
    name: str, known_deck: Deck, data_dir: Path
) -> None:
    session = accept_all(fresh(name, [known_deck]))
    deck, path = save_session(data_dir, session, [known_deck])
    assert path == data_dir / "decks" / f"{session.deck_id}.yaml"
    assert load_deck(path) == deck
    library = load_library(data_dir, include_builtin=False)
    assert not library.problems
    mine = library.deck(session.deck_id)
    assert not mine.builtin
    assert [f.id for f in mine.facts] == [
        d.id for d in sorted(session.drafts, key=lambda d: d.start)
    ]
    assert {f.question for f in mine.facts} == {d.question for d in session.drafts}


def test_only_accepted_drafts_are_saved(known_deck: Deck, data_dir: Path) -> None:
    session = fresh("lab-hant.md", [known_deck])
    keep = session.drafts[:3]
    for d in keep:
        session = session.with_status(d.id, DraftStatus.ACCEPTED)
    session = session.with_status(session.drafts[3].id, DraftStatus.REJECTED)
    deck, _ = save_session(data_dir, session)
    assert {f.id for f in deck.facts} == {d.id for d in keep}
    assert set(deck.topics) == {d.topic for d in keep}


def test_nothing_accepted_is_not_saved(known_deck: Deck, data_dir: Path) -> None:
    with pytest.raises(UserDeckError, match="no accepted facts"):
        save_session(data_dir, fresh("lab-hant.md", [known_deck]))
    assert not (data_dir / "decks").exists() or not any((data_dir / "decks").iterdir())


def test_entity_answers_bring_their_registry_entry(
    known_deck: Deck, data_dir: Path, tmp_path: Path
) -> None:
    article = tmp_path / "who.md"
    article.write_text(
        "# 人物\n\nBob Lee 後來負責頂點實驗室的招募工作，他每天都面試新人。\n", encoding="utf-8"
    )
    session = accept_all(make_session(read_article(article), [known_deck], today=TODAY))
    deck, _ = save_session(data_dir, session, [known_deck])
    assert deck.entities["bob"].name == "Bob Lee"  # type: ignore[index]
    assert deck.facts[0].answer.value == "bob"


def test_round_trip_through_edits_keeps_ids(known_deck: Deck, data_dir: Path) -> None:
    session = accept_all(fresh("lab-hant.md", [known_deck]))
    deck, path = save_session(data_dir, session)
    target = deck.facts[0]
    edited = edit_fact(deck, target.id, question="改寫過的問題？", tags=("mine",))
    save_deck(edited, path)
    again = load_deck(path)
    assert again.fact(target.id).question == "改寫過的問題？"
    assert [f.id for f in again.facts] == [f.id for f in deck.facts]
    unplaced = [dataclasses.replace(f, line=0) for f in again.facts[1:]]
    assert unplaced == [dataclasses.replace(f, line=0) for f in deck.facts[1:]]
    assert deck_yaml(load_deck(path)) == deck_yaml(again)  # stable text
    with pytest.raises(UserDeckError, match="never changes"):
        edit_fact(deck, target.id, id="other")


def test_reimport_shows_saved_facts_as_accepted_and_edits_survive(
    known_deck: Deck, data_dir: Path
) -> None:
    session = fresh("lab-hant.md", [known_deck])
    first = session.drafts[0]
    edited = edit_draft(session, first, question="我自己寫的問題：哪一年成立？")
    session = session.with_draft(dataclasses.replace(edited, status=DraftStatus.ACCEPTED))
    deck, _path = save_session(data_dir, session)
    # the same article again, into the same deck
    library = load_library(data_dir)
    again = fresh("lab-hant.md", library.decks, deck_id=deck.id, existing=library.deck(deck.id))
    saved = again.draft(first.id)
    assert saved.status is DraftStatus.ACCEPTED
    assert saved.question == "我自己寫的問題：哪一年成立？"
    assert not saved.duplicates  # its own deck is not "another deck"
    # accept one more; the first stays, with its edit
    other = next(d for d in again.drafts if d.id != first.id)
    more = again.with_status(other.id, DraftStatus.ACCEPTED)
    deck2, _ = save_session(data_dir, more, library.decks)
    assert sorted(f.id for f in deck2.facts) == sorted([first.id, other.id])
    assert deck2.fact(first.id).question == "我自己寫的問題：哪一年成立？"
    # rejecting it later removes it from the deck (its cards stay hidden in the store)
    fewer = more.with_status(first.id, DraftStatus.REJECTED)
    deck3, _ = save_session(data_dir, fewer, load_library(data_dir).decks)
    assert not deck3.has_fact(first.id)


def test_a_second_article_joins_an_existing_deck(known_deck: Deck, data_dir: Path) -> None:
    one = accept_all(fresh("lab-hant.md", [known_deck], deck_id="my-lab"))
    save_session(data_dir, one)
    library = load_library(data_dir)
    two = accept_all(
        fresh("notes.txt", library.decks, deck_id="my-lab", existing=library.deck("my-lab"))
    )
    assert two.source.id == "article-2"
    deck, path = save_session(data_dir, two, library.decks)
    assert set(deck.sources) == {"article", "article-2"}
    assert len(deck.facts) == len(one.drafts) + len(two.drafts)
    assert path.name == "my-lab.yaml"


def test_builtin_deck_ids_are_refused(data_dir: Path) -> None:
    library = load_library(None)
    builtin = next((d for d in library.decks if d.builtin), None)
    if builtin is None:
        pytest.skip("no built-in deck loads yet")
    session = accept_all(fresh("lab-hant.md", library.decks, deck_id=builtin.id))
    with pytest.raises(UserDeckError, match="built in"):
        save_session(data_dir, session, library.decks)


def test_a_foreign_file_under_the_name_is_not_overwritten(known_deck: Deck, data_dir: Path) -> None:
    session = accept_all(fresh("lab-hant.md", [known_deck]))
    path = data_dir / "decks" / f"{session.deck_id}.yaml"
    path.parent.mkdir(parents=True)
    path.write_text("not: [a deck", encoding="utf-8")
    with pytest.raises(UserDeckError, match="not overwriting"):
        save_session(data_dir, session)
    assert path.read_text(encoding="utf-8") == "not: [a deck"


def test_write_atomic_replaces_whole_and_leaves_no_temp_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "decks" / "d.yaml"
    write_atomic(path, "一\n")
    write_atomic(path, "二\n")
    assert path.read_text(encoding="utf-8") == "二\n"
    assert [p.name for p in path.parent.iterdir()] == ["d.yaml"]

    import os

    def boom(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        write_atomic(path, "三\n")
    assert path.read_text(encoding="utf-8") == "二\n"
    assert [p.name for p in path.parent.iterdir()] == ["d.yaml"]


def test_amounts_written_with_wan_and_yi_are_saved_and_shown_as_written(
    tmp_path: Path, data_dir: Path
) -> None:
    # a Simplified article's 120亿度 and 3亿5000万元 could not be saved: the deck's check
    # read 120亿 as 120 and 1亿, not 12,000,000,000, and refused its own importer's draft
    article = tmp_path / "dam.md"
    article.write_text(
        "# 新水电站投产\n\n这座新建水电站的年发电量可达120亿度，由省电力公司负责建设。"
        "工程总投资为3亿5000万元，建设者用了四年时间完成。\n",
        encoding="utf-8",
    )
    session = accept_all(make_session(read_article(article), [], today=TODAY))
    shown = {d.answer_text for d in session.drafts}
    assert {"120亿度", "3亿5000万元"} <= shown  # not 12,000,000,000度
    deck, path = save_session(data_dir, session)
    assert load_deck(path) == deck
