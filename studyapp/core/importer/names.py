"""What a Chinese person's name looks like.

jieba's tagger calls many words names (``nr``) that are not: 屈居亞軍 (finished
second), 博士後 (postdoc), 滑雪 (skiing); and it runs a name into the verb after
it (徐夢桃出｜生於). A Chinese name is a surname and one or two given characters,
so a longer "name" opening with a single surname is either a name with the first
character of the next word stuck to it, or no name at all.
"""

from __future__ import annotations

# the commonest Chinese surnames (both scripts): a three-character word the tagger
# calls a name and that opens with one is a person's full name (王小明, 張弥曼)
SURNAMES = frozenset(
    "王李張张劉刘陳陈楊杨黃黄趙赵吳吴周徐孫孙馬马朱胡郭何林羅罗高鄭郑梁謝谢宋唐許许韓韩馮冯鄧邓"
    "曹彭曾蕭萧田董潘袁蔡蔣蒋余于杜葉叶程魏蘇苏呂吕丁任沈姚盧卢姜崔鍾钟譚谭陸陆汪范金石廖賈贾"
    "夏韋韦付方白鄒邹孟熊秦邱江尹薛閻阎段雷侯龍龙史陶黎賀贺顧顾毛郝龔龚邵萬万錢钱嚴严覃武戴莫孔"
    "向湯汤常溫温康施文牛樊葛邢安齊齐易喬乔伍龐庞顏颜倪莊庄聶聂章魯鲁岳翟殷詹申歐欧耿關关蘭兰焦"
    "俞左柳甘祝包寧宁尚符舒阮柯紀纪梅童凌畢毕單单季裴霍涂成苗谷盛曲翁冉駱骆藍蓝路游辛靳管柴蒙鮑鲍"
    "華华喻祁蒲房滕屈饒饶解牟艾尤陽阳時时穆農农司卓古吉繆缪簡简車车項项連连蘆芦麥麦褚婁娄竇窦戚岑"
    "景黨党宮宫費费卜冷晏席衛卫米柏宗瞿桂全佟應应臧閔闵苟鄔邬邊边卞姬師师和仇欒栾隋商刁沙榮荣巫寇"
    "桑郎甄叢丛仲虞敖鞏巩明佘池查麻苑遲迟鄺邝閆闫"
    "肖洪賴赖傅"
)
COMPOUND_SURNAMES = frozenset(
    ["歐陽", "欧阳", "司馬", "司马", "諸葛", "诸葛", "上官", "東方", "东方", "皇甫", "令狐", "夏侯",
     "公孫", "公孙", "慕容", "長孫", "长孙", "宇文", "司徒", "端木", "尉遲", "尉迟", "軒轅", "轩辕"]
)  # fmt: skip
# characters foreign names are written with (伯格曼, 阿爾伯特): a "name" made of
# these only may be a transliteration of any length
TRANSLITERATION = frozenset(
    "阿埃艾愛爱安奧奥巴拜邦貝贝本比彼波伯博布查達达戴黛丹道德登迪蒂杜敦多厄恩法凡菲費费芬弗福"
    "蓋盖甘岡冈戈哥格古瓜哈海漢汉豪赫黑亨洪胡華华霍基吉加迦賈贾傑杰金卡凱凯坎康考柯科克肯庫库"
    "拉萊莱蘭兰朗勞劳勒雷蕾里利莉林琳隆盧卢魯鲁倫伦羅罗洛馬马瑪玛邁迈麥麦曼梅門门蒙米密明莫姆"
    "穆納纳娜奈內内尼涅紐纽諾诺歐欧帕派潘佩彭皮普齊齐奇契喬乔切欽钦瓊琼秋讓让若薩萨塞賽赛桑森"
    "沙莎山尚舍施史士斯松蘇苏索塔泰坦湯汤唐特提汀通圖图托瓦萬万威韋韦維维溫温文沃烏乌伍武西希"
    "錫锡席夏謝谢辛休許许雅亞亚揚扬耶伊依英尤約约贊赞澤泽扎詹珍朱茲兹佐"
    "爾尔遜逊夫捷狄竇窦雪修強强頓顿丁奎懷怀寧宁坎沃維维納纳茨伯埃扬尼卓"
)


def is_chinese_name(text: str) -> bool:
    """A three-character word opening with a common surname: 王小明, 張弥曼; not one
    ending in what names a thing or a place (石銘碑, 林家站)."""
    return (
        len(text) == 3
        and text[0] in SURNAMES
        and text[2] not in _THING_ENDS
        and all(is_han(ch) for ch in text)
    )


def names_a_thing(text: str) -> bool:
    """Does the word end as the name of a thing or place does (南之路, 石銘碑)?"""
    return bool(text) and text[-1] in _THING_ENDS


# last characters of the names of things and places, never of a person's given name
_THING_ENDS = frozenset(
    "碑館馆站路橋桥廟庙寺樓楼塔灣湾街巷鎮镇鄉乡縣县區区廠厂局處处隊队廳厅殿島岛礁洞"
)


def may_be_a_name(text: str) -> bool:
    """Could ``text`` (a word the tagger calls a person) be a person's name? Not when
    it is four or more Chinese characters, unless it opens with a compound surname
    or is a transliteration: a Chinese name is a surname and one or two characters,
    so 屈居亞軍 (finished second), 烏雲密布 and 今天上午 are no names. Shorter words
    are left to the tagger."""
    if len(text) < 4 or not all(is_han(ch) for ch in text):
        return True
    return text[:2] in COMPOUND_SURNAMES or all(ch in TRANSLITERATION for ch in text)


def is_han(ch: str) -> bool:
    """A Chinese character (CJK unified ideographs and extension A)."""
    return "\u3400" <= ch <= "\u9fff"
