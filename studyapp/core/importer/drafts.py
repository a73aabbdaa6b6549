"""Draft facts from an article, ranked by how much they are worth learning.

:func:`make_session` reads nothing itself: it takes a parsed article, the
decks already loaded and today's date, splits the article, finds answer
candidates in every sentence (:mod:`.candidates`), scores them
(:mod:`.ranking`), and phrases drafts in rank order (:mod:`.questions`): up to
MAX_PER_SENTENCE per sentence with answers apart, about one per CHARS_PER_DRAFT
characters of article; each is flagged when it repeats or may contradict a
fact of the decks (:mod:`.matching`).

A draft is a fact in the deck format (statement with its ``{{span}}``, question,
typed answer, topic from its section, the article as its source, a gist) plus
what the review screen needs: where its sentence is, why it was chosen, its
flags and its status. Its id is derived from its sentence (a sentence's best
draft) or its sentence and its answer's place (the others), so importing the
same article again gives the same ids, and it never changes when the draft is
edited: the progress store keys cards by (deck id, fact id, card kind).
"""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
import heapq
import math
import re
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from pathlib import Path

from studyapp.core.deck.answers import answer_wording
from studyapp.core.deck.model import (
    Answer,
    AnswerKind,
    Deck,
    DeckId,
    Entity,
    EntityId,
    EntityType,
    Fact,
    FactId,
    Script,
    Source,
    SourceId,
    Topic,
    TopicId,
    split_span,
)
from studyapp.core.deck.rules import DATETIME_RE
from studyapp.core.importer.antecedents import Antecedents
from studyapp.core.importer.article import Article
from studyapp.core.importer.candidates import Candidate, Feature, find_candidates
from studyapp.core.importer.confidence import DOUBT_LIMIT, doubt
from studyapp.core.importer.credits import is_credit_sentence, sentence_without_credits
from studyapp.core.importer.entities import EntityIndex, entity_for_deck
from studyapp.core.importer.matching import FactIndex, FactMatch, Said, said
from studyapp.core.importer.name_tagger import cuts_a_name, joined
from studyapp.core.importer.questions import (
    CLAUSE_MARK_RE,
    Phrasing,
    asked_word,
    clean_text,
    gist,
    phrase,
)
from studyapp.core.importer.ranking import Context, weight
from studyapp.core.importer.segment import KnownNames, Token, tokens
from studyapp.core.importer.splitting import Document, Section, Sentence, split_article
from studyapp.core.importer.textnorm import detect_script, normalize
from studyapp.core.importer.vetting import (
    ArticleWords,
    Day,
    anchored,
    fitting_question_word,
    gives_head_away,
    gives_number_away,
    is_fragment,
    not_worth_asking,
    on_word_edges,
    standing_question,
)

MIN_SCORE = -4.0  # a rank score (log-odds) below which a candidate is not worth a draft
CHARS_PER_DRAFT = 50  # at most one draft per 50 characters: more than a reader reviews
MIN_DRAFTS = 8
MAX_DRAFTS = 400  # a long article (20,000 characters and more): its best 400
SENTENCES_PER_DRAFT = 1.75  # past 1.75 sentences a draft, only the richest sentences are read
RICH_SENTENCE_MAX = 150
# an article longer than this (30,000 characters, about 90 kB; a long feature story is
# 5,000-10,000) is drafted without reading its names whole (:mod:`.name_tagger`): the
# model reads every sentence drafted from (about 3 ms each) and holds 100 MB, which
# would take the 2 MB article past 5 s and 200 MB
NAME_CHECK_MAX_CHARS = 30_000
MIN_SENTENCE = 8  # characters: shorter sentences are headings or fragments
MAX_PER_SENTENCE = 4
SECOND_DRAFT_PENALTY = 0.25  # a sentence's second answer ranks below other sentences' first
LOW_TRIES = 3  # below the minimum rank a sentence that names what a deck knows gets 3 tries
KIND_PENALTY = 0.2  # each earlier draft asking for the same kind of answer (a year, a count …)
KIND_PENALTY_MAX = 5  # ... up to five: a long article's hundredth year is no worse than its sixth
REPEAT_PENALTY = 2.0  # an answer the drafts already give ranks lower each time
MAX_ALTERNATIVES = 6
KNOWN_BONUS = 2.0  # a sentence stating what a deck holds: the reader should see it flagged
_ALTERNATIVES = frozenset(
    {Feature.DATE, Feature.YEAR, Feature.NUMBER, Feature.QUOTE, Feature.DEFINITION,
     Feature.NEW_NAME, Feature.ENTITY, Feature.KNOWN, Feature.TIME, Feature.PERSON,
     Feature.PLACE, Feature.ORGANIZATION, Feature.WORK, Feature.TERM}
)  # fmt: skip
_OPINION_RE = re.compile(
    r"我覺得|我觉得|我認為|我认为|我之所以|讓我|让我|我最|我的觀點|我的观点|在我看來|在我看来"
)
_YEAR_IN_RE = re.compile(r"(?<!\d)(1\d{3}|20\d{2})(?!\d)")
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,99}$")


