"""A saved web page: its article is read, not the page around it (menus, teasers of
other stories, comments, the footer), and its headline is its title without the
site's name. The pages here are written for the tests, laid out as news portals lay
theirs out."""

from __future__ import annotations

from studyapp.core.importer.article import ArticleFormat, BlockKind
from studyapp.core.importer.reading import parse_article_text

_STORY = [
    "臺南七股的黑面琵鷺今年來了三千多隻，比去年多出四百隻，創下有紀錄以來的新高。",
    "管理處表示，溼地去年整治完成，魚塭放水後，鳥群覓食的地方變多了。",
    "賞鳥亭週末開放到下午五點，志工會在現場借望遠鏡給遊客，並解說琵鷺的習性。",
]
_TEASERS = [  # other stories' teasers, each a sentence with clause marks, all links
    "高雄港今年貨櫃量回升，碼頭工人加班趕工，港務公司說明年還會再增加。",
    "花蓮太魯閣步道重新開放，遊客排隊入園，管理站提醒注意落石。",
    "台中捷運綠線延伸段動工，市府表示，五年後完工通車。",
]
_COMMENTS = [
    "我上週才去過，真的很多鳥，不過停車位太少了，建議早點去。",
    "希望政府繼續保護溼地，不要再開發了，這是大家的資產。",
]


def _portal(story_divs: list[list[str]]) -> str:
    teasers = "".join(f'<li><a href="/n{i}">{t}</a></li>' for i, t in enumerate(_TEASERS))
    comments = "".join(f'<div class="comment-item"><p>{c}</p></div>' for c in _COMMENTS)
    body = "".join(
        '<div class="post_text">' + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div>"
        for paragraphs in story_divs
    )
    return (
        "<!DOCTYPE html><html><head><title>黑面琵鷺數量創新高_地方新聞_某某新聞網</title>"
        "</head><body>"
        '<div class="top-menu"><a href="/">首頁</a> <a href="/local">地方</a> '
        '<a href="/login">登入</a></div>'
        '<div class="main"><h1>黑面琵鷺數量創新高</h1>'
        '<div class="info">2024-01-05 10:20 來源：某某新聞網</div>'
        f"{body}"
        '<div class="share">分享到：<a href="#">臉書</a> <a href="#">推特</a></div>'
        "</div>"
        f'<div class="side related"><h3>相關新聞</h3><ul>{teasers}</ul></div>'
        f'<div class="comments"><h3>網友評論</h3>{comments}</div>'
        '<div class="footer"><p>本網站所有內容，未經授權不得轉載，違者必究。</p></div>'
        "</body></html>"
    )


def _read(page: str) -> tuple[str, list[tuple[BlockKind, str]]]:
    article = parse_article_text(page, "page.html", ArticleFormat.HTML)
    return article.title, [(b.kind, b.text) for b in article.blocks]


def test_only_the_article_of_a_news_page_is_read() -> None:
    title, blocks = _read(_portal([_STORY]))
    assert title == "黑面琵鷺數量創新高"  # the site's name after it is gone
    assert blocks == [(BlockKind.PARAGRAPH, p) for p in _STORY]


def test_a_story_split_in_two_parts_is_read_whole() -> None:
    _, blocks = _read(_portal([_STORY[:2], _STORY[2:]]))
    assert [text for _, text in blocks] == _STORY


def test_links_inside_the_article_are_left_out() -> None:
    related = '<p><a href="/a">延伸閱讀：高雄港今年貨櫃量回升，碼頭工人加班趕工</a></p>'
    page = _portal([_STORY]).replace(f"<p>{_STORY[1]}</p>", f"<p>{_STORY[1]}</p>{related}")
    _, blocks = _read(page)
    assert [text for _, text in blocks] == _STORY


def test_a_page_without_prose_is_kept_whole() -> None:
    page = (
        "<html><head><title>今日行程</title></head><body>"
        "<div><p>早上九點出發。</p><p>中午吃虱目魚。</p></div>"
        "<div><p>下午去賞鳥。</p></div></body></html>"
    )
    _, blocks = _read(page)
    assert [text for _, text in blocks] == ["早上九點出發。", "中午吃虱目魚。", "下午去賞鳥。"]


def test_a_title_cut_short_is_the_headline_it_begins() -> None:
    page = _portal([_STORY]).replace(
        "<title>黑面琵鷺數量創新高_地方新聞_某某新聞網</title>", "<title>黑面琵鷺數量</title>"
    )
    title, _ = _read(page)
    assert title == "黑面琵鷺數量創新高"


def test_a_page_nested_deeper_than_any_real_one_still_reads() -> None:
    paragraph = f"<p>{_STORY[0]}</p>"
    page = "<html><body>" + "<div><span>" * 400 + paragraph + "</span></div>" * 400
    _, blocks = _read(page + "</body></html>")
    assert blocks == [(BlockKind.PARAGRAPH, _STORY[0])]


def test_a_label_before_the_articles_first_paragraph_heads_nothing() -> None:
    page = _portal([_STORY]).replace(
        '<div class="post_text">', '<div class="post_text"><p>圖集</p><p>2024-01-05</p>'
    )
    article = parse_article_text(page, "page.html", ArticleFormat.HTML)
    assert [b.text for b in article.blocks] == _STORY  # no 圖集 above every card


def test_a_sub_heading_inside_the_article_is_kept() -> None:
    page = _portal([_STORY]).replace(f"<p>{_STORY[2]}</p>", f"<p>賞鳥須知</p><p>{_STORY[2]}</p>")
    _, blocks = _read(page)
    assert (BlockKind.HEADING, "賞鳥須知") in blocks


def test_class_names_are_read_as_words() -> None:
    from studyapp.core.importer.page_body import hint_of

    assert hint_of("post_text") > 0 and hint_of("articleContent") > 0
    assert hint_of("hotnews") < 0 and hint_of("left-side") < 0 and hint_of("ad-box") < 0
    # a word that only holds a page's furniture word inside it says nothing
    assert hint_of("photo") == hint_of("inside") == hint_of("address") == 0
