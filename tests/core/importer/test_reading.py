"""Reading articles: every format, every encoding, metadata, and clear errors."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from studyapp.core.errors import ErrorKind
from studyapp.core.importer.article import MAX_ARTICLE_BYTES, ArticleError, ArticleFormat, BlockKind
from studyapp.core.importer.reading import parse_article_bytes, read_article

from .conftest import ARTICLES


def paragraphs(path: Path) -> list[str]:
    return [b.text for b in read_article(path).blocks if b.kind is BlockKind.PARAGRAPH]


def test_markdown_with_front_matter() -> None:
    article = read_article(ARTICLES / "lab-hant.md")
    assert article.format is ArticleFormat.MARKDOWN
    assert article.title == "頂點實驗室的故事"
    assert article.date == "2024-03-01"
    assert article.url == "https://example.org/lab-story"
    assert article.tags == ("實驗室", "測試")
    assert article.warnings == ()
    headings = [(b.level, b.text) for b in article.blocks if b.kind is BlockKind.HEADING]
    assert headings == [(1, "頂點實驗室的故事"), (2, "成立與早期"), (2, "人物與分歧")]
    # the blockquote marker is gone and a hard-wrapped paragraph is joined without a space
    texts = paragraphs(ARTICLES / "lab-hant.md")
    assert texts[0] == "本文為測試而寫，內容純屬虛構。"
    assert texts[1] == "頂點實驗室在 2019 年成立，創辦人是 Alice Wong。成立時共有 12 位研究員。"


def test_markdown_without_front_matter_takes_the_first_heading() -> None:
    article = read_article(ARTICLES / "lab-hans.md")
    assert article.title == "顶点实验室的故事"
    assert article.date == ""
    assert article.url == ""


def test_text_with_header_lines() -> None:
    article = read_article(ARTICLES / "notes.txt")
    assert article.format is ArticleFormat.TEXT
    assert article.title == "notes"  # no heading: the file name
    assert article.date == "2023-07-08"
    assert article.author == "測試小組"
    assert paragraphs(ARTICLES / "notes.txt")[0].startswith("頂點實驗室的伺服器")


def test_html_text_only_scripts_and_styles_dropped() -> None:
    article = read_article(ARTICLES / "lab.html")
    assert article.format is ArticleFormat.HTML
    assert article.title == "頂點實驗室的網頁版"
    assert article.date == "2024-03-05"
    assert article.url == "https://example.org/lab-html"
    text = " ".join(b.text for b in article.blocks)
    assert "腳本" not in text and "樣式" not in text and "alert" not in text
    assert "首頁" not in text  # navigation is not article text
    assert "共有 12 位研究員" in text  # &nbsp; decoded
    assert "Evan Park 在 2023 年加入 & 負責 評估。" in text
    assert [b.text for b in article.blocks if b.kind is BlockKind.HEADING] == [
        "頂點實驗室的網頁版",
        "人物",
    ]


def test_markdown_inline_syntax_and_links_become_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "links.md"
    path.write_text(
        "# 標題\n\n**粗體**與*斜體*，[連結文字](https://example.org/x)和 `程式碼`。"
        "![圖](pic.png)網址 https://example.org/y 不留下。\n\n"
        "```\ncode block 2019 年\n```\n\n- 清單項目一\n- 清單項目二\n\n{{< youtube abc >}}\n",
        encoding="utf-8",
    )
    assert paragraphs(path) == [
        "粗體與斜體，連結文字和 程式碼。網址 不留下。",
        "清單項目一",
        "清單項目二",
    ]


def test_a_grade_written_with_stars_is_no_emphasis(tmp_path: Path) -> None:
    # 考獲八科5**成為「超級狀元」…七科5**: the stars were read as bold, and 5成 was asked
    path = tmp_path / "dse.txt"
    path.write_text(
        "# 放榜\n\n一名學生考獲八科5**成為狀元，另有三人考獲七科5**。\n", encoding="utf-8"
    )
    assert paragraphs(path) == ["一名學生考獲八科5**成為狀元，另有三人考獲七科5**。"]


def test_hard_wrapped_latin_names_keep_their_space(tmp_path: Path) -> None:
    path = tmp_path / "wrapped.txt"
    path.write_text("他與 Tom\nBrown 和 Jared\nKaplan 談過，\n然後離開。\n", encoding="utf-8")
    assert paragraphs(path) == ["他與 Tom Brown 和 Jared Kaplan 談過，然後離開。"]


HANS = (ARTICLES / "lab-hans.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        (HANS.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + HANS.encode("utf-8"), "utf-8-sig"),
        (HANS.encode("utf-16"), "utf-16"),  # with its BOM
        (codecs.BOM_UTF16_BE + HANS.encode("utf-16-be"), "utf-16"),
        (HANS.encode("utf-16-le"), "utf-16-le"),  # no BOM: recognised by its NUL pattern
        (HANS.encode("utf-32"), "utf-32"),
        (HANS.encode("gb18030"), "gb18030"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16be-bom", "utf16le-no-bom", "utf32", "gb18030"],
)
def test_every_encoding_is_detected(tmp_path: Path, encoded: bytes, encoding: str) -> None:
    path = tmp_path / "article.md"
    path.write_bytes(encoded)
    article = read_article(path)
    assert article.encoding == encoding
    assert article.title == "顶点实验室的故事"
    assert paragraphs(path) == paragraphs(ARTICLES / "lab-hans.md")


def test_traditional_text_in_gb18030(tmp_path: Path) -> None:
    text = (ARTICLES / "notes.txt").read_text(encoding="utf-8")
    path = tmp_path / "notes.txt"
    path.write_bytes(text.encode("gb18030"))
    assert read_article(path).encoding == "gb18030"
    assert paragraphs(path) == paragraphs(ARTICLES / "notes.txt")


def test_traditional_text_in_big5(tmp_path: Path) -> None:
    text = (ARTICLES / "notes.txt").read_text(encoding="utf-8")
    path = tmp_path / "notes.txt"
    path.write_bytes(text.encode("big5"))  # as Windows in Taiwan saves a text file
    assert read_article(path).encoding == "big5hkscs"
    assert paragraphs(path) == paragraphs(ARTICLES / "notes.txt")


@pytest.mark.parametrize("charset", ["big5", "gb2312"])
def test_a_web_pages_declared_charset_is_used(tmp_path: Path, charset: str) -> None:
    story = (
        "臺南七股的黑面琵鷺今年來了三千多隻，創下新高。"
        if charset == "big5"
        else ("台南七股的黑面琵鹭今年来了三千多只，创下新高。")
    )
    page = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        f"<title>{story[6:10]}</title></head><body><p>{story}</p></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_bytes(page.encode(charset))
    assert paragraphs(path) == [story]


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b"", ErrorKind.ARTICLE_EMPTY),
        (b"   \n\n\t  \n", ErrorKind.ARTICLE_EMPTY),
        ("\ufeff\n\n".encode(), ErrorKind.ARTICLE_EMPTY),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20, ErrorKind.ARTICLE_BINARY),
        (bytes(range(256)) * 4, ErrorKind.ARTICLE_BINARY),
        (b"---\ntitle: only front matter\n---\n", ErrorKind.ARTICLE_NO_TEXT),
        (b"<html><script>var a = 1;</script><style>p{}</style></html>", ErrorKind.ARTICLE_NO_TEXT),
    ],
    ids=["empty", "whitespace", "bom-only", "png", "all-bytes", "front-matter-only", "script-only"],
)
def test_unusable_files_are_refused_with_a_reason(
    tmp_path: Path, content: bytes, kind: ErrorKind
) -> None:
    path = tmp_path / ("a.html" if content.startswith(b"<html") else "a.md")
    path.write_bytes(content)
    with pytest.raises(ArticleError) as info:
        read_article(path)
    assert info.value.kind is kind
    assert str(path) in str(info.value)


def test_over_size_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(("文" * (MAX_ARTICLE_BYTES // 3 + 10)).encode("utf-8"))
    assert path.stat().st_size > MAX_ARTICLE_BYTES
    with pytest.raises(ArticleError, match="larger than 2 MB"):
        read_article(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="cannot read"):
        read_article(tmp_path / "nope.md")
    with pytest.raises(ArticleError, match="folder"):
        read_article(tmp_path)


def test_bad_front_matter_is_ignored_with_a_warning() -> None:
    data = b"---\ntitle: [unclosed\n---\n\n# \xe6\xa8\x99\xe9\xa1\x8c\n\n\xe5\x85\xa7\xe6\x96\x87\xe3\x80\x82\n"
    article = parse_article_bytes(data, "x.md")
    assert article.title == "標題"
    assert article.warnings and "front matter ignored" in article.warnings[0]


def test_front_matter_cannot_build_objects() -> None:
    data = b"---\ntitle: !!python/object/apply:os.system [echo hi]\n---\n\n# T\n\nText.\n"
    article = parse_article_bytes(data, "x.md")
    assert article.title == "T"
    assert article.warnings


def test_unknown_suffix_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "page.download"
    path.write_text("<!DOCTYPE html><html><body><p>只有一段。</p></body></html>", encoding="utf-8")
    assert read_article(path).format is ArticleFormat.HTML


def test_a_news_headline_and_its_dateline_are_no_sentences() -> None:
    """A page copied to text opens with its headline and a line that is only a date
    (with its source): the headline is the title, the date the article's date, and
    neither is glued onto a sentence."""
    text = (
        "速報/山區「恐有大雪」! 專家提醒了\n"
        "2024/01/15\n\n"
        "氣象專家今天表示，明天山區可能下雪。\n\n"
        "短標題一行\n\n"
        "民眾出門前應注意路況，並準備保暖衣物。\n"
    )
    article = parse_article_bytes(text.encode("utf-8"), "news.txt")
    assert article.title == "速報/山區「恐有大雪」! 專家提醒了"
    assert article.date == "2024-01-15"
    kinds = [(b.kind, b.text) for b in article.blocks]
    assert kinds == [
        (BlockKind.HEADING, "速報/山區「恐有大雪」! 專家提醒了"),
        (BlockKind.PARAGRAPH, "氣象專家今天表示，明天山區可能下雪。"),
        (BlockKind.HEADING, "短標題一行"),
        (BlockKind.PARAGRAPH, "民眾出門前應注意路況，並準備保暖衣物。"),
    ]


def test_a_dateline_with_its_source_is_taken_out() -> None:
    text = "研究團隊的新發現\n2019-05-06  來源:某某週刊\n\n研究團隊在湖底找到了新的魚類化石。\n"
    article = parse_article_bytes(text.encode("utf-8"), "find.txt")
    assert article.title == "研究團隊的新發現"
    assert article.date == "2019-05-06"
    assert [b.text for b in article.blocks if b.kind is BlockKind.PARAGRAPH] == [
        "研究團隊在湖底找到了新的魚類化石。"
    ]


def test_a_first_line_that_is_a_sentence_or_runs_on_stays_text() -> None:
    # ends as a sentence does
    one = parse_article_bytes("湖邊有一座小屋。\n\n屋裡住著一位老人。\n".encode(), "a.txt")
    assert [b.kind for b in one.blocks] == [BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]
    # a hard-wrapped paragraph: its first line is no headline
    two = parse_article_bytes("湖邊有一座小屋，屋裡住\n著一位老人。\n".encode(), "b.txt")
    assert [(b.kind, b.text) for b in two.blocks] == [
        (BlockKind.PARAGRAPH, "湖邊有一座小屋，屋裡住著一位老人。")
    ]
    # a list item standing alone is no heading
    three = parse_article_bytes("湖邊有一座小屋。\n\n- 小屋\n\n屋裡住著老人。\n".encode(), "c.txt")
    assert BlockKind.HEADING not in [b.kind for b in three.blocks]


def test_a_byline_opening_a_paragraph_is_no_part_of_its_sentence() -> None:
    text = (
        "# 新館開幕\n\n【記者 王小明／臺北報導】市立美術館的新館昨天開幕。\n\n"
        "（中央社記者李大同臺南3日電）古蹟修復工程今天完工。\n\n（附圖）館內的展廳很寬敞。\n"
    )
    article = parse_article_bytes(text.encode("utf-8"), "museum.md")
    assert [b.text for b in article.blocks if b.kind is BlockKind.PARAGRAPH] == [
        "市立美術館的新館昨天開幕。",
        "古蹟修復工程今天完工。",
        "（附圖）館內的展廳很寬敞。",
    ]


def test_a_sentence_set_out_line_by_line_is_read_as_one() -> None:
    """Set 154, a broadcast feature with a clause on each line: 「引进青梅新品种、」 was
    read as a heading (the topic line of three cards) and its clauses as sentences."""
    text = (
        "溧水青梅\n\n扩大种植、与省农科院合作,\n\n引进青梅新品种、\n\n提高青梅的亩均产量。\n\n"
        "1、全员上岗;\n\n2、不间断巡航;\n"
    )
    article = parse_article_bytes(text.encode("utf-8"), "x.txt")
    blocks = [(b.kind, b.text) for b in article.blocks]
    assert (BlockKind.HEADING, "引进青梅新品种、") not in blocks
    assert (
        BlockKind.PARAGRAPH,
        "扩大种植、与省农科院合作,引进青梅新品种、提高青梅的亩均产量。",
    ) in blocks
    # items of a list stay items
    assert (BlockKind.PARAGRAPH, "1、全员上岗;") in blocks
    assert (BlockKind.PARAGRAPH, "2、不间断巡航;") in blocks


def test_a_date_the_article_tells_of_is_not_its_own(tmp_path: Path) -> None:
    """Set 205: 自2003年11月1日起禁止進口, in the third paragraph, was taken as the article's
    date, and four cards said 2003年 where the article said 今年; a dateline's date still is."""
    told = tmp_path / "told.txt"
    told.write_text(
        "山城水果再等等\n\n生活中心/綜合報導\n\n"
        "對不少人來說,這種水果是記憶中的好味道,但自2003年11月1日起禁止進口後,今年才傳出可望開放。",
        encoding="utf-8",
    )
    assert read_article(str(told)).date == ""
    dated = tmp_path / "dated.txt"
    dated.write_text(
        "山城水果再等等\n\n新華社山城2024年5月3日電 山城今年的水果產量比去年多了一成,價格也更穩定。",
        encoding="utf-8",
    )
    assert read_article(str(dated)).date == "2024-05-03"


