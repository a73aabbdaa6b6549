"""Packages imported into a real Anki collection: counts, decks, tags, rendering, updates."""

from __future__ import annotations

import dataclasses
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import pytest

from studyapp.core import anki_export
from studyapp.core.anki_export import ExportResult, export_apkg
from studyapp.core.deck.load import load_deck
from studyapp.core.deck.model import Deck, Fact

from .conftest import import_apkg, visible_text

MINI_TOPICS = {"實驗室的成立", "人物"}


def _ids(col: Any, query: str = "") -> list[int]:
    return sorted(col.find_notes(query))


def _deck_names(col: Any) -> set[str]:
    return {d.name for d in col.decks.all_names_and_ids()} - {"Default"}


def _with_fact(deck: Deck, fact: Fact) -> Deck:
    facts = tuple(fact if f.id == fact.id else f for f in deck.facts)
    return dataclasses.replace(deck, facts=facts, _fact_index={})


def _package_note_mods(path: Path, tmp_path: Path) -> set[int]:
    with zipfile.ZipFile(path) as zf:
        zf.extract("collection.anki2", tmp_path / "unzipped")
    conn = sqlite3.connect(tmp_path / "unzipped" / "collection.anki2")
    try:
        return {row[0] for row in conn.execute("SELECT mod FROM notes")}
    finally:
        conn.close()


def test_counts_decks_fields_and_tags(mini: Deck, col: Any, tmp_path: Path) -> None:
    result = export_apkg([mini], tmp_path / "mini.apkg")
    assert result == ExportResult(
        path=tmp_path / "mini.apkg",
        notes=28,
        cards=28,
        decks=3,
        bytes=(tmp_path / "mini.apkg").stat().st_size,
    )
    log = import_apkg(col, result.path)
    assert (len(log.new), len(log.updated), len(log.duplicate)) == (28, 0, 0)
    assert (col.note_count(), col.card_count()) == (28, 28)
    assert _deck_names(col) == {"小型測驗牌組"} | {f"小型測驗牌組::{t}" for t in MINI_TOPICS}
    people = sum(1 for f in mini.facts if f.topic == "people")
    assert len(_ids(col, '"deck:小型測驗牌組::人物"')) == 2 * people == 12

    (qa_id,) = _ids(col, '"FactID:mini/hesitated" "note:studyapp 問答（繁體）"')
    note = col.get_note(qa_id)
    assert note["Question"] == "哪一位成員猶豫了大約三個月才加入？"
    assert note["Answer"] == "Carol Chen"
    assert note["Statement"] == '<span class="sa-span">Carol Chen</span> 猶豫了約三個月才加入。'
    assert note["Topic"] == "人物"
    assert note["Sources"] == '<a href="https://example.org/one">第一篇報導</a>（2024-03-01）'
    assert sorted(note.tags) == sorted(
        ["studyapp::mini", "topic::people", "source::s1", "source::s2", "disputed", "who"]
    )
    # Both claims of the disputed fact, each with its source.
    claims = visible_text(note["Disputed"])
    assert "Carol Chen" in claims and "第一篇報導（2024-03-01）" in claims
    # s2's title is written in Simplified; a citation quotes it as written, never converted.
    assert "第二篇報導說，猶豫的是 Dan Wu。" in claims and "第二篇报道（2024-03-02）" in claims

    (cloze_id,) = _ids(col, '"FactID:mini/staff" "note:studyapp 填空（繁體）"')
    cloze = col.get_note(cloze_id)
    assert cloze["Text"] == "成立時共有 {{c1::12}} 位研究員。"
    assert cloze["Answer"] == "12位"
    assert sorted(cloze.tags) == ["source::s1", "studyapp::mini", "topic::lab"]


def test_every_card_renders_both_sides(mini: Deck, col: Any, tmp_path: Path) -> None:
    import_apkg(col, export_apkg([mini], tmp_path / "mini.apkg").path)
    for card_id in col.find_cards(""):
        card = col.get_card(card_id)
        note = card.note()
        front, back = visible_text(card.question()), visible_text(card.answer())
        assert front and back
        assert visible_text(note["Answer"]) in back
        assert "來源：" in back and ("第一篇報導（" in back or "第二篇报道（" in back)
        if "Text" in note:
            assert "[...]" in front and visible_text(note["Answer"]) not in front.split("\n")[0]


def test_disputed_fact_shows_both_claims_on_the_back(mini: Deck, col: Any, tmp_path: Path) -> None:
    import_apkg(col, export_apkg([mini], tmp_path / "mini.apkg").path)
    for card_id in col.find_cards('"FactID:mini/hesitated"'):
        back = visible_text(col.get_card(card_id).answer())
        assert "各來源說法不同" in back
        assert "Carol Chen" in back and "Dan Wu" in back
        assert "第一篇報導（2024-03-01）" in back and "第二篇报道（2024-03-02）" in back
    for card_id in col.find_cards('"FactID:mini/staff"'):
        assert "各來源說法不同" not in col.get_card(card_id).answer()


