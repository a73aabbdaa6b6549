"""Sections by headings, sentences on Chinese and Latin ends, quotes kept whole."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from studyapp.core.importer.article import ArticleFormat
from studyapp.core.importer.drafts import make_session
from studyapp.core.importer.reading import parse_article_text, read_article
from studyapp.core.importer.splitting import split_article, split_sentences

from .conftest import ARTICLES


def test_chinese_sentence_ends() -> None:
    assert split_sentences("第一句。第二句！第三句？第四句") == [
        "第一句。",
        "第二句！",
        "第三句？",
        "第四句",
    ]


def test_quotes_are_kept_whole_with_their_closing_mark() -> None:
    text = "她說：「我們先做評估。然後才談部署！」大家都同意了。他寫道：『一。二。』結束。"
    assert split_sentences(text) == [
        "她說：「我們先做評估。然後才談部署！」大家都同意了。",
        "他寫道：『一。二。』結束。",
    ]
    assert split_sentences("他说：“走吧。快点！”然后离开了。下一句。") == [
        "他说：“走吧。快点！”然后离开了。",
        "下一句。",
    ]
    assert split_sentences('正如他所说："如果是这样。那就好。"这个细节很重要。') == [
        '正如他所说："如果是这样。那就好。"这个细节很重要。'
    ]


def test_sentence_end_followed_by_closing_quote() -> None:
    assert split_sentences("他說：「走吧。」然後呢？「好。」") == [
        "他說：「走吧。」然後呢？",
        "「好。」",
    ]


def test_latin_sentence_ends() -> None:
    assert split_sentences(
        "I met J. Clark in 2015. Then 3.5 points. See example.org now! Done?"
    ) == [
        "I met J. Clark in 2015.",
        "Then 3.5 points.",
        "See example.org now!",
        "Done?",
    ]


def test_an_unclosed_quote_does_not_swallow_the_paragraph() -> None:
    text = "他說：「" + "這是很長的一句話。" * 40 + "最後一句。"
    sentences = split_sentences(text)
    assert len(sentences) == 41
    assert "".join(sentences) == text


def test_sections_and_offsets() -> None:
    document = split_article(read_article(ARTICLES / "lab-hant.md"))
    assert [(s.title, s.level, len(s.sentences)) for s in document.sections] == [
        ("頂點實驗室的故事", 1, 1),
        ("成立與早期", 2, 4),
        ("人物與分歧", 2, 5),
    ]
    for section in document.sections:
        for sentence in section.sentences:
            assert document.text[sentence.start : sentence.end] == sentence.text
            assert section.start <= sentence.start < sentence.end <= section.end
    assert (
        document.sections[2].sentences[4].text
        == "她說：「我們先做評估。然後才談部署！」大家都同意了。"
    )


def test_text_before_the_first_heading_is_a_lead_section() -> None:
    document = split_article(read_article(ARTICLES / "notes.txt"))
    assert [(s.title, s.level) for s in document.sections] == [("notes", 0)]
    assert [s.text for s in document.sentences] == [
        "頂點實驗室的伺服器在 2021 年搬到了台南。",
        "搬遷花了三週。",
        "Dana Fox 是第一位全職工程師，她寫了「每週一次的檢查清單」。",
    ]


def test_a_byline_and_a_subtitle_under_the_headline_never_title_the_text() -> None:
    """A reader found every card of a story topped by 「記者…∕台南報導」."""
    text = (
        "1月黑琵數量回升\n\n上月數量銳減 虛驚一場\n\n記者王小明∕台南報導\n\n"
        "管理處本週配合全球普查，嘉義至高雄共記錄三千多隻。\n\n數量比去年同期穩定成長。\n"
    )
    document = split_article(parse_article_text(text, "birds.txt", ArticleFormat.TEXT))
    assert [s.title for s in document.sections] == ["1月黑琵數量回升"]
    assert len(document.sentences) == 2


def test_an_editors_credit_line_titles_nothing(tmp_path: Path) -> None:
    """A reader found 「編輯︰紀小婷」 above every card of an article: the credit had
    been taken for a heading."""
    path = tmp_path / "solstice.txt"
    path.write_text(
        "趣談中國文化|山城的冬至為何重要?\n\n編輯︰王小明\n\n在山城,冬至是最重要的節氣之一,家家戶戶都要團聚吃湯圓。\n",
        encoding="utf-8",
    )
    session = make_session(read_article(path), [], today=date(2025, 1, 2), doubt_limit=1.0)
    assert [t.title for t in session.topics] == ["趣談中國文化|山城的冬至為何重要?"]


def test_the_writers_name_after_a_slash_is_no_part_of_the_title(tmp_path: Path) -> None:
    path = tmp_path / "names.txt"
    path.write_text(
        "山城地名的變更/王小明\n\n山城的老虎坑在1970年代改名為樂康，因為原名不雅。\n",
        encoding="utf-8",
    )
    assert read_article(path).title == "山城地名的變更"
    path.write_text("台北/高雄\n\n兩市的捷運在同一年通車，乘客都超過百萬人次。\n", encoding="utf-8")
    assert read_article(path).title == "台北/高雄"  # two places, no writer


def test_a_headline_calling_out_with_a_comma_is_the_title(tmp_path: Path) -> None:
    path = tmp_path / "cakes.txt"
    path.write_text(
        "愛吃的老饕們,這樣買年糕!\n\n記者近日走訪區內老字號，發現不少人已開始選購散裝年糕。\n",
        encoding="utf-8",
    )
    assert read_article(path).title == "愛吃的老饕們,這樣買年糕!"


def test_a_writers_line_of_role_and_name_titles_nothing() -> None:
    """Set 66: every card of a story was topped by 「作者 武一力」."""
    text = (
        "各地迎花期 樱花吸睛又“吸金”\n\n中新社武汉3月17日电 题:各地迎花期 樱花吸睛又“吸金”\n\n"
        "作者 武一力\n\n赏樱成为人们春游的首选。当前，武汉迎来樱花观赏期，东湖樱花园等景点游人如织。\n"
    )
    document = split_article(parse_article_text(text, "sakura.txt", ArticleFormat.TEXT))
    assert [s.title for s in document.sections] == ["各地迎花期 樱花吸睛又“吸金”"]
