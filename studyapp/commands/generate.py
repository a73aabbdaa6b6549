"""``studyapp generate``: print generated questions, as JSON or as text."""

from __future__ import annotations

import argparse
import json
from typing import Any

from studyapp.commands.context import AppContext, CommandError
from studyapp.commands.facts import selected_decks
from studyapp.core.deck.model import Script
from studyapp.core.deck.script import convert_plain
from studyapp.core.deck.textfold import fold
from studyapp.core.questions import ALL_TYPES, Question, QuestionType, generate

NAME = "generate"
TYPE_NAMES = [t.value for t in QuestionType]


def _types(values: list[str] | None) -> list[QuestionType]:
    """``--type mcq --type cloze`` and ``--types mcq,cloze`` both work."""
    if not values:
        return list(ALL_TYPES)
    names = [n.strip() for v in values for n in v.split(",") if n.strip()]
    unknown = [n for n in names if n not in TYPE_NAMES]
    if unknown:
        raise CommandError(
            f"unknown question type(s): {', '.join(unknown)} (types: {', '.join(TYPE_NAMES)})"
        )
    return [QuestionType(n) for n in dict.fromkeys(names)]


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        NAME,
        help="generate questions from the facts",
        description="Generate a quiz's worth of questions (flashcard, cloze, mcq, truefalse, "
        "matching, ordering, typed), balanced across topics and types. "
        "The same seed gives the same questions.",
    )
    p.add_argument("--deck", action="append", metavar="ID", help="only this deck (repeatable)")
    p.add_argument(
        "--type",
        "--types",
        dest="types",
        action="append",
        metavar="T",
        help=f"only these types (repeatable or comma-separated): {', '.join(TYPE_NAMES)}",
    )
    p.add_argument("--count", type=int, default=20, metavar="N", help="how many (default 20)")
    p.add_argument("--seed", type=int, default=0, metavar="S", help="random seed (default 0)")
    p.add_argument(
        "--script", choices=["hant", "hans"], help="script of the texts (default: the deck's)"
    )
    p.add_argument("--topic", action="append", metavar="ID", help="only this topic id (repeatable)")
    p.add_argument("--tag", action="append", metavar="TAG", help="only facts with this tag")
    p.add_argument("--json", action="store_true", help="print a JSON array")


def question_record(q: Question) -> dict[str, Any]:
    """A question as the issue's JSON shape describes it (plus the fields the app uses)."""
    record: dict[str, Any] = {
        "id": q.id,
        "type": q.type.value,
        "deck": q.deck_id,
        "topic": q.topic,
        "fact_ids": list(q.fact_ids),
        "script": q.script,
        "prompt": q.prompt,
    }
    t = q.type
    if t is QuestionType.MCQ:
        record["options"] = list(q.options)
        record["answer"] = q.answer
        record["correct"] = q.correct
    elif t is QuestionType.TRUEFALSE:
        record["answer"] = q.truth
    elif t is QuestionType.ORDERING:
        record["options"] = list(q.items)
        record["answer"] = [q.items[i] for i in q.order]
        record["dates"] = list(q.item_dates)
    elif t is QuestionType.MATCHING:
        record["left"] = list(q.left)
        record["options"] = list(q.right)
        record["answer"] = [[q.left[i], q.right[j]] for i, j in enumerate(q.pairing)]
    else:
        record["answer"] = q.answer
        if q.accept:
            record["accept"] = list(q.accept)
    if q.according_to:
        record["according_to"] = q.according_to
    e = q.explanation
    record["explanation"] = {
        "statements": list(e.statements),
        "sources": list(e.sources),
        "claims": [
            {
                "sources": list(c.sources),
                "label": c.label,
                "answer": c.answer,
                "statement": c.statement,
            }
            for c in e.claims
        ],
    }
    return record


def _text(q: Question) -> str:
    lines = [f"[{q.type.value}] {q.prompt}"]
    if q.type is QuestionType.MCQ:
        lines += [f"  {'*' if i == q.correct else ' '} {o}" for i, o in enumerate(q.options)]
    elif q.type is QuestionType.TRUEFALSE:
        lines.append(f"  → {q.answer}")
    elif q.type is QuestionType.MATCHING:
        lines += [f"  {q.left[i]} — {q.right[j]}" for i, j in enumerate(q.pairing)]
    elif q.type is QuestionType.ORDERING:
        lines += [f"  {n}. {q.items[i]}（{q.item_dates[i]}）" for n, i in enumerate(q.order, 1)]
    else:
        lines.append(f"  → {q.answer}")
        also = also_accepted(q)
        if also:
            lines.append(f"    （也接受：{'、'.join(also)}）")
    return "\n".join(lines)


def _in_script(text: str, script: str) -> bool:
    """Whether ``text`` is written in ``script`` (or in both): the other script's
    forms are accepted too, but not shown."""
    if script == "hans":
        return convert_plain(text, "hans") == text
    return convert_plain(text, "hans") != text or convert_plain(text, "hant") == text


def also_accepted(q: Question) -> list[str]:
    """The other answers a typed or cloze question accepts, each once and in the
    question's script: a reader of the text sees what the grader takes."""
    seen = {fold(q.answer)}
    also = []
    for form in q.accept:
        key = fold(form)
        if key and key not in seen and _in_script(form, q.script):
            seen.add(key)
            also.append(form)
    return also


def run(args: argparse.Namespace, ctx: AppContext) -> int:
    if args.count < 0:
        raise CommandError("--count must be 0 or more")
    types = _types(args.types)
    decks = selected_decks(ctx, args.deck)
    if not decks:
        raise CommandError("no decks to generate from")
    script: Script = args.script or decks[0].script
    if args.topic:
        known = {t for d in decks for t in d.topics}
        unknown = [t for t in args.topic if t not in known]
        if unknown:
            raise CommandError(f"no topic with id {', '.join(map(repr, unknown))}")
    questions = generate(
        decks,
        script,
        count=args.count,
        types=types,
        seed=args.seed,
        topics=args.topic,
        tags=args.tag,
    )
    if args.json:
        json.dump([question_record(q) for q in questions], ctx.out, ensure_ascii=False, indent=2)
        ctx.out.write("\n")
    else:
        for q in questions:
            print(_text(q), file=ctx.out)
    if len(questions) < args.count:
        print(
            f"only {len(questions)} question(s) could be made from the selected facts",
            file=ctx.err,
        )
    return 0