def test_reexport_after_an_edit_updates_the_note_in_place(
    mini: Deck, col: Any, tmp_path: Path
) -> None:
    def clock() -> float:
        return 1_800_000_000.0  # both exports "in the same second"

    first = export_apkg([mini], tmp_path / "v1.apkg", now=clock)
    import_apkg(col, first.path)
    before = {nid: col.get_note(nid).mod for nid in _ids(col)}

    fact = mini.fact("lab-founded")
    edited = _with_fact(
        mini, dataclasses.replace(fact, statement="頂點實驗室於 {{2019}} 年正式成立。")
    )
    second = export_apkg([edited], tmp_path / "v2.apkg", now=clock)
    log = import_apkg(col, second.path)

    assert (len(log.new), len(log.updated), len(log.duplicate)) == (0, 28, 0)
    assert _ids(col) == sorted(before)  # same notes, nothing duplicated
    assert col.card_count() == 28
    (qa_id,) = _ids(col, '"FactID:mini/lab-founded" "note:studyapp 問答（繁體）"')
    assert col.get_note(qa_id)["Statement"] == (
        '頂點實驗室於 <span class="sa-span">2019</span> 年正式成立。'
    )
    (cloze_id,) = _ids(col, '"FactID:mini/lab-founded" "note:studyapp 填空（繁體）"')
    assert col.get_note(cloze_id)["Text"] == "頂點實驗室於 {{c1::2019}} 年正式成立。"
    assert col.get_note(qa_id).mod > before[qa_id]