def test_a_headline_in_two_parts_that_ask_and_cry_out_is_the_title(tmp_path: Path) -> None:
    """Set 204: 高雄旗山香蕉價格崩跌？ 邱議瑩怒批「勿用謠言傷害蕉農」！ was read as a
    paragraph, and every card's topic line said u1."""
    path = tmp_path / "u1.txt"
    path.write_text(
        "山城香蕉價格崩跌？ 議員怒批「勿用謠言傷害蕉農」！\n\n"
        "2025/10/02 08:18 記者王小明／山城報導\n\n近日網路流傳山城香蕉價格崩跌的說法,議員今天出面澄清。",
        encoding="utf-8",
    )
    article = read_article(str(path))
    assert article.title == "山城香蕉價格崩跌？ 議員怒批「勿用謠言傷害蕉農」！"
    assert article.date.startswith("2025-10-02")


def test_a_papers_tag_before_the_reporters_credit_is_no_part_of_the_story(tmp_path: Path) -> None:
    """Sets 147 and 203: 广州日报讯 (全媒体记者… 通讯员…)昨天,… opened a question, and
    十堰广电讯 was asked as an institution."""
    path = tmp_path / "tag.txt"
    path.write_text(
        "# 山城生菜会开锣\n\n山城日报讯 (全媒体记者王大明 通讯员李小华)昨天,山城生菜会在坑口村开锣。\n",
        encoding="utf-8",
    )
    assert paragraphs(path) == ["昨天,山城生菜会在坑口村开锣。"]


