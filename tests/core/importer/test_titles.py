"""The titles beside a person's name, by where they stand (``titles``)."""

from __future__ import annotations

import re

import pytest

from studyapp.core.importer import titles
from studyapp.core.importer.textnorm import simplified


@pytest.mark.parametrize(
    "role",
    [titles.BEFORE_A_NAME, titles.AFTER_A_NAME, titles.HONORIFICS, titles.FORMS_OF_ADDRESS],
)
def test_every_title_is_there_in_both_scripts(role: frozenset[str] | tuple[str, ...]) -> None:
    assert {simplified(w) for w in role} <= set(role)


def test_the_groups_write_each_title_once() -> None:
    groups = [set(titles._HONOURED), set(titles._OFFICES), set(titles._BEFORE_ONLY)]
    for i, a in enumerate(groups):
        for b in groups[i + 1 :]:
            assert not a & b


@pytest.mark.parametrize("word", ["陳教授", "林先生", "李醫師", "王總統"])
def test_a_short_word_ending_in_an_honorific_is_a_person(word: str) -> None:
    assert titles.HONORIFIC_END_RE.search(word)


@pytest.mark.parametrize("word", ["參賽選手", "副主任", "管委會主任", "隨隊記者", "之子"])
def test_a_post_or_a_role_alone_is_no_person(word: str) -> None:
    assert not titles.HONORIFIC_END_RE.search(word)


@pytest.mark.parametrize("word", ["記者", "創辦人", "導演", "之子"])
def test_a_profession_comes_before_a_name_not_after_it(word: str) -> None:
    assert titles.BEFORE_A_NAME_END_RE.search(word)
    assert not titles.AFTER_A_NAME_END_RE.search(word)


@pytest.mark.parametrize("text", ["楊副支隊長", "洪小姐", "李老先生", "林局長"])
def test_what_follows_a_bare_surname(text: str) -> None:
    assert re.fullmatch(f"[楊洪李林]{titles.AFTER_A_SURNAME}", text)


def test_longer_titles_are_tried_first() -> None:
    match = re.match(titles.alternation(["隊長", "支隊長", "副支隊長"]), "副支隊長楊")
    assert match is not None and match.group(0) == "副支隊長"