class DraftStatus(str, Enum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class Alternative:
    """Another answer the same sentence offers."""

    span: str
    kind: AnswerKind
    feature: Feature


@dataclass(frozen=True, slots=True)
class Draft:
    id: FactId
    topic: TopicId
    question: str
    answer: Answer
    statement: str  # with exactly one {{span}}
    start: int  # the sentence in the session's document text
    end: int
    features: tuple[Feature, ...]
    score: float
    entity: Entity | None = None  # the registry entry an ENTITY answer names, in the deck's script
    duplicates: tuple[FactMatch, ...] = ()
    disagreements: tuple[FactMatch, ...] = ()
    alternatives: tuple[Alternative, ...] = ()
    status: DraftStatus = DraftStatus.PENDING
    tags: tuple[str, ...] = ()

    @property
    def span(self) -> str:
        return split_span(self.statement)[1]

    @property
    def plain(self) -> str:
        before, span, after = split_span(self.statement)
        return before + span + after

    @property
    def answer_text(self) -> str:
        """The answer as the reader sees it (an entity's name, a number with its unit)."""
        name = self.entity.name if self.entity else ""
        return answer_wording(self.answer, detect_script(self.statement), name)

    @property
    def gist(self) -> str:
        """What the draft asks about, short and without its answer (Match tiles, ordering)."""
        return gist(self.statement, self.answer.kind, self.question)

    @property
    def is_duplicate(self) -> bool:
        return bool(self.duplicates)

    @property
    def may_disagree(self) -> bool:
        return bool(self.disagreements)

    def to_fact(self, source: SourceId) -> Fact:
        return Fact(
            id=self.id,
            topic=self.topic,
            question=self.question,
            answer=self.answer,
            statement=self.statement,
            sources=(source,),
            tags=self.tags,
            gist=self.gist,
        )


@dataclass(frozen=True)
class ImportSession:
    """One article being turned into a deck: its text, metadata and drafts."""

    deck_id: DeckId
    deck_title: str
    script: Script
    source: Source
    topics: tuple[Topic, ...]
    document: Document
    drafts: tuple[Draft, ...]
    article_path: str = ""
    held_back: int = 0  # drafts the doubt model left out (make_session's doubt_limit)
    # drafts offered although the doubt model would hold them back (shown on request)
    doubted: frozenset[FactId] = frozenset()
    _by_id: dict[FactId, int] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_id.update({d.id: i for i, d in enumerate(self.drafts)})

    def draft(self, draft_id: str) -> Draft:
        return self.drafts[self._by_id[FactId(draft_id)]]

    def with_draft(self, draft: Draft) -> ImportSession:
        """A session with one draft replaced (by id)."""
        drafts = list(self.drafts)
        drafts[self._by_id[draft.id]] = draft
        return dataclasses.replace(self, drafts=tuple(drafts), _by_id={})

    def with_status(self, draft_id: str, status: DraftStatus) -> ImportSession:
        return self.with_draft(dataclasses.replace(self.draft(draft_id), status=status))

    def accepted(self) -> list[Draft]:
        return [d for d in self.drafts if d.status is DraftStatus.ACCEPTED]

    def counts(self) -> Counter[DraftStatus]:
        return Counter(d.status for d in self.drafts)

    def topic_title(self, topic_id: str) -> str:
        return next((t.title for t in self.topics if t.id == topic_id), topic_id)


# -- ids ------------------------------------------------------------------------
def slug(text: str, limit: int = 40) -> str:
    out = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return out[:limit].strip("-")


def default_deck_id(article: Article) -> str:
    name = slug(Path(article.path).stem) or slug(article.title)
    if not name or not name[0].isalpha():
        name = hashlib.sha1(article.title.encode("utf-8")).hexdigest()[:8]
    return f"import-{name}"[:60]


def valid_id(value: str) -> bool:
    return bool(_ID_RE.match(value))


def _draft_id(text: str, cand: Candidate, *, first: bool, existing: Deck | None) -> FactId:
    """A sentence's best draft takes the sentence's id (as when a sentence gave one
    draft); each other draft the sentence's id with its answer's place. A place the
    user deck already has keeps its id even when it now ranks first."""
    placed = fact_id_for(f"{text}\n{cand.start}:{cand.end}")
    if not first or (existing is not None and existing.has_fact(placed)):
        return placed
    return fact_id_for(text)


def fact_id_for(sentence: str) -> FactId:
    digest = hashlib.sha1(" ".join(sentence.split()).encode("utf-8")).hexdigest()
    return FactId(f"f-{digest[:10]}")


# -- making drafts ---------------------------------------------------------------
def make_session(
    article: Article,
    decks: Iterable[Deck],
    *,
    today: date,
    deck_id: str | None = None,
    existing: Deck | None = None,
    min_score: float = MIN_SCORE,
    limit: int | None = None,
    doubt_limit: float = DOUBT_LIMIT,
) -> ImportSession:
    """Drafts for ``article``, compared with every deck in ``decks``.

    ``existing`` is the user deck the drafts will be added to, if it exists
    already; its facts are not flagged as repeats (they may be this article's
    own earlier drafts) and its source ids are not reused.

    ``limit`` caps the drafts; by default one per CHARS_PER_DRAFT characters of
    the article (at least MIN_DRAFTS, at most MAX_DRAFTS), and past it only
    drafts that repeat or may contradict a deck's fact. A draft a careful reader
    would likely find poor or wrong (its :func:`.confidence.doubt` at least
    ``doubt_limit``) is left out, unless a loaded deck knows what it says (1.0:
    every draft the article can give).
    """
    decks = [d for d in decks if existing is None or d.id != existing.id]
    document = split_article(article)
    script = detect_script(document.text)
    index = EntityIndex([*decks, *([existing] if existing else [])])
    facts = FactIndex(decks)
    chosen_id = DeckId(deck_id or (existing.id if existing else default_deck_id(article)))
    source = _source(article, script, today, existing)

    budget = (
        limit
        if limit is not None
        else min(
            MAX_DRAFTS,
            max(MIN_DRAFTS, math.ceil(_han_and_words(document.text) / CHARS_PER_DRAFT)),
        )
    )
    read = _richest(document, int(SENTENCES_PER_DRAFT * budget))
    ending = [b.text for b in article.blocks[-3:]]
    whole_names = len(document.text) <= NAME_CHECK_MAX_CHARS
    found = _found(
        document, source.id, index, read, article.date, ending, article.stem, whole_names
    )
    drafts = _chosen(
        [p for f in found if (p := _prepared(f, facts))],
        budget,
        min_score,
        script,
        facts,
        existing,
    )
    drafts.sort(key=lambda d: (-d.score, d.start))
    headings = {_topic_id(source.id, s): _topic_title(s, article) for s in document.sections}
    chosen = len(drafts)
    doubts = _doubts(drafts, headings, names=whole_names)
    if doubt_limit < 1:
        drafts = [d for d in drafts if doubts.get(d.id, -1.0) < doubt_limit]
    used = {d.topic for d in drafts}
    topics = tuple(
        Topic(TopicId(_topic_id(source.id, s)), _topic_title(s, article), (source.id,))
        for s in document.sections
        if _topic_id(source.id, s) in used
    )
    return ImportSession(
        deck_id=chosen_id,
        deck_title=existing.title if existing else clean_text(article.title),
        script=script,
        source=source,
        topics=topics,
        document=document,
        drafts=tuple(drafts),
        article_path=article.path,
        held_back=chosen - len(drafts),
        doubted=frozenset(d.id for d in drafts if doubts.get(d.id, -1.0) >= DOUBT_LIMIT),
    )


def _han_and_words(text: str) -> int:
    """The length of a text as a reader feels it: characters, a Latin word as one."""
    return len(_LATIN_WORD_RE.sub("w", _SPACE_RE.sub("", text)))


_LATIN_WORD_RE = re.compile(r"[A-Za-z0-9]+")
_SPACE_RE = re.compile(r"\s+")


def _source(article: Article, script: Script, today: date, existing: Deck | None) -> Source:
    url = article.url or Path(article.path).resolve().as_uri()
    taken: set[str] = set()
    if existing is not None:
        for src in existing.sources.values():
            if src.url == url or src.title == article.title:
                return src
        taken = set(existing.sources)
    source_id = "article"
    n = 2
    while source_id in taken:
        source_id = f"article-{n}"
        n += 1
    dated = bool(DATETIME_RE.match(article.date))
    if dated:
        note = ""
    elif article.date:  # a month only (2024-05): a source's date names its day
        note = f"the article is dated {article.date}; {today.isoformat()} is the import date"
    else:
        note = f"the article gives no date; {today.isoformat()} is the import date"
    return Source(
        id=SourceId(source_id),
        title=clean_text(article.title),
        date=article.date if dated else today.isoformat(),
        url=url,
        script=script,
        author=clean_text(article.author),
        note=note,
    )


def _topic_id(source_id: str, section: Section) -> TopicId:
    return TopicId(f"{source_id}-{section.index + 1:02d}")


def _topic_title(section: Section, article: Article) -> str:
    return clean_text(section.title or article.title) or f"{section.index + 1}"


@dataclass(slots=True)
class _Offer:
    """A sentence's candidates, best first, and the drafts taken from it so far."""

    found: Found
    scored: list[tuple[float, Candidate]]  # rank score (with the sentence's bonus), best first
    stated: Said  # every answer the sentence gives, for the flags
    known: bool  # it states a deck's fact or names what a deck knows
    features: tuple[Feature, ...]
    subject: tuple[int, int] | None  # the noun phrase the sentence opens with
    tried: int = 0  # candidates looked at
    made: int = 0  # drafts made
    missed: int = 0  # tries below the minimum rank that repeat no fact
    used: list[tuple[int, int]] = field(default_factory=list)
    _words: list[Token] | None = None

    def words(self) -> list[Token]:
        if self._words is None:
            self._words = self.found.words()
        return self._words

    def next_score(self) -> float:
        """The rank of its next candidate as a draft: each earlier draft costs a little."""
        return self.scored[self.tried][0] - SECOND_DRAFT_PENALTY * self.made

    def more(self) -> bool:
        return self.made < MAX_PER_SENTENCE and self.tried < len(self.scored)


@dataclass(frozen=True, slots=True)
class Found:
    """One sentence worth drafting from: its candidates and their context."""

    sentence: Sentence
    topic: TopicId
    text: str  # the sentence, cleaned
    candidates: list[Candidate]
    weights: list[float]  # each candidate's rank weight (ranking.weight)
    place: int  # the sentence's place in its paragraph
    size: int  # sentences in that paragraph
    verbs: frozenset[int]  # where its verbs and adverbs start
    antecedent: str | None = None  # the person a 他 or 她 in it speaks of
    article: ArticleWords | None = None  # the words the whole article quotes and repeats
    # its words, compactly (Token objects for every sentence of a long article would
    # cost tens of megabytes): where each ends, and its tag
    word_ends: array[int] = field(default_factory=lambda: array("I"))
    word_tags: tuple[str, ...] = ()
    heading: str = ""  # the line above its cards: its section's or the article's title
    dateline: str = ""  # the article's dateline (新華社維也納10月21日電…), cut from its text
    day: Day | None = None  # the day the article speaks from: what 今天 in it means

    def words(self) -> list[Token]:
        """The sentence's words, as ``segment.tokens`` gave them."""
        out, start = [], 0
        for end, tag in zip(self.word_ends, self.word_tags, strict=True):
            out.append(Token(self.text[start:end], tag, start, end))
            start = end
        return out


def _found(
    document: Document,
    source_id: SourceId,
    index: EntityIndex,
    read: frozenset[int] | None,
    dated: str = "",
    ending: Sequence[str] = (),
    stem: str = "",
    whole_names: bool = True,
) -> Iterator[Found]:
    """Each sentence's candidates with their weights, one sentence at a time (only the
    sentences starting at ``read``, when given). ``dated``: the article's own date;
    ``ending``: its last lines (headings and sign-offs too); ``stem``: its file's
    name, which titles it when nothing else does (no heading to give answers away)."""
    places = _paragraph_places(document)
    article = ArticleWords.of(document.text)
    dateline, day = _dateline(document, dated, ending)
    names = KnownNames()
    for section in document.sections:
        topic = _topic_id(source_id, section)
        heading = clean_text(section.title) if section.title != stem else ""  # a file's name
        antecedents = Antecedents()
        for sentence in section.sentences:
            if read is not None and sentence.start not in read:
                continue
            text = _DATELINE_RE.sub("", clean_text(sentence.text), count=1)
            text = sentence_without_credits(text)
            if len(text) < MIN_SENTENCE or is_credit_sentence(text):
                continue
            words = tokens(text)
            if whole_names:
                words = joined(text, words)
            words = names.mend(text, words)
            names.learn(words)
            antecedent = antecedents.of(text, words)
            cands = find_candidates(text, index, words)
            place, size = places[sentence.start]
            context = Context(place, size, tuple(words), tuple(w.start for w in words))
            weights = [weight(c, text, context, cands) for c in cands]
            verbs = frozenset(w.start for w in words if _opens_predicate(w.tag))
            yield Found(
                sentence,
                topic,
                text,
                cands,
                weights,
                place,
                size,
                verbs,
                antecedent,
                article,
                array("I", (w.end for w in words)),
                tuple(w.tag for w in words),
                heading,
                dateline,
                day,
            )


_DATELINE_DAY_RE = re.compile(r"(?:(\d{1,2})月)?(\d{1,2})日\s*[電电]")


def _dateline(document: Document, dated: str, ending: Sequence[str]) -> tuple[str, Day | None]:
    """The article's dateline (in its first sentences) and the day it speaks from:
    its own date, else the date code a Taiwanese wire story ends with (``ending``:
    its last lines), else the dateline's month and day (新華社…10月21日電)."""
    line = ""
    for sentence in document.sentences[:3]:
        m = _DATELINE_RE.match(clean_text(sentence.text))
        if m is not None:
            line = m.group(0)
            break
    when = _ISO_DAY_RE.match(dated)
    if when is not None:
        year, month, day = (int(g) for g in when.groups())
        return line, Day(month, day, year)
    for last in ending:
        code = _ROC_CODE_RE.search(last)  # (編輯:陳政偉)1130126: 2024-01-26
        if code is not None and (found := _day(code.group(2), code.group(3), code.group(1))):
            return line, found
    m = _DATELINE_DAY_RE.search(line)
    return line, _day(m.group(1), m.group(2)) if m is not None and m.group(1) else None


def _day(month: str, day: str, roc_year: str | None = None) -> Day | None:
    """A month and day as written (and a year of the Republic), if they are one."""
    m, d = int(month), int(day)
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    return Day(m, d, 1911 + int(roc_year) if roc_year else None)


_ISO_DAY_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
# the date code a Taiwanese wire story ends with, after its editor: year of the
# Republic, month, day
_ROC_CODE_RE = re.compile(r"(?:編輯|编辑)\s*[:：][^)）]{1,12}[)）]\s*(1[0-4]\d)(\d{2})(\d{2})\s*$")


# a news agency's dateline opening the first sentence: 新華社南京1月9日電（記者…）
_DATELINE_RE = re.compile(
    r"^\s*(?:[^，,。；;\s]{0,16}?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日"
    r"|今日|今天|昨日)\s*(?:[\u3400-\u9fff]{0,2}[專专])?"
    r"(?:[電电]|消息|[訊讯])[】\]〕]?"  # 【新唐人亞太台2015年11月8日訊】
    r"|[【\[〔]?本[報报][訊讯][】\]〕]?|[【\[〔][^】\]〕\s]{1,10}[訊讯社][】\]〕]"
    # …or an outlet's name and the date in brackets, spaced: 【新唐人亞太台 2020 年 06 月 02 日訊】
    r"|[【\[〔][^】\]〕，,。]{1,16}?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[訊讯電电][】\]〕])"
    # …and the reporter's credit after it: (記者 李京紅), 記者萬家成報道:
    r"\s*(?:[（(][^）)]{0,24}[）)]|(?:記者|记者)[^，,。；;：:（(]{1,16}?(?:報道|報導|报道)\s*[：:]?)?\s*"
    # …or a broadcaster's or site's news item before a comma: 第1眼-重庆广电消息,
    r"|^\s*[^，,。；;\s]{1,12}?(?:廣電|广电|電視|电视|新聞|新闻|網|网|台|報|报)消息\s*[,，:：]\s*"
    # …or a site's news item: 央視網消息（新聞聯播）：, 商報濟南消息 (a space after it)
    r"|^\s*[^，,。；;\s]{1,8}?(?:網|网)?消息\s*(?:[（(][^）)]{0,16}[）)])?\s*[：:]\s*"
    r"|^\s*[\u3400-\u9fff]{2,10}?(?:消息|[訊讯])[ \u3000]+(?=\S)"
    r"|^\s*[\u3400-\u9fff]{1,8}?消息\s*[（(][^）)]{0,30}(?:記者|记者)[^）)]{0,30}[）)]\s*"
    # …or with the reporter's bare name: 四川在线宜宾频道消息(李伟)
    r"|^\s*[\u3400-\u9fff]{2,14}?消息\s*[（(][\u3400-\u9fff]{2,4}(?:[ 、,，][\u3400-\u9fff]{2,4})*[）)]\s*"
    # …or a paper's own news tag and the credit after it: 新快報訊(記者 張琳 實習生 …)
    r"|^\s*[\u3400-\u9fff]{1,8}?[報报][\u3400-\u9fff]{0,4}?[訊讯](?=[\s（(：:])\s*(?:[（(][^）)]{0,30}[）)])?\s*[：:]?\s*"
    # …or a credit and the paper's date (in brackets): 王小明 山城日報[2006-04-27]
    r"|^\s*[^，,。；;：:]{0,24}?(?:[\[［【]\d{4}-\d{1,2}-\d{1,2}[\]］】]|\d{4}-\d{1,2}-\d{1,2}\s)\s*"
    # …or the outlet's name in brackets: 【Now新聞台】, 【山城日報】
    r"|^\s*[【\[〔][^】\]〕]{0,12}(?:新聞台|新闻台|電視台|电视台|電台|电台|新聞網|新闻网|日報|日报|晚報|晚报|時報|时报"
    r"|新聞|新闻|News|NEWS|news)[】\]〕]\s*"
    # …or an outlet's app: 人民日报客户端消息,
    r"|^\s*[\u3400-\u9fff]{2,10}?(?:客户端|客戶端|日报|日報|晚报|晚報)消息\s*[,，:：]\s*"
    # …or a news site's tag: 黄河新闻网长治讯:, 龙泉新闻网讯(记者 叶萍 通讯员 余丽美)
    r"|^\s*[\u3400-\u9fff]{2,14}?[網网][\u3400-\u9fff]{0,6}?[訊讯]\s*"
    r"(?:[:：]|[（(][^）)]{0,40}[）)]\s*[:：]?)\s*"
    # …or an outlet's name before a space (its brackets lost): NOWnews今日新聞 2024屏東…
    r"|^\s*[A-Za-z]{0,12}[\u3400-\u9fff]{0,6}(?:新聞|新闻|News|NEWS)[ \u3000]+(?=\S)"
    # …or a reporter's credit alone: 记者包东流、通讯员童兴华报道:
    r"|^\s*(?:記者|记者)[^，,。；;：:（(]{1,24}?(?:報道|報導|报道|报导)\s*[：:]\s*"
    # …or a reporter's credit in brackets: (中央社記者吳欣紜台北3日電), 〔記者邱芷柔/綜合報導〕
    r"|^\s*[（(〔【\[][^）)〕】\]]{0,30}(?:記者|记者)[^）)〕】\]]{0,30}[）)〕】\]]\s*"
    # …or a paper's news tag in brackets: 【本報消息】
    r"|^\s*[【\[〔][^】\]〕]{0,12}消息[】\]〕]\s*"
    # …or a site's report tag and its reporter: 云上大冶报道(记者 柏蔷薇), 云上潜江报道(通讯员 …)
    r"|^\s*[\u3400-\u9fff]{2,12}?(?:報道|報導|报道)\s*[（(][^）)]{0,30}(?:記者|记者|通訊員|通讯员)"
    r"[^）)]{0,30}[）)]\s*"
)


def _richest(document: Document, count: int) -> frozenset[int] | None:
    """In a very long article (more than ``count`` sentences), the starts of the
    ``count`` sentences that hold the most of what drafts are made of (numbers,
    titles, quotations, Latin names, name endings), for a quick first pass; None
    when every sentence is read."""
    sentences = document.sentences
    if len(sentences) <= count:
        return None
    ranked = sorted(sentences, key=lambda s: (-_richness(s.text), s.start))
    return frozenset(s.start for s in ranked[:count])


def _richness(text: str) -> int:
    if not MIN_SENTENCE <= len(text) <= RICH_SENTENCE_MAX:
        return 0
    return len(_RICH_RE.findall(text))


_RICH_RE = re.compile(
    r"\d+|[《「『“]|[A-Z][A-Za-z]+|[零〇一二兩两三四五六七八九十百千萬万億亿]+[年月日人個个位名次家座種种%]"
    r"|(?:大學|大学|公司|政府|委員會|委员会|協會|协会|國|国|省|市|縣|县|島|岛|山|河|湖|博士|教授)(?=[^\u3400-\u9fff]|$|[的在是於于為为])"
)


def _paragraph_places(document: Document) -> dict[int, tuple[int, int]]:
    """Each sentence's (place in its paragraph, sentences in it), by its start."""
    paragraphs: list[list[int]] = []
    previous_end = -1
    for sentence in document.sentences:
        if previous_end < 0 or "\n\n" in document.text[previous_end : sentence.start]:
            paragraphs.append([])
        paragraphs[-1].append(sentence.start)
        previous_end = sentence.end
    return {start: (i, len(p)) for p in paragraphs for i, start in enumerate(p)}


def _prepared(found: Found, facts: FactIndex) -> _Offer | None:
    """A sentence's candidates scored and ordered (with what the decks know of it)."""
    text, cands = found.text, found.candidates
    stated = _said(text, cands)
    known = facts.known_in(text, stated) if len(facts) else None
    weights = list(found.weights)
    if known is not None:
        taken = [(c.start, c.end) for c in cands]
        context = Context(found.place, found.size)
        for start, end in known:
            if all(end <= s or start >= e for s, e in taken):
                cand = Candidate(Feature.KNOWN, AnswerKind.TEXT, start, end, text[start:end])
                cands.append(cand)
                weights.append(weight(cand, text, context, cands))
                taken.append((start, end))
    if not cands:
        return None
    base = 0.0
    if _OPINION_RE.search(text):
        base -= 1.5
    if text.rstrip().endswith(("？", "?")):
        base -= 1.0
    if known is not None:
        base += KNOWN_BONUS
    scored = sorted(
        ((w + base, c) for w, c in zip(weights, cands, strict=True)),
        key=lambda p: (-p[0], p[1].start),
    )
    # past the budget only these are compared with the decks: they state a deck's
    # fact or name what a deck knows
    flaggable = known is not None or any(c.feature is Feature.ENTITY for c in cands)
    features = tuple(dict.fromkeys(c.feature for c in cands))
    subject = _subject(text, cands, found.word_ends, found.word_tags)
    return _Offer(found, scored, stated, flaggable, features, subject)


def _subject(
    text: str,
    cands: list[Candidate],
    word_ends: Sequence[int] = (),
    word_tags: Sequence[str] = (),
) -> tuple[int, int] | None:
    """The name or noun phrase that opens the sentence, or its first clause that
    opens with one (after a time: 2017年8月25日，福衛五號…): its subject, mostly.
    Not a name that only qualifies the noun after it (萬州｜的天生城街區, 萬州｜鳳凰
    花果山景區: the subject is the place in 萬州, not 萬州), as the sentence's words
    (``word_ends``, ``word_tags``) show."""
    for clause_start in [0, *(m.end() for m in CLAUSE_MARK_RE.finditer(text))][:3]:
        lead = clause_start + len(text[clause_start:]) - len(text[clause_start:].lstrip())
        opening = [
            c
            for c in cands
            if c.start == lead and c.feature not in _NOT_SUBJECTS and c.end - c.start >= 2
        ]
        if opening:
            start, end = max(((c.start, c.end) for c in opening), key=lambda p: p[1])
            if _qualifies_a_noun(text, end, word_ends, word_tags):
                return None
            return start, end
    return None


def _qualifies_a_noun(
    text: str, end: int, word_ends: Sequence[int], word_tags: Sequence[str]
) -> bool:
    """Does a noun (or 的, or an ordinal and a noun: 馬公｜第三漁港) follow the word
    ending at ``end``?"""
    if text[end : end + 1] in ("的", "之", "第"):
        return True
    at = bisect.bisect_left(word_ends, end)
    if at >= len(word_ends) - 1 or word_ends[at] != end:
        return False  # the name ends inside a word, or nothing follows it
    tag = word_tags[at + 1]
    return tag[:1] == "n" or tag == "vn"


def _opens_predicate(tag: str) -> bool:
    """A verb, adverb or preposition: a clause opening with one has no subject."""
    return (tag[:1] in ("v", "d", "p") and tag != "vn") or tag == "ad"


_NOT_SUBJECTS = frozenset(
    {Feature.DATE, Feature.YEAR, Feature.NUMBER, Feature.TIME, Feature.CAUSE, Feature.PURPOSE,
     Feature.PREDICATE, Feature.QUOTE}
)  # fmt: skip


def _chosen(
    offers: list[_Offer],
    budget: int,
    min_score: float,
    script: Script,
    facts: FactIndex,
    existing: Deck | None,
) -> list[Draft]:
    """The best drafts of all sentences, best first: a sentence's candidates are phrased
    in their order until MAX_PER_SENTENCE drafts (answers apart), and only as long as
    they rank among the first ``budget``; past the budget only drafts that repeat or
    may contradict a deck's fact, or that the user deck holds, are kept."""
    given: Counter[str] = Counter()  # answers drafted so far, folded
    asked: Counter[str] = Counter()  # drafts so far asking for each kind of answer

    def rank(offer: _Offer) -> float:
        """The next candidate's rank: less for an answer the drafts already give,
        and a little less for each draft already asking for the same kind of answer."""
        cand = offer.scored[offer.tried][1]
        return (
            offer.next_score()
            - REPEAT_PENALTY * given[normalize(cand.span(offer.found.text))]
            - KIND_PENALTY * min(asked[_asks(cand)], KIND_PENALTY_MAX)
        )

    heap = [(-rank(o), o.found.sentence.start, i) for i, o in enumerate(offers)]
    heapq.heapify(heap)
    drafts: list[Draft] = []
    seen: set[FactId] = set()
    questions: set[str] = set()  # the questions drafted so far, folded
    while heap:
        key, start, i = heapq.heappop(heap)
        offer = offers[i]
        now = rank(offer)
        if now < -key - 1e-9:  # its answer was drafted meanwhile: back in line
            heapq.heappush(heap, (-now, start, i))
            continue
        cand = offer.scored[offer.tried][1]
        offer.tried += 1
        over = len(drafts) >= budget
        if over and not offer.known and existing is None:
            continue  # nothing more from this sentence
        low = now < min_score  # not worth a draft, unless it repeats or contradicts a deck
        made = _draft(offer, cand, now, script, existing) if offer.known or not low else None
        draft, vetted = made if made is not None else (None, False)
        if draft is not None and draft.id not in seen:
            saved = existing is not None and existing.has_fact(draft.id)
            if not over or offer.known or saved:
                draft = _flagged(draft, facts, script, offer.stated)
            flagged = bool(draft.duplicates or draft.disagreements)
            if normalize(draft.question) in questions and not flagged and not saved:
                vetted = False  # the same question as an earlier draft's (two sentences saying one thing)
            if not vetted and not flagged and not saved:
                if offer.more():
                    heapq.heappush(heap, (-rank(offer), start, i))
                continue  # a question that does not stand alone, and no repeat either
            if low and not flagged and not saved:
                offer.missed += 1
                if offer.missed >= LOW_TRIES:
                    continue  # tried enough below the minimum rank: the sentence repeats no fact
                if offer.more():
                    heapq.heappush(heap, (-rank(offer), start, i))
                continue
            if (not over and not low) or flagged or saved:
                seen.add(draft.id)
                questions.add(normalize(draft.question))
                offer.made += 1
                offer.used.append((cand.start, cand.end))
                given[normalize(cand.span(offer.found.text))] += 1
                asked[_asks(cand)] += 1
                if saved and existing is not None:
                    draft = _as_saved(draft, existing.fact(draft.id), existing)
                drafts.append(draft)
        if offer.more():
            heapq.heappush(heap, (-rank(offer), start, i))
    return drafts


_LINKED_KEPT = (EntityType.PERSON, EntityType.ORGANIZATION)  # a deck's people and bodies


def _doubts(
    drafts: list[Draft], headings: dict[TopicId, str], *, names: bool = True
) -> dict[FactId, float]:
    """How likely a careful reader is to drop each draft (best first; :mod:`.confidence`).
    A draft that repeats or may contradict a loaded deck has no doubt, for its flag, nor
    one whose answer is a deck's person or organisation, for the link. Nothing takes a
    doubted draft's place (what comes after it in the list is no likelier kept). With
    ``names``, a draft whose blank cuts a name in two (:mod:`.name_tagger`) is doubted
    whatever it looks like."""
    out: dict[FactId, float] = {}
    for place, d in enumerate(drafts):
        linked = d.entity is not None and d.entity.type in _LINKED_KEPT
        if d.duplicates or d.disagreements or linked or d.status is DraftStatus.ACCEPTED:
            continue
        before, span, after = split_span(d.statement)
        if names and cuts_a_name(before + span + after, len(before), len(before) + len(span)):
            out[d.id] = 1.0  # half a name (米德老人 of 阿布日米德), whatever else it looks like
            continue
        heading = headings[d.topic]
        out[d.id] = doubt(
            d.question,
            d.answer_text,
            before,
            span,
            after,
            heading,
            place / len(drafts),
            names=names,
        )
    return out


def _asks(cand: Candidate) -> str:
    """The kind of answer a candidate asks for: a time, a count, a name of some kind …"""
    if cand.feature in (Feature.YEAR, Feature.DATE):
        return "when"
    if cand.feature is Feature.NUMBER or cand.asks in ("how-many", "how-much", "ordinal", "grade"):
        return "how-many"
    if cand.feature is Feature.TIME:
        return "when"
    return str(cand.feature.value)


def _draft(
    offer: _Offer, cand: Candidate, score: float, script: Script, existing: Deck | None
) -> tuple[Draft, bool] | None:
    """The draft asking for ``cand`` and whether its question stands on its own (else
    it is kept only as a deck's repeat), or None when it overlaps one the sentence gave
    already or no fair question comes of it."""
    found = offer.found
    text = found.text
    if any(cand.start < e and s < cand.end for s, e in offer.used):
        return None  # one answer per stretch of the sentence
    if any(_LINK_RE.fullmatch(text[min(e, cand.end) : max(s, cand.start)]) for s, e in offer.used):
        return None  # 中國西南部的｜貴州省: the same fact asked the other way round
    trimmed = _trimmed(text, cand)
    if trimmed is None:
        return None
    cand = trimmed
    words = offer.words()
    edged = on_word_edges(text, cand, words, found.article)
    fitted = fitting_question_word(text, edged, words) if edged is not None else None
    if fitted is not None and not_worth_asking(text, fitted, found.heading, found.dateline):
        fitted = None  # nobody in particular, a cry, a citation, or what the title says
    phrasing = _standing_phrasing(offer, fitted, script) if fitted is not None else None
    vetted = fitted is not None and phrasing is not None
    if vetted and fitted is not None:
        cand = fitted
    draft_id = _draft_id(text, cand, first=not offer.made, existing=existing)
    if not vetted:
        if not offer.known and not (existing is not None and existing.has_fact(draft_id)):
            return None  # no deck can hold it: nothing to flag it as
        # kept only if it repeats or contradicts a deck's fact (_chosen): for a draft
        # the user is told the deck holds already, the flag matters more than a
        # question that stands alone
        phrasing = phrase(text, cand, script, offer.subject, found.verbs)
    if phrasing is None:
        return None
    answer, entity = _answer(cand, phrasing.statement, script)
    alternatives = tuple(
        Alternative(c.span(text), c.kind, c.feature)
        for c in found.candidates
        if c is not cand and c.span(text) in phrasing.plain and c.feature in _ALTERNATIVES
    )
    return Draft(
        id=draft_id,
        topic=found.topic,
        question=phrasing.question,
        answer=answer,
        statement=phrasing.statement,
        start=found.sentence.start,
        end=found.sentence.end,
        features=(cand.feature, *(f for f in offer.features if f is not cand.feature)),
        score=round(score, 2),
        entity=entity,
        alternatives=alternatives[:MAX_ALTERNATIVES],
        tags=("imported", cand.feature.value),
    ), vetted


def _trimmed(text: str, cand: Candidate) -> Candidate | None:
    """``cand`` without white space at its edges (「 年…」: a deck's answer never has
    any, so the saved span would not state it); None when nothing is left."""
    span = cand.span(text)
    if span == span.strip() or cand.kind not in (AnswerKind.TEXT, AnswerKind.QUOTE):
        return cand
    inner = span.strip()
    if not inner:
        return None
    start = cand.start + (len(span) - len(span.lstrip()))
    return dataclasses.replace(cand, start=start, end=start + len(inner), value=inner)


def _standing_phrasing(offer: _Offer, cand: Candidate, script: Script) -> Phrasing | None:
    """The phrasing of ``cand`` whose question stands on its own: the short one, else
    the one keeping the whole sentence (a short question that lost its subject or
    predicate, or opens with 他 when the name is earlier in the sentence); None when
    neither does, or it gives its own answer away."""
    found = offer.found
    text = found.text
    span = cand.span(text)
    for whole in (False, True):
        phrasing = phrase(text, cand, script, offer.subject, found.verbs, whole=whole)
        if phrasing is None or gives_number_away(phrasing.question, cand):
            continue
        if gives_head_away(phrasing.question, cand, text, offer.words()):
            continue
        asked = asked_word(phrasing.question)
        question = standing_question(phrasing.question, asked, found.antecedent, span)
        if question is None:
            continue
        filled = question.replace(asked, span, 1) if asked else question
        if not is_fragment(filled, span):
            return dataclasses.replace(phrasing, question=anchored(question, found.day))
    return None


# what joins two answers that state one fact together: 的, 之 (中國西南部的｜貴州省,
# 臺灣產學研界的「｜創意實現夢工廠」)
_LINK_RE = re.compile(r"[\s「」『』“”《》]*(?:的|之)?[\s「」『』“”《》]*")


def _flagged(draft: Draft, facts: FactIndex, script: Script, stated: Said) -> Draft:
    """``draft`` with its repeats of and disagreements with the decks' facts
    (``stated``: every answer its whole sentence gives)."""
    if not len(facts):
        return draft
    before, _span, after = split_span(draft.statement)
    names = draft.entity.names if draft.entity else ()
    repeats, disagreements = facts.compare(
        draft.plain, before + " " + after, draft.answer, names, script, stated
    )
    return dataclasses.replace(draft, duplicates=tuple(repeats), disagreements=tuple(disagreements))


def _said(text: str, cands: list[Candidate]) -> Said:
    """Every answer the sentence offers: its numbers and times, and every registry
    name in it (find_candidates makes each one a candidate, in a quotation too)."""
    answers: list[tuple[Answer, EntityType | None]] = []
    for c in cands:
        if c.kind is AnswerKind.NUMBER:
            answers.append((Answer(AnswerKind.NUMBER, c.value, unit=c.unit), None))
        elif c.kind in (AnswerKind.YEAR, AnswerKind.DATE):
            answers.append((Answer(c.kind, c.value), None))
        elif c.feature is Feature.TIME:  # 2014至2017年 states both years
            for year in _YEAR_IN_RE.findall(str(c.value)):
                answers.append((Answer(AnswerKind.YEAR, int(year)), None))
        elif c.kind is AnswerKind.ENTITY and c.known is not None:
            entity = c.known.entity
            answers.append((Answer(AnswerKind.ENTITY, entity.id), entity.type))
    return said(answers, text)


def _as_saved(draft: Draft, fact: Fact, deck: Deck) -> Draft:
    """A draft the user deck already has: shown as accepted, with the saved wording."""
    entity = (
        deck.entities.get(EntityId(str(fact.answer.value)))
        if fact.answer.kind is AnswerKind.ENTITY
        else None
    )
    return dataclasses.replace(
        draft,
        topic=fact.topic,
        question=fact.question,
        answer=fact.answer,
        statement=fact.statement,
        entity=entity,
        status=DraftStatus.ACCEPTED,
    )


def _answer(cand: Candidate, statement: str, script: Script) -> tuple[Answer, Entity | None]:
    span = split_span(statement)[1]
    if cand.kind is AnswerKind.ENTITY and cand.known is not None:
        entity = entity_for_deck(cand.known, script, span)
        return Answer(AnswerKind.ENTITY, entity.id), entity
    if cand.kind is AnswerKind.NUMBER:
        return Answer(AnswerKind.NUMBER, cand.value, unit=cand.unit), None
    if cand.kind in (AnswerKind.YEAR, AnswerKind.DATE):
        return Answer(cand.kind, cand.value), None
    return Answer(cand.kind, span), None