# one short story with what is no part of it (written here): a byline opening a
# paragraph, a photo's caption, a television caption of who speaks, a sentence set out
# a clause to a line, a sub-heading and a list whose short items are no headings
_STORY_PARAGRAPHS = [
    "【記者王小明／臺南報導】臺南七股的黑面琵鷺今年來了三千多隻，創下新高。",
    "圖說：黑面琵鷺在七股溼地覓食。",
    "遊客",
    "林美玲",
    "今年特地帶孩子來看，",
    "沒想到一次看到這麼多。",
    "保育與觀光",
    "管理處表示，賞鳥亭週末開放到下午五點。",
]


def test_a_web_page_reads_as_the_same_story_saved_as_text(tmp_path: Path) -> None:
    text = "\n\n".join(["黑面琵鷺數量創新高", *_STORY_PARAGRAPHS]) + "\n"
    page = (
        "<!DOCTYPE html><html><head><title>黑面琵鷺數量創新高</title></head><body>"
        "<h1>黑面琵鷺數量創新高</h1>"
        + "".join(f"<p>{p}</p>" for p in _STORY_PARAGRAPHS)
        + "<figure><img src='a.jpg'><figcaption>賞鳥亭一景</figcaption></figure>"
        "<ul><li>賞鳥亭</li><li>停車場</li></ul></body></html>"
    )
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    (tmp_path / "story.html").write_text(page, encoding="utf-8")
    as_text = read_article(tmp_path / "story.txt")
    as_page = read_article(tmp_path / "story.html")
    story = [(b.kind, b.text) for b in as_text.blocks]
    assert story == [
        (BlockKind.HEADING, "黑面琵鷺數量創新高"),
        (BlockKind.PARAGRAPH, "臺南七股的黑面琵鷺今年來了三千多隻，創下新高。"),
        (BlockKind.PARAGRAPH, "今年特地帶孩子來看，沒想到一次看到這麼多。"),
        (BlockKind.HEADING, "保育與觀光"),
        (BlockKind.PARAGRAPH, "管理處表示，賞鳥亭週末開放到下午五點。"),
    ]
    assert [(b.kind, b.text) for b in as_page.blocks] == [
        *story,
        (BlockKind.PARAGRAPH, "賞鳥亭"),  # a list's items: no headings
        (BlockKind.PARAGRAPH, "停車場"),
    ]
    assert "賞鳥亭一景" not in " ".join(b.text for b in as_page.blocks)