def test_same_second_export_to_the_same_file_from_a_new_process(
    mini: Deck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "deck.apkg"
    export_apkg([mini], target, now=lambda: 1_800_000_000.0)
    (first,) = _package_note_mods(target, tmp_path / "a")
    # A new process forgets the stamps it issued; the file being replaced remembers.
    monkeypatch.setattr(anki_export, "_STAMPS", anki_export._StampClock())
    export_apkg([mini], target, now=lambda: 1_800_000_000.0)
    (second,) = _package_note_mods(target, tmp_path / "b")
    assert first >= 1_800_000_000 and second > first


def test_both_scripts_are_two_sibling_subdecks(mini: Deck, col: Any, tmp_path: Path) -> None:
    result = export_apkg([mini], tmp_path / "both.apkg", script="both")
    assert (result.notes, result.decks) == (56, 1 + 2 + 2 * 2)
    import_apkg(col, result.path)
    assert col.note_count() == 56
    names = _deck_names(col)
    assert {n for n in names if n.count("::") == 1} == {"小型測驗牌組::繁體", "小型測驗牌組::简体"}
    assert "小型測驗牌組::繁體::實驗室的成立" in names
    assert "小型測驗牌組::简体::实验室的成立" in names
    guids = {col.get_note(n).guid for n in _ids(col)}
    assert len(guids) == 56
    (hans_qa,) = _ids(col, '"FactID:mini/lab-founded" "note:studyapp 问答（简体）"')
    assert col.get_note(hans_qa)["Question"] == "顶点实验室是哪一年成立的？"
    for fact in mini.facts:  # every fact in each script, each card kind
        assert len(_ids(col, f'"FactID:mini/{fact.id}"')) == 4


def test_hostile_text_shows_literally(col: Any, tmp_path: Path) -> None:
    deck_file = tmp_path / "hostile.yaml"
    deck_file.write_text(
        """\
studyapp-deck: 1
id: hostile
title: "A&B <i>牌組</i>::子"
script: hant
sources:
  - {id: s, title: "<b>標題</b> & 副標", date: "2024-01-02", url: "javascript:alert(1)", script: hant}
topics:
  - {id: t, title: "<script>主題</script>"}
facts:
  - id: f1
    topic: t
    question: "<script>alert('x')</script> & 誰 {{c2::寫}} 的？"
    answer: {text: "A::B"}
    statement: "{{A::B}} 寫了 <img src=x onerror=alert(1)> & 更多。"
    note: "第一行\\n第二行"
    sources: [s]
    tags: [two words]
""",
        encoding="utf-8",
    )
    deck = load_deck(deck_file)
    result = export_apkg([deck], tmp_path / "hostile.apkg")
    import_apkg(col, result.path)
    assert _deck_names(col) == {"A&B <i>牌組</i>：子", "A&B <i>牌組</i>：子::<script>主題</script>"}
    (qa_id,) = _ids(col, "note:*問答*")
    note = col.get_note(qa_id)
    assert note["Question"] == (
        "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; 誰 {{c2::寫}} 的？"
    )
    assert note["Note"] == "第一行<br>第二行"
    assert (
        note["Sources"] == "&lt;b&gt;標題&lt;/b&gt; &amp; 副標（2024-01-02）"
    )  # no javascript: link
    assert "two_words" in note.tags
    card = col.get_card(col.find_cards("note:*問答*")[0])
    assert "<script>alert" not in card.question() and "<img" not in card.answer()
    assert "<script>alert('x')</script> & 誰 {{c2::寫}} 的？" in visible_text(card.question())
    cloze = col.get_card(col.find_cards("note:*填空*")[0])
    assert visible_text(cloze.question()).count("[...]") == 1
    back = visible_text(cloze.answer())
    assert "A::B 寫了 <img src=x onerror=alert(1)> & 更多。" in back
    assert len(col.find_cards("")) == 2  # "{{c2::" in the text made no second cloze card


def test_tts_on_the_answer_side(mini: Deck, col: Any, tmp_path: Path) -> None:
    import_apkg(col, export_apkg([mini], tmp_path / "tts.apkg", script="both", tts=True).path)
    (hant,) = col.find_cards('"FactID:mini/founder" "note:studyapp 問答（繁體）"')
    (hans,) = col.find_cards('"FactID:mini/founder" "note:studyapp 问答（简体）"')
    spoken = {
        script: [(t.field_text, t.lang) for t in col.get_card(card).answer_av_tags()]
        for script, card in (("hant", hant), ("hans", hans))
    }
    assert spoken == {"hant": [("Alice Wong", "zh_TW")], "hans": [("Alice Wong", "zh_CN")]}
    assert col.get_card(hant).question_av_tags() == []


def test_qa_only(mini: Deck, col: Any, tmp_path: Path) -> None:
    result = export_apkg([mini], tmp_path / "qa.apkg", card_kinds=["qa"], script="hans")
    assert result.notes == 14
    import_apkg(col, result.path)
    assert _deck_names(col) == {"小型测验牌组"} | {
        "小型测验牌组::实验室的成立",
        "小型测验牌组::人物",
    }
    assert col.find_notes("note:*填空*") == []


@pytest.mark.slow  # 1.5-2.5 s: the built-in deck in both scripts, imported twice
def test_builtin_deck_both_scripts_reimports_without_duplicates(
    builtin: Deck, col: Any, tmp_path: Path
) -> None:
    first = export_apkg([builtin], tmp_path / "x.apkg", script="both")
    assert first.notes == len(builtin.facts) * 2 * 2
    import_apkg(col, first.path)
    assert col.note_count() == first.notes
    for fact in builtin.facts:
        for script_name in ("問答（繁體）", "填空（繁體）", "问答（简体）", "填空（简体）"):
            query = f'"FactID:{builtin.id}/{fact.id}" "note:studyapp {script_name}"'
            assert len(col.find_notes(query)) == 1, query
    second = export_apkg([builtin], tmp_path / "x.apkg", script="both")
    log = import_apkg(col, second.path)
    assert (len(log.new), len(log.duplicate)) == (0, 0)
    assert col.note_count() == first.notes


def test_reimport_keeps_the_readers_anki_reviews(mini: Deck, col: Any, tmp_path: Path) -> None:
    from anki.scheduler.v3 import CardAnswer

    import_apkg(col, export_apkg([mini], tmp_path / "v1.apkg").path)
    col.decks.select(col.decks.id_for_name("小型測驗牌組"))
    queued = col.sched.get_queued_cards().cards[0]
    card = col.get_card(queued.card.id)
    card.start_timer()
    col.sched.answer_card(
        col.sched.build_answer(card=card, states=queued.states, rating=CardAnswer.GOOD)
    )
    reviewed = col.get_card(card.id)
    assert reviewed.reps == 1

    fact_id = visible_text(reviewed.note()["FactID"]).split("/")[1]
    fact = mini.fact(fact_id)
    edited = _with_fact(mini, dataclasses.replace(fact, question=fact.question + "（改寫）"))
    log = import_apkg(col, export_apkg([edited], tmp_path / "v2.apkg").path)
    assert len(log.updated) == 28
    after = col.get_card(card.id)
    assert (after.reps, after.type, after.due, after.did) == (
        reviewed.reps,
        reviewed.type,
        reviewed.due,
        reviewed.did,
    )
    assert after.note()["Question"].endswith("（改寫）")


def test_turning_tts_on_later_updates_the_note_types(mini: Deck, col: Any, tmp_path: Path) -> None:
    import_apkg(col, export_apkg([mini], tmp_path / "plain.apkg").path)
    (card_id,) = col.find_cards('"FactID:mini/founder" "note:studyapp 問答（繁體）"')
    assert col.get_card(card_id).answer_av_tags() == []
    import_apkg(col, export_apkg([mini], tmp_path / "tts.apkg", tts=True).path)
    assert [t.lang for t in col.get_card(card_id).answer_av_tags()] == ["zh_TW"]
    names = {m.name for m in col.models.all_names_and_ids() if "studyapp" in m.name}
    assert names == {"studyapp 問答（繁體）", "studyapp 填空（繁體）"}  # updated, not copied
