"""Drafts: what is found, how it is asked, what is flagged, and that every draft is a valid fact."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studyapp.core.deck.library import load_library
from studyapp.core.deck.model import SPAN_RE, AnswerKind, Deck
from studyapp.core.deck.view import DeckView
from studyapp.core.importer import drafts
from studyapp.core.importer.article import ArticleFormat
from studyapp.core.importer.candidates import Feature, find_candidates
from studyapp.core.importer.drafts import (
    MIN_DRAFTS,
    Draft,
    ImportSession,
    fact_id_for,
    make_session,
)
from studyapp.core.importer.editing import draft_problems
from studyapp.core.importer.entities import EntityIndex
from studyapp.core.importer.reading import parse_article_text, read_article
from studyapp.core.importer.segment import tokens

from .conftest import ARTICLES, TODAY


def session_for(name: str, decks: list[Deck], limit: int | None = 100) -> ImportSession:
    """Every draft the article offers (not only the first MIN_DRAFTS)."""
    return make_session(read_article(ARTICLES / name), decks, today=TODAY, limit=limit)


def by_answer(session: ImportSession, value: object) -> Draft:
    return next(d for d in session.drafts if d.answer.value == value)


def test_every_kind_of_candidate_in_a_traditional_article(known_deck: Deck) -> None:
    session = make_session(
        read_article(ARTICLES / "lab-hant.md"),
        [known_deck],
        today=TODAY,
        limit=100,
        doubt_limit=1.0,
    )
    assert session.script == "hant"
    assert session.deck_id == "import-lab-hant"
    got = {(d.answer.kind, d.span, d.question) for d in session.drafts}
    assert got >= {
        (AnswerKind.YEAR, "2019", "頂點實驗室在哪一年成立？"),
        (AnswerKind.ENTITY, "Alice Wong", "頂點實驗室在 2019 年成立，創辦人是誰？"),
        (AnswerKind.ENTITY, "Bob Lee", "誰猶豫了大約六個月才加入？"),
        (AnswerKind.YEAR, "2022", "《安全手冊》在哪一年公開？"),
        (AnswerKind.ENTITY, "《安全手冊》", "哪部作品在 2022 年公開？"),
        (AnswerKind.QUOTE, "先想清楚再動手", "Alice 說實驗室的原則是「……」（引號中的話是什麼？）"),
        (AnswerKind.NUMBER, "80%", "Carol Stone 後來加入，負責約百分之多少的算力採購？"),
        (AnswerKind.DATE, "2020 年 5 月 4 日", "Alice 在什麼時候發表了第一份報告？"),
        (AnswerKind.NUMBER, "12", "成立時共有多少位研究員？"),
        (AnswerKind.TEXT, "Red Team", "什麼是專門尋找模型弱點的團隊？"),
        (
            AnswerKind.QUOTE,
            "我們先做評估。然後才談部署！",
            "Carol Stone 說：「……」大家都同意了（引號中的話是什麼？）",
        ),
    }
    date = by_answer(session, "2020-05-04")
    assert date.features[0] is Feature.DATE
    assert by_answer(session, 80).answer.unit == "%"
    red = by_answer(session, "Red Team")
    assert red.features[0] is Feature.DEFINITION
    carol = by_answer(session, 80)
    assert "Carol Stone" in [a.span for a in carol.alternatives]
    # several drafts from one sentence, each with its own id
    founding = [d for d in session.drafts if "2019 年成立" in d.plain]
    assert len(founding) >= 2 and len({d.id for d in founding}) == len(founding)


def test_drafts_are_ranked_and_capped(known_deck: Deck) -> None:
    session = session_for("lab-hant.md", [known_deck], limit=None)
    scores = [d.score for d in session.drafts]
    assert scores == sorted(scores, reverse=True)
    assert session.drafts[-1].score < session.drafts[0].score
    # a short article: at most MIN_DRAFTS, and past them only repeats and disagreements
    extra = session.drafts[MIN_DRAFTS:]
    assert all(d.duplicates or d.disagreements for d in extra)
    everything = make_session(
        read_article(ARTICLES / "lab-hant.md"),
        [known_deck],
        today=TODAY,
        limit=100,
        doubt_limit=1.0,
    )
    assert len(everything.drafts) > len(session.drafts)


def test_topics_come_from_sections_and_the_source_from_the_article(known_deck: Deck) -> None:
    session = session_for("lab-hant.md", [known_deck])
    assert [(t.id, t.title) for t in session.topics][-2:] == [
        ("article-02", "成立與早期"),
        ("article-03", "人物與分歧"),
    ]
    assert by_answer(session, 2022).topic == "article-03"
    source = session.source
    assert (source.id, source.title, source.date, source.url, source.script) == (
        "article",
        "頂點實驗室的故事",
        "2024-03-01",
        "https://example.org/lab-story",
        "hant",
    )
    assert all(d.to_fact(source.id).sources == ("article",) for d in session.drafts)


def test_an_undated_article_gets_the_import_date_and_a_note(known_deck: Deck) -> None:
    session = session_for("lab-hans.md", [known_deck])
    assert session.script == "hans"
    assert session.source.date == TODAY.isoformat()
    assert "no date" in session.source.note
    assert session.source.url.startswith("file://")


def test_repeats_are_flagged_and_linked_in_either_script(known_deck: Deck) -> None:
    for name in ("lab-hant.md", "lab-hans.md", "lab.html"):
        session = session_for(name, [known_deck])
        founded = by_answer(session, 2019)
        assert founded.duplicates[0].ref == "known-lab/lab-founded", name
        assert founded.duplicates[0].score >= 0.9
    hans = session_for("lab-hans.md", [known_deck])
    match = by_answer(hans, 2019).duplicates[0]
    assert match.statement == "顶点实验室在 2019 年成立。"  # shown in the draft's script
    assert by_answer(hans, 12).duplicates[0].ref == "known-lab/staff"
    motto = by_answer(session_for("lab-hant.md", [known_deck]), "先想清楚再動手")
    assert [m.ref for m in motto.duplicates] == ["known-lab/motto"]


def test_same_question_other_answer_is_a_possible_disagreement(known_deck: Deck) -> None:
    for name in ("lab-hant.md", "lab-hans.md"):
        session = session_for(name, [known_deck])
        months = by_answer(session, 6)
        assert [m.ref for m in months.disagreements] == ["known-lab/bob-hesitated"]
        assert months.disagreements[0].answer in ("3個月", "3个月")
        year = by_answer(session, 2022)
        assert [m.ref for m in year.disagreements] == ["known-lab/handbook-public"]
        assert not year.duplicates
    # new facts are neither
    fresh = by_answer(session_for("lab-hant.md", [known_deck]), "2020-05-04")
    assert not fresh.duplicates and not fresh.disagreements


def test_a_draft_matching_a_known_dispute_says_so(known_deck: Deck, tmp_path: Path) -> None:
    deck_text = (
        (ARTICLES / "known.yaml")
        .read_text(encoding="utf-8")
        .replace(
            "    sources: [k1]\n  - id: handbook-public",
            "    sources: [k1]\n    disputed:\n      - source: k2\n        answer: {number: 6, unit: 個月}\n"
            "  - id: handbook-public",
        )
        .replace(
            "script: hant}\ntopics",
            'script: hant}\n  - {id: k2, title: 另一篇, date: "2024-02-01", url: "https://example.org/k2", script: hant}\ntopics',
        )
    )
    path = tmp_path / "disputed.yaml"
    path.write_text(deck_text, encoding="utf-8")
    from studyapp.core.deck.load import load_deck

    session = session_for("lab-hant.md", [load_deck(path)])
    (match,) = by_answer(session, 6).disagreements
    assert match.ref == "known-lab/bob-hesitated"
    assert "k2" in match.note


def test_known_entities_from_any_deck_become_entity_answers(known_deck: Deck) -> None:
    text = "# 人物\n\nBob Lee 後來負責頂點實驗室的招募工作，他每天都面試新人。\n"
    article = parse_article_text(text, "people.md", ArticleFormat.MARKDOWN)
    session = make_session(article, [known_deck], today=TODAY)
    draft = session.drafts[0]  # the person first; the lab and the new hires after
    assert draft.answer.kind is AnswerKind.ENTITY
    assert draft.answer.value == "bob"
    assert draft.entity is not None and draft.entity.name == "Bob Lee"
    assert draft.question == "誰後來負責頂點實驗室的招募工作？"
    assert draft.answer_text == "Bob Lee"


def test_simplified_article_names_match_a_traditional_registry(known_deck: Deck) -> None:
    text = "# 人物\n\n顶点实验室后来由黄爱丽带领，她每天都面试新人。\n"
    session = make_session(parse_article_text(text, "p.md"), [known_deck], today=TODAY)
    draft = session.drafts[0]
    assert draft.answer.value == "alice"
    assert draft.span == "黄爱丽"
    assert draft.entity is not None and "黄爱丽" in draft.entity.names
    assert draft_problems(session, draft) == []


def test_ids_come_from_sentences_and_are_stable(known_deck: Deck) -> None:
    first = session_for("lab-hant.md", [known_deck])
    again = session_for("lab-hant.md", [known_deck])
    assert [d.id for d in first.drafts] == [d.id for d in again.drafts]
    assert len({d.id for d in first.drafts}) == len(first.drafts)
    sentence = "頂點實驗室在 2019 年成立，創辦人是 Alice Wong。"
    best = next(d for d in first.drafts if d.plain == sentence)  # its best draft: the sentence's id
    assert best.id == fact_id_for(sentence)
    others = [d for d in first.drafts if d.start == best.start and d is not best]
    assert others and all(d.id != best.id for d in others)


def test_every_fixture_draft_is_a_valid_fact(known_deck: Deck) -> None:
    for name in ("lab-hant.md", "lab-hans.md", "notes.txt", "lab.html"):
        session = session_for(name, [known_deck])
        assert session.drafts, name
        for draft in session.drafts:
            assert draft_problems(session, draft) == [], (name, draft.statement)


def test_questions_never_contain_their_answer(known_deck: Deck) -> None:
    text = "# 重複\n\n2019 年的報告說 2019 年很重要。Bob Lee 說 Bob 會來。\n"
    session = make_session(parse_article_text(text, "r.md"), [known_deck], today=TODAY)
    for draft in session.drafts:
        assert draft.span.casefold() not in draft.question.casefold()


def test_builtin_facts_are_found_as_duplicates() -> None:
    """An article made of the built-in deck's own statements, in the other script."""
    library = load_library(None)
    builtin = [d for d in library.decks if d.builtin and len(d.facts) >= 5]
    if not builtin:
        pytest.skip("the built-in deck has no facts yet")
    deck = builtin[0]
    other = "hans" if deck.script == "hant" else "hant"
    view = DeckView(deck, other)
    facts = [f for f in deck.facts if len(view.statement(f)) >= 10][:30]
    text = "# 測試\n\n" + "\n\n".join(view.statement(f) for f in facts) + "\n"
    session = make_session(parse_article_text(text, "copy.md"), library.decks, today=TODAY)
    linked = {m.fact for d in session.drafts for m in d.duplicates}
    found = [f.id for f in facts if f.id in linked]
    assert len(found) >= 0.8 * len(facts), sorted(set(f.id for f in facts) - linked)