def test_a_broadcast_scripts_marks_and_speaker_lines_are_no_story(tmp_path: Path) -> None:
    path = tmp_path / "script.txt"
    path.write_text(
        "女子水球隊奪冠\n\n【解說】中國隊昨晚以十二比七勝出，第三次奪得冠軍。\n\n"
        "【同期】水球隊隊員 林小美\n\n我們這幾天一直在看錄影，所以信心很足。\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert [(b.kind, b.text) for b in article.blocks] == [
        (BlockKind.HEADING, "女子水球隊奪冠"),
        (BlockKind.PARAGRAPH, "中國隊昨晚以十二比七勝出，第三次奪得冠軍。"),
        (BlockKind.PARAGRAPH, "我們這幾天一直在看錄影，所以信心很足。"),
    ]


@pytest.mark.parametrize("tag", ["三秦都市報-三秦網訊", "長城網·冀雲客戶端訊", "中國時報"])
def test_a_papers_tag_with_a_dash_or_a_dot_goes_with_its_byline(tmp_path: Path, tag: str) -> None:
    path = tmp_path / "tag.txt"
    path.write_text(
        f"山楂豐收\n\n{tag}(記者 王小明 通訊員 李華)金色的秋天，村民忙著採收山楂。\n",
        encoding="utf-8",
    )
    assert paragraphs(path) == ["金色的秋天，村民忙著採收山楂。"]
