"""The grader on the built-in deck's own questions: every natural form a reader
may type is accepted (issue 12's list), and no near miss ever is."""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest

from studyapp.core.deck.model import Deck, Script
from studyapp.core.questions import Question, QuestionType, accepts, make_question
from studyapp.core.questions.index import index_for


@dataclass(frozen=True)
class _Graded:
    """What the grader takes for a fact that is not asked as a typed question (a
    quote, a long text): the same accept list a cloze or a Learn step grades with."""

    prompt: str
    accept: tuple[str, ...]

    def check(self, typed: str) -> bool:
        return accepts(typed, self.accept)


def _typed(
    deck: Deck, fact_id: str, script: Script = "hant", side: int | None = None
) -> Question | _Graded:
    """The fact's typed question (for a disputed fact: the claim of the deck's own sources)."""
    fact = deck.fact(fact_id)
    for seed in range(40):
        q = make_question(deck, fact, QuestionType.TYPED, script, random.Random(seed))
        if q is not None and (not q.follows or q.follows == fact.sources):
            return q
    return _Graded(fact.question, tuple(index_for(deck).accept_list(fact, script)))


RIGHT = [
    # Chinese percent and fraction forms
    ("a-fifty-percent", "百分之五十"),
    ("a-fifty-percent", "五成"),
    ("a-fifty-percent", "一半"),
    ("b-future-95", "百分之九十五"),
    ("b-future-95", "九成五"),
    ("b-future-95", "大約95%"),
    ("b-culture-80", "八成"),
    ("b-culture-80", "百分之八十"),
    # a number with its classifier or noun, approximate numbers as said
    ("a-cn-length", "4千字"),
    ("a-cn-length", "四千字"),
    ("a-cn-length", "約4000字"),
    ("b-race-three", "三家公司"),
    ("b-race-three", "3家"),
    ("b-future-textbook", "十年後"),
    ("b-future-textbook", "約10年"),
    ("a-cp-researcher-count", "二十多位"),
    ("a-cp-researcher-count", "20多位"),
    ("a-time-span", "超過十年"),
    ("a-time-span", "十多年"),
    ("a-cn-publish-place", "上海市"),
    ("b-rsp-origin-year", "2022年底"),
    # dates, written every way
    ("a-tw-publish-date", "2024.12.21"),
    ("a-tw-publish-date", "2024/12/21"),
    ("a-tw-publish-date", "2024-12-21"),
    ("a-tw-publish-date", "2024年12月21日"),
    ("a-tw-publish-date", "二〇二四年十二月二十一日"),
    ("a-tw-publish-date", "２０２４－１２－２１"),
    ("a-tw-publish-date", "2024 . 12 . 21"),
    # each article's own term, abbreviations
    ("b-race-name", "向上竞争"),
    ("b-race-name", "Race to the Top"),
    ("b-culture-theory-of-change", "变化理论"),
    ("b-evals-cot", "CoT"),
    ("b-evals-cot", "思维链"),
    ("a-postdocs", "postdoc"),
    ("a-postdocs", "博士后"),
    ("b-rsp-point-to", "RSP"),
    ("a-rlhf-feasible", "RLHF"),
    # where the two articles word it differently, either article's word
    ("b-rsp-unity", "統一"),
    ("b-rsp-unity", "一致"),
    ("b-rsp-incentives", "利益"),
    ("b-rsp-incentives", "激励"),
    ("b-rsp-origin-partner", "Paul Cristiano"),
    ("b-rsp-origin-partner", "Paul Christiano"),
    ("b-future-health", "医疗健康"),
    ("b-future-health", "生物和醫學"),
    # the Simplified article's own title of the paper, and the Traditional one's
    ("a-cp-cn-writing", "人工智能安全的具体问题"),
    ("a-cp-cn-writing", "《人工智能安全的具體問題》"),
    ("a-cp-cn-writing", "AI 安全中的具體問題"),
    ("a-cp-cn-writing", "Concrete Problems in AI Safety"),
    # both scripts, both places' names, given names and surnames that point at one person
    ("a-jared-reaction", "这件事比我想象的严重多了"),
    ("a-harris", "哈里斯"),
    ("a-harris", "卡玛拉·哈里斯"),
    ("a-harris", "賀錦麗"),
    ("a-harris", "贺锦丽"),
    ("a-harris", "Kamala Harris"),
    ("a-teller-serious", "特勒"),
    ("a-teller-serious", "爱德华·特勒"),
    ("a-teller-serious", "愛德華·泰勒"),
    ("a-fermi-skeptic", "恩里科·费米"),
    ("a-ceo", "达里奥·阿莫代伊"),
    ("a-ceo", "達里歐·阿莫迪"),
    ("a-ceo", "達里歐"),
    ("a-ceo", "达里奥"),
    ("a-host", "杰克·克拉克"),
    ("a-host", "傑克·克拉克"),
    ("a-host", "克拉克"),
    ("b-rsp-compute-who", "汤姆·布朗"),
    ("b-rsp-compute-who", "Brown"),
    ("b-rsp-compute-who", "布朗"),
    ("a-president", "丹妮拉"),
    ("a-president", "丹妮菈·阿莫迪"),
    ("b-rsp-origin-partner", "保罗·克里斯蒂亚诺"),
    ("b-rsp-origin-partner", "Christiano"),
    ("a-cai-proposer", "卡普兰"),
    ("a-cai-proposer", "Kaplan"),
    ("b-culture-krieger-safety", "Mike"),
    ("b-culture-krieger-safety", "克里格"),
    # the article's own name where the Simplified view once used another (泰勒, not only 特勒)
    ("a-teller-serious", "泰勒"),
    ("a-teller-serious", "爱德华·泰勒"),
    # numbers as the articles write them (listed among the accepted answers, too)
    ("a-daniela-stripe-years", "五年半"),
    ("a-cn-section-count", "六節"),
    ("a-cn-section-count", "六"),
    ("a-tw-section-count", "十七節"),
    ("b-future-four-months", "四個月"),
    # the articles' own wordings and natural ones (the third reader's list)
    ("a-jack-read-papers", "讀完所有相關論文"),
    ("a-jack-read-papers", "阅读完其所有研究论文"),
    ("b-founding-not-plan", "创办一家公司"),
    ("b-founding-not-plan", "創業"),
    ("b-culture-krieger-role", "产品长"),
    ("b-culture-krieger-role", "首席产品官"),
    ("a-daniela-plan", "公共衛生、政治"),
    ("a-daniela-plan", "政治和公共卫生"),
    ("b-refl-opposed", "进步"),
    ("b-rsp-thresholds", "阈值"),
    ("b-evals-upper-bound", "天花板"),
    ("a-engine-steering", "方向盤"),
    ("a-video-id", "YouTube"),
    ("b-race-self-select", "自我篩選"),
]


