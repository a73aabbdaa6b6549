"""Generation honours the reader's push-back: reported forms are skipped,
accepted answers are accepted."""

from __future__ import annotations

from studyapp.core.deck.model import Deck
from studyapp.core.questions import QuestionType, generate

TYPES = [QuestionType.TYPED, QuestionType.MCQ]


def test_a_reported_form_is_not_asked_again(builtin_deck: Deck) -> None:
    d = builtin_deck.id
    before = generate([builtin_deck], "hant", count=400, seed=3, types=TYPES)
    asked = {(q.fact_ids[0], q.type.value) for q in before}
    assert ("a-host", "mcq") in asked and ("a-host", "typed") in asked
    skip = {(d, "a-host", "mcq")}
    after = generate([builtin_deck], "hant", count=400, seed=3, types=TYPES, skip=skip)
    after_asked = {(q.fact_ids[0], q.type.value) for q in after}
    assert ("a-host", "mcq") not in after_asked
    assert ("a-host", "typed") in after_asked  # only the reported form


def test_an_accepted_answer_is_accepted_for_that_fact_only(builtin_deck: Deck) -> None:
    d = builtin_deck.id
    accepted = {(d, "a-cp-researcher-count"): ("二十來位",)}
    quiz = generate([builtin_deck], "hans", count=400, seed=2, types=[QuestionType.TYPED],
                    accepted=accepted)  # fmt: skip
    by_fact = {q.fact_ids[0]: q for q in quiz}
    assert by_fact["a-cp-researcher-count"].check("二十来位")
    assert not by_fact["a-host"].check("二十來位")
    plain = generate([builtin_deck], "hans", count=400, seed=2, types=[QuestionType.TYPED])
    assert not {q.fact_ids[0]: q for q in plain}["a-cp-researcher-count"].check("二十来位")
