"""The words that stand beside a person's name: offices, ranks, professions and
forms of address, in both scripts, kept by where they stand.

Where a title stands decides what it says about the words next to it, so one list
for every use would be wrong (round fourteen tried their union: 參賽選手 became a
person, asked with 誰):

- *before* a name (院士文聖常, 創辦人楊添賜, 代理縣長林茂盛): :data:`BEFORE_A_NAME`,
  the widest, for a profession introduces a name too (記者林小明, 導演李安);
- *after* a name (林鄭月娥司長, 王局長): :data:`AFTER_A_NAME`, offices and honorifics
  but no profession — a word ending in 選手 or 記者 is a role, not a person;
- a short word that is a person by its title alone (陳教授, 林先生):
  :data:`HONORIFICS`, the narrowest — 副主任 and 管委會主任 are posts;
- *after a bare surname* (楊副支隊長, 洪小姐): :data:`AFTER_A_SURNAME`, a form of
  address or an office.

A title goes into the group that says where it may stand; the four lists are built
from the groups, so a title is written once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# forms of address that also honour a name (林先生, 陳醫師) …
_POLITE = _words("先生 小姐 女士")
_PROFESSIONS_ADDRESSED = _words("老師 老师 醫師 医师")
# … and all the forms of address after a surname: how the news speaks of someone it
# does not name
FORMS_OF_ADDRESS = (
    *_POLITE,
    *_PROFESSIONS_ADDRESSED,
    *_words("老先生 老太太 太太 阿姨 伯伯 奶奶 爺爺 爷爷"),
)
# titles that make a short word a person by themselves, before or after a name
_HONOURED = _words(
    "教授 博士 總統 总统 國王 国王 皇帝 將軍 将军 主席 總理 总理 部長 部长 首相 "
    "市長 市长 校長 校长 教練 教练 律師 律师"
)
# offices and posts beside a name, before or after it; alone they name a post
_OFFICES = _words(
    "研究員 研究员 院長 院长 所長 所长 局長 局长 主任 董事長 董事长 執行長 执行长 "
    "總經理 总经理 經理 经理 院士 警官 醫生 医生 法官 書記 书记 議員 议员 隊長 队长 "
    "支隊長 支队长 大隊長 大队长 縣長 县长 區長 区长 鄉長 乡长 鎮長 镇长 村長 村长 "
    "處長 处长 署長 署长 司長 司长 會長 会长 社長 社长 廠長 厂长 行長 行长 委員 委员"
)
# words only a name follows: professions and roles (記者林小明; 參賽選手 is no one),
# posts the news writes only before a name, and kinship (之子)
_BEFORE_ONLY = _words(
    "副教授 副研究員 副研究员 創辦人 创办人 記者 记者 選手 选手 球員 球员 作家 導演 导演 "
    "演員 演员 歌手 總監 总监 理事長 理事长 立委 主委 省長 省长 廳長 厅长 "
    "之子 之女 兒子 儿子 女兒 女儿"
)

HONORIFICS = frozenset((*_HONOURED, *_POLITE, *_PROFESSIONS_ADDRESSED))
AFTER_A_NAME = HONORIFICS | frozenset(_OFFICES)
BEFORE_A_NAME = frozenset((*_HONOURED, *_OFFICES, *_BEFORE_ONLY, *_PROFESSIONS_ADDRESSED))
# after a bare surname: a form of address, or an office (楊副支隊長, 林局長)
_SURNAME_OFFICES = _words(
    "支隊長 支队长 大隊長 大队长 隊長 队长 局長 局长 處長 处长 所長 所长 院長 院长 "
    "校長 校长 主任 經理 经理 警官 教授 院士 書記 书记 市長 市长 縣長 县长 鎮長 镇长 "
    "村長 村长"
)


def alternation(words: Iterable[str]) -> str:
    """A regular-expression alternation of ``words``, longest first (so 副支隊長 is
    tried before 支隊長), each once."""
    return "|".join(sorted(set(words), key=lambda w: (-len(w), w)))


FORM_OF_ADDRESS = alternation(FORMS_OF_ADDRESS)
AFTER_A_SURNAME = r"(?:" + FORM_OF_ADDRESS + r"|副?(?:" + alternation(_SURNAME_OFFICES) + r"))"

BEFORE_A_NAME_END_RE = re.compile(f"(?:{alternation(BEFORE_A_NAME)})$")
AFTER_A_NAME_END_RE = re.compile(f"(?:{alternation(AFTER_A_NAME)})$")
HONORIFIC_END_RE = re.compile(f"(?:{alternation(HONORIFICS)})$")