# -- property: answer spans are always inside their statements ---------------------
_PIECES = st.sampled_from(
    [
        "頂點實驗室", "在", "2019", " 年", "2021 年 3 月", "成立", "，", "。", "！", "？", "「", "」",
        "“", "”", '"', "Alice Wong", "Bob", "Carol Stone", "是", "指", "六個月", "12 位", "80%",
        "三家", "《安全手冊》", "研究員", "說", "：", "{{", "}}", "{", "}", "\n", "\n\n", "## 小節\n",
        "一", "兩人", "五年半", "Red Team", "（注）", " ", "a.", "Mr. X", "……", "数千小时", "1939",
    ]
)  # fmt: skip


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        _PIECES | st.text(alphabet="的了是在我他她們们年月日人家個个", max_size=4), max_size=60
    )
)
def test_spans_always_inside_statements(pieces: list[str]) -> None:
    from studyapp.core.deck.load import load_deck

    known = load_deck(ARTICLES / "known.yaml")
    text = "".join(pieces)
    try:
        article = parse_article_text(text, "random.md")
    except Exception as exc:  # no text at all is the only acceptable refusal
        assert "no text" in str(exc)
        return
    session = make_session(article, [known], today=TODAY)
    for draft in session.drafts:
        spans = SPAN_RE.findall(draft.statement)
        assert len(spans) == 1, draft.statement
        assert spans[0] and spans[0] in draft.plain
        assert draft.statement.count("{{") == 1 and draft.statement.count("}}") == 1
        sentence = session.document.text[draft.start : draft.end]
        assert draft.span in sentence.replace("{{", "{").replace("}}", "}")
        assert (
            draft.span.strip().casefold() not in draft.question.casefold()
            or len(draft.span.strip()) < 2
        )
        assert draft_problems(session, draft) == [], draft.statement
        assert draft.gist and len(draft.gist) <= 24
        assert len(draft.span.strip()) < 2 or draft.span.strip() not in draft.gist


