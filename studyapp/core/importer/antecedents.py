"""Whom a 他 or 她 speaks of: the person last named before it.

A question cut from its article cannot say 他: 他曾經連續五年獲得… asks about
nobody. When the sentences just before name a person (a full Chinese name,
趙治宇, or a Latin one opening a clause, Carol Stone), the question says that
name instead; when none is near, the question cannot stand alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from studyapp.core.importer.names import (
    COMPOUND_SURNAMES,
    SURNAMES,
    is_chinese_name,
    is_han,
)
from studyapp.core.importer.segment import PERSON_TAGS, Token, is_common_word
from studyapp.core.importer.titles import AFTER_A_SURNAME

REACH = 3  # sentences: a 他 further from the last name than this is not resolved
PRONOUNS = ("他", "她")
# a Latin name opening a clause, before Chinese text: Alice 說, Carol Stone 後來加入
_LATIN_NAME_RE = re.compile(
    r"(?:^|(?<=[，,。；;：:、\s「“]))([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?=\s*[\u3400-\u9fff])"
)


# last words of Latin names of things, not people: Red Team, Bergmann Rule
_NOT_SURNAMES = frozenset(
    [
        "Team",
        "Lab",
        "Labs",
        "Group",
        "Project",
        "Center",
        "Centre",
        "Institute",
        "University",
        "College",
        "Company",
        "Inc",
        "Research",
        "Foundation",
        "Society",
        "Association",
        "Agency",
        "Council",
        "Office",
        "Bank",
        "News",
        "Times",
        "Post",
        "Press",
        "Rule",
        "Law",
        "Telescope",
        "Observatory",
        "Award",
        "Prize",
        "Cup",
        "League",
        "Park",
        "Street",
        "Road",
        "Program",
        "Programme",
        "Mission",
        "Network",
        "System",
        "Systems",
        "Studio",
        "Studios",
        "Games",
        "Festival",
        "Museum",
    ]
)


def _is_full_name(w: Token) -> bool:
    if w.tag in ("nrfg", "nrt"):
        return len(w.text) >= 3
    return w.tag == "nr" and (
        is_chinese_name(w.text) or (w.text[:2] in COMPOUND_SURNAMES and len(w.text) == 4)
    )


# a person named by surname and how one addresses them: 洪小姐, 李老先生, 王太太
_SURNAME_AND_TITLE_RE = re.compile(
    "(?:" + "|".join(sorted(SURNAMES, key=len, reverse=True)) + ")" + AFTER_A_SURNAME
)


def names_in(text: str, words: Sequence[Token]) -> list[tuple[int, str]]:
    """The people ``text`` names, with where: full Chinese names by their tags, a
    surname with its form of address (洪小姐), Latin names where they open a clause."""
    found = [(w.start, w.text) for w in words if w.tag in PERSON_TAGS and _is_full_name(w)]
    found += [(m.start(), m.group(0)) for m in _SURNAME_AND_TITLE_RE.finditer(text)]
    found += [
        (m.start(1), m.group(1))
        for m in _LATIN_NAME_RE.finditer(text)
        if m.group(1).rsplit(" ", 1)[-1] not in _NOT_SURNAMES
    ]
    return sorted(found)


def _own_subject(text: str, words: Sequence[Token], pronoun: int) -> bool:
    """Does the sentence open, in a clause before the one with its 他, with a word the
    dictionary does not know, as a name the tagger missed (吉力吉撈臨去秋波，8局上他…:
    他 is 吉力吉撈, not the last person named before the sentence; 車廂擁擠，…她 is no
    such subject)?"""
    if not _CLAUSE_MARK_RE.search(text, 0, pronoun):
        return False
    first = next((w for w in words if w.text.strip()), None)
    return (
        first is not None
        and first.tag[:1] == "n"
        and first.end < pronoun
        and all(is_han(ch) for ch in first.text)
        and not is_common_word(first.text)
    )


_CLAUSE_MARK_RE = re.compile(r"[，,；;]")


@dataclass
class Antecedents:
    """Follows the sentences of one section in order: ``of`` a sentence is the person
    its first 他 or 她 speaks of (a name before it in the sentence, else the last
    name of the REACH sentences before), or None."""

    last: str | None = None
    since: int = 0

    def of(self, text: str, words: Sequence[Token]) -> str | None:
        names = names_in(text, words)
        pronoun = min((i for p in PRONOUNS if (i := text.find(p)) >= 0), default=-1)
        before = [n for at, n in names if at < pronoun]
        found = None
        if pronoun >= 0 and before:
            found = before[-1]
        elif pronoun >= 0 and self.since < REACH and not _own_subject(text, words, pronoun):
            found = self.last
        if names:
            self.last, self.since = names[-1][1], 0
        else:
            self.since += 1
        return found