@pytest.mark.parametrize("script", ["hant", "hans"])
@pytest.mark.parametrize(("fact_id", "typed"), RIGHT)
def test_right_answers_in_their_natural_forms(
    builtin_deck: Deck, fact_id: str, typed: str, script: Script
) -> None:
    q = _typed(builtin_deck, fact_id, script)
    assert q.check(typed), (q.prompt, typed, q.accept)


NEAR_MISSES = [
    # the other Amodei, the other article's claim, neighbours, substrings, the shared surname
    ("a-ceo", "Daniela Amodei"),
    ("a-ceo", "Amodei"),
    ("a-ceo", "阿莫迪"),
    ("a-ceo", "阿莫代伊"),
    ("a-president", "Dario"),
    ("a-president", "达里奥"),
    ("a-six-month-hesitation", "Jared Kaplan"),
    ("b-future-yc-speaker", "Dario Amodei"),
    ("a-physics-professor", "Chris"),
    ("a-jack-leaves-journalism", "2015"),
    ("a-jack-leaves-journalism", "2017"),
    ("a-tw-publish-date", "2024.12.22"),
    ("a-tw-publish-date", "2024-12"),
    ("a-fifty-percent", "四成"),
    ("a-fifty-percent", "百分之五"),
    ("b-future-95", "九成"),
    ("b-future-95", "百分之五十九"),
    ("b-culture-80", "八"),
    ("a-cn-length", "4百字"),
    ("a-cn-length", "四萬字"),
    ("b-race-three", "三十家公司"),
    ("b-race-three", "4家"),
    ("b-future-textbook", "一百年後"),
    ("a-cp-researcher-count", "二百多位"),
    ("a-cp-researcher-count", "30多位"),
    ("a-time-span", "一年"),
    ("a-cn-publish-place", "北京市"),
    ("a-cn-publish-place", "海"),
    ("b-rsp-origin-year", "2021年底"),
    ("b-race-name", "向下競賽"),
    ("b-evals-cot", "Co"),
    ("a-harris", "雷蒙多"),
    ("a-harris", "哈里"),
    ("a-teller-serious", "齊拉德"),
    ("a-teller-serious", "泰"),
    ("a-host", "克拉"),
    ("a-host", "Clarke"),
    ("b-rsp-compute-who", "Brain"),
    ("b-rsp-origin-partner", "克里斯"),
    ("b-rsp-origin-partner", "Chris"),
    ("a-interp-lead", "克里斯蒂亚诺"),
    ("b-future-3-5-years", "5"),
    ("b-rsp-published-soon", "十二個月"),
    ("a-daniela-stripe-years", "55年"),
    ("b-refl-opposed", "對立"),  # the answer is what safety is not opposed to
    ("b-refl-opposed", "安全"),
    ("b-refl-cn-pragmatic", "不務實"),
    ("a-cp-political", "政治"),
    ("a-cp-political", "共識建設"),
    ("b-culture-unity", "統一戰線"),
    ("b-rsp-unity", "分散"),
    ("b-rsp-incentives", "利潤"),
    ("b-rsp-paul-spelling", "Christiano"),  # the other article's spelling
    ("a-cp-cn-writing", "AI 安全"),
    ("a-cp-cn-writing", "具體問題"),
    ("b-future-health", "娛樂"),
    # half an answer to a question that asks for two things
    ("a-daniela-plan", "公共衛生"),
    ("a-daniela-plan", "政治"),
    # the antonym the old statement gave away, the natural guess the article corrects
    ("b-evals-upper-bound", "下限"),
    ("a-engine-steering", "剎車"),
    ("a-engine-steering", "引擎"),
    ("b-rsp-origin-stop", "加速訓練"),
    ("b-race-self-select", "不在乎安全的人"),
    ("a-daniela-stripe-years", "五年"),
    ("a-cn-section-count", "十七節"),
    ("b-culture-krieger-role", "首席技术官"),
    ("b-culture-krieger-role", "工程師"),  # the other article's claim
    ("a-video-id", "I9aGC6Ui3eE"),
    ("a-teller-serious", "費米"),
    ("a-jack-read-papers", "簽保密協議"),
]


@pytest.mark.parametrize("script", ["hant", "hans"])
@pytest.mark.parametrize(("fact_id", "typed"), NEAR_MISSES)
def test_near_misses_are_never_accepted(
    builtin_deck: Deck, fact_id: str, typed: str, script: Script
) -> None:
    q = _typed(builtin_deck, fact_id, script)
    assert not q.check(typed), (q.prompt, typed, q.accept)


def test_a_disputed_fact_asked_by_the_other_article_takes_its_claim(builtin_deck: Deck) -> None:
    fact = builtin_deck.fact("a-six-month-hesitation")
    seen = set()
    for seed in range(30):
        q = make_question(builtin_deck, fact, QuestionType.TYPED, "hans", random.Random(seed))
        assert q is not None
        seen.add(q.follows)
        if q.follows == ("cn",):
            assert q.check("Jared Kaplan") and q.check("贾里德·卡普兰") and not q.check("Tom Brown")
            assert q.prompt.startswith("根据《当Anthropic7位顶级AI科学家坐在一起")
        else:
            assert q.check("Tom Brown") and not q.check("Jared Kaplan")
    assert seen == {("tw",), ("cn",)}
