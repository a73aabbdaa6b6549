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


# -- issue 14: trimmed answers, numbers with a magnitude, why a draft cannot be saved ----


@pytest.mark.parametrize(
    ("span", "value"),
    [("1萬", 10_000), ("3.5 亿", 350_000_000), ("2千", 2000), ("12", 12), ("一万", 10_000),
     ("五年半", 5.5), ("40%", 40), ("1,200", 1200)],
)  # fmt: skip
def test_number_value_reads_a_magnitude_whole(span: str, value: float) -> None:
    from studyapp.core.importer.editing import number_value

    assert number_value(span) == value


def test_trimmed_leaves_the_spaces_outside_the_answer(session: ImportSession) -> None:
    import dataclasses

    from studyapp.core.deck.model import Answer
    from studyapp.core.importer.editing import draft_error, trimmed

    draft = session.drafts[0]
    spaced = dataclasses.replace(
        draft,
        statement="他說：「{{ 來自東方的力量 }}」。",
        answer=Answer(AnswerKind.QUOTE, " 來自東方的力量 "),
        question="他說了什麼？",
    )
    error = draft_error(session, spaced)
    assert error is not None and error.kind.code == "answer-not-in-statement"
    tidy = trimmed(spaced)
    assert tidy.statement == "他說：「 {{來自東方的力量}} 」。"
    assert tidy.answer.value == "來自東方的力量"
    assert draft_error(session, tidy) is None
    assert trimmed(tidy) is tidy


def test_draft_error_names_the_common_reasons(session: ImportSession) -> None:
    import dataclasses

    from studyapp.core.errors import ErrorKind
    from studyapp.core.importer.editing import draft_error

    draft = next(d for d in session.drafts if d.answer.kind is AnswerKind.YEAR)
    assert draft_error(session, draft) is None
    empty = draft_error(session, dataclasses.replace(draft, question="  "))
    gives = draft_error(session, dataclasses.replace(draft, question=draft.plain + "？"))
    assert empty is not None and empty.kind is ErrorKind.QUESTION_EMPTY
    assert gives is not None and gives.kind is ErrorKind.QUESTION_SHOWS_ANSWER
    assert gives.params["answer"] == str(draft.answer.value)
