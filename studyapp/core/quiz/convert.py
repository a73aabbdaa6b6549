"""A question in the other script: the quiz follows the reader's 繁/简 switch live.

Questions are generated in one script; switching script half-way converts every
text of the questions (options, items, explanations, accepted answers) with the
deck's converter, so nothing about the quiz (order, answers given) changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from studyapp.core.deck.model import Script
from studyapp.core.questions.model import Explanation, Question

Convert = Callable[[str, Script, Script], str]


def question_in_script(question: Question, script: Script, convert: Convert) -> Question:
    source: Script = "hant" if question.script == "hant" else "hans"
    if source == script:
        return question

    def c(text: str) -> str:
        return convert(text, source, script)

    def cs(texts: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(c(t) for t in texts)

    ex = question.explanation
    explanation = Explanation(
        statements=cs(ex.statements),
        sources=cs(ex.sources),
        claims=tuple(
            replace(
                cl,
                label=c(cl.label),
                answer=c(cl.answer),
                statement=c(cl.statement),
                note=c(cl.note),
            )
            for cl in ex.claims
        ),
    )
    return replace(
        question,
        script=script,
        prompt=c(question.prompt),
        answer=c(question.answer),
        explanation=explanation,
        options=cs(question.options),
        left=cs(question.left),
        right=cs(question.right),
        items=cs(question.items),
        item_dates=cs(question.item_dates),
        accept=tuple(dict.fromkeys((*question.accept, *cs(question.accept)))),
        according_to=c(question.according_to),
    )
