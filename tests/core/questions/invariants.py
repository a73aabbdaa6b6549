"""What every generated question must satisfy, checked on what the reader sees."""

from __future__ import annotations

import itertools
import re

import opencc

from studyapp.core.deck.faces import BLANK
from studyapp.core.deck.model import AnswerKind, Deck, EntityId, Fact, Script, split_span
from studyapp.core.deck.textfold import fold
from studyapp.core.deck.view import DeckView
from studyapp.core.questions import Question, QuestionType, accepts
from studyapp.core.questions.builders import WHEN_CUE, label, matching_kind, shows_answer
from studyapp.core.questions.index import index_for

_T2S = opencc.OpenCC("t2s.json")
_S2T = opencc.OpenCC("s2tw.json")
# s2tw rewrites these, but Taiwan's own usage has both forms (同台 / 同臺, 了解 / 瞭解, ...).
_BOTH_TRADITIONAL = {("台", "臺"), ("了", "瞭"), ("布", "佈"), ("占", "佔"), ("於", "于")}

ACCORDING = {"hant": "根據〈", "hans": "根据《"}


def shown_texts(q: Question) -> list[str]:
    """Every text the reader sees (not ``accept``, which lists both scripts on purpose)."""
    texts = [q.prompt, q.answer, *q.options, *q.left, *q.right, *q.items, q.according_to]
    e = q.explanation
    texts += [*e.statements, *e.sources]
    for c in e.claims:
        texts += [c.label, c.answer, c.statement, c.note]
    return [t for t in texts if t]


def without_titles(text: str, deck: Deck) -> str:
    """A shown text without the cited article titles, which are quoted as written."""
    for source in deck.sources.values():
        text = text.replace(source.title, "")
    return text


def in_script(text: str, script: Script) -> bool:
    if script == "hans":
        return bool(_T2S.convert(text) == text)
    converted = _S2T.convert(text)
    if len(converted) != len(text):
        return False
    changed = {(a, b) for a, b in zip(text, converted, strict=True) if a != b}
    return changed <= _BOTH_TRADITIONAL


def typed_accept(deck: Deck, fact: Fact, script: Script) -> tuple[str, ...]:
    """The accepted forms of a fact's answer (of the claim asked), as a typed question lists them."""
    from studyapp.core.questions.index import index_for

    return index_for(deck).accept_list(fact, script)


def _not_in(needle: str, hay: str) -> bool:
    return fold(needle) not in fold(hay)


