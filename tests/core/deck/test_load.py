"""The deck loader: the happy path and every kind of bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from studyapp.core.deck.load import load_deck, load_deck_bytes, load_deck_text
from studyapp.core.deck.model import AnswerKind, EntityType
from studyapp.core.deck.yamlsafe import DeckError

HEADER = """\
studyapp-deck: 1
id: t
title: 測試
script: hant
sources:
  - {id: s1, title: 一, date: "2024-01-01", url: "https://example.org", script: hant}
  - {id: s2, title: 二, date: "2024-01-02", url: "https://example.org/2", script: hans}
topics:
  - {id: tp, title: 主題}
entities:
  - {id: ann, type: person, name: Ann Lee, aliases: [Ann]}
  - {id: ben, type: person, name: Ben Ho}
"""

GOOD_FACT = """\
facts:
  - id: f1
    topic: tp
    question: 誰寫了這本書？
    answer: {entity: ann}
    statement: "{{Ann Lee}} 寫了這本書。"
    sources: [s1]
"""


def deck(facts: str = GOOD_FACT, header: str = HEADER) -> str:
    return header + facts


def problems(text: str) -> list[str]:
    with pytest.raises(DeckError) as info:
        load_deck_text(text, "d.yaml")
    return [str(p) for p in info.value.problems]


def one_problem(text: str) -> str:
    found = problems(text)
    assert len(found) == 1, found
    return found[0]


def test_mini_deck_loads_with_every_answer_kind(mini_deck_path: Path) -> None:
    d = load_deck(mini_deck_path)
    assert d.id == "mini"
    assert d.script == "hant"
    assert len(d.facts) == 14
    assert {f.answer.kind for f in d.facts} == set(AnswerKind)
    assert d.entities["acme"].type is EntityType.ORGANIZATION
    hesitated = d.fact("hesitated")
    assert hesitated.is_disputed
    assert hesitated.disputed[0].source == "s2"
    assert hesitated.disputed[0].answer.value == "dan"
    assert d.fact("share").answer.value == 80
    assert d.fact("share").answer.unit == "%"
    assert d.fact("founder").span == "Alice Wong"
    assert d.fact("founder").plain_statement == "Alice Wong 創立了頂點實驗室。"
    assert d.fact("founder").line > 1


def test_yaml_syntax_error_names_line_and_column() -> None:
    msg = one_problem(deck(GOOD_FACT + "  - id: [unclosed\n"))
    assert msg.startswith("d.yaml:")
    assert "YAML syntax" in msg
    line = int(msg.split(":")[1])
    assert line >= 20


def test_unknown_key_is_reported_with_fact_id() -> None:
    msg = one_problem(deck(GOOD_FACT + "    colour: red\n"))
    assert "fact 'f1'" in msg
    assert "unknown key 'colour'" in msg


def test_missing_key_is_reported() -> None:
    text = deck(GOOD_FACT.replace("    sources: [s1]\n", ""))
    msg = one_problem(text)
    assert "fact 'f1'" in msg and "missing key(s): sources" in msg


def test_wrong_type_is_reported() -> None:
    msg = one_problem(deck(GOOD_FACT.replace("sources: [s1]", "sources: {a: b}")))
    assert "sources must be a list" in msg


def test_duplicate_fact_id() -> None:
    body = GOOD_FACT + GOOD_FACT.replace("facts:\n", "")
    msg = one_problem(deck(body))
    assert "duplicate fact id" in msg and "fact 'f1'" in msg


def test_duplicate_key_in_mapping() -> None:
    msg = one_problem(deck(GOOD_FACT + "    topic: tp\n"))
    assert "key 'topic' appears twice" in msg


def test_unknown_source_and_entity_references() -> None:
    text = deck(GOOD_FACT.replace("[s1]", "[s9]").replace("entity: ann", "entity: zed"))
    found = problems(text)
    assert any("unknown source 's9'" in p for p in found)
    assert any("unknown entity 'zed'" in p for p in found)


def test_unknown_topic() -> None:
    assert "unknown topic 'nope'" in one_problem(
        deck(GOOD_FACT.replace("topic: tp", "topic: nope"))
    )


def test_span_must_state_the_answer() -> None:
    text = deck(GOOD_FACT.replace("{{Ann Lee}} 寫了", "{{Ben Ho}} 寫了"))
    assert "does not state the answer" in one_problem(text)


@pytest.mark.parametrize("span", ["1933", "一九三三"])
def test_a_year_span_may_write_the_year_in_numerals(span: str) -> None:
    # an imported draft of 一九三三年 could not be saved (found on CMRC dev)
    fact = GOOD_FACT.replace("誰寫了這本書？", "這本書是哪一年寫的？").replace(
        "{entity: ann}", "{year: 1933}"
    )
    load_deck_text(
        deck(fact.replace("{{Ann Lee}} 寫了", f"Ann Lee 在{{{{{span}}}}}年寫了")), "d.yaml"
    )
    assert "does not state the answer" in one_problem(
        deck(fact.replace("{{Ann Lee}} 寫了", "Ann Lee 在{{一九三四}}年寫了"))
    )


def test_span_must_be_marked_once() -> None:
    text = deck(GOOD_FACT.replace('"{{Ann Lee}} 寫了這本書。"', "Ann Lee 寫了這本書。"))
    assert "exactly once" in one_problem(text)


def test_question_must_not_give_the_answer_away() -> None:
    text = deck(GOOD_FACT.replace("誰寫了這本書？", "Ann Lee 寫了哪本書？"))
    assert "gives its answer away" in one_problem(text)


def test_untrue_wordings_are_read_and_checked() -> None:
    listed = load_deck_text(
        deck(GOOD_FACT.replace("{entity: ann}", "{entity: ann, untrue: [Ben Ho]}"))
    )
    assert listed.facts[0].answer.untrue == ("Ben Ho",)
    never = load_deck_text(deck(GOOD_FACT.replace("{entity: ann}", "{entity: ann, untrue: []}")))
    assert never.facts[0].answer.untrue == ()
    assert load_deck_text(deck()).facts[0].answer.untrue is None  # not given: fair wrong options
    twice = deck(GOOD_FACT.replace("{entity: ann}", "{entity: ann, untrue: [Ben Ho, ben ho]}"))
    assert "an untrue wording is listed twice" in one_problem(twice)
    itself = deck(GOOD_FACT.replace("{entity: ann}", "{entity: ann, untrue: [ann]}"))
    assert "the untrue wording 'ann' is the answer itself" in one_problem(itself)


def test_empty_text_is_reported() -> None:
    assert "question is empty" in one_problem(deck(GOOD_FACT.replace("誰寫了這本書？", '""')))


@pytest.mark.parametrize(
    ("value", "reads_as"),
    [
        ("no", "a boolean"),
        ("on", "a boolean"),
        ("1:20", "a number"),
        ("3.0", "a number"),
        ("~", "null"),
    ],
)
def test_yaml_11_surprises_are_reported_not_stored(value: str, reads_as: str) -> None:
    text = deck(GOOD_FACT.replace("誰寫了這本書？", value))
    msg = one_problem(text)
    assert f"unquoted {value!r}" in msg and reads_as in msg and "quotes" in msg


def test_quoted_surprise_is_fine() -> None:
    text = deck(GOOD_FACT.replace("誰寫了這本書？", '"no"'))
    assert load_deck_text(text).facts[0].question == "no"


def test_object_building_tags_are_refused() -> None:
    text = deck(GOOD_FACT.replace("誰寫了這本書？", "!!python/object/apply:os.system [echo hi]"))
    assert any("tag" in p and "not allowed" in p for p in problems(text))


def test_aliases_are_refused_billion_laughs() -> None:
    lol = "a: &a [x, x, x, x, x, x, x, x, x]\n"
    for i in range(1, 12):
        lol += f"{chr(97 + i)}: &{chr(97 + i)} [{', '.join([f'*{chr(96 + i)}'] * 9)}]\n"
    msg = one_problem(lol)
    assert "aliases" in msg


def test_self_reference_is_refused() -> None:
    assert "aliases" in one_problem("a: &a [*a]\n")


def test_deep_nesting_is_refused_without_crashing() -> None:
    assert "nesting" in one_problem("[" * 100_000 + "]" * 100_000)
    assert "nesting" in one_problem("- " * 100_000 + "x\n")
    staircase = "".join(" " * i + f"k{i}:\n" for i in range(200))
    assert "nesting" in one_problem(staircase)


def test_not_utf8_names_the_position() -> None:
    data = deck().encode("utf-8") + b"\n# \xff\xfe broken\n"
    with pytest.raises(DeckError) as info:
        load_deck_bytes(data, "d.yaml")
    (p,) = info.value.problems
    assert "not UTF-8" in p.message and p.line > 20


def test_binary_junk_is_a_deck_error() -> None:
    with pytest.raises(DeckError):
        load_deck_bytes(b"\x00\x01\x02\x89PNG\r\n\x1a\n" * 50, "junk.yaml")


def test_utf8_bom_is_accepted() -> None:
    assert load_deck_bytes(b"\xef\xbb\xbf" + deck().encode("utf-8")).facts[0].id == "f1"


def test_over_size_file_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    with big.open("wb") as fh:
        fh.write(b"# " + b"x" * (20 * 1024 * 1024) + b"\n")
    with pytest.raises(DeckError) as info:
        load_deck(big)
    assert "limit is 5 MB" in str(info.value)


def test_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(DeckError) as info:
        load_deck(tmp_path / "missing.yaml")
    assert "cannot read" in str(info.value)


def test_newer_format_is_refused() -> None:
    msg = one_problem(deck().replace("studyapp-deck: 1", "studyapp-deck: 2"))
    assert "newer" in msg


def test_disputed_source_cannot_also_support() -> None:
    facts = GOOD_FACT + "    disputed:\n      - {source: s1, answer: {entity: ben}}\n"
    assert "both support and dispute" in one_problem(deck(facts))


def test_every_problem_is_reported_not_only_the_first() -> None:
    bad = GOOD_FACT.replace("topic: tp", "topic: nope") + GOOD_FACT.replace("facts:\n", "").replace(
        "id: f1", "id: f2"
    ).replace("[s1]", "[s7]")
    found = problems(deck(bad))
    assert len(found) == 2
    assert "fact 'f1'" in found[0] and "fact 'f2'" in found[1]


def test_number_span_in_chinese_numerals() -> None:
    facts = GOOD_FACT.replace("answer: {entity: ann}", "answer: {number: 5.5, unit: 年}").replace(
        '"{{Ann Lee}} 寫了這本書。"', "她寫了{{五年半}}。"
    )
    assert load_deck_text(deck(facts)).facts[0].answer.value == 5.5