def test_a_very_long_article_reads_its_richest_sentences_first() -> None:
    from studyapp.core.importer.drafts import _richest
    from studyapp.core.importer.splitting import split_article

    plain = "這一段只是普通的敘述，沒有什麼特別的內容可以問。" * 30
    rich = "頂點實驗室在 2019 年成立，共有 12 位研究員。"
    document = split_article(parse_article_text("# 長文\n\n" + plain + rich + plain + "\n", "l.md"))
    assert _richest(document, len(document.sentences)) is None  # short enough: all read
    read = _richest(document, 6)
    assert read is not None and len(read) == 6
    start = document.text.index(rich)
    assert start in read
    session = make_session(parse_article_text("# 長文\n\n" + plain + rich + plain, "l.md"), [],
                           today=TODAY, limit=2)  # fmt: skip
    assert any("2019" in d.plain for d in session.drafts)


def test_an_answer_already_drafted_ranks_lower_the_next_time(known_deck: Deck) -> None:
    text = (
        "# 人物\n\nBob Lee 在 2001 年搬到台北。Bob Lee 在 2005 年開了一家書店。"
        "Bob Lee 在 2010 年出版了《海邊》。Bob Lee 在 2015 年回到台南。\n"
    )
    session = make_session(parse_article_text(text, "bob.md"), [known_deck], today=TODAY)
    first = [d.answer_text for d in session.drafts[:4]]
    assert first.count("Bob Lee") <= 2, first
    bobs = [d for d in session.drafts if d.answer_text == "Bob Lee"]
    assert bobs == sorted(bobs, key=lambda d: -d.score)  # each repeat a little lower


