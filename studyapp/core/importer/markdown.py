"""Markdown and plain text as blocks: headings and paragraphs, markup removed."""

from __future__ import annotations

import re

from studyapp.core.importer.article import Block, BlockKind
from studyapp.core.importer.metadata import ends_sentence
from studyapp.core.importer.names import COMPOUND_SURNAMES, SURNAMES

_ATX_RE = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_NUMBERED_HEADING_RE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十百\d]+[章節节部分])\S"
)
_RULE_RE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
_FENCE_RE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_SHORTCODE_RE = re.compile(r"\{\{[<%].*?[%>]\}\}")
_IMAGE_RE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK_TARGET_RE = re.compile(r"\]\((?:[^()\s]|\([^)\s]*\))*\)")
_URL_RE = re.compile(r"(?:https?|ftp)://[^\s<>\[\]()（）「」\"']+|www\.[^\s<>\[\]()（）「」\"']+")
_AUTOLINK_RE = re.compile(r"<(https?://[^>]+)>")
_TAG_RE = re.compile(r"</?[A-Za-z][^>]*>")
# emphasis, but not the stars of a grade (5**) nor a run's later characters
_EMPHASIS_RE = re.compile(r"(?<![0-9*_~`])(\*\*|__|\*|_|~~|`)(?=\S)(.+?)(?<=\S)\1")
_LIST_RE = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+")
_QUOTE_RE = re.compile(r"^\s{0,3}>\s?")
_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~\"'])")
# a byline opening a paragraph: 【記者 王小明／臺北報導】, (中央社記者王小明臺北29日電)
_BYLINE_RE = re.compile(
    r"^\s*(?:[\u3400-\u9fff]{2,10}(?:訊|讯)\s*)?"  # the paper's tag before it: 广州日报讯 (记者…)
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
_CREDIT_END_RE = re.compile(
    r"(?<=[。！？!?」”])\s*[\u3400-\u9fff]{0,8}(?:記者|记者)[\u3400-\u9fff\s/／、]{2,30}"
    r"(?:報導|报导|报道)\s*$"
)
SUBHEADING_MAX = 24  # characters: a line standing alone, shorter, not a sentence: a heading


def markdown_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    para: list[str] = []
    marked = False  # the paragraph is a list item or a quotation
    fence = ""

    def flush() -> None:
        nonlocal marked
        if para:
            joined = _BYLINE_RE.sub("", inline_text(join_lines(para)), count=1)
            joined = _PHOTO_CREDIT_END_RE.sub("", joined)
            joined = _CREDIT_END_RE.sub("", joined)
            if _CAPTION_RE.match(joined):
                pass  # 图为:群众观看戏曲表演: a photo's caption, neither heading nor story
            elif not marked and (role_above := _speaker_caption(para, blocks)) is not None:
                del blocks[len(blocks) - role_above :]  # 游客｜罗蓉 above what she said: no story
            elif (
                joined
                and len(para) == 1
                and not marked
                and (_subheading(joined) or (not blocks and _exclaimed_headline(joined)))
            ):
                blocks.append(Block(BlockKind.HEADING, joined, 2))
            elif joined:
                blocks.append(Block(BlockKind.PARAGRAPH, joined))
            para.clear()
        marked = False

    for raw in text.split("\n"):
        if fence:
            if raw.strip().startswith(fence):
                fence = ""
            continue
        fm = _FENCE_RE.match(raw)
        if fm:
            flush()
            fence = fm.group(1)[:3]
            continue
        line = _SHORTCODE_RE.sub("", raw)
        if not line.strip() or _RULE_RE.match(line):
            flush()
            continue
        heading = _ATX_RE.match(line)
        if heading:
            flush()
            title = inline_text(heading.group(2))
            if title:
                blocks.append(Block(BlockKind.HEADING, title, len(heading.group(1))))
            continue
        if (
            not para
            and len(line.strip()) <= 40
            and _NUMBERED_HEADING_RE.match(line)
            and not _ends_sentence(line)
        ):
            blocks.append(Block(BlockKind.HEADING, inline_text(line), 2))
            continue
        is_item = bool(_LIST_RE.match(line))
        quoted = bool(_QUOTE_RE.match(line))
        line = _QUOTE_RE.sub("", line)
        if is_item:
            flush()
            line = _LIST_RE.sub("", line)
        marked = marked or is_item or quoted
        para.append(line)
    flush()
    return _clauses_joined(blocks)


_CAPTION_NAME_RE = re.compile(r"[\u3400-\u9fff]{2,4}")
_CAPTION_ROLE_MAX = 24  # characters: 溪尾镇坎下村蓝莓采摘园负责人
_CAPTION_ALONE_ROLE_MAX = 8  # characters: 游客, 村民, 市民 on a line of its own


def _speaker_caption(lines: list[str], blocks: list[Block]) -> int | None:
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
_ITEM_NUMBER_RE = re.compile(r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．)）]|\s*[（(]")


def _clauses_joined(blocks: list[Block]) -> list[Block]:
    """``blocks`` with a paragraph whose last clause goes on (it ends in ， or 、) joined
    with the paragraph after it: one sentence set out line by line is read as one."""
    out: list[Block] = []
    for block in blocks:
        last = out[-1] if out else None
        if (
            last is not None
            and last.kind is BlockKind.PARAGRAPH
            and block.kind is BlockKind.PARAGRAPH
            and last.text.rstrip().endswith(_CLAUSE_GOES_ON)
            and not _ITEM_NUMBER_RE.match(block.text)
        ):
            out[-1] = Block(BlockKind.PARAGRAPH, last.text.rstrip() + block.text.lstrip())
        else:
            out.append(block)
    return out


def _subheading(text: str) -> bool:
    """A line standing alone between blank lines that is short and does not end as a
    sentence does and has no clause break (最大的射電望遠鏡): a heading, not a
    sentence to draft from."""
    return (
        len(text) <= SUBHEADING_MAX
        and not ends_sentence(text)
        and not any(mark in text for mark in "，,；;。")
        and not text.rstrip().endswith(_GOES_ON)
    )


# how a line ends whose sentence goes on in the next one (引进青梅新品种、｜提高…): a
# broadcast script or a poem-like feature sets each clause on a line of its own
_CLAUSE_GOES_ON = ("、", "，", ",")  # (not ；: it ends an item of a list, 1、…; 2、…;)
_GOES_ON = (*_CLAUSE_GOES_ON, "；", ";", "…", "...")


def _exclaimed_headline(text: str) -> bool:
    """The text's first line, short, ending with ! or ?, with no clause break
    (家门口有火龙果采摘基地了!快来采摘吧!): a headline that cries out, not a sentence."""
    return (
        len(text) <= SUBHEADING_MAX
        and text.rstrip()[-1:] in "!?！？"
        and not any(mark in text for mark in "，,；;。")
    )


def _ends_sentence(line: str) -> bool:
    return line.rstrip()[-1:] in "。！？!?.；;：:，,"


def inline_text(line: str) -> str:
    """Markdown inline syntax to plain text."""
    line = _IMAGE_RE.sub("", line)
    line = _LINK_TARGET_RE.sub("]", line)
    line = _AUTOLINK_RE.sub("", line)
    line = _URL_RE.sub("", line)
    line = line.replace("[", "").replace("]", "")
    line = _TAG_RE.sub("", line)
    for _ in range(3):
        line = _EMPHASIS_RE.sub(lambda m: m.group(2), line)
    line = _ESCAPE_RE.sub(lambda m: m.group(1), line)
    return re.sub(r"[ \t\u00a0]{2,}", " ", line).strip()


def join_lines(lines: list[str]) -> str:
    """Join a hard-wrapped paragraph: a space only between two Latin words."""
    out = ""
    for line in (ln.strip() for ln in lines):
        if not line:
            continue
        if out and not (is_cjk(out[-1]) or is_cjk(line[0])):
            out += " "
        out += line
    return out


def is_cjk(ch: str) -> bool:
    return (
        "\u2e80" <= ch <= "\u9fff"
        or "\uf900" <= ch <= "\ufaff"
        or "\u3000" <= ch <= "\u303f"
        or "\uff00" <= ch <= "\uffef"
    )