def check_question(q: Question, deck: Deck, script: Script) -> None:
    where = f"{q.type.value} {q.fact_ids}: {q.prompt!r}"
    view = DeckView(deck, script)
    facts = [deck.fact(f) for f in q.fact_ids]
    fact = facts[0]
    recorded = fact
    if fact.is_disputed and q.follows and tuple(q.follows) != fact.sources:
        fact = asked_side(deck, fact, q.follows)  # the other article's claim is asked
    assert q.script == script and q.deck_id == deck.id and q.topic == fact.topic, where
    assert q.prompt.strip() and q.answer.strip(), where
    # explanation: every fact's statement and its sources; both claims when disputed
    e = q.explanation
    asked = [fact, *facts[1:]]
    assert e.statements == tuple(view.statement(f) for f in asked), where
    for f in asked:
        for s in f.sources:
            assert view.source_label(s) in e.sources, where
    disputed = [f for f in facts if f.is_disputed]
    if disputed:
        assert len(e.claims) >= 2, where
        assert {s for c in e.claims for s in c.sources} >= {
            *recorded.sources,
            *(d.source for d in recorded.disputed),
        }
    else:
        assert not e.claims, where
    for text in shown_texts(q):
        assert in_script(without_titles(text, deck), script), (where, text)
    for source in deck.sources.values():  # a cited title is quoted as the article wrote it
        if source.title in q.according_to or source.id in q.follows:
            assert source.title in q.according_to, where
    assert "{{" not in q.prompt and "}}" not in q.prompt, where

    t = q.type
    if t in (QuestionType.FLASHCARD, QuestionType.CLOZE, QuestionType.MCQ, QuestionType.TYPED):
        assert len(facts) == 1, where
        assert _not_in(q.answer, q.prompt), where
        if fact.is_disputed:
            assert q.according_to and q.prompt.startswith(ACCORDING[script]), where
            assert q.according_to in q.prompt, where
            assert set(q.follows) == set(fact.sources), where
    if t is QuestionType.TRUEFALSE:
        assert not fact.is_disputed, where
        assert q.truth is not None and q.check(q.truth) and not q.check(not q.truth), where
        if q.truth:
            assert q.prompt == view.statement(fact), where
        else:
            assert fold(q.prompt) != fold(view.statement(fact)), where
    elif t is QuestionType.MCQ:
        assert len(q.options) == 4 and 0 <= q.correct < 4, where
        assert q.options[q.correct] == q.answer, where
        assert len({fold(o) for o in q.options}) == 4, where
        accept = typed_accept(deck, fact, script)
        right = [i for i, o in enumerate(q.options) if accepts(o, accept)]
        assert right == [q.correct], (where, q.options)
        for d in fact.disputed:  # the other source's claim is never a wrong option
            other = view.answer(d.answer)
            assert all(fold(o) != fold(other) for o in q.options), where
        assert q.check(q.correct) and not q.check((q.correct + 1) % 4), where
    elif t in (QuestionType.TYPED, QuestionType.CLOZE):
        assert q.accept and accepts(q.answer, q.accept), where
        assert q.check(q.answer) and not q.check(""), where
        for d in fact.disputed:  # typed accepts only the claim of the source it follows
            assert not accepts(view.answer(d.answer), q.accept), where
        if recorded.is_disputed:  # the answer is the claim of the article it names
            assert accepts(view.answer(fact.answer), q.accept), where
        if t is QuestionType.CLOZE:
            assert q.prompt.count(BLANK) == 1, where
            # a time's blank after 在/於 carries its cue (（時間）), not the statement's
            cue = view.converter.convert(WHEN_CUE, "hant", view.script)
            shown = q.prompt.replace(BLANK + cue, BLANK).replace(BLANK, q.answer)
            assert shown.endswith(view.statement(fact)), where
    elif t is QuestionType.FLASHCARD:
        assert q.check(True) and not q.check(False), where
    elif t is QuestionType.MATCHING:
        n = len(q.left)
        assert 4 <= n <= 6 and len(q.right) == n == len(q.pairing) == len(facts), where
        assert sorted(q.pairing) == list(range(n)), where
        assert len({fold(x) for x in q.left}) == n and len({fold(x) for x in q.right}) == n
        assert not any(f.is_disputed for f in facts), where
        # one answer of each kind: no label can take another pair's answer
        index = index_for(deck)
        assert len({matching_kind(index, f) for f in facts}) == n, where
        topics = {f.topic for f in facts}
        assert len(topics) == 1 or view.text(deck.title) in q.prompt, where
        for i, f in enumerate(facts):
            accept = typed_accept(deck, f, script)
            right = [j for j, r in enumerate(q.right) if accepts(r, accept)]
            assert right == [q.pairing[i]], (where, i)
            assert all(_not_in(r, q.left[k]) for r in q.right for k in range(n)), where
        # no label, nor the heading, names another pair's answer (the fifth reader:
        # a heading 向上競賽 answered the pair asking for the strategy's name)
        topic = deck.topics.get(facts[0].topic)
        on_deck = view.text(deck.title) in q.prompt
        heading = deck.title if on_deck or topic is None else topic.title
        for f in facts:
            assert not shows_answer(index, f, heading), (where, f.id)
            assert not any(shows_answer(index, f, label(o)) for o in facts), (where, f.id)
        assert q.check(q.pairing), where
    elif t is QuestionType.ORDERING:
        n = len(q.items)
        assert 4 <= n <= 5 and len(q.order) == n == len(q.item_dates) == len(facts), where
        assert sorted(q.order) == list(range(n)), where
        assert len({fold(x) for x in q.items}) == n, where
        assert not any(f.is_disputed for f in facts), where
        dates = [q.item_dates[i] for i in q.order]
        keys = [_date_tuple(d) for d in dates]
        assert all(a < b for a, b in itertools.pairwise(keys)), (where, dates)
        years = {d[:4] for d in q.item_dates}
        assert all(y not in item for item in q.items for y in years), where
        assert q.check(q.order) and q.order != tuple(range(n)), where
    check_trust(q, deck, script, fact)


