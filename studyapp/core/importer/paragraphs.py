"""What a paragraph of an article is to the importer, whichever format it came in:
story, a heading, or no part of the story (a photo's caption, a caption of who
speaks, credits around it); and one sentence set out a clause to a line, read as one.

Shared by :mod:`.markdown` (plain text and Markdown) and :mod:`.html_text`, so that
an article reads the same whether it was saved as text or as a web page.
"""

from __future__ import annotations

import re

from studyapp.core.importer.article import Block, BlockKind
from studyapp.core.importer.credits import (
    is_caption,
    is_speaker_line,
    speaker_caption,
    without_credits,
)
from studyapp.core.importer.metadata import ends_sentence

SUBHEADING_MAX = 24  # characters: a line standing alone, shorter, not a sentence: a heading


def add_paragraph(
    blocks: list[Block],
    text: str,
    lines: list[str],
    *,
    marked: bool = False,
    headline_first: bool = False,
) -> None:
    """Add to ``blocks`` the paragraph ``text`` (made of ``lines``, as they stood)
    without its credits, as what it is: a heading when it is one short line that is
    no sentence; nothing when it is a photo's caption, or a caption of who speaks
    (which also takes the role standing above it from ``blocks``); else a paragraph.
    ``marked``: a list's item or a quotation, which is never a heading nor a caption
    of who speaks. ``headline_first``: the article's first line is its headline (plain
    text and Markdown), which may cry out (家门口有火龙果采摘基地了!快来采摘吧!)."""
    if is_speaker_line(text):
        return  # 【同期】中国女子水球运动员 鹿译文: who is heard next, no story
    text = without_credits(text)
    if not text or is_caption(text):
        return  # 图为:群众观看戏曲表演: a photo's caption, neither heading nor story
    if not marked and (role_above := speaker_caption(lines, blocks)) is not None:
        del blocks[len(blocks) - role_above :]  # 游客｜罗蓉 above what she said: no story
        return
    if (
        len(lines) == 1
        and not marked
        and (_subheading(text) or (headline_first and not blocks and _exclaimed_headline(text)))
    ):
        blocks.append(Block(BlockKind.HEADING, text, 2))
    else:
        blocks.append(Block(BlockKind.PARAGRAPH, text))


_ITEM_NUMBER_RE = re.compile(r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．)）]|\s*[（(]")


def clauses_joined(blocks: list[Block]) -> list[Block]:
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