def test_a_repeat_of_a_deck_fact_is_drafted_even_when_it_ranks_too_low(known_deck: Deck) -> None:
    # a draft is worth showing when it repeats what a deck holds, whatever its rank
    session = make_session(
        read_article(ARTICLES / "lab-hant.md"), [known_deck], today=TODAY, min_score=100.0
    )
    assert session.drafts
    assert all(d.duplicates or d.disagreements for d in session.drafts)
    assert by_answer(session, 2019).duplicates[0].ref == "known-lab/lab-founded"


def test_drafts_of_one_kind_give_way_a_little_to_other_kinds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = (
        "# 數字\n\n這座橋長 120 公尺。這條河長 300 公里。這座湖深 40 公尺。這座山高 900 公尺。"
        "這條路長 12 公里。這條隧道長 800 公尺。這座城由王小明設計。\n"
    )

    def counts(penalty: float) -> dict[str, float]:
        monkeypatch.setattr(drafts, "KIND_PENALTY", penalty)
        session = make_session(parse_article_text(text, "n.md"), [], today=TODAY, limit=7)
        return {d.answer_text: d.score for d in session.drafts if d.answer.unit}

    assert drafts.KIND_PENALTY > 0
    plain, varied = counts(0.0), counts(drafts.KIND_PENALTY)
    order = sorted(plain, key=lambda a: -plain[a])[:3]  # the three best counts, in order
    for earlier, answer in enumerate(order):
        # each count ranks lower by the penalty for every count drafted before it
        assert varied[answer] == pytest.approx(plain[answer] - earlier * drafts.KIND_PENALTY)