def asked_side(deck: Deck, fact: Fact, follows: tuple[str, ...]) -> Fact:
    """The disputed fact as the claim of the source(s) a question follows."""
    from studyapp.core.questions.index import index_for

    for i, d in enumerate(fact.disputed):
        if (d.source,) == tuple(follows):
            return index_for(deck).side(fact, i)
    raise AssertionError(f"{fact.id}: no claim of {follows}")


def _date_tuple(text: str) -> tuple[int, ...]:
    return tuple(
        int(p) for p in text.replace("年", " ").replace("月", " ").replace("日", " ").split()
    )


# -- what makes a question trustworthy (issue 12) ------------------------------------------
_REVERSE_RE = re.compile(
    r"^在「(?P<topic>.+?)」[這这]部分，(?P<name>.+?)(做了什[麼么]或說了什[麼么]|做了什[麼么]或说了什[麼么]|和哪件事有[關关])？$"
)


def option_in_slot(deck: Deck, fact: Fact, option_raw_folded: str) -> bool:
    """Whether a wrong option (folded) is of the answer's slot: one the deck's
    authors wrote, an entity of the answer's group, a text of a fact that
    declares the same slot, or a year, date or number of the answer's kind."""
    answer = fact.answer
    if option_raw_folded in {fold(w) for w in answer.wrong}:
        return True
    if answer.approx is not None:
        return False  # an approximate number takes only authored wrong options
    kind = answer.kind
    if kind is AnswerKind.ENTITY:
        entity = deck.entities[EntityId(str(answer.value))]
        slot = answer.slot or (entity.groups[0] if entity.groups else "")
        for other in deck.entities.values():
            fits = slot in other.groups if slot else other.type is entity.type and not other.groups
            if fits and option_raw_folded in {fold(n) for n in other.names}:
                return True
        return False
    if kind in (AnswerKind.TEXT, AnswerKind.QUOTE):
        return bool(answer.slot) and any(
            g.answer.slot == answer.slot and fold(str(g.answer.value)) == option_raw_folded
            for g in deck.facts
        )
    if kind is AnswerKind.YEAR:
        return option_raw_folded.isdigit() and abs(int(option_raw_folded) - int(answer.value)) <= 6
    if kind is AnswerKind.NUMBER:
        return option_raw_folded.endswith(fold(answer.unit)) if answer.unit else True
    return kind is AnswerKind.DATE


def deck_claims(deck: Deck, view: DeckView) -> set[str]:
    """Every statement the deck makes (each fact's and each source's), folded."""
    out: set[str] = set()
    for g in deck.facts:
        out.add(fold(view.statement(g)))
        for d in g.disputed:
            out.add(fold(view.dispute_statement(g, d)))
    return out


def fitting_facts(deck: Deck, topic: str, entity_id: str) -> list[str]:
    """The facts of a topic that a reverse card about an entity could mean."""
    names = [fold(n) for n in deck.entities[EntityId(entity_id)].names if len(fold(n)) >= 2]
    found = []
    for g in deck.facts:
        if g.topic != topic:
            continue
        answers = [g.answer, *(d.answer for d in g.disputed)]
        text = fold(g.question + g.statement)
        if any(a.kind is AnswerKind.ENTITY and a.value == entity_id for a in answers) or any(
            n in text for n in names
        ):
            found.append(g.id)
    return found


