"""Who made an article, not what it says: bylines, reporters' and photographers'
credits, photos' captions, a television report's captions of who speaks.

One home for them at each depth the importer reads:

- a paragraph (:func:`without_credits`, :func:`is_caption`, :func:`speaker_caption`),
  used alike by the plain-text and Markdown reader and by the HTML reader;
- a line (:func:`is_byline`): a byline titles nothing;
- a sentence (:func:`sentence_without_credits`, :func:`is_credit_sentence`), the last
  look before a sentence is drafted from.
"""

from __future__ import annotations

import re

from studyapp.core.importer.article import Block, BlockKind
from studyapp.core.importer.names import COMPOUND_SURNAMES, SURNAMES
from studyapp.core.importer.segment import tokens

# a byline opening a paragraph: 【記者 王小明／臺北報導】, (中央社記者王小明臺北29日電)
_PARAGRAPH_BYLINE_RE = re.compile(
    # the paper's tag before it: 广州日报讯 (记者…), 三秦都市报-三秦网讯, 长城网·冀云客户端讯,
    # or its name: 中國時報【甘嘉雯╱桃園報導】
    r"^\s*(?:[\u3400-\u9fff](?:[\u3400-\u9fff]|[-－·‧・](?=[\u3400-\u9fff])){1,16}(?:訊|讯)\s*"
    r"|[\u3400-\u9fff]{1,8}(?:報|报|新聞|新闻|網|网|社|台)\s*)?"
    r"[【\[（(〔](?=[^】\]）)〕]{0,40}(?:記者|记者|報導|报导|报道|編譯|编译|特派員|特派员|日電|日电))"
    r"[^】\]）)〕]{1,40}[】\]）)〕]\s*"
)
# a photo's caption standing as a paragraph: 图为:…, 圖說：…, （圖／…）
_CAPTION_RE = re.compile(
    r"^\s*[（(]?\s*(?:图为|圖為|圖說|图说|圖片|图片|圖／|图／|圖/|图/|圖：|图：|圖:|图:)"
    r"|^\s*[（(][^）)]{0,12}(?:來源|来源)[^）)]{0,16}[）)]\s*$"  # (新聞資料來源 : 中央社)
    # a byline standing alone (本报记者 徐 斌), a photo's line closing with its credit (…(本报记者 徐斌摄))
    r"|^\s*[\u3400-\u9fff]{0,6}?(?:記者|记者|通訊員|通讯员)[\s\u3400-\u9fff、/／:：︰]{1,16}$"
    # a photo's line marked as one (▲紅帽子為…), a photo's credit alone (新华社资料图, 受訪者供圖)
    r"|^\s*[▲△▼▽]"
    r"|^\s*[（(]?[\u3400-\u9fff]{0,12}(?:資料圖|资料图|資料照片|资料照片|資料照|资料照|供圖|供图)[）)]?\s*$"
    r"|^.{0,40}[（(][^）)]{0,20}[攝摄][）)]\s*$"
    # a credit line of names: 13:05:00 / 陳建邦 邱君萍 許文男 報導 /
    r"|^[\d:：\s/／-]*[\u3400-\u9fff\s/／、]{2,30}(?:報導|报导|报道)[\s/／]*$"
    # …or an author's credit in brackets: (作者:于德鑫 朱甲敏)
    r"|^\s*[（(]\s*(?:作者|文|圖|图|攝影|摄影|編輯|编辑|責編|责编)\s*[:：︰/／]"
    r"[\s\u3400-\u9fff·、/／]{1,24}[）)]\s*$"
    # …or a photo's line closing with its photographer: 农户在摘捡花生 摄影 张泽慧
    r"|^[^。！？!?]{0,40}\s(?:攝影|摄影)\s*[:：︰]?\s*[\u3400-\u9fff·]{2,5}\s*$"
    # a photo's line closing with its credit after a space: 向日葵竞相绽放 张晓娇 摄
    r"|^[^。！？!?]{0,40}\s[\u3400-\u9fff·]{2,5}\s?[/／]?[攝摄]\s*$"
    # a paper's source line: 《 人民日报 》( 2024年02月21日 12 版)
    r"|^\s*《[^》]{1,12}》\s*[（(][^）)]{0,24}[版][）)]\s*$"
)
# a photo's credit closing a paragraph: …前往搶購。圖片來源:中央社
_PHOTO_CREDIT_END_RE = re.compile(
    r"(?<=[。！？!?」”])\s*(?:圖片來源|图片来源|圖片提供|图片提供|圖／|图／)[:：]?\s*\S{1,20}$"
)
# the reporters' credit closing the last paragraph: …十几个国家。  半岛全媒体记者 徐杰 通讯员 王平 报道
_PARAGRAPH_CREDIT_END_RE = re.compile(
    r"(?<=[。！？!?」”])\s*[\u3400-\u9fff]{0,8}(?:記者|记者)[\u3400-\u9fff\s/／、]{2,30}"
    r"(?:報導|报导|报道)\s*$"
)


