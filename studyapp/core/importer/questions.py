"""Turning a sentence and an answer span into a statement and a question.

Chinese asks in place: the answer span is replaced by a question word where it
stands (2015 年 → 哪一年, Dario → 誰), so the sentence becomes its own question.
A long sentence is first cut down to the clauses around the span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from studyapp.core.deck.model import AnswerKind, EntityType, Script, split_span
from studyapp.core.importer.candidates import Candidate
from studyapp.core.importer.names import is_chinese_name
from studyapp.core.importer.phrases import CAUSE_RE
from studyapp.core.importer.segment import PERSON_TAGS, tokens

MAX_STATEMENT = 60  # a longer sentence is cut to the clauses around the answer
MIN_STATEMENT = 8  # ... but keeps at least this much (more clauses when shorter)
GIST_MAX = 24
LONG_LIST_QUESTION = 40  # characters: a longer question reading out a list is too long
# a clause opening with one of these has no subject of its own: the sentence's is put before it
_NO_SUBJECT_RE = re.compile(
    r"^(?:並|并|且|也|又|還|还|則|则|但|而|卻|却|便|就|才|曾|已|將|将|被|由|於|于|位於|位于|"
    r"成為|成为|是|為|为|以|因而|與|与|和|同時|同时|更|最|仍|即|亦|都|均|皆|再|後來|后来|隨後|随后|"
    r"其後|其后|並且|并且|主要|共|先後|先后|分別|分别|一直|從|从|曾經|曾经|現|现|擔任|担任|負責|负责)"
)

_WORDS: dict[str, tuple[str, str]] = {  # (hant, hans)
    "when": ("什麼時候", "什么时候"),
    "which-year": ("哪一年", "哪一年"),
    "which-years": ("哪幾年", "哪几年"),
    "how-many": ("多少", "多少"),
    "percent": ("百分之多少", "百分之多少"),
    "who": ("誰", "谁"),
    "which-org": ("哪個機構", "哪个机构"),
    "where": ("哪裡", "哪里"),
    "what": ("什麼", "什么"),
    "which-ones": ("哪些", "哪些"),
    "where-of": ("哪裡的", "哪里的"),
    "which-org-of": ("哪個機構的", "哪个机构的"),
    "quote-tail": ("（引號中的話是什麼？）", "（引号中的话是什么？）"),
    "which-work": ("哪部作品", "哪部作品"),
    "which-law": ("哪部法律", "哪部法律"),  # a work in 《》 that is a law
    "which-paper": ("哪份報紙", "哪份报纸"),  # 《人民日報》
    "which-magazine": ("哪份雜誌", "哪份杂志"),  # 《時代》雜誌
    "which-magazine-house": ("哪家雜誌社", "哪家杂志社"),  # 《作品》雜誌社
    "which-publisher": ("哪家出版社", "哪家出版社"),
    "which-newspaper-house": ("哪家報社", "哪家报社"),
    "what-cause": ("什麼原因", "什么原因"),
    "how-long": ("多久", "多久"),
    "which-number": ("幾", "几"),
    "which-era": ("哪個時期", "哪个时期"),
    "which-group": ("哪個團體", "哪个团体"),
    "who-of": ("誰的", "谁的"),
}
_NUMERAL_RUN_RE = re.compile(
    r"[\d,，.零〇一二兩两三四五六七八九十百千萬万億亿]+(?:\s?[多餘余來来幾几])?"
)

# where a clause ends: a comma (not the one in 54,000), a semicolon, a colon (not
# the one of a score or a time, 9：5, 10:30)
CLAUSE_MARK_RE = re.compile(r"[，；;]|(?<!\d)[：:]|[：:](?!\d)|,(?!\d{3})")
_CONTENT_RE = re.compile(r"[\u3400-\u9fff]|[A-Za-z0-9]+")
MIN_PREDICATE_CONTEXT = 6  # ... and besides a whole predicate asked for
MIN_CONTEXT = 4  # characters (a Latin word or number as one) a question keeps besides its answer
# who speaks, as a TV report's transcript labels a quotation: 夜市攤商：, 民眾:
_SPEAKER_LABEL = r"\s*[^，,。；;「」“”：:]{1,12}[：:]\s*"
_SPEAKER_LABEL_RE = re.compile(_SPEAKER_LABEL)
# verbs of saying, as the news reports what someone said (the doubt model reads them too)
REPORTING_VERBS = "表示|指出|說|说|強調|强调|認為|认为|提到|透露|坦言|直言|呼籲|呼吁"
# 指 saying something, at a clause's end (孫華斌則指，…), not a finger (手指, 戒指)
_POINTS_OUT = r"(?<![手戒屈食拇中無无])指"
# words said, not a name in quotation marks: a clause, or a sentence's end
_SPOKEN_RE = re.compile(r"[，,；;]|[。！!？?…]\s*$")
# what tells who says a quotation, outside its marks: a verb of saying, a label's colon,
# what it is called or written as (口號是「……」, 寫著「……」)
_SPEAKS_RE = re.compile(
    REPORTING_VERBS + r"|笑稱|笑称|問|问|答|喊|叫|道|稱|称|寫|写|唱|念|唸|告訴|告诉|提醒|"
    r"感嘆|感叹|坦承|分享|形容|口號|口号|標語|标语|主題|主题|名為|名为|是|[：:]"
)
_TAIL_RE = re.compile(r"[。！!？?；;，,、：:…\s]+$")


@dataclass(frozen=True, slots=True)
class Phrasing:
    statement: str  # with {{span}}
    plain: str  # the statement without markers
    question: str


def word(key: str, script: Script) -> str:
    hant, hans = _WORDS[key]
    return hant if script == "hant" else hans


def clean_text(text: str) -> str:
    """No ``{{`` or ``}}`` in article text: they mark answer spans in a deck."""
    while "{{" in text or "}}" in text:
        text = text.replace("{{", "{").replace("}}", "}")
    return text


def phrase(
    sentence: str,
    cand: Candidate,
    script: Script,
    subject: tuple[int, int] | None = None,
    verbs: frozenset[int] = frozenset(),
    *,
    whole: bool = False,
) -> Phrasing | None:
    """Statement and question for ``cand``, or None when no fair question results.

    A long sentence is cut to the clauses around the answer; ``subject`` (where the
    sentence's subject stands) is put before a clause that has none of its own, so
    that the question still says what it is about (``verbs``: where the sentence's
    verbs and adverbs start; a clause opening with one has no subject). ``whole``:
    the question keeps the whole sentence (when the short one does not stand alone)."""
    start, end = (0, len(sentence)) if whole else _trim(sentence, cand)
    text = sentence[start:end]
    s, e = cand.start - start, cand.end - start
    span = text[s:e]
    if not span.strip() or "{" in span or "}" in span:
        return None
    before, after = text[:s], text[e:]
    if (
        start > 0
        and subject is not None
        and subject[1] <= start
        and subject[1] - subject[0] <= 12
        and _lacks_subject(text, start, verbs, after_semicolon=_after_semicolon(sentence, start))
    ):
        if _SPEAKER_THEN_CLAUSE_RE.search(sentence, subject[1], start):
            return None  # its subject is in what the speaker said: only the whole sentence says it
        if sentence[subject[1] : subject[1] + 1] in _LIST_MARKS:
            return None  # 徐匯、普陀…等地: the first of a list is not the whole subject
        if _nearer_subject(sentence, subject[1], start, verbs):
            return None  # …，施育佐以黑馬之姿，｜以2小時22分59秒拿下: a later clause's subject
        lead = sentence[subject[0] : subject[1]]
        before = lead + before
        text = lead + text
    if end < len(sentence):  # cut after a clause: end it as a sentence
        after = re.sub(r"[，,；;：:]\s*$", "。", after)
        text = before + span + after
    if "{" in before + after or "}" in before + after:
        return None
    if len(_CONTENT_RE.findall(before + after)) < MIN_CONTEXT:
        return None  # nothing left to point at the answer
    statement = f"{before}{{{{{span}}}}}{after}"
    labelled = _LABEL_RE.search(before)
    question: str | None
    item = _list_item(before, span, after)
    if item is not None:  # one item of a list of three or more: asked by its label
        lead, label, rest = item
        if len(_CONTENT_RE.findall(label)) < 2:
            return None  # a bare item blanked out of the list asks the reader to guess
        head = f"{lead}中，{label}" + ("" if rest or label.endswith(_COPULA_ENDS) else "是")
        rest = _ALIAS_AFTER_RE.sub(r"\1", rest, count=1)  # 潔素蒙（Jetsumon…）: gives it away
        question = _ask_candidate(head, span, rest, cand, script)
    elif labelled and cand.kind is AnswerKind.TEXT:  # 大熊貓（學名：…）: 大熊貓的學名是什麼？
        label = labelled.group("label").removeprefix("以下")
        question = _finish(f"{labelled.group('what')}的{label}是{word('what', script)}", "")
        if span.strip().casefold() in question.casefold():
            return None
    else:
        head = before if whole else _from_the_speaker(_question_head(before))
        if head.strip() in _COPULAS:
            return None  # 是什麼，…: the sentence never says what it is about
        tail = after if whole else _question_tail(before, span, after)
        if verbs and not whole:
            tail = _with_a_verb(sentence, cand, start, tail, after, verbs)
        tail = _ALIAS_AFTER_RE.sub(r"\1", tail, count=1)
        question = _ask_candidate(head, span, tail, cand, script)
    if question is None or _BARE_ASK_RE.search(question):
        return None  # 后辽（…），什么？: a clause that is only its question word asks nothing
    if _opens_a_quotation(question):
        return None  # 技正誰:「風吹過來落在那裡？: cut inside what was said, it asks nothing
    if _LABELLED_ASK_RE.fullmatch(question):
        return None  # 日本遊客：「什麼」？: a transcript's label and nothing to recall it by
    if _REPORTS_RE.search(span):
        return None  # 分析結果顯示: an answer running into its verb
    if _REPORTS_RE.search(_TAIL_RE.sub("", question)) or (
        _TOLD_RE.search(_TAIL_RE.sub("", question)) and not any(m in question for m in '“「『"')
    ):
        return None  # 哪個機構今天表示？, 誰告訴記者？: who said, without what was said
    if (
        cand.feature.value == "predicate"
        and len(_CONTENT_RE.findall(question)) - len(word("what", script)) < MIN_PREDICATE_CONTEXT
    ):
        return None  # 國儀中心什麼？: a whole predicate asked with nothing but its subject
    if question.count("、") >= 2 and len(question) > LONG_LIST_QUESTION:
        # the whole long list read out around one blank: too long to answer, unless the
        # list is only a noun's apposition (七位創辦人 A、B、…和 G) and can be left out
        question = _without_list(question)
        if question is None:
            return None
    return Phrasing(statement=statement, plain=text, question=question)


def _opens_a_quotation(question: str) -> bool:
    """Does ``question`` open a quotation it never closes (in 「」『』“”; a straight " is
    left alone, as :func:`inside_quotation` reads it by parity)?"""
    return any(question.count(o) > question.count(c) for o, c in ("「」", "『』", "“”"))


def _list_item(before: str, span: str, after: str) -> tuple[str, str, str] | None:
    """When the answer is one item of a list of three or more (…分別是 A、B、C 和 D):
    what the list is of (its lead, without 分別是), the item's words before the answer
    (its label: 加拿大發育生物學家) and after it; None for an answer outside a list."""
    lead_m = None
    for m in _ITEMS_LEAD_RE.finditer(before):
        lead_m = m
    if lead_m is None:
        return None
    start = lead_m.end()
    stop = _ITEMS_STOP_RE.search(after)
    items = before[start:] + "\0" + after[: stop.start() if stop else len(after)]
    parts = re.split(r"、", items)
    last = re.split(r"(?<=.)(?:以及|和|及|與|与|跟)(?=.)", parts[-1], maxsplit=1)
    parts = [*parts[:-1], *last]
    here = next(p for p in parts if "\0" in p)
    if len(parts) < 3 or any(not p.strip("\0 ") for p in parts if p is not here):
        return None
    if any(re.search(r"[，,；;。]", p) for p in parts):
        return None  # 共有35家合作社，從事…的公司、合作社、農場: the lead is another clause's
    label, rest = here.split("\0")
    if re.search(r"[，,；;：:。]", label + rest):
        return None  # the answer's item runs past a clause: not a plain list
    lead = _question_head(before[: lead_m.start()])
    lead = re.split(r"[，,；;：:]", lead)[-1].strip()
    if len(_CONTENT_RE.findall(lead)) < 2:
        return None
    return lead, label.strip(), rest.strip()


def _without_list(question: str) -> str | None:
    """``question`` without a list of Latin names in apposition (創辦人 Chris Olah、
    Jack Clark 和 Jared Kaplan 進行了…), or None when the list is not one."""
    m = _NAME_LIST_RE.search(question)
    if m is None:
        return None
    before, after = question[: m.start()].rstrip()[-1:], question[m.end() :].lstrip()[:1]
    if before.isascii() or before == "、" or after == "、":
        return None  # the blank is one of the list's items
    cut = question[: m.start()].rstrip() + question[m.end() :].lstrip()
    if cut.count("、") >= 2 or len(_CONTENT_RE.findall(cut)) < MIN_CONTEXT + 4:
        return None
    return cut


_LATIN_NAME = r"[A-Z][A-Za-z'\-]*(?:\s+[A-Z][A-Za-z'\-]*)*"
_NAME_LIST_RE = re.compile(
    rf"{_LATIN_NAME}(?:\s*、\s*{_LATIN_NAME}){{1,}}\s*(?:和|及|與|与|以及)\s*{_LATIN_NAME}"
)
_ITEMS_LEAD_RE = re.compile(
    r"(?:分別是|分别是|分別為|分别为|依序是|依次是|包括|包含|包括了|有|是|為|为)[：:]?"
)
_ITEMS_STOP_RE = re.compile(r"[，,；;。！？!?：:]")
_COPULA_ENDS = ("是", "為", "为")


def _after_semicolon(sentence: str, start: int) -> bool:
    return sentence[:start].rstrip()[-1:] in ("；", ";")


_LIST_MARKS = frozenset("、")
_CLAUSE_START_RE = re.compile(r"[，,；;]\s*")


def _nearer_subject(sentence: str, after: int, start: int, verbs: frozenset[int]) -> bool:
    """Does a clause between the sentence's subject (ending at ``after``) and the
    clause at ``start`` open with a person's name? A clause without a subject then
    speaks of that person (…開跑，施育佐以黑馬之姿，｜以2小時22分59秒拿下冠軍), not of
    the sentence's subject."""
    for m in _CLAUSE_START_RE.finditer(sentence, after, start):
        at = m.end()
        if at >= start:
            break
        words = [w for w in tokens(sentence[at : at + 10]) if w.tag != "x"]
        first = words[0] if words else None
        if first is not None and first.tag in PERSON_TAGS and is_chinese_name(first.text):
            return True
        speaks = len(words) >= 2 and _ANOTHER_SPEAKER_RE.fullmatch(words[1].text) is not None
        if first is not None and first.tag[:1] == "n" and speaks:
            return True  # …；醫師提醒，｜利用…: what someone else says, not the subject
    return False


def _lacks_subject(
    clause: str, start: int, verbs: frozenset[int], *, after_semicolon: bool = False
) -> bool:
    """Does a clause (at ``start`` in its sentence) open without a subject of its own?
    After a bare conjunction (但，而，則) it has one unless a verb or adverb follows.
    After a semicolon a new statement begins: only a word that leans on the subject
    before (也, 並, 曾) says it has none (全越｜運動 opens with what the tagger calls an
    adverb, and is the name of a team)."""
    m = _NO_SUBJECT_RE.match(clause)
    if m is None:
        return start in verbs and not after_semicolon
    if m.group(0) in _BARE_CONJUNCTIONS:
        return start + m.end() in verbs
    return True


# the subject said something, and what it said has a clause with a subject of its
# own before: a later clause without one speaks of that (王小明指出，農會已會勘，｜且已達
# 20%損害: the crop, not the speaker)
_SAID = REPORTING_VERBS + "|說明|说明|介紹|介绍|提醒"
_SPEAKER_THEN_CLAUSE_RE = re.compile(
    r"(?:(?:" + _SAID + r"|獲悉|获悉|得知|了解到|瞭解到)"
    r"|(?:告訴|告诉|對|对)[^，,；;。：:]{1,6}?(?:說|说)?)\s*[，,：:]"
    r"[^，,；;。：:]+[，,；;]"
)
# a clause opening with someone who speaks (醫師提醒, 專家表示): a voice of its own
_ANOTHER_SPEAKER_RE = re.compile(_SAID + r"|警告|建議|建议")
_BARE_CONJUNCTIONS = frozenset(["但", "而", "則", "则", "卻", "却", "且"])
_SUBORDINATE_RE = re.compile(
    r"^\s*(?:因為|因为|由於|由于|為了|为了|雖然|虽然|儘管|尽管|如果|假如|若|當|当|在|於|于|自從|自从|自|從|从|"
    r"隨著|随着|除了|直至|直到|截至|截止|經過|经过|面對|面对|作為|作为|根據|根据|依據|依据|據|据|對於|对于|關於|关于|"
    r"每當|每当|一旦|只要|即使|為|为|以|與|与|和|跟|同|連|连)"
)
_LABEL_RE = re.compile(
    r"(?P<what>[^，,。；;：:（(\s]{2,16})\s*[（(](?:[^（()）]*[，,、；;]\s*)?(?P<label>以下簡稱|以下简称|簡稱|简称|學名|学名|英文名稱|英文名称|"
    r"英文名|英語|英语|英文|原名|本名|又稱|又称|全名|全稱|全称|別名|别名)\s*[：:]?\s*$"
)
# right after the answer, its name in another language gives it away: 「什麼」(Juice)
_ALIAS_AFTER_RE = re.compile(r"^([」』”》]?)\s*[（(][A-Za-z0-9][A-Za-z0-9 .,'’‘&\-]*[)）]")
_CONNECTOR_RE = re.compile(
    r"^\s*(?:而|此外|另外|同時|同时|然而|但是|但|不過|不过|換句話說|换句话说|也就是說|也就是说|總之|总之|事實上|事实上)"
)


_BARE_ASK_RE = re.compile(
    r"(?:^|[，,；;：:])\s*(?:什麼|什么|誰|谁|哪裡|哪里)\s*(?:[，,；;：:？]|$)"
    # …，時光回撥至上個世紀初，哪一年？: a last clause that is only "when" (哪一年，… opening
    # the question is fine)
    r"|[，,；;：:]\s*(?:哪一年|什麼時候|什么时候)\s*[？?]?$"
)
_LABELLED_ASK_RE = re.compile(_SPEAKER_LABEL + r"[「“](?:什麼|什么|誰|谁)[」”][？?]")
_COPULAS = frozenset(["是", "為", "为", "乃", "即", "係", "系"])


_PREPOSITIONS = frozenset("在於于對对從从向把被給给由以與与和跟同自到至比將将")


def _with_a_verb(
    sentence: str, cand: Candidate, start: int, tail: str, after: str, verbs: frozenset[int]
) -> str:
    """``tail`` run on past its clause while the question's clause has no verb of its
    own (她在＿＿總鰭魚類…的研究結果，對傳統觀點提出了質疑: a subject needs its predicate)."""
    marks = [m.end() for m in CLAUSE_MARK_RE.finditer(sentence, start, cand.start)]
    clause_start = max([start, *marks])

    def has_verb(upto: int) -> bool:
        return any(
            (clause_start <= v < cand.start or cand.end <= v < cand.end + upto)
            and sentence[v] not in _PREPOSITIONS
            for v in verbs
        )

    if any(cand.start <= v < cand.end for v in verbs):
        return tail  # the answer is the predicate
    kept = len(tail)
    while (not has_verb(kept) or _opens_a_quotation(after[:kept])) and kept < len(after):
        # (秘書張宏安:「如果…，那一樣…」: what was said is kept whole, never cut inside)
        m = CLAUSE_MARK_RE.search(after, kept + 1)
        kept = m.start() if m else len(after)
    return after[:kept] if kept != len(tail) else tail


def _from_the_speaker(head: str) -> str:
    """``head`` from the last clause that says who is speaking (…記者會，副主任黃椿喜
    表示，目前＿＿…): what was said needs its speaker, not what happened before."""
    depth, start, clause_start = 0, 0, 0
    for i, ch in enumerate(head):
        if ch in _OPENING:
            depth += 1
        elif ch in _CLOSING:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in "，,；;":
            if clause_start and _REPORTS_RE.search(head[clause_start:i]):
                start = clause_start
            clause_start = i + 1
    return head[start:].lstrip() if start else head


def _question_head(before: str) -> str:
    """``before`` without an opening clause that only links to the previous sentence
    (而新的計畫也即將展開，今年4月，… keeps 今年4月，…)."""
    connector = _CONNECTOR_RE.match(before)
    if connector is None:
        return before
    rest = before[connector.end() :]
    if len(connector.group(0).strip()) >= 2 and rest[:1] not in "，,":
        return rest.lstrip()  # 此外由臺灣自主研發的…: 由臺灣自主研發的…
    m = re.search(r"[，,；;]", before)
    if m is None or len(_CONTENT_RE.findall(before[m.end() :])) < MIN_CONTEXT:
        return before
    return before[m.end() :].lstrip()


# a clause that cannot end a statement: a cause, purpose, condition or time it depends on
_DEPENDENT_RE = re.compile(
    r"^\s*(?:因為|因为|由於|由于|為了|为了|雖然|虽然|儘管|尽管|如果|假如|若|當|当|自從|自从|隨著|随着|"
    r"除了|直至|直到|截至|截止|每當|每当|一旦|只要|即使|依據|依据|根據|根据)"
)
# a clause ending with a reporting verb (X 表示，…; 結果顯示，…) says nothing until what is
# reported: asking who "said" without what they said asks nothing
_REPORTS_RE = re.compile(
    r"(?:" + _SAID + "|" + _POINTS_OUT + r"|提醒|宣布|宣佈|顯示|显示|"
    r"證實|证实|指稱|指称|預估|预估|預計|预计|回應|回应|解釋|解释|補充|补充|警告|坦承|承認|"
    r"承认|聲稱|声称|問道|问道|寫道|写道|表明|提及|談到|谈到|告訴|告诉|稱|称|介紹|介绍|獲悉|获悉)\s*[：:]?\s*$"
)
# ... nor does a clause that only says where it comes from (觀察過去的統計，…; 依據…分析)
_FRAMING_RE = re.compile(
    r"(?:統計|统计|來看|来看|而言|分析|研判|資料|资料|經驗|经验|結果|结果)\s*$"
)
_OPENING = "「『“（(《【["
_CLOSING = "」』”）)》】]"
# told the reporter (負責人朱大同告訴記者，…): says nothing until what was told
_TOLD_RE = re.compile(r"(?:告訴|告诉)(?:記者|记者|筆者|笔者|本報|本报)\s*[：:]?\s*$")


def _reports(clause: str) -> bool:
    """Does ``clause`` end saying that someone says, or told the reporter, something?"""
    return bool(_REPORTS_RE.search(clause) or _TOLD_RE.search(clause))


# a clause that only frames the next (在大批同好的簇擁下，…; 在家人陪同下): under what, not
# what; or besides what (在13年、17年兩種周期性蟬群外，…); or when something else happens (…開展調查時，發現…)
_FRAME_END_RE = re.compile(
    r"在[^，,；;]{1,20}下\s*$|^\s*在[^，,；;]{1,30}(?:之|以)?外\s*$"
    r"|[^，,；;]{4}(?<![\d一二三四五六七八九十小同及准準按臨临即當当平暫暂])[時时]\s*$"
)
_CAUSE_RE = re.compile(f"(?:{CAUSE_RE.pattern})\\s*$")  # the answer is what a cause marker opens
# a clause that is only a time (8月19日凌晨2时16分，…): when, but not what happened
_TIME_ONLY_RE = re.compile(
    r"[\d\s年月日號号時时分秒點点半許许左右前後后底初旬上中下午晚早凌晨傍夜間间今明昨天當当]+"
)


def _only_a_time(clause: str) -> bool:
    """Is ``clause`` (after any quotation before it) nothing but a time?"""
    return bool(_TIME_ONLY_RE.fullmatch(re.split(r"[”」』）)]", clause)[-1]))


_ALSO_RE = re.compile(r"^[^，,；;]{0,4}?(?:又|也|還有|还有|加上|而且|並且|并且|再者)")
MIN_CLAUSE = 8  # characters (a Latin word or number as one): a shorter clause needs the next


def _question_tail(before: str, span: str, after: str) -> str:
    """What of ``after`` a question keeps: the rest of the answer's clause, and the
    clauses after it only while the kept clause cannot stand alone (it is short, or a
    time, cause, purpose or condition: 因為…，… ; 截至…，…). A question needs only the
    context that points at its answer; the statement keeps the whole sentence."""
    depth = sum(before.count(c) for c in _OPENING) - sum(before.count(c) for c in _CLOSING)
    if depth > 0:
        return after  # the answer is inside brackets or quotes: cut nothing
    cuts = []
    for i, ch in enumerate(after):
        if ch in _OPENING:
            depth += 1
        elif ch in _CLOSING:
            depth = max(0, depth - 1)
        elif depth == 0 and CLAUSE_MARK_RE.match(after, i):
            cuts.append(i)  # (not the comma of 54,000)
    clause = CLAUSE_MARK_RE.split(before)[-1] + span
    kept_to = 0
    reported = False
    # the answer is a cause (連女因｜身為身障者，外出…): its clause, and a cause added to it
    # (由於標識不明顯，前方又有…), need what they cause
    in_cause = bool(_CAUSE_RE.search(before))
    for n, cut in enumerate([*cuts, len(after)]):
        clause += after[kept_to:cut].lstrip("，,；;：: ")
        kept_to = cut
        reports = _reports(clause)
        reported = reported or reports
        in_cause = in_cause and (n == 0 or bool(_ALSO_RE.match(clause)))
        if (
            not in_cause
            and not _SUBORDINATE_RE.match(clause)
            and not reports
            and not _FRAME_END_RE.search(clause)
            and not _only_a_time(clause)
            and not (reported and _FRAMING_RE.search(clause))
            and len(_CONTENT_RE.findall(clause)) >= MIN_CLAUSE
        ):
            break
        clause = after[cut : cut + 1].strip("，,；;：: ")  # the next clause opens after its mark
    kept = after[:kept_to]
    if len(_CONTENT_RE.findall(before + kept)) < MIN_CONTEXT:
        return after
    return kept


def _ask_candidate(
    before: str, span: str, after: str, cand: Candidate, script: Script
) -> str | None:
    etype = cand.known.entity.type if cand.known else EntityType.CONCEPT
    names = (*cand.known.names(script), *cand.known.entity.names) if cand.known else ()
    year_range = cand.kind is AnswerKind.TEXT and cand.feature.value == "year"
    quoted = cand.feature.value == "quote" and cand.kind is not AnswerKind.ENTITY
    if cand.kind is AnswerKind.TEXT and cand.asks and not quoted:
        return ask_for(before, span, after, cand.asks, script)
    return ask(
        before,
        span,
        after,
        cand.kind,
        cand.unit,
        etype,
        script,
        names=names,
        year_range=year_range,
        quoted=quoted,
    )


def ask(
    before: str,
    span: str,
    after: str,
    kind: AnswerKind,
    unit: str,
    etype: EntityType,
    script: Script,
    *,
    names: tuple[str, ...] = (),
    year_range: bool = False,
    quoted: bool = False,
) -> str | None:
    """The sentence with the span asked for in place, or None if it would give the answer away
    or ask of words no one in it says."""
    if _unattributed_speech(before, span, after):
        return None
    if quoted or kind is AnswerKind.QUOTE:
        quoted = _between_quotes(before, after)
    tail = ""
    if kind is AnswerKind.YEAR:
        m = re.match(r"\s*年(?!代)", after)
        if m:
            after = after[m.end() :]
        asked = word("which-year", script)
    elif year_range:  # 2014-2017
        m = re.match(r"\s*年", after)
        if m:
            after = after[m.end() :]
        asked = word("which-years", script)
    elif kind is AnswerKind.DATE:
        asked = word("when", script)
    elif kind is AnswerKind.NUMBER:
        if unit == "%":
            asked = word("percent", script)
        elif unit and span.endswith(unit + "半"):  # 五年半
            asked = word("how-many", script) + unit
        else:
            asked = word("how-many", script)
    elif kind is AnswerKind.ENTITY:
        asked = word(
            {
                EntityType.PERSON: "who",
                EntityType.ORGANIZATION: "which-org",
                EntityType.PLACE: "where",
                EntityType.WORK: "which-work",
            }.get(etype, "what"),
            script,
        )
    elif quoted:
        if not after.strip('」”』" ') and _SPEAKER_LABEL_RE.fullmatch(before.rstrip('「“『" ')):
            return None  # 現場工作人員：「……」: a label, no cue to recall the words by
        asked = "……"
        tail = word("quote-tail", script)
    else:
        asked = word("what", script)
    if not asked[0].isascii():  # no space between a question word and Chinese text
        if before.rstrip() and not before.rstrip()[-1].isascii():
            before = before.rstrip()
        if after.lstrip() and not after.lstrip()[0].isascii():
            after = after.lstrip()
    question = _finish(f"{before}{asked}{after}", tail)
    folded = question.casefold()
    if any(len(a.strip()) >= 2 and a.strip().casefold() in folded for a in (span, *names)):
        return None
    return question


def ask_for(before: str, span: str, after: str, asks: str, script: Script) -> str | None:
    """The sentence with a text span asked for by ``asks`` (a key of the question words):
    第三季 → 第幾季, 六年級 → 幾年級, 二十多人 → 多少人, 兩年後 → 多久後."""
    if asks in ("ordinal", "grade", "how-many"):
        numeral = _NUMERAL_RUN_RE.search(span)
        if numeral is None:
            return None
        key = "how-many" if asks == "how-many" else "which-number"
        asked = span[: numeral.start()] + word(key, script) + span[numeral.end() :].lstrip()
    elif asks == "how-much":  # 80~120 kg, 18~20歲: a range of numbers, with its unit
        unit = re.search(r"[^\d.,\s~～\-–—至到]*$", span)
        asked = word("how-many", script) + (unit.group(0) if unit else "")
    elif asks == "how-long":
        m = re.search(r"(?:以後|以后|之後|之后|後|后|以前|之前|前|以來|以来|來|来)$", span)
        asked = word("how-long", script) + (m.group(0) if m else "")
    elif asks == "when" and _MONTH_RE.fullmatch(span.strip()) and _PART_OF_MONTH_RE.match(after):
        asked = "幾月" if script == "hant" else "几月"  # 4月｜下旬: 幾月下旬, not 什麼時候下旬
    elif asks == "which-work" and (journal := _JOURNAL_END_RE.search(before)) is not None:
        before, asked = before[: journal.start()], "哪份" + journal.group(0)  # 哪份國際期刊
    elif asks == "which-work" and (press := _PRESS_START_RE.match(after)) is not None:
        publisher, periodical = press.groups()
        if not publisher and not periodical:
            return None  # 《詩刊》社: a publisher named by its title, no work to ask for
        after = after[press.end() :]  # 《作品》雜誌社 → 哪家雜誌社, 《時代》雜誌 → 哪份雜誌
        key = (
            _PRESS_HOUSES.get(publisher, "which-magazine-house") if publisher else "which-magazine"
        )
        asked = word(key, script)
    elif asks == "which-work" and _PAPER_END_RE.search(span.rstrip("》」』 ")):
        asked = word("which-paper", script)  # 《人民日報》: a newspaper
    elif asks == "which-work" and _LAW_END_RE.search(span.rstrip("》」』 ")):
        asked = word("which-law", script)  # 《野生動物保育法》: a law, not a work
    else:
        asked = word(asks, script) if asks in _WORDS else word("what", script)
    return _placed(before, asked, after, span)


# a law or regulation's title: 《野生動物保育法》, 《個人資料保護法施行細則》, 《…條例》
_LAW_END_RE = re.compile(
    r"(?:法|條例|条例|法案|細則|细则|辦法|办法|規定|规定|規則|规则|公約|公约|憲法|宪法|法典)$"
)
_MONTH_RE = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月")
_PART_OF_MONTH_RE = re.compile(r"\s*(?:上旬|中旬|下旬|初|底|中|末|份)")
# a newspaper's title: 《人民日報》, 《聯合報》, 《紐約時報》 (not 《情報》 or 《警報》)
_PAPER_END_RE = re.compile(
    r"(?:日報|日报|晚報|晚报|時報|时报|早報|早报|[^情警電公畫海簡匯]報|[^情警电公画海简汇]报)$"
)
# what follows a title that names a periodical or its publisher: 《時代》雜誌,
# 《作品》雜誌社, 《詩刊》社 (group 1 empty: the title and 社 are one name)
_PRESS_START_RE = re.compile(
    r"\s*(?:(雜誌|杂志|出版|報|报)?社(?![會会區区團团交工長长])|(雜誌|杂志))"
)
_PRESS_HOUSES = {
    "出版": "which-publisher",
    "報": "which-newspaper-house",
    "报": "which-newspaper-house",
}
# the question words that ask for a work in 《》 of one kind (a law, a paper …): the
# doubt model reads them as 哪部作品, the kind its readers judged
WORK_KINDS_ASKED = frozenset(
    word(key, "hans")
    for key in (
        "which-law",
        "which-paper",
        "which-magazine",
        "which-magazine-house",
        "which-publisher",
        "which-newspaper-house",
    )
)
# a work named right after what kind of publication it is: 國際期刊《…》
_JOURNAL_END_RE = re.compile(
    r"(?:國際|国际|學術|学术|醫學|医学)?(?:期刊|雜誌|杂志|刊物|學報|学报)$"
)


def _placed(before: str, asked: str, after: str, span: str) -> str | None:
    if not asked[0].isascii():
        if before.rstrip() and not before.rstrip()[-1].isascii():
            before = before.rstrip()
        if after.lstrip() and not after.lstrip()[0].isascii():
            after = after.lstrip()
    question = _finish(f"{before}{asked}{after}", "")
    if len(span.strip()) >= 2 and span.strip().casefold() in question.casefold():
        return None
    return question


def _unattributed_speech(before: str, span: str, after: str) -> bool:
    """Is the span (or part of it) words someone said, in quotation marks, and nothing
    outside them says who (「想把訓練做到百分之百,趕快回家照顧小孩。」至於前總統馬英九:
    the next sentence's subject stands by the words, and the card would give them to
    him)?"""
    opened = max(before.rfind(mark) for mark in "「“『")
    if opened < 0 or any(mark in before[opened:] for mark in "」”』"):
        return False  # the span is not inside quotation marks
    ends = [i for i in (after.find(mark) for mark in "」”』") if i >= 0]
    if not ends:
        return False
    closed = min(ends)
    words = before[opened + 1 :] + span + after[:closed]
    outside = before[:opened] + after[closed + 1 :]
    return bool(_SPOKEN_RE.search(words)) and not _SPEAKS_RE.search(outside)


def _between_quotes(before: str, after: str) -> bool:
    return bool(before) and bool(after) and before[-1] in '「『“"' and after[0] in '」』”"'


def _finish(text: str, tail: str) -> str:
    text = " ".join(text.split())
    if tail:
        return _TAIL_RE.sub("", text) + tail
    closers = ""
    while text and text[-1] in '」』”’"）)':
        closers = text[-1] + closers
        text = text[:-1]
    if closers:
        return text + closers + "？"
    return _TAIL_RE.sub("", text) + "？"


def gist(statement: str, kind: AnswerKind, question: str = "") -> str:
    """What a fact is about, without its answer, short (for Match tiles and ordering):
    a date's or year's event without its time (頂點實驗室成立), else the clause around
    the answer with a blank where the answer stands; for an answer in brackets, or
    when nothing but the blank is left, the question without its question word."""
    text = _statement_gist(statement, kind)
    before = split_span(statement)[0]
    bracketed = before.count("（") + before.count("(") > before.count("）") + before.count(")")
    if question and (bracketed or len(_CONTENT_RE.findall(text)) < 2):
        asked = _TAIL_RE.sub("", question)
        asked = _ASKED_RE.sub("", asked, count=1)
        if len(asked) > GIST_MAX:
            asked = asked[-GIST_MAX:]
        return asked.strip(" 、，,") or text
    return text


def _statement_gist(statement: str, kind: AnswerKind) -> str:
    before, span, after = split_span(statement)
    if kind in (AnswerKind.YEAR, AnswerKind.DATE) or (
        kind is AnswerKind.TEXT and _TIME_SPAN_RE.search(span) and not _RELATIVE_END_RE.search(span)
    ):
        before = _TIME_BEFORE_RE.sub("", before)
        after = _TIME_AFTER_RE.sub("", after)
        # a time joined to another (1976年和｜1979年), or with its word left behind (11月｜份):
        # without it the clause falls apart, so the blank stays
        joined = _JOINED_BEFORE_RE.search(before) or _JOINED_AFTER_RE.match(after)
        blank = "＿＿" if joined else ""
    else:
        blank = "＿＿"
    leads = re.split(r"[，,；;：:。！？!?]", before)
    tails = re.split(r"[，,；;：:。！？!?]", after)
    lead, tail = leads[-1], tails[0]
    if len(_CONTENT_RE.findall(lead + tail)) < MIN_CONTEXT:  # 由於＿＿ alone says nothing
        if len(tails) > 1 and tails[1].strip():
            tail = f"{tail}，{tails[1].strip()}"
        elif len(leads) > 1 and leads[-2].strip():
            lead = f"{leads[-2].strip()}，{lead}"
    text = " ".join(f"{lead.strip()}{blank}{tail.strip()}".split())
    if len(text) > GIST_MAX:
        keep = GIST_MAX - len(blank)
        lead, tail = lead.strip(), tail.strip()
        keep_lead = max(keep // 2, keep - len(tail))  # a short side lends the other its room
        keep_lead = min(keep_lead, len(lead))
        lead, tail = _word_tail(lead, keep_lead), _word_head(tail, keep - keep_lead)
        lead = re.sub(r"^[A-Za-z0-9-]*[)）]?", "", lead)  # no half of a Latin word
        text = f"{lead}{blank}{tail}"
    answer = span.strip()
    if len(answer) >= 2 and answer in text:  # said twice: no copy of the answer either
        text = text.replace(answer, "＿＿")
    return text.strip(" 、") or "＿＿"


def _word_tail(text: str, most: int) -> str:
    """The last words of ``text`` that fit in ``most`` characters (no word cut in two:
    社區客廳, not 區客廳)."""
    cut = len(text) - most
    starts = [w.start for w in tokens(text) if w.start >= cut]
    return text[starts[0] :] if starts else ""


def _word_head(text: str, most: int) -> str:
    """The first words of ``text`` that fit in ``most`` characters."""
    ends = [w.end for w in tokens(text) if w.end <= most]
    return text[: ends[-1]] if ends else ""


# longest first, then in a fixed order (a set's order changes from one run to the next)
_ASKED_WORDS = sorted(
    {w for pair in _WORDS.values() for w in pair if "（" not in w}, key=lambda w: (-len(w), w)
)
_ASKED_RE = re.compile("(?:是)?(?:" + "|".join(map(re.escape, _ASKED_WORDS)) + ")$")
_TIME_SPAN_RE = re.compile(r"[\d〇零一二三四五六七八九十]\s*[年月日]|世紀|世纪|年代")
_TIME_BEFORE_RE = re.compile(r"(?:在|於|于|自|從|从|由|至|到)?\s*$")
_TIME_AFTER_RE = re.compile(
    r"^\s*(?:年[底初中]|年(?!代)|月[底初中]?|日|時|时|的時候|的时候|間|间)?\s*(?:起(?![來来])|開始|开始)?"
    r"\s*(?:，|,)?\s*"
)
_JOINED_BEFORE_RE = re.compile(r"[和及與与、或跟]\s*$")
_JOINED_AFTER_RE = re.compile(r"^\s*(?:[和及與与、或跟]|份)")
_RELATIVE_END_RE = re.compile(r"(?:前|後|后|以來|以来|內|内)$")  # 約為10年前的一半: no event time


def _trim(sentence: str, cand: Candidate) -> tuple[int, int]:
    """The clauses a long sentence keeps for a question: from its start (which mostly
    holds its subject) to the end of the answer's clause when that fits, else the
    answer's clause alone; clauses after the answer's are left out."""
    if len(sentence) <= MAX_STATEMENT:
        return 0, len(sentence)
    lo = cand.start if cand.quote_start < 0 else min(cand.start, cand.quote_start)
    hi = cand.end if cand.quote_end < 0 else max(cand.end, cand.quote_end + 1)
    cuts = [
        0,
        *(
            m.end()
            for m in CLAUSE_MARK_RE.finditer(sentence)
            if not _inside_quote(sentence, m.start())
        ),
        len(sentence),
    ]
    cuts = sorted(set(cuts))
    start = max(c for c in cuts if c <= lo)
    end = min(c for c in cuts if c >= hi)
    clause = sentence[start:end].strip()
    while end < len(sentence) and _needs_next(clause):
        # 由於沒有基礎，福衛一號…: a cause, time or condition needs the clause it belongs to,
        # and 他表示，… what he said
        following = min(c for c in cuts if c > end)
        clause = sentence[end:following].strip()
        end = following
    if end <= MAX_STATEMENT:
        start = 0
    while end - start < MIN_STATEMENT:
        right = min((c for c in cuts if c > end), default=None)
        left = max((c for c in cuts if c < start), default=None)
        if right is not None and right - start <= MAX_STATEMENT:
            end = right
        elif left is not None and end - left <= MAX_STATEMENT:
            start = left
        else:
            break
    while start < end and sentence[start].isspace():
        start += 1
    return start, end


def _needs_next(clause: str) -> bool:
    """A clause that cannot end a statement: a cause, time or condition, what someone
    said without what they said (他表示，…), or where a finding comes from."""
    bare = clause.rstrip("，,；;：: ")
    return bool(
        _DEPENDENT_RE.match(clause)
        or _REPORTS_RE.search(clause)
        or _FRAMING_RE.search(clause)
        or _FRAME_END_RE.search(bare)
        or _only_a_time(bare)
    )


def inside_quotation(sentence: str, pos: int) -> bool:
    """Is ``pos`` inside quotation marks opened before it (「…」, 『…』, “…”, "…"), closed
    later or not at all?"""
    head = sentence[:pos]
    return (
        head.count("「") > head.count("」")
        or head.count("『") > head.count("』")
        or head.count("“") > head.count("”")
        or head.count('"') % 2 == 1
    )


def _inside_quote(sentence: str, pos: int) -> bool:
    head = sentence[:pos]
    return (
        inside_quotation(sentence, pos)
        or head.count("（") > head.count("）")
        or head.count("(") > head.count(")")
    )


def asked_word(question: str) -> str:
    """The question word ``question`` asks with (the longest one it holds, the first of
    those), or "": 什麼表示:「…哪些…」 asks with 什麼, the quotation's 哪些 is the article's."""
    found = [(len(w), -question.find(w), w) for w in _ASKED_WORDS if w in question]
    return max(found)[2] if found else ""