def test_a_long_article_of_one_kind_still_gets_all_its_drafts() -> None:
    # the kind penalty is capped: the hundredth year ranks no lower than the sixth
    text = "# 年表\n\n" + "".join(f"第{i}座橋在{1900 + i}年通車。" for i in range(1, 80)) + "\n"
    session = make_session(
        parse_article_text(text, "y.md"), [], today=TODAY, limit=60, doubt_limit=1.0
    )
    assert len(session.drafts) == 60  # (the doubt model would hold some back: not its test)


def test_one_sentence_does_not_ask_one_fact_both_ways() -> None:
    """美國西南部的｜亞利桑那州 state one fact: asking each answer given the other is the
    same question twice."""
    text = (
        "# 天文台\n\n這座天文台坐落於美國西南部的亞利桑那州，那裡的空氣十分乾燥。"
        "這座天文台是全國天文學界的「星空觀測大本營」。\n"
    )
    session = make_session(parse_article_text(text, "t.md"), [], today=TODAY, limit=40)
    asked = {d.span for d in session.drafts}
    assert "美國西南部" not in asked  # the place is asked once, whole or by its state
    assert len({"亞利桑那州", "美國西南部的亞利桑那州"} & asked) == 1
    assert len({"全國天文學界", "星空觀測大本營"} & asked) == 1


def test_a_common_word_is_no_link_to_a_deck_s_concept() -> None:
    # a typhoon article's 「各地方政府什麼中央氣象局預報資料？ → 評估」 was linked to the
    # built-in deck's concept 評估 (evals), and a linked draft is never held back
    decks = list(load_library(None).decks)
    text = (
        "中央氣象局表示，颱風海葵今天晚間將登陸。根據人事行政總處公布資料，各地方政府"
        "依據中央氣象局預報資料評估，宣布3日停止上班上課的縣市包括宜蘭、新竹、苗栗。"
    )
    session = make_session(parse_article_text(text, "a.txt"), decks, today=TODAY)
    assert all(d.entity is None for d in session.drafts)
    assert all(d.answer_text != "評估" for d in session.drafts)


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("萬州的天生城文旅街區持續走紅，累計吸引遊客約29萬人次。", None),  # 萬州 qualifies
        ("萬州鳳凰花果山景區舉辦摸魚節，遊客約1.6萬人次。", "萬州鳳凰花果山景區"),
        ("萬州今年接待遊客156萬人次，同比增長43.6%。", "萬州"),  # 萬州 is who received them
    ],
)
def test_a_name_that_only_qualifies_the_noun_after_it_is_no_subject(
    sentence: str, subject: str | None
) -> None:
    """The sentence's subject put before a clause without one: not a place that only
    says where the real subject is (that gave 萬州 the visitors of one of its parks)."""
    words = tokens(sentence)
    cands = find_candidates(sentence, EntityIndex([]), words)
    ends = [w.end for w in words]
    found = drafts._subject(sentence, cands, ends, [w.tag for w in words])
    assert (sentence[found[0] : found[1]] if found else None) == subject