# a broadcast script's mark of who is heard (【解说】 the narrator, 【同期】 someone filmed)
_SCRIPT_MARK_RE = re.compile(
    r"^\s*【(?:解说|解說|同期|同期声|同期聲|现场声|現場聲|导语|導語|画外音|畫外音|口播|正文)】\s*"
)


def without_credits(paragraph: str) -> str:
    """``paragraph`` without the byline opening it (【記者 王小明／臺北報導】), a
    broadcast script's mark (【解说】) and the photo's or reporters' credit closing it
    (…。圖片來源:中央社)."""
    text = _SCRIPT_MARK_RE.sub("", paragraph, count=1)
    text = _PARAGRAPH_BYLINE_RE.sub("", text, count=1)
    text = _PHOTO_CREDIT_END_RE.sub("", text)
    return _PARAGRAPH_CREDIT_END_RE.sub("", text)


def is_caption(paragraph: str) -> bool:
    """Is ``paragraph`` a photo's caption or a credit standing alone (图为:…, 圖／…,
    本报记者 徐 斌): neither heading nor story?"""
    return bool(_CAPTION_RE.match(paragraph))


def is_speaker_line(paragraph: str) -> bool:
    """Is ``paragraph`` a broadcast script's line of who is heard next (【同期】中国女子
    水球运动员 鹿译文), what they said following it: neither heading nor story?"""
    return bool(_SPEAKER_LINE_RE.match(paragraph))


# 【同期】 and who is heard, alone on its line
_SPEAKER_LINE_RE = re.compile(r"^\s*【(?:同期|同期声|同期聲)】[^，,。；;！!？?「」“”:：]{0,30}$")


_CAPTION_NAME_RE = re.compile(r"[\u3400-\u9fff]{2,4}")
_CAPTION_ROLE_MAX = 24  # characters: 溪尾镇坎下村蓝莓采摘园负责人
_CAPTION_ALONE_ROLE_MAX = 8  # characters: 游客, 村民, 市民 on a line of its own


def speaker_caption(lines: list[str], blocks: list[Block]) -> int | None:
    """Are ``lines`` a television report's caption of who speaks (游客｜阮亚轩;
    溪尾镇坎下村党支部书记｜杨勤福): a person's name under a short line of who they are,
    no punctuation? If so, how many of the ``blocks`` before it belong to it: a role
    standing alone just before a name (游客, then 罗蓉) was taken for a heading. None
    when they are no caption."""
    lines = [line.strip() for line in lines if line.strip()]
    if not 1 <= len(lines) <= 2 or any(mark in "".join(lines) for mark in _SENTENCE_MARKS):
        return None
    name = lines[-1]
    if not _CAPTION_NAME_RE.fullmatch(name) or not (
        name[0] in SURNAMES or name[:2] in COMPOUND_SURNAMES
    ):
        return None
    if len(lines) == 2:
        return 0 if len(lines[0]) <= _CAPTION_ROLE_MAX else None
    role = blocks[-1] if len(blocks) >= 2 else None
    if (
        role is None
        or role.kind is not BlockKind.HEADING
        or len(role.text) > _CAPTION_ALONE_ROLE_MAX
    ):
        return None
    return 1


_SENTENCE_MARKS = "，,；;。：:！!？?、「」“”（）()《》"


# a line saying who wrote, edited or reported the article: 記者陳銀全∕台南報導, 文／王小明,
# 編輯︰紀小婷
_LINE_BYLINE_RE = re.compile(
    r"(?:記者|记者|撰文|採訪|采访|編譯|编译)[^，。,]{0,16}(?:報導|报道|報道|綜合|综合|[/／∕])|^\s*文\s*[/／∕]"
    r"|^\s*[（(〔【\[]?\s*(?:責任編輯|责任编辑|編輯|编辑|作者|撰文|攝影|摄影|記者|记者)\s*[：:︰]"
    # the whole line a role and names, set off by spaces: 作者 武一力, 記者 王小明 李華
    r"|^\s*(?:作者|撰文|攝影|摄影|記者|记者|文|圖|图)\s+[\u3400-\u9fff·]{2,4}(?:\s+[\u3400-\u9fff·]{2,4})*\s*$"
)


