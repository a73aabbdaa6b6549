"""Editing drafts on the review screen: every edit keeps the id and stays a valid fact."""

from __future__ import annotations

import pytest

from studyapp.core.deck.model import AnswerKind, Deck
from studyapp.core.importer.drafts import Draft, ImportSession, make_session
from studyapp.core.importer.editing import DraftEditError, draft_problems, edit_draft
from studyapp.core.importer.entities import EntityIndex
from studyapp.core.importer.reading import read_article

from .conftest import ARTICLES, TODAY


@pytest.fixture
def session(known_deck: Deck) -> ImportSession:
    return make_session(read_article(ARTICLES / "lab-hant.md"), [known_deck], today=TODAY)


def founded(session: ImportSession) -> Draft:
    """The draft of the founding sentence, asking for its year."""
    draft = next(d for d in session.drafts if "2019 年成立" in d.plain)
    if draft.answer.value != 2019:
        draft = edit_draft(session, draft, span="2019")
    assert draft.answer.kind is AnswerKind.YEAR
    return draft


def test_new_question_only(session: ImportSession) -> None:
    draft = founded(session)
    edited = edit_draft(session, draft, question="  頂點實驗室是哪一年成立的？ ")
    assert edited.question == "頂點實驗室是哪一年成立的？"
    assert (edited.id, edited.answer, edited.statement) == (draft.id, draft.answer, draft.statement)


def test_moving_the_span_to_a_known_name_asks_who(session: ImportSession, known_deck: Deck) -> None:
    draft = founded(session)
    edited = edit_draft(session, draft, span="Alice Wong", index=EntityIndex([known_deck]))
    assert edited.id == draft.id
    assert edited.statement == "頂點實驗室在 2019 年成立，創辦人是 {{Alice Wong}}。"
    assert edited.answer.kind is AnswerKind.ENTITY and edited.answer.value == "alice"
    assert edited.question == "頂點實驗室在 2019 年成立，創辦人是誰？"
    assert edited.entity is not None and edited.entity.name == "Alice Wong"


def test_span_as_text_and_as_number(session: ImportSession) -> None:
    draft = founded(session)
    as_text = edit_draft(session, draft, span="頂點實驗室", kind=AnswerKind.TEXT)
    assert as_text.answer.value == "頂點實驗室"
    assert as_text.question == "什麼在 2019 年成立，創辦人是 Alice Wong？"
    staff = next(d for d in session.drafts if d.answer.value == 12)
    unit = edit_draft(session, staff, unit="名")
    assert unit.answer.unit == "名" and unit.answer.value == 12


def test_span_to_a_date_and_a_year(session: ImportSession) -> None:
    draft = next(d for d in session.drafts if d.answer.value == "2020-05-04")
    year = edit_draft(session, draft, span="2020")
    assert year.answer.kind is AnswerKind.YEAR and year.answer.value == 2020
    assert year.question == "她在哪一年 5 月 4 日發表了第一份報告？"
    back = edit_draft(session, year, span="2020 年 5 月 4 日", kind=AnswerKind.DATE)
    assert back.answer.value == "2020-05-04"


def test_topic_by_id_or_title(session: ImportSession) -> None:
    draft = founded(session)
    assert edit_draft(session, draft, topic="人物與分歧").topic == "article-03"
    assert edit_draft(session, draft, topic="article-03").topic == "article-03"
    with pytest.raises(DraftEditError, match="unknown topic"):
        edit_draft(session, draft, topic="nope")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"span": "不在句子裡"}, "part of the statement"),
        ({"span": "  "}, "cannot be empty"),
        ({"span": "頂點實驗室", "kind": AnswerKind.YEAR}, "year"),
        ({"span": "頂點實驗室", "kind": AnswerKind.NUMBER}, "number"),
        ({"span": "Alice Wong", "kind": AnswerKind.ENTITY}, "not a name"),
        ({"question": "頂點實驗室在 2019 年成立嗎？"}, "gives its answer away"),
    ],
)
def test_invalid_edits_are_refused_with_a_reason(
    session: ImportSession, changes: dict[str, object], message: str
) -> None:
    with pytest.raises(DraftEditError, match=message):
        edit_draft(session, founded(session), **changes)  # type: ignore[arg-type]


def test_problems_come_from_the_deck_loader(session: ImportSession) -> None:
    import dataclasses

    bad = dataclasses.replace(founded(session), statement="沒有標記的句子。")
    assert any("exactly once" in p for p in draft_problems(session, bad))