_RANGE_AFTER = re.compile(r"^\s*年?\s*(?:至|到|-)\s*(\d{4})")
_RANGE_BEFORE = re.compile(r"(\d{4})\s*年?\s*(?:至|到|-)\s*$")


def year_in_range(fact: Fact, option: str) -> bool:
    """A wrong year stays on its side of a range the statement gives
    ("{{2014}} 至 2017 年": before 2017)."""
    if fact.answer.kind is not AnswerKind.YEAR or not (m := re.search(r"\d{4}", option)):
        return True
    year = int(m.group())
    before, _span, after = split_span(fact.statement)
    if (end := _RANGE_AFTER.match(after)) and year >= int(end.group(1)):
        return False
    return not ((start := _RANGE_BEFORE.search(before)) and year <= int(start.group(1)))


def rounds_the_answer(fact: Fact, option: str) -> bool:
    """Whether a wrong number is the answer rounded ("5 年" for 5 年半)."""
    answer = fact.answer
    if answer.kind is not AnswerKind.NUMBER or float(answer.value).is_integer():
        return False
    m = re.fullmatch(r"\s*(\d+)\s*" + re.escape(answer.unit) + r"?\s*", option)
    return bool(m) and abs(int(m.group(1)) - float(answer.value)) < 1


def check_trust(q: Question, deck: Deck, script: Script, fact: Fact) -> None:
    where = f"{q.type.value} {q.fact_ids}: {q.prompt!r}"
    view = DeckView(deck, script)
    if q.type is QuestionType.MCQ:
        index = {fold(view.text(w)): w for w in fact.answer.wrong}
        for i, option in enumerate(q.options):
            if i == q.correct:
                continue
            folded = fold(option)
            raw = index.get(folded)
            shown = fold(raw) if raw is not None else fold(view.converter.to_hant(option))
            ok = option_in_slot(deck, fact, shown) or option_in_slot(deck, fact, folded)
            assert ok, (where, option, "is not of the answer's slot")
        for option in (o for i, o in enumerate(q.options) if i != q.correct):
            assert not rounds_the_answer(fact, option), (where, option, "a rounding of it")
            assert year_in_range(fact, option), (where, option, "outside the statement's range")
    elif q.type is QuestionType.TRUEFALSE:
        assert not fact.is_disputed, where
        untrue = fact.answer.untrue
        assert untrue != (), (where, "the deck says: never true/false")
        if q.truth is False:
            assert fold(q.prompt) not in deck_claims(deck, view), (where, "a claim of the deck")
            if untrue:  # only the deck's own untrue wordings make it false
                assert any(fold(view.text(u)) in fold(q.prompt) for u in untrue), where
            before, _span, after = split_span(fact.statement)
            wrong = q.prompt.removeprefix(view.text(before).rstrip()).strip()
            wrong = wrong.removesuffix(view.text(after).lstrip()).strip()
            assert not rounds_the_answer(fact, wrong), (where, "a rounding of the answer")
            assert year_in_range(fact, wrong), (where, "outside the statement's range")
    elif q.type is QuestionType.ORDERING:
        facts = [deck.fact(f) for f in q.fact_ids]
        assert all(f.event and f.answer.kind in (AnswerKind.YEAR, AnswerKind.DATE) for f in facts)
        assert sorted(q.items) == sorted(view.text(f.event) for f in facts), where
    elif q.type is QuestionType.FLASHCARD:
        m = _REVERSE_RE.match(q.prompt)
        if m is not None and fact.answer.kind is AnswerKind.ENTITY:
            fits = fitting_facts(deck, fact.topic, str(fact.answer.value))
            assert fits == [fact.id], (where, fits)
            # "what did Daniela do or say?" fits whatever else she did (seventh reader)
            assert "或說了" not in q.prompt and "或说了" not in q.prompt, where