def is_byline(line: str) -> bool:
    """Does the line say who wrote, edited or reported the article (no title)?"""
    return bool(_LINE_BYLINE_RE.search(line))


# a live report's time stamp opening a sentence: 【12:53】
_STAMP_OR_CAPTION_RE = re.compile(
    r"^\s*[【\[(（]\d{1,2}[:：]\d{2}[】\])）]\s*"
    # …or a photo's caption and its photographer, run into the text: 签约仪式 王琨 摄 作为…
    r"|^\s*[^，,。；;：:\s]{2,24}\s+[\u3400-\u9fff]{2,4}\s*[攝摄](?:影)?\s+(?=\S)"
)
# a reporter's credit closing the last sentence: (總台記者 唐高林)
_SENTENCE_CREDIT_END_RE = re.compile(
    r"\s*[（(〔【][^（(）)〕】]{0,30}(?:記者|记者)[^（(）)〕】]{0,30}[）)〕】]\s*$"
)
# two reporters' names run together before the story: 梁素梅王瑩 昨天本報熱線…
_REPORTERS_START_RE = re.compile(
    r"\s*([\u3400-\u9fff]{4,6})\s+(?=昨天|昨日|今天|今日|前天|近日|日前|本報|本报|\d|[一二三四五六七八九十]{1,2}月)"
)


def _without_reporters(text: str) -> str:
    """``text`` without the two reporters' names a paper puts before its story, set
    off by a space (梁素梅王瑩 昨天…): two names, each a surname and one or two
    characters, and the story opening with when (昨天, 7月19日, 本報熱線…)."""
    m = _REPORTERS_START_RE.match(text)
    if m is None:
        return text
    words = tokens(m.group(1))
    if len(words) == 2 and all(w.tag == "nr" and w.text[0] in SURNAMES for w in words):
        return text[m.end() :]
    return text


# a byline, a source line or a time stamp: no sentence of the article
_CREDIT_SENTENCE_RE = re.compile(
    r"(?:來源|来源|責任編輯|责任编辑|原標題|原标题|記者|记者|攝影|摄影|編譯|编译|編輯|编辑)\s*[：:︰／/]"
    # a paper's reward for a reader's tip: 感謝李先生提供線索，獎勵30元
    r"|(?:感謝|感谢)[^。]{0,12}(?:提供(?:線索|线索|新聞線索|新闻线索)|[，,]\s*(?:獎勵|奖励)\s*\d+\s*元)"
    # a credits block, each role and its names after a bar: 编辑|密霖 审核|张晓航 终审|朱代军
    r"|(?:記者|记者|編輯|编辑|審核|审核|終審|终审|責編|责编|校對|校对|監製|监制|通訊員|通讯员)\s*[|｜]"
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}|^\s*\d{1,2}:\d{2}\s"
    r"|\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}"  # NEWS.SOHU.COM 2003年10月23日11:55 揚子晚報
    r"|(?:記者|记者)\s*[\u3400-\u9fff·]{2,5}\s*[／/]\s*[\u3400-\u9fff]{0,6}(?:報導|報道|报道|报导)"
    r"|[／/]\s*(?:文|攝|摄|圖|图)(?:\s|[／/(（]|$)"  # 曾沛雲/文 曾濱/攝: who wrote and shot it
    # a TV station's credit line: 華視新聞 黃種瀛 林品鑫 苗栗報導 / 苗栗縣
    r"|(?:^|\s)[\u3400-\u9fff]{1,8}(?:報導|報道|报道|报导)\s*(?:[／/]|$)"
)


def sentence_without_credits(sentence: str) -> str:
    """``sentence`` without a live report's time stamp or a photo's caption opening it,
    the two reporters' names before the story and a reporter's credit closing it."""
    text = _STAMP_OR_CAPTION_RE.sub("", sentence, count=1)
    text = _SENTENCE_CREDIT_END_RE.sub("", text, count=1)
    return _without_reporters(text)


def is_credit_sentence(sentence: str) -> bool:
    """Is ``sentence`` a byline, a source line or a time stamp, no sentence of the
    article (來源：…, 编辑|密霖 审核|张晓航, 曾沛雲/文)?"""
    return bool(_CREDIT_SENTENCE_RE.search(sentence))
