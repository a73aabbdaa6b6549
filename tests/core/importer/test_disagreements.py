"""Disagreements: a draft that gives another answer to a fact's question, or the
answer a fact already lists as another source's claim (fixture texts written
for the tests, in both scripts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from studyapp.core.deck.library import load_library
from studyapp.core.deck.load import load_deck
from studyapp.core.deck.model import Answer, AnswerKind, Deck, EntityId
from studyapp.core.importer.drafts import Draft, ImportSession, make_session
from studyapp.core.importer.matching import FactIndex, Said, content_bigrams, said
from studyapp.core.importer.pending import load_pending, save_pending
from studyapp.core.importer.reading import parse_article_text, read_article

from .conftest import ARTICLES, TODAY


@pytest.fixture
def rivals() -> Deck:
    return load_deck(ARTICLES / "rivals.yaml")


def session_for(name: str, deck: Deck) -> ImportSession:
    """Every draft the article can offer (the flags are tested here, not the
    budget or the doubt)."""
    return make_session(
        read_article(ARTICLES / name), [deck], today=TODAY, limit=100, doubt_limit=1.0
    )


def containing(session: ImportSession, text: str) -> Draft:
    return next(d for d in session.drafts if text in d.plain)


SCRIPTS = pytest.mark.parametrize(
    ("name", "paper"),
    [("rivals-hans.md", "山城晚报的特稿"), ("rivals-hant.md", "山城晚報的特稿")],
)


@SCRIPTS
def test_a_known_disputed_answer_agrees_with_that_source(
    rivals: Deck, name: str, paper: str
) -> None:
    draft = containing(session_for(name, rivals), "Sara Diaz")
    (match,) = draft.disagreements
    assert match.ref == "rivals/who-left-bank"
    assert match.agrees_with == paper
    assert "r2" in match.note
    assert not draft.duplicates


@SCRIPTS
def test_another_person_in_the_answers_place_may_disagree(
    rivals: Deck, name: str, paper: str
) -> None:
    draft = containing(session_for(name, rivals), "Ken Ito 在")
    assert [m.ref for m in draft.disagreements] == ["rivals/who-named-it"]
    assert draft.disagreements[0].agrees_with == ""
    assert draft.disagreements[0].answer == "Omar Haddad"


@SCRIPTS
def test_another_number_may_disagree_and_a_restatement_repeats(
    rivals: Deck, name: str, paper: str
) -> None:
    session = session_for(name, rivals)
    students = containing(session, "30")
    assert [m.ref for m in students.disagreements] == ["rivals/summer-school"]
    opened = next(d for d in session.drafts if d.answer.value == 2017)
    assert [m.ref for m in opened.duplicates] == ["rivals/opened"]
    assert not opened.disagreements
    weather = containing(session, "2020")
    assert not weather.duplicates and not weather.disagreements


@SCRIPTS
def test_a_person_the_facts_own_statement_names_is_no_other_answer(
    rivals: Deck, name: str, paper: str
) -> None:
    # who-predicted: Omar predicted that Ken would win; the other paper says Ken himself
    # did. A sentence naming only Ken (the one predicted about) backs neither. (Asked
    # of the comparison as a draft of that sentence would be: the ranking may or may
    # not offer one, as the third mention of Ken in a remark.)
    line = next(
        t for t in (ARTICLES / name).read_text(encoding="utf-8").splitlines() if "Ken Ito 日" in t
    )
    ken = rivals.entities[EntityId("ken")]
    answer = Answer(AnswerKind.ENTITY, "ken")
    before, after = line.split("Ken Ito", 1)
    stated = said([(answer, ken.type)], line)
    script = "hans" if "hans" in name else "hant"
    assert FactIndex([rivals]).compare(
        line, before + " " + after, answer, ken.names, script, stated
    ) == ([], [])


def test_the_agreeing_source_survives_the_pending_file(rivals: Deck, tmp_path: Path) -> None:
    session = session_for("rivals-hans.md", rivals)
    path = save_pending(tmp_path, session)
    again = load_pending(path)
    sara = containing(again, "Sara Diaz")
    assert sara.disagreements == containing(session, "Sara Diaz").disagreements
    assert sara.disagreements[0].agrees_with == "山城晚报的特稿"


def test_matching_without_what_the_whole_sentence_says(rivals: Deck) -> None:
    """compare() without a Said still finds the disputed answer when it is the draft's."""
    index = FactIndex([rivals])
    plain = "Sara Diaz 辞去银行的工作以前，足足犹豫了将近一年。"
    repeats, disagreements = index.compare(
        plain,
        " 辞去银行的工作以前，足足犹豫了将近一年。",
        Answer(AnswerKind.ENTITY, "sara"),
        ["Sara Diaz", "Sara"],
        "hans",
    )
    assert not repeats
    assert [m.fact for m in disagreements] == ["who-left-bank"]
    assert disagreements[0].agrees_with
    # the name alone, found in the text, is enough to know what the sentence says
    _, by_name = index.compare(plain, plain, Answer(AnswerKind.YEAR, 1999), [], "hans", Said())
    assert [m.fact for m in by_name] == ["who-left-bank"]
    weather = "研究所的屋顶上装了一座小型气象站。"
    assert index.compare(weather, weather, Answer(AnswerKind.YEAR, 2020), [], "hans") == ([], [])


def test_key_words_fold_scripts_and_drop_function_characters() -> None:
    assert content_bigrams("他們的銀行") == content_bigrams("他们的银行") == {"银行"}
    assert "kenito" in content_bigrams("Ken Ito 在这里")  # spaces go: names stay whole


def test_an_age_in_digits_states_the_age_a_fact_writes_in_numerals() -> None:
    """十九歲 in the deck and 19岁 in an article are the same age: the sentence is
    known as stating the built-in fact (it was missed when only bigrams compared)."""
    assert "19岁" in content_bigrams("十九歲遇到") & content_bigrams("19岁时遇到")
    assert "19岁" not in content_bigrams("一百一十九岁") | content_bigrams("2019岁末")
    article = parse_article_text(
        "# 湾区\n\nChris 在19岁那年初到湾区，认识了还是博士后的 Dario 和 Jared。\n"
    )
    session = make_session(article, list(load_library(None).decks), today=TODAY, doubt_limit=1.0)
    assert any(m.fact == "a-postdocs" for d in session.drafts for m in d.duplicates)
